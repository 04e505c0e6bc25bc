"""Which coordinate reference systems could a file without one be in? Proposed, never assumed.

A DXF in a national grid (negative Krovák coordinates, no GEODATA) or a shapefile without its
.prj says nothing about where it is. Every projected CRS in PROJ's database has an *area of
use*; the coordinates are projected back to longitude/latitude with each CRS, and the CRSs whose
area of use holds them are the candidates. Near a park, the ones that put the features on the
park come first; otherwise the most local areas of use do (a national grid before a world-wide
projection). Offline: PROJ's database ships with pyproj.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyproj
import shapely
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_crs_info
from pyproj.enums import PJType

from ecopark.importers.preview import ImportPreview, LayerPreview

AREA_MARGIN_DEG = 0.5
"""Coordinates a little outside a CRS's published area of use still count (coasts, borders)."""

NEAR_PARK_KM = 50.0
"""A CRS that puts the features within this distance of the park is a likely one."""

GEOGRAPHIC_CANDIDATES = ("EPSG:4490", "EPSG:4326")
"""Longitude/latitude files: China Geodetic Coordinate System 2000, then WGS 84."""


@dataclass(frozen=True)
class CrsCandidate:
    """A CRS the coordinates could be in, with where it is used and (near a park) how far."""

    crs: str
    """e.g. "EPSG:5514"."""
    name: str
    area: str
    """Its area of use as PROJ names it."""
    distance_km: float | None = None
    """From the features (read in this CRS) to the park; None when there is no park."""

    def line(self) -> str:
        area = self.area.rstrip(".")
        area = area if len(area) <= 70 else area[:70] + "…"
        where = f"{self.crs} {self.name} (used in: {area})"
        if self.distance_km is not None:
            where += f", {self.distance_km:,.0f} km from the park"
        return where


@dataclass(frozen=True)
class _Known:
    code: str
    name: str
    area: str
    bounds: tuple[float, float, float, float]
    """west, south, east, north in degrees (west > east: crosses the antimeridian)."""


@functools.lru_cache(maxsize=1)
def _projected() -> tuple[_Known, ...]:
    infos = query_crs_info(auth_name="EPSG", pj_types=[PJType.PROJECTED_CRS])
    return tuple(
        _Known(
            f"EPSG:{i.code}",
            i.name,
            i.area_of_use.name or "",
            (i.area_of_use.west, i.area_of_use.south, i.area_of_use.east, i.area_of_use.north),
        )
        for i in infos
        if not i.deprecated and i.area_of_use is not None
    )


@functools.lru_cache(maxsize=8192)
def _proj(code: str) -> pyproj.Proj | None:
    try:
        return pyproj.Proj(pyproj.CRS.from_user_input(code))
    except pyproj.exceptions.CRSError:
        return None


def _inside(lon: np.ndarray, lat: np.ndarray, b: tuple[float, float, float, float]) -> bool:
    west, south, east, north = b
    m = AREA_MARGIN_DEG
    if not (np.isfinite(lon).all() and np.isfinite(lat).all()):
        return False
    lat_ok = bool(((lat >= south - m) & (lat <= north + m)).all())
    if west <= east:
        lon_ok = bool(((lon >= west - m) & (lon <= east + m)).all())
    else:  # the area crosses the antimeridian
        lon_ok = bool(((lon >= west - m) | (lon <= east + m)).all())
    return lat_ok and lon_ok


