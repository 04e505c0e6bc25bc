"""The HJ 274-2009 checklist; values the map cannot derive are typed into the table (one undo
step each)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetEnteredValue
from ecopark.indicators import ScenarioResult
from ecopark.indicators.explain import Explanation, explain_row
from ecopark.indicators.gaps import row_gap
from ecopark.indicators.verdicts import tally, verdict
from ecopark.numbers import format_plain
from ecopark.ui.docks.indicator_common import (
    COMPARATOR_SIGNS,
    HJ_STATUS,
    HJ_VALUE,
    NEUTRAL_COLOUR,
    STATUS_BACKGROUND,
    STATUS_TEXT,
    fmt_general,
    make_table,
    table_item,
)
from ecopark.ui.i18n import arg, current_language, indicator_name, note
from ecopark.ui.i18n import unit as unit_word

if TYPE_CHECKING:
    from ecopark.ui.docks.indicator_panel import IndicatorPanel


class Hj274Tab(QWidget):
    def __init__(self, panel: IndicatorPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel
        """The dock: the open document, and its refresh after a refused entry."""
        layout = QVBoxLayout(self)
        self.hj274_summary = QLabel()
        self.hj274_summary.setWordWrap(True)
        layout.addWidget(self.hj274_summary)
        self.hj274_table = make_table(
            [
                self.tr("Id"),
                self.tr("Indicator"),
                self.tr("Status"),
                self.tr("Value"),
                self.tr("Requirement"),
                self.tr("Unit"),
            ]
        )
        # Long indicator names are cut (full name in the tooltip) so the status stays in view.
        self.hj274_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive
        )
        self.hj274_table.setColumnWidth(1, 170)
        self.hj274_table.setToolTip(
            self.tr(
                "HJ 274-2009 (2012) sector-integrated EIP checklist; 'entered' rows are values the "
                "planner typed, 'no data' rows cannot be derived yet: double-click their value to "
                "enter one (empty clears it)"
            )
        )
        self.hj274_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.hj274_table.itemChanged.connect(self._hj274_item_changed)
        layout.addWidget(self.hj274_table, 1)
        self.explain_table = self.hj274_table
        self.result: ScenarioResult | None = None
        self.hj274_message = QLabel()
        self.hj274_message.setWordWrap(True)
        self.hj274_message.setStyleSheet("color: #b00020;")
        self.hj274_message.hide()
        layout.addWidget(self.hj274_message)

    def title(self) -> str:
        return "HJ 274"

    def explain_at(self, row: int) -> Explanation | None:
        item = self.hj274_table.item(row, 0)
        if item is None or self.result is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        found = next((r for r in self.result.hj274 if r.id == key), None)
        if found is None:
            return None
        settings = self.panel.document.park.settings
        return explain_row("hj274", found, current_language(), settings)

    def show_result(self, result: ScenarioResult) -> None:
        self.result = result
        rows = result.hj274
        t = tally(rows)  # the one rule (ecopark.indicators.verdicts): entered rows by their value
        summary = arg(
            self.tr("%1 pass, %2 fail, %3 without data (of %4 rows)"),
            t.passed,
            t.failed,
            t.no_data,
            t.total,
        )
        if t.entered:
            summary += arg(
                self.tr("; %1 of them entered by the planner (%2 pass, %3 fail)"),
                t.entered,
                t.entered_passed,
                t.entered_failed,
            )
        self.hj274_summary.setText(summary)
        self.hj274_summary.setToolTip(
            self.tr(
                "Entered values count as passing or failing by their value, like values from the "
                "map; the same rule is used by the slides, the PDF, the workbook and the CLI"
            )
        )
        table = self.hj274_table
        settings = self.panel.document.park.settings
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            ident = table_item(row.id)
            ident.setData(Qt.ItemDataRole.UserRole, row.id)
            table.setItem(r, 0, ident)
            name = indicator_name("hj274", row.id, row.name)
            explained = explain_row("hj274", row, current_language(), settings)
            table.setItem(r, 1, table_item(name, tooltip=explained.text(current_language())))
            value = table_item(fmt_general(row.value), align_right=True)
            if row.status in ("entered", "insufficient_data"):
                value.setFlags(value.flags() | Qt.ItemFlag.ItemIsEditable)
                value.setToolTip(self.tr("Double-click to enter the value (empty clears it)"))
                if row.status == "insufficient_data":
                    value.setText("")
            table.setItem(r, HJ_VALUE, value)
            comparator = COMPARATOR_SIGNS.get(row.comparator, row.comparator)
            table.setItem(r, 4, table_item(f"{comparator} {format_plain(row.threshold)}"))
            table.setItem(r, 5, table_item(unit_word(row.unit)))
            judged = verdict(row)
            key = {"pass": "pass", "fail": "fail", "no_data": "insufficient_data"}.get(
                judged, row.status
            )
            status = self.tr(STATUS_TEXT.get(key, key))
            if row.status == "entered":
                status += self.tr(" (entered)")
            tip = note(row.note)
            if row_gap(row) is not None:
                tip = explained.gap + "\n" + tip
            status_item = table_item(status, tooltip=tip)
            status_item.setBackground(QBrush(STATUS_BACKGROUND.get(row.status, NEUTRAL_COLOUR)))
            table.setItem(r, HJ_STATUS, status_item)
        table.blockSignals(False)

    def _hj274_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != HJ_VALUE:
            return
        ident = self.hj274_table.item(item.row(), 0)
        if ident is None:
            return
        self.enter_value(str(ident.data(Qt.ItemDataRole.UserRole)), item.text())

    def enter_value(self, row_id: str, text: str) -> bool:
        """Record (or clear, with empty text) a value the map cannot derive, as one undo step."""
        text = text.strip().replace(",", "")
        value: float | None
        if not text:
            value = None
        else:
            try:
                value = float(text)
            except ValueError:
                self._show_hj274_message(arg(self.tr("%1: %2 is not a number"), row_id, repr(text)))
                self.panel.schedule_refresh()
                return False
        doc = self.panel.document
        if doc.scenario.entered_values.get(row_id) == value:
            return True
        refusals: list[str] = []

        def refused(message: str) -> None:
            refusals.append(message)

        doc.edit_failed.connect(refused)
        try:
            command = SetEnteredValue(doc.scenario_id, row_id, value)
            command.text = arg(self.tr("Enter value for indicator %1"), row_id)
            ok = doc.push(command)
        finally:
            doc.edit_failed.disconnect(refused)
        if not ok:
            refused_text = arg(self.tr("%1: value refused"), row_id)
            self._show_hj274_message(refusals[0] if refusals else refused_text)
            self.panel.schedule_refresh()
            return False
        self._show_hj274_message("")
        return True

    def _show_hj274_message(self, message: str) -> None:
        self.hj274_message.setText(message)
        self.hj274_message.setVisible(bool(message))
