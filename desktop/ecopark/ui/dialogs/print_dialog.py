"""File → Export map…: the panel's drawing sheet (the same print layout as
``ecopark export FILE --map out.pdf --paper A1 --scale 10000``): paper A4-A0, orientation, an
exact round scale or fit, the scenarios (one page each), the language, the title block (图签)
and the underlays, with a preview of the first sheet, progress and cancel while it writes, and
the last choices remembered.

The title-block fields the planner types are stored in the file (``settings["title_block"]``,
one undoable step) so the next export and the CLI print the same block. The work is done by the
Qt-free :func:`ecopark.export.print_layout.export_sheets`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetParkSetting
from ecopark.export.print_layout import (
    PAPER_MM,
    ExportCancelled,
    SheetReport,
    SheetSpec,
    round_scales,
    scale_text,
)
from ecopark.messages import render
from ecopark.model import EcoParkError
from ecopark.numbers import format_plain
from ecopark.ui import i18n
from ecopark.ui.dialogs.export_language import (
    BILINGUAL,
    ExportLanguageBox,
    export_scope,
    first_language,
)
from ecopark.ui.settings import app_settings

PAPERS = ("A4", "A3", "A2", "A1", "A0")
FORMATS = {"pdf": "PDF (*.pdf)", "png": "PNG 300 dpi (*.png)", "svg": "SVG (*.svg)"}
EDITABLE_TITLE_KEYS = ("unit", "project", "title", "drawn_by", "checked_by", "drawing_no")
"""Title-block fields the planner types; scenario, scale and date are filled in per sheet."""
TITLE_SETTING = "title_block"
SETTINGS_GROUP = "print_sheet"
PREVIEW_WIDTH_PX = 520


@dataclass
class PrintChoices:
    paper: str = "A1"
    orientation: str = "landscape"
    scale: int | None = None
    """None: fit (the smallest round scale at which the scenarios fit)."""
    lang: str = "zh"
    """The language printed first (or alone): ``first_language(language)``."""
    language: str = BILINGUAL
    """Chinese only, bilingual or English only (ecopark.ui.dialogs.export_language)."""
    fmt: str = "pdf"
    underlays: bool = True
    scenario_ids: list[str] = field(default_factory=list)
    title_block: dict[str, str] = field(default_factory=dict)

    @property
    def spec(self) -> SheetSpec:
        return SheetSpec(self.paper, self.orientation, self.scale, self.lang)


def parse_scale(text: str) -> int | None:
    """ "1:10,000", "10000" or "1 : 10 000" -> 10000; "" -> None; anything else raises."""
    t = re.sub(r"[\s,，]", "", text)
    t = t.split(":", 1)[1] if ":" in t else t.split("：", 1)[-1]
    if not t:
        return None
    if not t.isdigit() or not 1 <= int(t) <= 10_000_000:
        raise ValueError(text)
    return int(t)


class PrintSheetDialog(QDialog):
    """The choices of a print export, with a preview; :meth:`export_to` writes the file."""

    def __init__(self, document: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Export map"))
        self.last_reports: list[SheetReport] = []
        park = document.park

        self.paper = QComboBox()
        for paper in PAPERS:
            w, h = PAPER_MM[paper]
            self.paper.addItem(f"{paper} ({format_plain(w)} × {format_plain(h)} mm)", paper)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.scale = QComboBox()
        self.scale.setEditable(True)
        self.scale.addItem(self.tr("Fit to sheet"), None)
        for s in round_scales():
            self.scale.addItem(scale_text(s), s)
        self.scale.setToolTip(
            self.tr(
                "A round scale, or type one (1:7,500); Fit to sheet picks the largest that fits"
            )
        )
        self.language = ExportLanguageBox()
        self.format = QComboBox()
        for fmt, label in FORMATS.items():
            self.format.addItem(label, fmt)
        self.underlays = QCheckBox(self.tr("Include underlays and basemaps"))
        self.scenarios = QListWidget()
        self.scenarios.setToolTip(self.tr("One page per ticked scenario, at one scale and extent"))
        for sid, scenario in park.scenarios.items():
            info = scenario.info
            item = QListWidgetItem(f"{info.name} ({sid}, {info.year})")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if sid == document.scenario_id else Qt.CheckState.Unchecked
            )
            self.scenarios.addItem(item)
        self.scenarios.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Scenarios"), self.scenarios)
        form.addRow("", self.underlays)

        stored = park.settings.get(TITLE_SETTING)
        stored = stored if isinstance(stored, dict) else {}
        labels = {
            "unit": self.tr("Design unit"),
            "project": self.tr("Project"),
            "title": self.tr("Drawing title"),
            "drawn_by": self.tr("Drawn by"),
            "checked_by": self.tr("Checked by"),
            "drawing_no": self.tr("Drawing No."),
        }
        placeholders = {
            "project": park.name,
            "title": self.tr("Park layout plan"),
        }
        self.title_fields: dict[str, QLineEdit] = {}
        block = QGroupBox(self.tr("Title block (saved in the file)"))
        block_form = QFormLayout(block)
        for key in EDITABLE_TITLE_KEYS:
            edit = QLineEdit(str(stored.get(key, "")))
            edit.setPlaceholderText(placeholders.get(key, ""))
            self.title_fields[key] = edit
            if key == "drawing_no":
                edit.setToolTip(self.tr("Empty: EP-01, EP-02… by page; {page} is the page number"))
            block_form.addRow(labels[key], edit)

        self.preview = QLabel(self.tr("Preview"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH_PX, int(PREVIEW_WIDTH_PX * 0.72))
        self.preview.setStyleSheet("background: #e8e8e8; border: 1px solid #b0b0b0;")
        self.preview_note = QLabel("")
        self.preview_note.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Update preview"))
        self.preview_button.clicked.connect(self.update_preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._export_asked)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(block)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        right.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self._restore()

    # ----- choices -------------------------------------------------------------------------------
    def scale_value(self) -> int | None:
        """The scale denominator chosen or typed; None for fit. Raises ValueError if unreadable."""
        index = self.scale.findText(self.scale.currentText())
        if index >= 0:
            data = self.scale.itemData(index)
            return None if data is None else int(data)
        return parse_scale(self.scale.currentText())

    def set_scale(self, denominator: int | None) -> None:
        index = self.scale.findData(denominator)
        if index >= 0:
            self.scale.setCurrentIndex(index)
        else:
            self.scale.setEditText(scale_text(int(denominator or 0)))

    def checked_scenarios(self) -> list[str]:
        out = []
        for i in range(self.scenarios.count()):
            item = self.scenarios.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_scenarios(self, ids: list[str]) -> None:
        for i in range(self.scenarios.count()):
            item = self.scenarios.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def choices(self) -> PrintChoices:
        return PrintChoices(
            paper=str(self.paper.currentData()),
            orientation=str(self.orientation.currentData()),
            scale=self.scale_value(),
            lang=first_language(self.language.choice()),
            language=self.language.choice(),
            fmt=str(self.format.currentData()),
            underlays=self.underlays.isChecked(),
            scenario_ids=self.checked_scenarios(),
            title_block={k: e.text().strip() for k, e in self.title_fields.items()},
        )

    def _problem(self) -> str:
        try:
            choices = self.choices()
        except ValueError:
            return self.tr("The scale is not readable: choose one or type it as 1:7,500")
        if not choices.scenario_ids:
            return self.tr("Tick at least one scenario to print")
        if choices.fmt != "pdf" and len(choices.scenario_ids) != 1:
            return self.tr("Several scenarios print as pages of one PDF: choose PDF or one")
        return ""

    # ----- remembered choices --------------------------------------------------------------------
    def _restore(self) -> None:
        st = app_settings()
        st.beginGroup(SETTINGS_GROUP)
        try:
            for combo, key, default in (
                (self.paper, "paper", "A1"),
                (self.orientation, "orientation", "landscape"),
                (self.format, "format", "pdf"),
            ):
                index = combo.findData(str(st.value(key, default)))
                combo.setCurrentIndex(max(index, 0))
            raw = str(st.value("scale", ""))
            self.set_scale(int(raw) if raw.isdigit() else None)
            self.underlays.setChecked(str(st.value("underlays", "true")).lower() == "true")
        finally:
            st.endGroup()

    def remember(self) -> None:
        choices = self.choices()
        st = app_settings()
        st.beginGroup(SETTINGS_GROUP)
        try:
            st.setValue("paper", choices.paper)
            st.setValue("orientation", choices.orientation)
            st.setValue("format", choices.fmt)
            st.setValue("scale", "" if choices.scale is None else str(choices.scale))
            st.setValue("underlays", "true" if choices.underlays else "false")
        finally:
            st.endGroup()
        st.sync()
        self.language.remember()

    # ----- preview -------------------------------------------------------------------------------
    def update_preview(self) -> bool:
        """Render the first ticked scenario's sheet small; False (and why) when it cannot."""
        from ecopark.export.map_export import map_rendering
        from ecopark.export.print_layout import render_sheet, sheet_extent

        problem = self._problem()
        if problem:
            self.preview_note.setText(problem)
            return False
        choices = self.choices()
        park = self.document.park
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with map_rendering(), export_scope(choices.language):
                extent, scale = sheet_extent(park, choices.scenario_ids, choices.spec)
                fig, report = render_sheet(
                    park,
                    choices.scenario_ids[0],
                    choices.spec,
                    extent=extent,
                    scale=scale,
                    given=self._given(choices),
                    underlays=choices.underlays,
                )
                width_in = fig.get_figwidth()
                buf = io.BytesIO()
                fig.savefig(buf, format="png", dpi=PREVIEW_WIDTH_PX / width_in)
        except (EcoParkError, OSError) as exc:
            self.preview_note.setText(render(str(exc), i18n.current_language()))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        image = QImage.fromData(buf.getvalue())
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview_note.setText(self._summary(report))
        return True

    def _summary(self, report: SheetReport) -> str:
        text = i18n.arg(
            self.tr("Scale %1 · %2 labels placed"), scale_text(report.scale), len(report.labels)
        )
        if report.left_off:
            text += " · " + i18n.arg(self.tr("%1 left off for room"), len(report.left_off))
        if report.cut_off:
            text += " · " + i18n.arg(
                self.tr("%1 objects reach beyond the sheet: choose Fit to sheet or a larger paper"),
                report.cut_off,
            )
        return text

    # ----- export --------------------------------------------------------------------------------
    def _given(self, choices: PrintChoices) -> dict[str, str]:
        return {k: v for k, v in choices.title_block.items() if v}

    def _store_title_block(self, choices: PrintChoices) -> None:
        park = self.document.park
        stored = park.settings.get(TITLE_SETTING)
        old = dict(stored) if isinstance(stored, dict) else {}
        new = {k: v for k, v in old.items() if k not in EDITABLE_TITLE_KEYS}
        new.update(self._given(choices))
        if new != old:
            cmd = SetParkSetting(TITLE_SETTING, new)
            cmd.text = self.tr("Change title block")
            self.document.push(cmd)

    def _export_asked(self) -> None:
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("Export map"), problem)
            return
        choices = self.choices()
        doc = self.document
        stem = doc.path.stem if doc.path else doc.park.name
        folder = doc.path.parent if doc.path else Path.home()
        suffix = f".{choices.fmt}"
        default = folder / f"{stem}-{choices.paper}-{'-'.join(choices.scenario_ids)}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export map"), str(default), FORMATS[choices.fmt]
        )
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        if self.export_to(path) is not None:
            self.accept()

    def export_to(self, path: str | Path) -> Path | None:
        """Store the title block, write the sheets with progress (cancel stops, writing nothing)
        and remember the choices. Returns the file, or None when cancelled or refused."""
        from ecopark.export.print_layout import export_sheets

        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.tr("Export map"), problem)
            return None
        choices = self.choices()
        self._store_title_block(choices)
        self.remember()
        total = len(choices.scenario_ids)
        progress = QProgressDialog(
            self.tr("Drawing the sheets…"), self.tr("Cancel"), 0, total, self
        )
        progress.setWindowTitle(self.tr("Export map"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        self.progress = progress

        def step(done: int, count: int) -> bool:
            progress.setLabelText(
                i18n.arg(self.tr("Drawing sheet %1 of %2…"), min(done + 1, count), count)
            )
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            with export_scope(choices.language):
                self.last_reports = export_sheets(
                    self.document.park,
                    choices.scenario_ids,
                    path,
                    choices.spec,
                    given=self._given(choices),
                    underlays=choices.underlays,
                    progress=step,
                )
        except ExportCancelled:
            return None
        except (EcoParkError, OSError) as exc:
            QMessageBox.warning(
                self, self.tr("Export map"), render(str(exc), i18n.current_language())
            )
            return None
        finally:
            progress.reset()
            progress.deleteLater()
        return Path(path)


def export_print_dialog(window: Any) -> Path | None:
    """File → Export map…: ask, preview and write; the status bar names the file written."""
    dialog = PrintSheetDialog(window.document, window)
    written: list[Path] = []
    original = dialog.export_to

    def export_to(path: str | Path) -> Path | None:
        out = original(path)
        if out is not None:
            written.append(out)
        return out

    dialog.export_to = export_to  # type: ignore[method-assign]
    QTimer.singleShot(0, dialog.update_preview)
    dialog.exec()
    if written:
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            text = QCoreApplication.translate("PrintSheetDialog", "Map written: %1")
            bar().showMessage(i18n.arg(text, str(written[-1])), 8000)
        return written[-1]
    return None


__all__ = ["PrintChoices", "PrintSheetDialog", "export_print_dialog", "parse_scale"]
