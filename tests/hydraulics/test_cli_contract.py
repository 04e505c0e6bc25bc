"""`ecopark evaluate --json` gains `networks` and `park.coverage_served` (the issue's Contract);
an independent check recomputes each segment's pressure drop from the reported values."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import CoolProp.CoolProp as CP
import pytest
from hyd_parks import single_pipe_park

from ecopark.cli import main
from ecopark.storage import load_park, save_park

CONSUMER_KEYS = {"id", "required_pressure_mpa", "delivered_pressure_mpa",
                 "delivered_temperature_c", "served"}  # fmt: skip
SEGMENT_KEYS = {"pipeline_id", "length_m", "equivalent_length_m", "diameter_mm", "roughness_mm",
                "mass_flow_tph", "inlet_pressure_mpa", "inlet_temperature_c",
                "outlet_pressure_mpa", "outlet_temperature_c", "velocity_ms",
                "heat_loss_kw"}  # fmt: skip


def test_networks_follow_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pipe.gpkg"
    save_park(single_pipe_park(), path)
    assert main(["evaluate", str(path), "--scenario", "plan", "--json"]) == 0
    data = json.loads(capsys.readouterr().out, parse_constant=lambda c: pytest.fail(c))
    assert set(data["park"]["coverage_served"]) == set(data["park"]["coverage"])
    assert data["park"]["coverage_served"]["steam_mp"] == 1.0
    (net,) = data["networks"]
    assert net["medium"] == "steam_mp"
    assert net["sources"][0]["outlet_pressure_mpa"] == 1.0
    (c,) = net["consumers"]
    assert CONSUMER_KEYS <= set(c) and c["served"] is True
    (s,) = net["segments"]
    assert SEGMENT_KEYS <= set(s)
    assert (s["diameter_mm"], s["equivalent_length_m"], s["roughness_mm"]) == (259.0, 2000.0, 0.2)
    # independent check: Darcy-Weisbach with the mean density and Colebrook (Haaland start,
    # fixed point) from the reported values alone
    p_in, p_out = s["inlet_pressure_mpa"] * 1e6, s["outlet_pressure_mpa"] * 1e6
    t_in, t_out = s["inlet_temperature_c"] + 273.15, s["outlet_temperature_c"] + 273.15
    rho = (CP.PropsSI("D", "P", p_in, "T", t_in, "Water")
           + CP.PropsSI("D", "P", p_out, "T", t_out, "Water")) / 2  # fmt: skip
    mu = CP.PropsSI("V", "P", (p_in + p_out) / 2, "T", (t_in + t_out) / 2, "Water")
    d = s["diameter_mm"] / 1000
    m = s["mass_flow_tph"] / 3.6
    v = m / (rho * math.pi * d * d / 4)
    re = rho * v * d / mu
    f = 0.02
    for _ in range(50):
        f = (-2 * math.log10(s["roughness_mm"] / 1000 / d / 3.7 + 2.51 / (re * f**0.5))) ** -2
    dp = f * s["equivalent_length_m"] / d * rho * v * v / 2
    assert p_in - p_out == pytest.approx(dp, rel=0.02)


def test_old_files_without_the_new_columns_load_them_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    save_park(single_pipe_park(), path)
    with sqlite3.connect(path) as db:
        for table, column in [("pipelines", "insulation_mm"), ("pipelines", "laying"),
                              ("facilities", "steam_mp_outlet_mpa"),
                              ("firms", "steam_mp_min_mpa")]:  # fmt: skip
            db.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    park = load_park(path)
    scenario = park.scenario("plan")
    assert scenario.layers["pipelines"]["P1"].insulation_mm is None
    assert scenario.layers["pipelines"]["P1"].laying == ""
    assert scenario.facilities["CHP"].steam_mp_outlet_mpa is None
    assert scenario.firms["F1"].steam_mp_min_mpa is None
