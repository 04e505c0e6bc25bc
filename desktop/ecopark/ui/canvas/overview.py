"""Zoomed-out views of a large park drawn from a few pre-rendered images (an overview pyramid).

Drawing 100,000 features one by one costs far more than a frame whenever most of them are on
screen, which is exactly when each is a few pixels. So for a large park the map layers are also
rendered, in idle time after opening, into one image of the whole park per scale level (levels
half an octave apart, from a little finer than "whole park on screen" outwards). A view whose
scale lies within a quarter of an octave of a level is drawn by resampling that image (symbols
and dots then show within +-19 % of their size; every feature is still there, in its colour and
place); labels, selection and tool overlays stay live on top. Finer views, where few features
are on screen, are drawn feature by feature as before.

The images are only used while every map layer is exactly as when they were drawn (each layer's
content version and visibility are part of the key); after an edit the view is drawn feature by
feature until the canvas has re-rendered the levels in idle time.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from ecopark.ui.canvas.stack import frame_pixels

MIN_FEATURES = 10_000
"""Parks with fewer features draw every frame feature by feature (fast enough already)."""
BUDGET_BYTES = 100 * 1024 * 1024
"""Memory for the level images; the finest levels that do not fit are left out. 100 MB is what
the levels of a park as wide as the view take down to 2 octaves in (97 MB); 96 MB stops half an
octave short, where views of a fifth of a district (5,000 firms, 600 zones) cost a frame each."""
LEVEL_FORMAT = QImage.Format.Format_RGB16
"""Levels are kept at 16 bits a pixel (5-6-5: colours within 4 of 255 per channel of the
exact drawing): in the memory 32-bit levels would need down to 1.5 octaves in, they reach
2 octaves in, where views of a sixteenth of a district still show some 5,000 features."""
BYTES_PER_PIXEL = 2
STRIP_ROWS = 256
"""Levels are rendered in strips this many pixels high at 32 bits (the point layers stamp
into 32-bit pixels), each copied into the 16-bit level: a strip is a few megabytes where a
32-bit copy of the finest level would be a hundred."""
HALF_OCTAVE = math.sqrt(2.0)
MATCH_OCTAVES = 0.25
"""A level serves views whose scale is within this many octaves of its own."""
COARSEST_STEPS = 6
"""Levels above "whole park fits the view": 3 octaves further out."""
FINEST_STEPS = 4
"""Levels below it, as far as the budget allows (up to 2 octaves in). For a park as wide as the
view, the budget's 16-bit levels reach 2 octaves in: views down to 1/4.8 of the whole-park
scale use the overview, closer ones (a twentieth of the park or less on screen) are drawn
feature by feature."""
PAD_PX = 16
"""Margin around the park, in level pixels: the largest symbol's reach."""


@dataclass
class Level:
    metres_per_pixel: float
    scene_rect: QRectF
    """What the image covers, in scene coordinates."""
    image: QImage


PaintLayers = Callable[[QPainter, int, int, "np.ndarray | None"], None]
"""Paints the map layers (without labels) with the painter's transform onto a w x h image
whose pixels (when given) the point layers may stamp into directly."""


