"""Typed input while drawing, as in CAD and QGIS's advanced digitizing panel.

A planner types what the next vertex is, relative to the last one (or absolute):

=================  ==========================================================================
``x,y``            absolute map coordinates (metres in the park CRS)
``@dx,dy``         relative offset from the last vertex
``@``              the last point itself (as in AutoCAD)
``@d<a``           polar: distance ``d`` m at angle ``a`` degrees (counter-clockwise from east)
``d``              distance along the direction the cursor shows (or the locked angle)
``<a``             lock the angle of the next segment (the distance is clicked or typed after)
``d<a``            the same as ``@d<a``
``WxH``            after a shape's first corner: a W by H m rectangle (turned by a locked angle)
=================  ==========================================================================

Angles may be written ``90`` or ``90d``; Chinese full-width commas and ＠ are accepted. The
right-angle and parallel constraints project a free point onto the line through the last vertex
perpendicular / parallel to a reference segment. Every result is exact arithmetic on the typed
numbers (no snapping to screen pixels), so a typed 120 m side is 120 m in the file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ecopark.model.errors import InvalidValueError

Point = tuple[float, float]

_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_ABS = re.compile(rf"^({_NUM})\s*,\s*({_NUM})$")
_REL = re.compile(rf"^@\s*({_NUM})\s*,\s*({_NUM})$")
_POLAR = re.compile(rf"^@?\s*({_NUM})\s*<\s*({_NUM})\s*d?$")
_ANGLE = re.compile(rf"^<\s*({_NUM})\s*d?$")
_DIST = re.compile(rf"^({_NUM})$")
_RECT = re.compile(rf"^({_NUM})\s*[xX×*]\s*({_NUM})$")


def parse_rectangle(text: str) -> tuple[float, float] | None:
    """(width, height) from "1200x800" (also × or *); None when ``text`` is not that form."""
    m = _RECT.match(_clean(text))
    if not m:
        return None
    w, h = float(m.group(1)), float(m.group(2))
    if not (math.isfinite(w) and math.isfinite(h)) or w == 0 or h == 0:
        raise InvalidValueError(f"{text!r}: a rectangle needs a width and a height, e.g. 1200x800")
    return w, h


def rectangle_corners(
    first: Point, width: float, height: float, angle_deg: float = 0.0
) -> list[Point]:
    """The other three corners of a rectangle from ``first``: ``width`` along ``angle_deg``,
    ``height`` square to it (negative values go the other way). Exact for multiples of 90°."""
    a = polar(first, width, angle_deg)
    b = polar(a, height, angle_deg + 90.0)
    c = polar(first, height, angle_deg + 90.0)
    return [a, b, c]


@dataclass(frozen=True)
class TypedInput:
    """What was typed: a point (``point`` set), a distance along the current direction
    (``distance`` set) or an angle lock (``angle_deg`` set alone)."""

    point: Point | None = None
    distance: float | None = None
    angle_deg: float | None = None


def _clean(text: str) -> str:
    return text.strip().replace("，", ",").replace("＠", "@").replace("＜", "<").replace("°", "d")


def parse_input(text: str, last: Point | None) -> TypedInput:
    """Parse one typed entry; relative forms need ``last`` (the previous vertex)."""
    t = _clean(text)
    if m := _ABS.match(t):
        return TypedInput(point=(float(m.group(1)), float(m.group(2))))
    if t == "@":
        return TypedInput(point=_need(last, t))
    if m := _REL.match(t):
        base = _need(last, t)
        return TypedInput(point=(base[0] + float(m.group(1)), base[1] + float(m.group(2))))
    if m := _POLAR.match(t):
        base = _need(last, t)
        d, a = float(m.group(1)), float(m.group(2))
        _check_distance(d, t)
        return TypedInput(point=polar(base, d, a), distance=d, angle_deg=a)
    if m := _ANGLE.match(t):
        return TypedInput(angle_deg=float(m.group(1)))
    if m := _DIST.match(t):
        d = float(m.group(1))
        _check_distance(d, t)
        _need(last, t)
        return TypedInput(distance=d)
    raise InvalidValueError(
        f"cannot read {text!r}: type x,y or @dx,dy or @distance<angle (e.g. @120<90)"
    )


def _need(last: Point | None, t: str) -> Point:
    if last is None:
        raise InvalidValueError(f"{t!r} is relative to the last point: place a first point")
    return last


def _check_distance(d: float, t: str) -> None:
    if not math.isfinite(d) or d <= 0:
        raise InvalidValueError(f"{t!r}: a distance must be a positive number of metres")


def polar(base: Point, distance: float, angle_deg: float) -> Point:
    """The point ``distance`` m from ``base`` at ``angle_deg`` (counter-clockwise from east).

    Multiples of 90° are exact (cos 90° is 0, not 6e-17), so a typed rectangle closes exactly.
    """
    a = angle_deg % 360.0
    exact = {0.0: (1.0, 0.0), 90.0: (0.0, 1.0), 180.0: (-1.0, 0.0), 270.0: (0.0, -1.0)}
    c, s = exact.get(a, (math.cos(math.radians(a)), math.sin(math.radians(a))))
    return base[0] + distance * c, base[1] + distance * s


def along(last: Point, toward: Point, distance: float) -> Point:
    """The point ``distance`` m from ``last`` in the direction of ``toward`` (the cursor)."""
    dx, dy = toward[0] - last[0], toward[1] - last[1]
    n = math.hypot(dx, dy)
    if n == 0:
        return polar(last, distance, 0.0)
    return polar(last, distance, math.degrees(math.atan2(dy, dx)))


def resolve(typed: TypedInput, last: Point | None, cursor: Point, lock_deg: float | None) -> Point:
    """The vertex a typed entry makes, given the cursor (for a bare distance) and an angle lock."""
    if typed.point is not None:
        return typed.point
    if typed.distance is not None and last is not None:
        if lock_deg is not None:
            return polar(last, typed.distance, lock_deg)
        return along(last, cursor, typed.distance)
    raise InvalidValueError("an angle alone locks the direction; type or click the distance")


def perpendicular(last: Point, ref_a: Point, ref_b: Point, free: Point) -> Point:
    """``free`` projected onto the line through ``last`` perpendicular to segment ref_a-ref_b
    (the right-angle constraint: the new segment turns 90° from the reference)."""
    dx, dy = ref_b[0] - ref_a[0], ref_b[1] - ref_a[1]
    return _project(last, (-dy, dx), free)


def parallel(last: Point, ref_a: Point, ref_b: Point, free: Point) -> Point:
    """``free`` projected onto the line through ``last`` parallel to segment ref_a-ref_b."""
    return _project(last, (ref_b[0] - ref_a[0], ref_b[1] - ref_a[1]), free)


def _project(origin: Point, direction: Point, free: Point) -> Point:
    ux, uy = direction
    n2 = ux * ux + uy * uy
    if n2 == 0:
        return free
    t = ((free[0] - origin[0]) * ux + (free[1] - origin[1]) * uy) / n2
    return origin[0] + t * ux, origin[1] + t * uy


def segment_angle_deg(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])) % 360.0


__all__ = [
    "TypedInput",
    "along",
    "parallel",
    "parse_input",
    "parse_rectangle",
    "rectangle_corners",
    "perpendicular",
    "polar",
    "resolve",
    "segment_angle_deg",
]
