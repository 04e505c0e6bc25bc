"""The network map mode: pipes coloured by pressure (or velocity against the limit), consumers
marked green (served) or red (short) with their pressure margin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget
from shapely.geometry import LineString
from shapely.ops import substring

from ecopark.hydraulics import HydraulicResult
from ecopark.hydraulics.colours import consumer_colour, margin_text, segment_colour
from ecopark.model import Park
from ecopark.ui.canvas.layers import LayerItem
from ecopark.ui.canvas.qpaths import MapFrame, path_from_coords

MODES = ("off", "pressure", "velocity")


class NetworkOverlay(LayerItem):
    """Drawn above the map layers (below the selection) while a network mode is on."""

    def __init__(self, frame: Callable[[], MapFrame]):
        super().__init__("network_physics", frame())
        self._frame_of = frame
        self.mode = "off"
        self.lines: list[tuple[QPainterPath, str]] = []
        """(path, colour) per segment, in drawing order."""
        self.marks: list[tuple[float, float, str, str]] = []
        """(x, y, colour, label) per consumer."""
        self.setZValue(5)
        self.setVisible(False)

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in MODES else "off"
        self.setVisible(self.mode != "off")
        self.update()

    def show_result(self, park: Park, scenario_id: str, result: HydraulicResult | None) -> None:
        self.frame = self._frame_of()
        self.lines, self.marks = [], []
        if result is None or scenario_id not in park.scenarios:
            self.update()
            return
        scenario = park.scenario(scenario_id)
        pipes = scenario.layers["pipelines"]
        mode = self.mode if self.mode != "off" else "pressure"
        for net in result.networks:
            for seg in net.segments:
                pipe = pipes.get(seg.pipeline_id)
                if pipe is None:
                    continue
                part = substring(getattr(pipe, "geometry"), seg.start_m, seg.end_m)  # noqa: B009
                if not isinstance(part, LineString) or part.is_empty:
                    continue
                path = path_from_coords(list(part.coords), self.frame)
                self.lines.append((path, segment_colour(net, seg, mode)))
            for c in net.consumers:
                g = getattr(scenario.find(c.id), "geometry", None)
                if g is not None and g.geom_type == "Point":
                    text = "" if c.served else margin_text(c)  # only the short ones speak
                    self.marks.append((g.x, g.y, consumer_colour(c), text))
        self.update()

    def paint_layer(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for path, colour in self.lines:
            pen = QPen(QColor("#202020"), 7.0)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(path)
            pen = QPen(QColor(colour), 5.0)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPath(path)
        if not self.marks:
            return
        t = painter.worldTransform()
        painter.resetTransform()
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(True)
        painter.setFont(font)
        for x, y, colour, label in self.marks:
            c = t.map(self.frame.to_scene(x, y))
            painter.setPen(QPen(QColor("#ffffff"), 2.0))
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawEllipse(c, 6.0, 6.0)
            if not label:
                continue
            at = QPointF(c.x() + 10, c.y() - 8)
            painter.setPen(QPen(QColor("#ffffff"), 1.0))
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                painter.drawText(QPointF(at.x() + dx, at.y() + dy), label)
            painter.setPen(QPen(QColor(colour).darker(130)))
            painter.drawText(at, label)
