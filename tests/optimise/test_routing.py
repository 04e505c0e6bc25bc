"""Pipeline routing along corridors: hand-computed trees, forbidden zones, reuse, the demo park."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, box

from ecopark.commands import CommandStack
from ecopark.model import Corridor, Facility, Firm, Park, Pipeline, ScenarioInfo, Zone
from ecopark.optimise.progress import SolveControl
from ecopark.optimise.routing import (
    CONNECTOR,
    EXISTING,
    GAP,
    RoutingError,
    build_corridor_graph,
    route_pipelines,
)
from ecopark.optimise.scratch import before_after
from ecopark.storage import load_park

DEMO = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
SID = "s"
MEDIUM = "steam_mp"


def _park(lines: Sequence[Sequence[tuple[float, float]]]) -> Park:
    park = Park("routing test", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SID, name="plan", kind="plan", year=2030))
    park.add(
        SID,
        Zone(
            zone_id="Z1",
            name="ind",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(-3000, -3000, 5000, 5000),
        ),
    )
    for k, coords in enumerate(lines):
        park.add(SID, Corridor(corridor_id=f"R{k}", geometry=LineString(coords)))
    return park


def _grid_park() -> Park:
    """Roads on a 1 km grid: y = 0, 1000, 2000 and x = 0, 1000, 2000 (each 2 km long)."""
    lines = [[(0, y), (2000, y)] for y in (0, 1000, 2000)]
    lines += [[(x, 0), (x, 2000)] for x in (0, 1000, 2000)]
    return _park(lines)


def _source(park: Park, x: float, y: float, fid: str = "CHP") -> None:
    park.add(
        SID,
        Facility(
            facility_id=fid,
            name="热电厂",
            kind="chp",
            geometry=Point(x, y),
            steam_mp_capacity_tph=100.0,
        ),
    )


def _demand(park: Park, fid: str, x: float, y: float, tph: float = 10.0) -> None:
    park.add(
        SID,
        Firm(
            firm_id=fid,
            name=fid,
            sector="chemical",
            geometry=Point(x, y),
            steam_mp_demand_tph=tph,
        ),
    )


def _route(park: Park, **kwargs: object):  # type: ignore[no-untyped-def]
    graph = build_corridor_graph(park, SID, medium=MEDIUM, **kwargs)  # type: ignore[arg-type]
    return graph, route_pipelines(graph, seconds=0.3, seed=1, diameter_mm=300)


def test_grid_gives_the_hand_computed_tree_and_price() -> None:
    park = _grid_park()
    _source(park, 0, -100)  # 100 m south of the corner (0, 0)
    _demand(park, "D1", 2100, 2000)  # 100 m east of (2000, 2000)
    _demand(park, "D2", 1000, 2100)  # 100 m north of (1000, 2000)
    graph, proposal = _route(park)
    assert np.bincount(graph.kind, minlength=5)[CONNECTOR] == 3
    # (0,0) -> (2000,2000) along the grid is 4 km, passing (1000,2000); three 100 m branches.
    assert proposal.length_m == pytest.approx(4300.0)
    assert proposal.unreached == [] and proposal.connected == ["CHP", "D1", "D2"]
    assert proposal.cost_10k_rmb == pytest.approx(4.3 * 700.0)  # DN300 MP steam: 700 /km
    total = sum(p.length_m for p in proposal.pipelines)
    assert total == pytest.approx(4300.0)
    assert all(p.status == "planned" and p.medium == MEDIUM for p in proposal.pipelines)
    assert all(p.diameter_mm == 300.0 for p in proposal.pipelines)
    before, after = before_after(park, SID, proposal.command(park, SID))
    assert before.coverage[MEDIUM] == 0.0
    assert after.coverage[MEDIUM] == pytest.approx(1.0)  # the new pipes join by geometry
    assert after.pipe_length_m[MEDIUM] == pytest.approx(4300.0)


def test_an_ecological_zone_forces_a_detour() -> None:
    park = _grid_park()
    _source(park, 1000, -100)
    _demand(park, "D1", 1000, 2100)
    straight = route_pipelines(
        build_corridor_graph(park, SID, medium=MEDIUM, forbidden_kinds=()), seconds=0.2, seed=0
    )
    assert straight.length_m == pytest.approx(2200.0)  # up the middle road
    park.add(
        SID,
        Zone(
            zone_id="ECO",
            name="生态隔离带",
            kind="ecological",
            industrial=False,
            geometry=box(500, 500, 1500, 1500),
        ),
    )
    graph, detour = _route(park)
    # The middle road is cut inside the green belt: round by x = 0 (or 2000): 1 + 2 + 1 km.
    assert detour.length_m == pytest.approx(4200.0)
    inner = box(500, 500, 1500, 1500).buffer(-0.1)
    assert not any(p.geometry.intersects(inner) for p in detour.pipelines)
    assert not shapely.intersects(graph.lines(), inner).any()


def test_a_corridor_along_a_forbidden_zone_stays_usable() -> None:
    park = _grid_park()
    park.add(
        SID,
        Zone(
            zone_id="ECO",
            name="eco",
            kind="ecological",
            industrial=False,
            geometry=box(1000, 0, 2000, 1000),  # the roads are its edges
        ),
    )
    _source(park, 1000, -100)
    _demand(park, "D1", 2000, 1100)
    _, proposal = _route(park)
    assert proposal.length_m == pytest.approx(100 + 1000 + 1000 + 100)


def test_a_terminal_inside_a_forbidden_zone_is_unreached() -> None:
    park = _grid_park()
    park.add(
        SID,
        Zone(
            zone_id="ECO",
            name="eco",
            kind="ecological",
            industrial=False,
            geometry=box(200, 200, 800, 800),
        ),
    )
    _source(park, 0, -100)
    _demand(park, "IN", 500, 500)
    _demand(park, "OUT", 1000, 1100)
    graph, proposal = _route(park)
    assert graph.unconnected == ("IN",)
    assert proposal.unreached == ["IN"] and "OUT" in proposal.connected
    assert proposal.length_m == pytest.approx(100 + 2000 + 100)
    assert any("IN" in note and "forbidden" in note for note in proposal.notes)


def test_park_setting_chooses_the_forbidden_kinds() -> None:
    park = _grid_park()
    park.settings["pipe_forbidden_zone_kinds"] = ["reserve"]
    park.add(
        SID,
        Zone(
            zone_id="RES",
            name="reserve",
            kind="reserve",
            industrial=False,
            geometry=box(500, 500, 1500, 1500),
        ),
    )
    _source(park, 1000, -100)
    _demand(park, "D1", 1000, 2100)
    _, proposal = _route(park)
    assert proposal.length_m == pytest.approx(4200.0)
    park.settings["pipe_forbidden_zone_kinds"] = "reserve"
    with pytest.raises(RoutingError, match="pipe_forbidden_zone_kinds"):
        build_corridor_graph(park, SID, medium=MEDIUM)


def test_corridor_ends_a_few_metres_short_are_joined() -> None:
    park = _park([[(0, 0), (997, 0)], [(1000, -1000), (1000, 1000)]])
    _source(park, 0, -50)
    _demand(park, "D1", 1050, 1000)
    graph, proposal = _route(park)
    assert np.bincount(graph.kind, minlength=5)[GAP] == 1
    assert proposal.length_m == pytest.approx(50 + 997 + 3 + 1000 + 50)
    graph, proposal = _route(park, snap_m=0.0)
    assert proposal.unreached == ["D1"]
    assert proposal.pipelines == []


def test_existing_pipes_are_reused_for_free() -> None:
    park = _grid_park()
    _source(park, 0, -30)
    _demand(park, "D1", 2000, 2100)
    park.add(
        SID,
        Pipeline(
            pipeline_id="P0007",
            medium=MEDIUM,
            diameter_mm=400.0,
            status="existing",
            geometry=LineString([(0, -30), (2000, -30)]),
        ),
    )
    _, fresh = _route(park, reuse_existing=False)
    assert fresh.length_m == pytest.approx(30 + 4000 + 100)
    graph, reuse = _route(park)
    assert np.bincount(graph.kind, minlength=5)[EXISTING] >= 1
    # Along the pipe for free, 30 m up to the road at x = 2000, 2 km north, 100 m branch.
    assert reuse.length_m == pytest.approx(30 + 2000 + 100)
    assert reuse.reused_m == pytest.approx(2000.0)
    cmd = reuse.command(park, SID)
    assert [p.pipeline_id for p in cmd.objects] == ["P0008"]  # continues the highest number
    _, after = before_after(park, SID, cmd)
    assert after.coverage[MEDIUM] == pytest.approx(1.0)


def test_no_new_pipe_cuts_across_to_a_distant_pipe() -> None:
    park = _grid_park()
    _source(park, 0, -30)
    park.add(
        SID,
        Pipeline(
            pipeline_id="P1",
            medium=MEDIUM,
            diameter_mm=400.0,
            geometry=LineString([(0, -30), (2000, -30)]),
        ),
    )
    _demand(park, "D1", 2100, 300)
    _, proposal = _route(park)
    # The pipe's end is 345 m away as the crow flies, but a new pipe must follow the roads:
    # 100 m to the road x = 2000, 300 m south along it, 30 m link down to the pipe.
    assert proposal.length_m == pytest.approx(100 + 300 + 30)


def test_a_source_on_a_pipe_that_leads_nowhere_still_reaches_the_roads() -> None:
    park = _grid_park()
    _source(park, 0, -300)
    park.add(
        SID,
        Pipeline(
            pipeline_id="P1",
            medium=MEDIUM,
            diameter_mm=400.0,
            geometry=LineString([(0, -300), (500, -300)]),  # 300 m from every road
        ),
    )
    _demand(park, "D1", 1000, 100)
    _, proposal = _route(park)
    assert proposal.unreached == []
    assert proposal.length_m == pytest.approx(300 + 1000 + 100)


def test_accept_then_undo_restores_the_park_exactly() -> None:
    park = _grid_park()
    _source(park, 0, -100)
    _demand(park, "D1", 2100, 2000)
    snapshot = park.snapshot()
    _, proposal = _route(park)
    assert park.snapshot() == snapshot
    stack = CommandStack(park)
    stack.push(proposal.command(park, SID))
    assert len(park.scenario(SID).layers["pipelines"]) == len(proposal.pipelines) > 0
    stack.undo()
    assert park.snapshot() == snapshot


def test_no_corridor_is_a_planner_readable_error() -> None:
    park = _park([])
    _source(park, 0, 0)
    with pytest.raises(RoutingError, match="no corridors"):
        build_corridor_graph(park, SID, medium=MEDIUM)
    with pytest.raises(RoutingError, match="unknown medium"):
        build_corridor_graph(park, SID, medium="gas")


def test_demand_without_reachable_source_is_unreached() -> None:
    park = _park([[(0, 0), (1000, 0)], [(3000, 0), (4000, 0)]])
    _source(park, 0, -50)
    _demand(park, "NEAR", 1000, 50)
    _demand(park, "FAR", 4000, 50)
    _, proposal = _route(park)
    assert proposal.unreached == ["FAR"]
    assert proposal.length_m == pytest.approx(50 + 1000 + 50)


def test_cancel_returns_the_tree_found_so_far() -> None:
    park = _grid_park()
    _source(park, 0, -100)
    for k, (x, y) in enumerate([(2100, 2000), (1000, 2100), (2100, 500), (-100, 1500)]):
        _demand(park, f"D{k}", x, y)
    graph = build_corridor_graph(park, SID, medium=MEDIUM)
    control = SolveControl(seconds=60.0, seed=0)
    reports: list[tuple[float, float]] = []

    def on_progress(fraction: float, cost: float) -> None:
        reports.append((fraction, cost))
        control.cancel()

    control.on_progress = on_progress
    proposal = route_pipelines(graph, control)
    assert proposal.cancelled and proposal.unreached == []
    assert reports and reports[-1][0] == 1.0


@pytest.fixture(scope="module")
def demo() -> Park:
    return load_park(DEMO)


def test_demo_plan_has_corridors_and_plots(demo: Park) -> None:
    plan = demo.scenario("plan2030")
    assert len(plan.layers["corridors"]) >= 10 and len(plan.layers["plots"]) >= 5


@pytest.mark.parametrize("medium", ["steam_mp", "reclaimed_water"])
@pytest.mark.parametrize("reuse", [True, False])
def test_demo_routing_reaches_every_terminal(demo: Park, medium: str, reuse: bool) -> None:
    sid = "plan2030"
    graph = build_corridor_graph(demo, sid, medium=medium, reuse_existing=reuse)
    assert graph.unconnected == ()
    proposal = route_pipelines(graph, seconds=0.3, seed=1)
    assert proposal.unreached == []
    assert proposal.connected == sorted(graph.sources + graph.demands)
    eco = [z.geometry for z in demo.scenario(sid).zones.values() if z.kind == "ecological"]
    inner = shapely.union_all(eco).buffer(-1.0)
    assert not any(p.geometry.intersects(inner) for p in proposal.pipelines)
    if reuse:
        _, after = before_after(demo, sid, proposal.command(demo, sid))
        assert after.coverage[medium] == pytest.approx(1.0)
