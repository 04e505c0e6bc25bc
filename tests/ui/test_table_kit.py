"""The shared table set-up and attainment line of the Targets dock, the CTIP tab and the grades
dock (ecopark.ui.docks.table_kit), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from ecopark.indicators.targets import Attainment
from ecopark.ui.docks.table_kit import attainment_text, new_table

pytestmark = pytest.mark.gui

A = Attainment(share_met=0.9, second_tranche_due=True, met=9, total=10, no_data=0)


def test_tables_are_read_only_unless_editable(qapp) -> None:
    table = new_table(["a", "b"])
    assert table.columnCount() == 2 and table.rowCount() == 0
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    editable = new_table(["a"], editable=True, select_rows=False)
    assert editable.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked
    assert editable.selectionBehavior() != QAbstractItemView.SelectionBehavior.SelectRows


def test_attainment_line_in_english_and_chinese(qapp, chinese) -> None:
    assert attainment_text(A, "none") == (
        "<b>10 项目标中达成 9 项（90 %）</b>；第二笔补助资金：可拨付（需达成至少 90 %）"
    )
    assert attainment_text(None, "none") == "none"


def test_attainment_line_in_english(qapp) -> None:
    assert attainment_text(A, "none").startswith("<b>9 of 10 targets met (90 %)</b>")
    assert "second subsidy tranche: due" in attainment_text(A, "none")
