"""Labels that do not clutter: placed greedily by priority, skipped when they would overlap.

Shown only when the scale makes them readable: zone names when the zone is wider on screen
than its name, firm names when few enough firms are on screen. Priority: facilities first
(few and shared), then zones (orientation), then firms by industrial added value, then
exchange materials. Placement runs per frame in device pixels on the visible candidates only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecopark import symbology as sym
from ecopark.model.labelling import DEFAULTS, LabelStyle
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.layers import (
    ExchangeLayer,
    LayerItem,
    PointLayer,
    ZoneLayer,
    visible_rect,
)
from ecopark.ui.canvas.qpaths import MapFrame

FIRM_LABEL_LIMIT = 400
FACILITY_LABEL_LIMIT = 60
"""No firm labels while more firms than this are on screen: they could not be read anyway."""
MAX_FIRM_LABELS = 50
MAX_LABELS = 60
"""At most this many labels per frame: more could not be read, and text is slow to draw."""
ZONE_LABEL_MIN_PX = 60.0


class _Occupancy:
    """Pixels already taken by a symbol or a label, as a boolean mask of the device.

    Testing a label against everything placed so far is one numpy slice, however many
    symbols and labels are already on screen.
    """

    def __init__(self, width: int, height: int, mask: np.ndarray | None = None) -> None:
        if mask is None or mask.shape != (height, width):
            mask = np.zeros((height, width), dtype=bool)
        else:
            mask.fill(False)
        self.mask = mask

    def mark(self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> None:
        """Take boxes given as arrays of device pixel bounds (clipped to the device)."""
        h, w = self.mask.shape
        xs0 = np.clip(np.floor(x0), 0, w).astype(int).tolist()
        ys0 = np.clip(np.floor(y0), 0, h).astype(int).tolist()
        xs1 = np.clip(np.ceil(x1), 0, w).astype(int).tolist()
        ys1 = np.clip(np.ceil(y1), 0, h).astype(int).tolist()
        mask = self.mask
        for a, b, c, d in zip(xs0, ys0, xs1, ys1, strict=True):
            mask[b:d, a:c] = True

    def take(self, r: QRectF) -> bool:
        """Take the rectangle unless any of it is taken already."""
        return self.take_box(r.left(), r.top(), r.right(), r.bottom())

    def take_box(self, left: float, top: float, right: float, bottom: float) -> bool:
        """:meth:`take` for a box given by its device pixel bounds (no QRectF per try)."""
        h, w = self.mask.shape
        x0, y0 = max(math.floor(left), 0), max(math.floor(top), 0)
        x1, y1 = min(math.ceil(right), w), min(math.ceil(bottom), h)
        region = self.mask[y0:y1, x0:x1]
        if region.any():
            return False
        region[...] = True
        return True


class LabelLayer(LayerItem):
    def __init__(
        self,
        frame: MapFrame,
        zones: ZoneLayer,
        firms: PointLayer,
        facilities: PointLayer,
        exchanges: ExchangeLayer,
        visible: Callable[[str], bool],
    ):
        super().__init__("labels", frame)
        self.zones, self.firms, self.facilities, self.exchanges = (
            zones,
            firms,
            facilities,
            exchanges,
        )
        self._layer_visible = visible
        self.zone_font = QFont()
        self.zone_font.setPointSizeF(10.5)
        self.zone_font.setItalic(True)
        self.point_font = QFont()
        self.point_font.setPointSizeF(8.5)
        self.facility_font = QFont(self.point_font)
        self.facility_font.setBold(True)
        self.exchange_font = QFont(self.point_font)
        self.styles: dict[str, LabelStyle] = dict(DEFAULTS)
        """Per-layer label settings (the park's ``labels`` setting; ui/canvas/label_styles.py)."""
        self.texts: dict[str, dict[str, str]] = {}
        self.size_factor = 1.0
        """Presentation mode draws labels larger (ui/presentation.py enlarge_labels)."""
        """Label text by object id, for layers labelled with another field than the name."""
        self._metrics: dict[int, QFontMetricsF] = {}
        self._widths: dict[tuple[int, str], float] = {}
        self._static_texts: dict[tuple[int, str], QStaticText] = {}
        self._zone_colours: dict[str, QColor] = {}
        self._mask: np.ndarray | None = None
        """The occupancy mask of the last frame, reused (same size) to save the allocation."""
        self.placed: list[str] = []
        self.placed_rects: list[QRectF] = []
        """Texts placed in the last frame (tests check that labels do not overlap)."""

    def apply_styles(
        self, styles: dict[str, LabelStyle], texts: dict[str, dict[str, str]]
    ) -> None:
        """Take new label settings (and the texts of layers not labelled by name); redraw."""
        self.styles, self.texts = dict(styles), texts
        for font, layer in (
            (self.zone_font, "zones"),
            (self.facility_font, "facilities"),
            (self.point_font, "firms"),
        ):
            font.setPointSizeF(self.styles[layer].size * self.size_factor)
        self.exchange_font.setPointSizeF(DEFAULTS["firms"].size * self.size_factor)
        self._metrics.clear()
        self._widths.clear()
        self._static_texts.clear()
        self.touch()

    def _shown(self, layer: str) -> bool:
        style = self.styles.get(layer)
        return self._layer_visible(layer) and (style is None or style.on)

    def _text(self, layer: str, object_id: str | None, name: str) -> str:
        texts = self.texts.get(layer)
        return name if texts is None or object_id is None else texts.get(object_id, "")

    def _size(self, font: QFont, key: int, text: str) -> tuple[float, float]:
        fm = self._metrics.get(key)
        if fm is None:
            fm = self._metrics[key] = QFontMetricsF(font)
        w = self._widths.get((key, text))
        if w is None:
            w = self._widths[(key, text)] = fm.horizontalAdvance(text)
        return w, fm.height()

    def _zone_label_colour(self, kind: str) -> QColor:
        colour = self._zone_colours.get(kind)
        if colour is None:
            colour = self._zone_colours[kind] = styles.qcolor(
                sym.darken(sym.zone_colour(kind), 0.4)
            )
        return colour

    def _static(self, key: int, text: str) -> QStaticText:
        st = self._static_texts.get((key, text))
        if st is None:
            if len(self._static_texts) > 20_000:
                self._static_texts.clear()
            st = self._static_texts[(key, text)] = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
        return st

    def paint_layer(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        t = painter.worldTransform()
        exposed = visible_rect(painter, option)
        scale = math.hypot(t.m11(), t.m12()) or 1.0
        device = painter.device()
        screen = QRectF(0, 0, device.width(), device.height()) if device else QRectF()
        occupied = _Occupancy(
            max(device.width(), 1) if device else 1,
            max(device.height(), 1) if device else 1,
            self._mask,
        )
        self._mask = occupied.mask
        chosen: list[tuple[QRectF, int, str, QColor]] = []
        screen_w0, screen_h0 = screen.left(), screen.top()
        screen_w1, screen_h1 = screen.right(), screen.bottom()

        def place(
            text: str,
            x: float,
            y: float,
            font: QFont,
            key: int,
            colour: QColor,
            anchors: tuple[str, ...],
            offset: float,
        ) -> bool:
            if len(chosen) >= MAX_LABELS:
                return False
            w, h = self._size(font, key, text)
            for anchor in anchors:
                if anchor == "centre":
                    left, top = x - w / 2 - 2, y - h / 2
                elif anchor == "above":
                    left, top = x - w / 2 - 2, y - 1.6 * h
                elif anchor == "below":
                    left, top = x - w / 2 - 2, y + 0.6 * h
                elif anchor == "right":
                    left, top = x + offset, y - h / 2
                else:
                    left, top = x - offset - w - 4, y - h / 2
                right, bottom = left + (w + 4), top + h
                # on screen (QRectF.contains) and free; a QRectF only for the one placed
                if (
                    left >= screen_w0
                    and top >= screen_h0
                    and right <= screen_w1
                    and bottom <= screen_h1
                    and occupied.take_box(left, top, right, bottom)
                ):
                    chosen.append((QRectF(left, top, w + 4, h), key, text, colour))
                    return True
            return False

        def dev(sx: float, sy: float) -> tuple[float, float]:
            return (
                t.m11() * sx + t.m21() * sy + t.dx(),
                t.m12() * sx + t.m22() * sy + t.dy(),
            )

        dark = QColor(30, 30, 30)
        # point symbols first, so that no label hides a firm or facility
        for layer in (self.facilities, self.firms):
            if not self._layer_visible(layer.layer):
                continue
            idx = layer.visible_slots(exposed)
            if len(idx) > FIRM_LABEL_LIMIT:
                continue
            xs, ys = layer.xs[idx], layer.ys[idx]
            x = t.m11() * xs + t.m21() * ys + t.dx()
            y = t.m12() * xs + t.m22() * ys + t.dy()
            if layer is self.facilities:
                half = np.full(len(idx), sym.FACILITY_SIZE_PX / 2)
            else:
                sizes = np.asarray(sym.SYMBOL_SIZES_PX, dtype=np.float64)
                half = sizes[np.minimum(layer.size[idx], len(sizes) - 1)] / 2
            occupied.mark(x - half, y - half, x + half, y + half)
        # facilities
        if self._shown("facilities"):
            idx = self.facilities.visible_slots(exposed)
            if len(idx) <= FACILITY_LABEL_LIMIT:
                for i in idx.tolist():
                    x, y = dev(self.facilities.xs[i], self.facilities.ys[i])
                    name = self._text(
                        "facilities", self.facilities.ids[i], self.facilities.names[i]
                    )
                    if name:
                        off = sym.FACILITY_SIZE_PX / 2 + 3
                        place(name, x, y, self.facility_font, 2, dark, ("right", "left"), off)
        # zones: only those wide enough on screen to hold their name
        if self._shown("zones"):
            sx, sy, area, names, kinds = self.zones.anchor_arrays()
            if "zones" in self.texts:
                zone_texts = self.texts["zones"]
                names = [zone_texts.get(z, "") for z in self.zones.anchors]
            if len(sx):
                side = np.sqrt(area) * scale
                inside = (
                    (sx >= exposed.left())
                    & (sx <= exposed.right())
                    & (sy >= exposed.top())
                    & (sy <= exposed.bottom())
                    & (side >= ZONE_LABEL_MIN_PX)
                )
                idx = np.flatnonzero(inside)
                for i in idx[np.argsort(-area[idx], kind="stable")][:MAX_LABELS].tolist():
                    name = names[i]
                    if not name or self._size(self.zone_font, 1, name)[0] * 1.3 > side[i]:
                        continue
                    x, y = dev(sx[i], sy[i])
                    colour = self._zone_label_colour(kinds[i])
                    place(name, x, y, self.zone_font, 1, colour, ("centre", "above", "below"), 0)
        # firms, the largest industrial added value first
        if self._shown("firms"):
            idx = self.firms.visible_slots(exposed)
            if 0 < len(idx) <= FIRM_LABEL_LIMIT:
                order = idx[np.argsort(-self.firms.priority[idx], kind="stable")]
                drawn = 0
                xs, ys = self.firms.xs[order], self.firms.ys[order]
                dx = t.m11() * xs + t.m21() * ys + t.dx()
                dy = t.m12() * xs + t.m22() * ys + t.dy()
                sizes = np.asarray(sym.SYMBOL_SIZES_PX, dtype=np.float64)
                offs = sizes[self.firms.size[order]] / 2 + 3
                for i, x, y, off in zip(
                    order.tolist(), dx.tolist(), dy.tolist(), offs.tolist(), strict=True
                ):
                    name = self._text("firms", self.firms.ids[i], self.firms.names[i])
                    if not name:
                        continue
                    if place(name, x, y, self.point_font, 3, dark, ("right", "left"), off):
                        drawn += 1
                        if drawn >= MAX_FIRM_LABELS:
                            break
        # exchange materials
        if self._layer_visible("exchanges") and self.exchanges.isVisible():
            colour = styles.qcolor(sym.darken(sym.EXCHANGE_COLOUR, 0.7))
            anchors = self.exchanges.label_anchors
            if len(anchors) <= 100:
                for ax, ay, text in anchors:
                    if text and exposed.contains(QPointF(ax, ay)):
                        x, y = dev(ax, ay)
                        place(text, x, y, self.exchange_font, 4, colour, ("centre",), 0)
        self.placed = [text for _, _, text, _ in chosen]
        self.placed_rects = [r for r, _, _, _ in chosen]
        if not chosen:
            return
        painter.resetTransform()
        halo = QColor(255, 255, 255, 185)
        halo_keys = {
            key
            for key, layer in ((1, "zones"), (2, "facilities"), (3, "firms"), (4, "firms"))
            if self.styles[layer].halo
        }
        for r, key, _, _ in chosen:
            if key in halo_keys:
                painter.fillRect(r, halo)
        fonts = {
            1: self.zone_font,
            2: self.facility_font,
            3: self.point_font,
            4: self.exchange_font,
        }
        for key in (1, 2, 3, 4):
            painter.setFont(fonts[key])
            for r, k, text, colour in chosen:
                if k == key:
                    painter.setPen(colour)
                    painter.drawStaticText(QPointF(r.left() + 2, r.top()), self._static(k, text))
