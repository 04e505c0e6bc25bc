"""Select: click an object, drag a rubber band, Shift adds; Delete removes the selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg
from ecopark.ui.tools.base import MapTool, MapXY
from ecopark.ui.tools.delete import delete_objects

DRAG_START_PX = 4.0


class SelectTool(MapTool):
    name = "select"
    label = QT_TRANSLATE_NOOP("MapTool", "Select")
    shortcut = "S"
    icon = "edit-select"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click an object to select it (click again to pick the one beneath); drag a box to "
        "select what it touches (zones: what it contains); Shift adds to the selection; "
        "Delete removes the selection; Esc clears it",
    )
    cursor = Qt.CursorShape.ArrowCursor
    idle_hint = QT_TRANSLATE_NOOP(
        "MapTool", "Click an object or drag a box to select; Shift adds to the selection"
    )

    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self._press_pos: QPointF | None = None
        self._press_xy: MapXY | None = None
        self._band = False

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press_pos = event.position()
        self._press_xy = map_xy
        self._band = False

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._press_pos is None or self._press_xy is None:
            return
        d = event.position() - self._press_pos
        if not self._band and max(abs(d.x()), abs(d.y())) >= DRAG_START_PX:
            self._band = True
        if self._band:
            (x0, y0), (x1, y1) = self._press_xy, map_xy
            self.canvas.sketch.set_sketch([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], closed=True)

    def mouse_release(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_xy is None:
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        current = list(self.document.selection)
        if self._band:
            refs = self.canvas.objects_in_rect(self._press_xy, map_xy, editable=True)
            chosen = current + refs if shift else refs
        else:
            under = self.canvas.objects_at(map_xy, editable=True)
            if shift:
                chosen = list(current)
                if under:
                    top = under[0]
                    chosen = [r for r in current if r != top] if top in current else current + [top]
            elif not under:
                chosen = []
            elif len(current) == 1 and current[0] in under:
                chosen = [under[(under.index(current[0]) + 1) % len(under)]]
            else:
                chosen = [under[0]]
        self.reset()
        self.canvas.select(chosen)
        n = len(self.document.selection)
        self.set_hint(
            arg(QCoreApplication.translate("MapTool", "%1 object(s) selected"), n)
            if n
            else self.idle_hint
        )

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.document.selection:
            delete_objects(self, list(self.document.selection))
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            self.canvas.select([])
            self.set_hint(self.idle_hint)
            return True
        return False

    def reset(self) -> None:
        self._press_pos = None
        self._press_xy = None
        if self._band:
            self.canvas.sketch.clear()
        self._band = False
