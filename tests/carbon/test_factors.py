"""The shipped factor table against independent references, and project overrides."""

from __future__ import annotations

import csv
from importlib import resources

import CoolProp.CoolProp as CP
import pytest

from ecopark.carbon import (
    FACTORS_SETTING,
    REGION_SETTING,
    FactorError,
    check_override,
    default_rows,
    factor_table,
    regions,
)

KJ_PER_KGCE = 29_307.6
"""GB/T 2589: 1 kgce = 7 000 kcal = 29 307.6 kJ."""

# IPCC 2006 Guidelines, Vol. 2 ch. 1 Table 1.4 / ch. 2 Table 2.2: default CO2 emission factors
# (kg CO2/TJ, oxidation factor 1): other bituminous coal 94 600, residual fuel oil 77 400,
# natural gas 56 100.
IPCC_KG_PER_TJ = {"coal": 94_600, "fuel_oil": 77_400, "natural_gas": 56_100}


def test_every_row_has_a_source_a_year_and_a_unit() -> None:
    text = resources.files("ecopark.carbon").joinpath("data/factors.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == len(default_rows()) >= 30
    for r in rows:
        assert r["source"].strip() and r["unit"].strip(), r["key"]
        assert 1990 <= int(r["year"]) <= 2030, r["key"]


def test_standard_coal_factors_are_their_calorific_values() -> None:
    f = factor_table({})
    # GB/T 2589 rounds on the kcal basis (5 000 and 10 000 kcal/kg over 7 000): within 0.2 %
    assert f["coal_tce_per_t"] == pytest.approx(20_908 / KJ_PER_KGCE, rel=2e-3)
    assert f["fuel_oil_tce_per_t"] == pytest.approx(41_816 / KJ_PER_KGCE, rel=2e-3)
    assert f["natural_gas_tce_per_10k_m3"] == pytest.approx(35_588 * 1e4 / KJ_PER_KGCE / 1e3,
                                                            rel=1e-3)  # fmt: skip
    assert f["electricity_tce_per_mwh"] == pytest.approx(3_600_000 / KJ_PER_KGCE / 1e3, abs=1e-4)
    assert f["purchased_heat_tce_per_gj"] == pytest.approx(1e6 / KJ_PER_KGCE / 1e3, abs=1e-5)
    assert f["gj_per_tce"] == pytest.approx(KJ_PER_KGCE / 1e3)


@pytest.mark.parametrize(
    ("fuel", "key", "ncv_gj", "oxidation"),
    [("coal", "coal_co2_t_per_t", 20.908, 0.94),
     ("fuel_oil", "fuel_oil_co2_t_per_t", 41.816, 0.98),
     ("natural_gas", "natural_gas_co2_t_per_10k_m3", 389.31, 0.99)],
)  # fmt: skip
def test_fuel_co2_factors_agree_with_ipcc_2006(
    fuel: str, key: str, ncv_gj: float, oxidation: float
) -> None:
    ipcc = IPCC_KG_PER_TJ[fuel] * ncv_gj / 1e6  # t CO2 per unit at full oxidation
    ours = factor_table({})[key]
    assert ours == pytest.approx(ipcc * oxidation, rel=0.05)
    assert ours < ipcc  # the Chinese guideline counts unoxidised carbon


def test_steam_heat_and_purchased_steam_follow_the_steam_tables() -> None:
    h_steam = CP.PropsSI("H", "P", 1.0e6, "Q", 1, "Water") / 1e6  # GJ/t
    f = factor_table({})
    assert f["steam_heat_gj_per_t"] == pytest.approx(h_steam - 0.08374, abs=0.001)
    assert f["purchased_steam_t_per_t"] == pytest.approx(
        f["purchased_heat_t_per_gj"] * (h_steam - 0.08374), abs=0.0002
    )


def test_sulphur_factors_are_the_stoichiometry_of_one_percent_sulphur() -> None:
    f = factor_table({})
    so2_per_s = 64.066 / 32.06  # kg SO2 per kg S
    full = 10.0 * so2_per_s  # kg SO2 per t fuel at 1 % S, all S to the flue gas
    assert f["so2_kg_per_t.coal"] == pytest.approx(0.8 * full, rel=0.01)  # 80 % leaves as gas
    assert f["so2_kg_per_t.fuel_oil"] == pytest.approx(0.95 * full, rel=0.01)


def test_regional_grids_as_published() -> None:
    assert regions()[0] == "national"
    grid = {r: factor_table({REGION_SETTING: r}).grid_t_per_mwh for r in regions()}
    assert grid == {"national": 0.5366, "north": 0.6776, "northeast": 0.5564, "east": 0.5617,
                    "central": 0.5395, "northwest": 0.5857, "south": 0.3869,
                    "southwest": 0.2268}  # fmt: skip
    assert factor_table({REGION_SETTING: "atlantis"}).region == "national"


def test_overrides_replace_values_and_say_so() -> None:
    f = factor_table({FACTORS_SETTING: {"coal_co2_t_per_t": 2.0, "nonsense": 1}})
    assert f["coal_co2_t_per_t"] == 2.0
    row = f.row("coal_co2_t_per_t")
    assert row.overridden and row.source.startswith("project value (shipped 1.9")
    assert not f.row("fuel_oil_co2_t_per_t").overridden


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [("coal_co2_t_per_t", -1, "≥ 0"), ("coal_co2_t_per_t", "abc", "must be a number"),
     ("grid_non_fossil_share", 1.5, "fraction"), ("boiler_efficiency.coal", 0, "above 0"),
     ("unknown_factor", 1.0, "not in the factor table")],
)  # fmt: skip
def test_bad_overrides_are_refused_with_the_factor_named(
    key: str, value: object, words: str
) -> None:
    with pytest.raises(FactorError, match=words) as info:
        check_override(key, value)
    assert key in str(info.value)
