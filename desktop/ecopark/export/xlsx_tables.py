"""Writing tables into openpyxl sheets the way a review panel expects them, and safely.

The one rule for cell values: a string becomes a formula only when it is wrapped in
:class:`Formula`. Every other string (above all, what users typed: firm names, materials, the park
name) is written as text, with Excel's quote prefix when it starts like a formula, so a firm named
``=HYPERLINK("http://x","y")`` stays that text in Excel and LibreOffice.
"""

from __future__ import annotations

import math
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.styleable import StyleableObject
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.labels import Bilingual, is_single_language, status_label, unit_text
from ecopark.model.sanity import limit


class Formula(str):
    """A formula written by this exporter (never user text), e.g. ``Formula("=SUM(B2:B9)")``."""


FORMULA_LEADS = ("=", "+", "-", "@")
"""First characters that make Excel or LibreOffice read typed text as a formula."""

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin"))
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
MAX_WIDTH = 60
MIN_WIDTH = 6
FIT_WIDTH_MAX_COLUMNS = 14
"""Tables up to this many columns print one page wide; wider ones (firms) stay readable."""
WIDTH_SAMPLE_ROWS = 300
"""Column widths are fitted to the first rows: enough to see every kind of value, and cheap on a
1,000-firm table."""

FMT_INT = "#,##0"
FMT_0 = "#,##0"
FMT_1 = "#,##0.0"
FMT_2 = "#,##0.00"
FMT_3 = "#,##0.000"
FMT_PCT = "0.0%"


def clean_text(value: str) -> str:
    """Drop control characters that an xlsx file cannot hold (they would abort the save)."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def put(cell: Cell, value: Any, lang: str = "zh") -> Cell:
    """Write one value: Formula as a formula, other text as text, numbers as numbers.

    NaN, infinities and None become empty cells (a panel reads an empty cell as "not recorded";
    Excel would show NaN as an error). Booleans become the yes/no word of ``lang``.
    """
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, bool):
        put_text(cell, status_label("yes" if value else "no", lang))
    elif isinstance(value, str):
        put_text(cell, value)
    elif value is None:
        cell.value = None
    elif isinstance(value, int):
        cell.value = value
    else:
        number = float(value)
        cell.value = number if math.isfinite(number) else None
    return cell


def put_text(cell: Cell, text: str) -> Cell:
    """Write text that must stay text whatever it looks like (the safe writer for user text).

    Text longer than an Excel cell holds is cut with a visible mark and a cell comment saying
    how long it was, never silently (Excel would clip or refuse it)."""
    text = clean_text(str(text))
    most = int(limit("max_cell_text"))
    if len(text) > most:
        mark = f" …[cut: {len(text):,} characters]"
        cell.comment = Comment(
            f"Text cut to Excel's limit of {most:,} characters; it had {len(text):,}. "
            f"文字超过 Excel 单元格上限 {most:,} 字符，已截断（原 {len(text):,} 字符）。",
            "EcoPark",
        )
        text = text[: most - len(mark)] + mark
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_LEADS):
        cell.quotePrefix = True
    return cell


_FAST_CELLS = set(Cell.__slots__) | set(StyleableObject.__slots__) == {
    "row", "column", "_value", "data_type", "parent", "_style", "_hyperlink", "_comment"
}  # fmt: skip
"""Whether openpyxl's Cell is the one :func:`_new_cell` knows how to fill (else: its __init__)."""
_make_cell = Cell.__new__
_make_array = array.__new__


def _new_cell(ws: Worksheet, row: int, col: int) -> Cell:
    """An empty cell as ``Cell(ws, row=row, column=col)`` makes it, in a third of the time."""
    if not _FAST_CELLS:
        return Cell(ws, row=row, column=col)
    cell = _make_cell(Cell)
    cell.parent, cell._style, cell.row, cell.column = ws, None, row, col
    cell._value, cell.data_type, cell._hyperlink, cell._comment = None, "n", None, None
    return cell


