"""Benchmark firm placement at district size on a synthetic park, in the park's own terms.

Usage::

    python bench/placement.py [--plots 60] [--firms 50] [--seconds 60] [--seed 0]

Builds :func:`ecopark.optimise.synthetic_park.synthetic_park` (plots along a road grid, firms
on random plots, exchanges between them), sets up the placement with distances along the
corridors and solves it; ``--seconds`` bounds the whole (set-up included). Prints one line::

    placement plots=60 firms=50 exchanges=E seconds=S before_tkm=B after_tkm=A improvement_pct=I
      moved=M bound_gap_pct=G

``before``/``after``: symbiosis transport work (exchange quantity x corridor distance, t·km/a)
of the drawn layout and of the proposal; ``bound_gap_pct``: how far the proposal's objective is
above the Gilmore-Lawler lower bound at most.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

try:
    from ecopark.optimise.bounds import gilmore_lawler_bound
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
    from ecopark.optimise.bounds import gilmore_lawler_bound
from ecopark.optimise.placement import (
    PlacementWeights,
    build_placement_problem,
    solve_placement,
)
from ecopark.optimise.synthetic_park import synthetic_park


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plots", type=int, default=60)
    parser.add_argument("--firms", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    syn = synthetic_park(args.plots, args.firms, args.seed)
    start = time.perf_counter()
    problem = build_placement_problem(
        syn.park,
        syn.scenario_id,
        list(syn.firm_ids),
        list(syn.plot_ids),
        weights=PlacementWeights(along_corridors=True),
    )
    bound = gilmore_lawler_bound(problem.flow, problem.dist, problem.objective)
    # --seconds is the whole budget: setting up (corridor distances, bound) counts too
    budget = max(1.0, args.seconds - (time.perf_counter() - start) - 0.5)
    proposal = solve_placement(problem, seconds=budget, seed=args.seed)
    seconds = time.perf_counter() - start
    before = proposal.flow_distance_before_t_m / 1000.0
    after = proposal.flow_distance_after_t_m / 1000.0
    improvement = 100.0 * (before - after) / before if before else 0.0
    gap = 100.0 * (proposal.cost_after - bound) / bound if bound > 0 else float("nan")
    exchanges = len(syn.park.scenario(syn.scenario_id).exchanges)
    print(
        f"placement plots={args.plots} firms={args.firms} exchanges={exchanges}"
        f" seconds={seconds:.2f} before_tkm={before:.0f} after_tkm={after:.0f}"
        f" improvement_pct={improvement:.1f} moved={len(proposal.moves)} bound_gap_pct={gap:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
