"""Pan with the left button (the middle button and Space+drag pan with every tool)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent

from ecopark.ui.i18n import QT_TRANSLATE_NOOP
from ecopark.ui.tools.base import MapTool, MapXY


class PanTool(MapTool):
    name = "pan"
    label = QT_TRANSLATE_NOOP("MapTool", "Pan")
    shortcut = "H"
    icon = "transform-browse"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Drag the map with the left button. With any tool: middle-drag or Space+drag pans, "
        "the wheel zooms about the cursor, arrow keys pan",
    )
    cursor = Qt.CursorShape.OpenHandCursor
    idle_hint = QT_TRANSLATE_NOOP("MapTool", "Drag to pan; wheel zooms about the cursor")

    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self._anchor: QPointF | None = None

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._anchor = event.position()
            self.canvas.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._anchor is not None:
            pos = event.position()
            d = pos - self._anchor
            self._anchor = pos
            self.canvas.pan_pixels(-d.x(), -d.y())

    def mouse_release(self, event: QMouseEvent, map_xy: MapXY) -> None:
        self._anchor = None
        self.canvas.viewport().setCursor(self.cursor)

    def reset(self) -> None:
        self._anchor = None