class CellWriter:
    """Writes values into one sheet as :func:`put` does, for tables of thousands of cells.

    ``put`` goes through openpyxl's ``ws.cell`` and ``Cell.value``, which check coordinates and
    infer types anew for every cell; a 1,000-firm table has over 50,000 cells. Here the cell is
    made directly with the type the exporter already knows, and a number format's style is
    looked up once per format and copied, not looked up per cell. Text keeps every rule of
    :func:`put_text` (control characters dropped; formula-like text quoted; over-long text cut
    with a comment: such cells take the ``put_text`` path itself)."""

    def __init__(self, ws: Worksheet, lang: str) -> None:
        self.ws, self.lang = ws, lang
        self.cells = ws._cells
        self.most = int(limit("max_cell_text"))
        self.styles: dict[str, StyleArray] = {}
        self.yes_no = {True: status_label("yes", lang), False: status_label("no", lang)}

    def put(self, row: int, col: int, value: Any, fmt: str | None = None) -> Cell:
        """Write ``value`` as :func:`put` would; ``fmt`` formats numbers and formulas."""
        cell = self.cells.get((row, col))
        fresh = cell is None
        if cell is None:
            cell = self.cells[(row, col)] = _new_cell(self.ws, row, col)
        kind = type(value)
        if kind is Formula and len(value) > 1 and value[0] == "=":
            cell._value, cell.data_type = str(value), "f"
        elif kind is str:
            text = clean_text(value)
            if len(text) > self.most or text.startswith(FORMULA_LEADS):
                return put_text(cell, text)
            cell._value, cell.data_type = text, "s"
            return cell
        elif kind is bool:
            cell._value, cell.data_type = self.yes_no[value], "s"
            return cell
        elif value is None or (kind is float and not math.isfinite(value)):
            cell._value, cell.data_type = None, "n"
            return cell
        elif kind is int or kind is float:
            cell._value, cell.data_type = value, "n"
        else:  # str/int/float subclasses, numpy numbers: the general path
            put(cell, value, self.lang)
            if fmt and not isinstance(cell._value, str | None):
                cell.number_format = fmt
            return cell
        if fmt:
            style = self.styles.get(fmt)
            if style is None or not fresh:
                cell.number_format = fmt
                if fresh:
                    self.styles[fmt] = StyleArray(cell._style)
            else:
                cell._style = _make_array(StyleArray, "i", style)  # a copy, as StyleArray(style)
        return cell

    def done(self) -> None:
        """Tell the sheet how far it is filled (``ws.append`` writes below)."""
        if self.cells:
            self.ws._current_row = max(self.ws._current_row, max(r for r, _c in self.cells))


@dataclass(frozen=True)
class Column:
    """A table column: bilingual title, unit, number format and whether it gets a SUM total."""

    key: str
    title: Bilingual
    unit: str = ""
    fmt: str | None = None
    total: bool = False


def header_text(col: Column, lang: str) -> str:
    """Two lines, ``lang`` first, unit in brackets: "面积 (km²)\\nArea"."""
    zh, en = col.title
    first, second = (zh, en) if lang == "zh" else (en, zh)
    unit = f" ({unit_text(col.unit, lang)})" if col.unit else ""
    if is_single_language():
        second = ""
    return f"{first}{unit}\n{second}" if second and second != first else f"{first}{unit}"


@dataclass(frozen=True)
class TableInfo:
    """Where a written table landed, so other sheets can point at its cells."""

    sheet: str
    columns: tuple[str, ...]
    first_row: int
    last_row: int
    """Last data row (== first_row - 1 when the table is empty)."""
    total_row: int | None

    def letter(self, key: str) -> str:
        return get_column_letter(self.columns.index(key) + 1)

    def data_range(self, key: str, absolute: bool = False) -> str:
        col = self.letter(key)
        d = "$" if absolute else ""
        return f"{d}{col}{d}{self.first_row}:{d}{col}{d}{max(self.last_row, self.first_row)}"

    def ref(self, key: str, row: int) -> str:
        """An absolute reference from another sheet: 'Sheet name'!$C$7."""
        return f"{quote_sheetname(self.sheet)}!${self.letter(key)}${row}"

    def total_ref(self, key: str) -> str:
        assert self.total_row is not None
        return self.ref(key, self.total_row)


