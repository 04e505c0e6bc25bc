"""From source layers to park layers: proposed targets, field mapping and value conversion.

Planners receive files whose columns are named anything (NAME, 名称, substance, landuse...).
We propose a mapping from names and synonyms, and convert each value with the model's own rules
so that a NaN, an infinity, a negative area or an absurd magnitude is refused here, per feature,
with the field named, instead of reaching the park.
"""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

import numpy as np
import shapely

from ecopark.importers.preview import FeatureTable, ImportProblem
from ecopark.model import TYPE_BY_LAYER, InvalidValueError
from ecopark.model.fields import Role, normalise_number, role_of
from ecopark.model.kinds import FACILITY_KINDS, MEDIA, PIPELINE_STATUSES, SECTORS

PARK_LAYERS: tuple[str, ...] = ("zones", "firms", "facilities", "pipelines", "corridors", "plots")

ID_PREFIX: dict[str, str] = {
    "zones": "Z",
    "firms": "F",
    "facilities": "S",
    "pipelines": "P",
    "corridors": "C",
    "plots": "L",
}

ACCEPTED_GEOMETRY: dict[str, tuple[str, ...]] = {
    "zones": ("Polygon", "MultiPolygon"),
    "plots": ("Polygon", "MultiPolygon"),
    "firms": ("Point", "MultiPoint", "Polygon", "MultiPolygon"),
    "facilities": ("Point", "MultiPoint", "Polygon", "MultiPolygon"),
    "pipelines": ("LineString", "MultiLineString"),
    "corridors": ("LineString", "MultiLineString"),
}
"""Source geometry types each park layer takes; polygons become points for firms/facilities."""

_LAYER_WORDS: dict[str, tuple[str, ...]] = {
    "zones": ("zone", "landuse", "industrial", "area", "功能区", "分区", "用地"),
    "firms": ("firm", "company", "enterprise", "building", "企业", "工厂"),
    "facilities": ("facilit", "plant", "chp", "wwtp", "设施"),
    "pipelines": ("pipe", "steam", "heat", "管"),
    "corridors": ("road", "street", "highway", "corridor", "道路", "廊道"),
    "plots": ("plot", "parcel", "lot", "地块"),
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "title", "label", "名称", "名字", "企业名称", "单位名称", "分区名称"),
    "kind": ("kind", "type", "zone_kind", "landuse", "类型"),
    "sector": ("sector", "industry", "行业"),
    "medium": ("medium", "substance", "介质"),
    "status": ("status", "状态"),
    "diameter_mm": ("diameter_mm", "diameter", "dn", "管径"),
    "employees": ("employees", "staff", "职工", "员工", "从业人员", "职工人数"),
}

MEDIUM_WORDS: dict[str, str] = {
    "heat": "heat",
    "hot_water": "heat",
    "district_heating": "heat",
    "heating": "heat",
    "steam": "steam_mp",
    "steam_hp": "steam_hp",
    "steam_mp": "steam_mp",
    "steam_lp": "steam_lp",
    "reclaimed_water": "reclaimed_water",
    "reclaimed": "reclaimed_water",
    "recycled_water": "reclaimed_water",
    "热水": "heat",
    "蒸汽": "steam_mp",
    "中水": "reclaimed_water",
}

ZONE_KIND_WORDS: dict[str, str] = {
    "industrial": "lingang_industrial",
    "port": "harbor",
    "harbour": "harbor",
    "residential": "city",
    "commercial": "city",
    "retail": "city",
    "railway": "logistics",
    "forest": "ecological",
    "grass": "ecological",
    "meadow": "ecological",
    "greenfield": "reserve",
    "brownfield": "reserve",
}

_PLAUSIBLE: dict[str, tuple[float, float, str]] = {
    "diameter_mm": (15.0, 4000.0, "a diameter in millimetres"),
    "service_radius_m": (10.0, 100_000.0, "a radius in metres"),
}


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "_", name.lower()).strip("_")


def propose_target(name: str, geometry_types: dict[str, int], fields: list[str]) -> str | None:
    """The park layer a source layer most likely feeds, from its name, then its geometry."""
    key = _norm(name)
    if key in PARK_LAYERS:
        return key
    present = {t for t, n in geometry_types.items() if n and t != "none"}
    for layer, words in _LAYER_WORDS.items():
        if any(w in key for w in words) and present & set(ACCEPTED_GEOMETRY[layer]):
            return layer
    if present <= {"Polygon", "MultiPolygon"} and present:
        return "zones"
    if present <= {"Point", "MultiPoint"} and present:
        return "firms"
    if present <= {"LineString", "MultiLineString"} and present:
        normed = {_norm(f) for f in fields}
        return "pipelines" if normed & {"medium", "substance"} else "corridors"
    return None


