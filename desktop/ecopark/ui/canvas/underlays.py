"""Scanned master plans drawn under the map, so a planner can trace zones and pipes over them.

Each :class:`~ecopark.model.Underlay` carries a PNG and an affine transform from image pixel
(col, row) to map (x, y); (0, 0) is the top-left corner of the first pixel, as in a GDAL
geotransform. The layer composes that transform with the map frame (scene y points down) and
the view, and lets Qt resample the image.

A scan of a master plan is often 10,000 pixels wide. Drawn whole park on screen, one device
pixel covers dozens of image pixels: bilinear sampling then skips most of them (moiré, text
turning to noise) and still reads the whole image. So each image keeps a small pyramid of
halved copies, made on first need with Qt's area-averaging smooth scaling, and the level
closest to one image pixel per device pixel is drawn.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecopark.model import Underlay
from ecopark.ui.canvas.layers import LayerItem, visible_rect
from ecopark.ui.canvas.qpaths import MapFrame

log = logging.getLogger(__name__)

CacheKey = tuple[str, int]
"""(underlay id, hash of the PNG bytes): a replaced image under the same id is decoded again."""


def cache_key(underlay: Underlay) -> CacheKey:
    return underlay.underlay_id, hash(underlay.image_png)


def pixel_to_scene(underlay: Underlay, frame: MapFrame) -> QTransform:
    """Image pixel (col, row) -> scene: scene x = map x - ox, scene y = oy - map y."""
    a, b, c, d, e, f = underlay.transform
    # QTransform(m11, m12, m21, m22, dx, dy): x' = m11*x + m21*y + dx, y' = m12*x + m22*y + dy
    return QTransform(a, -d, b, -e, c - frame.ox, frame.oy - f)


def pyramid_level(device_px_per_image_px: float, levels: int) -> int:
    """The pyramid level (0 = full size, k = halved k times) whose pixels come closest to one
    device pixel each, in log terms; never finer than the original."""
    if not math.isfinite(device_px_per_image_px) or device_px_per_image_px <= 0:
        return 0
    k = round(-math.log2(device_px_per_image_px))
    return min(max(k, 0), levels - 1)


class ImagePyramid:
    """A decoded image and its halved copies, made lazily (level k is 2**k times coarser)."""

    def __init__(self, image: QImage, max_levels: int):
        self.levels: list[QImage] = [image]
        self.max_levels = max_levels

    @property
    def width(self) -> int:
        return self.levels[0].width()

    @property
    def height(self) -> int:
        return self.levels[0].height()

    def available_levels(self) -> int:
        """How many levels exist or can be made (halving stops at a one-pixel image)."""
        w, h, n = self.width, self.height, 1
        while n < self.max_levels and (w > 1 or h > 1):
            w, h, n = max(1, (w + 1) // 2), max(1, (h + 1) // 2), n + 1
        return n

    def level(self, k: int) -> QImage:
        while len(self.levels) <= k:
            last = self.levels[-1]
            half = last.scaled(
                max(1, (last.width() + 1) // 2),
                max(1, (last.height() + 1) // 2),
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.levels.append(half)
        return self.levels[k]


class UnderlayLayer(LayerItem):
    """Every visible underlay, in list order (later ones on top), at its own opacity."""

    MAX_LEVELS = 8
    """Full size down to 1/128: enough for a 20,000-pixel scan shown 150 pixels wide."""

    def __init__(self, frame: MapFrame):
        super().__init__("underlays", frame)
        self.underlays: list[Underlay] = []
        self._pyramids: dict[CacheKey, ImagePyramid | None] = {}
        """Decoded images; None for a PNG Qt could not read (reported once, then skipped)."""
        self.decodes = 0
        """PNG decodes in this layer's life (tests check each image is decoded once)."""
        self.last_levels: dict[str, int] = {}
        """Pyramid level each underlay was drawn at in the last paint, by id."""

    def set_underlays(self, underlays: Iterable[Underlay]) -> None:
        """Show these underlays (the park's list changed or another park was opened)."""
        self.underlays = list(underlays)
        keep = {cache_key(u) for u in self.underlays}
        for key in [k for k in self._pyramids if k not in keep]:
            del self._pyramids[key]
        self.touch()

    def set_frame(self, frame: MapFrame) -> None:
        super().set_frame(frame)
        self.touch()

    def __len__(self) -> int:
        return len(self.underlays)

    def shows_anything(self) -> bool:
        """Whether this layer draws something now (the zones above then let it show through)."""
        return self.isVisible() and any(u.visible and u.opacity > 0 for u in self.underlays)

    def map_bounds(self) -> tuple[float, float, float, float] | None:
        """(xmin, ymin, xmax, ymax) in map coordinates covered by the visible underlays: a new
        park traced from a scan has nothing else to zoom to."""
        xs: list[float] = []
        ys: list[float] = []
        for u in self.underlays:
            pyramid = self.pyramid(u) if u.visible else None
            if pyramid is None:
                continue
            a, b, c, d, e, f = u.transform
            for col, row in (
                (0, 0),
                (pyramid.width, 0),
                (0, pyramid.height),
                (pyramid.width, pyramid.height),
            ):
                xs.append(a * col + b * row + c)
                ys.append(d * col + e * row + f)
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)

    def cached_keys(self) -> set[CacheKey]:
        return set(self._pyramids)

    def pyramid(self, underlay: Underlay) -> ImagePyramid | None:
        key = cache_key(underlay)
        if key not in self._pyramids:
            image = QImage.fromData(underlay.image_png)
            self.decodes += 1
            if image.isNull():
                log.warning(
                    "underlay %s (%s): the stored image is not a readable PNG; it is not drawn",
                    underlay.underlay_id,
                    underlay.name,
                )
                self._pyramids[key] = None
            else:
                image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
                self._pyramids[key] = ImagePyramid(image, self.MAX_LEVELS)
        return self._pyramids[key]

    def paint_layer(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self.underlays:
            return
        self.last_levels = {}
        view = visible_rect(painter, option)
        world = painter.worldTransform()
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for underlay in self.underlays:
            if not underlay.visible or underlay.opacity <= 0.0:
                continue
            pyramid = self.pyramid(underlay)
            if pyramid is None:
                continue
            to_scene = pixel_to_scene(underlay, self.frame)
            footprint = to_scene.mapRect(QRectF(0, 0, pyramid.width, pyramid.height))
            if not footprint.intersects(view):
                continue
            to_device = to_scene * world
            det = abs(to_device.m11() * to_device.m22() - to_device.m12() * to_device.m21())
            if det == 0.0 or not math.isfinite(det):
                continue  # a transform that flattens the image to a line: nothing to draw
            k = pyramid_level(math.sqrt(det) * dpr, pyramid.available_levels())
            image = pyramid.level(k)
            self.last_levels[underlay.underlay_id] = k
            # level pixel -> original pixel -> scene -> device (exact ratios: odd sizes round up)
            back = QTransform.fromScale(
                pyramid.width / image.width(), pyramid.height / image.height()
            )
            painter.setWorldTransform(back * to_device)
            painter.setOpacity(underlay.opacity)
            painter.drawImage(QPointF(0, 0), image)
        painter.setWorldTransform(world)
        painter.setOpacity(1.0)