def _probe_points(bounds: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    xs = np.array([xmin, xmax, xmin, xmax, (xmin + xmax) / 2])
    ys = np.array([ymin, ymin, ymax, ymax, (ymin + ymax) / 2])
    return xs, ys


def crs_candidates(
    bounds: Sequence[float],
    *,
    near: tuple[float, float] | None = None,
    limit: int = 8,
) -> list[CrsCandidate]:
    """CRSs whose area of use holds the box ``bounds`` (xmin, ymin, xmax, ymax) read in them.

    ``near`` (longitude, latitude of the park) ranks by how far the features would land from the
    park, trying the CRSs used at the park first; without it the most local areas come first.
    """
    if not all(math.isfinite(float(v)) for v in bounds):
        return []
    xs, ys = _probe_points(bounds)
    out: list[CrsCandidate] = []
    if (np.abs(xs) <= 180).all() and (np.abs(ys) <= 90).all():
        for code in GEOGRAPHIC_CANDIDATES:
            crs = pyproj.CRS.from_user_input(code)
            area = crs.area_of_use.name if crs.area_of_use else ""
            out.append(CrsCandidate(code, crs.name, area, _distance(xs[-1], ys[-1], near)))
    pool = _projected()
    size = {k.code: _area_deg2(k.bounds) for k in pool}
    found: list[CrsCandidate] = []
    if near is not None:
        local = _used_at(near)
        found = _matching([k for k in pool if k.code in local], xs, ys, near)
        found = [c for c in found if (c.distance_km or 0.0) <= NEAR_PARK_KM]
        found.sort(key=lambda c: (c.distance_km or 0.0, c.crs))
    if not found:  # nowhere near the park in any CRS used there: the most local areas first
        found = _matching(list(pool), xs, ys, near)
        found.sort(key=lambda c: (size[c.crs], c.crs))
    return (out + found)[:limit]


def _used_at(near: tuple[float, float]) -> set[str]:
    lon, lat = near
    infos = query_crs_info(
        auth_name="EPSG",
        pj_types=[PJType.PROJECTED_CRS],
        area_of_interest=AreaOfInterest(lon, lat, lon, lat),
    )
    return {f"EPSG:{i.code}" for i in infos}


def _matching(
    pool: list[_Known], xs: np.ndarray, ys: np.ndarray, near: tuple[float, float] | None
) -> list[CrsCandidate]:
    found = []
    for known in pool:
        proj = _proj(known.code)
        if proj is None:
            continue
        with np.errstate(all="ignore"):
            lon, lat = proj(xs, ys, inverse=True, errcheck=False)
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        if _inside(lon, lat, known.bounds):
            found.append(
                CrsCandidate(known.code, known.name, known.area, _distance(lon[-1], lat[-1], near))
            )
    return found


_GEOD = pyproj.Geod(ellps="WGS84")


def _distance(lon: float, lat: float, near: tuple[float, float] | None) -> float | None:
    if near is None:
        return None
    _, _, metres = _GEOD.inv(lon, lat, near[0], near[1])
    return float(metres) / 1000.0


def _area_deg2(b: tuple[float, float, float, float]) -> float:
    west, south, east, north = b
    width = east - west if west <= east else 360.0 - (west - east)
    return width * (north - south)


def layer_bounds(layer: LayerPreview, metres_per_unit: float | None = None) -> tuple[float, ...]:
    """The box the layer's readable geometries cover (scaled to metres when a scale is given);
    NaNs when it has none."""
    table = layer.features
    geoms = [] if table is None else [g for g in table.geometries if g is not None]
    if not geoms:
        return (math.nan,) * 4
    box = tuple(float(v) for v in shapely.total_bounds(geoms))
    scale = metres_per_unit or 1.0
    return tuple(v * scale for v in box)


def candidates_for_layer(
    preview: ImportPreview,
    layer: LayerPreview,
    *,
    near: tuple[float, float] | None = None,
    metres_per_unit: float | None = None,
    limit: int = 8,
) -> list[CrsCandidate]:
    """Candidate CRSs for a layer without one (its coordinates, read in the confirmed units)."""
    scale = metres_per_unit if metres_per_unit is not None else preview.metres_per_unit
    return crs_candidates(layer_bounds(layer, scale), near=near, limit=limit)


def park_location(crs: str, bounds: Sequence[float] | None) -> tuple[float, float] | None:
    """Longitude/latitude of the park: the centre of its objects, or of its CRS's area of use
    when it has none yet."""
    target = pyproj.CRS.from_user_input(crs)
    if bounds is not None and all(math.isfinite(float(v)) for v in bounds):
        cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
        to_geo = pyproj.Transformer.from_crs(target, "EPSG:4326", always_xy=True)
        lon, lat = to_geo.transform(cx, cy)
        return float(lon), float(lat)
    area = target.area_of_use
    if area is None:
        return None
    return ((area.west + area.east) / 2, (area.south + area.north) / 2)
