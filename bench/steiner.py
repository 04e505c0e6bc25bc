"""Benchmark the Steiner tree solver on SteinLib instances against networkx's approximations.

Usage::

    python bench/steiner.py /work/shared/bench/steinlib/*.stp --seconds 2 [--seed 0] [--no-peer]
    python bench/steiner.py --make-synthetic out.stp --nodes 800 --edges 2300 --terminals 400

Prints ``NAME COST SECONDS GAP_PCT`` per instance for our solver, then
``peer networkx-kou ...`` and ``peer networkx-mehlhorn ...`` lines, then a summary. Gaps are
against the ``optimum`` column of an ``opt.csv`` next to each instance file, ``-`` when absent.
``--make-synthetic`` writes a random geometric instance (a k-nearest-neighbour graph of random
points, integer lengths) in SteinLib format, to check scaling beyond the shipped instances.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

try:
    from ecopark.optimise.formats import SteinerInstance, read_steinlib
    from ecopark.optimise.steiner import solve_steiner
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
    from ecopark.optimise.formats import SteinerInstance, read_steinlib
    from ecopark.optimise.steiner import solve_steiner

PEER_METHODS = ("kou", "mehlhorn")


@dataclass(frozen=True)
class Run:
    """One solver's result on one instance."""

    name: str
    cost: float
    seconds: float
    gap: float | None


def optimum(path: Path) -> float | None:
    """Known optimum for ``path`` from ``opt.csv`` in the same folder, if listed."""
    table = path.parent / "opt.csv"
    if not table.exists():
        return None
    with table.open(newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("instance", "").strip().lower() == path.stem.lower():
                return float(row["optimum"])
    return None


def gap_pct(cost: float, best: float | None) -> float | None:
    if best is None:
        return None
    return 100.0 * (cost - best) / abs(best) if best else (0.0 if cost == best else float("inf"))


def fmt_line(run: Run) -> str:
    gap = "-" if run.gap is None else f"{run.gap:.3f}"
    return f"{run.name} {run.cost:.0f} {run.seconds:.2f} {gap}"


def networkx_peer(inst: SteinerInstance, method: str) -> tuple[float, float]:
    """Cost and time of networkx's ``steiner_tree`` approximation (deterministic, one run)."""
    import networkx as nx
    from networkx.algorithms.approximation import steiner_tree

    graph = nx.Graph()
    graph.add_nodes_from(range(inst.n_nodes))
    for a, b, w in zip(inst.u.tolist(), inst.v.tolist(), inst.w.tolist(), strict=True):
        if a != b and (not graph.has_edge(a, b) or graph[a][b]["weight"] > w):
            graph.add_edge(a, b, weight=w)
    start = time.perf_counter()
    tree = steiner_tree(graph, inst.terminals.tolist(), weight="weight", method=method)
    secs = time.perf_counter() - start
    return float(tree.size(weight="weight")), secs


def make_synthetic(path: Path, nodes: int, edges: int, terminals: int, seed: int) -> None:
    """Write a connected random geometric graph with about ``edges`` edges as a .stp file."""
    rng = np.random.default_rng(seed)
    pts = rng.random((nodes, 2))
    d = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    order = np.argsort(d, axis=1)
    pairs: set[tuple[int, int]] = set()
    k = 1
    while len(pairs) < edges and k < nodes:
        for i in range(nodes):
            j = int(order[i, k - 1])
            pairs.add((min(i, j), max(i, j)))
            if len(pairs) >= edges:
                break
        k += 1
    # join components (nearest pairs) so every terminal set is routable
    parent = list(range(nodes))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    for a, b in sorted(
        ((i, j) for i in range(nodes) for j in range(i + 1, nodes)), key=lambda e: d[e]
    ):
        if find(a) != find(b):
            parent[find(a)] = find(b)
            pairs.add((a, b))
    terms = sorted(rng.choice(nodes, size=terminals, replace=False).tolist())
    lines = [
        "33D32945 STP File, STP Format Version 1.0",
        "",
        "SECTION Comment",
        f'Name    "{path.stem}"',
        'Creator "bench/steiner.py --make-synthetic"',
        "END",
        "",
        "SECTION Graph",
        f"Nodes {nodes}",
        f"Edges {len(pairs)}",
    ]
    for a, b in sorted(pairs):
        lines.append(f"E {a + 1} {b + 1} {int(round(100 * d[a, b])) + 1}")
    lines += ["END", "", "SECTION Terminals", f"Terminals {terminals}"]
    lines += [f"T {t + 1}" for t in terms]
    lines += ["END", "", "EOF", ""]
    path.write_text("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-peer", action="store_true", help="skip the networkx comparison")
    parser.add_argument("--make-synthetic", type=Path, metavar="PATH")
    parser.add_argument("--nodes", type=int, default=800)
    parser.add_argument("--edges", type=int, default=2300)
    parser.add_argument("--terminals", type=int, default=400)
    args = parser.parse_args(argv)
    if args.make_synthetic:
        make_synthetic(args.make_synthetic, args.nodes, args.edges, args.terminals, args.seed)
        print(f"wrote {args.make_synthetic}")
        if not args.files:
            return 0
    if not args.files:
        parser.error("no instance files given")

    mine = []
    for path in args.files:
        inst = read_steinlib(path)
        res = solve_steiner(
            inst.n_nodes,
            (inst.u, inst.v, inst.w),
            inst.terminals,
            seconds=args.seconds,
            seed=args.seed,
        )
        run = Run(path.stem, res.cost, res.seconds, gap_pct(res.cost, optimum(path)))
        print(fmt_line(run), flush=True)
        mine.append(run)

    peers: dict[str, list[Run]] = {}
    if not args.no_peer:
        for method in PEER_METHODS:
            peers[method] = []
            for path in args.files:
                inst = read_steinlib(path)
                cost, secs = networkx_peer(inst, method)
                run = Run(path.stem, cost, secs, gap_pct(cost, optimum(path)))
                print(f"peer networkx-{method} {fmt_line(run)}", flush=True)
                peers[method].append(run)

    gaps = [r.gap for r in mine if r.gap is not None]
    parts = [f"summary instances={len(mine)}"]
    if gaps:
        parts.append(f"mean_gap={statistics.fmean(gaps):.3f}% max_gap={max(gaps):.3f}%")
    for method, runs in peers.items():
        wins = sum(m.cost < p.cost for m, p in zip(mine, runs, strict=True))
        ties = sum(m.cost == p.cost for m, p in zip(mine, runs, strict=True))
        losses = len(runs) - wins - ties
        parts.append(f"vs networkx-{method}: wins={wins} ties={ties} losses={losses}")
    print(" ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
