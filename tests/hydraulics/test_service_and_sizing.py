"""A consumer moved far away loses service; sizing the pipe up restores it (and undo takes the
sizes back); the proposal is the smallest standard DN within the velocity limits."""

from __future__ import annotations

import pytest
from hyd_parks import single_pipe_park
from shapely.geometry import LineString, Point

from ecopark.commands import CommandStack, ReplaceObjects
from ecopark.hydraulics import solve_scenario
from ecopark.hydraulics.report import served_shares
from ecopark.hydraulics.sizing import propose_sizes, sizing_command
from ecopark.hydraulics.tables import dn_series, max_velocity_ms
from ecopark.indicators import IndicatorEngine


def test_far_consumer_loses_service_and_sizing_restores_it() -> None:
    park = single_pipe_park()
    stack = CommandStack(park)
    engine = IndicatorEngine(park)
    (c,) = solve_scenario(park, "plan").networks[0].consumers
    assert c.served
    scenario = park.scenario("plan")
    pipe, firm = scenario.layers["pipelines"]["P1"], scenario.firms["F1"]
    stack.push(ReplaceObjects("plan", [
        pipe.with_changes(geometry=LineString([(0, 0), (4000, 0)])),
        firm.with_changes(geometry=Point(4000, 0)),
    ]))  # fmt: skip
    hyd = solve_scenario(park, "plan")
    (c,) = hyd.networks[0].consumers
    assert not c.served and c.margin_mpa < 0
    result = engine.result("plan")
    assert result.coverage.media["steam_mp"].share == 1.0  # still connected
    assert served_shares(result, hyd)["steam_mp"] == 0.0  # but not physically served
    proposal = propose_sizes(park, "plan")
    (change,) = proposal.changes
    assert (change.pipeline_id, change.current_dn, change.reason) == ("P1", 250.0, "pressure")
    assert change.proposed_dn > 250 and not proposal.unresolved
    stack.push(sizing_command(park, "plan", list(proposal.changes)))
    (c,) = solve_scenario(park, "plan").networks[0].consumers
    assert c.served and c.margin_mpa >= 0
    assert scenario.layers["pipelines"]["P1"].diameter_mm == change.proposed_dn
    # one size smaller would not do: the proposal is the smallest that serves
    smaller = [s.dn for s in dn_series() if s.dn < change.proposed_dn][-1]
    stack.push(ReplaceObjects("plan", [scenario.layers["pipelines"]["P1"].with_changes(
        diameter_mm=float(smaller))]))  # fmt: skip
    assert not solve_scenario(park, "plan").networks[0].consumers[0].served
    stack.undo()
    stack.undo()
    assert scenario.layers["pipelines"]["P1"].diameter_mm == 250.0


def test_sizing_meets_the_velocity_limit_with_the_smallest_dn() -> None:
    park = single_pipe_park(length_m=300.0, dn=600.0)  # far too big for 20 t/h
    proposal = propose_sizes(park, "plan")
    (change,) = proposal.changes
    assert change.reason == "velocity" and change.proposed_dn < 600
    stack = CommandStack(park)
    stack.push(sizing_command(park, "plan", [change]))
    (seg,) = solve_scenario(park, "plan").networks[0].segments
    assert seg.velocity_ms <= max_velocity_ms("superheated_steam", change.proposed_dn)
    below = [s.dn for s in dn_series() if s.dn < change.proposed_dn][-1]
    stack.push(ReplaceObjects("plan", [park.scenario("plan").layers["pipelines"]["P1"]
                                       .with_changes(diameter_mm=float(below))]))  # fmt: skip
    (seg,) = solve_scenario(park, "plan").networks[0].segments
    assert seg.velocity_ms is None or seg.velocity_ms > max_velocity_ms("superheated_steam", below)


def test_the_planner_may_accept_only_some_changes() -> None:
    park = single_pipe_park(length_m=300.0, dn=600.0)
    proposal = propose_sizes(park, "plan")
    cmd = sizing_command(park, "plan", [])
    CommandStack(park).push(cmd)
    assert park.scenario("plan").layers["pipelines"]["P1"].diameter_mm == 600.0
    assert proposal.changes  # nothing accepted, nothing changed
    assert pytest.approx(600.0) == proposal.changes[0].current_dn
