"""The map editor's main window: the map in the middle, tools and drawing options on toolbars,
menus, and the docks around it (layers, legend, properties, attribute table, scenarios, undo
history, live indicators).

The window holds one open project (a :class:`ProjectDocument`) at a time; opening or creating
another rebinds the canvas and every dock to it. Other features add their own menu entries with
:meth:`MainWindow.add_action` (export, import, presentation...), so this module stays about the
frame. Each other job of the window lives in its own module, mixed into :class:`MainWindow` so
every method keeps its name on the window: file actions in :mod:`ecopark.ui.window_files`, the
crash journal and autosave in :mod:`ecopark.ui.window_recovery`, tools and the Edit and View
commands in :mod:`ecopark.ui.window_editing`, feature entries and Help in
:mod:`ecopark.ui.window_features`.
"""

from __future__ import annotations

from collections.abc import Callable
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
    QStyle,
    QToolBar,
    QWidget,
)

from ecopark.model import ParkChange, ScenarioChange
from ecopark.model.kinds import FACILITY_KINDS, MEDIA
from ecopark.ui.canvas import MapCanvas
from ecopark.ui.docks.attribute_table import AttributeTableDock
from ecopark.ui.docks.indicator_panel import IndicatorPanel
from ecopark.ui.docks.layers_dock import LayersDock
from ecopark.ui.docks.legend_dock import LegendDock
from ecopark.ui.docks.properties_dock import PropertiesDock
from ecopark.ui.docks.scenario_dock import ScenarioDock
from ecopark.ui.docks.undo_dock import UndoDock
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import term
from ecopark.ui.settings import restore_window_layout, save_window_layout
from ecopark.ui.tools import TOOLS
from ecopark.ui.tools.icons import tool_icon
from ecopark.ui.typing_guard import TypingGuard
from ecopark.ui.window_editing import SPATIAL_LAYERS, EditActions
from ecopark.ui.window_features import FEATURE_MENUS, FeatureActions
from ecopark.ui.window_files import APP_TITLE, Answer, FileActions, load_document
from ecopark.ui.window_recovery import ProjectJournal, RecoveryActions

DEFAULT_SIZE = QSize(1500, 940)


