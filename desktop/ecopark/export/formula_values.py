"""Cached values for the workbook's formulas, computed here, so every viewer shows the figures.

openpyxl writes a formula without its result (``<f>SUM(B2:B9)</f><v/>``): Excel and LibreOffice
recalculate on opening, but file previewers, mail clients, pandas and review portals that do not
recalculate show empty cells. :class:`ValuedWorkbook` computes each formula's value and saves it
with the formula (:mod:`ecopark.export.xlsx_writer`). The values come from a small evaluator of
the formula subset the exporter writes (references and ranges across sheets, arithmetic,
comparison, ``&``, and the functions in :data:`FUNCTIONS`), so any sheet that writes ``Formula``
cells into a :class:`ValuedWorkbook` gets cached values with no extra code. A formula outside the
subset raises :class:`UnsupportedFormula` at save time (a test on every export keeps that
honest), and a test checks every cached value against LibreOffice's own recalculation.

Speed (bench/export.py, a 1,000-firm park): formulas that differ only in their row share one
compiled closure (:mod:`ecopark.export.formula_compile`), cells are addressed by (row, column)
numbers, and every range is read once per save.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook

from ecopark.export.formula_compile import ShapeCache
from ecopark.export.formula_functions import FUNCTIONS, VALUE, Area, UnsupportedFormula, XlError

SheetValues = dict[tuple[int, int], Any]
"""(row, column) -> cached value of every formula cell of one sheet."""


class Evaluator:
    """Evaluates the formula cells of one workbook, each at most once."""

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.cache: dict[tuple[str, int, int], Any] = {}
        self.busy: set[tuple[str, int, int]] = set()
        # The sheets do not change while they are evaluated: their extents and the ranges the
        # formulas read are computed once (openpyxl's max_row scans every cell, and a work plan
        # reads the same firm columns from hundreds of SUMIFs).
        self.extents: dict[str, tuple[int, int]] = {}
        self.areas: dict[tuple[str, int, int, int, int], Area] = {}
        self.shapes = ShapeCache()
        self.sheets = {ws.title: ws for ws in wb.worksheets}

    def formula_cells(self) -> Iterator[tuple[str, int, int, str]]:
        """(sheet, row, column, formula) of every formula cell, sheet by sheet."""
        for ws in self.wb.worksheets:
            for (row, col), cell in ws._cells.items():  # the cells that exist, none created
                if cell.data_type == "f" and isinstance(cell._value, str):
                    yield ws.title, row, col, cell._value

    def value(self, sheet: str, row: int, col: int) -> Any:
        ws = self.sheets.get(sheet)
        if ws is None:
            raise UnsupportedFormula(f"no sheet named {sheet!r}")
        cell = ws._cells.get((row, col))  # absent: an empty cell (not created)
        if cell is None:
            return None
        if cell.data_type != "f" or not isinstance(cell._value, str):
            return cell._value
        key = (sheet, row, col)
        try:
            return self.cache[key]
        except KeyError:
            pass
        if key in self.busy:
            raise UnsupportedFormula(f"{sheet}!R{row}C{col}: circular reference")
        self.busy.add(key)
        try:
            result = self.evaluate(sheet, row, cell._value)
        finally:
            self.busy.discard(key)
        self.cache[key] = result
        return result

    def evaluate(self, sheet: str, row: int, formula: str) -> Any:
        """The value of ``formula`` written in ``row`` of ``sheet``."""
        result = self.shapes.code(sheet, row, formula)(self, row)
        if isinstance(result, Area):
            cells = list(result.flat())
            result = cells[0] if len(cells) == 1 else VALUE
        return 0 if result is None else result

    # ----- what compiled formulas read (formula_compile.Cells) ----------------------------------
    def cell(self, sheet: str, row: int, col: int) -> Area:
        return Area(((self.value(sheet, row, col),),))

    def area(
        self,
        sheet: str,
        first_row: int | None,
        first_col: int,
        last_row: int | None,
        last_col: int,
    ) -> Area:
        if sheet not in self.sheets:
            raise UnsupportedFormula(f"no sheet named {sheet!r}")
        if first_row is None or last_row is None:  # whole columns: down to the last used row
            if sheet not in self.extents:
                ws = self.sheets[sheet]
                self.extents[sheet] = (ws.max_row, ws.max_column)
            first_row, last_row = 1, self.extents[sheet][0]
        elif first_row > last_row:
            first_row, last_row = last_row, first_row
        key = (sheet, first_row, first_col, last_row, last_col)
        known = self.areas.get(key)
        if known is not None:
            return known
        cells = self.sheets[sheet]._cells
        formula = self.value

        def value(r: int, c: int) -> Any:  # a plain cell read directly, a formula evaluated
            cell = cells.get((r, c))
            if cell is None:
                return None
            if cell.data_type == "f":
                return formula(sheet, r, c)
            return cell._value

        area = Area(
            tuple(
                tuple(value(r, c) for c in range(first_col, last_col + 1))
                for r in range(first_row, last_row + 1)
            )
            if first_col != last_col
            else tuple((value(r, first_col),) for r in range(first_row, last_row + 1))
        )
        self.areas[key] = area
        return area


def sheet_values(wb: Workbook) -> dict[str, SheetValues]:
    """Sheet title -> (row, column) -> computed value, for every formula cell of ``wb``."""
    ev = Evaluator(wb)
    out: dict[str, SheetValues] = {ws.title: {} for ws in wb.worksheets}
    for sheet, row, col, _formula in ev.formula_cells():
        value = ev.value(sheet, row, col)
        out[sheet][(row, col)] = 0 if value is None else value
    return out


def formula_values(wb: Workbook) -> dict[tuple[str, str], Any]:
    """(sheet title, cell) -> computed value, for every formula cell of ``wb``."""
    from openpyxl.utils import get_column_letter

    return {
        (sheet, f"{get_column_letter(col)}{row}"): value
        for sheet, values in sheet_values(wb).items()
        for (row, col), value in values.items()
    }


class ValuedWorkbook(Workbook):
    """An openpyxl Workbook whose ``save`` also writes every formula's cached value."""

    def save(self, filename: str | Path | IO[bytes]) -> None:  # type: ignore[override]
        from ecopark.collector import collector_paused
        from ecopark.export.xlsx_writer import save_with_values

        if not isinstance(filename, (str, Path)):
            raise TypeError("ValuedWorkbook saves to a file path")
        with collector_paused():  # see ecopark.collector: no full passes over the park
            save_with_values(self, filename, sheet_values(self))


__all__ = [
    "FUNCTIONS",
    "Evaluator",
    "SheetValues",
    "UnsupportedFormula",
    "ValuedWorkbook",
    "XlError",
    "formula_values",
    "sheet_values",
]
