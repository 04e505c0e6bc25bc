"""Space-optimization score and its components by hand (docs/indicators.md §3)."""

from __future__ import annotations

import math

import pytest
from ind_parks import firm, park_with, pipe, zone
from shapely.geometry import LineString, Point, box

from ecopark.indicators import IndicatorEngine, evaluate_scenario
from ecopark.model import Corridor, Exchange, Facility, Plot

# Exchanges weighed by mass (data/exchange_units.csv): 1,000 t/a over 894.4 m; 5 t/h x 8,000 h
# = 40,000 t/a over 1,941.6 m; reference 500 m
D1, D2 = math.hypot(400, 800), math.hypot(400, 1900)
EXCHANGE = (1_000 * 500 + 40_000 * 500) / (1_000 * D1 + 40_000 * D2)  # 0.2609
INTENSITY = (100_000 * 1 + 50_000 * 0.5) / 150_000
IDLE = 150_000 / (1_000_000 - 30_000 - 10_000)  # road 1,000 m x 30 m, facility plot 100 x 100 m
INVEST = OUTPUT = 100_000 / 150_000  # F1 reaches its reference, F2 does not


def example_park(exchanges: bool = True):
    objects = [
        zone("Z1", "harbor", 0, 0, 1000, 1000),
        zone("Z2", "city", 0, 1500, 1000, 2500),
        # passes all four MLR tests; 1,400 m from the city; 2,000 (10^4 RMB)/ha invested
        firm("F1", 100, 100, sector="steel", plot_area_m2=100_000, floor_area_m2=70_000,
             building_footprint_m2=40_000, admin_area_m2=5_000, green_area_m2=15_000,
             iav_10k_rmb=10_000, fixed_asset_investment_10k_rmb=20_000),
        # FAR 0.4 < 0.7 and admin 10 % > 7 %: 2 of 4; heavy and only 600 m from the city
        firm("F2", 500, 900, sector="cement", plot_area_m2=50_000, floor_area_m2=20_000,
             building_footprint_m2=20_000, admin_area_m2=5_000, green_area_m2=5_000,
             iav_10k_rmb=4_000, fixed_asset_investment_10k_rmb=3_000),
        firm("F3", 500, 2000, sector="food"),  # allowed in the city
        firm("F4", 500, 3000, sector="chemical"),  # on no zone
        Corridor(corridor_id="R1", kind="road", geometry=LineString([(0, 500), (1000, 500)])),
        Facility(facility_id="W1", name="", kind="wwtp", geometry=Point(850, 150)),
        Plot(plot_id="P1", geometry=box(800, 100, 900, 200)),
    ]  # fmt: skip
    if exchanges:
        objects += [
            Exchange(exchange_id="E1", from_id="F1", to_id="F2", material="slag", quantity=1000),
            Exchange(exchange_id="E2", from_id="F1", to_id="F3", material="steam", quantity=5,
                     unit="t/h"),
        ]  # fmt: skip
    park = park_with(*objects)
    park.settings["space_params"] = {"investment_min": {"steel": 1500, "cement": 1200}}
    return park


def test_components_by_hand() -> None:
    space = evaluate_scenario(example_park(), "plan").space
    c = space.components
    assert c["symbiosis_proximity"] == pytest.approx(EXCHANGE)  # no pipes: exchanges only
    assert EXCHANGE == pytest.approx(0.26095, abs=5e-6)
    assert c["zoning_compatibility"] == pytest.approx(2 / 4)  # F2 too close, F4 unzoned
    assert c["land_use_intensity"] == pytest.approx(INTENSITY)
    assert c["idle_land"] == pytest.approx(IDLE)  # 0.15625
    assert c["investment_intensity"] == pytest.approx(INVEST)  # F2: 600 < 1,200 per ha
    assert c["output_per_area"] == pytest.approx(OUTPUT)  # F2: 800 < 900 (10^4 RMB)/ha
    total = EXCHANGE + 0.5 + INTENSITY + IDLE + INVEST + OUTPUT
    assert space.score == pytest.approx(100 * total / 6)  # 51.40
    assert space.score == pytest.approx(51.40, abs=0.005)
    assert space.details["heavy_firms_within_buffer"] == 2  # F2, and F4 500 m north
    assert space.details["firms_outside_zones"] == 1
    assert space.notes == {}


