"""Measure a distance along clicked points, or the area of a clicked outline (m², ha, mu)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QMouseEvent
from shapely.geometry import LineString, Polygon

from ecopark.model.kinds import SQM_PER_MU
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg
from ecopark.ui.tools.base import MapXY
from ecopark.ui.tools.sketch import SketchTool
from ecopark.ui.tools.snapping import SnapTargets


def format_distance(metres: float) -> str:
    return f"{metres / 1000:,.3f} km" if metres >= 1000 else f"{metres:,.1f} m"


def format_area(m2: float) -> str:
    return f"{m2:,.0f} m² = {m2 / 10_000:,.2f} ha = {m2 / SQM_PER_MU:,.1f} mu"


class _MeasureTool(SketchTool):
    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self.result: float | None = None
        """The last finished measurement (metres or square metres)."""
        self._finished = False

    def snap_targets(self) -> SnapTargets:
        return SnapTargets(
            points=("facilities", "firms"), shapes=("zones", "pipelines", "plots", "corridors")
        )

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._finished:
            self.reset()
        super().mouse_press(event, map_xy)

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._finished:  # keep the finished measurement still until the next click
            self.snapped(map_xy)
            return
        super().mouse_move(event, map_xy)

    def measure(self, pts: list[MapXY]) -> float:
        raise NotImplementedError

    def describe(self, value: float) -> str:
        raise NotImplementedError

    def current(self) -> float:
        pts = list(self.vertices) + ([self.hover] if self.hover and not self._finished else [])
        return self.measure(pts)

    def sketch_text(self) -> str:
        return self.describe(self.current()) if len(self.vertices) >= 1 else ""

    def progress_hint(self) -> str:
        template = QCoreApplication.translate(
            "MapTool",
            "%1. Click the next point; double-click or Enter ends; Backspace removes the last "
            "point; Esc clears",
        )
        return arg(template, self.describe(self.measure(self.vertices)))

    def commit(self, coords: list[MapXY]) -> bool:
        self.vertices = coords
        self.result = self.measure(coords)
        self._finished = True
        self.hover = None
        self.update_sketch()
        template = QCoreApplication.translate("MapTool", "%1. Click to start a new measurement")
        self.set_hint(arg(template, self.describe(self.result)))
        return False  # keep it on screen until the next click

    def reset(self) -> None:
        super().reset()
        self._finished = False


class MeasureDistanceTool(_MeasureTool):
    name = "measure_distance"
    label = QT_TRANSLATE_NOOP("MapTool", "Measure distance")
    shortcut = "D"
    icon = "measure"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool", "Click points to measure the distance along them (snaps to features); Esc clears"
    )
    idle_hint = QT_TRANSLATE_NOOP("MapTool", "Measure distance: click the first point")
    min_vertices = 2

    def measure(self, pts: list[MapXY]) -> float:
        return float(LineString(pts).length) if len(pts) >= 2 else 0.0

    def describe(self, value: float) -> str:
        return arg(QCoreApplication.translate("MapTool", "Distance %1"), format_distance(value))


class MeasureAreaTool(_MeasureTool):
    name = "measure_area"
    label = QT_TRANSLATE_NOOP("MapTool", "Measure area")
    shortcut = "Shift+D"
    icon = "measure-area"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool", "Click the corners of an area to measure it in m², ha and mu (亩); Esc clears"
    )
    idle_hint = QT_TRANSLATE_NOOP("MapTool", "Measure area: click the first corner")
    closed = True
    min_vertices = 3

    def measure(self, pts: list[MapXY]) -> float:
        return float(abs(Polygon(pts).area)) if len(pts) >= 3 else 0.0

    def describe(self, value: float) -> str:
        return arg(QCoreApplication.translate("MapTool", "Area %1"), format_area(value))
