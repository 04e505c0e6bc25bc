"""Lines and areas (zones, plots, corridors, pipelines): grouped by grid cell and style into one
QPainterPath each, rebuilt lazily only for the cell and style an edit touched, culled by cell
bounds; the line styles of each layer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecopark import symbology as sym
from ecopark.model import ParkObject
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.layer_base import LayerItem, LineLod, visible_rect
from ecopark.ui.canvas.qpaths import (
    MapFrame,
    MemberElements,
    member_elements,
    path_from_geometries,
    segment_array,
    segments_in,
)
from ecopark.ui.canvas.strokes import draw_segments


class _Group:
    """The objects of one style in one grid cell, and what is drawn for them (built lazily:
    a QPainterPath for fills and thin lines, segment pairs for wide antialiased lines)."""

    __slots__ = (
        "geoms",
        "widths",
        "_path",
        "_pairs",
        "_length",
        "_bounds",
        "_members",
        "_subset",
    )
    builds = 0
    subsets = 0
    """Paths of a batch's visible members only, built in this process (tests check culling)."""
    """Batches built in this process (tests check that an edit rebuilds only its own)."""

    def __init__(self) -> None:
        self.geoms: dict[str, Any] = {}
        self.widths: dict[str, float] = {}
        """Pen width of each member in pixels (lines of one colour and dash share a group)."""
        self._path: QPainterPath | None = None
        self._pairs: dict[float, np.ndarray] | None = None
        self._length: float | None = None
        self._bounds: QRectF | None = None
        self._members: tuple[MemberElements, np.ndarray] | None = None
        """Members' path elements and their scene bounds (x0, y0, x1, y1), for :meth:`path_in`."""
        self._subset: tuple[bytes, QPainterPath] | None = None
        """The last path of some members and which they were: a pan or zoom at street level
        meets the same few members frame after frame."""

    def dirty(self) -> None:
        self._path = self._pairs = self._length = self._bounds = self._members = None
        self._subset = None

    def path_in(self, frame: MapFrame, view: QRectF) -> QPainterPath:
        """The batch's path, or when the view shows only a small part of a large batch (a
        street-level view of a district-sized cell), a path of just the members it meets:
        Qt processes every edge it is given, on screen or not."""
        b = self.bounds(frame)
        if b.width() * b.height() <= 4.0 * view.width() * view.height() or view.contains(b):
            return self.path(frame)
        if self._members is None:
            arr = self._array()
            mb = shapely.bounds(arr)
            scene = np.column_stack(
                [mb[:, 0] - frame.ox, frame.oy - mb[:, 3], mb[:, 2] - frame.ox, frame.oy - mb[:, 1]]
            )
            self._members = (member_elements(arr, frame), scene)
        elements, scene = self._members
        keep = (
            (scene[:, 2] >= view.left())
            & (scene[:, 0] <= view.right())
            & (scene[:, 3] >= view.top())
            & (scene[:, 1] <= view.bottom())
        )
        if keep.all():
            return self.path(frame)
        which = keep.tobytes()
        if self._subset is not None and self._subset[0] == which:
            return self._subset[1]
        _Group.subsets += 1
        path = elements.path_of(np.flatnonzero(keep))
        self._subset = (which, path)
        return path

    def _array(self) -> np.ndarray:
        return np.array(list(self.geoms.values()), dtype=object)

    def path(self, frame: MapFrame) -> QPainterPath:
        if self._path is None:
            self._path = path_from_geometries(self._array(), frame)
            _Group.builds += 1
        return self._path

    def pairs(self, frame: MapFrame) -> dict[float, np.ndarray]:
        """Segments per pen width, rows (x0, y0, x1, y1) in scene coordinates."""
        if self._pairs is None:
            by_width: dict[float, list[Any]] = {}
            for oid, geom in self.geoms.items():
                by_width.setdefault(self.widths.get(oid, 1.0), []).append(geom)
            self._pairs = {
                w: segment_array(np.array(g, dtype=object), frame) for w, g in by_width.items()
            }
            _Group.builds += 1
        return self._pairs

    def length(self) -> float:
        """Total length (perimeter for areas) in metres, for the level of detail."""
        if self._length is None:
            self._length = float(shapely.length(self._array()).sum())
        return self._length

    def visible_length(self, frame: MapFrame, view: QRectF) -> float:
        """Metres of line on screen, estimated as the share of the batch's bounds inside
        ``view`` (members are spread over their cell, so this is close and costs nothing)."""
        b = self.bounds(frame)
        inside = b.intersected(view)
        area = b.width() * b.height()
        if area <= 0.0:
            return self.length()
        return self.length() * min(1.0, inside.width() * inside.height() / area)

    def bounds(self, frame: MapFrame) -> QRectF:
        if self._bounds is None:
            b = shapely.total_bounds(self._array())
            tl = frame.to_scene(b[0], b[3])
            # never empty (a straight pipe has no height): Qt says empty rects meet nothing
            self._bounds = QRectF(tl.x() - 0.5, tl.y() - 0.5, b[2] - b[0] + 1, b[3] - b[1] + 1)
        return self._bounds


