"""The closed vocabularies of the park model and the units that go with them.

Kept in one place because the file format, the indicators, the UI legend and the translations
all key on these exact strings: renaming one here is a file-format change.
"""

from __future__ import annotations

from dataclasses import dataclass

SCENARIO_KINDS: tuple[str, ...] = ("baseline", "plan", "monitoring")
"""monitoring: the actual values of a year, judged against a plan's targets (issue 15)."""
PIPELINE_STATUSES: tuple[str, ...] = ("existing", "planned")
PIPE_LAYINGS: tuple[str, ...] = ("", "rack", "buried")
"""How a pipe is laid (heat loss); "" means the park default."""

MEDIA: tuple[str, ...] = ("heat", "steam_hp", "steam_mp", "steam_lp", "reclaimed_water")
STEAM_GRADES_HIGH_TO_LOW: tuple[str, ...] = ("steam_hp", "steam_mp", "steam_lp")


@dataclass(frozen=True)
class MediumFields:
    """Where a medium's quantities live on firms and facilities, and in which unit."""

    medium: str
    demand_field: str
    supply_field: str
    capacity_field: str
    unit: str


MEDIUM_FIELDS: dict[str, MediumFields] = {
    "heat": MediumFields("heat", "heat_demand_mw", "heat_supply_mw", "heat_capacity_mw", "MW"),
    "steam_hp": MediumFields(
        "steam_hp", "steam_hp_demand_tph", "steam_hp_supply_tph", "steam_hp_capacity_tph", "t/h"
    ),
    "steam_mp": MediumFields(
        "steam_mp", "steam_mp_demand_tph", "steam_mp_supply_tph", "steam_mp_capacity_tph", "t/h"
    ),
    "steam_lp": MediumFields(
        "steam_lp", "steam_lp_demand_tph", "steam_lp_supply_tph", "steam_lp_capacity_tph", "t/h"
    ),
    "reclaimed_water": MediumFields(
        "reclaimed_water",
        "reclaimed_water_demand_m3d",
        "reclaimed_water_supply_m3d",
        "reclaimed_water_capacity_m3d",
        "m³/d",
    ),
}


@dataclass(frozen=True)
class ZoneKind:
    """A functional zone kind: whether it counts as industrial land and which sectors it admits.

    ``allowed_sectors`` empty means "no restriction"; the rule table is editable per park.
    """

    kind: str
    industrial: bool
    label_en: str
    label_zh: str
    allowed_sectors: frozenset[str] = frozenset()
    builtin: bool = False

    def allows(self, sector: str) -> bool:
        return not self.allowed_sectors or sector in self.allowed_sectors


SECTORS: tuple[str, ...] = (
    "power",
    "petrochemical",
    "chemical",
    "steel",
    "nonferrous",
    "cement",
    "building_materials",
    "brewery",
    "food",
    "sugar",
    "alcohol",
    "paper",
    "pharmaceutical",
    "textile",
    "equipment",
    "electronics",
    "logistics",
    "port",
    "services",
    "other",
)

HEAVY_POLLUTING_SECTORS: frozenset[str] = frozenset(
    {"power", "petrochemical", "chemical", "steel", "nonferrous", "cement", "paper"}
)
"""Sectors that need a buffer from city areas and a cleaner-production audit (HJ 274 4.3)."""

_LIGHT_SECTORS = frozenset(
    {"food", "electronics", "services", "logistics", "equipment", "textile", "pharmaceutical"}
)

BUILTIN_ZONE_KINDS: dict[str, ZoneKind] = {
    z.kind: z
    for z in (
        ZoneKind("harbor", True, "Harbor area", "港口区", builtin=True),
        ZoneKind("lingang_industrial", True, "Lingang industrial area", "临港工业区", builtin=True),
        ZoneKind("city", False, "City area", "城区", allowed_sectors=_LIGHT_SECTORS, builtin=True),
        ZoneKind(
            "logistics",
            False,
            "Logistics area",
            "物流区",
            allowed_sectors=frozenset({"logistics", "port", "services"}),
            builtin=True,
        ),
        ZoneKind(
            "utilities",
            False,
            "Utilities / infrastructure corridor",
            "基础设施廊道",
            allowed_sectors=frozenset({"power", "services"}),
            builtin=True,
        ),
        ZoneKind(
            "ecological",
            False,
            "Ecological buffer / green belt",
            "生态隔离带",
            allowed_sectors=frozenset({"services"}),
            builtin=True,
        ),
        ZoneKind("reserve", False, "Reserve land", "预留用地", builtin=True),
    )
}

BOILER_FUELS: tuple[str, ...] = ("coal", "fuel_oil", "natural_gas", "biomass")
"""Fuels of a firm's own small boiler (``Firm.boiler_fuel``; empty = derived from its carriers)."""

FACILITY_KINDS: tuple[str, ...] = (
    "chp",
    "energy_centre",
    "wwtp",
    "reclaimed_water_plant",
    "solid_waste_centre",
    "desalination_plant",
)

POINT_SERVICE_KINDS: dict[str, str] = {
    "wwtp": "wastewater",
    "solid_waste_centre": "solid_waste",
}
"""Facilities that serve firms within a radius rather than through pipes."""

CORRIDOR_KINDS: tuple[str, ...] = ("road", "utility")

EXCHANGE_UNITS: tuple[str, ...] = ("t/a", "t/h", "m³/a", "m³/d", "MW", "GJ/a", "MWh/a")

SQM_PER_MU = 666.67
"""1 mu (亩) in square metres, as Chinese parks count land per firm."""

__all__ = [
    "BUILTIN_ZONE_KINDS",
    "CORRIDOR_KINDS",
    "EXCHANGE_UNITS",
    "BOILER_FUELS",
    "FACILITY_KINDS",
    "HEAVY_POLLUTING_SECTORS",
    "MEDIA",
    "MEDIUM_FIELDS",
    "MediumFields",
    "PIPE_LAYINGS",
    "PIPELINE_STATUSES",
    "POINT_SERVICE_KINDS",
    "SCENARIO_KINDS",
    "SECTORS",
    "SQM_PER_MU",
    "STEAM_GRADES_HIGH_TO_LOW",
    "ZoneKind",
]