class Overview:
    """The pyramid of one state of the map layers (see the module docstring)."""

    def __init__(self) -> None:
        self.levels: list[Level] = []
        self.key: tuple[object, ...] | None = None
        """The layer state the levels show; None while there are none."""
        self.uses = 0
        """Frames drawn from a level (tests check when the overview is and is not used)."""

    def clear(self) -> None:
        self.levels = []
        self.key = None

    @property
    def nbytes(self) -> int:
        return sum(level.image.sizeInBytes() for level in self.levels)

    @staticmethod
    def scales(whole_mupp: float, width_m: float, height_m: float) -> list[float]:
        """Level scales, coarse to fine, as many of the finer ones as the budget allows."""
        out: list[float] = []
        used = 0
        for k in range(COARSEST_STEPS, -FINEST_STEPS - 1, -1):
            m = whole_mupp * HALF_OCTAVE**k
            w = math.ceil(width_m / m) + 2 * PAD_PX
            h = math.ceil(height_m / m) + 2 * PAD_PX
            used += BYTES_PER_PIXEL * w * h
            if used > BUDGET_BYTES:
                break
            out.append(m)
        return out

    def build(
        self,
        key: tuple[object, ...],
        scene_bounds: QRectF,
        whole_mupp: float,
        background: QColor,
        paint_layers: PaintLayers,
    ) -> Iterator[None]:
        """Render the levels one strip per step (the canvas runs the steps in idle time); the
        overview is used only once every level is ready."""
        self.clear()
        levels: list[Level] = []
        for m in self.scales(whole_mupp, scene_bounds.width(), scene_bounds.height()):
            pad = PAD_PX * m
            rect = scene_bounds.adjusted(-pad, -pad, pad, pad)
            w = max(1, math.ceil(rect.width() / m))
            h = max(1, math.ceil(rect.height() / m))
            image = QImage(w, h, LEVEL_FORMAT)
            strip = QImage(w, min(h, STRIP_ROWS), QImage.Format.Format_RGB32)
            pixels = frame_pixels(strip)
            s = 1.0 / m
            for top in range(0, h, STRIP_ROWS):
                # the strip is the level shifted up by whole pixels: features crossing a seam
                # are drawn the same on both sides of it
                strip.fill(background)
                painter = QPainter(strip)
                painter.setRenderHints(
                    QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                )
                painter.setWorldTransform(
                    QTransform(s, 0.0, 0.0, s, -rect.left() * s, -rect.top() * s - top)
                )
                try:
                    paint_layers(painter, w, strip.height(), pixels)
                finally:
                    painter.end()
                rows = min(STRIP_ROWS, h - top)
                copy = QPainter(image)
                copy.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                copy.drawImage(QPoint(0, top), strip, QRect(0, 0, w, rows))
                copy.end()
                yield
            levels.append(Level(m, QRectF(rect.left(), rect.top(), w * m, h * m), image))
        self.levels = levels
        self.key = key

    def level_for(self, metres_per_pixel: float) -> Level | None:
        """The level drawn for a view at this scale, if one is close enough."""
        best: Level | None = None
        best_d = MATCH_OCTAVES + 1e-9
        for level in self.levels:
            d = abs(math.log2(metres_per_pixel / level.metres_per_pixel))
            if d <= best_d:
                best, best_d = level, d
        return best

    def draw(self, painter: QPainter, key: tuple[object, ...], width: int, height: int) -> bool:
        """Draw the view of ``painter``'s transform (a ``width`` x ``height`` device) from the
        matching level; False (nothing drawn) when the levels are stale or none matches."""
        if key != self.key or not self.levels:
            return False
        t = painter.worldTransform()
        if abs(t.m12()) > 1e-12 or abs(t.m21()) > 1e-12 or t.m11() <= 0 or t.m22() <= 0:
            return False
        level = self.level_for(1.0 / t.m11())
        if level is None:
            return False
        inverse, ok = t.inverted()
        if not ok:
            return False
        view = inverse.mapRect(QRectF(0, 0, width, height)).intersected(level.scene_rect)
        if view.isEmpty():
            self.uses += 1
            return True
        m = level.metres_per_pixel
        r = level.scene_rect
        source = QRectF(
            (view.left() - r.left()) / m,
            (view.top() - r.top()) / m,
            view.width() / m,
            view.height() / m,
        )
        target = t.mapRect(view)
        # Qt resamples a 32-bit image with its vectorised filter but a 16-bit one pixel by
        # pixel: converting just the part in view first (with a margin for the filter's
        # neighbours) takes a quarter of the frame off
        part = source.toAlignedRect().adjusted(-2, -2, 2, 2).intersected(level.image.rect())
        image = level.image.copy(part).convertToFormat(QImage.Format.Format_RGB32)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, image, source.translated(-part.x(), -part.y()))
        painter.restore()
        self.uses += 1
        return True


def layer_key(layers: Sequence[object], extra: tuple[object, ...]) -> tuple[object, ...]:
    """The state an overview shows: each layer's content version and visibility, plus ``extra``
    (the scene frame)."""
    return (
        *((getattr(layer, "version", 0), layer.isVisible()) for layer in layers),  # type: ignore[attr-defined]
        *extra,
    )
