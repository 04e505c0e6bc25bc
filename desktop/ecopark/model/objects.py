"""The objects a planner places on the map, as immutable values.

Objects are frozen: an edit replaces an object with a changed copy (``dataclasses.replace``), so a
command can keep the old value for undo and the engine can compare old and new to update
incrementally. Validation that needs only the object itself runs on construction; rules that need
the whole scenario (unique ids, references, declared zone kinds) live in :mod:`ecopark.model.park`.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ecopark.model.errors import InvalidGeometryError, InvalidValueError, UnknownKindError
from ecopark.model.fields import (
    Role,
    choice,
    count,
    flag,
    geometry_field,
    id_field,
    normalise_number,
    normalise_year,
    optional_quantity,
    optional_year,
    quantity,
    role_of,
    text,
)
from ecopark.model.kinds import (
    BOILER_FUELS,
    CORRIDOR_KINDS,
    FACILITY_KINDS,
    MEDIA,
    PIPE_LAYINGS,
    PIPELINE_STATUSES,
    SECTORS,
)
from ecopark.model.sanity import refuse_control_characters


class ParkObject:
    """Behaviour shared by every map object: id access, validation, and field introspection."""

    LAYER: ClassVar[str]
    ID_FIELD: ClassVar[str]
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ()
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {}

    @property
    def id(self) -> str:
        return str(getattr(self, self.ID_FIELD))

    @property
    def label(self) -> str:
        name = getattr(self, "name", "")
        singular = self.LAYER[:-3] + "y" if self.LAYER.endswith("ies") else self.LAYER[:-1]
        return f"{singular} {self.id}" + (f" ({name})" if name else "")

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            self._validate_field(f)

    def _validate_field(self, f: dataclasses.Field[Any]) -> None:
        role = role_of(f)
        value = getattr(self, f.name)
        oid = str(getattr(self, self.ID_FIELD, "?"))
        if role is Role.ID:
            if not isinstance(value, str) or not value.strip():
                raise InvalidValueError(
                    f"{self.LAYER}: {f.name} must be a non-empty text, not {value!r}",
                    layer=self.LAYER,
                    field=f.name,
                )
            refuse_control_characters(self.LAYER, "", f.name, value)
        elif role in (Role.TEXT, Role.CHOICE):
            if value is None:
                value = ""
                object.__setattr__(self, f.name, value)
            if not isinstance(value, str):
                raise InvalidValueError(
                    f"{self.LAYER} {oid}: {f.name} must be text, not {value!r}",
                    layer=self.LAYER,
                    object_id=oid,
                    field=f.name,
                )
            refuse_control_characters(self.LAYER, oid, f.name, value)
            allowed = self.CHOICES.get(f.name)
            if allowed is not None and value not in allowed:
                raise UnknownKindError(
                    f"{self.LAYER} {oid}: {f.name} {value!r} is not one of {', '.join(allowed)}",
                    layer=self.LAYER,
                    object_id=oid,
                    field=f.name,
                )
        elif role is Role.FLAG:
            if value in (0, 1) and not isinstance(value, float):
                object.__setattr__(self, f.name, bool(value))
            else:
                raise InvalidValueError(
                    f"{self.LAYER} {oid}: {f.name} must be yes/no (0 or 1), not {value!r}",
                    layer=self.LAYER,
                    object_id=oid,
                    field=f.name,
                )
        elif role in (Role.QUANTITY, Role.OPTIONAL_QUANTITY, Role.COUNT):
            number = normalise_number(
                value, role=role, layer=self.LAYER, object_id=oid, field_name=f.name
            )
            if f.metadata.get("year"):
                number = normalise_year(number, layer=self.LAYER, object_id=oid,
                                        field_name=f.name)  # fmt: skip
            object.__setattr__(self, f.name, number)
        elif role is Role.GEOMETRY:
            self._validate_geometry(value, oid)

    def _validate_geometry(self, geom: Any, oid: str) -> None:
        if not isinstance(geom, BaseGeometry):
            raise InvalidGeometryError(
                f"{self.LAYER} {oid}: geometry is missing",
                layer=self.LAYER,
                object_id=oid,
                field="geometry",
            )
        if geom.geom_type not in self.GEOMETRY_TYPES:
            raise InvalidGeometryError(
                f"{self.LAYER} {oid}: a {geom.geom_type} cannot be used here; expected "
                f"{' or '.join(self.GEOMETRY_TYPES)}",
                layer=self.LAYER,
                object_id=oid,
                field="geometry",
            )
        if geom.is_empty:
            raise InvalidGeometryError(
                f"{self.LAYER} {oid}: geometry is empty",
                layer=self.LAYER,
                object_id=oid,
                field="geometry",
            )
        if shapely.has_z(geom):
            object.__setattr__(self, "geometry", shapely.force_2d(geom))
            geom = getattr(self, "geometry")  # noqa: B009
        if not bool(np.isfinite(shapely.get_coordinates(geom)).all()):
            raise InvalidGeometryError(
                f"{self.LAYER} {oid}: geometry has coordinates that are not finite numbers",
                layer=self.LAYER,
                object_id=oid,
                field="geometry",
            )
        if not geom.is_valid:
            reason = shapely.is_valid_reason(geom)
            raise InvalidGeometryError(
                f"{self.LAYER} {oid}: invalid geometry ({reason}); redraw it or repair it",
                layer=self.LAYER,
                object_id=oid,
                field="geometry",
            )

    def with_changes(self, **changes: Any) -> Any:
        """A validated copy with some fields changed: the only way an object is edited."""
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]

    def to_record(self) -> dict[str, Any]:
        """Field values by name (geometry included) for storage and tables."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


