"""What every map layer item shares: it paints its own features in batches and culls them itself
(so its scene bounding rect is everywhere), with a level-of-detail helper for long lines.

The map layers are a handful of scene items that each paint thousands of features at once: one
QGraphicsItem per feature costs a call per feature per frame, which does not fit 20,000 features
in 16 ms. Each layer keeps one record per object (keyed by its id, updated one by one on edits).
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecopark.ui.canvas.qpaths import (
    MapFrame,
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
