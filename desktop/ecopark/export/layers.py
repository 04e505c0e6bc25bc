"""Export one layer of one scenario to GeoJSON, Shapefile or GeoPackage, for other GIS tools.

- GeoJSON is written in EPSG:4326 (longitude, latitude) as RFC 7946 requires; pass
  ``keep_crs=True`` to keep the park's projected CRS (GDAL then writes a legacy ``crs`` member).
- Shapefile field names are limited to 10 characters: long names are shortened by
  :func:`shapefile_field_names` (the first letters of each word, then a number on a clash) and the
  mapping is written beside the file as ``NAME.fields.csv`` (short name, park field).
- GeoPackage keeps the park CRS and the full field names.

Every file is written to a temporary sibling and renamed into place (for a Shapefile, each of its
files), so a failed export never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio

from ecopark.model import SPATIAL_TYPES, TYPE_BY_LAYER, EcoParkError, Park
from ecopark.model.fields import Role, role_of
from ecopark.storage import atomic_target

DRIVERS: dict[str, str] = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".shp": "ESRI Shapefile",
    ".gpkg": "GPKG",
}
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


class ExportError(EcoParkError):
    """A layer cannot be exported (unknown layer or format, disk problem)."""


def shapefile_field_names(layer: str) -> dict[str, str]:
    """Park field -> Shapefile column (at most 10 characters, unique, deterministic)."""
    cls = TYPE_BY_LAYER[layer]
    names = [f.name for f in dataclasses.fields(cls) if role_of(f) is not Role.GEOMETRY]  # type: ignore[arg-type]
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        short = name
        parts = name.split("_")
        width = max(len(p) for p in parts)
        while len(short) > 10 and width > 1:
            width -= 1
            short = "".join(p[:width] for p in parts)
        short = short[:10]
        n = 1
        while short in used:
            short = f"{short[:8]}{n:02d}"
            n += 1
        used.add(short)
        out[name] = short
    return out


def layer_frame(park: Park, scenario_id: str, layer: str) -> gpd.GeoDataFrame:
    """The objects of one layer as a GeoDataFrame in the park CRS (flags as 0/1)."""
    if layer not in {cls.LAYER for cls in SPATIAL_TYPES}:
        raise ExportError(
            f"{layer!r} is not a map layer; choose one of zones, firms, "
            "facilities, pipelines, corridors, plots"
        )
    cls = TYPE_BY_LAYER[layer]
    fields = [f for f in dataclasses.fields(cls) if role_of(f) is not Role.GEOMETRY]  # type: ignore[arg-type]
    objects = list(park.scenario(scenario_id).objects(layer).values())
    data: dict[str, Any] = {}
    for f in fields:
        values = [getattr(o, f.name) for o in objects]
        role = role_of(f)
        if role is Role.FLAG:
            data[f.name] = pd.Series([int(v) for v in values], dtype="int32")
        elif role is Role.COUNT:
            data[f.name] = pd.Series(values, dtype="int64")
        elif role in (Role.QUANTITY, Role.OPTIONAL_QUANTITY):
            data[f.name] = pd.Series(
                [np.nan if v is None else float(v) for v in values], dtype="float64"
            )
        else:
            data[f.name] = pd.Series(values, dtype="object")
    geometry = gpd.GeoSeries([o.geometry for o in objects], crs=park.crs)  # type: ignore[attr-defined]
    return gpd.GeoDataFrame(data, geometry=geometry, crs=park.crs)


def export_layer(
    park: Park,
    scenario_id: str,
    layer: str,
    path: str | os.PathLike[str],
    driver: str | None = None,
    *,
    keep_crs: bool = False,
) -> int:
    """Write one layer of a scenario; returns the number of features written."""
    target = Path(path)
    driver = driver or DRIVERS.get(target.suffix.lower())
    if driver not in DRIVERS.values():
        raise ExportError(f"{target.name}: choose a .geojson, .shp or .gpkg file to export a layer")
    frame = layer_frame(park, scenario_id, layer)
    geometry_type = _geometry_type(frame, layer)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            if driver == "GeoJSON":
                out = frame if keep_crs else frame.to_crs("EPSG:4326")
                with atomic_target(target) as tmp:
                    pyogrio.write_dataframe(
                        out,
                        tmp,
                        driver="GeoJSON",
                        geometry_type=geometry_type,
                        promote_to_multi=geometry_type.startswith("Multi"),
                    )
            elif driver == "GPKG":
                with atomic_target(target) as tmp:
                    pyogrio.write_dataframe(
                        frame,
                        tmp,
                        layer=layer,
                        driver="GPKG",
                        geometry_type=geometry_type,
                        promote_to_multi=geometry_type.startswith("Multi"),
                    )
            else:
                _write_shapefile(frame, layer, target, geometry_type)
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise ExportError(f"could not write {target.name}: {exc}") from exc
    return len(frame)


def _geometry_type(frame: gpd.GeoDataFrame, layer: str) -> str:
    types = set(frame.geometry.geom_type) if len(frame) else set()
    if layer == "zones" and "MultiPolygon" in types:
        return "MultiPolygon"
    return {"zones": "Polygon", "plots": "Polygon", "firms": "Point", "facilities": "Point"}.get(
        layer, "LineString"
    )


def _write_shapefile(frame: gpd.GeoDataFrame, layer: str, target: Path, geometry_type: str) -> None:
    names = shapefile_field_names(layer)
    renamed = frame.rename(columns=names)
    folder = Path(tempfile.mkdtemp(prefix=f".{target.stem}.", dir=target.parent))
    try:
        tmp = folder / target.name
        pyogrio.write_dataframe(
            renamed,
            tmp,
            driver="ESRI Shapefile",
            encoding="UTF-8",
            geometry_type=geometry_type,
            promote_to_multi=geometry_type.startswith("Multi"),
        )
        with open(folder / f"{target.stem}.fields.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["shapefile_field", "park_field"])
            writer.writerows((short, name) for name, short in names.items())
        produced = sorted(folder.iterdir(), key=lambda p: p.suffix == ".shp")  # .shp last
        for part in produced:
            with open(part, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(part, target.with_name(part.name))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