@dataclasses.dataclass(frozen=True, kw_only=True)
class Zone(ParkObject):
    """A functional area: harbor, Lingang industrial, city, buffer...; industrial decides whether
    its area counts as industrial land."""

    LAYER: ClassVar[str] = "zones"
    ID_FIELD: ClassVar[str] = "zone_id"
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ("Polygon", "MultiPolygon")

    zone_id: str = id_field("Zone id")
    name: str = text(label="Name")
    kind: str = choice(label="Kind")
    industrial: bool = flag(label="Industrial land")
    geometry: BaseGeometry = geometry_field()
    year_in_service: int | None = optional_year("Year in service")  # issue 17; ecopark.phasing

    @property
    def area_m2(self) -> float:
        return float(self.geometry.area)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Firm(ParkObject):
    """An enterprise located by a point, with what it produces, consumes, emits and exchanges."""

    LAYER: ClassVar[str] = "firms"
    ID_FIELD: ClassVar[str] = "firm_id"
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ("Point",)
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {
        "sector": SECTORS,
        "boiler_fuel": ("", *BOILER_FUELS),
    }

    firm_id: str = id_field("Firm id")
    name: str = text(label="Name")
    sector: str = choice(label="Sector", default="other")
    geometry: BaseGeometry = geometry_field()
    plot_area_m2: float = quantity("m²", "Plot area")
    floor_area_m2: float = quantity("m²", "Floor area")
    building_footprint_m2: float = quantity("m²", "Building footprint")
    admin_area_m2: float = quantity("m²", "Administrative and living area")
    green_area_m2: float = quantity("m²", "Green area")
    employees: int = count("Employees", "persons")
    iav_10k_rmb: float = quantity("10⁴ RMB/a", "Industrial added value")
    energy_tce: float | None = optional_quantity("tce/a", "Energy use")
    fresh_water_m3: float | None = optional_quantity("m³/a", "Fresh water use")
    water_reused_m3: float | None = optional_quantity("m³/a", "Water reused")
    wastewater_t: float | None = optional_quantity("t/a", "Industrial wastewater")
    solid_waste_t: float | None = optional_quantity("t/a", "Industrial solid waste")
    solid_waste_reused_t: float | None = optional_quantity("t/a", "Solid waste reused")
    solid_waste_disposed_t: float | None = optional_quantity("t/a", "Solid waste disposed")
    byproduct_intake_t: float | None = optional_quantity("t/a", "By-product intake capacity")
    cod_kg: float | None = optional_quantity("kg/a", "COD emission")
    so2_kg: float | None = optional_quantity("kg/a", "SO₂ emission")
    own_boiler: bool = flag(label="Runs own small boiler")
    boiler_count: int = count("Small boilers", "units")
    heat_demand_mw: float = quantity("MW", "Heat demand")
    steam_hp_demand_tph: float = quantity("t/h", "HP steam demand")
    steam_mp_demand_tph: float = quantity("t/h", "MP steam demand")
    steam_lp_demand_tph: float = quantity("t/h", "LP steam demand")
    reclaimed_water_demand_m3d: float = quantity("m³/d", "Reclaimed water demand")
    heat_supply_mw: float = quantity("MW", "Waste heat supply")
    steam_hp_supply_tph: float = quantity("t/h", "HP steam supply")
    steam_mp_supply_tph: float = quantity("t/h", "MP steam supply")
    steam_lp_supply_tph: float = quantity("t/h", "LP steam supply")
    reclaimed_water_supply_m3d: float = quantity("m³/d", "Reclaimed water supply")
    # minimum steam pressure the firm needs per grade (absolute); empty: the park default
    steam_hp_min_mpa: float | None = optional_quantity("MPa", "HP steam minimum pressure")
    steam_mp_min_mpa: float | None = optional_quantity("MPa", "MP steam minimum pressure")
    steam_lp_min_mpa: float | None = optional_quantity("MPa", "LP steam minimum pressure")
    # energy carriers and emissions (issue 13; NULL = not recorded; see ecopark.carbon)
    coal_t: float | None = optional_quantity("t/a", "Coal")
    fuel_oil_t: float | None = optional_quantity("t/a", "Fuel oil")
    natural_gas_10k_m3: float | None = optional_quantity("10⁴ m³/a", "Natural gas")
    electricity_mwh: float | None = optional_quantity("MWh/a", "Grid electricity")
    purchased_steam_t: float | None = optional_quantity("t/a", "Purchased steam")
    purchased_heat_gj: float | None = optional_quantity("GJ/a", "Purchased heat")
    renewable_electricity_mwh: float | None = optional_quantity("MWh/a", "Renewable electricity")
    biomass_t: float | None = optional_quantity("t/a", "Biomass")
    process_co2_t: float | None = optional_quantity("t/a", "Process CO₂")
    nox_kg: float | None = optional_quantity("kg/a", "NOx emission")
    ammonia_kg: float | None = optional_quantity("kg/a", "Ammonia-nitrogen emission")
    boiler_fuel: str = choice(label="Own boiler fuel", default="")
    boiler_efficiency: float | None = optional_quantity("0-1", "Own boiler efficiency")
    # indicator inputs (issue 15): CTIP Table 2, low-carbon pilot, per-mu evaluation
    fixed_asset_investment_10k_rmb: float | None = optional_quantity(
        "10⁴ RMB", "Fixed-asset investment"
    )
    tax_10k_rmb: float | None = optional_quantity("10⁴ RMB/a", "Tax paid")
    mineral_resources_t: float | None = optional_quantity("t/a", "Main mineral resources consumed")
    key_sector: bool = flag(label="Key industrial sector")
    wastewater_recycled_t: float | None = optional_quantity("t/a", "Wastewater recycled")
    wastewater_discharged_t: float | None = optional_quantity("t/a", "Wastewater discharged")
    solid_waste_handled_t: float | None = optional_quantity("t/a", "Solid waste handled")
    cleaner_production_audit: bool = flag(label="Cleaner-production audit done")
    green_certified_floor_m2: float | None = optional_quantity("m²", "Green-certified floor area")
    year_in_service: int | None = optional_year("Year in service")  # issue 17; ecopark.phasing
    # MLR 2008 land control (issue 15): two-digit GB/T 4754 division, e.g. "26"; empty = by sector
    industry_code: str = text(label="Industry code (GB/T 4754)")

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.boiler_efficiency is not None and not 0 < self.boiler_efficiency <= 1:
            raise InvalidValueError(
                f"firms {self.firm_id}: boiler_efficiency is a fraction above 0 and at most 1, "
                f"not {self.boiler_efficiency:g}",
                layer=self.LAYER,
                object_id=self.firm_id,
                field="boiler_efficiency",
            )
        if self.own_boiler and self.boiler_count == 0:
            object.__setattr__(self, "boiler_count", 1)
        if not self.own_boiler and self.boiler_count:
            raise InvalidValueError(
                f"firms {self.firm_id}: boiler_count is {self.boiler_count} but own_boiler is 0",
                layer=self.LAYER,
                object_id=self.firm_id,
                field="boiler_count",
            )


