"""Symbiosis exchanges: curved arrows between the firms and facilities they link, drawn in one
batch with arrow heads in screen space.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecopark import symbology as sym
from ecopark.model import Exchange, ParkObject
from ecopark.numbers import format_quantity
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.layer_base import LayerItem, LineLod, visible_rect
from ecopark.ui.canvas.qpaths import (
    MapFrame,
    path_from_elements,
    segments_in,
)
from ecopark.ui.canvas.strokes import draw_segments
from ecopark.ui.i18n import current_language


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

    def scene_bounds(self) -> QRectF | None:
        """What the arrows cover in scene coordinates (curves bulge beyond the firms they
        join), or None without any."""
        if not self.exchanges:
            return None
        if self._rows is None:
            self._rows = self._build()
        if not len(self._rows):
            return None
        xs, ys = self._rows[:, 0::2], self._rows[:, 1::2]
        x0, y0 = float(xs.min()), float(ys.min())
        return QRectF(x0, y0, float(xs.max()) - x0, float(ys.max()) - y0)

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
            amount = format_quantity(ex.quantity, ex.unit, current_language())
            anchors.append(f"{ex.material} {amount}".strip())
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
        pen = styles.cosmetic_pen(sym.EXCHANGE_COLOUR, width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if thin:
            painter.drawPath(self._path)
        else:
            draw_segments(painter, shown, pen)
        painter.restore()
        if not len(self._ends):
            return
        cx, cy, ex, ey = self._ends.T
        dcx = t.m11() * cx + t.m21() * cy + t.dx()
        dcy = t.m12() * cx + t.m22() * cy + t.dy()
        dex = t.m11() * ex + t.m21() * ey + t.dx()
        dey = t.m12() * ex + t.m22() * ey + t.dy()
        device = painter.device()
        if device is not None:  # only the heads on the device: a head lies within its reach
            reach = self.TIP_BACK_PX + self.ARROW_LEN_PX + self.ARROW_HALF_WIDTH_PX + 1.0
            on = (
                (dex >= -reach)
                & (dex <= device.width() + reach)
                & (dey >= -reach)
                & (dey <= device.height() + reach)
            )
            if not on.any():
                return
            dcx, dcy, dex, dey = dcx[on], dcy[on], dex[on], dey[on]
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
