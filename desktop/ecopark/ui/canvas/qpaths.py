"""Shapely geometries to Qt paths in bulk, without a Python loop per vertex.

Qt serialises a QPainterPath as (count, [type, x, y]*, cStart, fillRule) and a QPolygonF as
(count, [x, y]*), all big-endian; building those bytes with numpy and reading them back through
QDataStream turns tens of thousands of vertices into a path in about a millisecond, where
``path.lineTo`` per vertex takes tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry

_T = TypeVar("_T", QPainterPath, QPolygonF)
MOVE_TO = 0
LINE_TO = 1
_ELEMENT = np.dtype([("t", ">i4"), ("x", ">f8"), ("y", ">f8")])


@dataclass(frozen=True)
class MapFrame:
    """Scene coordinates = map metres relative to an origin near the park, with y pointing down.

    Keeping scene numbers small (tens of km, not millions of metres in Gauss-Kruger) keeps Qt's
    single-precision and fixed-point stages exact to well below a pixel.
    """

    ox: float = 0.0
    oy: float = 0.0

    def to_scene(self, x: float, y: float) -> QPointF:
        return QPointF(x - self.ox, self.oy - y)

    def to_map(self, sx: float, sy: float) -> tuple[float, float]:
        return sx + self.ox, self.oy - sy

    def scene_xy(self, xy: np.ndarray) -> np.ndarray:
        out = np.empty_like(xy, dtype=np.float64)
        out[:, 0] = xy[:, 0] - self.ox
        out[:, 1] = self.oy - xy[:, 1]
        return out


def path_from_elements(types: np.ndarray, xy: np.ndarray) -> QPainterPath:
    """A QPainterPath from element types (0 move, 1 line) and coordinates (n, 2)."""
    n = len(types)
    if n == 0:
        return QPainterPath()
    rec = np.empty(n, dtype=_ELEMENT)
    rec["t"] = types
    rec["x"] = xy[:, 0]
    rec["y"] = xy[:, 1]
    starts = np.flatnonzero(types == MOVE_TO)
    c_start = int(starts[-1]) if len(starts) else 0
    raw = (
        np.array([n], dtype=">i4").tobytes()
        + rec.tobytes()
        + np.array([c_start, 0], dtype=">i4").tobytes()  # cStart, Qt::OddEvenFill (holes)
    )
    return _read(raw, QPainterPath())


def polygon_from_xy(xy: np.ndarray) -> QPolygonF:
    """A QPolygonF (e.g. for drawPoints or drawPolyline) from an (n, 2) array."""
    raw = (
        np.array([len(xy)], dtype=">u4").tobytes() + np.ascontiguousarray(xy, dtype=">f8").tobytes()
    )
    return _read(raw, QPolygonF())


def _read(raw: bytes, target: _T) -> _T:
    # the stream reads through a pointer to the byte array: keep the array alive meanwhile
    data = QByteArray(raw)
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream >> target
    del stream
    return target


def _element_types(index: np.ndarray) -> np.ndarray:
    types = np.full(len(index), LINE_TO, dtype=np.int32)
    if len(index):
        types[0] = MOVE_TO
        types[1:][index[1:] != index[:-1]] = MOVE_TO
    return types


def path_from_geometries(
    geoms: Sequence[BaseGeometry] | np.ndarray, frame: MapFrame
) -> QPainterPath:
    """One path holding every ring of the polygons and every line of the lines given.

    Polygons keep their holes (odd-even fill); points are ignored.
    """
    linear, _ = linear_parts(geoms)
    if not len(linear):
        return QPainterPath()
    coords, index = shapely.get_coordinates(linear, return_index=True)
    return path_from_elements(_element_types(index), frame.scene_xy(coords))


def linear_parts(geoms: Sequence[BaseGeometry] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every ring of the polygons (holes included), then every line of the lines given, and
    for each the index of the geometry it belongs to; points are left out."""
    arr = np.asarray(geoms, dtype=object)
    if arr.size == 0:
        return np.zeros(0, dtype=object), np.zeros(0, dtype=np.intp)
    parts, part_of = shapely.get_parts(arr, return_index=True)
    kinds = shapely.get_type_id(parts)
    polys = kinds == 3
    lines = (kinds == 1) | (kinds == 2)
    rings, ring_of = shapely.get_rings(parts[polys], return_index=True)
    linear = np.concatenate([rings, parts[lines]])
    owner = np.concatenate([part_of[polys][ring_of], part_of[lines]]).astype(np.intp)
    return linear, owner


