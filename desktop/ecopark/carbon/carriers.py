"""Energy carriers and emissions recorded on firms and facilities, and what each converts to.

Each carrier is an optional quantity column (NULL = not recorded) of the ``firms`` and
``facilities`` layers. ``CARRIERS`` says which factor of the table converts it to standard coal
(tce) and to CO₂, and how it counts in the primary-energy shares:

* ``fossil`` fuels burnt on site (coal, fuel oil, natural gas): scope 1;
* ``grid`` electricity: scope 2 at the regional grid factor; its non-fossil part
  (``grid_non_fossil_share``) counts toward the non-fossil share;
* ``bought`` steam and heat from outside the park's network: scope 2, fossil;
* ``renewable`` on-site renewable electricity and biomass: no CO₂ (biogenic CO₂ of biomass is a
  memo item, IPCC 2006).

Electricity enters ``energy_tce`` (and so energy per IAV and CO₂ per tce) at its equivalent
value (``electricity_tce_per_mwh``, 0.1229 tce/MWh, GB/T 2589); the primary-energy shares count
electricity as the coal used to generate it (``electricity_generation_tce_per_mwh``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ecopark.model.errors import InvalidValueError
from ecopark.model.kinds import BOILER_FUELS


@dataclass(frozen=True)
class Carrier:
    field: str
    unit: str
    label: str
    kind: str
    """fossil, grid, bought, renewable"""
    tce_factor: str
    """key of the standard-coal factor (tce per unit)"""
    primary_factor: str
    """key of the factor converting it to primary energy (tce per unit) for the shares"""
    co2_factor: str | None
    """key of the CO₂ factor (t per unit); None when it emits none"""


CARRIERS: tuple[Carrier, ...] = (
    Carrier("coal_t", "t/a", "Coal", "fossil", "coal_tce_per_t", "coal_tce_per_t",
            "coal_co2_t_per_t"),
    Carrier("fuel_oil_t", "t/a", "Fuel oil", "fossil", "fuel_oil_tce_per_t", "fuel_oil_tce_per_t",
            "fuel_oil_co2_t_per_t"),
    Carrier("natural_gas_10k_m3", "10⁴ m³/a", "Natural gas", "fossil",
            "natural_gas_tce_per_10k_m3", "natural_gas_tce_per_10k_m3",
            "natural_gas_co2_t_per_10k_m3"),
    Carrier("electricity_mwh", "MWh/a", "Grid electricity", "grid", "electricity_tce_per_mwh",
            "electricity_generation_tce_per_mwh", None),
    Carrier("purchased_steam_t", "t/a", "Purchased steam (not from the park network)", "bought",
            "purchased_steam_tce_per_t", "purchased_steam_tce_per_t", "purchased_steam_t_per_t"),
    Carrier("purchased_heat_gj", "GJ/a", "Purchased heat (not from the park network)", "bought",
            "purchased_heat_tce_per_gj", "purchased_heat_tce_per_gj", "purchased_heat_t_per_gj"),
    Carrier("renewable_electricity_mwh", "MWh/a", "On-site renewable electricity", "renewable",
            "electricity_tce_per_mwh", "electricity_generation_tce_per_mwh", None),
    Carrier("biomass_t", "t/a", "Biomass", "renewable", "biomass_tce_per_t", "biomass_tce_per_t",
            "biomass_co2_t_per_t"),
)  # fmt: skip
"""Energy carriers in column order."""

EMISSION_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("process_co2_t", "t/a", "Process CO₂ (cement, steel, chemicals)"),
    ("nox_kg", "kg/a", "NOx emission"),
    ("ammonia_kg", "kg/a", "Ammonia-nitrogen emission"),
)
"""Recorded emissions that are not energy carriers."""

CARRIER_FIELDS: tuple[str, ...] = tuple(c.field for c in CARRIERS)
RECORDED_FIELDS: tuple[str, ...] = CARRIER_FIELDS + tuple(f for f, _, _ in EMISSION_FIELDS)
"""The Contract's column names, in file order."""

BOILER_FUEL_FIELD: dict[str, str] = {
    "coal": "coal_t",
    "fuel_oil": "fuel_oil_t",
    "natural_gas": "natural_gas_10k_m3",
    "biomass": "biomass_t",
}

UNIT_ALIASES: dict[str, dict[str, float]] = {
    "coal_t": {"t": 1.0, "t/a": 1.0, "kt": 1e3, "10^4 t": 1e4, "万吨": 1e4, "吨": 1.0},
    "fuel_oil_t": {"t": 1.0, "t/a": 1.0, "kt": 1e3, "10^4 t": 1e4, "万吨": 1e4, "吨": 1.0},
    "natural_gas_10k_m3": {"10^4 m3": 1.0, "10^4 m³": 1.0, "万立方米": 1.0, "万m3": 1.0,
                           "m3": 1e-4, "m³": 1e-4, "10^8 m3": 1e4, "亿立方米": 1e4},
    "electricity_mwh": {"mwh": 1.0, "kwh": 1e-3, "gwh": 1e3, "10^4 kwh": 10.0, "万千瓦时": 10.0},
    "purchased_steam_t": {"t": 1.0, "t/a": 1.0, "kt": 1e3, "吨": 1.0},
    "purchased_heat_gj": {"gj": 1.0, "mj": 1e-3, "tj": 1e3, "mwh": 3.6},
    "renewable_electricity_mwh": {"mwh": 1.0, "kwh": 1e-3, "gwh": 1e3, "10^4 kwh": 10.0,
                                  "万千瓦时": 10.0},
    "biomass_t": {"t": 1.0, "t/a": 1.0, "kt": 1e3, "吨": 1.0},
    "process_co2_t": {"t": 1.0, "t/a": 1.0, "kt": 1e3, "10^4 t": 1e4, "万吨": 1e4},
    "nox_kg": {"kg": 1.0, "t": 1e3, "吨": 1e3},
    "ammonia_kg": {"kg": 1.0, "t": 1e3, "吨": 1e3},
}  # fmt: skip
"""Units an imported table may give per column, with the multiplier to the column's unit."""


def unit_multiplier(field: str, unit: str, *, layer: str = "firms") -> float:
    """The factor converting a quantity of ``field`` given in ``unit`` to the column's unit;
    an unknown unit is refused with a message naming the column and the units understood."""
    known = UNIT_ALIASES.get(field)
    if known is None:
        raise InvalidValueError(f"{layer}: {field} is not an energy carrier or emission column",
                                layer=layer, field=field)  # fmt: skip
    key = unit.strip().lower().replace("³", "3").replace(" ", "")
    for name, mult in known.items():
        if name.lower().replace("³", "3").replace(" ", "") == key:
            return mult
    raise InvalidValueError(
        f"{layer}: unknown unit {unit!r} for {field}; use one of {', '.join(known)}",
        layer=layer,
        field=field,
    )


__all__ = [
    "BOILER_FUELS",
    "BOILER_FUEL_FIELD",
    "CARRIERS",
    "CARRIER_FIELDS",
    "EMISSION_FIELDS",
    "RECORDED_FIELDS",
    "UNIT_ALIASES",
    "Carrier",
    "unit_multiplier",
]
