"""The map layers as a handful of scene items that each paint thousands of features at once.

One QGraphicsItem per feature costs a Python or C++ call per feature per frame, which does not
fit 20,000 features in 16 ms. Instead each layer keeps one record per object (keyed by its id,
updated one by one on edits) and paints in batches:

- lines and areas are grouped by grid cell and style into one QPainterPath each, rebuilt lazily
  only for the cell and style an edit touched, and culled by cell bounds;
- points are kept in numpy arrays; when many are on screen they are stamped as dots into one
  image with numpy (level of detail), when few they are drawn as antialiased symbols.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecopark import symbology as sym
from ecopark.model import Exchange, Facility, Firm, ParkObject
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.qpaths import (
    MapFrame,
    lines_polygon,
    path_from_elements,
    path_from_geometries,
    segment_array,
    segments_in,
)

log = logging.getLogger(__name__)

EVERYWHERE = QRectF(-1e9, -1e9, 2e9, 2e9)
"""Bounding rect of layer items: they cull their own contents, so the scene need not."""


def visible_rect(painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
    """The part of the scene this paint can reach: the device mapped back through the world
    transform (QGraphicsScene.render reports the whole item as exposed, the view does not)."""
    device = painter.device()
    inverse, ok = painter.worldTransform().inverted()
    exposed = option.exposedRect  # type: ignore[attr-defined]
    if device is None or not ok:
        return exposed
    reach = inverse.mapRect(QRectF(0, 0, device.width(), device.height()))
    return reach.intersected(exposed) if not exposed.isEmpty() else reach


class LineLod:
    """How to draw lines given their length on screen, in pixels.

    Qt's raster engine strokes a wide pen through its path stroker, several times slower
    than a one-pixel line, and antialiasing doubles that again: 40,000 px of 3-5 px wide
    pipes take 10 ms on their own. So lines are antialiased at full width while little line
    shows, then crisp at full width, then one pixel wide. By the time that much line shares
    a 1600x1000 screen, a 700 mm pipe is far below a pixel anyway; zoomed in close, the
    little in view is always drawn in full (and only what is in view is stroked).
    """

    AA_MAX_PX = 5_000.0
    FULL_WIDTH_MAX_PX = 12_000.0
    OUTLINE_AA_MAX_PX = 25_000.0
    """Zone outlines are one pixel wide, so antialiasing them stays affordable for longer."""

    @classmethod
    def choose(cls, length_px: float) -> tuple[bool, bool]:
        """(antialias, thin) for ``length_px`` pixels of line on screen."""
        if length_px <= cls.AA_MAX_PX:
            return True, False
        return False, length_px > cls.FULL_WIDTH_MAX_PX


class LayerItem(QGraphicsItem):
    """Base for layer items: no scene culling, extended style option for the exposed rect."""

    def __init__(self, layer: str, frame: MapFrame):
        super().__init__()
        self.layer = layer
        self.frame = frame
        self._reported = False
        self.version = 0
        self.raster: np.ndarray | None = None
        """The pixels (rows x columns, 0xAARRGGBB) of the image being painted, while the layer
        stack paints its own opaque frame at device pixel ratio 1; layers that stamp pixels
        with numpy write there directly instead of blending an image of their own on top."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return EVERYWHERE

    def touch(self) -> None:
        """The layer's content changed: cached frames that include it are stale."""
        self.version += 1
        self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # an exception escaping a Qt virtual aborts the process: report it and draw on
        painter.save()
        try:
            self.paint_layer(painter, option, widget)
        except Exception:  # noqa: BLE001 - last line of defence around Qt
            if not self._reported:
                self._reported = True
                log.exception("drawing the %s layer failed", self.layer)
        finally:
            painter.restore()

    def paint_layer(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        raise NotImplementedError

    def set_frame(self, frame: MapFrame) -> None:
        self.frame = frame


# ---------------------------------------------------------------------------------------------
# lines and areas
# ---------------------------------------------------------------------------------------------
class _Group:
    """The objects of one style in one grid cell, and what is drawn for them (built lazily:
    a QPainterPath for fills and thin lines, segment pairs for wide antialiased lines)."""

    __slots__ = ("geoms", "widths", "_path", "_pairs", "_length", "_bounds")
    builds = 0
    """Batches built in this process (tests check that an edit rebuilds only its own)."""

    def __init__(self) -> None:
        self.geoms: dict[str, Any] = {}
        self.widths: dict[str, float] = {}
        """Pen width of each member in pixels (lines of one colour and dash share a group)."""
        self._path: QPainterPath | None = None
        self._pairs: dict[float, np.ndarray] | None = None
        self._length: float | None = None
        self._bounds: QRectF | None = None

    def dirty(self) -> None:
        self._path = self._pairs = self._length = self._bounds = None

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
    8x8 over the layer's extent): a zoomed-out frame draws a few large batches, a zoomed-in
    frame draws the few small cells it shows. An edit only marks its own cell and style dirty
    on each level; the batches are rebuilt when next drawn.
    """

    LEVELS = 4

    def __init__(self, layer: str, frame: MapFrame):
        super().__init__(layer, frame)
        self._levels = [_Level(1000.0 / 2**k) for k in range(self.LEVELS)]
        self._where: dict[str, tuple[Hashable, float, float]] = {}
        """id -> (style key, centre x, centre y)"""
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
        self._levels = [_Level(span * 1.0001 / 2**k) for k in range(self.LEVELS)]
        for obj, (cx, cy) in zip(objs, centres.tolist(), strict=True):
            self._insert(obj, cx, cy)
        self.touch()

    def upsert(self, obj: ParkObject) -> None:
        self.remove(obj.id)
        b = obj.geometry.bounds  # type: ignore[attr-defined]
        self._insert(obj, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        self.touch()

    def _insert(self, obj: ParkObject, cx: float, cy: float) -> None:
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
        for level in self._levels:
            for cell in level.cells.values():
                for group in cell.values():
                    group.dirty()
        self.touch()

    def set_frame(self, frame: MapFrame) -> None:
        super().set_frame(frame)
        self.invalidate_paths()

    def warm_up(self) -> Iterator[None]:
        """Build every batch ahead of need, a few at a time (the canvas runs this when idle so
        the first zoom to a new level does not pay for it)."""
        for level in self._levels:
            for cell in list(level.cells.values()):
                for group in list(cell.values()):
                    group.bounds(self.frame)
                    group.length()
                    group.path(self.frame)
                    yield

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
        for cell in level.cells.values():
            for key, group in cell.items():
                if group.bounds(self.frame).intersects(exposed):
                    by_key.setdefault(key, []).append(group)
                    length += group.visible_length(self.frame, exposed)
        ordered = [(k, g) for k in self.key_order(by_key) for g in by_key[k]]
        self.groups_drawn = len(ordered)
        self.last_length_px = length * scale
        if ordered:
            self.draw_groups(painter, ordered, length * scale, exposed)


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
        last = None
        for key, group in groups:
            if key != last:
                painter.setBrush(styles.zone_brush(str(key), translucent))
                last = key
            painter.drawPath(group.path(self.frame))
        painter.setRenderHint(
            QPainter.RenderHint.Antialiasing, length_px <= LineLod.OUTLINE_AA_MAX_PX
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        last = None
        for key, group in groups:
            if key != last:
                painter.setPen(styles.zone_pen(key))
                last = key
            painter.drawPath(group.path(self.frame))

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
        self.last_antialiased = True
        self.last_thin = False

    def style_key(self, obj: ParkObject) -> Hashable:
        style = self._style_of(obj)
        return sym.LineStyle(style.colour, 0.0, style.dash)

    def width_of(self, obj: ParkObject) -> float:
        return self._style_of(obj).width_px

    def key_order(self, keys: Iterable[Hashable]) -> list[Hashable]:
        # planned (dashed) over existing
        return sorted(keys, key=lambda s: (s.dash is not None, s.colour))  # type: ignore[attr-defined]

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
                painter.drawPath(group.path(self.frame))
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
                painter.setPen(styles.line_pen(style))
                painter.drawLines(lines_polygon(np.concatenate(parts)))  # type: ignore[call-overload]


def pipeline_style(obj: ParkObject) -> sym.LineStyle:
    return sym.pipeline_style(obj.medium, obj.status, obj.diameter_mm)  # type: ignore[attr-defined]


def corridor_style(obj: ParkObject) -> sym.LineStyle:
    return sym.CORRIDOR_STYLES.get(obj.kind, sym.CORRIDOR_STYLES["road"])  # type: ignore[attr-defined]


def plot_style(obj: ParkObject) -> sym.LineStyle:
    return sym.PLOT_STYLE


# ---------------------------------------------------------------------------------------------
# points
# ---------------------------------------------------------------------------------------------
OUTLINE_ARGB = styles.argb("#303030")


def _disc_offsets(radius: float) -> np.ndarray:
    r = math.ceil(radius)
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    inside = xx * xx + yy * yy <= radius * radius + 0.25
    return np.column_stack([yy[inside], xx[inside]])


@functools.lru_cache(maxsize=32)
def _dot_stamp(diameter: int) -> tuple[np.ndarray, np.ndarray, int]:
    """A dot with a one-pixel outline: (row, column) offsets of every pixel, whether each is
    fill (else outline), and the stamp's reach from its centre (one write per pixel)."""
    outer = _disc_offsets(diameter / 2.0 + 1.0)
    inner = {tuple(o) for o in _disc_offsets(diameter / 2.0).tolist()}
    fill = np.array([tuple(o) in inner for o in outer.tolist()], dtype=bool)
    return outer, fill, int(np.abs(outer).max())


class PointLayer(LayerItem):
    """Firms or facilities in numpy arrays: symbols when few are on screen, dots when many."""

    SYMBOL_LIMIT = 1200
    """Above this many points on screen, draw dots (numpy stamping) instead of symbols: each
    symbol is a blit of its own (about 2 us), and 1,200 symbols of 10-16 px already crowd a
    1600x1000 view."""
    PAD = 2 * (max(sym.DOT_SIZES_PX) // 2 + 2)
    """Margin of the dot buffer: twice the largest dot's outer radius."""

    def __init__(self, layer: str, frame: MapFrame):
        super().__init__(layer, frame)
        n = 64
        self.xs = np.zeros(n)
        self.ys = np.zeros(n)
        self.style_group = np.zeros(n, dtype=np.int32)
        self.size = np.zeros(n, dtype=np.int8)
        self.priority = np.zeros(n)
        self.alive = np.zeros(n, dtype=bool)
        self.ids: list[str | None] = [None] * n
        self.names: list[str] = [""] * n
        self.slot_of: dict[str, int] = {}
        self._free: list[int] = list(range(n - 1, -1, -1))
        self._groups: list[Hashable] = []
        self._group_index: dict[Hashable, int] = {}
        self._dot_colours = np.zeros(0, dtype=np.uint32)
        self._buffer: np.ndarray | None = None
        self.last_visible = 0
        self.last_mode = ""
        self._scratch_arrays: dict[str, np.ndarray] = {}
        self.last_direct = False
        """Whether the last dots were written straight into the frame (tests check both)."""
        self.map_x = np.zeros(n)
        self.map_y = np.zeros(n)

    # ----- subclass hooks ----------------------------------------------------------------------
    def classify(self, obj: ParkObject) -> tuple[Hashable, int, float]:
        """(style group, size class, label priority)."""
        raise NotImplementedError

    def symbol(self, group: Any, size_class: int) -> QImage:
        raise NotImplementedError

    def dot_colour(self, group: Any) -> str:
        raise NotImplementedError

    def dot_size(self, size_class: int) -> int:
        return sym.DOT_SIZES_PX[min(size_class, len(sym.DOT_SIZES_PX) - 1)]

    # ----- contents ----------------------------------------------------------------------------
    def _grow(self, need: int) -> None:
        old = len(self.xs)
        if need <= old:
            return
        new = max(need, old * 2)

        def grow(a: np.ndarray) -> np.ndarray:
            b = np.zeros(new, dtype=a.dtype)
            b[:old] = a
            return b

        self.xs, self.ys = grow(self.xs), grow(self.ys)
        self.map_x, self.map_y = grow(self.map_x), grow(self.map_y)
        self.style_group, self.size = grow(self.style_group), grow(self.size)
        self.priority, self.alive = grow(self.priority), grow(self.alive)
        self.ids.extend([None] * (new - old))
        self.names.extend([""] * (new - old))
        self._free.extend(range(new - 1, old - 1, -1))

    def _group_id(self, key: Hashable) -> int:
        gid = self._group_index.get(key)
        if gid is None:
            gid = len(self._groups)
            self._groups.append(key)
            self._group_index[key] = gid
            self._dot_colours = np.append(
                self._dot_colours, np.uint32(styles.argb(self.dot_colour(key)))
            )
        return gid

    def set_objects(self, objects: Iterable[ParkObject]) -> None:
        objs = list(objects)
        n = max(64, len(objs))
        self.xs, self.ys = np.zeros(n), np.zeros(n)
        self.map_x, self.map_y = np.zeros(n), np.zeros(n)
        self.style_group, self.size = np.zeros(n, dtype=np.int32), np.zeros(n, dtype=np.int8)
        self.priority, self.alive = np.zeros(n), np.zeros(n, dtype=bool)
        self.ids = [None] * n
        self.names = [""] * n
        self.slot_of = {}
        k = len(objs)
        if k:
            coords = shapely.get_coordinates(
                np.array([o.geometry for o in objs], dtype=object)  # type: ignore[attr-defined,type-var]
            )
            self.map_x[:k], self.map_y[:k] = coords[:, 0], coords[:, 1]
            self.xs[:k] = coords[:, 0] - self.frame.ox
            self.ys[:k] = self.frame.oy - coords[:, 1]
            for i, obj in enumerate(objs):
                key, size, prio = self.classify(obj)
                self.style_group[i] = self._group_id(key)
                self.size[i] = size
                self.priority[i] = prio
                self.ids[i] = obj.id
                self.names[i] = getattr(obj, "name", "")
                self.slot_of[obj.id] = i
            self.alive[:k] = True
        self._free = list(range(n - 1, k - 1, -1))
        self.touch()

    def upsert(self, obj: ParkObject) -> None:
        slot = self.slot_of.get(obj.id)
        if slot is None:
            if not self._free:
                self._grow(len(self.xs) + 1)
            slot = self._free.pop()
            self.slot_of[obj.id] = slot
        p = obj.geometry  # type: ignore[attr-defined]
        self.map_x[slot], self.map_y[slot] = p.x, p.y
        self.xs[slot] = p.x - self.frame.ox
        self.ys[slot] = self.frame.oy - p.y
        key, size, prio = self.classify(obj)
        self.style_group[slot] = self._group_id(key)
        self.size[slot] = size
        self.priority[slot] = prio
        self.ids[slot] = obj.id
        self.names[slot] = getattr(obj, "name", "")
        self.alive[slot] = True
        self.touch()

    def remove(self, object_id: str) -> None:
        slot = self.slot_of.pop(object_id, None)
        if slot is None:
            return
        self.alive[slot] = False
        self.ids[slot] = None
        self._free.append(slot)
        self.touch()

    def set_frame(self, frame: MapFrame) -> None:
        super().set_frame(frame)
        self.xs = self.map_x - frame.ox
        self.ys = frame.oy - self.map_y
        self.touch()

    def __len__(self) -> int:
        return len(self.slot_of)

    def scene_position(self, object_id: str) -> tuple[float, float] | None:
        slot = self.slot_of.get(object_id)
        if slot is None:
            return None
        return float(self.xs[slot]), float(self.ys[slot])

    def visible_slots(self, rect: QRectF, margin: float = 0.0) -> np.ndarray:
        return np.flatnonzero(
            self.alive
            & (self.xs >= rect.left() - margin)
            & (self.xs <= rect.right() + margin)
            & (self.ys >= rect.top() - margin)
            & (self.ys <= rect.bottom() + margin)
        )

    # ----- painting ----------------------------------------------------------------------------
    def paint_layer(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        t = painter.worldTransform()
        scale = math.hypot(t.m11(), t.m12()) or 1.0
        idx = self.visible_slots(visible_rect(painter, option), 12.0 / scale)
        self.last_visible = len(idx)
        if not len(idx):
            return
        xs, ys = self.xs[idx], self.ys[idx]
        dx = t.m11() * xs + t.m21() * ys + t.dx()
        dy = t.m12() * xs + t.m22() * ys + t.dy()
        painter.save()
        painter.resetTransform()
        if len(idx) <= self.SYMBOL_LIMIT:
            self.last_mode = "symbols"
            self._paint_symbols(painter, idx, dx, dy)
        else:
            self.last_mode = "dots"
            self._paint_dots(painter, idx, dx, dy)
        painter.restore()

    def _paint_symbols(
        self, painter: QPainter, idx: np.ndarray, dx: np.ndarray, dy: np.ndarray
    ) -> None:
        order = np.lexsort((-self.priority[idx], -self.size[idx].astype(np.int32)))
        groups = self.style_group[idx][order].tolist()
        sizes = self.size[idx][order].tolist()
        cache: dict[tuple[int, int], tuple[QImage, float]] = {}
        draw = painter.drawImage
        for x, y, g, s in zip(dx[order].tolist(), dy[order].tolist(), groups, sizes, strict=True):
            entry = cache.get((g, s))
            if entry is None:
                img = self.symbol(self._groups[g], s)
                entry = cache[(g, s)] = (img, img.width() / 2.0)
            img, half = entry
            draw(QPointF(round(x - half), round(y - half)), img)

    def _paint_dots(
        self, painter: QPainter, idx: np.ndarray, dx: np.ndarray, dy: np.ndarray
    ) -> None:
        device = painter.device()
        w, h = device.width(), device.height()
        reach = self.PAD // 2
        keep = (dx >= -reach) & (dx < w + reach) & (dy >= -reach) & (dy < h + reach)
        if not keep.any():
            return
        xi = np.rint(dx[keep]).astype(np.intp)
        yi = np.rint(dy[keep]).astype(np.intp)
        colours = self._dot_colours[self.style_group[idx][keep]]
        sizes = self.size[idx][keep]
        raster = self.raster
        if raster is not None and raster.shape == (h, w):
            self.last_direct = True
            self._stamp(raster, xi, yi, colours, sizes)
            return
        # no frame to write into: stamp into a padded buffer of our own and draw that
        self.last_direct = False
        pad = self.PAD
        bw, bh = w + 2 * pad, h + 2 * pad
        buf = self._buffer
        if buf is None or buf.shape != (bh, bw):
            buf = self._buffer = np.zeros((bh, bw), dtype=np.uint32)
        else:
            buf.fill(0)
        self._stamp(buf, xi + pad, yi + pad, colours, sizes)
        y0, y1 = max(int(yi.min()), 0), min(int(yi.max()) + 2 * pad + 1, bh)
        x0, x1 = max(int(xi.min()), 0), min(int(xi.max()) + 2 * pad + 1, bw)
        img = QImage(buf.data, bw, bh, bw * 4, QImage.Format.Format_ARGB32_Premultiplied)
        source = QRectF(x0, y0, x1 - x0, y1 - y0)
        painter.drawImage(source.translated(-pad, -pad), img, source)

    def _stamp(
        self,
        pixels: np.ndarray,
        xi: np.ndarray,
        yi: np.ndarray,
        colours: np.ndarray,
        sizes: np.ndarray,
    ) -> None:
        """Write dots centred on pixel (xi, yi) into ``pixels``, large ones first so that small
        ones stay visible on top; pixels falling outside are dropped."""
        h, w = pixels.shape
        flat = pixels.reshape(-1)
        for s in sorted(set(sizes.tolist()), reverse=True):
            sel = sizes == s
            offsets, fill, r = _dot_stamp(self.dot_size(s))
            x, y, c = xi[sel], yi[sel], colours[sel]
            inside = (x >= r) & (x < w - r) & (y >= r) & (y < h - r)
            # whole dots: flat indices, no bounds checks; scratch arrays are kept between
            # frames (fresh multi-megabyte arrays cost more in page faults than the writes)
            n, k = int(np.count_nonzero(inside)), len(fill)
            at = self._scratch(np.intp, n * k).reshape(n, k)
            np.add.outer(y[inside] * w + x[inside], offsets[:, 0] * w + offsets[:, 1], out=at)
            values = self._scratch(np.uint32, n * k).reshape(n, k)
            values[:] = np.uint32(OUTLINE_ARGB)
            values[:, fill] = c[inside][:, None]
            flat[at.reshape(-1)] = values.reshape(-1)
            edge = ~inside
            if edge.any():  # dots cut by the border: clip pixel by pixel
                py = y[edge][:, None] + offsets[None, :, 0]
                px = x[edge][:, None] + offsets[None, :, 1]
                ok = (px >= 0) & (px < w) & (py >= 0) & (py < h)
                edge_values = np.where(fill[None, :], c[edge][:, None], np.uint32(OUTLINE_ARGB))
                pixels[py[ok], px[ok]] = edge_values[ok]

    def _scratch(self, dtype: type, size: int) -> np.ndarray:
        """A reusable 1-d array of at least ``size`` elements."""
        key = np.dtype(dtype).str
        buf = self._scratch_arrays.get(key)
        if buf is None or len(buf) < size:
            buf = self._scratch_arrays[key] = np.empty(max(size, 1024), dtype=dtype)
        return buf[:size]


class FirmLayer(PointLayer):
    """Firms: symbol shape and colour by sector, size by industrial added value."""

    def __init__(self, frame: MapFrame):
        super().__init__("firms", frame)

    def classify(self, obj: ParkObject) -> tuple[Hashable, int, float]:
        assert isinstance(obj, Firm)
        return obj.sector, sym.iav_class(obj.iav_10k_rmb), obj.iav_10k_rmb

    def symbol(self, group: Any, size_class: int) -> QImage:
        s = sym.sector_symbol(group)
        return styles.symbol_image(s.shape, s.colour, s.outline, sym.SYMBOL_SIZES_PX[size_class])

    def dot_colour(self, group: Any) -> str:
        return sym.sector_symbol(group).colour


class FacilityLayer(PointLayer):
    """Shared facilities: one large symbol per kind, hollow when planned."""

    SYMBOL_LIMIT = 100_000

    def __init__(self, frame: MapFrame):
        super().__init__("facilities", frame)

    def classify(self, obj: ParkObject) -> tuple[Hashable, int, float]:
        assert isinstance(obj, Facility)
        return (obj.kind, obj.status == "planned"), 0, 1e12

    def symbol(self, group: Any, size_class: int) -> QImage:
        kind, planned = group
        s = sym.facility_symbol(kind)
        return styles.symbol_image(s.shape, s.colour, s.outline, sym.FACILITY_SIZE_PX, planned)

    def dot_colour(self, group: Any) -> str:
        return sym.facility_symbol(group[0]).colour


# ---------------------------------------------------------------------------------------------
# exchanges
# ---------------------------------------------------------------------------------------------
class ExchangeLayer(LayerItem):
    """Symbiosis exchanges as curved arrows between the positions of their two ends."""

    CURVE_STEPS = 12
    ARROW_LEN_PX = 10.0
    ARROW_HALF_WIDTH_PX = 4.5
    TIP_BACK_PX = 8.0

    def __init__(self, frame: MapFrame, position_of: Callable[[str], tuple[float, float] | None]):
        super().__init__("exchanges", frame)
        self._position_of = position_of
        self.exchanges: dict[str, Exchange] = {}
        self._rows: np.ndarray | None = None
        """Every curve segment as (x0, y0, x1, y1) in scene coordinates; None = rebuild."""
        self._path = QPainterPath()
        self._ends = np.zeros((0, 4))
        """Per drawn exchange: control point (x, y) and end point (x, y), scene coordinates."""
        self.label_anchors: list[tuple[float, float, str]] = []

    def set_objects(self, objects: Iterable[ParkObject]) -> None:
        self.exchanges = {o.id: o for o in objects if isinstance(o, Exchange)}
        self.mark_dirty()

    def upsert(self, obj: ParkObject) -> None:
        assert isinstance(obj, Exchange)
        self.exchanges[obj.id] = obj
        self.mark_dirty()

    def remove(self, object_id: str) -> None:
        self.exchanges.pop(object_id, None)
        self.mark_dirty()

    def mark_dirty(self) -> None:
        """Rebuild the curves at the next paint (an exchange, or a firm it joins, changed)."""
        self._rows = None
        self.touch()

    def __len__(self) -> int:
        return len(self.exchanges)

    def _build(self) -> np.ndarray:
        rows = []
        anchors = []
        for ex in self.exchanges.values():
            a = self._position_of(ex.from_id)
            b = self._position_of(ex.to_id)
            if a is None or b is None:
                continue
            # scene y points down: bulge with the map-space formula on (x, -y), then flip back
            cx, cy = sym.exchange_control_point(a[0], -a[1], b[0], -b[1])
            rows.append((a[0], a[1], cx, -cy, b[0], b[1]))
            anchors.append(f"{ex.material} {ex.quantity:,g} {ex.unit}".strip())
        arr = np.array(rows, dtype=np.float64).reshape(-1, 6)
        self._ends = arr[:, 2:6].copy()
        t = np.linspace(0.0, 1.0, self.CURVE_STEPS + 1)[None, :]
        wa, wc, wb = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        xs = wa * arr[:, 0:1] + wc * arr[:, 2:3] + wb * arr[:, 4:5]
        ys = wa * arr[:, 1:2] + wc * arr[:, 3:4] + wb * arr[:, 5:6]
        mid = self.CURVE_STEPS // 2
        self.label_anchors = [
            (float(x), float(y), text)
            for x, y, text in zip(xs[:, mid], ys[:, mid], anchors, strict=True)
        ]
        pts = np.stack([xs, ys], axis=-1)  # (n, steps + 1, 2)
        types = np.ones(pts.shape[:2], dtype=np.int32)
        types[:, 0] = 0
        self._path = path_from_elements(types.reshape(-1), pts.reshape(-1, 2))
        return np.concatenate([pts[:, :-1], pts[:, 1:]], axis=2).reshape(-1, 4)

    def paint_layer(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self.exchanges:
            return
        if self._rows is None:
            self._rows = self._build()
        t = painter.worldTransform()
        view = visible_rect(painter, option)
        shown = segments_in(self._rows, view.left(), view.top(), view.right(), view.bottom())
        painter.save()
        scale = math.hypot(t.m11(), t.m12()) or 1.0
        dx, dy = shown[:, 2] - shown[:, 0], shown[:, 3] - shown[:, 1]
        aa, thin = LineLod.choose(float(np.sqrt(dx * dx + dy * dy).sum()) * scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, aa)
        width = 1.0 if thin else sym.EXCHANGE_WIDTH_PX
        painter.setPen(styles.cosmetic_pen(sym.EXCHANGE_COLOUR, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if thin:
            painter.drawPath(self._path)
        elif len(shown):
            painter.drawLines(lines_polygon(shown))  # type: ignore[call-overload]
        painter.restore()
        if not len(self._ends):
            return
        cx, cy, ex, ey = self._ends.T
        dcx = t.m11() * cx + t.m21() * cy + t.dx()
        dcy = t.m12() * cx + t.m22() * cy + t.dy()
        dex = t.m11() * ex + t.m21() * ey + t.dx()
        dey = t.m12() * ex + t.m22() * ey + t.dy()
        vx, vy = dex - dcx, dey - dcy
        norm = np.hypot(vx, vy)
        norm[norm == 0] = 1.0
        ux, uy = vx / norm, vy / norm
        tipx, tipy = dex - ux * self.TIP_BACK_PX, dey - uy * self.TIP_BACK_PX
        bx, by = tipx - ux * self.ARROW_LEN_PX, tipy - uy * self.ARROW_LEN_PX
        px, py = -uy * self.ARROW_HALF_WIDTH_PX, ux * self.ARROW_HALF_WIDTH_PX
        n = len(tipx)
        xy = np.empty((n * 3, 2))
        xy[0::3, 0], xy[0::3, 1] = tipx, tipy
        xy[1::3, 0], xy[1::3, 1] = bx + px, by + py
        xy[2::3, 0], xy[2::3, 1] = bx - px, by - py
        types = np.tile(np.array([0, 1, 1], dtype=np.int32), n)
        heads = path_from_elements(types, xy)
        painter.save()
        painter.resetTransform()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(styles.qcolor(sym.EXCHANGE_COLOUR)))
        painter.drawPath(heads)
        painter.restore()