@dataclass(frozen=True)
class MemberElements:
    """The path elements of many geometries, each geometry's elements contiguous, so that a
    path of any subset of them is made by picking element ranges: no shapely call per frame
    when a street-level view draws the few members of a large batch it meets."""

    xy: np.ndarray
    """Scene coordinates (n, 2)."""
    types: np.ndarray
    """Element types: MOVE_TO at the start of each ring or line, LINE_TO after."""
    offsets: np.ndarray
    """Member i's elements are ``offsets[i]:offsets[i + 1]``."""

    def path_of(self, members: np.ndarray) -> QPainterPath:
        """One path of the given members (indices, ascending), as :func:`path_from_geometries`
        would build it from them."""
        starts = self.offsets[members]
        counts = self.offsets[members + 1] - starts
        total = int(counts.sum())
        if total == 0:
            return QPainterPath()
        # element indices of the chosen ranges, without a Python loop: each range's start
        # repeated over its length, plus the position within it
        within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        picked = np.repeat(starts, counts) + within
        return path_from_elements(self.types[picked], self.xy[picked])


def member_elements(geoms: Sequence[BaseGeometry] | np.ndarray, frame: MapFrame) -> MemberElements:
    """:class:`MemberElements` of the polygons' rings and the lines given (points ignored)."""
    n = len(np.asarray(geoms, dtype=object))
    linear, owner = linear_parts(geoms)
    order = np.argsort(owner, kind="stable")
    coords, index = shapely.get_coordinates(linear[order], return_index=True)
    counts = np.bincount(owner[order][index], minlength=n) if len(index) else np.zeros(n, int)
    offsets = np.zeros(n + 1, dtype=np.intp)
    np.cumsum(counts, out=offsets[1:])
    return MemberElements(frame.scene_xy(coords), _element_types(index), offsets)


def segment_array(geoms: Sequence[BaseGeometry] | np.ndarray, frame: MapFrame) -> np.ndarray:
    """Every segment of the lines (and polygon rings) as rows (x0, y0, x1, y1) in scene
    coordinates: wide pens are drawn with QPainter.drawLines, which strokes separate segments
    far faster than one long path whose joins the stroker has to resolve, and the rows let a
    frame pass on only the segments it shows."""
    linear, _ = linear_parts(geoms)
    if not len(linear):
        return np.zeros((0, 4))
    coords, index = shapely.get_coordinates(linear, return_index=True)
    starts = np.flatnonzero(index[1:] == index[:-1])
    xy = frame.scene_xy(coords)
    return np.hstack([xy[starts], xy[starts + 1]])


def segments_in(
    rows: np.ndarray, left: float, top: float, right: float, bottom: float
) -> np.ndarray:
    """The rows of :func:`segment_array` whose bounding box meets the rectangle."""
    x0, y0, x1, y1 = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3]
    keep = (
        (np.maximum(x0, x1) >= left)
        & (np.minimum(x0, x1) <= right)
        & (np.maximum(y0, y1) >= top)
        & (np.minimum(y0, y1) <= bottom)
    )
    return rows[keep]


def lines_polygon(rows: np.ndarray) -> QPolygonF:
    """Rows of :func:`segment_array` as consecutive point pairs, for QPainter.drawLines."""
    return polygon_from_xy(np.ascontiguousarray(rows).reshape(-1, 2))


def path_from_coords(
    coords: Sequence[tuple[float, float]], frame: MapFrame, close: bool = False
) -> QPainterPath:
    """A single open (or closed) polyline through map coordinates."""
    if not coords:
        return QPainterPath()
    xy = np.asarray(coords, dtype=np.float64).reshape(-1, 2)
    if close and len(xy) > 2:
        xy = np.vstack([xy, xy[:1]])
    types = np.full(len(xy), LINE_TO, dtype=np.int32)
    types[0] = MOVE_TO
    return path_from_elements(types, frame.scene_xy(xy))
