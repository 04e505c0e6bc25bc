"""Where other features plug into the main window, and the Help menu.

Import, scanned-plan underlays, export, presentation, optimisation and settings live in their
own modules; the window only offers them, through :meth:`FeatureActions.add_action` and the few
entries installed here. Kept apart from the window's layout so adding a feature never touches
the frame. :class:`MainWindow` mixes :class:`FeatureActions` in, so every name stays a method of
the window. Strings keep the "MainWindow" translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox

from ecopark import __version__
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    _Base = QMainWindow
else:
    _Base = object

FEATURE_MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "Optimise"),
    QT_TRANSLATE_NOOP("MainWindow", "Presentation"),
)
"""Menus other features create through add_action, listed so their titles get translated."""


class FeatureActions(_Base):
    """Feature entries and Help of :class:`ecopark.ui.main_window.MainWindow` (a mixin)."""

    if TYPE_CHECKING:  # provided by MainWindow
        document: ProjectDocument
        menus: dict[str, QMenu]
        file_menu: QMenu
        edit_menu: QMenu
        scenario_menu: QMenu
        help_menu: QMenu
        _file_end: QAction
        _scenario_extras: list[QAction]
        tool_actions: dict[str, QAction]
        new_action: QAction
        open_action: QAction
        save_action: QAction
        save_as_action: QAction
        undo_action: QAction
        redo_action: QAction
        delete_action: QAction
        select_all_action: QAction
        zoom_extent_action: QAction
        zoom_selection_action: QAction
        quit_action: QAction
        document_replaced: Any

        def _action(
            self,
            text: str,
            slot: Callable[..., Any],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            tip: str = "",
            *,
            checkable: bool = False,
        ) -> QAction: ...
        def _start_autosave(self) -> None: ...

    # =============================================================================================
    # other features plug in here
    # =============================================================================================
    def _install_features(self) -> None:
        """Menu entries of the features that live in their own modules: import, scanned-plan
        underlays, export and presentation, optimisation, settings. The window only offers them."""
        from ecopark.ui.dialogs.carbon_dialogs import install_carbon_actions
        from ecopark.ui.dialogs.export_dialogs import install_export_actions
        from ecopark.ui.dialogs.optimise_dialogs import install_optimise_actions

        self.import_action = self._action(
            QCoreApplication.translate("MainWindow", "&Import…"),
            self.import_interactive,
            "Ctrl+I",
            QCoreApplication.translate(
                "MainWindow",
                "Add zones, firms, pipelines... from a GeoPackage, GeoJSON, Shapefile or DXF file",
            ),
        )
        self.add_action("File", self.import_action)
        self.underlay_action = self._action(
            QCoreApplication.translate("MainWindow", "Add scanned &plan under the map…"),
            self.add_underlay,
            None,
            QCoreApplication.translate(
                "MainWindow",
                "Place a scanned master plan (PNG, JPEG, TIFF) under the map by control points",
            ),
        )
        self.add_action("File", self.underlay_action)
        install_export_actions(self)
        install_optimise_actions(self)
        install_carbon_actions(self)  # carbon factors dialog, thematic map mode (issue 13)
        self.check_action = self._action(
            QCoreApplication.translate("MainWindow", "&Check park…"),
            self.show_check,
            "Ctrl+Shift+K",
            QCoreApplication.translate(
                "MainWindow",
                "List overlapping zones, ids used twice and broken exchanges, and show each on "
                "the map",
            ),
        )
        self.menus["Tools"].addSeparator()
        self.add_action("Tools", self.check_action)
        self.settings_action = self._action(
            QCoreApplication.translate("MainWindow", "Se&ttings…"),
            self.show_settings,
            QKeySequence.StandardKey.Preferences,
            QCoreApplication.translate(
                "MainWindow", "Language, default coordinate system, autosave, area unit"
            ),
        )
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)

    def import_interactive(self) -> bool:
        from ecopark.ui.dialogs.import_dialog import run_import

        path = self.ask_import_path()
        if not path:
            return False
        doc = self.document
        return run_import(self, path, doc.park, doc.scenario_id, doc.push)

    def add_underlay(self) -> None:
        from ecopark.ui.dialogs.underlay_dialog import UnderlayDialog

        dialog = UnderlayDialog(self.document.park, self.document.push, self)
        dialog.exec()
        dialog.deleteLater()

    def show_check(self) -> None:
        """Tools > Check park…: one non-modal dialog per open project, checked afresh on open."""
        from ecopark.ui.dialogs.check_dialog import CheckDialog

        dialog = getattr(self, "_check_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog) or dialog.document is not self.document:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
            dialog = CheckDialog(self.document, self._zoom_to_problem, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.document_replaced.connect(dialog.close)  # it checks the project it was given
            self._check_dialog = dialog
        else:
            dialog.run_check()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _zoom_to_problem(self, refs: list[tuple[str, str]]) -> None:
        """The check dialog has selected ``refs``; show them on the canvas."""
        canvas = getattr(self, "canvas", None)
        if canvas is not None and refs:
            canvas.zoom_to_selection()

    def show_settings(self) -> None:
        from ecopark.ui.preferences import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._start_autosave()
        dialog.deleteLater()

    def add_action(self, menu_name: str, action: QAction) -> QAction:
        """Add ``action`` to a menu ("File", "Edit", "View", "Tools", "Scenario", "Help"); File
        entries go above Quit. A new menu name adds a menu before Help."""
        menu = next((m for k, m in self.menus.items() if k.lower() == menu_name.lower()), None)
        if menu is None:
            menu = QMenu(QCoreApplication.translate("MainWindow", menu_name), self)
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

    def ask_import_path(self) -> str:
        from ecopark.importers import SUPPORTED

        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED)
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import into the scenario on screen"),
            str(self.document.path.parent) if self.document.path else str(Path.home()),
            QCoreApplication.translate("MainWindow", "GIS and CAD files (%1)").replace(
                "%1", patterns
            ),
        )
        return path

    # =============================================================================================
    # help
    # =============================================================================================
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About EcoPark Planner"),
            QCoreApplication.translate(
                "MainWindow",
                "<b>EcoPark Planner %1</b><br>Offline planning of eco-industrial parks: zones, "
                "firms, shared infrastructure and symbiosis, with land output, coverage, the "
                "space-optimization score and the HJ 274-2009 evaluation updated live.",
            ).replace("%1", __version__),
        )

    def shortcut_lines(self) -> list[str]:
        """Every action with a shortcut: the tools, the main commands, then whatever the
        feature menus added (import, export, presentation, optimise, check...)."""
        lines = []
        seen: set[int] = set()
        extra = [a for a in self.findChildren(QAction) if not a.shortcut().isEmpty()]
        for action in [*self.tool_actions.values(), *self._command_actions(), *extra]:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys and id(action) not in seen:
                seen.add(id(action))
                lines.append(f"{keys}\t{action.text().replace('&', '').rstrip('…')}")
        return lines

    def _command_actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.undo_action,
            self.redo_action,
            self.delete_action,
            self.select_all_action,
            self.zoom_extent_action,
            self.zoom_selection_action,
            self.quit_action,
        ]

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            "\n".join(self.shortcut_lines()),
        )
