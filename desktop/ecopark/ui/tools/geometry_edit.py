"""Reshaping a line or polygon vertex by vertex, without Qt (used by the edit-vertices tool).

A vertex is addressed by (part, ring, index): part of a MultiPolygon (0 otherwise), ring 0 the
exterior and 1.. the holes (0 for a line), index along the ring without its closing repeat.
"""

from __future__ import annotations

import math

from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

Coord = tuple[float, float]
VertexAddress = tuple[int, int, int]
Rings = list[list[list[Coord]]]
"""parts -> rings -> open vertex lists."""


def rings_of(geom: BaseGeometry) -> Rings:
    if isinstance(geom, LineString):
        return [[[(x, y) for x, y, *_ in geom.coords]]]
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    out: Rings = []
    for poly in polys:
        rings = [poly.exterior, *poly.interiors]  # type: ignore[attr-defined]
        out.append([[(x, y) for x, y, *_ in ring.coords][:-1] for ring in rings])
    return out


def from_rings(template: BaseGeometry, parts: Rings) -> BaseGeometry:
    if isinstance(template, LineString):
        return LineString(parts[0][0])
    polys = [Polygon(rings[0], rings[1:]) for rings in parts]
    if isinstance(template, MultiPolygon):
        return MultiPolygon(polys)
    return polys[0]


def is_closed(geom: BaseGeometry) -> bool:
    return not isinstance(geom, LineString)


def vertices(geom: BaseGeometry) -> list[tuple[VertexAddress, Coord]]:
    return [
        ((p, r, i), xy)
        for p, rings in enumerate(rings_of(geom))
        for r, ring in enumerate(rings)
        for i, xy in enumerate(ring)
    ]


def moved(geom: BaseGeometry, address: VertexAddress, xy: Coord) -> BaseGeometry:
    parts = rings_of(geom)
    p, r, i = address
    parts[p][r][i] = xy
    return from_rings(geom, parts)


def inserted(geom: BaseGeometry, address: VertexAddress, xy: Coord) -> BaseGeometry:
    """Insert ``xy`` after the vertex at ``address`` (on the edge that starts there)."""
    parts = rings_of(geom)
    p, r, i = address
    parts[p][r].insert(i + 1, xy)
    return from_rings(geom, parts)


def deleted(geom: BaseGeometry, address: VertexAddress) -> BaseGeometry | None:
    """The geometry without that vertex, or None when too few would remain (3 for a ring,
    2 for a line)."""
    parts = rings_of(geom)
    p, r, i = address
    ring = parts[p][r]
    if len(ring) - 1 < (3 if is_closed(geom) else 2):
        return None
    del ring[i]
    return from_rings(geom, parts)


def nearest_edge(geom: BaseGeometry, xy: Coord) -> tuple[VertexAddress, Coord, float] | None:
    """The edge closest to ``xy``: (address of its first vertex, closest point, distance)."""
    best: tuple[VertexAddress, Coord, float] | None = None
    x, y = xy
    closed = is_closed(geom)
    for p, rings in enumerate(rings_of(geom)):
        for r, ring in enumerate(rings):
            n = len(ring)
            last = n if closed else n - 1
            for i in range(last):
                (ax, ay), (bx, by) = ring[i], ring[(i + 1) % n]
                dx, dy = bx - ax, by - ay
                seg = dx * dx + dy * dy
                t = 0.0 if seg == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / seg))
                px, py = ax + t * dx, ay + t * dy
                d = math.hypot(x - px, y - py)
                if best is None or d < best[2]:
                    best = ((p, r, i), (px, py), d)
    return best
