"""Shared-infrastructure coverage: allocation, steam cascade, point services, boilers
(docs/indicators.md §2)."""

from __future__ import annotations

import pytest
from ind_parks import firm, park_with, pipe
from shapely.geometry import Point

from ecopark.indicators import evaluate_scenario
from ecopark.model import Facility


def chp(fid: str, x: float, y: float, **caps: float) -> Facility:
    return Facility(facility_id=fid, name=fid, kind="chp", geometry=Point(x, y), **caps)


def example_park():
    return park_with(
        chp("C1", 0, 0, steam_hp_capacity_tph=30, steam_mp_capacity_tph=10),
        pipe("P1", "steam_hp", (0, 0), (400, 0)),
        pipe("P2", "steam_mp", (0, 0), (0, 400)),
        firm("F1", 200, 3, steam_hp_demand_tph=20, heat_demand_mw=4, own_boiler=True,
             boiler_count=3),
        firm("F2", 400, 0, steam_mp_demand_tph=8, steam_lp_demand_tph=2, own_boiler=True,
             boiler_count=2),
        firm("F0", 2, 100, steam_mp_demand_tph=4),
        firm("F3", 0, 400, steam_mp_demand_tph=15),
        Facility(facility_id="W1", name="WWTP", kind="wwtp", geometry=Point(1000, 0),
                 service_radius_m=650),
    )  # fmt: skip


def test_allocation_in_firm_id_order_with_the_steam_cascade() -> None:
    cov = evaluate_scenario(example_park(), "plan").coverage
    hp, mp, lp = (cov.media[m] for m in ("steam_hp", "steam_mp", "steam_lp"))
    assert (hp.demand, hp.served, hp.share) == (20, 20, 1.0)
    # MP network: 10 t/h for F0 (4) then F3 (6 of 15); F2 is on the HP network only and takes
    # 8 t/h from the HP leftover (30 - 20) by pressure reduction
    assert mp.served_by_firm == {"F0": 4.0, "F3": 6.0, "F2": 8.0}
    assert mp.share == pytest.approx(18 / 27)
    assert (mp.firms_with_demand, mp.firms_served) == (3, 2)
    # LP: no LP pipes; the last 2 t/h of HP serve F2's LP demand
    assert lp.served_by_firm == {"F2": 2.0}
    assert cov.media["heat"].share == 0.0
    assert cov.media["reclaimed_water"].share is None
    assert cov.combined == pytest.approx((1 + 18 / 27 + 1 + 0) / 4)


def test_boilers_replaced_only_when_all_heat_and_steam_is_served() -> None:
    cov = evaluate_scenario(example_park(), "plan").coverage
    assert cov.boilers_replaced == 2  # F2; F1 still needs its boilers for 4 MW of heat
    assert cov.firms_with_boilers_replaced == ("F2",)


def test_lower_grade_never_feeds_higher_grade_demand() -> None:
    park = park_with(
        chp("C1", 0, 0, steam_lp_capacity_tph=50),
        pipe("P1", "steam_lp", (0, 0), (100, 0)),
        firm("F1", 100, 0, steam_mp_demand_tph=5, steam_lp_demand_tph=5),
    )
    cov = evaluate_scenario(park, "plan").coverage
    assert cov.media["steam_mp"].served == 0.0
    assert cov.media["steam_lp"].served == 5.0


def test_a_gap_wider_than_the_snapping_tolerance_cuts_supply() -> None:
    objects = [chp("C1", 0, 0, heat_capacity_mw=10), firm("F1", 300, 0, heat_demand_mw=4),
               pipe("P1", "heat", (0, 0), (150, 0))]  # fmt: skip
    joined = park_with(*objects, pipe("P2", "heat", (154, 0), (300, 0)))
    cut = park_with(*objects, pipe("P2", "heat", (156, 0), (300, 0)))
    assert evaluate_scenario(joined, "plan").coverage.media["heat"].share == 1.0
    assert evaluate_scenario(cut, "plan").coverage.media["heat"].share == 0.0
    assert evaluate_scenario(cut, "plan").coverage.media["heat"].network_pieces == 2
    cut.settings["snap_tolerance_m"] = 10.0
    assert evaluate_scenario(cut, "plan").coverage.media["heat"].share == 1.0


def test_point_services_cover_firms_within_the_radius() -> None:
    cov = evaluate_scenario(example_park(), "plan").coverage
    ww = cov.point_services["wastewater"]
    assert (ww.firms_covered, ww.firms_total, ww.share) == (1, 4, 0.25)  # only F2, 600 m away
    assert cov.point_services["solid_waste"].firms_covered == 0


def test_point_service_share_of_industrial_land() -> None:
    from ind_parks import zone

    park = park_with(
        zone("Z1", "harbor", 0, 0, 1000, 1000),
        Facility(facility_id="W1", name="", kind="wwtp", geometry=Point(0, 0),
                 service_radius_m=500),
    )  # fmt: skip
    share = evaluate_scenario(park, "plan").coverage.point_services["wastewater"]
    # a quarter of a 500 m circle inside the 1 km² zone: pi x 500² / 4 m²
    assert share.industrial_land_share == pytest.approx(3.14159265 * 500**2 / 4 / 1e6, rel=1e-3)
    assert share.share is None  # no firms