@dataclasses.dataclass(frozen=True, kw_only=True)
class Facility(ParkObject):
    """A shared facility: CHP, WWTP, reclaimed-water plant, solid-waste centre, desalination."""

    LAYER: ClassVar[str] = "facilities"
    ID_FIELD: ClassVar[str] = "facility_id"
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ("Point",)
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {
        "kind": FACILITY_KINDS,
        "status": PIPELINE_STATUSES,
    }

    facility_id: str = id_field("Facility id")
    name: str = text(label="Name")
    kind: str = choice(label="Kind")
    geometry: BaseGeometry = geometry_field()
    status: str = choice(label="Status", default="existing")
    heat_capacity_mw: float = quantity("MW", "Heat capacity")
    steam_hp_capacity_tph: float = quantity("t/h", "HP steam capacity")
    steam_mp_capacity_tph: float = quantity("t/h", "MP steam capacity")
    steam_lp_capacity_tph: float = quantity("t/h", "LP steam capacity")
    reclaimed_water_capacity_m3d: float = quantity("m³/d", "Reclaimed water capacity")
    wastewater_capacity_m3d: float = quantity("m³/d", "Wastewater treatment capacity")
    solid_waste_capacity_tpd: float = quantity("t/d", "Solid waste capacity")
    service_radius_m: float = quantity("m", "Service radius")
    # outlet conditions per grade (absolute pressure); empty: the park default (hydraulics)
    steam_hp_outlet_mpa: float | None = optional_quantity("MPa", "HP steam outlet pressure")
    steam_hp_outlet_c: float | None = optional_quantity("°C", "HP steam outlet temperature")
    steam_mp_outlet_mpa: float | None = optional_quantity("MPa", "MP steam outlet pressure")
    steam_mp_outlet_c: float | None = optional_quantity("°C", "MP steam outlet temperature")
    steam_lp_outlet_mpa: float | None = optional_quantity("MPa", "LP steam outlet pressure")
    steam_lp_outlet_c: float | None = optional_quantity("°C", "LP steam outlet temperature")
    heat_supply_c: float | None = optional_quantity("°C", "Hot-water supply temperature")
    # energy carriers and emissions (issue 13; NULL = not recorded; see ecopark.carbon)
    coal_t: float | None = optional_quantity("t/a", "Coal")
    fuel_oil_t: float | None = optional_quantity("t/a", "Fuel oil")
    natural_gas_10k_m3: float | None = optional_quantity("10⁴ m³/a", "Natural gas")
    electricity_mwh: float | None = optional_quantity("MWh/a", "Grid electricity")
    purchased_steam_t: float | None = optional_quantity("t/a", "Purchased steam")
    purchased_heat_gj: float | None = optional_quantity("GJ/a", "Purchased heat")
    renewable_electricity_mwh: float | None = optional_quantity("MWh/a", "Renewable electricity")
    biomass_t: float | None = optional_quantity("t/a", "Biomass")
    process_co2_t: float | None = optional_quantity("t/a", "Process CO₂")
    nox_kg: float | None = optional_quantity("kg/a", "NOx emission")
    ammonia_kg: float | None = optional_quantity("kg/a", "Ammonia-nitrogen emission")
    year_in_service: int | None = optional_year("Year in service")  # issue 17; ecopark.phasing


