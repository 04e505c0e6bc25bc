"""What the indicator tables share: a table widget set up the usual way, and the attainment line.

The per-mu grades dock, the Targets dock and the indicator panel's CTIP tab each built the same
table (headers, no row numbers, whole-row selection, read-only or edit on double-click) and the
Targets dock and the CTIP tab wrote the same attainment sentence; kept here once so they cannot
drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from ecopark.indicators.targets import Attainment
from ecopark.ui.i18n import arg


def new_table(
    heads: list[str], *, editable: bool = False, select_rows: bool = True
) -> QTableWidget:
    """A table with ``heads`` and no rows, no row numbers; read-only unless ``editable``
    (then a double-click or F2 edits a cell)."""
    table = QTableWidget(0, len(heads))
    table.setHorizontalHeaderLabels(heads)
    table.verticalHeader().hide()
    if select_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )
    return table


def attainment_text(attainment: Attainment | None, none_text: str) -> str:
    """ "n of m targets met (s %); second subsidy tranche: due / not due", or ``none_text``."""
    if attainment is None:
        return none_text
    # literal strings in translate() so that lupdate finds them
    translate = QCoreApplication.translate
    due = (
        translate("Attainment", "due")
        if attainment.second_tranche_due
        else translate("Attainment", "not due")
    )
    return arg(
        translate(
            "Attainment",
            "<b>%1 of %2 targets met (%3 %)</b>; second subsidy tranche: %4 (needs at least 90 %)",
        ),
        attainment.met,
        attainment.total,
        f"{100 * attainment.share_met:.0f}",
        due,
    )
