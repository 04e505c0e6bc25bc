"""Bad input gives a clear message, never a traceback or NaN (docs/hydraulics.md §5)."""

from __future__ import annotations

import json

from hyd_parks import chp, firm, park_with, pipe, single_pipe_park

from ecopark.commands import CommandStack, ReplaceObjects
from ecopark.hydraulics import solve_scenario
from ecopark.hydraulics.report import add_to_json
from ecopark.indicators import evaluate_scenario


def solved_json(park) -> tuple[dict, str]:
    hyd = solve_scenario(park, "plan")
    data: dict = {"park": {}}
    add_to_json(data, evaluate_scenario(park, "plan"), hyd)
    text = json.dumps(data, allow_nan=False)  # raises on NaN or infinity
    return data, text


def test_zero_diameter_is_named() -> None:
    data, text = solved_json(single_pipe_park(dn=0.0))
    assert "pipeline P1 has no diameter; enter its nominal diameter (DN)" in text
    (net,) = data["networks"]
    assert net["consumers"][0]["served"] is False
    assert net["consumers"][0]["delivered_pressure_mpa"] is None


def test_source_without_pressure_is_named() -> None:
    park = single_pipe_park()
    chp_ = park.scenario("plan").facilities["CHP"]
    CommandStack(park).push(ReplaceObjects("plan", [chp_.with_changes(steam_mp_outlet_mpa=0.0)]))
    _, text = solved_json(park)
    assert "source CHP has no outlet pressure" in text


def test_disconnected_consumer_is_named() -> None:
    park = single_pipe_park()
    park.add("plan", firm("F9", 500, 800, steam_mp_demand_tph=5))
    data, _ = solved_json(park)
    assert any("firm F9 needs 5 t/h of steam_mp but no steam_mp pipe (or higher grade) reaches"
               in m for m in data["hydraulics"]["messages"])  # fmt: skip


def test_network_that_cannot_deliver_at_any_flow() -> None:
    park = single_pipe_park()
    f1 = park.scenario("plan").firms["F1"]
    above = f1.with_changes(steam_mp_min_mpa=1.2)  # above the 1.0 MPa source
    CommandStack(park).push(ReplaceObjects("plan", [above]))
    data, _ = solved_json(park)
    (c,) = data["networks"][0]["consumers"]
    assert not c["served"]
    assert "needs 1.200 MPa but the sources supply at most 1.000 MPa: no pipe size" in c["message"]


def test_pipe_that_cannot_carry_the_flow() -> None:
    park = single_pipe_park(dn=50.0)  # 20 t/h of steam through DN50
    data, _ = solved_json(park)
    (seg,) = data["networks"][0]["segments"]
    assert seg["outlet_pressure_mpa"] is None
    assert "the pipe cannot carry 20.0 t/h: the pressure would fall to zero" in seg["message"]
    (c,) = data["networks"][0]["consumers"]
    assert not c["served"] and c["delivered_pressure_mpa"] is None


def test_network_without_source() -> None:
    park = park_with(
        chp("CHP", 0, 0, steam_mp_capacity_tph=10),
        pipe("P1", "steam_mp", 200, (1000, 0), (2000, 0)),
        firm("F1", 2000, 0, steam_mp_demand_tph=5),
    )
    data, _ = solved_json(park)
    assert data["networks"] == []
    assert any("no source (CHP or supplier) is attached to it, so F1 get nothing" in m
               for m in data["hydraulics"]["messages"])  # fmt: skip