def test_the_same_park_without_exchanges_scores_lower() -> None:
    with_symbiosis = evaluate_scenario(example_park(), "plan").space
    without = evaluate_scenario(example_park(exchanges=False), "plan").space
    assert without.components["symbiosis_proximity"] == 0.0
    assert "no symbiosis exchanges" in without.notes["symbiosis_proximity"]
    assert without.score == pytest.approx(100 * (0.5 + INTENSITY + IDLE + INVEST + OUTPUT) / 6)
    assert without.score < with_symbiosis.score
    park = example_park(exchanges=False)
    assert IndicatorEngine(park).result("plan").to_json()["park"]["space_notes"] == without.notes


def test_a_component_without_reference_values_scores_zero_with_its_reason() -> None:
    park = example_park()
    park.settings["space_params"] = {}  # the shipped table has no MLR 2008 investment values
    space = evaluate_scenario(park, "plan").space
    assert space.components["investment_intensity"] == 0.0
    assert "MLR 2008" in space.notes["investment_intensity"]


def test_exchanges_in_units_without_a_common_measure_are_left_out() -> None:
    park = example_park(exchanges=False)
    park.add("plan", Exchange(exchange_id="E9", from_id="F1", to_id="F2", material="pallets",
                              quantity=50, unit="pcs"))  # fmt: skip
    space = evaluate_scenario(park, "plan").space
    assert space.components["symbiosis_proximity"] == 0.0
    assert "pcs" in space.notes["symbiosis_proximity"]


def test_weights_come_from_park_settings_or_the_call() -> None:
    park = example_park()
    park.settings["space_weights"] = {"idle_land": 0.0}
    expected = 100 * (EXCHANGE + 0.5 + INTENSITY + INVEST + OUTPUT) / 5
    assert evaluate_scenario(park, "plan").space.score == pytest.approx(expected)
    assert IndicatorEngine(park).result("plan").space.score == pytest.approx(expected)
    only_zoning = {c: 0 for c in ("symbiosis_proximity", "land_use_intensity",
                                  "investment_intensity", "output_per_area")}  # fmt: skip
    only_zoning["zoning_compatibility"] = 2
    assert evaluate_scenario(park, "plan", only_zoning).space.score == pytest.approx(50.0)


def test_buffer_distance_and_zone_rules_are_editable() -> None:
    park = example_park()
    park.settings["space_params"] = {"heavy_buffer_m": 500}
    assert evaluate_scenario(park, "plan").space.components["zoning_compatibility"] == 0.75


def test_pipe_length_against_the_spanning_tree_of_what_it_joins() -> None:
    # source at (0,0), served firms at (300,0) and (300,400): straight links 300 + 400 = 700 m;
    # the pipe takes a detour of 400 + 300 + 400 = 1,100 m
    park = park_with(
        Facility(facility_id="C1", name="", kind="chp", geometry=Point(0, 0),
                 heat_capacity_mw=10),
        pipe("P1", "heat", (0, 0), (0, 400), (300, 400), (300, 0)),
        firm("F1", 300, 0, heat_demand_mw=2),
        firm("F2", 300, 400, heat_demand_mw=2),
        Exchange(exchange_id="E1", from_id="C1", to_id="F1", material="heat", quantity=2,
                 unit="MW"),  # 300 m: within the 500 m reference, exchange part 1
    )  # fmt: skip
    space = evaluate_scenario(park, "plan").space
    assert space.details["pipe_reference_length_m"] == pytest.approx(700)
    assert space.components["symbiosis_proximity"] == pytest.approx((1 + 700 / 1100) / 2)
