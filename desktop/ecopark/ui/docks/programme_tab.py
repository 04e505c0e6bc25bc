"""The indicator panel's "CTIP & low-carbon" tab: CTIP Table 2's twenty-two rows with baseline,
value, target and status, the low-carbon and zero-carbon rows, and the targets' attainment.

A separate widget (the panel only adds the tab and hands it each result) so the panel's split
into one widget per tab can take it as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.indicators.explain import Explanation, explain_row
from ecopark.indicators.results import CtipRow, Hj274Row, ScenarioResult
from ecopark.numbers import format_number, format_plain
from ecopark.ui.docks.table_kit import attainment_text, new_table
from ecopark.ui.i18n import current_language, indicator_name, note
from ecopark.ui.i18n import unit as unit_word


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    if value != 0 and abs(value) < 1e-2:
        return format_number(value, 4)  # 0.00002, never 2.000E-05
    return f"{value:,.0f}" if abs(value) >= 1e6 else f"{value:,.2f}"


class ProgrammeTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.attainment = QLabel()
        self.attainment.setWordWrap(True)
        layout.addWidget(self.attainment)
        self.table = new_table(
            [
                self.tr("Id"),
                self.tr("Indicator"),
                self.tr("Status"),
                self.tr("Baseline"),
                self.tr("Value"),
                self.tr("Target"),
                self.tr("Unit"),
            ],
            select_rows=False,
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 190)
        self.table.setToolTip(
            self.tr(
                "CTIP (seed 004 Table 2): no thresholds, each park sets targets (Tools > Targets); "
                "LC/ZC: low-carbon pilot and zero-carbon park indicators"
            )
        )
        layout.addWidget(self.table, 1)
        self.explain_table = self.table
        self._shown: list[tuple[str, CtipRow | Hj274Row]] = []
        self._settings: dict[str, object] = {}
        self._panel = parent
        """The indicator dock that made this tab (its document's settings: custom rows)."""

    def title(self) -> str:
        return self.tr("CTIP, low-carbon")

    def status_text(self, status: str) -> str:
        return {
            "met": self.tr("met"),
            "not_met": self.tr("not met"),
            "no_target": self.tr("no target"),
            "insufficient_data": self.tr("no data"),
            "entered": self.tr("entered"),
            "pass": self.tr("pass"),
            "fail": self.tr("fail"),
            "not_applicable": self.tr("not applicable"),
        }.get(status, status)

    def explain_at(self, row: int) -> Explanation | None:
        if not 0 <= row < len(self._shown):
            return None
        programme, shown = self._shown[row]
        return explain_row(programme, shown, current_language(), self._settings)

    def show_result(self, result: ScenarioResult) -> None:
        self._shown = [("ctip", c) for c in result.ctip]
        self._shown += [("lowcarbon", r) for r in result.lowcarbon]
        document = getattr(self._panel, "document", None)
        self._settings = dict(document.park.settings) if document is not None else {}
        self.attainment.setText(
            attainment_text(
                result.attainment, self.tr("No targets for this scenario (Tools > Targets).")
            )
        )
        rows: list[tuple[str, str, str, str, str, str, str, str]] = []
        for c in result.ctip:
            rows.append((f"CTIP {c.id}", indicator_name("ctip", c.id, c.name),
                         self.status_text(c.status), _num(c.baseline_value), _num(c.value),
                         _num(c.target), unit_word(c.unit), note(c.note)))  # fmt: skip
        for r in result.lowcarbon:
            target = "—" if r.threshold is None else f"{r.comparator} {format_plain(r.threshold)}"
            family = self.tr("Zero-carbon") if r.id.startswith("ZC") else self.tr("Low-carbon")
            rows.append((f"{family} {r.id}", indicator_name("lowcarbon", r.id, r.name),
                         self.status_text(r.status), "—", _num(r.value), target,
                         unit_word(r.unit), note(r.note)))  # fmt: skip
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for col, text in enumerate(row[:7]):
                item = QTableWidgetItem(text)
                item.setToolTip(row[7] if col in (2, 4) else text)
                self.table.setItem(i, col, item)
