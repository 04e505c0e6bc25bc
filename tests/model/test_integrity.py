"""Safe deletes and park.check's integrity warnings: pipes reaching no source, demand on such a
network, a plant touching no pipe of its medium, firms outside every zone (worked by hand on a
park of one zone, one CHP plant, one wastewater plant, two pipes and three firms)."""

from __future__ import annotations

import dataclasses

from shapely.geometry import LineString, Point, box

from ecopark.commands import AddObjects, CommandStack, RemoveObjects, ReplaceObjects
from ecopark.model import Facility, Firm, Park, Pipeline, ScenarioInfo, Zone
from ecopark.model.integrity import (
    FirmOutsideZonesWarning,
    PipesWithoutSourceWarning,
    UnconnectedSourceWarning,
    UnservedDemandWarning,
    delete_impact,
)

SID = "s"


def _park() -> Park:
    """CHP FA1 at (0,0) with 50 t/h MP steam; pipes P1 (0,0)-(500,0) and P2 (500,0)-(500,500)
    join it to firm F1 (10 t/h MP demand) at (500,500). F2 (no demand) sits inside the zone,
    off the network; WWTP FA2 serves 600 m around (400,400): F1 and F2, not F3."""
    park = Park("t", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SID, name="s", kind="baseline", year=2024))
    park.add(SID, Zone(zone_id="Z1", name="z", kind="harbor", industrial=True,
                       geometry=box(-100, -100, 1000, 1000)))  # fmt: skip
    park.add(SID, Facility(facility_id="FA1", name="CHP", kind="chp", geometry=Point(0, 0),
                           steam_mp_capacity_tph=50.0))  # fmt: skip
    park.add(SID, Facility(facility_id="FA2", name="WWTP", kind="wwtp",
                           geometry=Point(400, 400), service_radius_m=600.0))  # fmt: skip
    for pid, line in (("P1", [(0, 0), (500, 0)]), ("P2", [(500, 0), (500, 500)])):
        park.add(SID, Pipeline(pipeline_id=pid, medium="steam_mp", geometry=LineString(line),
                               diameter_mm=200.0))  # fmt: skip
    park.add(SID, Firm(firm_id="F1", name="a", geometry=Point(500, 500),
                       steam_mp_demand_tph=10.0))  # fmt: skip
    park.add(SID, Firm(firm_id="F2", name="b", geometry=Point(800, 800)))
    return park


def _mine(park: Park) -> list:
    return [p for p in park.check(SID) if type(p).__module__ == "ecopark.model.integrity"]


def test_a_connected_park_in_its_zone_raises_no_integrity_warning() -> None:
    assert _mine(_park()) == []


def test_deleting_the_plant_leaves_pipes_and_demand_flagged_by_check() -> None:
    park = _park()
    stack = CommandStack(park)
    stack.push(RemoveObjects(SID, [("facilities", "FA1")]))
    found = _mine(park)
    kinds = {type(p) for p in found}
    assert kinds == {PipesWithoutSourceWarning, UnservedDemandWarning}
    pipes = next(p for p in found if isinstance(p, PipesWithoutSourceWarning))
    assert pipes.refs == (("pipelines", "P1"), ("pipelines", "P2"))
    assert pipes.severity == "warning" and pipes.medium == "steam_mp"
    demand = next(p for p in found if isinstance(p, UnservedDemandWarning))
    assert demand.refs == (("firms", "F1"),) and demand.demand == 10.0
    stack.undo()
    assert _mine(park) == []


def test_a_plant_moved_away_from_its_pipes_is_flagged() -> None:
    park = _park()
    fa1 = park.scenario(SID).facilities["FA1"]
    moved = dataclasses.replace(fa1, geometry=Point(0, 300))
    CommandStack(park).push(ReplaceObjects(SID, [moved]))
    kinds = [type(p) for p in _mine(park)]
    assert UnconnectedSourceWarning in kinds and PipesWithoutSourceWarning in kinds


def test_a_firm_outside_every_zone_is_flagged_one_on_the_boundary_is_not() -> None:
    park = _park()
    stack = CommandStack(park)
    stack.push(AddObjects(
        SID, [Firm(firm_id="F3", name="c", geometry=Point(5000, 5000)),
              Firm(firm_id="F4", name="d", geometry=Point(1000, 500))]))  # fmt: skip
    found = _mine(park)
    assert [(type(p), p.refs) for p in found] == [(FirmOutsideZonesWarning, (("firms", "F3"),))]


def test_delete_impact_names_pipes_firms_and_services_that_depend_on_a_plant() -> None:
    park = _park()
    chp = delete_impact(park, SID, [("facilities", "FA1")])
    assert chp.orphan_pipes == {"steam_mp": ["P1", "P2"]}
    assert chp.unsupplied_firms == {"steam_mp": ["F1"]}
    assert chp.pipe_refs == [("pipelines", "P1"), ("pipelines", "P2")] and chp.anything
    wwtp = delete_impact(park, SID, [("facilities", "FA2")])
    assert wwtp.unserviced_firms == {"wastewater": ["F1", "F2"]} and not wwtp.orphan_pipes
    # a firm without supply takes nothing along; a pipe is never anyone's dependant
    assert not delete_impact(park, SID, [("firms", "F2")]).anything
    assert not delete_impact(park, SID, [("pipelines", "P1")]).anything


def test_deleting_one_of_two_sources_orphans_nothing() -> None:
    park = _park()
    CommandStack(park).push(AddObjects(SID, [Facility(
        facility_id="FA3", name="boiler", kind="chp", geometry=Point(500, 250),
        steam_mp_capacity_tph=20.0)]))  # fmt: skip
    assert not delete_impact(park, SID, [("facilities", "FA1")]).orphan_pipes
    both = delete_impact(park, SID, [("facilities", "FA1"), ("facilities", "FA3")])
    assert both.orphan_pipes == {"steam_mp": ["P1", "P2"]}


def test_deleting_plant_and_pipes_is_one_undo_step_and_leaves_check_clean() -> None:
    park = _park()
    stack = CommandStack(park)
    impact = delete_impact(park, SID, [("facilities", "FA1")])
    stack.push(RemoveObjects(SID, [("facilities", "FA1"), *impact.pipe_refs]))
    assert not park.scenario(SID).objects("pipelines")
    assert not any(isinstance(p, PipesWithoutSourceWarning) for p in _mine(park))
    stack.undo()
    assert sorted(park.scenario(SID).objects("pipelines")) == ["P1", "P2"]
    assert "FA1" in park.scenario(SID).facilities
