"""Firm placement on plots: hand-checked optima, zoning rules, units, undo, the demo park."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import Point, box

from ecopark.commands import CommandStack, RemoveObjects, ReplaceObjects
from ecopark.model import Exchange, Facility, Firm, Park, Plot, ScenarioInfo, Zone
from ecopark.optimise.placement import (
    PlacementError,
    PlacementWeights,
    build_placement_problem,
    firms_in_zone,
    free_plots,
    solve_placement,
)
from ecopark.optimise.progress import SolveControl
from ecopark.optimise.qap import solve_qap_exact
from ecopark.optimise.scratch import before_after, clone_park
from ecopark.storage import load_park

DEMO = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
SID = "s"


def _park(*zones: Zone) -> Park:
    park = Park("placement test", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SID, name="plan", kind="plan", year=2030))
    for zone in zones:
        park.add(SID, zone)
    return park


def _zone(zone_id: str, kind: str, x0: float, y0: float, x1: float, y1: float) -> Zone:
    industrial = kind in ("lingang_industrial", "harbor")
    return Zone(
        zone_id=zone_id,
        name=zone_id,
        kind=kind,
        industrial=industrial,
        geometry=box(x0, y0, x1, y1),
    )


def _firm(firm_id: str, x: float, y: float, sector: str = "equipment", area: float = 0.0) -> Firm:
    return Firm(
        firm_id=firm_id, name=firm_id, sector=sector, geometry=Point(x, y), plot_area_m2=area
    )


def _plot(plot_id: str, cx: float, cy: float, half: float = 100.0) -> Plot:
    return Plot(plot_id=plot_id, geometry=box(cx - half, cy - half, cx + half, cy + half))


def _exchange(eid: str, a: str, b: str, q: float, unit: str = "t/a") -> Exchange:
    return Exchange(exchange_id=eid, from_id=a, to_id=b, material="m", quantity=q, unit=unit)


def _line_park() -> Park:
    """Three plots 1 km apart on a line; A-B exchange 100 t/a, B-C 10 t/a, A-C 1 t/a."""
    park = _park(_zone("Z1", "lingang_industrial", -500, -500, 2500, 5500))
    for k, x in enumerate((0.0, 1000.0, 2000.0)):
        park.add(SID, _plot(f"L{k}", x, 0.0))
    for fid, x in (("A", 0.0), ("B", 1000.0), ("C", 2000.0)):
        park.add(SID, _firm(fid, x, 5000.0))
    for eid, a, b, q in (("E1", "A", "B", 100.0), ("E2", "B", "C", 10.0), ("E3", "A", "C", 1.0)):
        park.add(SID, _exchange(eid, a, b, q))
    return park


def test_three_firms_take_the_hand_computed_optimum() -> None:
    park = _line_park()
    problem = build_placement_problem(
        park, SID, ["A", "B", "C"], ["L0", "L1", "L2"], weights=PlacementWeights(keep_current=False)
    )
    proposal = solve_placement(problem, seconds=0.2, seed=1)
    # B, the hub, in the middle: 100 x 1000 + 10 x 1000 + 1 x 2000 = 112,000 t·m/a.
    assert proposal.moves["B"][2] == "L1"
    assert {proposal.moves["A"][2], proposal.moves["C"][2]} == {"L0", "L2"}
    assert proposal.flow_distance_after_t_m == pytest.approx(112_000.0)
    assert proposal.moves["B"][1].equals(Point(1000, 0))
    exact = solve_qap_exact(problem.flow, problem.dist, linear=problem.linear)
    assert problem.cost(proposal.assignment) == pytest.approx(problem.cost(exact.permutation))
    # Before: all three 5 km north of the plots, still 1 km apart from one another.
    assert proposal.flow_distance_before_t_m == pytest.approx(100 * 1000 + 10 * 1000 + 1 * 2000)


def test_flows_to_fixed_partners_pull_firms_and_units_are_converted() -> None:
    park = _park(_zone("Z1", "lingang_industrial", -500, -500, 3500, 3500))
    for k, x in enumerate((0.0, 1000.0, 3000.0)):
        park.add(SID, _plot(f"L{k}", x, 0.0))
    park.add(SID, _firm("A", 1000.0, 0.0))  # stands on L1
    park.add(
        SID,
        Facility(
            facility_id="CHP",
            name="chp",
            kind="chp",
            geometry=Point(3000, 1000),
            steam_lp_capacity_tph=10.0,
        ),
    )
    park.add(SID, _exchange("E1", "CHP", "A", 2.0, "t/h"))  # 2 t/h x 8000 h = 16,000 t/a
    problem = build_placement_problem(park, SID, ["A"], ["L0", "L1", "L2"])
    assert problem.current.tolist() == [1]
    assert problem.fixed[0].tolist() == pytest.approx(
        [16_000 * np.hypot(3000, 1000), 16_000 * np.hypot(2000, 1000), 16_000 * 1000.0]
    )
    proposal = solve_placement(problem, seconds=0.1, seed=0)
    assert proposal.moves["A"][2] == "L2"
    assert proposal.flow_distance_after_t_m == pytest.approx(16_000_000.0)


def test_an_unknown_unit_counts_one_per_unit_and_is_reported() -> None:
    park = _line_park()
    barrels = park.scenario(SID).exchanges["E1"].with_changes(unit="barrels")
    ReplaceObjects(SID, [barrels]).redo(park)
    problem = build_placement_problem(park, SID, ["A", "B"], ["L0", "L1"])
    assert problem.flow[0, 1] + problem.flow[1, 0] == pytest.approx(100.0)
    assert any("barrels" in note for note in problem.notes)


def test_zoning_and_buffer_keep_a_heavy_firm_out_of_and_away_from_the_city() -> None:
    park = _park(
        _zone("CITY", "city", 0, 0, 4000, 1000),
        _zone("IND", "lingang_industrial", 0, 1000, 4000, 5000),
    )
    park.add(SID, _plot("C1", 2000, 500))  # in the city
    park.add(SID, _plot("I1", 2000, 1500))  # industrial, 400 m from the city edge
    park.add(SID, _plot("I2", 2000, 3000))  # industrial, 1.9 km from the city
    park.add(SID, _firm("H", 2000, 500, sector="chemical"))  # stands on C1 now
    park.add(SID, _firm("L", 2000, 1500, sector="electronics"))  # stands on I1
    park.add(
        SID,
        Facility(
            facility_id="WW",
            name="wwtp",
            kind="wwtp",
            geometry=Point(2000, 0),
            wastewater_capacity_m3d=1.0,
        ),
    )
    park.add(SID, _exchange("E1", "H", "WW", 1_000_000.0, "m³/a"))  # pulls H south
    problem = build_placement_problem(park, SID, ["H", "L"], ["C1", "I1", "I2"])
    assert problem.zoning[0].tolist() == [True, False, False]  # chemical not allowed in a city
    assert problem.buffer[0].tolist() == [True, True, False]  # heavy polluter < 1 km from city
    assert not problem.zoning[1].any() and not problem.buffer[1].any()
    proposal = solve_placement(problem, seconds=0.1, seed=0)
    assert proposal.breaches_before == {"zoning": 1, "buffer": 1, "plot_size": 0}
    assert proposal.breaches_after == {"zoning": 0, "buffer": 0, "plot_size": 0}
    assert proposal.moves["H"][2] == "I2"
    assert "L" not in proposal.moves  # no exchanges: it stays
    before, after = before_after(park, SID, proposal.command(park, SID))
    assert before.space_components["zoning_compatibility"] == pytest.approx(0.5)
    assert after.space_components["zoning_compatibility"] == pytest.approx(1.0)


def test_a_firm_without_exchanges_still_leaves_a_zone_that_forbids_it() -> None:
    park = _park(
        _zone("LOG", "logistics", 0, 0, 4000, 1000),
        _zone("IND", "lingang_industrial", 0, 1000, 4000, 5000),
    )
    park.add(SID, _plot("G1", 2000, 500))
    park.add(SID, _plot("I2", 2000, 3000))
    park.add(SID, _firm("H", 2000, 500, sector="food"))  # on G1, no exchange at all
    problem = build_placement_problem(park, SID, ["H"], ["G1", "I2"])
    assert problem.zoning[0].tolist() == [True, False] and not problem.buffer.any()
    proposal = solve_placement(problem)
    # One breach must outweigh the token charge for moving (1 t·m/a), even without flows.
    assert proposal.moves["H"][2] == "I2"
    assert proposal.breaches_after == {"zoning": 0, "buffer": 0, "plot_size": 0}


def test_selected_plots_holding_another_firm_are_left_out() -> None:
    park = _line_park()
    park.add(SID, _firm("X", 0.0, 0.0))  # stands on L0 and is not being placed
    problem = build_placement_problem(park, SID, ["A"], ["L0", "L1"])
    assert problem.plot_ids[:1] == ("L1",) and "L0" not in problem.location_ids
    assert any("L0 (X)" in note for note in problem.notes)


def test_a_plot_smaller_than_the_firm_needs_is_avoided() -> None:
    park = _park(_zone("Z1", "lingang_industrial", -1000, -1000, 5000, 5000))
    park.add(SID, _plot("SMALL", 0, 0, half=100))  # 40,000 m²
    park.add(SID, _plot("BIG", 3000, 0, half=150))  # 90,000 m²
    park.add(SID, _firm("A", 0, 4000, area=50_000.0))
    park.add(SID, _firm("B", 0, -900))
    park.add(SID, _exchange("E1", "A", "B", 500.0))
    problem = build_placement_problem(park, SID, ["A"], ["SMALL", "BIG"])
    assert problem.size[0].tolist() == [True, False, False]  # own site: no size rule
    proposal = solve_placement(problem, seconds=0.1, seed=0)
    # BIG (3,000 m east) is nearer to B than the firm's own site (4.9 km north).
    assert proposal.moves["A"][2] == "BIG"
    assert proposal.breaches_after["plot_size"] == 0


def test_a_firm_stays_when_no_plot_is_better() -> None:
    park = _line_park()
    park.add(SID, _firm("D", 1000.0, 4900.0))
    park.add(SID, _exchange("E4", "A", "D", 1000.0))
    # A is 1 km from D now; every plot is about 5 km from D.
    proposal = solve_placement(build_placement_problem(park, SID, ["A"], ["L0", "L1", "L2"]))
    assert proposal.moves == {}
    assert proposal.cost_after == proposal.cost_before


def test_free_plots_of_a_zone_and_default_firms() -> None:
    park = _line_park()
    park.add(SID, _firm("X", 0.0, 0.0))  # stands on L0
    assert free_plots(park, SID, "Z1") == ["L1", "L2"]
    assert free_plots(park, SID, "Z1", movable=["X"]) == ["L0", "L1", "L2"]
    assert firms_in_zone(park, SID, "Z1") == ["A", "B", "C"]  # X has no exchange
    assert firms_in_zone(park, SID, "Z1", with_exchanges=False) == ["A", "B", "C", "X"]
    problem = build_placement_problem(park, SID, ["A", "X"], zone_id="Z1")
    assert problem.location_ids == ("L0", "L1", "L2", "@A")
    with pytest.raises(PlacementError, match="no free plot"):
        build_placement_problem(park, SID, ["A"], [], zone_id="Z1")
    with pytest.raises(PlacementError, match="NOPE"):
        build_placement_problem(park, SID, ["NOPE"], ["L0"])


def test_accept_then_undo_restores_the_park_exactly() -> None:
    park = _line_park()
    snapshot = park.snapshot()
    weights = PlacementWeights(keep_current=False)
    problem = build_placement_problem(
        park, SID, ["A", "B", "C"], ["L0", "L1", "L2"], weights=weights
    )
    proposal = solve_placement(problem, seconds=0.1)
    assert len(proposal.moves) == 3
    assert park.snapshot() == snapshot  # solving and measuring touch nothing
    stack = CommandStack(park)
    stack.push(proposal.command(park, SID))
    assert park.scenario(SID).firms["B"].geometry.equals(Point(1000, 0))
    assert park.snapshot() != snapshot
    stack.undo()
    assert park.snapshot() == snapshot
    stack.redo()
    assert park.scenario(SID).firms["B"].geometry.equals(Point(1000, 0))


def test_cancelled_run_still_gives_a_valid_layout() -> None:
    park = _park(_zone("Z1", "lingang_industrial", -500, -500, 10_500, 5500))
    ids = [f"F{k}" for k in range(10)]
    for k, fid in enumerate(ids):
        park.add(SID, _plot(f"L{k}", 1000.0 * k, 0.0))
        park.add(SID, _firm(fid, 1000.0 * k, 5000.0))
        if k:
            park.add(SID, _exchange(f"E{k}", ids[k - 1], fid, 10.0 * k))
    problem = build_placement_problem(park, SID, ids, [f"L{k}" for k in range(10)])
    control = SolveControl(seconds=30.0, seed=0)
    control.cancel()  # the tabu search (10 firms, 20 locations) stops at once
    proposal = solve_placement(problem, control)
    assert proposal.cancelled
    assert len(set(proposal.assignment)) == 10
    assert not problem.foreign(proposal.assignment)
    assert proposal.cost_after <= proposal.cost_before


def test_clone_is_independent_and_has_no_listeners() -> None:
    park = _line_park()
    seen: list[object] = []
    park.subscribe(seen.append)
    clone = clone_park(park)
    assert clone.snapshot() == park.snapshot()
    RemoveObjects(SID, [("exchanges", "E1")]).redo(clone)
    assert "E1" in park.scenario(SID).exchanges and seen == []


@pytest.fixture(scope="module")
def demo() -> Park:
    return load_park(DEMO)


def test_demo_park_east_block(demo: Park) -> None:
    sid = "plan2030"
    firms = firms_in_zone(demo, sid, "Z06", with_exchanges=False)
    assert len(firms) == 5 and len(free_plots(demo, sid, "Z06", movable=firms)) >= 11
    problem = build_placement_problem(demo, sid, firms, zone_id="Z06")
    runs = [solve_placement(problem, seed=3, max_iterations=300) for _ in range(2)]
    assert runs[0].assignment == runs[1].assignment  # deterministic for a seed and budget
    proposal = runs[0]
    # F049 (recycling) sends 50 kt/a of scrap to the steel works in the west: it moves west,
    # and the firms without exchanges stay.
    assert set(proposal.moves) == {"F049"}
    assert proposal.moves["F049"][1].x < proposal.moves["F049"][0].x
    assert proposal.flow_distance_after_t_m < 0.5 * proposal.flow_distance_before_t_m
    assert proposal.breaches_after == {"zoning": 0, "buffer": 0, "plot_size": 0}