def mappable_fields(target: str) -> list[str]:
    """Park fields a source column can fill (not the id, not the geometry)."""
    cls = TYPE_BY_LAYER[target]
    return [
        f.name
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if role_of(f) not in (Role.ID, Role.GEOMETRY)
    ]


def propose_mapping(target: str | None, fields: list[str]) -> dict[str, str]:
    """Park field -> source column, by exact name first, then by synonym."""
    if target is None:
        return {}
    by_norm = {_norm(f): f for f in fields}
    mapping: dict[str, str] = {}
    for park_field in mappable_fields(target):
        if park_field in by_norm:
            mapping[park_field] = by_norm[park_field]
            continue
        for word in _SYNONYMS.get(park_field, ()):
            if _norm(word) in by_norm:
                mapping[park_field] = by_norm[_norm(word)]
                break
    return mapping


def field_roles(target: str) -> dict[str, Role]:
    cls = TYPE_BY_LAYER[target]
    return {f.name: role_of(f) for f in dataclasses.fields(cls)}  # type: ignore[arg-type]


def _is_missing(value: Any) -> bool:
    return (
        value is None or (isinstance(value, float) and math.isnan(value)) or value is np.ma.masked
    )


def convert_values(
    layer: str,
    table: FeatureTable,
    index: int,
    target: str,
    mapping: dict[str, str],
    *,
    known_kinds: set[str] | None = None,
    default_kind: str = "",
    default_medium: str = "",
) -> tuple[dict[str, Any], list[ImportProblem]]:
    """Model field values of one feature from its mapped columns.

    Returns the values and the problems; any problem of severity "error" means the feature must
    be skipped. NULL is "not recorded" (the model default), NaN/inf/negative/huge are errors.
    """
    fid = int(table.feature_ids[index])
    roles = field_roles(target)
    values: dict[str, Any] = {}
    problems: list[ImportProblem] = []
    for park_field, column in mapping.items():
        if column not in table.columns or park_field not in roles:
            continue
        raw = table.columns[column][index]
        if isinstance(raw, np.generic):
            raw = raw.item()
        role = roles[park_field]
        named = park_field if column == park_field else f"{park_field} (column {column})"
        if role in (Role.QUANTITY, Role.OPTIONAL_QUANTITY, Role.COUNT):
            if raw is None or fid in table.nulls.get(column, set()):
                continue
            if isinstance(raw, str):
                try:
                    raw = float(raw.strip().replace(",", ""))
                except ValueError:
                    problems.append(
                        ImportProblem(layer, fid, park_field, f"{named} is not a number ({raw!r})")
                    )
                    continue
            try:
                number = normalise_number(
                    raw,
                    role=Role.QUANTITY if role is Role.OPTIONAL_QUANTITY else role,
                    layer=layer,
                    object_id="",
                    field_name=park_field,
                )
            except InvalidValueError as exc:
                tail = str(exc).split(": ", 1)[-1].removeprefix(park_field).strip()
                problems.append(ImportProblem(layer, fid, park_field, f"{named} {tail}"))
                continue
            values[park_field] = number
            if park_field in _PLAUSIBLE and number:
                lo, hi, what = _PLAUSIBLE[park_field]
                if not lo <= float(number) <= hi:
                    problems.append(
                        ImportProblem(
                            layer,
                            fid,
                            park_field,
                            f"{named} = {number:g} is unusual for {what}; check the unit",
                            "warning",
                        )
                    )
        elif role is Role.FLAG:
            if _is_missing(raw):
                continue
            flag = _to_flag(raw)
            if flag is None:
                problems.append(ImportProblem(layer, fid, park_field, f"{named} is not yes/no"))
            else:
                values[park_field] = flag
        elif role is Role.CHOICE:
            if _is_missing(raw) or str(raw).strip() == "":
                continue
            chosen = _choice(target, park_field, str(raw).strip(), known_kinds)
            if chosen is None:
                problems.append(
                    ImportProblem(
                        layer,
                        fid,
                        park_field,
                        f"{named} {str(raw)!r} is not a known value; the default is used",
                        "warning",
                    )
                )
            else:
                values[park_field] = chosen
        else:
            if not _is_missing(raw):
                values[park_field] = str(raw)
    if target == "zones" and "kind" not in values:
        values["kind"] = default_kind
    if target == "facilities" and "kind" not in values:
        values["kind"] = default_kind
    if target == "pipelines" and "medium" not in values:
        if default_medium:
            values["medium"] = default_medium
        else:
            problems.append(
                ImportProblem(
                    layer,
                    fid,
                    "medium",
                    "no pipeline medium (heat, steam, reclaimed water) is given; choose a "
                    "default medium for this layer",
                )
            )
    if target in ("zones", "facilities") and not values.get("kind"):
        problems.append(
            ImportProblem(layer, fid, "kind", f"no {target[:-1]} kind is given; choose a default")
        )
    return values, problems


