"""What the canvas draws over the map: selection, the sketch a tool is drawing, the snap marker,
vertex handles, and the scale bar and north arrow."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from ecopark import symbology as sym
from ecopark.numbers import format_plain
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.layers import LayerItem
from ecopark.ui.canvas.qpaths import MapFrame, path_from_coords, path_from_geometries

Coord = tuple[float, float]


def _device(painter: QPainter, sx: float, sy: float) -> QPointF:
    return painter.worldTransform().map(QPointF(sx, sy))


class SelectionLayer(LayerItem):
    """Highlights the selected objects (drawn from the document's selection)."""

    def __init__(self, frame: MapFrame):
        super().__init__("selection", frame)
        self._path = QPainterPath()
        self._areas = QPainterPath()
        self._points: list[Coord] = []

    def set_geometries(self, geoms: Sequence[BaseGeometry]) -> None:
        lines = [g for g in geoms if g.geom_type not in ("Point", "Polygon", "MultiPolygon")]
        areas = [g for g in geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        self._path = path_from_geometries(lines + areas, self.frame)
        self._areas = path_from_geometries(areas, self.frame)
        self._points = [(g.x, g.y) for g in geoms if g.geom_type == "Point"]
        self.update()

    def paint_layer(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(styles.qcolor(sym.SELECTION_COLOUR, 0.12)))
        painter.drawPath(self._areas)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(styles.cosmetic_pen(sym.SELECTION_COLOUR, 5.0, alpha=0.75))
        painter.drawPath(self._path)
        if self._points:
            painter.save()
            t = painter.worldTransform()
            painter.resetTransform()
            painter.setPen(QPen(styles.qcolor(sym.SELECTION_COLOUR), 3.0))
            for x, y in self._points:
                c = t.map(self.frame.to_scene(x, y))
                painter.drawEllipse(c, 11.0, 11.0)
            painter.restore()


class SketchItem(LayerItem):
    """The outline a drawing or measuring tool is building: vertices plus the rubber segment."""

    def __init__(self, frame: MapFrame):
        super().__init__("sketch", frame)
        self.coords: list[Coord] = []
        self.hover: Coord | None = None
        self.closed = False
        self.text = ""
        self.colour = sym.SKETCH_COLOUR
        self.setZValue(1000)

    def set_sketch(
        self,
        coords: Sequence[Coord],
        hover: Coord | None = None,
        *,
        closed: bool = False,
        text: str = "",
        colour: str = sym.SKETCH_COLOUR,
    ) -> None:
        self.coords = list(coords)
        self.hover = hover
        self.closed = closed
        self.text = text
        self.colour = colour
        self.setVisible(bool(self.coords) or bool(text))
        self.update()

    def clear(self) -> None:
        self.set_sketch([])

    def paint_layer(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pts = list(self.coords)
        if self.hover is not None:
            pts.append(self.hover)
        if pts:
            path = path_from_coords(pts, self.frame, close=self.closed)
            if self.closed and len(pts) > 2:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(styles.qcolor(self.colour, 0.15)))
                painter.drawPath(path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(styles.cosmetic_pen(self.colour, 2.0))
            painter.drawPath(path)
        t = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setPen(QPen(QColor(40, 40, 40), 1.0))
        painter.setBrush(QBrush(QColor(255, 255, 255)))
        for x, y in self.coords:
            c = t.map(self.frame.to_scene(x, y))
            painter.drawRect(QRectF(c.x() - 3.5, c.y() - 3.5, 7, 7))
        if self.text and pts:
            c = t.map(self.frame.to_scene(*pts[-1]))
            font = QFont()
            font.setPointSizeF(9)
            font.setBold(True)
            painter.setFont(font)
            r = painter.fontMetrics().boundingRect(self.text).adjusted(-4, -2, 4, 2)
            r.moveTopLeft((c + QPointF(12, 10)).toPoint())
            painter.fillRect(r, QColor(255, 255, 255, 220))
            painter.setPen(styles.qcolor(self.colour))
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.restore()


class VertexHandles(LayerItem):
    """Square handles on every vertex of the object being reshaped; the active one is filled."""

    def __init__(self, frame: MapFrame):
        super().__init__("handles", frame)
        self.vertices: list[Coord] = []
        self.active: int | None = None
        self.preview = QPainterPath()
        self.setZValue(1001)

    def set_handles(
        self,
        vertices: Sequence[Coord],
        active: int | None = None,
        preview: BaseGeometry | None = None,
    ) -> None:
        self.vertices = list(vertices)
        self.active = active
        self.preview = (
            path_from_geometries([preview], self.frame) if preview is not None else QPainterPath()
        )
        self.setVisible(bool(self.vertices))
        self.update()

    def paint_layer(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(styles.cosmetic_pen(sym.SKETCH_COLOUR, 2.0, (3.0, 2.0)))
        painter.drawPath(self.preview)
        t = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setPen(QPen(styles.qcolor(sym.SKETCH_COLOUR), 1.5))
        for i, (x, y) in enumerate(self.vertices):
            c = t.map(self.frame.to_scene(x, y))
            fill = styles.qcolor(sym.SKETCH_COLOUR) if i == self.active else QColor(255, 255, 255)
            painter.setBrush(QBrush(fill))
            painter.drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8))
        painter.restore()


class SnapMarker(QGraphicsItem):
    """Where the next click lands when it snaps: square on a vertex, diamond on an edge, circle
    on a firm or facility."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = "vertex"
        self.map_xy: Coord | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(1002)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-10, -10, 20, 20)

    def show_at(self, frame: MapFrame, xy: Coord, kind: str) -> None:
        self.map_xy = xy
        self.kind = kind
        self.setPos(frame.to_scene(*xy))
        self.setVisible(True)
        self.update()

    def hide_marker(self) -> None:
        self.map_xy = None
        self.setVisible(False)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(styles.qcolor(sym.SNAP_COLOUR), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.kind == "vertex":
            painter.drawRect(QRectF(-6, -6, 12, 12))
        elif self.kind == "edge":
            painter.drawPolygon(
                QPolygonF([QPointF(0, -7), QPointF(7, 0), QPointF(0, 7), QPointF(-7, 0)])
            )
        else:
            painter.drawEllipse(QPointF(0, 0), 7.0, 7.0)
        painter.drawLine(QPointF(-2, 0), QPointF(2, 0))
        painter.drawLine(QPointF(0, -2), QPointF(0, 2))


# ----- scale bar and north arrow ---------------------------------------------------------------
def nice_length(max_m: float) -> float:
    """The largest 1, 2 or 5 × 10^k metres not above ``max_m``."""
    if max_m <= 0:
        return 0.0
    exp = math.floor(math.log10(max_m))
    for m in (5, 2, 1):
        value = m * 10**exp
        if value <= max_m:
            return float(value)
    return float(10**exp)


def format_length(metres: float) -> str:
    if metres >= 1000:
        return f"{format_plain(metres / 1000, grouped=False)} km"
    return f"{format_plain(metres, grouped=False)} m"


def draw_scale_bar(painter: QPainter, device: QRectF, metres_per_px: float) -> None:
    if metres_per_px <= 0 or not math.isfinite(metres_per_px):
        return
    length_m = nice_length(140 * metres_per_px)
    px = length_m / metres_per_px
    x0, y0 = device.left() + 16, device.bottom() - 18
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(x0 - 6, y0 - 22, px + 12, 32), QColor(255, 255, 255, 200))
    half = px / 2
    painter.fillRect(QRectF(x0, y0, half, 5), QColor(30, 30, 30))
    painter.fillRect(QRectF(x0 + half, y0, half, 5), QColor(255, 255, 255))
    painter.setPen(QPen(QColor(30, 30, 30), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x0, y0, px, 5))
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.drawText(QPointF(x0, y0 - 5), "0")
    label = format_length(length_m)
    w = painter.fontMetrics().horizontalAdvance(label)
    painter.drawText(QPointF(x0 + px - w / 2, y0 - 5), label)
    painter.restore()


def draw_north_arrow(painter: QPainter, device: QRectF) -> None:
    """Grid north: the project CRS is projected with y to the north."""
    cx, top = device.right() - 30, device.top() + 14
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(30, 30, 30), 1.2))
    painter.setBrush(QBrush(QColor(30, 30, 30)))
    painter.drawPolygon(
        QPolygonF([QPointF(cx, top + 12), QPointF(cx - 8, top + 40), QPointF(cx, top + 33)])
    )
    painter.setBrush(QBrush(QColor(255, 255, 255)))
    painter.drawPolygon(
        QPolygonF([QPointF(cx, top + 12), QPointF(cx + 8, top + 40), QPointF(cx, top + 33)])
    )
    font = QFont()
    font.setPointSizeF(9)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(cx - 10, top - 4, 20, 16), Qt.AlignmentFlag.AlignCenter, "N")
    painter.restore()
