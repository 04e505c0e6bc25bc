"""The worked examples of docs/carbon.md, by hand."""

from __future__ import annotations

import json

import pytest
from shapely.geometry import Point

from ecopark.carbon import REGION_SETTING
from ecopark.commands import CommandStack, SetParkSetting
from ecopark.indicators import IndicatorEngine, evaluate_scenario
from ecopark.model import Facility
from indicators.ind_parks import firm, park_with, pipe

approx = pytest.approx


def f1_park():
    return park_with(
        firm("F1", 0, 0, iav_10k_rmb=50_000, coal_t=10_000, electricity_mwh=20_000),
    )


def test_example_1_a_firm_burning_coal_and_buying_grid_power() -> None:
    carbon = evaluate_scenario(f1_park(), "plan").carbon
    assert carbon is not None
    p = carbon.park
    assert p.energy_tce == approx(9_601.0)
    assert p.scope1_t == approx(19_000.0)
    assert p.scope2_t == approx(10_732.0)
    assert p.total_t == approx(29_732.0)
    assert p.per_iav_t_per_10k_rmb == approx(0.59464)
    assert p.per_tce_t == approx(29_732 / 9_601)
    assert p.primary_tce == approx(13_157.0)
    assert p.non_fossil_share == approx(6_014 * 0.362 / 13_157)
    assert p.renewable_share == 0.0
    assert carbon.firm_total_t["F1"] == approx(29_732.0)
    assert carbon.firm_energy_per_iav["F1"] == approx(9_601 / 50_000)


def test_example_1_energy_tce_is_derived_from_the_carriers() -> None:
    result = evaluate_scenario(f1_park(), "plan")
    assert result.hj274_row("2.2").value == approx(9_601 / 50_000)  # energy per IAV (seed 004 2.2)


@pytest.mark.parametrize(
    ("region", "scope2", "total"),
    [("national", 10_732.0, 29_732.0), ("northeast", 11_128.0, 30_128.0),
     ("south", 7_738.0, 26_738.0)],
)  # fmt: skip
def test_example_2_the_region_picks_the_grid_factor(
    region: str, scope2: float, total: float
) -> None:
    park = f1_park()
    engine = IndicatorEngine(park)
    stack = CommandStack(park)
    stack.push(SetParkSetting(REGION_SETTING, region))
    data = engine.result("plan").to_json()["park"]["carbon"]
    assert data["scope2_t"] == approx(scope2)
    assert data["total_t"] == approx(total)
    assert data["scope1_t"] == approx(19_000.0)
    assert data["factors"]["grid_region"] == region
    stack.undo()
    assert engine.result("plan").to_json()["park"]["carbon"]["scope2_t"] == approx(10_732.0)


def chp(fid: str, x: float, y: float, **values: float) -> Facility:
    return Facility(facility_id=fid, name=fid, kind="chp", geometry=Point(x, y), **values)


def boiler_park(**firm_values: object):
    return park_with(
        chp("C1", 0, 0, steam_lp_capacity_tph=50),
        pipe("P1", "steam_lp", (0, 0), (100, 0)),
        firm("F2", 100, 0, iav_10k_rmb=10_000, own_boiler=True, steam_lp_demand_tph=10,
             **firm_values),
    )  # fmt: skip


def test_example_3_a_boiler_replaced_by_chp_steam() -> None:
    carbon = evaluate_scenario(boiler_park(), "plan").carbon
    assert carbon is not None
    s = carbon.savings
    assert s.boilers_replaced == 1
    (row,) = s.by_firm
    assert row.heat_gj == approx(193_896.0)
    assert row.boiler_fuel == "coal" and row.boiler_efficiency == 0.65
    assert row.own_fuel == approx(14_249.3, abs=0.1)
    assert row.chp_coal_t == approx(10_291.2, abs=0.1)
    assert s.fuel_tce == approx(2_827.3, abs=0.1)
    assert s.so2_t == approx(224.7, abs=0.05)
    assert s.nox_t == approx(48.8, abs=0.05)
    assert s.co2_t == approx(7_520.5, abs=0.5)


def test_a_gas_boiler_saves_less_and_a_better_boiler_saves_less_still() -> None:
    coal = evaluate_scenario(boiler_park(), "plan").carbon
    gas = evaluate_scenario(boiler_park(boiler_fuel="natural_gas"), "plan").carbon
    good = evaluate_scenario(boiler_park(boiler_efficiency=0.85), "plan").carbon
    assert coal and gas and good
    assert gas.savings.so2_t < 0 < coal.savings.so2_t  # the CHP's coal emits more SO₂ than gas
    assert good.savings.fuel_tce < coal.savings.fuel_tce
    assert good.savings.by_firm[0].boiler_efficiency == 0.85


def test_boiler_fuel_is_derived_from_the_carriers_when_not_given() -> None:
    carbon = evaluate_scenario(boiler_park(fuel_oil_t=500, coal_t=100), "plan").carbon
    assert carbon and carbon.savings.by_firm[0].boiler_fuel == "fuel_oil"


def test_reclaimed_water_saves_fresh_water() -> None:
    park = park_with(
        Facility(facility_id="R1", name="R1", kind="reclaimed_water_plant", geometry=Point(0, 0),
                 reclaimed_water_capacity_m3d=5_000),
        pipe("P1", "reclaimed_water", (0, 0), (100, 0)),
        firm("F1", 100, 0, reclaimed_water_demand_m3d=1_000),
    )  # fmt: skip
    data = evaluate_scenario(park, "plan").to_json()["park"]["savings"]
    assert data["fresh_water_m3"] == approx(300_000.0)
    assert data["boilers_replaced"] == 0 and data["fuel_tce"] == 0.0


def test_nothing_recorded_gives_nulls_not_zeros() -> None:
    park = park_with(firm("F1", 0, 0, iav_10k_rmb=1_000))
    data = evaluate_scenario(park, "plan").to_json()["park"]["carbon"]
    for key in ("scope1_t", "scope2_t", "total_t", "per_iav_t_per_10k_rmb", "per_tce_t",
                "non_fossil_share", "renewable_share"):  # fmt: skip
        assert data[key] is None, key
    json.dumps(data, allow_nan=False)


def test_facility_fuel_counts_in_scope_1_but_not_in_a_zone_or_scope_2() -> None:
    park = park_with(
        chp("C1", 0, 0, coal_t=1_000, electricity_mwh=100),
        firm("F1", 10, 0, iav_10k_rmb=1_000, renewable_electricity_mwh=1_000, biomass_t=100),
    )
    carbon = evaluate_scenario(park, "plan").carbon
    assert carbon is not None
    assert carbon.park.scope1_t == approx(1_900.0)  # biomass counts 0
    assert carbon.park.scope2_t == 0.0  # scope 2 is over the firms only
    ren = 1_000 * 0.3007 + 100 * 0.5
    grid = 100 * 0.3007  # the CHP's own grid power: primary energy, not the Contract's scope 2
    primary = ren + 1_000 * 0.7143 + grid
    assert carbon.park.renewable_share == approx(ren / primary)
    assert carbon.park.non_fossil_share == approx((ren + grid * 0.362) / primary)
    assert carbon.park.energy_tce == approx(1_000 * 0.1229 + 50 + 714.3 + 100 * 0.1229)
    assert carbon.firm_total_t["F1"] == 0.0