def _to_flag(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float):
        return bool(raw) if raw in (0, 1) else None
    text = str(raw).strip().lower()
    if text in ("1", "yes", "y", "true", "t", "是"):
        return True
    if text in ("0", "no", "n", "false", "f", "否"):
        return False
    return None


def _choice(target: str, park_field: str, raw: str, known_kinds: set[str] | None) -> str | None:
    key = _norm(raw)
    if target == "pipelines" and park_field == "medium":
        return key if key in MEDIA else MEDIUM_WORDS.get(key)
    if park_field == "status":
        return key if key in PIPELINE_STATUSES else None
    if target == "firms" and park_field == "sector":
        return key if key in SECTORS else None
    if target == "facilities" and park_field == "kind":
        return key if key in FACILITY_KINDS else None
    if target == "zones" and park_field == "kind":
        kinds = known_kinds or set()
        if key in kinds:
            return key
        mapped = ZONE_KIND_WORDS.get(key)
        return mapped if mapped in kinds else None
    if target == "corridors" and park_field == "kind":
        return key if key in ("road", "utility") else None
    return raw


def geometry_problems(
    layer: str, geoms: np.ndarray, fids: np.ndarray, target: str | None
) -> tuple[list[ImportProblem], np.ndarray]:
    """Per-feature geometry problems and a mask of features that are fine as they are.

    Missing geometries are skipped silently here (the reader already reported them).
    Invalid geometries are reported as repairable.
    """
    ok = np.array([g is not None for g in geoms], dtype=bool)
    problems: list[ImportProblem] = []
    if not ok.any():
        return problems, ok
    present = geoms[ok]
    index = np.flatnonzero(ok)
    empty = shapely.is_empty(present)
    coords, owner = shapely.get_coordinates(present, return_index=True)
    bad_coord = np.zeros(len(present), dtype=bool)
    if len(coords):
        bad_rows = ~np.isfinite(coords).all(axis=1)
        bad_coord[np.unique(owner[bad_rows])] = True
    valid = shapely.is_valid(present)
    types = shapely.get_type_id(present)
    accepted = ACCEPTED_GEOMETRY.get(target or "", ())
    names = np.array(
        [
            "Point",
            "LineString",
            "LinearRing",
            "Polygon",
            "MultiPoint",
            "MultiLineString",
            "MultiPolygon",
            "GeometryCollection",
        ],
        dtype=object,
    )
    for j, i in enumerate(index):
        fid = int(fids[i])
        gtype = str(names[types[j]]) if 0 <= types[j] < len(names) else "unknown"
        if empty[j]:
            problems.append(ImportProblem(layer, fid, "geometry", "geometry is empty"))
            ok[i] = False
        elif bad_coord[j]:
            problems.append(
                ImportProblem(layer, fid, "geometry", "has coordinates that are not finite numbers")
            )
            ok[i] = False
        elif target is not None and gtype not in accepted:
            problems.append(
                ImportProblem(
                    layer,
                    fid,
                    "geometry",
                    f"a {gtype} cannot become {target}; expected {' or '.join(accepted)}",
                )
            )
            ok[i] = False
        elif not valid[j]:
            reason = shapely.is_valid_reason(present[j])
            problems.append(
                ImportProblem(
                    layer,
                    fid,
                    "geometry",
                    f"invalid geometry ({reason}); repair it or leave it out",
                    repairable=True,
                )
            )
            ok[i] = False
    return problems, ok


def make_valid_for(target: str, geom: Any) -> Any:
    """Repair a geometry, keeping only the parts the target layer can hold."""
    fixed = shapely.make_valid(geom)
    parts = shapely.get_parts(fixed)
    if target in ("zones", "plots", "firms", "facilities"):
        keep = [g for g in parts if g.geom_type in ("Polygon", "MultiPolygon")]
        if not keep and target in ("firms", "facilities"):
            keep = [g for g in parts if g.geom_type == "Point"]
    else:
        keep = [g for g in parts if g.geom_type in ("LineString", "MultiLineString")]
    if not keep:
        return None
    merged = shapely.union_all(keep)
    if merged.geom_type == "GeometryCollection" or merged.is_empty:
        return None
    return merged
