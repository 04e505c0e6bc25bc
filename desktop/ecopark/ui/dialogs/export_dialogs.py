"""File > Export work plan…, File > Export report…, File > Export map…, View > Presentation (F5).

The dialogs only collect choices (among them the export's language: Chinese only, bilingual or
English only, :mod:`ecopark.ui.dialogs.export_language`); the work is done by the Qt-free
exporters (:func:`ecopark.export.workbook.export_workbook`,
:func:`ecopark.export.report.export_report`, :func:`ecopark.export.map_export.export_map`) and
presentation mode (:mod:`ecopark.ui.presentation`). :func:`install_export_actions` adds the menu
entries to a main window through its ``add_action`` hook.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ecopark.messages import render
from ecopark.model import EcoParkError
from ecopark.symbology import MAP_LAYERS
from ecopark.ui.dialogs.export_language import BILINGUAL, ExportLanguageBox, export_scope
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import current_language

FORMAT_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "png": "PNG 300 dpi (*.png)",
    "svg": "SVG (*.svg)",
}


@dataclass(frozen=True)
class MapExportOptions:
    paper: str = "A4"
    orientation: str = "landscape"
    fmt: str = "pdf"
    scorecard: bool = True
    title: str = ""
    current_view: bool = True
    """Print what the canvas shows (extent and visible layers) rather than the whole park."""
    underlays: bool = True
    """Draw the park's visible scanned plans under the map."""
    language: str = BILINGUAL
    """Chinese only, bilingual or English only (ecopark.ui.dialogs.export_language)."""