def write_table(
    ws: Worksheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    lang: str,
    *,
    total_label: Bilingual | None = ("合计", "Total"),
    freeze: str = "A2",
    extra_widths: dict[str, int] | None = None,
) -> TableInfo:
    """Header row, data rows, a totals row of SUM formulas, frozen header, filter, widths."""
    widths = [
        max(_display_width(line) for line in header_text(c, lang).split("\n")) for c in columns
    ]
    for j, col in enumerate(columns, start=1):
        cell = put_text(ws.cell(row=1, column=j), header_text(col, lang))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
    ws.row_dimensions[1].height = 32
    formats = [c.fmt for c in columns]
    unit_columns = {j for j, c in enumerate(columns, start=1) if c.key.endswith("unit")}
    writer = CellWriter(ws, lang)
    put_value = writer.put
    samples: list[list[Any]] = [[] for _c in columns]
    for i, values in enumerate(rows, start=2):
        sample = i < WIDTH_SAMPLE_ROWS
        for j, value in enumerate(values, start=1):
            if j in unit_columns and isinstance(value, str):
                value = unit_text(value, lang)  # "台 units" -> 台 in a one-language export
            fmt = formats[j - 1]
            cell = put_value(i, j, value, fmt)
            if sample and cell._value is not None:
                samples[j - 1].append(cell._value)
    writer.done()
    for k, (values, fmt) in enumerate(zip(samples, formats, strict=True)):
        widths[k] = max(widths[k], _widest(values, fmt))
    last = len(rows) + 1
    info = TableInfo(ws.title, tuple(c.key for c in columns), 2, last, None)
    ncols = len(columns)
    ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{max(last, 1)}"
    ws.freeze_panes = freeze
    set_print_layout(ws, ncols)
    if total_label is not None and any(c.total for c in columns):
        total_row = last + 1
        label = ws.cell(row=total_row, column=1)
        put_text(label, total_label[0] if lang == "zh" else total_label[1])
        for j, col in enumerate(columns, start=1):
            cell = ws.cell(row=total_row, column=j)
            if col.total:
                letter = get_column_letter(j)
                cell.value = f"=SUM({letter}2:{letter}{last})" if rows else 0
                if col.fmt:
                    cell.number_format = col.fmt
            cell.font = TOTAL_FONT
            cell.border = TOTAL_BORDER
        info = TableInfo(ws.title, info.columns, 2, last, total_row)
    for j, w in enumerate(widths, start=1):
        key = columns[j - 1].key
        if extra_widths and key in extra_widths:
            w = max(w, extra_widths[key])
        ws.column_dimensions[get_column_letter(j)].width = min(MAX_WIDTH, max(MIN_WIDTH, w + 2))
    return info


def set_print_layout(ws: Worksheet, ncols: int) -> None:
    """Landscape pages that repeat the header row; narrow tables fit the page width (a panel
    prints the work plan)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "1:1"
    if ncols <= FIT_WIDTH_MAX_COLUMNS:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def _display_width(text: str) -> int:
    """Width in Latin characters: CJK and other wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widest(values: list[Any], fmt: str | None) -> int:
    """``max(_value_width(v, fmt) for v in values)``, formatting only the numbers that can be
    widest: a formatted number's width grows with its size, so the largest non-negative number
    and the negative one of largest size (its sign adds one) decide it; each text is measured
    once."""
    best = 0
    texts: set[str] = set()
    high: Any = None
    low: Any = None
    for v in values:
        if isinstance(v, str):
            texts.add(v)
        elif isinstance(v, int | float) and not isinstance(v, bool):
            if v < 0 or (v == 0 and math.copysign(1.0, v) < 0):  # -0.0 prints as "-0.0"
                if low is None or -v > -low:
                    low = v
            elif high is None or v > high:
                high = v
        else:
            best = max(best, _value_width(v, fmt))
    for v in (*texts, high, low):
        if v is not None:
            best = max(best, _value_width(v, fmt))
    return best


def _value_width(value: Any, fmt: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        if value.startswith("="):
            return 10
        return max((_display_width(line) for line in value.split("\n")), default=0)
    if isinstance(value, int | float):
        decimals = 0
        if fmt and "." in fmt:
            decimals = len(fmt.split(".")[1].rstrip("%"))
        if fmt and fmt.endswith("%"):
            return len(f"{value * 100:,.{decimals}f}") + 1
        return len(f"{value:,.{decimals}f}")
    return len(str(value))


__all__ = [
    "CellWriter",
    "FMT_0",
    "FMT_1",
    "FMT_2",
    "FMT_3",
    "FMT_INT",
    "FMT_PCT",
    "FORMULA_LEADS",
    "Column",
    "Formula",
    "TableInfo",
    "clean_text",
    "header_text",
    "put",
    "put_text",
    "set_print_layout",
    "write_table",
]
