"""Per-sector intensities and land-use ratios from which each demo firm's figures are derived.

A firm row in a park table gives only what identifies it (site, plot, IAV, boilers, steam and
water demand); its energy, water, waste and emissions are IAV x the sector intensity below, and its
floor, footprint, administrative and green areas are plot area x the sector ratios. That keeps
49 firms readable and makes every figure traceable to one line here (see ../README.md, "Where the
numbers come from").

Intensities are per 10^4 RMB of industrial added value (IAV) in the baseline year. They are
order-of-magnitude values chosen so that a heavy-industry park lands inside the HJ 274-2009 ranges
the demo is meant to show (park energy about 0.6-0.8 tce/10^4 RMB in the baseline); they are not
any real firm's statistics.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SectorProfile:
    """Intensities per 10^4 RMB IAV, labour productivity, and MLR 2008 land-use ratios."""

    productivity: float
    """IAV per employee, 10^4 RMB/person."""
    energy: float
    """Comprehensive energy use, tce per 10^4 RMB (GB/T 2589; power: net of electricity sold)."""
    fresh_water: float
    """Fresh water taken, m³ per 10^4 RMB."""
    water_reuse: float
    """Share of total water use that is recirculated/reused (HJ 274 2.7 counts it)."""
    wastewater: float
    """Industrial wastewater generated, t per 10^4 RMB."""
    solid_waste: float
    """Industrial solid waste generated, t per 10^4 RMB."""
    solid_waste_reuse: float
    """Share of solid waste reused (HJ 274 2.8)."""
    cod: float
    """COD emitted after treatment, kg per 10^4 RMB."""
    so2: float
    """SO2 emitted, kg per 10^4 RMB (process and large units; small boilers are added per unit)."""
    far: float
    """Floor area ratio (MLR 2008 gives the sector minimum; these sit a little above it)."""
    coverage: float
    """Building footprint / plot area (MLR 2008: at least 0.30)."""
    admin: float
    """Administrative and living area / plot area (MLR 2008: at most 0.07)."""
    green: float
    """Green area / plot area (MLR 2008: at most 0.20)."""


def _p(
    productivity: float,
    energy: float,
    fresh_water: float,
    water_reuse: float,
    wastewater: float,
    solid_waste: float,
    solid_waste_reuse: float,
    cod: float,
    so2: float,
    far: float,
    coverage: float,
    admin: float,
    green: float,
) -> SectorProfile:
    return SectorProfile(
        productivity,
        energy,
        fresh_water,
        water_reuse,
        wastewater,
        solid_waste,
        solid_waste_reuse,
        cod,
        so2,
        far,
        coverage,
        admin,
        green,
    )


# fmt: off
SECTOR_PROFILES: dict[str, SectorProfile] = {
    #                       prod enrg watr reus   ww   sw swre  cod  so2  far  cov  adm  grn
    "power":             _p(  60,   5,  30, .92,   3,  10, .92,  .3,  12,  .6, .35, .04, .15),
    "petrochemical":     _p(  45, .45,   5, .88,   3, .05,  .7,   1,  .6,  .6, .35, .03, .15),
    "chemical":          _p(  30, .55,   6,  .8, 4.5, .15,  .6, 1.8,  .9,  .8,  .4, .05, .15),
    "steel":             _p(  28, 1.5,   6, .94, 1.5, 2.8, .96,  .2,   2,  .8, .45, .03, .12),
    "nonferrous":        _p(  22,  .6,   4, .85, 2.5,  .2,  .7,  .4,  .8,  .8, .45, .04, .12),
    "cement":            _p(  25,   3,   2,  .8,  .3, .02,   1, .05, 2.5,  .9,  .4, .04, .15),
    "building_materials":_p(  18,  .8,   3,  .7,  .5,  .1,  .9,  .1,  .8,  .9, .45, .05, .15),
    "brewery":           _p(  18,  .3,  12,  .6,   9,  .4, .95, 2.5,  .4, 1.1, .45, .06, .15),
    "food":              _p(  12, .15,   6,  .5,   5,  .1, .85, 2.2,  .2, 1.2, .45, .06, .15),
    "sugar":             _p(  10,  .8,  14, .85,  11,   2, .95, 2.2, 1.2, 1.1, .42, .05, .15),
    "alcohol":           _p(  16,  .9,  18,  .8,  14,  .6,  .9, 3.5,   1,   1, .42, .05, .15),
    "paper":             _p(  15,  .9,  20,  .8,  17,  .5, .75, 3.5,   1,   1, .45, .05, .15),
    "pharmaceutical":    _p(  25,  .2,   5,  .5,   4, .05,  .4,   1,  .2,   1,  .4, .06, .18),
    "textile":           _p(   7,  .2,   8, .45,   7, .03,  .5, 1.8,  .2, 1.2,  .5, .06, .12),
    "equipment":         _p(  16,  .1, 1.5, .75,   1, .05, .85,  .2,  .1,   1,  .5, .05, .12),
    "electronics":       _p(  13, .08,   3,  .6, 2.5, .02,  .6,  .3, .05, 1.5, .45, .06, .15),
    "logistics":         _p(  16,  .1,  .8,  .4,  .5, .01,  .5,  .2, .05,  .8,  .5, .04,  .1),
    "port":              _p(  20, .15,   1,  .5,  .6, .02,  .6,  .3,  .2, .55, .32, .03,  .1),
    "services":          _p(  12, .05,   1,  .3,  .8, .01,  .3,  .3, .02, 1.5,  .4, .06, .18),
    "other":             _p(  12,  .2,   2,  .8, 1.5,  .1,  .9,  .3,  .1,  .9,  .4, .05, .15),
}
# fmt: on


CarrierMix = dict[str, float]

# fmt: off
CARRIER_MIX: dict[str, CarrierMix] = {
    # share of a sector's energy (tce, without its small boilers) by carrier; each row sums to 1.
    # Orders of magnitude from the China Energy Statistical Yearbook's industry energy balance
    # (coal-heavy power, cement, steel; oil and gas in petrochemicals; electricity in light and
    # electronic industries; bagasse and black liquor in sugar and paper), see ../README.md.
    "power":             {"coal_t": .97, "electricity_mwh": .03},
    "petrochemical":     {"coal_t": .15, "fuel_oil_t": .25, "natural_gas_10k_m3": .35,
                          "electricity_mwh": .25},
    "chemical":          {"coal_t": .50, "natural_gas_10k_m3": .15, "electricity_mwh": .35},
    "steel":             {"coal_t": .85, "natural_gas_10k_m3": .02, "electricity_mwh": .13},
    "nonferrous":        {"coal_t": .20, "natural_gas_10k_m3": .10, "electricity_mwh": .70},
    "cement":            {"coal_t": .85, "electricity_mwh": .15},
    "building_materials": {"coal_t": .50, "natural_gas_10k_m3": .25, "electricity_mwh": .25},
    "brewery":           {"coal_t": .35, "natural_gas_10k_m3": .15, "electricity_mwh": .50},
    "food":              {"coal_t": .10, "natural_gas_10k_m3": .30, "electricity_mwh": .60},
    "sugar":             {"coal_t": .10, "biomass_t": .75, "electricity_mwh": .15},
    "alcohol":           {"coal_t": .40, "biomass_t": .30, "electricity_mwh": .30},
    "paper":             {"coal_t": .45, "biomass_t": .30, "electricity_mwh": .25},
    "pharmaceutical":    {"natural_gas_10k_m3": .35, "electricity_mwh": .65},
    "textile":           {"natural_gas_10k_m3": .20, "electricity_mwh": .80},
    "equipment":         {"natural_gas_10k_m3": .15, "electricity_mwh": .85},
    "electronics":       {"natural_gas_10k_m3": .05, "electricity_mwh": .95},
    "logistics":         {"fuel_oil_t": .30, "electricity_mwh": .70},
    "port":              {"fuel_oil_t": .35, "electricity_mwh": .65},
    "services":          {"natural_gas_10k_m3": .10, "electricity_mwh": .90},
    "other":             {"coal_t": .20, "natural_gas_10k_m3": .20, "electricity_mwh": .60},
}
# fmt: on

PROCESS_CO2_T: dict[str, float] = {
    "cement": 12.0,  # calcination ~0.52 t CO2/t clinker x ~23 t clinker per 10^4 RMB IAV
    "steel": 0.5,  # flux (limestone, dolomite) and electrode consumption
    "building_materials": 0.8,  # lime, glass and ceramics
    "chemical": 0.3,  # e.g. soda ash, carbide
    "petrochemical": 0.2,  # hydrogen production, catalyst regeneration
}
"""Process CO2, t per 10^4 RMB IAV (IPCC 2006 Vol. 3 defaults scaled by sector output/IAV)."""

NOX_KG: dict[str, float] = {
    "power": 6.0,
    "cement": 4.0,
    "steel": 1.5,
    "petrochemical": 0.5,
    "chemical": 0.5,
    "building_materials": 1.0,
    "nonferrous": 0.4,
}
"""NOx emitted, kg per 10^4 RMB IAV (after control); other sectors 0.1; own boilers add their
fuel x the factor table's small-boiler NOx factor."""

