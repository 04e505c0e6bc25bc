"""Overlapping zones: industrial land is the union of the industrial zones, so shared land counts
once (docs/indicators.md §1), the live engine follows zone edits that create or remove an
overlap, and ``Park.check`` warns about overlaps."""

from __future__ import annotations

from typing import Any

import pytest
from ind_parks import assert_results_equal, firm, park_with, zone
from shapely.geometry import Point

import ecopark.indicators.overlap as overlap
from ecopark.commands import CommandStack, ReplaceObjects
from ecopark.indicators import IndicatorEngine, evaluate_scenario
from ecopark.model import Facility, Park
from ecopark.model.errors import OverlappingZonesWarning

# Z1 harbor 1000 x 500 m = 0.5 km²; Z2 Lingang 500 x 500 m = 0.25 km², drawn over the east
# 200 m of Z1: the shared strip x 800-1000 is 200 x 500 m = 0.1 km².
# Industrial land = 0.5 + 0.25 - 0.1 = 0.65 km² (the sum, 0.75 km², counts the strip twice).
Z1 = (0, 0, 1000, 500)
Z2 = (800, 0, 1300, 500)
Z2_TOUCHING = (1000, 0, 1500, 500)  # shares only the edge x = 1000 with Z1
IAV = 30_000 + 15_000 + 6_000 + 12_000  # 63,000 x 10^4 RMB = 6.3 x 10^8 RMB


def firms() -> list[Any]:
    return [
        firm("F1", 100, 100, iav_10k_rmb=30_000, plot_area_m2=200_000),
        firm("F2", 500, 200, iav_10k_rmb=15_000, plot_area_m2=100_000),
        firm("F3", 900, 100, iav_10k_rmb=6_000, plot_area_m2=50_000),  # in both: Z1 (lowest id)
        firm("F4", 1200, 100, iav_10k_rmb=12_000, plot_area_m2=100_000),
    ]


def overlap_park(*extra: Any, z2: tuple[float, ...] = Z2) -> Park:
    return park_with(
        zone("Z1", "harbor", *Z1), zone("Z2", "lingang_industrial", *z2), *firms(), *extra
    )


def test_shared_land_counts_once_in_the_park_land_output() -> None:
    result = evaluate_scenario(overlap_park(), "plan")
    land = result.land_output
    assert land.industrial_area_km2 == pytest.approx(0.65)
    assert land.industrial_overlap_km2 == pytest.approx(0.1)
    assert land.iav_on_industrial_10k_rmb == IAV  # F3 counted once, in Z1
    # 6.3 x 10^8 RMB / 0.65 km² = 9.692 -> passes (the double-counted 0.75 km² gave 8.4, fail)
    assert land.park_value == pytest.approx(6.3 / 0.65)
    assert land.passes is True
    row = result.hj274_row("2.1")
    assert row.value == pytest.approx(6.3 / 0.65)
    assert "0.650 km² industrial land (0.100 km² where zones overlap" in row.note
    ctip = next(r for r in result.ctip if r.id == "1.2")
    assert ctip.value == pytest.approx(IAV * 1e4 / 0.65)  # RMB per km²
    assert result.to_json()["park"]["industrial_overlap_km2"] == pytest.approx(0.1)


def test_zone_figures_keep_their_own_area() -> None:
    z1, z2 = evaluate_scenario(overlap_park(), "plan").land_output.zones
    assert (z1.area_km2, z2.area_km2) == pytest.approx((0.5, 0.25))
    # Z1: (30,000 + 15,000 + 6,000) / 10^4 / 0.5 = 10.2; Z2: 12,000 / 10^4 / 0.25 = 4.8
    assert (z1.land_output, z2.land_output) == pytest.approx((10.2, 4.8))
    assert (z1.firm_count, z2.firm_count) == (3, 1)


def test_touching_zones_are_not_an_overlap() -> None:
    park = overlap_park(z2=Z2_TOUCHING)
    land = evaluate_scenario(park, "plan").land_output
    assert land.industrial_area_km2 == pytest.approx(0.75)
    assert land.industrial_overlap_km2 == 0.0
    assert land.park_value == pytest.approx(6.3 / 0.75)  # 8.4
    assert park.check() == []


def test_a_city_zone_over_industrial_land_does_not_reduce_it() -> None:
    # Z3 city y 400-1000 covers the north 100 m of Z1 (0.1 km²) and of Z2's west part (x 800-1000,
    # 0.02 km²); no firm stands there. Industrial land stays the union of Z1 and Z2.
    park = overlap_park(zone("Z3", "city", 0, 400, 1000, 1000))
    land = evaluate_scenario(park, "plan").land_output
    assert land.industrial_area_km2 == pytest.approx(0.65)
    assert land.park_value == pytest.approx(6.3 / 0.65)


def test_triple_overlap_is_a_union_not_pairwise_subtraction() -> None:
    # Z5 harbor x 900-1400 (0.25 km²) overlaps Z1 on x 900-1000 (0.05), Z2 on x 900-1300 (0.2);
    # all three share x 900-1000 (0.05). Union = 0.5 + 0.25 + 0.25 - 0.05 - 0.2 - 0.1 + 0.05
    # = 0.7 km² (= x 0-1400 x 500 m); subtracting pairwise overlaps only would give 0.65.
    park = overlap_park(zone("Z5", "harbor", 900, 0, 1400, 500))
    land = evaluate_scenario(park, "plan").land_output
    assert land.industrial_area_km2 == pytest.approx(0.7)
    assert land.industrial_overlap_km2 == pytest.approx(1.0 - 0.7)
    assert land.park_value == pytest.approx(6.3 / 0.7)
    assert len(park.check()) == 3  # Z1/Z2, Z1/Z5, Z2/Z5


