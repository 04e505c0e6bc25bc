"""The project file's schema, derived from the model's field declarations.

Deriving columns from the dataclasses keeps one source of truth: adding a field to a model class
adds a column, and ``docs/file-format.md`` is checked against this module by a test.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ecopark.model.fields import Role, role_of, unit_of
from ecopark.model.objects import OBJECT_TYPES, ParkObject

SCHEMA_VERSION = 3
"""Bump on any change a reader of the previous version would misread; add a migration.

Version 2: energy carriers, hydraulic, indicator and balance columns (all optional, read
as NULL from version 1), the ``needs_attention``, ``layer_styles`` and ``qgis_projects`` tables,
and HJ 274 entered values renumbered to seed 004 Table 1 (``storage.indicator_ids``)."""

SPATIAL_LAYER_GEOMETRY: dict[str, str] = {
    "zones": "Polygon",  # written as MultiPolygon when any zone has several parts
    "firms": "Point",
    "facilities": "Point",
    "pipelines": "LineString",
    "corridors": "LineString",
    "plots": "Polygon",
}

ATTRIBUTE_TABLES: tuple[str, ...] = (
    "park",
    "scenarios",
    "zone_kinds",
    "entered_values",
    "views",
    "underlays",
    "needs_attention",
)


@dataclass(frozen=True)
class Column:
    name: str
    role: Role
    unit: str
    dtype: str  # pandas dtype used when writing


_DTYPE: dict[Role, str] = {
    Role.ID: "object",
    Role.TEXT: "object",
    Role.CHOICE: "object",
    Role.QUANTITY: "float64",
    Role.OPTIONAL_QUANTITY: "float64",
    Role.COUNT: "int64",
    Role.FLAG: "int32",
}


def columns_of(cls: type[ParkObject]) -> list[Column]:
    """Attribute columns of a layer in file order: scenario_id first, then the model's fields."""
    cols = [Column("scenario_id", Role.ID, "", "object")]
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        role = role_of(f)
        if role is Role.GEOMETRY:
            continue
        cols.append(Column(f.name, role, unit_of(f), _DTYPE[role]))
    return cols


LAYER_COLUMNS: dict[str, list[Column]] = {cls.LAYER: columns_of(cls) for cls in OBJECT_TYPES}

TABLE_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "park": [
        ("name", "object"),
        ("crs", "object"),
        ("schema_version", "int64"),
        ("app_version", "object"),
        ("settings_json", "object"),
    ],
    "scenarios": [
        ("scenario_id", "object"),
        ("name", "object"),
        ("kind", "object"),
        ("year", "int64"),
    ],
    "zone_kinds": [
        ("kind", "object"),
        ("label_en", "object"),
        ("label_zh", "object"),
        ("industrial", "int32"),
        ("allowed_sectors", "object"),
        ("builtin", "int32"),
    ],
    "entered_values": [("scenario_id", "object"), ("indicator_id", "object"), ("value", "float64")],
    "views": [
        ("view_id", "object"),
        ("position", "int64"),
        ("name", "object"),
        ("xmin", "float64"),
        ("ymin", "float64"),
        ("xmax", "float64"),
        ("ymax", "float64"),
        ("scenario_id", "object"),
        ("visible_layers", "object"),
        ("compare_with", "object"),
    ],
    "underlays": [
        ("underlay_id", "object"),
        ("position", "int64"),
        ("name", "object"),
        ("image_png_base64", "object"),
        ("transform", "object"),
        ("opacity", "float64"),
        ("visible", "int32"),
    ],
    "needs_attention": [
        ("layer", "object"),
        ("source_fid", "int64"),
        ("scenario_id", "object"),
        ("problems_json", "object"),
        ("values_json", "object"),
        ("wkb_hex", "object"),
    ],
}