@dataclasses.dataclass(frozen=True, kw_only=True)
class Pipeline(ParkObject):
    """A pipe run of one medium; its ends join the network by snapping (see ecopark.network)."""

    LAYER: ClassVar[str] = "pipelines"
    ID_FIELD: ClassVar[str] = "pipeline_id"
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ("LineString",)
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {
        "medium": MEDIA,
        "status": PIPELINE_STATUSES,
        "laying": PIPE_LAYINGS,
    }

    pipeline_id: str = id_field("Pipeline id")
    medium: str = choice(label="Medium")
    geometry: BaseGeometry = geometry_field()
    diameter_mm: float = quantity("mm", "Diameter")
    status: str = choice(label="Status", default="existing")
    name: str = text(label="Name")
    # insulation and laying for heat loss; empty: the park default (hydraulics)
    insulation_mm: float | None = optional_quantity("mm", "Insulation thickness")
    insulation_w_mk: float | None = optional_quantity("W/(m·K)", "Insulation conductivity")
    laying: str = choice(label="Laying (rack or buried)", default="")
    year_in_service: int | None = optional_year("Year in service")  # issue 17; ecopark.phasing

    @property
    def length_m(self) -> float:
        return float(self.geometry.length)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Corridor(ParkObject):
    """A road centreline or utility corridor along which pipelines may be routed."""

    LAYER: ClassVar[str] = "corridors"
    ID_FIELD: ClassVar[str] = "corridor_id"
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ("LineString",)
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {"kind": CORRIDOR_KINDS}

    corridor_id: str = id_field("Corridor id")
    kind: str = choice(label="Kind", default="road")
    geometry: BaseGeometry = geometry_field()
    name: str = text(label="Name")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Plot(ParkObject):
    """A land parcel: candidate site for placing firms."""

    LAYER: ClassVar[str] = "plots"
    ID_FIELD: ClassVar[str] = "plot_id"
    GEOMETRY_TYPES: ClassVar[tuple[str, ...]] = ("Polygon",)

    plot_id: str = id_field("Plot id")
    geometry: BaseGeometry = geometry_field()
    name: str = text(label="Name")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Exchange(ParkObject):
    """A symbiosis link: a material or energy flow from one firm/facility to another."""

    LAYER: ClassVar[str] = "exchanges"
    ID_FIELD: ClassVar[str] = "exchange_id"

    exchange_id: str = id_field("Exchange id")
    from_id: str = id_field("From (firm or facility id)")
    to_id: str = id_field("To (firm or facility id)")
    material: str = text(label="Material")
    quantity: float = quantity("", "Quantity")
    unit: str = text(default="t/a", label="Unit")
    year_in_service: int | None = optional_year("Year in service")  # issue 17; ecopark.phasing

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.from_id == self.to_id:
            raise InvalidValueError(
                f"exchanges {self.exchange_id}: a firm cannot exchange with itself "
                f"({self.from_id})",
                layer=self.LAYER,
                object_id=self.exchange_id,
                field="to_id",
            )


