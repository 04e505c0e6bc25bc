"""MLR 2008 land-control values (data/mlr2008_*.csv) and the firm / zone comparison by hand
(docs/indicators.md §3.3 example L)."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from ind_parks import firm, park_with, zone

from ecopark.indicators import evaluate_scenario
from ecopark.indicators.params import SpaceParams, space_params
from ecopark.indicators.sets import read_rows
from ecopark.storage.gpkg import load_park, save_park

INVESTMENT = {"26": 4000, "chemical": 2500, "food": 3000}


def example_l():
    """Three firms on two industrial zones; F2's code (30, plastics, FAR >= 1.0) is stricter
    than its sector (chemical, FAR >= 0.6)."""
    park = park_with(
        zone("Z1", "harbor", 0, 0, 1000, 1000),
        zone("Z2", "harbor", 2000, 0, 3000, 1000),
        firm("F1", 100, 100, sector="chemical", industry_code="26", plot_area_m2=10_000,
             floor_area_m2=7_000, building_footprint_m2=4_000, admin_area_m2=500,
             green_area_m2=1_500, fixed_asset_investment_10k_rmb=5_000),
        firm("F2", 500, 500, sector="chemical", industry_code="30", plot_area_m2=20_000,
             floor_area_m2=16_000, building_footprint_m2=8_000, admin_area_m2=2_000,
             green_area_m2=2_000, fixed_asset_investment_10k_rmb=6_000),
        firm("F3", 2500, 500, sector="food", plot_area_m2=10_000, floor_area_m2=12_000,
             building_footprint_m2=2_500, admin_area_m2=500, green_area_m2=3_000,
             fixed_asset_investment_10k_rmb=2_000),
    )  # fmt: skip
    park.settings["space_params"] = {"investment_min": dict(INVESTMENT)}
    return park


def test_shipped_table_values_and_their_source() -> None:
    far = {r["code"]: float(r["far_min"]) for r in read_rows("mlr2008_far_min.csv")}
    assert len(far) == 30 and "38" not in far  # 13..43 of GB/T 4754-2002, which has no 38
    assert far["25"] == 0.5 and far["26"] == 0.6 and far["30"] == 1.0 and far["31"] == 0.7
    d = SpaceParams()
    assert (d.building_coverage_min, d.admin_share_max, d.green_ratio_max) == (0.30, 0.07, 0.20)
    text = (
        resources.files("ecopark.indicators")
        .joinpath("data", "mlr2008_land_control.source.json")
        .read_text("utf-8")
    )
    source = json.loads(text)
    assert source["document_number"] == "国土资发〔2008〕24号"
    assert "not_shipped" in source  # Table 1 (investment) was not found: nothing invented
    assert SpaceParams().investment_min == {}


def test_firms_and_zones_by_hand() -> None:
    space = evaluate_scenario(example_l(), "plan").space
    # F1 4/4; F2 FAR 0.8 < 1.0 (code 30) and admin 10 % > 7 %: 2/4; F3 coverage 25 % < 30 %
    # and green 30 % > 20 %: 2/4
    assert space.components["land_use_intensity"] == pytest.approx(25_000 / 40_000)  # 0.625
    assert space.details["firms_judged_by_industry_code"] == 2
    assert space.details["land_control"].firms_failing() == {
        "F2": ["far", "admin_share"],
        "F3": ["building_coverage", "green_ratio"],
    }
    zones = {z["zone_id"]: z for z in space.details["land_control"].by_zone()}
    assert zones["Z1"]["tests_passed_share"] == pytest.approx(20_000 / 30_000)
    assert zones["Z2"]["tests_passed_share"] == pytest.approx(0.5)
    assert zones["Z1"]["failed"] == {"far": 1, "building_coverage": 0, "admin_share": 1,
                                     "green_ratio": 0}  # fmt: skip
    # F1 5,000/ha >= 4,000 (code 26); F2 3,000/ha, no value for code 30 -> chemical 2,500: passes;
    # F3 2,000/ha < 3,000 (food)
    assert space.components["investment_intensity"] == pytest.approx(30_000 / 40_000)


def test_without_an_industry_code_the_sector_minimum_applies() -> None:
    park = example_l()
    scenario = park.scenario("plan")
    f2 = scenario.layers["firms"]["F2"]
    scenario.layers["firms"]["F2"] = type(f2)(**{**f2.__dict__, "industry_code": ""})
    space = evaluate_scenario(park, "plan").space
    # F2 now judged by chemical FAR >= 0.6: 0.8 passes, only admin fails: 3/4
    assert space.components["land_use_intensity"] == pytest.approx(
        (10_000 + 20_000 * 0.75 + 10_000 * 0.5) / 40_000
    )


def test_park_settings_override_the_shipped_values() -> None:
    p = space_params({"space_params": {"far_min_by_code": {"30": 0.5, "xx": 9}}})
    assert p.far_min_by_code["30"] == 0.5 and "xx" not in p.far_min_by_code
    assert p.far_min_by_code["26"] == 0.6


def test_industry_code_round_trips_through_the_geopackage(tmp_path) -> None:
    path = tmp_path / "p.gpkg"
    save_park(example_l(), path)
    firms = load_park(path).scenario("plan").layers["firms"]
    assert firms["F2"].industry_code == "30" and firms["F3"].industry_code == ""


def test_the_page_states_the_figures_this_test_computes() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "indicators.md").read_text("utf-8")
    para = page[page.index("*Example L*") :].split("\n\n")[0]
    bold = [float(x) for x in re.findall(r"\*\*([0-9.]+)\*\*", para)]
    space = evaluate_scenario(example_l(), "plan").space
    zones = {z["zone_id"]: z["tests_passed_share"] for z in space.details["land_control"].by_zone()}
    computed = [zones["Z1"], zones["Z2"], space.components["land_use_intensity"],
                space.components["investment_intensity"]]  # fmt: skip
    assert bold == pytest.approx(computed, abs=5e-4)