class MainWindow(FileActions, RecoveryActions, EditActions, FeatureActions, QMainWindow):
    document_replaced = Signal(object)
    """A new ProjectDocument is open in this window (after New, Open or a recent file)."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.document = document
        self.canvas: Any = None
        self.menus: dict[str, QMenu] = {}
        self.tool_actions: dict[str, QAction] = {}
        self._doc_connections: list[tuple[Any, Callable[..., Any]]] = []
        self._scenario_extras: list[QAction] = []
        self._shown_once = False
        self._options_initialised = False
        self._selection_count = 0
        self.typing_guard = TypingGuard(self)
        self._create_actions()
        self._create_menus()
        self._create_toolbars()
        self.resize(DEFAULT_SIZE)  # before the docks, so they are laid out at this size
        self._create_docks()
        self._create_status_bar()
        self._bind(document)
        self._install_features()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.timeout.connect(self._autosave_if_modified)
        self._start_autosave()
        self._default_state = self.saveState()
        self._layout_restored = restore_window_layout(self)

    # =============================================================================================
    # construction
    # =============================================================================================
    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shown})" if shown else tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        tr = self.tr
        std = QKeySequence.StandardKey
        self.new_action = self._action(
            tr("&New park…"), self.new_park, std.New, tr("Start an empty park")
        )
        self.open_action = self._action(
            tr("&Open…"), self.open_interactive, std.Open, tr("Open a project file (.gpkg)")
        )
        self.save_action = self._action(
            tr("&Save"), self.save, std.Save, tr("Save the project to its file")
        )
        self.save_as_action = self._action(
            tr("Save &as…"), self.save_as, std.SaveAs, tr("Save the project to another file")
        )
        self.quit_action = self._action(
            tr("&Quit"), self.close, "Ctrl+Q", tr("Close the window (asks about unsaved changes)")
        )
        self.undo_action = self._action(tr("&Undo"), self._undo, std.Undo, tr("Undo the last edit"))
        self.redo_action = self._action(
            tr("&Redo"), self._redo, "Ctrl+Shift+Z", tr("Redo the edit undone last")
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Del belongs to the Delete map tool (which deletes the selection at once); the menu
        # entry runs the same tool and only shows the key, so the two never compete for it.
        self.delete_action = self._action(
            tr("&Delete") + "\tDel",
            self.delete_selection,
            None,
            tr("Delete the selected objects (Del); their exchanges go with them"),
        )
        self.select_all_action = self._action(
            tr("Select &all"),
            self.select_all,
            std.SelectAll,
            tr("Select every object of the visible, unlocked layers"),
        )
        self.zoom_extent_action = self._action(
            tr("Zoom to &park"),
            self.zoom_to_extent,
            "Ctrl+Shift+F",
            tr("Show the whole park"),
        )
        self.zoom_selection_action = self._action(
            tr("Zoom to &selection"),
            self.zoom_to_selection,
            "Ctrl+J",
            tr("Show the selected objects"),
        )
        self.labels_action = self._action(
            tr("Show &labels"),
            self._labels_action_toggled,
            None,
            tr("Names of zones, firms and facilities on the map"),
            checkable=True,
        )
        self.labels_action.setChecked(True)
        self.exchanges_action = self._action(
            tr("Show symbiosis &exchanges"),
            self._exchanges_action_toggled,
            None,
            tr("Arrows for the material and energy exchanges between firms"),
            checkable=True,
        )
        self.exchanges_action.setChecked(True)
        self.reset_layout_action = self._action(
            tr("&Reset window layout"),
            self.reset_layout,
            None,
            tr("Put the toolbars and docks back where they were at first start"),
        )
        self.about_action = self._action(
            tr("&About EcoPark Planner"), self.show_about, None, tr("Version and licence")
        )
        self.shortcuts_action = self._action(
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
        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusive(True)
        for name, tool in TOOLS.items():
            action = QAction(tool_icon(tool), tool.display_label(), self)
            action.setObjectName(f"tool_{name}")
            action.setCheckable(True)
            action.setData(name)
            if tool.shortcut:
                action.setShortcut(QKeySequence(tool.shortcut))
            action.setToolTip(tool.full_tooltip())
            action.setStatusTip(tool.display_tooltip())
            action.triggered.connect(lambda _=False, n=name: self.set_tool(n))
            self.tool_group.addAction(action)
            self.tools_toolbar.addAction(action)
            self.tools_menu.addAction(action)
            self.tool_actions[name] = action
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
        self.zone_kind_combo.currentIndexChanged.connect(self._zone_kind_chosen)
        self.medium_combo.currentIndexChanged.connect(self._medium_chosen)
        self.facility_kind_combo.currentIndexChanged.connect(self._facility_kind_chosen)
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
        self.layers_dock.visibility_changed.connect(self._layer_visibility_changed)
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
        old = self.canvas
        self.setCentralWidget(canvas)
        self.canvas = canvas
        if old is not None:
            old.deleteLater()
        canvas.cursor_moved.connect(self._show_cursor)
        canvas.status_hint.connect(self._show_hint)
        canvas.tool_changed.connect(self._tool_changed)
        canvas.object_created.connect(self._object_created)
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
        self._connect(document.selection_changed, self._report_selection)
        self._connect(document.scenario_switched, self._scenario_switched)
        self._connect(document.edit_failed, self._show_edit_failure)
        self._fill_zone_kinds()
        if not self._options_initialised:  # start from the canvas's own defaults
            self._options_initialised = True
            self.set_zone_kind(canvas.zone_kind)
            self.set_medium(canvas.medium)
            self.set_facility_kind(canvas.facility_kind)
        self._zone_kind_chosen()
        self._medium_chosen()
        self._facility_kind_chosen()
        self._update_title()
        self._update_undo_actions()
        self._update_selection_actions()
        self._scenario_switched(document.scenario_id)
        self.crs_label.setText(document.park.crs)
        current = self.tool_group.checkedAction()
        if current is not None:
            self.set_tool(str(current.data()))
        elif self.tool_actions:
            self.set_tool(next(iter(self.tool_actions)))
        canvas.setFocus()
        self.journal = ProjectJournal(document, self._journal_failed)

    def set_document(self, document: ProjectDocument) -> None:
        """Show another project in this window (the caller has asked about unsaved changes)."""
        old = self.document
        self.journal.drop()  # the planner saved or chose to discard: nothing to recover
        self._unbind()
        self._bind(document)
        if old is not document:
            old.close()
        QTimer.singleShot(0, self._zoom_when_laid_out)
        self.document_replaced.emit(document)

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

    def _show_edit_failure(self, message: str) -> None:
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
                action = menu.addAction(f"{info.name} ({info.kind}, {info.year})")
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
        if not self.maybe_save():
            event.ignore()
            return
        save_window_layout(self)
        event.accept()
        self.journal.drop()
        self._unbind()
        self.document.close()


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
