"""Placement at district size: distances along corridors and the synthetic park."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString

from ecopark.optimise.bounds import gilmore_lawler_bound
from ecopark.optimise.corridor_distance import corridor_distances
from ecopark.optimise.placement import PlacementWeights, build_placement_problem, solve_placement
from ecopark.optimise.synthetic_park import synthetic_park


def test_corridor_distances_follow_the_roads() -> None:
    """An L-shaped road (0,0)-(100,0)-(100,100) and a separate road far away."""
    roads = [
        LineString([(0, 0), (100, 0)]),
        LineString([(100, 0), (100, 100)]),
        LineString([(500, 500), (600, 500)]),
    ]
    origins = np.array([[10.0, 5.0], [50.0, -5.0]])
    targets = np.array([[95.0, 90.0], [30.0, -5.0], [550.0, 510.0]])
    out = corridor_distances(roads, origins, targets)
    # 5 m access + 90 m east + 90 m north + 5 m access
    assert out.matrix[0, 0] == pytest.approx(190.0)
    # both on the first road: 5 + 20 + 5
    assert out.matrix[0, 1] == pytest.approx(30.0)
    assert out.matrix[1, 0] == pytest.approx(5.0 + 50.0 + 90.0 + 5.0)
    # the third road is not connected: straight line instead, and counted
    assert out.matrix[0, 2] == pytest.approx(np.hypot(540.0, 505.0))
    assert out.straight_fallbacks == 2
    with pytest.raises(ValueError):
        corridor_distances([], origins, targets)


def test_synthetic_park_is_placed_with_corridor_distances() -> None:
    syn = synthetic_park(plots=12, firms=10, seed=3)
    problem = build_placement_problem(
        syn.park,
        syn.scenario_id,
        list(syn.firm_ids),
        list(syn.plot_ids),
        weights=PlacementWeights(along_corridors=True),
    )
    assert len(problem.location_ids) == 12  # every firm stands on a candidate plot
    i1, i2, i11 = (problem.location_ids.index(p) for p in ("P001", "P002", "P011"))
    # P001 (100, 70) and P002 (300, 70) share the road y = 0: 70 + 200 + 70
    assert problem.dist[i1, i2] == pytest.approx(340.0)
    # P011 (100, 270) fronts the road y = 200; the only cross street is x = 0:
    # 70 + 100 west + 200 north + 100 east + 70
    assert problem.dist[i1, i11] == pytest.approx(540.0)
    straight = build_placement_problem(
        syn.park, syn.scenario_id, list(syn.firm_ids), list(syn.plot_ids)
    )
    assert straight.dist[i1, i11] == pytest.approx(200.0)

    proposal = solve_placement(problem, seconds=60.0, seed=1, max_iterations=3000)
    assert proposal.moves
    assert proposal.flow_distance_after_t_m < proposal.flow_distance_before_t_m
    assert proposal.cost_after >= gilmore_lawler_bound(
        problem.flow, problem.dist, problem.objective
    )
    # the before figure is the drawn layout's transport work, along the corridors
    before = problem.flow_distance(problem.current)
    assert proposal.flow_distance_before_t_m == pytest.approx(before)
