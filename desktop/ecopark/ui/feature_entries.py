"""The menu entries of features that live in their own modules: import, scanned-plan underlays,
export and presentation, optimisation, Check park and Settings.

The window only offers them: :class:`FeatureEntries` creates the actions (registered by id in
the window's :class:`~ecopark.ui.actions.ActionRegistry`) and puts them in menus through
:meth:`MainWindow.add_action`, the same door any new feature uses. Strings keep the "MainWindow"
translation context they had in the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from ecopark.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ecopark.ui.dialogs.check_dialog import CheckDialog
    from ecopark.ui.main_window import MainWindow

FEATURE_MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "Optimise"),
    QT_TRANSLATE_NOOP("MainWindow", "Presentation"),
)
"""Menus other features create through add_action, listed so their titles get translated."""


class FeatureEntries:
    """Installs the feature entries of one window and runs the small ones (import, underlay,
    check, settings); export and optimise install their own entries."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.check_dialog: CheckDialog | None = None

    def install(self) -> None:
        from ecopark.ui.dialogs.carbon_dialogs import install_carbon_actions
        from ecopark.ui.dialogs.export_dialogs import install_export_actions
        from ecopark.ui.dialogs.optimise_dialogs import install_optimise_actions

        w = self.window
        actions = w.action_registry
        w.add_action(
            "File",
            actions.add(
                "file.import",
                QCoreApplication.translate("MainWindow", "&Import…"),
                self.import_interactive,
                "Ctrl+I",
                QCoreApplication.translate(
                    "MainWindow",
                    "Add zones, firms, pipelines... from a GeoPackage, GeoJSON, Shapefile or DXF "
                    "file",
                ),
            ),
        )
        w.add_action(
            "File",
            actions.add(
                "file.add_underlay",
                QCoreApplication.translate("MainWindow", "Add scanned &plan under the map…"),
                self.add_underlay,
                None,
                QCoreApplication.translate(
                    "MainWindow",
                    "Place a scanned master plan (PNG, JPEG, TIFF) under the map by control points",
                ),
            ),
        )
        install_export_actions(w)
        install_optimise_actions(w)
        from ecopark.ui.drafting_actions import install_drafting_actions

        install_drafting_actions(w)  # copy/paste, field calculator, georef, basemaps, changes
        install_carbon_actions(w)  # carbon factors dialog, thematic map mode (issue 13)
        w.menus["Tools"].addSeparator()
        w.add_action(
            "Tools",
            actions.add(
                "tools.check",
                QCoreApplication.translate("MainWindow", "&Check park…"),
                self.show_check,
                "Ctrl+Shift+K",
                QCoreApplication.translate(
                    "MainWindow",
                    "List overlapping zones, ids used twice and broken exchanges, and show each on "
                    "the map",
                ),
            ),
        )
        from ecopark.ui.dialogs.symbiosis_dialog import install_symbiosis_actions

        install_symbiosis_actions(w)
        from ecopark.ui.hydraulics import install_hydraulics

        install_hydraulics(w)  # network physics: map mode, Networks tab, pipe sizing
        settings = actions.add(
            "edit.settings",
            QCoreApplication.translate("MainWindow", "Se&ttings…"),
            self.show_settings,
            QKeySequence.StandardKey.Preferences,
            QCoreApplication.translate(
                "MainWindow", "Language, default coordinate system, autosave, area unit"
            ),
        )
        w.edit_menu.addSeparator()
        w.edit_menu.addAction(settings)
        from ecopark.ui.indicator_features import install_indicator_features

        install_indicator_features(w)  # Targets dock, per-mu grades, grade map mode (issue 15)
        from ecopark.ui.timeline import install_timeline

        install_timeline(w)  # year slider, phasing dock (issue 17 part B)

    def import_interactive(self) -> bool:
        from ecopark.importers import SUPPORTED
        from ecopark.ui.dialogs.import_dialog import run_import

        doc = self.window.document
        start = str(doc.path.parent) if doc.path else str(Path.home())
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED)
        path = self.window.prompts.ask_import_path(start, patterns)
        if not path:
            return False
        return run_import(self.window, path, doc.park, doc.scenario_id, doc.push)

    def add_underlay(self) -> None:
        from ecopark.ui.dialogs.underlay_dialog import UnderlayDialog

        doc = self.window.document
        dialog = UnderlayDialog(doc.park, doc.push, self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_check(self) -> None:
        """Tools > Check park…: one non-modal dialog per open project, checked afresh on open."""
        from ecopark.ui.dialogs.check_dialog import CheckDialog

        w = self.window
        dialog = self.check_dialog
        if dialog is None or not shiboken6.isValid(dialog) or dialog.document is not w.document:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
            dialog = CheckDialog(w.document, self._zoom_to_problem, w)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            w.document_replaced.connect(dialog.close)  # it checks the project it was given
            self.check_dialog = dialog
        else:
            dialog.run_check()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _zoom_to_problem(self, refs: list[tuple[str, str]]) -> None:
        """The check dialog has selected ``refs``; show them on the canvas."""
        if self.window.canvas is not None and refs:
            self.window.canvas.zoom_to_selection()

    def show_settings(self) -> None:
        from ecopark.ui.preferences import SettingsDialog

        dialog = SettingsDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.recovery.start_autosave()
        dialog.deleteLater()
