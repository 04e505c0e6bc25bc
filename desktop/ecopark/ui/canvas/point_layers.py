"""Points (firms, facilities): kept in numpy arrays; when many are on screen they are stamped as
dots into one image with numpy (level of detail), when few they are drawn as antialiased symbols.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Hashable, Iterable
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecopark import symbology as sym
from ecopark.model import Facility, Firm, ParkObject
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.layer_base import LayerItem, visible_rect
from ecopark.ui.canvas.qpaths import (
    MapFrame,
)

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
        self._last_query: tuple[object, float, float, float, float, np.ndarray] | None = None
        """The last visible_slots answer with its box (see there)."""
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

    def classify_all(self, objs: list[ParkObject]) -> tuple[list[Hashable], np.ndarray, np.ndarray]:
        """:meth:`classify` for many objects at once: style groups, size classes, priorities
        (a layer of 70,000 firms opens in milliseconds when its classes come from numpy)."""
        keys, sizes, prios = [], [], []
        for obj in objs:
            key, size, prio = self.classify(obj)
            keys.append(key)
            sizes.append(size)
            prios.append(prio)
        return keys, np.asarray(sizes, dtype=np.int8), np.asarray(prios, dtype=np.float64)

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
            keys, sizes, prios = self.classify_all(objs)
            group_of = {key: self._group_id(key) for key in dict.fromkeys(keys)}
            self.style_group[:k] = [group_of[key] for key in keys]
            self.size[:k] = sizes
            self.priority[:k] = prios
            ids = [o.id for o in objs]
            self.ids[:k] = ids
            self.names[:k] = [getattr(o, "name", "") for o in objs]
            self.slot_of = dict(zip(ids, range(k), strict=True))
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
        """Slots of the live points within ``rect`` grown by ``margin``, ascending.

        A frame asks several times (the layer, then the labels twice, for boxes inside the
        layer's): a box inside the last one asked about filters that answer instead of
        testing all 70,000 firms of a district again.
        """
        x0, x1 = rect.left() - margin, rect.right() + margin
        y0, y1 = rect.top() - margin, rect.bottom() + margin
        key = (self.version, id(self.xs), id(self.ys), id(self.alive))
        last = self._last_query
        if last is not None and last[0] == key and last[1] <= x0 and last[2] >= x1:
            if last[3] <= y0 and last[4] >= y1:
                near = last[5]
                xs, ys = self.xs[near], self.ys[near]
                return near[(xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)]
        found = np.flatnonzero(
            self.alive & (self.xs >= x0) & (self.xs <= x1) & (self.ys >= y0) & (self.ys <= y1)
        )
        self._last_query = (key, x0, x1, y0, y1, found)
        return found

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
        groups = self.style_group[idx][order]
        sizes = self.size[idx][order].astype(np.int64)
        # one code per (style group, size class) in view, its image and the image's half width
        pair = groups.astype(np.int64) * 256 + sizes
        codes, which = np.unique(pair, return_inverse=True)
        images = [self.symbol(self._groups[int(c) // 256], int(c) % 256) for c in codes.tolist()]
        halves = np.array([img.width() / 2.0 for img in images], dtype=np.float64)
        # the top-left pixel of each symbol, as Python's round() gives it (ties to even)
        xs = np.round(dx[order] - halves[which]).astype(np.int64).tolist()
        ys = np.round(dy[order] - halves[which]).astype(np.int64).tolist()
        draw = painter.drawImage  # the (int, int, image) overload: no QPointF per symbol
        for x, y, k in zip(xs, ys, which.tolist(), strict=True):
            draw(x, y, images[k])

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

    def classify_all(self, objs: list[ParkObject]) -> tuple[list[Hashable], np.ndarray, np.ndarray]:
        iav = np.fromiter((o.iav_10k_rmb for o in objs), dtype=np.float64, count=len(objs))  # type: ignore[attr-defined]
        breaks = np.asarray(sym.IAV_BREAKS_10K_RMB, dtype=np.float64)
        sizes = np.searchsorted(breaks, iav, side="right").astype(np.int8)  # = sym.iav_class
        return [o.sector for o in objs], sizes, iav  # type: ignore[attr-defined]

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
