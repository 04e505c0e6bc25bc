"""The map editor's main window: the map in the middle, tools and drawing options on toolbars,
menus, and the docks around it (layers, legend, properties, attribute table, scenarios, undo
history, live indicators).

The window holds one open project (a :class:`ProjectDocument`) at a time; opening or creating
another rebinds the canvas and every dock to it. It keeps the layout and the wiring only; each
job is a small object it composes (see docs/architecture.md):

- :class:`~ecopark.ui.actions.ActionRegistry` -- every action by stable id, the shortcut list;
- :class:`~ecopark.ui.file_controller.FileController` -- New/Open/Save, asking through an
  injected :class:`~ecopark.ui.file_controller.FilePrompts`;
- :class:`~ecopark.ui.recovery_controller.RecoveryController` -- crash journal and autosave;
- :class:`~ecopark.ui.tools.manager.ToolManager` -- the map tools, their actions and the drawing
  options (the canvas is only given the active tool);
- :class:`~ecopark.ui.edit_commands.EditCommands` -- the Edit and View commands;
- :class:`~ecopark.ui.feature_entries.FeatureEntries` -- import, export, optimise, check,
  settings entries. Other features add their entries with :meth:`MainWindow.add_action`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QToolBar,
    QWidget,
)

from ecopark import __version__
from ecopark.messages import render
from ecopark.model import ParkChange, ScenarioChange
from ecopark.model.kinds import FACILITY_KINDS, MEDIA
from ecopark.terms import zone_kind_label
from ecopark.ui.actions import ActionRegistry
from ecopark.ui.canvas import MapCanvas
from ecopark.ui.docks.attribute_table import AttributeTableDock
from ecopark.ui.docks.indicator_panel import IndicatorPanel
from ecopark.ui.docks.layers_dock import LayersDock
from ecopark.ui.docks.legend_dock import LegendDock
from ecopark.ui.docks.properties_dock import PropertiesDock
from ecopark.ui.docks.scenario_dock import ScenarioDock
from ecopark.ui.docks.undo_dock import UndoDock
from ecopark.ui.document import ProjectDocument
from ecopark.ui.edit_commands import SPATIAL_LAYERS, EditCommands
from ecopark.ui.feature_entries import FEATURE_MENUS, FeatureEntries
from ecopark.ui.file_controller import (
    APP_TITLE,
    Answer,
    DialogPrompts,
    FileController,
    FilePrompts,
    load_document,
)
from ecopark.ui.i18n import current_language, term
from ecopark.ui.recovery_controller import ProjectJournal, RecoveryController
from ecopark.ui.settings import restore_window_layout, save_window_layout
from ecopark.ui.tools.manager import ToolManager
from ecopark.ui.typing_guard import TypingGuard

DEFAULT_SIZE = QSize(1500, 940)


class MainWindow(QMainWindow):
    canvas: MapCanvas
    """The map of the open project (a new one for each project)."""
    document_replaced = Signal(object)
    """A new ProjectDocument is open in this window (after New, Open or a recent file)."""

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        *,
        prompts: FilePrompts | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.document = document
        self.menus: dict[str, QMenu] = {}
        self._doc_connections: list[tuple[Any, Callable[..., Any]]] = []
        self._scenario_extras: list[QAction] = []
        self._shown_once = False
        self.action_registry = ActionRegistry(self)
        self.prompts: FilePrompts = prompts if prompts is not None else DialogPrompts(self)
        self.files = FileController(self, self.prompts, self)
        self.recovery = RecoveryController(self.show_status, self)
        self.tool_manager = ToolManager(parent=self)
        self.edit = EditCommands(self)
        self.features = FeatureEntries(self)
        self.typing_guard = TypingGuard(self)
        self._create_actions()
        self._create_menus()
        self._create_toolbars()
        self.resize(DEFAULT_SIZE)  # before the docks, so they are laid out at this size
        self._create_docks()
        self._create_status_bar()
        self._bind(document)
        self.features.install()
        self.default_state = self.saveState()
        self._layout_restored = restore_window_layout(self)

    # =============================================================================================
    # construction
    # =============================================================================================
    def _create_actions(self) -> None:
        tr = self.tr
        std = QKeySequence.StandardKey
        self.new_action = self.action_registry.add(
            "file.new", tr("&New park…"), self.files.new_park, std.New, tr("Start an empty park")
        )
        self.open_action = self.action_registry.add(
            "file.open",
            tr("&Open…"),
            self.files.open_interactive,
            std.Open,
            tr("Open a project file (.gpkg)"),
        )
        self.save_action = self.action_registry.add(
            "file.save", tr("&Save"), self.files.save, std.Save, tr("Save the project to its file")
        )
        self.save_as_action = self.action_registry.add(
            "file.save_as",
            tr("Save &as…"),
            self.files.save_as,
            std.SaveAs,
            tr("Save the project to another file"),
        )
        self.quit_action = self.action_registry.add(
            "file.quit",
            tr("&Quit"),
            self.close,
            "Ctrl+Q",
            tr("Close the window (asks about unsaved changes)"),
        )
        self.undo_action = self.action_registry.add(
            "edit.undo", tr("&Undo"), self.edit.undo, std.Undo, tr("Undo the last edit")
        )
        self.redo_action = self.action_registry.add(
            "edit.redo",
            tr("&Redo"),
            self.edit.redo,
            "Ctrl+Shift+Z",
            tr("Redo the edit undone last"),
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Del belongs to the Delete map tool (which deletes the selection at once); the menu
        # entry runs the same tool and only shows the key, so the two never compete for it.
        self.delete_action = self.action_registry.add(
            "edit.delete",
            tr("&Delete") + "\tDel",
            self.edit.delete_selection,
            None,
            tr("Delete the selected objects (Del); their exchanges go with them"),
        )
        self.select_all_action = self.action_registry.add(
            "edit.select_all",
            tr("Select &all"),
            self.edit.select_all,
            std.SelectAll,
            tr("Select every object of the visible, unlocked layers"),
        )
        self.zoom_extent_action = self.action_registry.add(
            "view.zoom_to_park",
            tr("Zoom to &park"),
            self.edit.zoom_to_extent,
            "Ctrl+Shift+F",
            tr("Show the whole park"),
        )
        self.zoom_selection_action = self.action_registry.add(
            "view.zoom_to_selection",
            tr("Zoom to &selection"),
            self.edit.zoom_to_selection,
            "Ctrl+J",
            tr("Show the selected objects"),
        )
        self.labels_action = self.action_registry.add(
            "view.labels",
            tr("Show &labels"),
            self.edit.show_labels,
            None,
            tr("Names of zones, firms and facilities on the map"),
            checkable=True,
        )
        self.labels_action.setChecked(True)
        self.exchanges_action = self.action_registry.add(
            "view.exchanges",
            tr("Show symbiosis &exchanges"),
            self.edit.show_exchanges,
            None,
            tr("Arrows for the material and energy exchanges between firms"),
            checkable=True,
        )
        self.exchanges_action.setChecked(True)
        self.reset_layout_action = self.action_registry.add(
            "view.reset_layout",
            tr("&Reset window layout"),
            self.edit.reset_layout,
            None,
            tr("Put the toolbars and docks back where they were at first start"),
        )
        self.about_action = self.action_registry.add(
            "help.about",
            tr("&About EcoPark Planner"),
            self.show_about,
            None,
            tr("Version and licence"),
        )
        self.shortcuts_action = self.action_registry.add(
            "help.shortcuts",
            tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            None,
            tr("The keys of every tool and command"),
        )

    def _create_menus(self) -> None:
        tr = self.tr
        bar = self.menuBar()
        self.file_menu = bar.addMenu(tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self._file_end = self.file_menu.addSeparator()
        """Entries other features add to File (import, export...) go above this line."""
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(tr("&Edit"))
        for a in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(a)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addAction(self.select_all_action)

        self.view_menu = bar.addMenu(tr("&View"))
        self.view_menu.addAction(self.zoom_extent_action)
        self.view_menu.addAction(self.zoom_selection_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.labels_action)
        self.view_menu.addAction(self.exchanges_action)
        self.view_menu.addSeparator()
        self.panels_menu = self.view_menu.addMenu(tr("&Panels"))
        self.toolbars_menu = self.view_menu.addMenu(tr("&Toolbars"))
        self.view_menu.addAction(self.reset_layout_action)

        self.tools_menu = bar.addMenu(tr("&Tools"))
        self.scenario_menu = bar.addMenu(tr("&Scenario"))
        self.scenario_menu.aboutToShow.connect(self._fill_scenario_menu)
        self.help_menu = bar.addMenu(tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        for key, menu in (
            ("File", self.file_menu),
            ("Edit", self.edit_menu),
            ("View", self.view_menu),
            ("Tools", self.tools_menu),
            ("Scenario", self.scenario_menu),
            ("Help", self.help_menu),
        ):
            menu.setToolTipsVisible(True)
            self.menus[key] = menu
        self._fill_scenario_menu()

    def _create_toolbars(self) -> None:
        tr = self.tr
        self.file_toolbar = QToolBar(tr("File"), self)
        self.file_toolbar.setObjectName("file_toolbar")
        sp = QStyle.StandardPixmap
        for action, theme, fallback in (
            (self.new_action, "document-new", sp.SP_FileIcon),
            (self.open_action, "document-open", sp.SP_DialogOpenButton),
            (self.save_action, "document-save", sp.SP_DialogSaveButton),
            (self.undo_action, "edit-undo", sp.SP_ArrowBack),
            (self.redo_action, "edit-redo", sp.SP_ArrowForward),
            (self.zoom_extent_action, "zoom-fit-best", sp.SP_TitleBarMaxButton),
        ):
            action.setIcon(QIcon.fromTheme(theme, self.style().standardIcon(fallback)))
        for a in (self.open_action, self.save_action, self.undo_action, self.redo_action):
            self.file_toolbar.addAction(a)
        self.file_toolbar.addAction(self.zoom_extent_action)
        self.addToolBar(self.file_toolbar)

        self.tools_toolbar = QToolBar(tr("Map tools"), self)
        self.tools_toolbar.setObjectName("tools_toolbar")
        self.tools_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.tool_actions = self.tool_manager.create_actions(self)
        for name, action in self.tool_actions.items():
            self.action_registry.register(f"tool.{name}", action)
            self.tools_toolbar.addAction(action)
            self.tools_menu.addAction(action)
        self.addToolBar(self.tools_toolbar)

        self.options_toolbar = QToolBar(tr("Drawing options"), self)
        self.options_toolbar.setObjectName("options_toolbar")
        self.zone_kind_combo = QComboBox()
        self.zone_kind_combo.setToolTip(tr("Kind of the zones you draw next"))
        self.medium_combo = QComboBox()
        self.medium_combo.setToolTip(tr("Medium of the pipelines you draw next"))
        for medium in MEDIA:
            self.medium_combo.addItem(term("medium", medium), medium)
        self.facility_kind_combo = QComboBox()
        self.facility_kind_combo.setToolTip(tr("Kind of the shared facilities you place next"))
        for kind in FACILITY_KINDS:
            self.facility_kind_combo.addItem(term("facility_kind", kind), kind)
        for caption, combo in (
            (tr("Zone kind"), self.zone_kind_combo),
            (tr("Medium"), self.medium_combo),
            (tr("Facility"), self.facility_kind_combo),
        ):
            label = QLabel(f" {caption} ")
            label.setToolTip(combo.toolTip())
            self.options_toolbar.addWidget(label)
            self.options_toolbar.addWidget(combo)
        manager = self.tool_manager
        _choose(self.medium_combo, manager.medium)
        _choose(self.facility_kind_combo, manager.facility_kind)
        self.zone_kind_combo.currentIndexChanged.connect(self._zone_kind_chosen)
        self.medium_combo.currentIndexChanged.connect(
            lambda *_: setattr(manager, "medium", str(self.medium_combo.currentData()))
        )
        self.facility_kind_combo.currentIndexChanged.connect(
            lambda *_: setattr(
                manager, "facility_kind", str(self.facility_kind_combo.currentData())
            )
        )
        self.addToolBar(self.options_toolbar)
        for toolbar in (self.file_toolbar, self.tools_toolbar, self.options_toolbar):
            self.toolbars_menu.addAction(toolbar.toggleViewAction())

    def _create_docks(self) -> None:
        doc = self.document
        self.layers_dock = LayersDock(doc, self)
        self.legend_dock = LegendDock(doc, self)
        self.scenario_dock = ScenarioDock(doc, self)
        self.properties_dock = PropertiesDock(doc, self)
        self.indicator_panel = IndicatorPanel(doc, self)
        self.attribute_table = AttributeTableDock(doc, self)
        self.undo_dock = UndoDock(doc, self)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        # Every dock visible at first start, none tabbed: a planner sees what there is, and
        # Qt 6.11 leaves stray tab bars on screen when a window starts with tabbed groups.
        self.addDockWidget(left, self.scenario_dock)
        self.addDockWidget(left, self.layers_dock)
        self.addDockWidget(left, self.legend_dock)
        self.addDockWidget(right, self.indicator_panel)
        self.addDockWidget(right, self.properties_dock)
        self.addDockWidget(bottom, self.attribute_table)
        self.addDockWidget(bottom, self.undo_dock)
        self.splitDockWidget(self.attribute_table, self.undo_dock, Qt.Orientation.Horizontal)
        self._apply_default_sizes()
        self.docks: dict[str, QDockWidget] = {
            "layers": self.layers_dock,
            "legend": self.legend_dock,
            "scenarios": self.scenario_dock,
            "properties": self.properties_dock,
            "indicators": self.indicator_panel,
            "attribute_table": self.attribute_table,
            "undo": self.undo_dock,
        }
        for dock in self.docks.values():
            self.panels_menu.addAction(dock.toggleViewAction())
        self.layers_dock.visibility_changed.connect(self.edit.layer_visibility_changed)
        self.layers_dock.labels_toggled.connect(self.labels_action.setChecked)

    def _apply_default_sizes(self) -> None:
        """Dock sizes of the default layout (again once shown: before that Qt has no real
        window size to share out)."""
        self.resizeDocks(
            [self.scenario_dock, self.layers_dock, self.legend_dock],
            [110, 230, 300],
            Qt.Orientation.Vertical,
        )
        self.resizeDocks([self.scenario_dock], [280], Qt.Orientation.Horizontal)
        self.resizeDocks([self.indicator_panel], [450], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.indicator_panel, self.properties_dock], [640, 220], Qt.Orientation.Vertical
        )
        self.resizeDocks([self.attribute_table], [220], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.attribute_table, self.undo_dock], [1100, 300], Qt.Orientation.Horizontal
        )

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.coordinates_label = QLabel()
        self.coordinates_label.setToolTip(self.tr("Cursor position in the project's CRS (metres)"))
        self.coordinates_label.setMinimumWidth(230)
        self.crs_label = QLabel()
        self.crs_label.setToolTip(self.tr("Coordinate reference system of the project"))
        self.scenario_label = QLabel()
        self.scenario_label.setToolTip(self.tr("Scenario shown on the map"))
        for label in (self.scenario_label, self.coordinates_label, self.crs_label):
            bar.addPermanentWidget(label)

    # =============================================================================================
    # the open document
    # =============================================================================================
    def _connect(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._doc_connections.append((signal, slot))

    def _unbind(self) -> None:
        for signal, slot in self._doc_connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._doc_connections.clear()

    def _bind(self, document: ProjectDocument) -> None:
        self.document = document
        # First, so the window switches away from a scenario that an undo removed before the
        # canvas and the docks hear about the change.
        self._connect(document.changed, self._on_document_change)
        canvas = MapCanvas(document, self)
        canvas.setToolTip("")
        old: MapCanvas | None = getattr(self, "canvas", None)
        self.setCentralWidget(canvas)
        self.canvas = canvas
        if old is not None:
            old.deleteLater()
        canvas.cursor_moved.connect(self._show_cursor)
        canvas.status_hint.connect(self._show_hint)
        canvas.object_created.connect(self._object_created)
        canvas.selected_on_map.connect(self.attribute_table.follow_selection)
        for dock in (
            self.layers_dock,
            self.legend_dock,
            self.scenario_dock,
            self.properties_dock,
            self.indicator_panel,
            self.attribute_table,
            self.undo_dock,
        ):
            if dock.document is not document:
                dock.set_document(document)
        self.layers_dock.set_canvas(canvas)
        stack = document.undo_stack
        self._connect(stack.cleanChanged, self._update_title)
        self._connect(stack.canUndoChanged, self._update_undo_actions)
        self._connect(stack.canRedoChanged, self._update_undo_actions)
        self._connect(stack.undoTextChanged, self._update_undo_actions)
        self._connect(stack.redoTextChanged, self._update_undo_actions)
        self._connect(document.path_changed, self._update_title)
        self._connect(document.selection_changed, self._update_selection_actions)
        self._connect(document.selection_changed, self.edit.report_selection)
        self._connect(document.scenario_switched, self._scenario_switched)
        self._connect(document.edit_failed, self._show_edit_failure)
        self._fill_zone_kinds()
        self._zone_kind_chosen()
        self._update_title()
        self._update_undo_actions()
        self._update_selection_actions()
        self._scenario_switched(document.scenario_id)
        self.crs_label.setText(document.park.crs)
        self.tool_manager.attach(canvas)  # the tool chosen so far, on the new map
        canvas.setFocus()
        QTimer.singleShot(0, canvas, canvas.setFocus)  # again once shown: a new map takes keys
        self.recovery.bind(document)

    def set_document(self, document: ProjectDocument) -> None:
        """Show another project in this window (the caller has asked about unsaved changes)."""
        old = self.document
        self.recovery.drop()  # the planner saved or chose to discard: nothing to recover
        self._unbind()
        self._bind(document)
        QTimer.singleShot(0, self._zoom_when_laid_out)
        self.document_replaced.emit(document)
        if old is not document:  # after the docks and features have let go of it
            old.close()

    def _on_document_change(self, change: object) -> None:
        doc = self.document
        if (
            isinstance(change, ScenarioChange)
            and change.action == "removed"
            and change.scenario_id == doc.scenario_id
            and doc.park.scenarios
        ):
            doc.switch_scenario(doc.park.default_scenario().scenario_id)
        if isinstance(change, ParkChange) and change.what in ("zone_kinds", "name"):
            self._fill_zone_kinds()
            self._update_title()

    # =============================================================================================
    # title, status bar and enabled actions
    # =============================================================================================
    def _stack_alive(self) -> bool:
        """False while Qt tears the document down (its stack's last signals must be ignored)."""
        return shiboken6.isValid(self.document.undo_stack) and shiboken6.isValid(self)

    def _update_title(self, *_: object) -> None:
        if not self._stack_alive():
            return
        app_name = self.tr("EcoPark Planner")  # outside the f-string, where lupdate sees it
        self.setWindowTitle(f"{self.document.title}[*] — {app_name}")
        self.setWindowModified(self.document.modified)

    def _update_undo_actions(self, *_: object) -> None:
        if not self._stack_alive():
            return
        stack = self.document.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text).strip())
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text).strip())

    def _update_selection_actions(self, *_: object) -> None:
        has = bool(self.document.selection)
        self.delete_action.setEnabled(has)
        self.zoom_selection_action.setEnabled(has)

    def _scenario_switched(self, scenario_id: str) -> None:
        park = self.document.park
        if scenario_id in park.scenarios:
            info = park.scenarios[scenario_id].info
            kind = term("scenario_kind", info.kind)
            self.scenario_label.setText(
                self.tr("Scenario: %1 (%2, %3)")
                .replace("%1", info.name)
                .replace("%2", kind)
                .replace("%3", str(info.year))
            )

    def _show_cursor(self, x: float, y: float) -> None:
        self.coordinates_label.setText(f"x {x:,.1f}  y {y:,.1f} m")

    def _show_hint(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def project_saved(self) -> None:
        """The file controller wrote the project: checkpoint the journal, update the title."""
        self.recovery.saved()
        self._update_title()

    def _show_edit_failure(self, message: str) -> None:
        message = render(message, current_language())  # core messages through the catalogue
        self.statusBar().showMessage(self.tr("Not changed: %1").replace("%1", message), 15000)

    # =============================================================================================
    # scenarios
    # =============================================================================================
    def _fill_scenario_menu(self) -> None:
        menu = self.scenario_menu
        menu.clear()
        group = QActionGroup(menu)
        doc = getattr(self, "document", None)
        if doc is not None and hasattr(self, "scenario_dock"):
            for sid, scenario in doc.park.scenarios.items():
                info = scenario.info
                kind = info.kind if current_language() == "en" else term("scenario_kind", info.kind)
                action = menu.addAction(f"{info.name} ({kind}, {info.year})")
                action.setCheckable(True)
                action.setChecked(sid == doc.scenario_id)
                action.setActionGroup(group)
                action.triggered.connect(lambda _=False, s=sid: self.document.switch_scenario(s))
            menu.addSeparator()
            dock = self.scenario_dock
            copy = menu.addAction(self.tr("&Copy to new plan…"))
            copy.setToolTip(dock.copy_button.toolTip())
            copy.triggered.connect(dock.copy_current_interactive)
            rename = menu.addAction(self.tr("&Rename…"))
            rename.triggered.connect(dock.rename_current_interactive)
            delete = menu.addAction(self.tr("&Delete…"))
            delete.setEnabled(len(doc.park.scenarios) > 1)
            delete.triggered.connect(dock.delete_current_interactive)
        extras = getattr(self, "_scenario_extras", [])
        if extras:
            menu.addSeparator()
            for action in extras:
                menu.addAction(action)

    # =============================================================================================
    # tools and drawing options (the tool manager holds them; the window shows the choices)
    # =============================================================================================
    def set_tool(self, name: str) -> None:
        self.tool_manager.set_tool(name)

    def _object_created(self, layer: str, object_id: str) -> None:
        """A tool drew something: select it so its properties can be typed in right away."""
        if (layer, object_id) not in self.document.selection:
            self.document.set_selection([(layer, object_id)])

    def _fill_zone_kinds(self) -> None:
        combo = self.zone_kind_combo
        current = combo.currentData() or self.tool_manager.zone_kind
        combo.blockSignals(True)
        combo.clear()
        for kind, zk in self.document.park.zone_kinds.items():
            combo.addItem(zone_kind_label(zk, current_language()), kind)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _zone_kind_chosen(self, *_: object) -> None:
        if self.zone_kind_combo.currentData():
            self.tool_manager.zone_kind = str(self.zone_kind_combo.currentData())

    def set_zone_kind(self, kind: str) -> None:
        _choose(self.zone_kind_combo, kind)

    def set_medium(self, medium: str) -> None:
        _choose(self.medium_combo, medium)

    def set_facility_kind(self, kind: str) -> None:
        _choose(self.facility_kind_combo, kind)

    # =============================================================================================
    # menus other features use
    # =============================================================================================
    def add_action(self, menu_name: str, action: QAction) -> QAction:
        """Add ``action`` to a menu ("File", "Edit", "View", "Tools", "Scenario", "Help"); File
        entries go above Quit. A new menu name adds a menu before Help."""
        menu = next((m for k, m in self.menus.items() if k.lower() == menu_name.lower()), None)
        if menu is None:
            menu = QMenu(self.tr(menu_name), self)
            menu.setToolTipsVisible(True)
            self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
            self.menus[menu_name] = menu
        if action.parent() is None:
            action.setParent(self)
        if menu is self.file_menu:
            menu.insertAction(self._file_end, action)
        elif menu is self.scenario_menu:
            self.addAction(action)  # the scenario menu is rebuilt; keep the shortcut alive
            self._scenario_extras.append(action)
        else:
            menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.files.fill_recent_menu(self.recent_menu)

    def autosave(self) -> Path | None:
        """The crash handler's hook: write the recovery copy (see RecoveryController)."""
        return self.recovery.autosave()

    # =============================================================================================
    # help
    # =============================================================================================
    def shortcut_lines(self) -> list[str]:
        """Every action with a shortcut: the registered ones (commands, tools, feature entries)
        and any other action of the window (feature menus)."""
        extra = [a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()]
        return self.action_registry.shortcut_lines(extra)

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            "\n".join(self.shortcut_lines()),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About EcoPark Planner"),
            self.tr(
                "<b>EcoPark Planner %1</b><br>Offline planning of eco-industrial parks: zones, "
                "firms, shared infrastructure and symbiosis, with land output, coverage, the "
                "space-optimization score and the HJ 274-2009 evaluation updated live.",
            ).replace("%1", __version__),
        )

    # =============================================================================================
    # showing and closing
    # =============================================================================================
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._first_layout)

    def _first_layout(self) -> None:
        if not self._layout_restored:
            self._apply_default_sizes()
        self._zoom_when_laid_out()

    def _zoom_when_laid_out(self) -> None:
        """The canvas knows its final size only once the window is laid out: show the park."""
        if self.canvas is not None:
            self.canvas.zoom_to_extent()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        save_window_layout(self)
        event.accept()
        self.recovery.drop()
        self._unbind()
        self.document.close()


def _choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


__all__ = [
    "APP_TITLE",
    "DEFAULT_SIZE",
    "FEATURE_MENUS",
    "SPATIAL_LAYERS",
    "Answer",
    "MainWindow",
    "ProjectJournal",
    "load_document",
]
