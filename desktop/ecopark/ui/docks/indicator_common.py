"""What the indicator tabs share: number formats, status colours and words, and read-only
tables whose first cell carries the row's key (so tests and tooltips can find a row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from ecopark import terms
from ecopark.numbers import format_number
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, current_language, term, unit

DASH = "—"
PASS_COLOUR = QColor("#2e7d32")
FAIL_COLOUR = QColor("#c62828")
NEUTRAL_COLOUR = QColor("#9e9e9e")
STATUS_BACKGROUND = {
    "pass": QColor("#c8e6c9"),
    "fail": QColor("#ffcdd2"),
    "entered": QColor("#bbdefb"),
    "insufficient_data": QColor("#eeeeee"),
}
STATUS_TEXT = {
    "pass": QT_TRANSLATE_NOOP("Hj274Tab", "pass"),
    "fail": QT_TRANSLATE_NOOP("Hj274Tab", "fail"),
    "entered": QT_TRANSLATE_NOOP("Hj274Tab", "entered"),
    "insufficient_data": QT_TRANSLATE_NOOP("Hj274Tab", "no data"),
}

COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "<": "<", "==": "="}
HJ_STATUS, HJ_VALUE = 2, 3
"""Columns of the HJ 274 table (id, indicator, status, value, requirement, unit)."""


def fmt(value: float | None, digits: int = 2) -> str:
    return DASH if value is None else f"{value:,.{digits}f}"


def fmt_figure(value: float | None) -> str:
    """An indicator figure in a table: two decimals, small ones to four significant figures
    (0.000014, never 1.400E-05), large ones whole."""
    if value is None:
        return DASH
    if value != 0 and abs(value) < 1e-2:
        return format_number(value, 4)
    return f"{value:,.0f}" if abs(value) >= 1e6 else f"{value:,.2f}"


def indicator_unit(programme: str, indicator_id: str, english: str) -> str:
    """An indicator's unit in the UI language: the programme table's own wording first, else
    the engine's English unit through the unit words (empty for "-")."""
    word = terms.indicator_unit(programme, indicator_id, current_language())
    if word and word != "-":
        return word
    return unit(english) if english not in ("", "-") else ""


def fmt_share(share: float | None) -> str:
    return DASH if share is None else f"{100.0 * share:.1f} %"


def table_item(text: str, *, align_right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell_text(table: QTableWidget, key: str, column: int) -> str:
    """Text of ``column`` in the row whose first cell has ``key`` as its user data."""
    for r in range(table.rowCount()):
        first = table.item(r, 0)
        if first is not None and first.data(Qt.ItemDataRole.UserRole) == key:
            cell = table.item(r, column)
            return cell.text() if cell is not None else ""
    raise KeyError(f"{key!r} is not shown in the indicator panel")


def component_label(name: str) -> str:
    word = term("space_component", name)
    return word if word != name else name.replace("_", " ").capitalize()


def fmt_general(value: Any) -> str:
    if value is None:
        return DASH
    number = float(value)
    if abs(number) >= 100:
        return f"{number:,.0f}"
    return format_number(number) if abs(number) < 1 else f"{number:.2f}"
