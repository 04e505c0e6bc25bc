"""Tool icons drawn with QPainter, so the toolbar has icons offline and without resource files.

A desktop icon theme wins when it has the tool's freedesktop icon name.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ecopark import symbology as sym
from ecopark.ui.tools.base import MapTool

SIZE = 24
INK = QColor(40, 40, 40)


def _pen(colour: QColor | str = INK, width: float = 1.6) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _poly(points: Sequence[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _draw(name: str, p: QPainter) -> None:
    accent = QColor(sym.SKETCH_COLOUR)
    if name == "select":
        p.setPen(_pen())
        p.setBrush(QBrush(QColor(255, 255, 255)))
        p.drawPolygon(
            _poly([(6, 3), (6, 19), (10, 15), (13, 21), (15.5, 20), (12.5, 14), (18, 14)])
        )
    elif name == "pan":
        p.setPen(_pen())
        for a in range(4):
            ang = a * math.pi / 2
            dx, dy = math.cos(ang), math.sin(ang)
            p.drawLine(QPointF(12, 12), QPointF(12 + 9 * dx, 12 + 9 * dy))
            tip = QPointF(12 + 9 * dx, 12 + 9 * dy)
            p.drawLine(tip, QPointF(tip.x() - 3 * dx - 3 * dy, tip.y() - 3 * dy + 3 * dx))
            p.drawLine(tip, QPointF(tip.x() - 3 * dx + 3 * dy, tip.y() - 3 * dy - 3 * dx))
    elif name == "move":
        p.setPen(_pen(INK, 1.2))
        p.setBrush(QBrush(QColor(sym.zone_colour("lingang_industrial"))))
        p.drawRect(QRectF(9, 9, 11, 9))
        p.setPen(_pen(accent, 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(3, 4, 11, 9))
    elif name in ("draw_zone", "edit_vertices", "measure_area"):
        pts = [(4, 18), (7, 5), (19, 4), (20, 15), (12, 20)]
        p.setPen(_pen(INK, 1.4))
        fill = "#ffffff" if name == "measure_area" else sym.zone_colour("lingang_industrial")
        p.setBrush(QBrush(QColor(fill)))
        p.drawPolygon(_poly(pts))
        if name != "measure_area":
            p.setBrush(QBrush(QColor(255, 255, 255) if name == "draw_zone" else accent))
            p.setPen(_pen(accent if name == "draw_zone" else INK, 1.0))
            for x, y in pts:
                p.drawRect(QRectF(x - 2, y - 2, 4, 4))
        else:
            p.setPen(_pen(accent, 1.0))
            for i in range(6, 20, 4):
                p.drawLine(QPointF(i, 17), QPointF(i + 4, 8))
    elif name == "place_firm":
        s = sym.sector_symbol("cement")
        p.setPen(_pen(INK, 1.2))
        p.setBrush(QBrush(QColor(s.colour)))
        p.drawEllipse(QPointF(11, 13), 6.5, 6.5)
        p.setPen(_pen(accent, 2.0))
        p.drawLine(QPointF(19, 2), QPointF(19, 9))
        p.drawLine(QPointF(15.5, 5.5), QPointF(22.5, 5.5))
    elif name == "place_facility":
        s = sym.facility_symbol("chp")
        p.setPen(_pen(INK, 1.2))
        p.setBrush(QBrush(QColor(s.colour)))
        p.drawPolygon(_poly(sym.shape_outline("hexagon", 15)).translated(11, 13))
        p.setPen(_pen(accent, 2.0))
        p.drawLine(QPointF(19, 2), QPointF(19, 9))
        p.drawLine(QPointF(15.5, 5.5), QPointF(22.5, 5.5))
    elif name == "draw_pipeline":
        p.setPen(_pen(sym.MEDIUM_COLOURS["steam_hp"], 3.0))
        p.drawPolyline(_poly([(3, 19), (9, 9), (15, 15), (21, 5)]))
        p.setPen(_pen(INK, 1.0))
        p.setBrush(QBrush(QColor(255, 255, 255)))
        for x, y in ((3, 19), (21, 5)):
            p.drawEllipse(QPointF(x, y), 2.2, 2.2)
    elif name == "record_exchange":
        path = QPainterPath(QPointF(4, 18))
        path.quadTo(QPointF(8, 3), QPointF(19, 8))
        p.setPen(_pen(sym.EXCHANGE_COLOUR, 2.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(QBrush(QColor(sym.EXCHANGE_COLOUR)))
        p.drawPolygon(_poly([(21, 9), (14, 11), (16, 5)]))
    elif name == "delete":
        p.setPen(_pen("#c0392b", 2.6))
        p.drawLine(QPointF(6, 6), QPointF(18, 18))
        p.drawLine(QPointF(18, 6), QPointF(6, 18))
    elif name == "measure_distance":
        p.setPen(_pen(INK, 1.4))
        p.setBrush(QBrush(QColor("#f3df7c")))
        p.drawRect(QRectF(2, 9, 20, 7))
        for i, x in enumerate(range(4, 22, 3)):
            p.drawLine(QPointF(x, 9), QPointF(x, 12 if i % 2 else 13.5))
    else:
        p.setPen(_pen())
        p.drawEllipse(QPointF(12, 12), 8, 8)


@lru_cache(maxsize=64)
def _drawn_icon(name: str) -> QIcon:
    pm = QPixmap(SIZE, SIZE)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(name, p)
    p.end()
    return QIcon(pm)


def tool_icon(tool: type[MapTool]) -> QIcon:
    if tool.icon and QIcon.hasThemeIcon(tool.icon):
        return QIcon.fromTheme(tool.icon)
    return _drawn_icon(tool.name)
