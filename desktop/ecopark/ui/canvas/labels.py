"""Labels that do not clutter: placed greedily by priority, skipped when they would overlap.

Shown only when the scale makes them readable: zone names when the zone is wider on screen
than its name, firm names when few enough firms are on screen. Priority: facilities first
(few and shared), then zones (orientation), then firms by industrial added value, then
exchange materials. Placement runs per frame in device pixels on the visible candidates only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
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
LABEL_SPRITE_CACHE = 4_000
"""Rendered labels kept (a few kilobytes each); the cache starts again when full."""
_SpriteKey = tuple[int, str, int, bool, float]
"""(font key, text, colour as ARGB, halo, device pixel ratio)"""
_Sprite = tuple[QImage, int, int, int, int]
"""The image holding a rendered label and the label's pixels in it (x, y, width, height)."""
HALO = QColor(255, 255, 255, 185)
"""The white box behind a label, translucent enough to let hatching show through."""


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
        left = np.clip(np.floor(x0), 0, w).astype(np.intp)
        top = np.clip(np.floor(y0), 0, h).astype(np.intp)
        bw = np.clip(np.ceil(x1), 0, w).astype(np.intp) - left
        bh = np.clip(np.ceil(y1), 0, h).astype(np.intp) - top
        # boxes of one size at once (symbols come in a few sizes): the flat indices of each
        # box's pixels are its top-left index plus the same offsets
        shape = np.where((bw > 0) & (bh > 0), bw * (h + 1) + bh, -1)
        flat = self.mask.reshape(-1)
        for code in np.unique(shape[shape >= 0]).tolist():
            sw, sh = divmod(code, h + 1)
            sel = shape == code
            offsets = (np.arange(sh)[:, None] * w + np.arange(sw)[None, :]).reshape(-1)
            flat[np.add.outer(top[sel] * w + left[sel], offsets).reshape(-1)] = True

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
        self._widths: dict[tuple[int, str], tuple[float, float]] = {}
        """Width and height of each text in each font, measured once."""
        self._sprite_cache: dict[_SpriteKey, _Sprite] = {}
        self._zone_colours: dict[str, QColor] = {}
        self._mask: np.ndarray | None = None
        """The occupancy mask of the last frame, reused (same size) to save the allocation."""
        self.placed: list[str] = []
        self.placed_rects: list[QRectF] = []
        """Texts placed in the last frame (tests check that labels do not overlap)."""

    def apply_styles(self, styles: dict[str, LabelStyle], texts: dict[str, dict[str, str]]) -> None:
        """Take new label settings (and the texts of layers not labelled by name); redraw.

        The park's settings are applied again after every edit; the measured and rendered
        labels are kept unless a font size changed (texts and halos are part of their keys)."""
        self.styles, self.texts = dict(styles), texts
        fonts = self._fonts()
        before = [font.pointSizeF() for font in fonts.values()]
        for font, layer in (
            (self.zone_font, "zones"),
            (self.facility_font, "facilities"),
            (self.point_font, "firms"),
        ):
            font.setPointSizeF(self.styles[layer].size * self.size_factor)
        self.exchange_font.setPointSizeF(DEFAULTS["firms"].size * self.size_factor)
        if [font.pointSizeF() for font in fonts.values()] != before:
            self._metrics.clear()
            self._widths.clear()
            self._sprite_cache.clear()
        self.touch()

    def _shown(self, layer: str) -> bool:
        style = self.styles.get(layer)
        return self._layer_visible(layer) and (style is None or style.on)

    def _text(self, layer: str, object_id: str | None, name: str) -> str:
        texts = self.texts.get(layer)
        return name if texts is None or object_id is None else texts.get(object_id, "")

    def _size(self, font: QFont, key: int, text: str) -> tuple[float, float]:
        size = self._widths.get((key, text))
        if size is None:
            fm = self._metrics.get(key)
            if fm is None:
                fm = self._metrics[key] = QFontMetricsF(font)
            size = self._widths[(key, text)] = (fm.horizontalAdvance(text), fm.height())
        return size

    def warm_up(self) -> Iterator[None]:
        """Measure every zone's and facility's name ahead of need, a few hundred per step (the
        canvas runs this in idle time after opening): the first view of each district would
        otherwise measure all its names in the frame the planner waits for."""
        _, _, _, names, _ = self.zones.anchor_arrays()
        if "zones" in self.texts:
            names = list(self.texts["zones"].values())
        facilities = self.facilities
        jobs = [
            *((self.zone_font, 1, name) for name in names),
            *(
                (
                    self.facility_font,
                    2,
                    self._text("facilities", facilities.ids[i], facilities.names[i]),
                )
                for i in np.flatnonzero(facilities.alive).tolist()
            ),
        ]
        for start in range(0, len(jobs), 500):
            for font, key, text in jobs[start : start + 500]:
                if text:
                    self._size(font, key, text)
            yield

    def _zone_label_colour(self, kind: str) -> QColor:
        colour = self._zone_colours.get(kind)
        if colour is None:
            colour = self._zone_colours[kind] = styles.qcolor(
                sym.darken(sym.zone_colour(kind), 0.4)
            )
        return colour

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
        # symbol boxes to keep clear, marked only once a label is tried: a zoomed-out view
        # with no label to place (all too small or too many) skips the mask altogether
        symbols: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        board: list[_Occupancy] = []

        def occupied() -> _Occupancy:
            if not board:
                board.append(
                    _Occupancy(
                        max(device.width(), 1) if device else 1,
                        max(device.height(), 1) if device else 1,
                        self._mask,
                    )
                )
                self._mask = board[0].mask
                for boxes in symbols:
                    board[0].mark(*boxes)
            return board[0]

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
                    and occupied().take_box(left, top, right, bottom)
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
            symbols.append((x - half, y - half, x + half, y + half))
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
                    if len(chosen) >= MAX_LABELS:
                        break
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
                    if len(chosen) >= MAX_LABELS:
                        break
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
        halo_keys = {
            key
            for key, layer in ((1, "zones"), (2, "facilities"), (3, "firms"), (4, "firms"))
            if self.styles[layer].halo
        }
        dpr = device.devicePixelRatioF() if device else 1.0
        keys = [(key, text, colour.rgba(), key in halo_keys, dpr) for _, key, text, _ in chosen]
        sprites = self._sprites(keys, [colour for _, _, _, colour in chosen])
        draw = painter.drawImage
        for (r, _, _, _), (sheet, x, y, w, h) in zip(chosen, sprites, strict=True):
            # at the box's top-left pixel: the label then stays within the pixels the
            # occupancy mask reserved for its box (floor of its left and top edges)
            draw(math.floor(r.left()), math.floor(r.top()), sheet, x, y, w, h)

    def _sprites(self, keys: list[_SpriteKey], colours: list[QColor]) -> list[_Sprite]:
        """Each label as drawn (halo box and text) from an image rendered once: a label blits
        in a fifth of the time its text takes to draw, and the same labels come back frame
        after frame while a planner pans and zooms. Labels not seen before are rendered
        together into one new image (one painter for all of them)."""
        cache = self._sprite_cache
        missing = list(dict.fromkeys(k for k in keys if k not in cache))
        if missing:
            if len(cache) + len(missing) > LABEL_SPRITE_CACHE:
                cache.clear()
            colour_of = dict(zip(keys, colours, strict=True))
            self._render_sprites(missing, colour_of)
        return [cache[k] for k in keys]

    def _render_sprites(self, keys: list[_SpriteKey], colour_of: dict[_SpriteKey, QColor]) -> None:
        dpr = keys[0][4]
        fonts = self._fonts()
        boxes = []
        top = 0
        for key, text, _, _, _ in keys:
            w, h = self._size(fonts[key], key, text)
            bw, bh = max(1, math.ceil((w + 4) * dpr)), max(1, math.ceil(h * dpr))
            boxes.append((top, bw, bh))
            top += bh + 1
        sheet = QImage(max(b[1] for b in boxes), top, QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(QColor(0, 0, 0, 0))
        p = QPainter(sheet)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for k, (y, bw, bh) in zip(keys, boxes, strict=True):
            if k[3]:
                p.fillRect(0, y, bw, bh, HALO)
        p.scale(dpr, dpr)
        for k, (y, _, _) in zip(keys, boxes, strict=True):
            key, text = k[0], k[1]
            p.setFont(fonts[key])
            p.setPen(colour_of[k])
            p.drawText(QPointF(2.0, y / dpr + self._ascent(fonts[key], key)), text)
        p.end()
        # painted in device pixels above; drawn at the device's ratio (crisp on HiDPI screens)
        sheet.setDevicePixelRatio(dpr)
        for k, (y, bw, bh) in zip(keys, boxes, strict=True):
            self._sprite_cache[k] = (sheet, 0, y, bw, bh)

    def _ascent(self, font: QFont, key: int) -> float:
        fm = self._metrics.get(key)
        if fm is None:
            fm = self._metrics[key] = QFontMetricsF(font)
        return fm.ascent()

    def _fonts(self) -> dict[int, QFont]:
        return {
            1: self.zone_font,
            2: self.facility_font,
            3: self.point_font,
            4: self.exchange_font,
        }
