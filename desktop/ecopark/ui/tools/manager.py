"""The tool manager: which map tool is active, the tool instances, their actions and the drawing
options (kind of the next zone, medium of the next pipeline, kind of the next facility).

Modelled on Tiled's ToolManager: the map canvas only draws and forwards gestures to the one tool
it is given (:meth:`MapCanvas.set_tool`); choosing tools, remembering the previous one, the
checkable toolbar actions and the options the drawing tools read all live here. The window
creates one manager and :meth:`attach` es it to each canvas it shows (a new project means a new
canvas; the chosen tool and options stay).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ecopark.model import ParkObject
from ecopark.model.kinds import FACILITY_KINDS, MEDIA
from ecopark.ui.delete_prompt import DeletePrompt
from ecopark.ui.tools import TOOLS
from ecopark.ui.tools.base import MapTool
from ecopark.ui.tools.exchange_dialog import ExchangePrompt, ask_exchange
from ecopark.ui.tools.icons import tool_icon
from ecopark.ui.tools.snapping import Snapper

if TYPE_CHECKING:
    from ecopark.ui.canvas.map_canvas import MapCanvas

DEFAULT_TOOL = "select"
DEFAULT_ZONE_KIND = "lingang_industrial"
DEFAULT_MEDIUM = "steam_hp"
DEFAULT_FACILITY_KIND = "chp"


class ToolManager(QObject):
    tool_changed = Signal(str)
    """Name of the tool that just became active."""
    options_changed = Signal()
    """A drawing option changed (the active tool's hint follows)."""

    def __init__(self, canvas: MapCanvas | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.canvas: MapCanvas | None = None
        self.tools: dict[str, MapTool] = {}
        self._snapper: Snapper | None = None
        self._current = ""
        self._previous = DEFAULT_TOOL
        self._zone_kind = DEFAULT_ZONE_KIND
        self._medium = DEFAULT_MEDIUM
        self._facility_kind = DEFAULT_FACILITY_KIND
        self.exchange_prompt: ExchangePrompt = self._ask_exchange
        """Asks material, quantity and unit for a new exchange; tests replace it."""
        self.delete_prompt: DeletePrompt | None = None
        """Answers "delete what depends on it too?" instead of the window's prompts or the
        message box (tests set it)."""
        self.actions: dict[str, QAction] = {}
        self.action_group: QActionGroup | None = None
        if canvas is not None:
            self.attach(canvas)

    # ----- the canvas ----------------------------------------------------------------------------
    def attach(self, canvas: MapCanvas) -> None:
        """Give ``canvas`` its own tool instances and activate the tool chosen so far."""
        if self.canvas is not None and self.canvas is not canvas:
            self.canvas.set_tool(None)
        self.canvas = canvas
        self._snapper = Snapper(canvas)
        self.tools = {name: cls(canvas, self) for name, cls in TOOLS.items()}
        name, self._current = self._current or DEFAULT_TOOL, ""
        self.set_tool(name)

    @property
    def snapper(self) -> Snapper:
        """Snaps the cursor to vertices and edges of the attached canvas."""
        assert self._snapper is not None, "attach a canvas first"
        return self._snapper

    def _ask_exchange(
        self, source: ParkObject, target: ParkObject
    ) -> tuple[str, float, str] | None:
        return ask_exchange(self.canvas, source, target)

    # ----- the active tool -----------------------------------------------------------------------
    @property
    def current_tool(self) -> str:
        return self._current

    @property
    def tool(self) -> MapTool | None:
        return self.tools.get(self._current)

    @property
    def previous_tool(self) -> str:
        return self._previous

    def set_tool(self, name: str) -> None:
        if name not in TOOLS:
            raise KeyError(f"unknown map tool {name!r}; known: {', '.join(TOOLS)}")
        if name == self._current:
            return
        if self._current:
            self._previous = self._current
        self._current = name
        if self.canvas is not None:
            self.canvas.set_tool(self.tools[name])
        action = self.actions.get(name)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.tool_changed.emit(name)

    def create_actions(self, parent: QObject) -> dict[str, QAction]:
        """Checkable actions for every tool (icon, single-key shortcut, tooltip) in one
        exclusive group, kept in step with the active tool; the window puts them on its toolbar
        and in the Tools menu."""
        group = QActionGroup(parent)
        group.setExclusive(True)
        for name, cls in TOOLS.items():
            action = QAction(tool_icon(cls), cls.display_label(), parent)
            action.setObjectName(f"tool_{name}")
            action.setCheckable(True)
            action.setData(name)
            if cls.shortcut:
                action.setShortcut(QKeySequence(cls.shortcut))
            action.setToolTip(cls.full_tooltip())
            action.setStatusTip(cls.display_tooltip())
            action.triggered.connect(lambda _=False, n=name: self.set_tool(n))
            group.addAction(action)
            self.actions[name] = action
        self.action_group = group
        if self._current in self.actions:
            self.actions[self._current].setChecked(True)
        return dict(self.actions)

    # ----- drawing options -----------------------------------------------------------------------
    @property
    def zone_kind(self) -> str:
        """Kind given to zones drawn from now on (a code of park.zone_kinds)."""
        return self._zone_kind

    @zone_kind.setter
    def zone_kind(self, kind: str) -> None:
        self._zone_kind = kind
        self._options_changed()

    @property
    def medium(self) -> str:
        """Medium of pipelines drawn from now on."""
        return self._medium

    @medium.setter
    def medium(self, medium: str) -> None:
        if medium not in MEDIA:
            raise ValueError(f"unknown medium {medium!r}; use one of {', '.join(MEDIA)}")
        self._medium = medium
        self._options_changed()

    @property
    def facility_kind(self) -> str:
        """Kind of facilities placed from now on."""
        return self._facility_kind

    @facility_kind.setter
    def facility_kind(self, kind: str) -> None:
        if kind not in FACILITY_KINDS:
            raise ValueError(
                f"unknown facility kind {kind!r}; use one of {', '.join(FACILITY_KINDS)}"
            )
        self._facility_kind = kind
        self._options_changed()

    def _options_changed(self) -> None:
        if self.canvas is not None:
            self.canvas.refresh_tool()  # the hint names the option ("Draw a harbor area...")
        self.options_changed.emit()
