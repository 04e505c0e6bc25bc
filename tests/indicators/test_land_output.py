"""Land output (HJ 274 row 2.1) per zone and for the park, by hand (docs/indicators.md §1)."""

from __future__ import annotations

import pytest
from ind_parks import firm, park_with, zone

from ecopark.commands import DeclareZoneKind, ReplaceObjects
from ecopark.indicators import evaluate_scenario
from ecopark.model import Zone, ZoneKind


def example_park():
    return park_with(
        zone("Z1", "harbor", 0, 0, 1000, 500),  # 0.5 km²
        zone("Z2", "lingang_industrial", 1000, 0, 1500, 500),  # 0.25 km²
        zone("Z3", "city", 0, 500, 1000, 1000),  # 0.5 km², not industrial
        firm("F1", 100, 100, iav_10k_rmb=30_000, plot_area_m2=20_000),
        firm("F2", 500, 200, iav_10k_rmb=15_000, plot_area_m2=10_000),
        firm("F3", 1200, 100, iav_10k_rmb=12_000, plot_area_m2=6_666.7),
        firm("F4", 300, 800, iav_10k_rmb=5_000, sector="food"),
        firm("F5", 3000, 3000, iav_10k_rmb=1_000),
        firm("F6", 1000, 100, iav_10k_rmb=3_000),  # on the Z1/Z2 boundary: lowest id, Z1
    )


def test_park_and_zone_land_output_by_hand() -> None:
    land = evaluate_scenario(example_park(), "plan").land_output
    # (30,000 + 15,000 + 3,000 + 12,000) x 10^4 RMB = 6.0 x 10^8 RMB over 0.75 km²
    assert land.park_value == pytest.approx(8.0)
    assert land.passes is False
    assert land.industrial_area_km2 == pytest.approx(0.75)
    z1, z2, z3 = land.zones
    assert (z1.zone_id, z1.land_output, z1.passes, z1.firm_count) == ("Z1", 9.6, True, 3)
    assert z2.land_output == pytest.approx(4.8) and z2.passes is False
    assert z3.land_output == pytest.approx(1.0) and z3.passes is None  # no threshold off it
    assert land.firm_zone["F6"] == "Z1"


def test_firms_off_industrial_land_are_reported_not_dropped() -> None:
    land = evaluate_scenario(example_park(), "plan").land_output
    assert land.firms_on_non_industrial == ("F4",)
    assert land.firms_outside_zones == ("F5",)
    assert land.firm_zone["F5"] is None


def test_iav_per_mu_per_firm_and_zone() -> None:
    land = evaluate_scenario(example_park(), "plan").land_output
    # 30,000 / (20,000 m² / 666.67 m²/mu) = 1,000.005 x 10^4 RMB/mu
    assert land.firm_iav_per_mu["F1"] == pytest.approx(1000.005)
    assert land.firm_iav_per_mu["F4"] is None  # no plot area recorded
    # Z1: 48,000 over 30,000 m² of plots
    assert land.zones[0].iav_per_mu == pytest.approx(48_000 * 666.67 / 30_000)


def test_industrial_land_follows_the_zone_kind_and_the_zone_flag() -> None:
    park = example_park()
    z3 = park.scenario("plan").zones["Z3"]
    # the user marks the city industrial
    ReplaceObjects("plan", [z3.with_changes(industrial=True)]).redo(park)
    assert evaluate_scenario(park, "plan").land_output.park_value == pytest.approx(6.5 / 1.25)
    DeclareZoneKind(ZoneKind("port_logistics", True, "Port logistics", "港口物流")).redo(park)
    park.add(
        "plan",
        Zone(zone_id="Z4", name="", kind="port_logistics", industrial=False,
             geometry=zone("x", "harbor", 0, -500, 1000, 0).geometry),
    )  # fmt: skip
    land = evaluate_scenario(park, "plan").land_output
    assert land.industrial_area_km2 == pytest.approx(1.75)


def test_no_industrial_land_gives_no_value_rather_than_nan() -> None:
    park = park_with(zone("Z1", "city", 0, 0, 100, 100), firm("F1", 5, 5, iav_10k_rmb=10))
    result = evaluate_scenario(park, "plan")
    assert result.land_output.park_value is None and result.land_output.passes is None
    assert result.to_json()["park"]["land_output"] is None
