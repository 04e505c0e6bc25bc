"""Scenario > Baseline vs plan changes: a non-modal table of the objects added, removed and
changed between two scenarios, and their indicators side by side with the difference (Δ).

The figures come from :mod:`ecopark.compare` (no Qt). Double-clicking an object row shows it:
the editor switches to the scenario that has it, selects it and zooms to it. The table follows
edits (it is rebuilt when the park changes).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecopark.compare import diff_scenarios, indicator_deltas
from ecopark.model.objects import TYPE_BY_LAYER
from ecopark.ui.i18n import current_language, field_label, term

STATUS_WORDS = {
    "added": ("新增", "added"),
    "removed": ("删除", "removed"),
    "changed": ("修改", "changed"),
}
STATUS_COLOURS = {"added": "#1e7b34", "removed": "#b3261e", "changed": "#8a5a00"}


def _field_labels(layer: str, names: tuple[str, ...]) -> list[str]:
    """The changed fields as the Properties dock names them, in the UI language."""
    cls = TYPE_BY_LAYER[layer]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    english = {f.name: str(f.metadata.get("label", f.name)) for f in fields}
    english["geometry"] = QCoreApplication.translate("ChangeTable", "shape or place")
    return [
        english["geometry"] if name == "geometry" else field_label(name, english[name])
        for name in names
    ]


def _fmt_delta(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:+,.2f}" if abs(value) < 100 else f"{value:+,.0f}"


class ChangeTableDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.main = window
        self.setWindowTitle(QCoreApplication.translate("ChangeTable", "Baseline vs plan changes"))
        self.base_combo = QComboBox()
        self.plan_combo = QComboBox()
        self.summary = QLabel()
        self.objects = QTableWidget(0, 5)
        self.objects.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ChangeTable", "Change"),
                QCoreApplication.translate("ChangeTable", "Layer"),
                QCoreApplication.translate("ChangeTable", "Id"),
                QCoreApplication.translate("ChangeTable", "Name"),
                QCoreApplication.translate("ChangeTable", "Changed fields"),
            ]
        )
        self.indicators = QTableWidget(0, 4)
        self.indicators.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ChangeTable", "Indicator"),
                QCoreApplication.translate("ChangeTable", "Baseline"),
                QCoreApplication.translate("ChangeTable", "Plan"),
                "Δ",
            ]
        )
        for table in (self.objects, self.indicators):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        tabs = QTabWidget()
        tabs.addTab(self.objects, QCoreApplication.translate("ChangeTable", "Objects"))
        tabs.addTab(self.indicators, QCoreApplication.translate("ChangeTable", "Indicators"))
        self.tabs = tabs
        pick = QHBoxLayout()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ChangeTable", "Baseline"), self.base_combo)
        form.addRow(QCoreApplication.translate("ChangeTable", "Plan"), self.plan_combo)
        pick.addLayout(form)
        pick.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(tabs, 1)
        self.resize(820, 560)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self._fill_scenarios()
        self.base_combo.currentIndexChanged.connect(self.refresh)
        self.plan_combo.currentIndexChanged.connect(self.refresh)
        self.objects.cellDoubleClicked.connect(self._show_row)
        window.document.changed.connect(lambda *_: self._timer.start())
        self.refresh()

    def _fill_scenarios(self) -> None:
        park = self.main.document.park
        for combo in (self.base_combo, self.plan_combo):
            combo.blockSignals(True)
            combo.clear()
            for sid, s in park.scenarios.items():
                combo.addItem(f"{s.info.name} ({sid})", sid)
            combo.blockSignals(False)
        base = park.baseline()
        if base is not None:
            self.base_combo.setCurrentIndex(self.base_combo.findData(base.scenario_id))
        current = self.main.document.scenario_id
        plan = current if base is None or current != base.scenario_id else None
        if plan is None:
            plan = next(
                (sid for sid in park.scenarios if base is None or sid != base.scenario_id), current
            )
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(plan))

    def refresh(self) -> None:
        park = self.main.document.park
        base, plan = self.base_combo.currentData(), self.plan_combo.currentData()
        if base not in park.scenarios or plan not in park.scenarios:
            self._fill_scenarios()
            base, plan = self.base_combo.currentData(), self.plan_combo.currentData()
            if base not in park.scenarios or plan not in park.scenarios:
                return
        lang = "zh" if current_language().startswith("zh") else "en"
        diff = diff_scenarios(park, base, plan)
        self.diff = diff
        self.objects.setRowCount(len(diff.rows))
        for r, row in enumerate(diff.rows):
            word = STATUS_WORDS[row.status][0 if lang == "zh" else 1]
            fields = (
                "、".join(_field_labels(row.layer, row.fields))
                if lang == "zh"
                else ", ".join(_field_labels(row.layer, row.fields))
            )
            cells = [word, term("layer", row.layer), row.object_id, row.name, fields]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setForeground(QColor(STATUS_COLOURS[row.status]))
                self.objects.setItem(r, c, item)
        deltas = indicator_deltas(park, base, plan)
        self.deltas = deltas
        self.indicators.setRowCount(len(deltas))
        for r, d in enumerate(deltas):
            label = d.label[0] if lang == "zh" else d.label[1]
            for c, text in enumerate(
                (label.strip(), d.base_text, d.plan_text, _fmt_delta(d.delta))
            ):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.indicators.setItem(r, c, item)
        self.summary.setText(
            QCoreApplication.translate("ChangeTable", "%1 added, %2 removed, %3 changed")
            .replace("%1", str(diff.count("added")))
            .replace("%2", str(diff.count("removed")))
            .replace("%3", str(diff.count("changed")))
        )

    def _show_row(self, row: int, _column: int = 0) -> None:
        r = self.diff.rows[row]
        doc = self.main.document
        sid = (
            self.base_combo.currentData()
            if r.status == "removed"
            else self.plan_combo.currentData()
        )
        if doc.scenario_id != sid:
            doc.switch_scenario(sid)
        doc.set_selection([(r.layer, r.object_id)])
        canvas = getattr(self.main, "canvas", None)
        if canvas is not None and r.layer != "exchanges":
            canvas.zoom_to_selection()


def show_change_table(window: Any) -> ChangeTableDialog:
    dialog = getattr(window, "change_table_dialog", None)
    if not isinstance(dialog, ChangeTableDialog) or dialog.main.document is not window.document:
        dialog = ChangeTableDialog(window, window if isinstance(window, QWidget) else None)
        window.change_table_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog


__all__ = ["ChangeTableDialog", "show_change_table"]
