"""The map layers drawn as one cached, opaque image (it also paints the map background).

Every repaint of the view (a rubber band following the mouse, a snap marker, a hover) would
otherwise redraw all features. The stack keeps the last frame of the map layers and reuses it
while the view transform, the viewport size and every layer's content version and visibility
are unchanged; tool overlays are separate scene items drawn on top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecopark.ui.canvas.layers import EVERYWHERE, LayerItem

log = logging.getLogger(__name__)


class LayerStack(QGraphicsItem):
    def __init__(self, layers: Sequence[LayerItem], background: QColor):
        super().__init__()
        self.background = background
        self.layers = list(layers)
        self._key: tuple[object, ...] | None = None
        self._image: QImage | None = None
        self.cache_hits = 0
        self.renders = 0
        self.caching = True
        self.overview: Any = None
        """An :class:`ecopark.ui.canvas.overview.Overview` (set by the canvas for large parks):
        zoomed-out frames are drawn from its images, only the ``live`` layers on top."""
        self.overview_key: Callable[[], tuple[object, ...]] = tuple
        self.live: set[LayerItem] = set()
        """Layers drawn per frame even over the overview (labels)."""
        self.direct: np.ndarray | None = None
        """While set (by ``MapCanvas.render_to_image``), the layers paint straight into the
        target image, whose pixels these are: a one-off render has no use for the frame cache,
        and skipping it saves filling and copying a full-screen image."""

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return EVERYWHERE

    def invalidate(self) -> None:
        self._key = None
        self.update()

    def _frame_key(self, painter: QPainter) -> tuple[object, ...]:
        t = painter.worldTransform()
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        w = device.width() if device is not None else 0
        h = device.height() if device is not None else 0
        return (
            round(t.m11(), 12),
            round(t.m12(), 12),
            round(t.m21(), 12),
            round(t.m22(), 12),
            round(t.dx(), 4),
            round(t.dy(), 4),
            w,
            h,
            dpr,
            int(painter.renderHints().value),
            tuple((layer.version, layer.isVisible()) for layer in self.layers),
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        try:
            if self.direct is not None:
                device = painter.device()
                size = (device.height(), device.width()) if device is not None else (0, 0)
                painter.save()
                painter.resetTransform()
                painter.fillRect(QRectF(0, 0, size[1], size[0]), self.background)
                painter.restore()
                pixels = self.direct if self.direct.shape == size else None
                self._paint_layers(painter, painter, size[1], size[0], pixels)
                self.renders += 1
                return
            key = self._frame_key(painter)
            if not (self.caching and key == self._key and self._image is not None):
                self._image = self._render(painter, option)
                self._key = key
                self.renders += 1
            else:
                self.cache_hits += 1
            painter.save()
            painter.resetTransform()
            painter.drawImage(QPointF(0, 0), self._image)
            painter.restore()
        except Exception:  # noqa: BLE001 - an exception escaping a Qt virtual aborts
            log.exception("drawing the map failed")

    def _render(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> QImage:
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        w = device.width() if device is not None else 1
        h = device.height() if device is not None else 1
        pw, ph = max(1, round(w * dpr)), max(1, round(h * dpr))
        image = self._image
        if image is None or image.width() != pw or image.height() != ph:
            # a fresh 6 MB image costs page faults on every frame: reuse the last one
            # opaque: it covers the whole view, and Qt copies an opaque image instead of blending
            image = QImage(pw, ph, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(dpr)
        image.fill(self.background)
        pixels = frame_pixels(image) if dpr == 1.0 else None
        p = QPainter(image)
        p.setRenderHints(painter.renderHints())
        p.setWorldTransform(painter.worldTransform())
        try:
            self._paint_layers(p, painter, w, h, pixels)
        finally:
            p.end()
        return image

    def _paint_layers(
        self, p: QPainter, view: QPainter, w: int, h: int, pixels: np.ndarray | None
    ) -> None:
        """Paint the visible layers bottom to top with ``p``; ``view`` gives the transform of
        the visible part (w x h device pixels); ``pixels`` lets layers stamp directly."""
        opt = QStyleOptionGraphicsItem()
        inverse, _ = view.worldTransform().inverted()
        opt.exposedRect = inverse.mapRect(QRectF(0, 0, w, h))  # type: ignore[attr-defined]
        layers = sorted(self.layers, key=lambda item: item.zValue())
        if self.overview is not None and self.overview.draw(p, self.overview_key(), w, h):
            layers = [layer for layer in layers if layer in self.live]
        try:
            for layer in layers:
                if layer.isVisible():
                    layer.raster = pixels
                    layer.paint(p, opt, None)
        finally:
            for layer in self.layers:
                layer.raster = None


def frame_pixels(image: QImage) -> np.ndarray | None:
    """The image's pixels as a writable (rows, columns) uint32 array sharing its memory, when
    the format is one 0xAARRGGBB word per pixel with no row padding; else None.

    Taken before a QPainter opens on the image: the raster engine draws synchronously into the
    same memory, so numpy writes between paint calls land in order with Qt's own.
    """
    formats = (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied)
    w, h = image.width(), image.height()
    if image.format() not in formats or image.bytesPerLine() != 4 * w or w * h == 0:
        return None
    return np.frombuffer(image.bits(), dtype=np.uint32, count=w * h).reshape(h, w)


def paint_map_layers(
    layers: Sequence[LayerItem], p: QPainter, w: int, h: int, pixels: np.ndarray | None
) -> None:
    """Paint ``layers`` bottom to top onto a w x h device with ``p``'s transform (the overview
    renders its images with this)."""
    opt = QStyleOptionGraphicsItem()
    inverse, _ = p.worldTransform().inverted()
    opt.exposedRect = inverse.mapRect(QRectF(0, 0, w, h))  # type: ignore[attr-defined]
    try:
        for layer in sorted(layers, key=lambda item: item.zValue()):
            if layer.isVisible():
                layer.raster = pixels
                layer.paint(p, opt, None)
    finally:
        for layer in layers:
            layer.raster = None