class MapExportDialog(QDialog):
    """Paper, orientation, format, scorecard, underlays and title of a map export."""

    def __init__(self, parent: QWidget | None = None, default_title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map"))
        self.paper = QComboBox()
        for paper in ("A4", "A3"):
            self.paper.addItem(paper, paper)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.format = QComboBox()
        for fmt, label in FORMAT_FILTERS.items():
            self.format.addItem(label, fmt)
        self.scorecard = QCheckBox(self.tr("Indicator scorecard beside the map"))
        self.scorecard.setChecked(True)
        self.current_view = QCheckBox(self.tr("Only what the map shows now (extent and layers)"))
        self.current_view.setChecked(True)
        self.underlays = QCheckBox(self.tr("Include underlays (scanned plans)"))
        self.underlays.setChecked(True)
        self.title = QLineEdit(default_title)
        self.title.setPlaceholderText(self.tr("Park, scenario and year"))
        self.language = ExportLanguageBox()
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Title"), self.title)
        form.addRow("", self.scorecard)
        form.addRow("", self.current_view)
        form.addRow("", self.underlays)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> MapExportOptions:
        return MapExportOptions(
            paper=str(self.paper.currentData()),
            orientation=str(self.orientation.currentData()),
            fmt=str(self.format.currentData()),
            scorecard=self.scorecard.isChecked(),
            title=self.title.text().strip(),
            current_view=self.current_view.isChecked(),
            underlays=self.underlays.isChecked(),
            language=self.language.choice(),
        )


def export_language() -> str:
    """The export's first language follows the interface: Chinese unless it runs in English."""
    from ecopark.ui.i18n import current_language

    return "en" if current_language() == "en" else "zh"


def _default_name(document: ProjectDocument, suffix: str, tail: str) -> str:
    stem = document.path.stem if document.path else document.park.name
    folder = document.path.parent if document.path else Path.home()
    return str(folder / f"{stem}-{document.scenario_id}-{tail}{suffix}")


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while an export renders (one to three seconds)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


@dataclass(frozen=True)
class FileExport:
    """One single-file export of the current scenario: its menu title, file type and writer."""

    title: str
    suffix: str
    file_filter: str
    tail: str
    """Default file name ending (translated: 工作计划 in Chinese)."""
    writer: Callable[[Any, str, str, str], Any]
    """``writer(park, scenario_id, path, lang)``."""


def _write_workbook(park: Any, scenario_id: str, path: str, lang: str) -> Any:
    from ecopark.export.workbook import export_workbook

    return export_workbook(park, scenario_id, path, lang)


def _write_report(park: Any, scenario_id: str, path: str, lang: str) -> Any:
    from ecopark.export.report import export_report

    return export_report(park, scenario_id, path, lang)


def file_exports() -> dict[str, FileExport]:
    return {
        "work_plan": FileExport(
            QCoreApplication.translate("ExportDialogs", "Export work plan"),
            ".xlsx",
            "Excel (*.xlsx)",
            QCoreApplication.translate("ExportDialogs", "work-plan"),
            _write_workbook,
        ),
        "report": FileExport(
            QCoreApplication.translate("ExportDialogs", "Export report"),
            ".pdf",
            "PDF (*.pdf)",
            QCoreApplication.translate("ExportDialogs", "report"),
            _write_report,
        ),
    }


class FileExportDialog(QDialog):
    """Export work plan… / Export report…: the language of the file, then where to write it;
    :meth:`export_to` writes (and remembers the language for the next export)."""

    def __init__(
        self, document: ProjectDocument, kind: str = "work_plan", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.export = file_exports()[kind]
        self.setWindowTitle(self.export.title)
        self.language = ExportLanguageBox()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def default_path(self) -> str:
        return _default_name(self.document, self.export.suffix, self.export.tail)

    def ask_and_export(self) -> Path | None:
        """Show the dialog, ask where, write; None when cancelled or refused."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self.parentWidget(), self.export.title, self.default_path(), self.export.file_filter
        )
        if not path:
            return None
        return self.export_to(path)

    def export_to(self, path: str | Path) -> Path | None:
        target = str(path)
        if not target.lower().endswith(self.export.suffix):
            target += self.export.suffix
        choice = self.language.choice()
        self.language.remember()
        doc = self.document
        try:
            with _busy(), export_scope(choice) as lang:
                self.export.writer(doc.park, doc.scenario_id, target, lang)
        except (EcoParkError, OSError) as exc:
            QMessageBox.warning(
                self.parentWidget(), self.export.title, render(str(exc), current_language())
            )
            return None
        return Path(target)


def export_file(
    parent: QWidget, document: ProjectDocument, kind: str, path: str | None = None
) -> Path | None:
    """Ask the language and where (unless ``path`` is given: then the remembered language) and
    write the ``kind`` export (work_plan, report) of the current scenario."""
    dialog = FileExportDialog(document, kind, parent)
    try:
        if path is not None:
            return dialog.export_to(path)
        return dialog.ask_and_export()
    finally:
        dialog.deleteLater()


def export_work_plan(
    parent: QWidget, document: ProjectDocument, path: str | None = None
) -> Path | None:
    """Ask the language and where (unless ``path`` is given) and write the work plan."""
    return export_file(parent, document, "work_plan", path)


def export_report_file(
    parent: QWidget, document: ProjectDocument, path: str | None = None
) -> Path | None:
    """Ask the language and where (unless ``path`` is given) and write the PDF report."""
    return export_file(parent, document, "report", path)


def export_map_dialog(
    parent: QWidget,
    document: ProjectDocument,
    canvas: Any = None,
    path: str | None = None,
    options: MapExportOptions | None = None,
) -> Path | None:
    """Ask for paper, format and file (unless given) and render the map of the current scenario.

    With ``current_view`` the map shows the canvas's extent and its visible layers.
    """
    from ecopark.export.map_export import export_map

    if options is None:
        dialog = MapExportDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
    if path is None:
        suffix = f".{options.fmt}"
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportDialogs", "Export map"),
            _default_name(document, suffix, QCoreApplication.translate("ExportDialogs", "map")),
            FORMAT_FILTERS[options.fmt],
        )
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
    extent = None
    layers = None
    if options.current_view and canvas is not None:
        extent = tuple(canvas.extent())
        layers = [name for name in MAP_LAYERS if canvas.layer_visible(name)]
    try:
        with _busy(), export_scope(options.language) as lang:
            written = export_map(
                document.park,
                document.scenario_id,
                path,
                paper=options.paper,
                orientation=options.orientation,
                scorecard=options.scorecard,
                title=options.title or None,
                visible_layers=layers,
                extent=extent,  # type: ignore[arg-type]
                lang=lang,
                underlays=options.underlays,
            )
    except (EcoParkError, OSError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialogs", "Export map"),
            render(str(exc), current_language()),
        )
        return None
    return written


def install_export_actions(window: Any) -> dict[str, QAction]:
    """Add File > Export work plan…, File > Export map…, View > Presentation (F5) and View > Add
    slide… to a main window that has ``add_action(menu, action)``, ``document`` and
    ``canvas``."""
    from ecopark.ui.presentation import add_slide, start_presentation

    def status(text: str) -> None:
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def work_plan() -> None:
        written = export_work_plan(window, window.document)
        if written is not None:
            status(
                QCoreApplication.translate("ExportDialogs", "Work plan written: %1").replace(
                    "%1", str(written)
                )
            )

    def report() -> None:
        written = export_report_file(window, window.document)
        if written is not None:
            status(
                QCoreApplication.translate("ExportDialogs", "Report written: %1").replace(
                    "%1", str(written)
                )
            )

    def map_export() -> None:
        from ecopark.ui.dialogs.print_dialog import export_print_dialog

        export_print_dialog(window)  # the panel's print sheet (paper A4-A0, scale, title block)

    def present() -> None:
        window.presentation = start_presentation(
            window.document, parent=window, lang=export_language()
        )

    def slide(compare: bool) -> None:
        canvas = getattr(window, "canvas", None)
        if canvas is None:
            return
        view = add_slide(window.document, canvas, compare_baseline=compare)
        status(
            QCoreApplication.translate("ExportDialogs", "Slide added: %1").replace("%1", view.name)
        )

    actions = {
        "export_work_plan": QAction(
            QCoreApplication.translate("ExportDialogs", "Export work plan…"), window
        ),
        "export_report": QAction(
            QCoreApplication.translate("ExportDialogs", "Export report…"), window
        ),
        "export_map": QAction(QCoreApplication.translate("ExportDialogs", "Export map…"), window),
        "presentation": QAction(
            QCoreApplication.translate("ExportDialogs", "Presentation"), window
        ),
        "add_slide": QAction(
            QCoreApplication.translate("ExportDialogs", "Add slide from current view"), window
        ),
        "add_compare_slide": QAction(
            QCoreApplication.translate("ExportDialogs", "Add baseline-versus-plan slide"), window
        ),
    }
    actions["export_work_plan"].setToolTip(
        QCoreApplication.translate(
            "ExportDialogs",
            "Excel work plan for the expert panel: targets, key projects, investment",
        )
    )
    actions["export_report"].setToolTip(
        QCoreApplication.translate(
            "ExportDialogs",
            "PDF report for the panel: overview, map, key projects, charts, symbiosis chains, "
            "cost-benefit, safeguards",
        )
    )
    actions["export_map"].setToolTip(
        QCoreApplication.translate(
            "ExportDialogs",
            "Drawing sheet for the panel: A4 to A0, exact scale, title block, page per scenario",
        )
    )
    actions["presentation"].setShortcut(QKeySequence(Qt.Key.Key_F5))
    actions["presentation"].setToolTip(
        QCoreApplication.translate(
            "ExportDialogs",
            "Full-screen slides of the saved views; arrows step, S swipes, Esc leaves",
        )
    )
    actions["export_work_plan"].triggered.connect(work_plan)
    actions["export_report"].triggered.connect(report)
    actions["export_map"].triggered.connect(map_export)
    actions["presentation"].triggered.connect(present)
    actions["add_slide"].setToolTip(
        QCoreApplication.translate(
            "ExportDialogs",
            "Save the map's extent, visible layers and scenario as a presentation slide",
        )
    )
    actions["add_compare_slide"].setToolTip(
        QCoreApplication.translate(
            "ExportDialogs",
            "A slide showing the baseline beside the current scenario, with scorecards",
        )
    )
    actions["add_slide"].triggered.connect(lambda: slide(False))
    actions["add_compare_slide"].triggered.connect(lambda: slide(True))
    window.add_action("File", actions["export_work_plan"])
    window.add_action("File", actions["export_report"])
    window.add_action("File", actions["export_map"])
    window.add_action("View", actions["presentation"])
    window.add_action("View", actions["add_slide"])
    window.add_action("View", actions["add_compare_slide"])
    return actions


__all__ = [
    "FileExport",
    "FileExportDialog",
    "MapExportDialog",
    "MapExportOptions",
    "export_file",
    "export_map_dialog",
    "export_report_file",
    "export_work_plan",
    "file_exports",
    "install_export_actions",
]
