"""Benchmark the QAP solver on QAPLIB instances against scipy's quadratic_assignment.

Usage::

    python bench/qap.py /work/shared/bench/qaplib/*.dat --seconds 10 [--seed 0] [--no-peer]

Prints ``NAME N COST SECONDS GAP_PCT`` per instance for our solver, then
``peer scipy-2opt ...`` and ``peer scipy-faq ...`` lines (scipy restarted from random initial
permutations until it has used the same wall time), then a summary. Gaps are against the
``best_known`` column of a ``bks.csv`` next to each instance file, ``-`` when absent.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

try:
    from ecopark.optimise.formats import QapInstance, read_qaplib
    from ecopark.optimise.qap import qap_cost, solve_qap
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
    from ecopark.optimise.formats import QapInstance, read_qaplib
    from ecopark.optimise.qap import qap_cost, solve_qap

PEER_METHODS = ("2opt", "faq")


@dataclass(frozen=True)
class Run:
    """One solver's result on one instance."""

    name: str
    n: int
    cost: float
    seconds: float
    gap: float | None


def best_known(path: Path) -> float | None:
    """Best-known value for ``path`` from ``bks.csv`` in the same folder, if listed."""
    table = path.parent / "bks.csv"
    if not table.exists():
        return None
    with table.open(newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("instance", "").strip() == path.stem:
                return float(row["best_known"])
    return None


def gap_pct(cost: float, bks: float | None) -> float | None:
    if bks is None:
        return None
    return 100.0 * (cost - bks) / abs(bks) if bks else (0.0 if cost == bks else float("inf"))


def fmt_gap(gap: float | None) -> str:
    return "-" if gap is None else f"{gap:.3f}"


def fmt_line(run: Run) -> str:
    return f"{run.name} {run.n} {run.cost:.0f} {run.seconds:.2f} {fmt_gap(run.gap)}"


def scipy_peer(inst: QapInstance, method: str, seconds: float, seed: int) -> tuple[float, float]:
    """Best cost of scipy's ``method`` restarted from random starts for ``seconds``."""
    from scipy.optimize import quadratic_assignment

    rng = np.random.default_rng(seed)
    start = time.perf_counter()
    best = float("inf")
    while True:
        options: dict[str, object] = {"rng": rng}
        if method == "faq":
            options["P0"] = "randomized"
        res = quadratic_assignment(inst.a, inst.b, method=method, options=options)
        best = min(best, qap_cost(inst.a, inst.b, res.col_ind))
        if time.perf_counter() - start >= seconds:
            break
    return best, time.perf_counter() - start


def run_all(paths: list[Path], solver: Callable[[QapInstance], tuple[float, float]]) -> list[Run]:
    runs = []
    for path in paths:
        inst = read_qaplib(path)
        cost, secs = solver(inst)
        runs.append(Run(inst.name, inst.n, cost, secs, gap_pct(cost, best_known(path))))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-peer", action="store_true", help="skip the scipy comparison")
    args = parser.parse_args(argv)

    def ours(inst: QapInstance) -> tuple[float, float]:
        res = solve_qap(inst.a, inst.b, seconds=args.seconds, seed=args.seed)
        return res.cost, res.seconds

    mine = []
    for path in args.files:
        run = run_all([path], ours)[0]
        print(fmt_line(run), flush=True)
        mine.append(run)

    peers: dict[str, list[Run]] = {}
    if not args.no_peer:
        for method in PEER_METHODS:
            peers[method] = []
            for path in args.files:

                def peer(inst: QapInstance, method: str = method) -> tuple[float, float]:
                    return scipy_peer(inst, method, args.seconds, args.seed)

                run = run_all([path], peer)[0]
                print(f"peer scipy-{method} {fmt_line(run)}", flush=True)
                peers[method].append(run)

    gaps = [r.gap for r in mine if r.gap is not None]
    parts = [f"summary instances={len(mine)}"]
    if gaps:
        parts.append(f"mean_gap={statistics.fmean(gaps):.3f}% max_gap={max(gaps):.3f}%")
    for method, runs in peers.items():
        wins = sum(m.cost < p.cost for m, p in zip(mine, runs, strict=True))
        ties = sum(m.cost == p.cost for m, p in zip(mine, runs, strict=True))
        losses = len(runs) - wins - ties
        parts.append(f"vs scipy-{method}: wins={wins} ties={ties} losses={losses}")
    print(" ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
