"""The map's per-mu grade mode: firms drawn as discs coloured by their grade A-D, with a key.

An overlay above the cached layer image (like the selection): it reads the grades the grades
dock computed and the firms' points of the current scenario, and the canvas's current frame,
so it never holds stale coordinates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecopark.ui.canvas.layers import LayerItem

if TYPE_CHECKING:
    from ecopark.ui.canvas.map_canvas import MapCanvas

GRADE_COLOURS: dict[str, str] = {"A": "#1a7f37", "B": "#6cae3e", "C": "#e39b1b", "D": "#c62828"}
"""Grade -> colour (green best, red worst), shared by the map, its key and the grades table."""
RADIUS_PX = 10.0


class GradeLayer(LayerItem):
    def __init__(self, canvas: MapCanvas, title: str):
        super().__init__("grades", canvas.frame)
        self.canvas = canvas
        self.title = title
        self.grades: dict[str, str] = {}
        self.setZValue(9)

    def set_grades(self, grades: Mapping[str, str]) -> None:
        self.grades = dict(grades)
        self.update()

    def paint_layer(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        frame = self.canvas.frame
        firms = self.canvas.document.scenario.firms
        t = painter.worldTransform()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(8.0)
        painter.setFont(font)
        for firm_id, grade in self.grades.items():
            firm = firms.get(firm_id)
            if firm is None:
                continue
            c = t.map(frame.to_scene(firm.geometry.x, firm.geometry.y))
            self._disc(painter, c, grade)
        view = self.canvas.viewport().rect()
        self._key(painter, QPointF(view.left() + 16.0, view.top() + 12.0))  # north arrow: right

    def _disc(self, painter: QPainter, c: QPointF, grade: str) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QBrush(QColor(GRADE_COLOURS.get(grade, "#808080"))))
        painter.drawEllipse(c, RADIUS_PX, RADIUS_PX)
        painter.setPen(QColor("#ffffff"))
        box = QRectF(c.x() - RADIUS_PX, c.y() - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, grade)

    def _key(self, painter: QPainter, at: QPointF) -> None:
        box = QRectF(at.x() - 8, at.y() - 4, 150, 36 + 24 * len(GRADE_COLOURS))
        painter.setPen(QPen(QColor("#606060"), 1.0))
        painter.setBrush(QBrush(QColor(255, 255, 255, 225)))
        painter.drawRect(box)
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(at.x(), at.y(), 140, 22), Qt.AlignmentFlag.AlignVCenter, self.title)
        for k, grade in enumerate(GRADE_COLOURS):
            y = at.y() + 36 + 24 * k
            self._disc(painter, QPointF(at.x() + 12, y), grade)
            n = sum(1 for g in self.grades.values() if g == grade)
            painter.setPen(QColor("#202020"))
            painter.drawText(QRectF(at.x() + 30, y - 10, 110, 20), Qt.AlignmentFlag.AlignVCenter,
                             f"{grade}  ({n})")  # fmt: skip