SPATIAL_TYPES: tuple[type[ParkObject], ...] = (Zone, Firm, Facility, Pipeline, Corridor, Plot)
OBJECT_TYPES: tuple[type[ParkObject], ...] = (*SPATIAL_TYPES, Exchange)
TYPE_BY_LAYER: dict[str, type[ParkObject]] = {t.LAYER: t for t in OBJECT_TYPES}
LAYERS: tuple[str, ...] = tuple(TYPE_BY_LAYER)


def repaired(obj: ParkObject) -> ParkObject:
    """Return ``obj`` with its geometry made valid (only when the caller asks for repair).

    A polygon repaired into a collection keeps only its polygonal parts, since a zone must stay
    an area.
    """
    geom = getattr(obj, "geometry", None)
    if geom is None or geom.is_valid:
        return obj
    fixed = shapely.make_valid(geom)
    if obj.GEOMETRY_TYPES and fixed.geom_type not in obj.GEOMETRY_TYPES:
        if "Polygon" in obj.GEOMETRY_TYPES:
            polys = [
                g for g in shapely.get_parts(fixed) if g.geom_type in ("Polygon", "MultiPolygon")
            ]
            fixed = shapely.union_all(polys) if polys else fixed
            if fixed.geom_type == "MultiPolygon" and "MultiPolygon" not in obj.GEOMETRY_TYPES:
                fixed = max(shapely.get_parts(fixed), key=lambda g: g.area)
    return dataclasses.replace(obj, geometry=fixed)  # type: ignore[type-var]
