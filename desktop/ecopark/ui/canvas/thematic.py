"""Thematic map mode: firms coloured by CO₂ (or energy) per IAV, with a legend, over the map.

A separate scene item above the cached map layers, so the layer code needs no change: it draws
a coloured disc on every firm and a legend box in the top-left corner, from the project's
``thematic_map`` setting (ecopark.carbon.thematic: measure, planner-set class breaks). The
controller recomputes the values when the park or the scenario changes and follows the window's
canvas when another project is opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecopark.carbon.thematic import (
    ThematicSpec,
    colour_of,
    firm_values,
    legend,
    thematic_spec,
)
from ecopark.ui.i18n import current_language

DISC_RADIUS_PX = 7.0
LEGEND_MARGIN_PX = 12.0


class ThematicLayer(QGraphicsItem):
    """Discs on firm points and the legend, drawn in device pixels (same size at any zoom)."""

    def __init__(self, canvas: Any):
        super().__init__()
        self.canvas = canvas
        self.spec = ThematicSpec("", ())
        self.points: list[tuple[float, float, str]] = []
        self.setZValue(8)  # above the map stack, below the selection

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-1e8, -1e8, 2e8, 2e8)

    def set_points(self, spec: ThematicSpec, points: list[tuple[float, float, str]]) -> None:
        self.spec = spec
        self.points = points
        self.setVisible(spec.active)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.spec.active:
            return
        painter.save()
        t = painter.worldTransform()
        device = painter.viewport()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self.canvas.frame
        painter.setPen(QPen(QColor("#37474f"), 1.0))
        r = DISC_RADIUS_PX
        area = QRectF(device).adjusted(-r, -r, r, r)
        for x, y, colour in self.points:
            c = t.map(frame.to_scene(x, y))
            if area.contains(c):
                painter.setBrush(QBrush(QColor(colour)))
                painter.drawEllipse(c, r, r)
        self._legend(painter)
        painter.restore()

    def _legend(self, painter: QPainter) -> None:
        lang = "zh" if current_language().startswith("zh") else "en"
        title, items = legend(self.spec, lang)
        font = QFont(painter.font())
        font.setPointSizeF(9.0)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        line = fm.height() + 4
        width = max(fm.horizontalAdvance(title), *(fm.horizontalAdvance(t) + 24 for _c, t in items))
        box = QRectF(LEGEND_MARGIN_PX, LEGEND_MARGIN_PX, width + 16, line * (len(items) + 1) + 10)
        painter.setPen(QPen(QColor("#90a4ae"), 1.0))
        painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
        painter.drawRoundedRect(box, 4, 4)
        x, y = box.left() + 8, box.top() + 6
        painter.setPen(QColor("#212121"))
        painter.drawText(QPointF(x, y + fm.ascent()), title)
        for k, (colour, text) in enumerate(items, start=1):
            cy = y + k * line
            painter.setPen(QPen(QColor("#37474f"), 1.0))
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawEllipse(QPointF(x + 7, cy + fm.height() / 2), 6, 6)
            painter.setPen(QColor("#212121"))
            painter.drawText(QPointF(x + 20, cy + fm.ascent()), text)


class ThematicController(QObject):
    """Keeps a :class:`ThematicLayer` on the window's canvas in step with the project."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.layer: ThematicLayer | None = None
        self.document: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.attach()
        window.document_replaced.connect(lambda _doc: self.attach())

    def attach(self) -> None:
        canvas = self.window.canvas
        # no disconnect from the replaced document: the window closes it right after
        # document_replaced, and ProjectDocument.close lets go of every listener
        self.document = self.window.document
        self.layer = ThematicLayer(canvas)
        canvas.scene().addItem(self.layer)
        self.document.changed.connect(self._schedule)
        self.document.scenario_switched.connect(self._schedule)
        self.refresh()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        doc, layer = self.document, self.layer
        if doc is None or layer is None:
            return
        park = doc.park
        spec = thematic_spec(park.settings)
        points: list[tuple[float, float, str]] = []
        if spec.active and doc.scenario_id in park.scenarios:
            values = firm_values(park, doc.scenario_id, spec.measure)
            firms = park.scenario(doc.scenario_id).firms
            for fid, v in values.items():
                g = firms[fid].geometry
                points.append((g.x, g.y, colour_of(v, spec.breaks)))
        layer.set_points(spec, points)
        self.window.canvas.viewport().update()


__all__ = ["ThematicController", "ThematicLayer"]