def test_point_service_share_of_industrial_land_uses_the_union() -> None:
    # a WWTP whose 2 km circle covers all industrial land: the share is 1, not 0.65 / 0.75
    wwtp = Facility(facility_id="W1", name="WWTP", kind="wwtp", geometry=Point(650, 250),
                    service_radius_m=2000)  # fmt: skip
    cov = evaluate_scenario(overlap_park(wwtp), "plan").coverage
    assert cov.point_services["wastewater"].industrial_land_share == pytest.approx(1.0)


def test_idle_land_counts_shared_land_once() -> None:
    space = evaluate_scenario(overlap_park(), "plan").space
    # used: Z1 plots 200,000 + 100,000 + 50,000 = 350,000 m² (under its 500,000), Z2 100,000;
    # 450,000 of 650,000 m² -> 0.692 (against the sum it would be 450,000 / 750,000 = 0.6)
    assert space.components["idle_land"] == pytest.approx(450_000 / 650_000)
    assert space.details["idle_industrial_land_km2"] == pytest.approx(0.2)


def test_idle_land_stays_within_0_and_1_when_overlapping_zones_are_full() -> None:
    # Z2 x 500-1500 over half of Z1; union 0.75 km². Z1 holds 500,000 m² of plots (its area),
    # Z2 500,000 m²: 1,000,000 m² of used land on 750,000 m² of land -> capped, no idle land
    park = park_with(
        zone("Z1", "harbor", 0, 0, 1000, 500),
        zone("Z2", "lingang_industrial", 500, 0, 1500, 500),
        firm("F1", 100, 100, iav_10k_rmb=1_000, plot_area_m2=500_000),
        firm("F2", 1200, 100, iav_10k_rmb=1_000, plot_area_m2=500_000),
    )
    space = evaluate_scenario(park, "plan").space
    assert space.components["idle_land"] == pytest.approx(1.0)
    assert space.details["idle_industrial_land_km2"] == pytest.approx(0.0)


def test_check_warns_about_overlapping_zones_naming_both_and_the_area() -> None:
    park = overlap_park(zone("Z3", "city", 0, 400, 1000, 1000))
    problems = park.check()
    assert [type(p) for p in problems] == [OverlappingZonesWarning] * 3
    assert all(p.severity == "warning" for p in problems)
    area = {p.zone_ids: p.overlap_m2 for p in problems}
    # Z1/Z2 200 x 500 m; Z1/Z3 1000 x 100 m; Z2/Z3 200 x 100 m (x 800-1000, y 400-500)
    assert area == pytest.approx({("Z1", "Z2"): 100_000, ("Z1", "Z3"): 100_000,
                                  ("Z2", "Z3"): 20_000})  # fmt: skip
    z1z2 = next(p for p in problems if p.zone_ids == ("Z1", "Z2"))
    assert "Z1" in str(z1z2) and "Z2" in str(z1z2) and "100,000 m²" in str(z1z2)
    assert z1z2.layer == "zones"


def test_check_ignores_slivers_below_one_square_metre() -> None:
    park = overlap_park(z2=(999.999, 0, 1500, 500))  # 0.001 x 500 m = 0.5 m²
    assert park.check() == []


def test_engine_follows_a_zone_moved_onto_and_off_another() -> None:
    park = overlap_park(z2=Z2_TOUCHING)
    engine = IndicatorEngine(park)
    stack = CommandStack(park)
    assert engine.result("plan").land_output.park_value == pytest.approx(6.3 / 0.75)
    z2 = park.scenario("plan").zones["Z2"]
    moved = zone("Z2", "lingang_industrial", *Z2)
    stack.push(ReplaceObjects("plan", [moved]))  # drawn 200 m over Z1
    land = engine.result("plan").land_output
    assert land.industrial_area_km2 == pytest.approx(0.65)
    assert land.park_value == pytest.approx(6.3 / 0.65)
    assert land.firm_zone["F3"] == "Z1"
    assert_results_equal(engine.result("plan"), evaluate_scenario(park, "plan"))
    stack.undo()
    land = engine.result("plan").land_output
    assert land.industrial_area_km2 == pytest.approx(0.75)
    assert land.park_value == pytest.approx(6.3 / 0.75)
    assert park.scenario("plan").zones["Z2"] == z2
    stack.redo()
    assert engine.result("plan").land_output.park_value == pytest.approx(6.3 / 0.65)
    assert engine.failures == []


def test_engine_recomputes_the_union_on_zone_edits_only(monkeypatch: pytest.MonkeyPatch) -> None:
    park = overlap_park()
    engine = IndicatorEngine(park)
    engine.result("plan")
    calls: list[int] = []
    real = overlap.union_area_m2

    def counting(geoms: Any) -> overlap.IndustrialLand:
        calls.append(len(geoms))
        return real(geoms)

    monkeypatch.setattr(overlap, "union_area_m2", counting)
    stack = CommandStack(park)
    f2 = park.scenario("plan").firms["F2"]
    stack.push(ReplaceObjects("plan", [f2.with_changes(iav_10k_rmb=25_000)]))
    engine.result("plan")
    f2 = park.scenario("plan").firms["F2"]
    stack.push(ReplaceObjects("plan", [f2.with_changes(geometry=Point(950, 300))]))  # shared
    land = engine.result("plan").land_output
    assert calls == []  # firm edits reuse the cached industrial land
    assert land.park_value == pytest.approx((IAV + 10_000) / 1e4 / 0.65)
    z1 = park.scenario("plan").zones["Z1"]
    stack.push(ReplaceObjects("plan", [z1.with_changes(geometry=z1.geometry.buffer(0))]))
    engine.result("plan")
    assert calls == [2]  # a zone edit recomputes it, once
