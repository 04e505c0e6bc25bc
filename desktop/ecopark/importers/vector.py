"""Read GeoPackage, GeoJSON and Shapefile sources with pyogrio, feature by feature.

We read raw WKB rather than a GeoDataFrame because one bad geometry (an unclosed ring, a TIN
patch) makes the whole-frame conversion fail; parsing WKB ourselves lets us keep the good
features and report the bad ones by feature id.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio
import pyogrio.raw
import shapely

from ecopark.importers.preview import (
    FeatureTable,
    ImportProblem,
    LayerPreview,
    SourceError,
    geometry_type_counts,
)

VECTOR_SUFFIXES: dict[str, str] = {
    ".gpkg": "gpkg",
    ".geojson": "geojson",
    ".json": "geojson",
    ".shp": "shp",
}

_WKB_NAMES = {
    8: "CircularString",
    9: "CompoundCurve",
    10: "CurvePolygon",
    11: "MultiCurve",
    12: "MultiSurface",
    15: "PolyhedralSurface",
    16: "TIN",
    17: "Triangle",
}


def first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def list_source_layers(path: Path) -> list[str]:
    """Layer names of a vector file, or a :class:`SourceError` that names the file."""
    if path.suffix.lower() == ".shp" and not _has_sibling(path, ".shx"):
        raise SourceError(
            f"{path.name}: the shapefile's index file ({path.stem}.shx) is missing; copy all "
            "files of the shapefile (.shp, .shx, .dbf, .prj) into the same folder",
            path=str(path),
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            layers = pyogrio.list_layers(path)
    except Exception as exc:  # GDAL refuses damaged files in many ways
        raise SourceError(f"{path.name}: cannot be read ({_explain(exc)})", path=str(path)) from exc
    names = [str(name) for name, geometry_type in layers if geometry_type is not None]
    if not names:
        raise SourceError(
            f"{path.name}: has no map layers (only attribute tables or nothing at all)",
            path=str(path),
        )
    return names


def _has_sibling(path: Path, suffix: str) -> bool:
    return path.with_suffix(suffix).exists() or path.with_suffix(suffix.upper()).exists()


def _explain(exc: BaseException) -> str:
    text = first_line(exc)
    if "not recognized as being in a supported file format" in text:
        return "not a GeoPackage, GeoJSON or Shapefile GDAL recognises, or an empty one"
    if "JSON parsing error" in text:
        return "the JSON text is malformed: " + text.split("JSON parsing error:", 1)[-1].strip()
    return text


def read_vector_layer(path: Path, layer: str) -> LayerPreview:
    """Read one layer: features, per-feature geometry problems, CRS and fields."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            meta, fids, wkb, field_data = pyogrio.raw.read(path, layer=layer, return_fids=True)
    except Exception as exc:
        raise SourceError(
            f"{path.name}: layer {layer} cannot be read ({_explain(exc)})", path=str(path)
        ) from exc
    fields = [str(f) for f in meta["fields"]]
    columns = {name: np.asarray(values) for name, values in zip(fields, field_data, strict=False)}
    fids = np.asarray(
        fids if fids is not None else np.arange(len(field_data[0]) if field_data else 0)
    )
    if wkb is None:
        wkb = np.full(len(fids), None, dtype=object)
    geoms, problems, needs_repair = parse_wkb(layer, np.asarray(wkb, dtype=object), fids)
    crs = meta.get("crs")
    preview = LayerPreview(
        name=layer,
        feature_count=len(fids),
        geometry_types=geometry_type_counts(geoms),
        fields=fields,
        source_crs=str(crs) if crs else None,
        crs_origin="file" if crs else "missing",
        problems=problems,
        features=FeatureTable(
            geoms,
            fids,
            columns,
            nulls=_null_fids(path, layer, columns),
            needs_repair=needs_repair,
            read_problems={p.feature: p for p in problems if p.feature is not None},
        ),
    )
    if not crs:
        preview.problems.append(
            ImportProblem(
                layer,
                None,
                "",
                "the file does not say which coordinate reference system it uses; choose it "
                "before importing",
                "warning",
            )
        )
    if len(fids) == 0:
        preview.problems.append(ImportProblem(layer, None, "", "the layer has no features"))
    return preview


def parse_wkb(
    layer: str, wkb: np.ndarray, fids: np.ndarray
) -> tuple[np.ndarray, list[ImportProblem], np.ndarray]:
    """Parse WKB per feature; unreadable geometries become None with a problem naming them.

    Geometries that only need their rings closed are parsed with shapely's ``fix`` mode and
    flagged repairable, so a planner who opts in to repair keeps them.
    """
    problems: list[ImportProblem] = []
    needs_repair = np.zeros(len(wkb), dtype=bool)
    present = np.array([w is not None for w in wkb], dtype=bool)
    geoms = np.full(len(wkb), None, dtype=object)
    if present.any():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = shapely.from_wkb(wkb[present], on_invalid="ignore")
        geoms[present] = parsed
    for i in np.flatnonzero(~present):
        problems.append(ImportProblem(layer, int(fids[i]), "geometry", "has no geometry (NULL)"))
    failed = np.flatnonzero(present & np.array([g is None for g in geoms], dtype=bool))
    for i in failed:
        problems.append(_unparsed_problem(layer, int(fids[i]), wkb[i]))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fixed = shapely.from_wkb(wkb[i], on_invalid="fix")
        except Exception:
            fixed = None
        geoms[i] = fixed if fixed is not None and not fixed.is_empty else None
        if geoms[i] is not None:
            needs_repair[i] = True
            problems[-1] = ImportProblem(
                layer, int(fids[i]), "geometry", problems[-1].message, "error", repairable=True
            )
    return geoms, problems, needs_repair


def _unparsed_problem(layer: str, fid: int, wkb: Any) -> ImportProblem:
    try:
        shapely.from_wkb(wkb)
    except Exception as exc:
        text = first_line(exc)
    else:  # pragma: no cover - parsed on the second try
        text = "unreadable"
    code = _wkb_type(wkb)
    if code in _WKB_NAMES:
        message = f"{_WKB_NAMES[code]} geometries are not supported; convert them to polygons"
    elif "closed linestring" in text:
        message = "a polygon ring is not closed (its last point differs from its first)"
    else:
        message = f"geometry cannot be read ({text})"
    return ImportProblem(layer, fid, "geometry", message)


def _wkb_type(wkb: Any) -> int:
    try:
        raw = bytes(wkb)
        if raw[0] == 1:
            return int.from_bytes(raw[1:5], "little") % 1000
        return int.from_bytes(raw[1:5], "big") % 1000
    except Exception:
        return -1


def _null_fids(path: Path, layer: str, columns: dict[str, np.ndarray]) -> dict[str, set[int]]:
    """Feature ids whose float value is NULL, per column.

    pyogrio gives NULL and NaN both as NaN in float columns; a NULL is "not recorded" and a NaN
    is a wrong value, so we ask GDAL which ones are NULL (only for columns that have NaNs).
    """
    out: dict[str, set[int]] = {}
    for name, values in columns.items():
        if values.dtype.kind != "f" or not np.isnan(values).any():
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                _, fids, _, _ = pyogrio.raw.read(
                    path,
                    layer=layer,
                    read_geometry=False,
                    columns=[],
                    where=f'"{name}" IS NULL',
                    return_fids=True,
                )
            out[name] = {int(f) for f in fids}
        except Exception:
            out[name] = set()
    return out