class _Level:
    """One grid over the layer: cells of ``size`` metres, each holding groups by style."""

    def __init__(self, size: float):
        self.size = size
        self.cells: dict[tuple[int, int], dict[Hashable, _Group]] = {}

    def cell_of(self, cx: float, cy: float) -> tuple[int, int]:
        return math.floor(cx / self.size), math.floor(cy / self.size)


class BatchedPathLayer(LayerItem):
    """Lines or polygons painted in batches: one path per (grid cell, style).

    Qt pays per drawPath call and per edge, so the grid comes in several levels (1x1 up to
    16x16 over the layer's extent; a frame visits only the cells its view can reach): a
    zoomed-out frame draws a few large batches, a zoomed-in frame draws the few small cells it
    shows. An edit only marks its own cell and style dirty
    on each level; the batches are rebuilt when next drawn.
    """

    LEVELS = 5
    """Down to cells of 1/16 of the layer's extent: for a district 77 km wide, street-level
    views (a few km) draw a few cached batches of 4.8 km cells instead of picking the members
    they meet out of 10 km cells frame after frame (a sixth level would cost 15 MB more)."""

    def __init__(self, layer: str, frame: MapFrame):
        super().__init__(layer, frame)
        self._levels = [_Level(1000.0 / 2**k) for k in range(self.LEVELS)]
        self._where: dict[str, tuple[Hashable, float, float]] = {}
        """id -> (style key, centre x, centre y)"""
        self._reach = 0.0
        """Largest distance (metres) a member reaches beyond its centre: how far outside a
        cell its batches can draw."""
        self.groups_drawn = 0
        self.last_length_px = 0.0
        """Line on screen in the last paint, in pixels (the level of detail's input)."""

    # ----- subclass hooks ------------------------------------------------------------------------
    def style_key(self, obj: ParkObject) -> Hashable:
        raise NotImplementedError

    def width_of(self, obj: ParkObject) -> float:
        """Pen width of a member, when the style key leaves it open (lines)."""
        return 1.0

    def draw_groups(
        self,
        painter: QPainter,
        groups: list[tuple[Hashable, _Group]],
        length_px: float,
        view: QRectF,
    ) -> None:
        """Draw the batches that meet ``view`` (scene coordinates, widened by half the widest
        pen); ``length_px`` estimates how much of their line is on screen, in pixels."""
        raise NotImplementedError

    def key_order(self, keys: Iterable[Hashable]) -> list[Hashable]:
        return sorted(keys, key=str)

    # ----- contents --------------------------------------------------------------------------
    def set_objects(self, objects: Iterable[ParkObject]) -> None:
        objs = list(objects)
        self._where.clear()
        self._reach = 0.0
        span = 1000.0
        centres = np.zeros((0, 2))
        if objs:
            geoms = np.array([o.geometry for o in objs], dtype=object)  # type: ignore[attr-defined,type-var]
            b = shapely.bounds(geoms)
            span = max(
                float(np.nanmax(b[:, 2]) - np.nanmin(b[:, 0])),
                float(np.nanmax(b[:, 3]) - np.nanmin(b[:, 1])),
                250.0,
            )
            centres = np.column_stack([(b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2])
            self._reach = float(np.nanmax(np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]))) / 2
        self._levels = [_Level(span * 1.0001 / 2**k) for k in range(self.LEVELS)]
        if objs:
            self._fill(objs, centres)
        self.touch()

    def _fill(self, objs: list[ParkObject], centres: np.ndarray) -> None:
        """Put every object in its cell and style group on each level at once: the groups come
        from one numpy sort per level and take their members as whole dictionaries, where
        inserting 100,000 objects one by one on four levels takes seconds."""
        ids = [o.id for o in objs]
        geoms = [o.geometry for o in objs]  # type: ignore[attr-defined]
        styles_ = [self.style_key(o) for o in objs]
        widths = [self.width_of(o) for o in objs]
        key_list = list(dict.fromkeys(styles_))
        code_of = {k: i for i, k in enumerate(key_list)}
        codes = np.fromiter((code_of[k] for k in styles_), dtype=np.int64, count=len(objs))
        for level in self._levels:
            cx = np.floor(centres[:, 0] / level.size).astype(np.int64)
            cy = np.floor(centres[:, 1] / level.size).astype(np.int64)
            order = np.lexsort((codes, cy, cx))
            triples = np.column_stack([cx[order], cy[order], codes[order]])
            starts = np.flatnonzero(np.any(triples[1:] != triples[:-1], axis=1)) + 1
            bounds = [0, *starts.tolist(), len(order)]
            for a, b in zip(bounds[:-1], bounds[1:], strict=True):
                members = order[a:b].tolist()
                x, y, code = triples[a].tolist()
                group = _Group()
                group.geoms = {ids[m]: geoms[m] for m in members}
                group.widths = {ids[m]: widths[m] for m in members}
                level.cells.setdefault((x, y), {})[key_list[code]] = group
        self._where = {
            oid: (key, c[0], c[1])
            for oid, key, c in zip(ids, styles_, centres.tolist(), strict=True)
        }

    def upsert(self, obj: ParkObject) -> None:
        self.remove(obj.id)
        b = obj.geometry.bounds  # type: ignore[attr-defined]
        self._insert(obj, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        self.touch()

    def _insert(self, obj: ParkObject, cx: float, cy: float) -> None:
        b = obj.geometry.bounds  # type: ignore[attr-defined]
        self._reach = max(self._reach, (b[2] - b[0]) / 2, (b[3] - b[1]) / 2)
        key = self.style_key(obj)
        width = self.width_of(obj)
        for level in self._levels:
            cell = level.cells.setdefault(level.cell_of(cx, cy), {})
            group = cell.get(key)
            if group is None:
                group = cell[key] = _Group()
            group.geoms[obj.id] = obj.geometry  # type: ignore[attr-defined]
            group.widths[obj.id] = width
            group.dirty()
        self._where[obj.id] = (key, cx, cy)

    def remove(self, object_id: str) -> None:
        where = self._where.pop(object_id, None)
        if where is None:
            return
        key, cx, cy = where
        for level in self._levels:
            at = level.cell_of(cx, cy)
            cell = level.cells.get(at, {})
            group = cell.get(key)
            if group is None:
                continue
            group.geoms.pop(object_id, None)
            group.widths.pop(object_id, None)
            if group.geoms:
                group.dirty()
            else:
                del cell[key]
                if not cell:
                    del level.cells[at]
        self.touch()

    def __len__(self) -> int:
        return len(self._where)

    def invalidate_paths(self) -> None:
        """Rebuild every batch (after the frame changed)."""
        for group in self._all_groups():
            group.dirty()
        self.touch()

    def set_frame(self, frame: MapFrame) -> None:
        super().set_frame(frame)
        self.invalidate_paths()

    def warm_up(self) -> Iterator[None]:
        """Build every batch ahead of need, a few at a time (the canvas runs this when idle so
        the first zoom to a new level does not pay for it)."""
        for group in self._all_groups():
            group.bounds(self.frame)
            group.length()
            group.path(self.frame)
            yield

    def _all_groups(self) -> Iterator[_Group]:
        """Every batch of every level (a snapshot of each cell: warm-up steps may interleave
        with edits)."""
        for level in self._levels:
            for cell in list(level.cells.values()):
                yield from list(cell.values())

    def level_for(self, view_width_m: float) -> _Level:
        """The finest grid whose cells are still at least half the view wide."""
        chosen = self._levels[0]
        for level in self._levels:
            if level.size >= view_width_m / 2:
                chosen = level
        return chosen

    # ----- painting --------------------------------------------------------------------------
    def paint_layer(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self._where:
            return
        exposed = visible_rect(painter, option)
        level = self.level_for(exposed.width())
        t = painter.worldTransform()
        scale = math.hypot(t.m11(), t.m12()) or 1.0
        reach = 6.0 / scale  # half the widest pen, in metres
        exposed = exposed.adjusted(-reach, -reach, reach, reach)
        by_key: dict[Hashable, list[_Group]] = {}
        length = 0.0
        for cell in self._cells_near(level, exposed):
            for key, group in cell.items():
                if group.bounds(self.frame).intersects(exposed):
                    by_key.setdefault(key, []).append(group)
                    length += group.visible_length(self.frame, exposed)
        ordered = [(k, g) for k in self.key_order(by_key) for g in by_key[k]]
        self.groups_drawn = len(ordered)
        self.last_length_px = length * scale
        if ordered:
            self.draw_groups(painter, ordered, length * scale, exposed)

    def _cells_near(self, level: _Level, view: QRectF) -> list[dict[Hashable, _Group]]:
        """The cells whose members can reach ``view`` (scene coordinates): those whose
        centres lie within the view widened by the largest member's reach."""
        r = self._reach + 1.0
        x0, x1 = view.left() + self.frame.ox - r, view.right() + self.frame.ox + r
        y0, y1 = self.frame.oy - view.bottom() - r, self.frame.oy - view.top() + r
        i0, j0 = level.cell_of(x0, y0)
        i1, j1 = level.cell_of(x1, y1)
        if (i1 - i0 + 1) * (j1 - j0 + 1) >= len(level.cells):
            return list(level.cells.values())
        cells = level.cells
        return [
            cell
            for i in range(i0, i1 + 1)
            for j in range(j0, j1 + 1)
            if (cell := cells.get((i, j))) is not None
        ]


class ZoneLayer(BatchedPathLayer):
    """Zones filled by kind; also knows where each zone's label goes.

    Fills are drawn without antialiasing (Qt's antialiased polygon fill is the slowest thing
    on the map) and covered by one-pixel outlines, antialiased when few, which hide the
    jagged edges.
    """

    def __init__(self, frame: MapFrame):
        super().__init__("zones", frame)
        self.kind_order: dict[str, int] = {}
        self.something_under: Callable[[], bool] = lambda: False
        """True while something is drawn under the zones (a scanned plan): the fills then
        blend with it instead of being opaque. The canvas sets it; what it reads must be part
        of the cached frame's key (the underlay layer's version and visibility are)."""
        self.anchors: dict[str, tuple[float, float, str, float, str]] = {}
        """id -> (x, y, name, area, kind) in map coordinates, for labels."""
        self._anchor_arrays: (
            tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[str]] | None
        ) = None

    def style_key(self, obj: ParkObject) -> Hashable:
        return obj.kind  # type: ignore[attr-defined]

    def key_order(self, keys: Iterable[Hashable]) -> list[Hashable]:
        return sorted(keys, key=lambda k: (self.kind_order.get(str(k), 999), str(k)))

    def draw_groups(
        self,
        painter: QPainter,
        groups: list[tuple[Hashable, _Group]],
        length_px: float,
        view: QRectF,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        translucent = self.something_under()
        paths = [group.path_in(self.frame, view) for _, group in groups]
        last = None
        for (key, _), path in zip(groups, paths, strict=True):
            if key != last:
                painter.setBrush(styles.zone_brush(str(key), translucent))
                last = key
            painter.drawPath(path)
        painter.setRenderHint(
            QPainter.RenderHint.Antialiasing, length_px <= LineLod.OUTLINE_AA_MAX_PX
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        last = None
        for (key, _), path in zip(groups, paths, strict=True):
            if key != last:
                painter.setPen(styles.zone_pen(key))
                last = key
            painter.drawPath(path)

    def anchor_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[str]]:
        """Label anchors as arrays: scene x, scene y, area, names, kinds."""
        if self._anchor_arrays is None:
            values = list(self.anchors.values())
            xy = np.array([(v[0], v[1]) for v in values], dtype=np.float64).reshape(-1, 2)
            self._anchor_arrays = (
                xy[:, 0] - self.frame.ox,
                self.frame.oy - xy[:, 1],
                np.array([v[3] for v in values], dtype=np.float64),
                [v[2] for v in values],
                [v[4] for v in values],
            )
        return self._anchor_arrays

    def set_frame(self, frame: MapFrame) -> None:
        super().set_frame(frame)
        self._anchor_arrays = None

    def set_objects(self, objects: Iterable[ParkObject]) -> None:
        objs = list(objects)
        super().set_objects(objs)
        self._anchor_arrays = None
        self.anchors.clear()
        if objs:
            geoms = np.array([o.geometry for o in objs], dtype=object)  # type: ignore[attr-defined,type-var]
            pts = shapely.get_coordinates(shapely.point_on_surface(geoms))
            areas = shapely.area(geoms)
            for o, (x, y), a in zip(objs, pts.tolist(), areas.tolist(), strict=True):
                self.anchors[o.id] = (x, y, o.name, a, o.kind)  # type: ignore[attr-defined]

    def upsert(self, obj: ParkObject) -> None:
        super().upsert(obj)
        g = obj.geometry  # type: ignore[attr-defined]
        p = g.point_on_surface()
        self.anchors[obj.id] = (p.x, p.y, obj.name, g.area, obj.kind)  # type: ignore[attr-defined]
        self._anchor_arrays = None

    def remove(self, object_id: str) -> None:
        super().remove(object_id)
        self.anchors.pop(object_id, None)
        self._anchor_arrays = None


class LineLayer(BatchedPathLayer):
    """Pipelines, corridors or plot outlines: a cosmetic pen per style, no fill.

    Lines of one colour and dash share a batch whatever their width, so a zoomed-out frame
    (drawn one pixel wide) needs few calls; wide lines are drawn as separate segments per width
    (Qt strokes one long multi-part path with a wide pen very slowly). See :class:`LineLod`.
    """

    def __init__(
        self,
        layer: str,
        frame: MapFrame,
        style_of: Callable[[ParkObject], sym.LineStyle],
    ):
        super().__init__(layer, frame)
        self._style_of = style_of
        self._keys: dict[sym.LineStyle, sym.LineStyle] = {}
        self.last_antialiased = True
        self.last_thin = False

    def style_key(self, obj: ParkObject) -> Hashable:
        style = self._style_of(obj)
        key = self._keys.get(style)
        if key is None:
            key = self._keys[style] = sym.LineStyle(style.colour, 0.0, style.dash)
        return key

    def width_of(self, obj: ParkObject) -> float:
        return self._style_of(obj).width_px

    def key_order(self, keys: Iterable[Hashable]) -> list[Hashable]:
        # planned (dashed) over existing
        return sorted(keys, key=lambda s: (s.dash is not None, s.colour))  # type: ignore[attr-defined]

    def warm_up(self) -> Iterator[None]:
        """Also the segment rows of every batch: a close view draws them at full width, and
        building them there would cost the first frame of each new street a few milliseconds
        (13 MB and half a second of idle time for 24,000 pipelines)."""
        yield from super().warm_up()
        for group in self._all_groups():
            group.pairs(self.frame)
            yield

    def draw_groups(
        self,
        painter: QPainter,
        groups: list[tuple[Hashable, _Group]],
        length_px: float,
        view: QRectF,
    ) -> None:
        aa, thin = LineLod.choose(length_px)
        self.last_antialiased, self.last_thin = aa, thin
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if thin:
            last = None
            for key, group in groups:
                if key != last:
                    thin_style = sym.LineStyle(key.colour, 2.0, key.dash)  # type: ignore[attr-defined]
                    painter.setPen(styles.line_pen(thin_style, True))
                    last = key
                painter.drawPath(group.path_in(self.frame, view))
            return
        # wide pens: only the segments in view, one drawLines per width and style (Qt strokes
        # every segment it is given, on screen or not)
        box = (view.left(), view.top(), view.right(), view.bottom())
        batches: dict[float, dict[Hashable, list[np.ndarray]]] = {}
        for key, group in groups:
            for width, rows in group.pairs(self.frame).items():
                shown = segments_in(rows, *box)
                if len(shown):
                    batches.setdefault(width, {}).setdefault(key, []).append(shown)
        for width in sorted(batches, reverse=True):  # wide pipes under narrow ones
            for key, parts in batches[width].items():
                style = sym.LineStyle(key.colour, width, key.dash)  # type: ignore[attr-defined]
                draw_segments(painter, np.concatenate(parts), styles.line_pen(style))


def pipeline_style(obj: ParkObject) -> sym.LineStyle:
    return sym.pipeline_style(obj.medium, obj.status, obj.diameter_mm)  # type: ignore[attr-defined]


def corridor_style(obj: ParkObject) -> sym.LineStyle:
    return sym.CORRIDOR_STYLES.get(obj.kind, sym.CORRIDOR_STYLES["road"])  # type: ignore[attr-defined]


def plot_style(obj: ParkObject) -> sym.LineStyle:
    return sym.PLOT_STYLE


# ---------------------------------------------------------------------------------------------
# points
# ---------------------------------------------------------------------------------------------
