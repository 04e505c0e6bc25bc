"""Space-optimization score and its components by hand (docs/indicators.md §3)."""

from __future__ import annotations

import math

import pytest
from ind_parks import firm, park_with, pipe, zone
from shapely.geometry import Point

from ecopark.indicators import IndicatorEngine, evaluate_scenario
from ecopark.model import Exchange, Facility

EX1 = 500 / math.hypot(400, 800)  # 1,000 t/a over 894.4 m, reference 500 m
EX2 = 500 / math.hypot(400, 1900)  # 5 t/h over 1,941.6 m
EXCHANGE = (EX1 + EX2) / 2  # one ratio per unit, averaged


def example_park():
    return park_with(
        zone("Z1", "harbor", 0, 0, 1000, 1000),
        zone("Z2", "city", 0, 1500, 1000, 2500),
        # passes all four MLR tests; 1,400 m from the city
        firm("F1", 100, 100, sector="steel", plot_area_m2=100_000, floor_area_m2=70_000,
             building_footprint_m2=40_000, admin_area_m2=5_000, green_area_m2=15_000),
        # FAR 0.4 < 0.7 and admin 10 % > 7 %: 2 of 4; heavy and only 600 m from the city
        firm("F2", 500, 900, sector="cement", plot_area_m2=50_000, floor_area_m2=20_000,
             building_footprint_m2=20_000, admin_area_m2=5_000, green_area_m2=5_000),
        firm("F3", 500, 2000, sector="food"),  # allowed in the city
        firm("F4", 500, 3000, sector="chemical"),  # on no zone
        Exchange(exchange_id="E1", from_id="F1", to_id="F2", material="slag", quantity=1000),
        Exchange(exchange_id="E2", from_id="F1", to_id="F3", material="steam", quantity=5,
                 unit="t/h"),
    )  # fmt: skip


def test_components_by_hand() -> None:
    space = evaluate_scenario(example_park(), "plan").space
    c = space.components
    assert c["symbiosis_proximity"] == pytest.approx(EXCHANGE)  # no pipes: exchanges only
    assert c["zoning_compatibility"] == pytest.approx(2 / 4)  # F2 too close, F4 unzoned
    assert c["land_use_intensity"] == pytest.approx((100_000 * 1 + 50_000 * 0.5) / 150_000)
    assert c["idle_land"] == pytest.approx(150_000 / 1_000_000)
    assert space.score == pytest.approx(100 * (EXCHANGE + 0.5 + 125 / 150 + 0.15) / 4)
    assert space.details["heavy_firms_within_buffer"] == 2  # F2, and F4 500 m north
    assert space.details["firms_outside_zones"] == 1


def test_weights_come_from_park_settings_or_the_call() -> None:
    park = example_park()
    park.settings["space_weights"] = {"idle_land": 0.0}
    expected = 100 * (EXCHANGE + 0.5 + 125 / 150) / 3
    assert evaluate_scenario(park, "plan").space.score == pytest.approx(expected)
    assert IndicatorEngine(park).result("plan").space.score == pytest.approx(expected)
    only_zoning = {"symbiosis_proximity": 0, "land_use_intensity": 0, "zoning_compatibility": 2}
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
    )  # fmt: skip
    space = evaluate_scenario(park, "plan").space
    assert space.details["pipe_reference_length_m"] == pytest.approx(700)
    assert space.components["symbiosis_proximity"] == pytest.approx(700 / 1100)
