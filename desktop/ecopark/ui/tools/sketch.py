"""Shared behaviour of tools that click vertices one after another (zone, pipeline, measure).

Click adds a (snapped) vertex, the rubber segment follows the cursor, double-click / Enter /
right-click finishes, Backspace drops the last vertex, Esc cancels: the QGIS digitising gestures.
"""

from __future__ import annotations

import math
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from ecopark.ui.i18n import arg
from ecopark.ui.tools.base import MapTool, MapXY
from ecopark.ui.tools.snapping import SnapResult, SnapTargets


class SketchTool(MapTool):
    closed: ClassVar[bool] = False
    """Polygon (closed ring) rather than a polyline."""
    min_vertices: ClassVar[int] = 2

    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self.vertices: list[MapXY] = []
        self.snaps: list[SnapResult | None] = []
        """What each vertex snapped to (None = free)."""
        self.hover: MapXY | None = None
        self.last_snap: SnapResult | None = None

    # ----- hooks -------------------------------------------------------------------------------
    def snap_targets(self) -> SnapTargets | None:
        return None

    def commit(self, coords: list[MapXY]) -> bool:
        """Use the finished sketch; return True to clear it, False to keep it for correction."""
        raise NotImplementedError

    def progress_hint(self) -> str:
        n = len(self.vertices)
        template = QCoreApplication.translate(
            "MapTool",
            "%1 vertex(es). Click the next vertex; double-click, Enter or right-click "
            "finishes; Backspace removes the last vertex; Esc cancels",
        )
        return arg(template, n)

    def sketch_text(self) -> str:
        return ""

    # ----- snapping ----------------------------------------------------------------------------
    def snapped(self, xy: MapXY) -> tuple[MapXY, SnapResult | None]:
        cad = getattr(self.canvas, "cad_input", None)  # typed angle / ⊥ / ∥ (ui/cad_input.py)
        held = cad.constrain(self, xy) if cad is not None else None
        if held is not None:
            self.canvas.snap_marker.hide_marker()
            return held, None
        targets = self.snap_targets()
        result = self.manager.snapper.snap(xy, targets) if targets is not None else None
        self.last_snap = result
        if result is not None:
            self.canvas.snap_marker.show_at(self.canvas.frame, result.xy, result.kind)
            return result.xy, result
        self.canvas.snap_marker.hide_marker()
        return xy, None

    # ----- events ------------------------------------------------------------------------------
    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        xy, snap = self.snapped(map_xy)
        self.add_vertex(xy, snap)

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        xy, _ = self.snapped(map_xy)
        self.hover = xy
        self.update_sketch()

    def double_click(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.finish()

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        cad = getattr(self.canvas, "cad_input", None)
        if cad is not None and event.text()[:1] in "0123456789@<-.+＠" and event.text():
            cad.begin(event.text())  # typed coordinates: the CAD input bar takes the keys
            return True
        if cad is not None and key == Qt.Key.Key_Tab and not event.modifiers():
            cad.begin("")  # Tab: the keyboard to the bar (a rectangle "WxH", ids "S1 F3")
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if key == Qt.Key.Key_Backspace:
            self.remove_last()
            return True
        if key == Qt.Key.Key_Escape:
            cancelled = bool(self.vertices)
            self.reset()
            self.set_hint(
                (QCoreApplication.translate("MapTool", "Cancelled. ") if cancelled else "")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return True
        return False

    # ----- sketch ------------------------------------------------------------------------------
    def _same_point(self, a: MapXY, b: MapXY) -> bool:
        return math.hypot(a[0] - b[0], a[1] - b[1]) <= 0.5 * self.canvas.metres_per_pixel

    def add_vertex(self, xy: MapXY, snap: SnapResult | None = None) -> None:
        if self.vertices and self._same_point(self.vertices[-1], xy):
            return  # the second press of a double-click
        self.vertices.append(xy)
        self.snaps.append(snap)
        self.update_sketch()
        self.set_hint(self.progress_hint())

    def remove_last(self) -> None:
        if not self.vertices:
            self.set_hint(
                QCoreApplication.translate("MapTool", "Nothing to remove. ")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return
        self.vertices.pop()
        self.snaps.pop()
        self.update_sketch()
        self.set_hint(self.progress_hint() if self.vertices else self.idle_hint)

    def update_sketch(self) -> None:
        self.canvas.sketch.set_sketch(
            self.vertices,
            self.hover if self.vertices else None,
            closed=self.closed,
            text=self.sketch_text(),
        )

    def finish(self) -> None:
        coords: list[MapXY] = []
        for xy in self.vertices:
            if not coords or not self._same_point(coords[-1], xy):
                coords.append(xy)
        if self.closed and len(coords) > 1 and self._same_point(coords[0], coords[-1]):
            coords.pop()
        if len(coords) < self.min_vertices:
            self.set_hint(
                arg(
                    QCoreApplication.translate(
                        "MapTool", "Needs at least %1 vertices; click more (Esc cancels)"
                    ),
                    self.min_vertices,
                )
                if self.vertices
                else self.idle_hint
            )
            return
        if self.commit(coords):
            self.vertices, self.snaps, self.hover = [], [], None
            self.canvas.sketch.clear()
            self.canvas.snap_marker.hide_marker()

    def reset(self) -> None:
        self.vertices, self.snaps, self.hover = [], [], None
        self.last_snap = None
        self.canvas.sketch.clear()
        self.canvas.snap_marker.hide_marker()