AMMONIA_SHARE_OF_COD = 0.1
"""Ammonia nitrogen ~10 % of COD in treated industrial effluent (GB 8978 limits 15 vs 100-150)."""


@dataclass(frozen=True)
class PlanMeasures:
    """How the plan year differs from the baseline for firms that exist in both.

    Factors multiply the baseline intensities (per 10^4 RMB IAV); reuse shares move towards 1 by
    ``reuse_gap`` (0.5 halves the share not reused). Small boilers burn, while they run, the fuel
    their steam and heat demand needs at the factor table's boiler efficiency (and emit its SO2 and
    NOx); a firm connected to the CHP network in the plan no longer runs them, and the CHP burns
    coal for what it serves (ecopark.indicators.carbon applies the same rule to the savings).
    """

    energy: float = 0.78
    fresh_water: float = 0.80
    wastewater: float = 0.80
    solid_waste: float = 0.90
    cod: float = 0.60
    so2: float = 0.60
    water_reuse_gap: float = 0.5
    solid_waste_reuse_gap: float = 0.5
    reclaimed_water_fresh_factor: float = 0.75
    """Extra factor on fresh water for firms connected to reclaimed water in the plan."""
    renewable_electricity_share: float = 0.10
    """Share of each firm's electricity that rooftop PV and wind supply on site in the plan."""
