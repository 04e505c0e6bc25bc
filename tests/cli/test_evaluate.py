"""`ecopark evaluate`: the JSON object, the readable tables, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import LineString, Point, box

from ecopark.cli import main
from ecopark.model import Facility, Firm, Park, Pipeline, ScenarioInfo, Zone
from ecopark.storage import save_park

REPO = Path(__file__).resolve().parents[2]


def two_scenario_park() -> Park:
    """Baseline: one firm with a boiler and no heat network. Plan: a CHP and a heat pipe reach
    it, and a second firm is added on the city zone."""
    park = Park("评估测试", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="现状", kind="baseline", year=2024))
    park.add("base", Zone(zone_id="Z1", name="港口区", kind="harbor", industrial=True,
                          geometry=box(0, 0, 1000, 500)))  # fmt: skip
    park.add("base", Zone(zone_id="Z2", name="城区", kind="city", industrial=False,
                          geometry=box(0, 500, 1000, 1000)))  # fmt: skip
    park.add("base", Firm(firm_id="F1", name="钢厂", sector="steel", geometry=Point(500, 100),
                          iav_10k_rmb=40_000, employees=1_000, energy_tce=10_000,
                          heat_demand_mw=5, own_boiler=True, boiler_count=2))  # fmt: skip
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="规划", kind="plan", year=2030),
                      copy_from="base")  # fmt: skip
    park.add("plan", Facility(facility_id="C1", name="热电厂", kind="chp",
                              geometry=Point(100, 100), heat_capacity_mw=20))  # fmt: skip
    park.add("plan", Pipeline(pipeline_id="P1", medium="heat",
                              geometry=LineString([(100, 100), (500, 100)])))  # fmt: skip
    park.add("plan", Firm(firm_id="F2", name="食品厂", sector="food", geometry=Point(500, 700),
                          iav_10k_rmb=5_000, employees=200, energy_tce=float("nan")))  # fmt: skip
    return park


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "park.gpkg"
    save_park(two_scenario_park(), path)
    return path


def test_json_is_one_valid_object_for_the_plan(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(project), "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert data["scenario"] == "plan"
    park = data["park"]
    assert park["land_output"] == pytest.approx(40_000 / 1e4 / 0.5)  # F2 is on the city zone
    assert park["coverage"]["heat"] == 1.0
    assert park["coverage"]["steam_hp"] is None  # no demand: null, not NaN
    assert park["coverage"]["combined"] == 1.0
    assert park["boilers_replaced"] == 2
    assert set(park["space_components"]) == {
        "symbiosis_proximity", "zoning_compatibility", "land_use_intensity", "idle_land",
        "investment_intensity", "output_per_area",
    }  # fmt: skip
    assert set(park["space_weights"]) == set(park["space_components"])
    assert "MLR 2008" in park["space_notes"]["investment_intensity"]  # no reference values
    z1 = data["zones"][0]
    expected = ("Z1", "港口区", "harbor", True)
    assert (z1["zone_id"], z1["name"], z1["kind"], z1["industrial"]) == expected
    assert z1["land_output"] == pytest.approx(8.0)
    rows = {r["id"]: r for r in data["hj274"]}
    assert len(rows) == 24 and "4.0" in rows and rows["2.1"]["unit"] == "10^8 RMB/km²"
    assert set(rows["2.3"]) >= {"id", "name", "unit", "value", "threshold", "status"}
    # energy 10,000 tce (F2 not recorded) while IAV grows 12.5 %: elasticity 0
    assert rows["2.3"]["value"] == pytest.approx(0.0) and rows["2.3"]["status"] == "pass"
    ctip = data["ctip"]
    assert [c["id"] for c in ctip] == [
        "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3",
        "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "5.1", "5.2", "5.3",
    ]  # fmt: skip
    assert all({"value", "unit", "baseline_value", "target", "status"} <= set(c) for c in ctip)
    assert data["targets"] == [] and data["attainment"] is None
    assert data["firms_on_non_industrial"] == ["F2"]


def test_scenario_option_selects_the_baseline(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(project), "--scenario", "base", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scenario"] == "base"
    assert data["park"]["coverage"]["heat"] == 0.0
    assert data["park"]["boilers_replaced"] == 0
    assert {r["id"]: r["status"] for r in data["hj274"]}["2.3"] == "insufficient_data"


def test_table_shows_land_output_per_zone_and_coverage_per_medium_for_each_scenario(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(project)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    zone_line = next(line for line in lines if line.startswith("Z1 港口区"))
    assert zone_line.split()[-4:] == ["8.00", "FAIL", "8.00", "FAIL"]
    heat = next(line for line in lines if line.startswith("heat (MW)"))
    assert "0.0 % of 5.0" in heat and "100.0 % of 5.0" in heat
    assert "base (baseline 2024)" in out and "plan (plan 2030)" in out
    assert "HJ 274-2009 evaluation of plan (plan 2030)" in out
    assert any(line.startswith("2.3 Elasticity coefficient of energy") for line in lines)
    assert "firms on non-industrial land: F2" in out


def test_unknown_scenario_and_bad_file_are_one_line_errors(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(project), "--scenario", "2040"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown scenario '2040'" in err[0] and "base, plan" in err[0]
    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a geopackage")
    assert main(["evaluate", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "notes.gpkg" in err[0]
    assert main(["evaluate", str(tmp_path / "missing.gpkg")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_demo_park_evaluates(capsys: pytest.CaptureFixture[str]) -> None:
    demo = REPO / "layouts" / "liaobin_coastal.gpkg"
    assert main(["evaluate", str(demo), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["park"]["land_output"] is not None and data["zones"]
