"""The map tool contract: the canvas forwards gestures, the tool turns them into commands.

Modelled on Tiled's AbstractTool and QGIS's QgsMapTool: one small class per tool, activated and
deactivated by the canvas, with a status hint that always says what the next click does.
Tools never change the park themselves: they push core commands through the document, so
every edit is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from ecopark.commands import Command

if TYPE_CHECKING:
    from ecopark.ui.canvas.map_canvas import MapCanvas
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.tools.manager import ToolManager

MapXY = tuple[float, float]


class MapTool:
    name: ClassVar[str] = ""
    """Registry key, e.g. "draw_zone" (used by ToolManager.set_tool and the toolbar)."""
    label: ClassVar[str] = ""
    shortcut: ClassVar[str] = ""
    """A QKeySequence string, e.g. "Z" or "Shift+D"."""
    tooltip: ClassVar[str] = ""
    icon: ClassVar[str] = ""
    """Icon name (freedesktop theme name); ecopark.ui.tools.icons draws a fallback."""
    cursor: ClassVar[Qt.CursorShape] = Qt.CursorShape.CrossCursor
    idle_hint: ClassVar[str] = ""
    """What the first click does; shown when the tool is activated or reset."""

    def __init__(self, canvas: MapCanvas, manager: ToolManager):
        self.canvas = canvas
        """The map the tool works on: hit tests, coordinates, overlays, hints."""
        self.manager = manager
        """Drawing options, the snapper, the previous tool, the exchange prompt."""
        self._hint = ""

    # ----- helpers -------------------------------------------------------------------------------
    @property
    def document(self) -> ProjectDocument:
        return self.canvas.document

    @property
    def status_hint(self) -> str:
        return self._hint or QCoreApplication.translate("MapTool", self.idle_hint)

    def set_hint(self, text: str) -> None:
        text = QCoreApplication.translate("MapTool", text)  # hints marked QT_TRANSLATE_NOOP
        self._hint = text
        self.canvas.show_hint(text)

    def push(self, command: Command) -> bool:
        """Apply a core command as one undo step; False (and the model's message shown) if
        the model refused it."""
        return self.canvas.push(command)

    # ----- lifecycle ----------------------------------------------------------------------------
    def activate(self) -> None:
        self.set_hint(self.idle_hint)

    def deactivate(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Drop any half-finished gesture (Esc)."""

    def model_changed(self) -> None:
        """Objects of the current scenario changed (an edit, undo or redo)."""

    def refresh(self) -> None:
        """The map changed under the tool (undo, scenario switch): drop stale state."""
        self.reset()
        self._hint = ""

    # ----- events (map_xy in project CRS metres) -------------------------------------------------
    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        pass

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        pass

    def mouse_release(self, event: QMouseEvent, map_xy: MapXY) -> None:
        pass

    def double_click(self, event: QMouseEvent, map_xy: MapXY) -> None:
        pass

    def key_press(self, event: QKeyEvent) -> bool:
        """Return True when the key was used (the canvas then does not pan or zoom with it)."""
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            self.set_hint(self.idle_hint)
            return True
        cad = getattr(self.canvas, "cad_input", None)
        if cad is not None and self.accepts_typed_points:
            if event.key() == Qt.Key.Key_Tab and not event.modifiers():
                cad.begin("")  # Tab: the keyboard to the bar (for ids such as "S1 F3")
                return True
            if event.text() and event.text()[:1] in "0123456789@-＠":
                cad.begin(event.text())  # a typed x,y places the point (ui/cad_input.py)
                return True
        return False

    accepts_typed_points: ClassVar[bool] = False
    """Point-placing tools (firm, facility) also take a typed ``x,y`` from the CAD input bar."""

    @classmethod
    def display_label(cls) -> str:
        """The label in the UI language (class attributes are marked QT_TRANSLATE_NOOP)."""
        return QCoreApplication.translate("MapTool", cls.label)

    @classmethod
    def display_tooltip(cls) -> str:
        return QCoreApplication.translate("MapTool", cls.tooltip)

    @classmethod
    def full_tooltip(cls) -> str:
        label, tooltip = cls.display_label(), cls.display_tooltip()
        return f"{label} ({cls.shortcut}): {tooltip}" if cls.shortcut else tooltip
