"""The work plan's own cell writer (ecopark.export.xlsx_writer) writes what openpyxl would.

Read back with openpyxl, a workbook saved through ``ValuedWorkbook.save`` must hold the same cells,
values, types, styles, comments, row heights, column widths, filters and conditional formats as
openpyxl's own ``Workbook.save`` of the same workbook; only the cached values are extra.
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

from ecopark.export.formula_values import UnsupportedFormula, ValuedWorkbook, formula_values
from ecopark.export.workbook import build_work_plan
from ecopark.export.xlsx_tables import (
    FMT_0,
    FMT_1,
    FMT_2,
    FMT_3,
    FMT_PCT,
    _value_width,
    _widest,
    put_text,
)
from ecopark.storage import load_park

DEMO = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"


def _cell_facts(c: Any) -> tuple[Any, ...]:
    return (
        c.value,
        c.data_type,
        c.number_format,
        repr(c.font),
        repr(c.fill),
        repr(c.border),
        repr(c.alignment),
        repr(c.protection),
        c.quotePrefix,
        c.comment.text if c.comment else None,
    )


def _facts(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path)
    out: dict[str, Any] = {}
    for ws in wb.worksheets:
        out[ws.title] = {
            "cells": {
                c.coordinate: _cell_facts(c)
                for row in ws.iter_rows()
                for c in row
                if c.value is not None or c.has_style or c.comment
            },
            "heights": {r: d.height for r, d in ws.row_dimensions.items() if d.height},
            "widths": {k: d.width for k, d in ws.column_dimensions.items()},
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "conditional": [
                (str(cf.sqref), [r.formula for r in cf.rules]) for cf in ws.conditional_formatting
            ],
            "charts": len(ws._charts),
            "print_titles": ws.print_title_rows,
            "dimensions": ws.dimensions,
        }
    return out


def _edge_cases(wb: Workbook) -> None:
    """Cells the work plan rarely or never writes, so the writer's every branch is compared."""
    ws = wb.create_sheet("Edge cases")
    put_text(ws["A1"], "  leading and trailing spaces  ")
    put_text(ws["A2"], '=HYPERLINK("http://x","y")')  # typed text that looks like a formula
    put_text(ws["A3"], "<tags> & \"quotes\" 'apostrophes' 中文")
    put_text(ws["A4"], "")
    put_text(ws["A5"], "x" * 40_000)  # cut, with a comment saying so
    ws["B1"] = True
    ws["B2"] = 3
    ws["B3"] = 0.1 + 0.2
    ws["B4"] = -1.5e-12
    ws["B5"] = dt.date(2026, 12, 3)
    ws["B6"] = "#N/A"
    ws["C1"] = "=B2*B3"
    ws["C2"] = '=IF(B2>2,"big & <bold>","small")'
    ws["C3"] = "=B2/0"
    ws["C4"] = "=B2>1"
    ws["C5"].font = Font(italic=True)  # styled, empty
    ws["C6"].comment = Comment("a note", "EcoPark")
    ws["D1"].value = "multi\nline"
    ws["D1"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[20].height = 40  # a sized row without cells


def test_saved_workbook_reads_back_as_openpyxls_own_save(tmp_path):
    wb = build_work_plan(load_park(DEMO), None, "zh")
    _edge_cases(wb)
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "theirs.xlsx"
    wb.save(ours)
    Workbook.save(wb, theirs)
    a, b = _facts(ours), _facts(theirs)
    assert list(a) == list(b)
    for title in b:
        for key in b[title]:
            assert a[title][key] == b[title][key], f"{title}: {key} differs"
    assert len(a["Edge cases"]["cells"]) >= 17


def test_cached_values_of_the_edge_cases(tmp_path):
    wb = ValuedWorkbook()
    _edge_cases(wb)
    path = tmp_path / "edge.xlsx"
    wb.save(path)
    ws = openpyxl.load_workbook(path, data_only=True)["Edge cases"]
    assert ws["C1"].value == 3 * (0.1 + 0.2)
    assert ws["C2"].value == "big & <bold>"
    assert ws["C3"].value == "#DIV/0!"
    assert ws["C4"].value is True
    assert ws["A1"].value == "  leading and trailing spaces  "
    assert ws["B5"].value == dt.datetime(2026, 12, 3)
    assert formula_values(wb)[("Edge cases", "C1")] == ws["C1"].value


@given(
    st.lists(
        st.one_of(
            st.floats(allow_nan=False, allow_infinity=False, width=64),
            st.integers(min_value=-(10**12), max_value=10**12),
            st.sampled_from(["", "企业 7", "a\nlonger line", "=SUM(A1:A9)", -0.0, 0.0, True]),
        ),
        max_size=30,
    ),
    st.sampled_from([None, FMT_0, FMT_1, FMT_2, FMT_3, FMT_PCT, "0"]),
)
def test_column_width_is_the_width_of_the_widest_value(values, fmt):
    """Columns are as wide as their widest value (measuring only the candidates for widest)."""
    assert _widest(values, fmt) == max((_value_width(v, fmt) for v in values), default=0)


def test_saving_leaves_the_cycle_collector_as_it_was(tmp_path):
    wb = ValuedWorkbook()
    ws = wb.active
    assert ws is not None
    ws["A1"], ws["A2"] = 2, "=A1*3"
    assert gc.isenabled()
    wb.save(tmp_path / "a.xlsx")
    assert gc.isenabled()
    gc.disable()
    try:
        wb.save(tmp_path / "b.xlsx")
        assert not gc.isenabled()
    finally:
        gc.enable()
    ws["A3"] = "=NOSUCHFUNCTION(A1)"
    with pytest.raises(UnsupportedFormula):
        wb.save(tmp_path / "c.xlsx")
    assert gc.isenabled()
