"""Labels on a printed sheet placed without overlap, in page space (millimetres), by priority.

Shared facilities are labelled first, then firms, then zones: a label is tried at a few
positions around its point (right, left, above, below, the corners) or, for a zone, inside the
zone's polygon (its pole of inaccessibility first), and kept at the first position that is inside
the map frame, clear of every label already placed and of the point symbols. A label that finds
no place is left off and counted, never drawn over another. Pure geometry: the caller measures
the text and draws it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import shapely
from shapely.geometry import Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

Rect = tuple[float, float, float, float]
"""(x0, y0, x1, y1) in page millimetres."""

PRIORITY = {"facilities": 0, "firms": 1, "zones": 2}
"""Lower is placed first (issue 20: facilities, then firms, then zones)."""
GAP_MM = 0.6


@dataclass(frozen=True)
class LabelRequest:
    text: str
    layer: str
    anchor: tuple[float, float]
    """The object's point (page mm); for a zone any interior point."""
    size: tuple[float, float]
    """Measured text (width, height) in mm."""
    symbol_mm: float = 0.0
    """Half-size of the point symbol the label must stay clear of."""
    area: BaseGeometry | None = None
    """A zone's polygon in page mm: its label must lie inside it."""
    rank: float = 0.0
    """Within a layer, larger ranks are placed first (e.g. firm IAV, zone area)."""


@dataclass(frozen=True)
class PlacedLabel:
    request: LabelRequest
    rect: Rect


def _rects_for_point(req: LabelRequest) -> list[Rect]:
    x, y = req.anchor
    w, h = req.size
    g = req.symbol_mm + GAP_MM
    return [
        (x + g, y - h / 2, x + g + w, y + h / 2),  # right
        (x + g * 0.7, y + g * 0.7, x + g * 0.7 + w, y + g * 0.7 + h),  # upper right
        (x + g * 0.7, y - g * 0.7 - h, x + g * 0.7 + w, y - g * 0.7),  # lower right
        (x - g - w, y - h / 2, x - g, y + h / 2),  # left
        (x - w / 2, y + g, x + w / 2, y + g + h),  # above
        (x - w / 2, y - g - h, x + w / 2, y - g),  # below
        (x - g * 0.7 - w, y + g * 0.7, x - g * 0.7, y + g * 0.7 + h),  # upper left
        (x - g * 0.7 - w, y - g * 0.7 - h, x - g * 0.7, y - g * 0.7),  # lower left
    ]


def _rects_for_area(req: LabelRequest) -> list[Rect]:
    assert req.area is not None
    w, h = req.size
    parts = sorted(shapely.get_parts(req.area), key=lambda p: -p.area)
    centres: list[tuple[float, float]] = []
    for part in parts[:3]:
        if not isinstance(part, Polygon) or part.is_empty:
            continue
        pole = polylabel(part, tolerance=0.5)
        rep = part.representative_point()
        cen = part.centroid
        centres += [(pole.x, pole.y), (rep.x, rep.y), (cen.x, cen.y)]
        # a few points around the pole, for labels crowded out of the middle
        for dx, dy in ((0, h * 1.5), (0, -h * 1.5), (w * 0.6, 0), (-w * 0.6, 0)):
            centres.append((pole.x + dx, pole.y + dy))
    return [(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2) for cx, cy in centres]


def candidate_rects(req: LabelRequest) -> list[Rect]:
    return _rects_for_area(req) if req.area is not None else _rects_for_point(req)


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(a: Rect, frame: Rect) -> bool:
    return a[0] >= frame[0] and a[1] >= frame[1] and a[2] <= frame[2] and a[3] <= frame[3]


def place_labels(
    requests: Iterable[LabelRequest], frame: Rect, obstacles: Sequence[Rect] = ()
) -> tuple[list[PlacedLabel], list[LabelRequest]]:
    """(placed, left off). No two placed rectangles overlap; none covers an obstacle; all lie in
    ``frame``. Zone labels also lie inside their zone (shrunk by the gap)."""
    order = sorted(requests, key=lambda r: (PRIORITY.get(r.layer, 9), -r.rank, r.text))
    placed: list[PlacedLabel] = []
    dropped: list[LabelRequest] = []
    blocked: list[Rect] = list(obstacles)
    for req in order:
        inner = req.area.buffer(-GAP_MM) if req.area is not None else None
        for rect in candidate_rects(req):
            if not _inside(rect, frame):
                continue
            if inner is not None and not inner.contains(box(*rect)):
                continue
            own = _own_symbol(req)
            if any(_overlaps(rect, b) for b in blocked if b != own):
                continue
            if any(_overlaps(rect, p.rect) for p in placed):
                continue
            placed.append(PlacedLabel(req, rect))
            break
        else:
            dropped.append(req)
    return placed, dropped


def _own_symbol(req: LabelRequest) -> Rect | None:
    if req.area is not None or req.symbol_mm <= 0:
        return None
    x, y = req.anchor
    s = req.symbol_mm
    return (x - s, y - s, x + s, y + s)


def symbol_rect(x: float, y: float, half: float) -> Rect:
    return (x - half, y - half, x + half, y + half)


def any_overlap(rects: Sequence[Rect]) -> bool:
    """True when two of ``rects`` overlap (used by the tests and the export's self-check)."""
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if _overlaps(a, b):
                return True
    return False


__all__ = [
    "PRIORITY",
    "LabelRequest",
    "PlacedLabel",
    "Rect",
    "any_overlap",
    "candidate_rects",
    "place_labels",
    "symbol_rect",
]
