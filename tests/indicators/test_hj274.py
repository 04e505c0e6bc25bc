"""HJ 274-2009 rows (seed 004 Table 1 numbering) and CTIP rates by hand (docs/indicators.md §4)."""

from __future__ import annotations

import json

import pytest
from ind_parks import firm, zone

from ecopark.commands import ReplaceObjects, SetEnteredValue
from ecopark.indicators import evaluate_scenario
from ecopark.model import Park, ScenarioInfo

BASE = {
    "F1": dict(iav_10k_rmb=50_000, employees=2_000, energy_tce=20_000, fresh_water_m3=250_000,
               cod_kg=35_000, so2_kg=60_000),
    "F2": dict(iav_10k_rmb=30_000, employees=1_000, fresh_water_m3=50_000, cod_kg=30_000),
}  # fmt: skip
PLAN = {
    "F1": dict(iav_10k_rmb=60_000, employees=2_000, energy_tce=24_000, fresh_water_m3=300_000,
               water_reused_m3=900_000, wastewater_t=240_000, solid_waste_t=3_000,
               solid_waste_reused_t=2_700, cod_kg=30_000, so2_kg=45_000),
    "F2": dict(iav_10k_rmb=40_000, employees=3_000, fresh_water_m3=100_000,
               wastewater_t=160_000, solid_waste_t=1_000, solid_waste_reused_t=800,
               cod_kg=40_000),
}  # fmt: skip


def example_park() -> Park:
    park = Park("hj", "EPSG:4550")
    for sid, kind, year, firms in (("base", "baseline", 2024, BASE), ("plan", "plan", 2030, PLAN)):
        park.add_scenario(ScenarioInfo(scenario_id=sid, name=sid, kind=kind, year=year))
        park.add(sid, zone("Z1", "harbor", 0, 0, 5000, 2000))  # 10 km²
        for k, (fid, values) in enumerate(firms.items()):
            park.add(sid, firm(fid, 100 + 100 * k, 100, **values))
    SetEnteredValue("plan", "4.4", 92).redo(park)
    SetEnteredValue("plan", "3.5", 95).redo(park)
    return park


def rows(sid: str = "plan") -> dict[str, tuple]:
    result = evaluate_scenario(example_park(), sid)
    return {r.id: (r.value, r.status) for r in result.hj274}


def test_derived_rows_by_hand() -> None:
    r = rows()
    assert r["1.1"] == (20.0, "pass")  # 100,000 / 5,000 persons
    assert r["2.1"] == (pytest.approx(1.0), "fail")  # 10 x 10^8 RMB / 10 km²
    assert r["2.2"] == (pytest.approx(0.4), "pass")  # F1 only recorded energy: 24,000 / 60,000
    assert r["2.4"] == (pytest.approx(4.0), "pass")  # 400,000 m³ / 100,000
    assert r["2.6"] == (pytest.approx(4.0), "pass")
    assert r["2.7"] == (pytest.approx(0.04), "pass")
    assert r["2.8"] == (pytest.approx(75.0), "pass")  # F1: 900,000 / (900,000 + 300,000)
    assert r["2.9"] == (pytest.approx(87.5), "pass")  # 3,500 / 4,000
    assert r["3.1"] == (pytest.approx(0.7), "pass")
    assert r["3.3"] == (pytest.approx(0.75), "pass")  # F1 only: 45,000 / 60,000


def test_elasticities_on_compound_annual_rates() -> None:
    r = rows()
    # 2024 -> 2030 (6 years); IAV 80,000 -> 100,000: (1.25)^(1/6) - 1 = 3.789 %/a
    assert r["2.3"] == (pytest.approx(0.81427, abs=5e-6), "fail")  # energy 1.2^(1/6)-1 = 3.085 %/a
    assert r["2.5"] == (pytest.approx(1.29623, abs=5e-6), "fail")  # water x 4/3
    assert r["3.2"] == (pytest.approx(0.32799, abs=5e-6), "fail")  # COD x 70/65: 0.328 >= 0.3
    assert r["3.4"] == (pytest.approx(-1.23554, abs=5e-6), "pass")  # SO2 x 0.75 falls


def test_a_shrinking_park_does_not_pass_an_elasticity() -> None:
    """The defect: IAV -10 % and energy +10 % gave -1.0 and 'pass'."""
    park = example_park()
    for fid, iav, energy in (("F1", 36_000, 22_000), ("F2", 36_000, None)):
        f = park.scenario("plan").firms[fid]
        ReplaceObjects("plan", [f.with_changes(iav_10k_rmb=iav, energy_tce=energy)]).redo(park)
    row = evaluate_scenario(park, "plan").hj274_row("2.3")  # IAV 72,000 = -10 %; energy +10 %
    assert (row.value, row.status, row.meets) == (None, "fail", False)
    assert row.note == "IAV did not grow (-10.0%): not met"


def test_the_baseline_has_no_elasticity() -> None:
    result = evaluate_scenario(example_park(), "base")
    row = result.hj274_row("2.3")
    assert (row.value, row.status) == (None, "insufficient_data")
    assert "baseline" in row.note


def test_entered_rows_show_value_and_whether_they_meet_the_threshold() -> None:
    park = example_park()
    SetEnteredValue("plan", "4.0", 1).redo(park)  # information platform established
    result = evaluate_scenario(park, "plan")
    satisfaction, hazardous, domestic = (result.hj274_row(i) for i in ("4.4", "3.5", "3.6"))
    assert (satisfaction.value, satisfaction.status, satisfaction.meets) == (92, "entered", True)
    assert (hazardous.value, hazardous.status, hazardous.meets) == (95, "entered", False)
    assert (domestic.value, domestic.status, domestic.meets) == (None, "insufficient_data", None)
    platform = result.hj274_row("4.0")
    assert (platform.value, platform.status, platform.meets) == (1, "entered", True)


def test_rows_carry_the_seed_numbering() -> None:
    ids = [r.id for r in evaluate_scenario(example_park(), "plan").hj274]
    assert ids == ["1.1", *(f"2.{k}" for k in range(1, 10)), *(f"3.{k}" for k in range(1, 9)),
                   *(f"4.{k}" for k in range(6))]  # fmt: skip
    assert "1.2" not in ids  # the IAV growth rate was removed by the 2012 amendment (seed 004)


def test_rows_with_no_recorded_values_are_insufficient_not_zero() -> None:
    park = example_park()
    for sid in ("base", "plan"):
        changed = [f.with_changes(so2_kg=None) for f in park.scenario(sid).firms.values()]
        ReplaceObjects(sid, changed).redo(park)
    result = evaluate_scenario(park, "plan")
    assert result.hj274_row("3.3").status == "insufficient_data"
    assert result.hj274_row("3.4").status == "insufficient_data"
    json.dumps(result.to_json(), allow_nan=False)  # still valid JSON


def test_ctip_resource_output_rates() -> None:
    ctip = {r.id: r for r in evaluate_scenario(example_park(), "plan").ctip}
    assert ctip["1.2"].value == pytest.approx(100_000e4 / 10)  # RMB per km²
    assert ctip["1.2"].change_pct == pytest.approx(25.0)
    assert ctip["1.3"].value == pytest.approx(60_000e4 / 24_000)  # RMB per tce
    assert ctip["1.3"].change_pct == pytest.approx(0.0)
    assert ctip["1.4"].value == pytest.approx(100_000e4 / 400_000)  # RMB per m³
    assert ctip["1.4"].baseline_value == pytest.approx(80_000e4 / 300_000)
    assert ctip["1.4"].change_pct == pytest.approx(-6.25)
