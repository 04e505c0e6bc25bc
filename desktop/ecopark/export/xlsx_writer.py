"""Saving a workbook as openpyxl does, with the cells' XML written here in one pass.

openpyxl serialises every cell as an element tree through ``xml.etree`` (lxml is not a
dependency), and a formula without its value; writing a 1,000-firm work plan took seconds, and
putting the cached values in took a second pass over the zipped file. Here openpyxl still writes
everything around the cells (sheet views, columns, filters, print setup, charts, conditional
formats, styles, the workbook parts), while ``<sheetData>`` is built as text: the same elements and
attributes openpyxl writes (inline strings, style ids, row heights, comments), with each
formula's cached value in its ``<v>`` (and ``t="str"``/``"b"``/``"e"`` for text, logical and
error results). Cells this writer does not know (dates, rich text, array formulas) are written
by openpyxl's own cell writer. A test reads the file back with openpyxl and compares every cell,
style and comment with openpyxl's own save.
"""

from __future__ import annotations

import datetime as dt
import math
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell._writer import etree_write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import tostring

from ecopark.export.formula_functions import XlError

SheetValues = dict[tuple[int, int], Any]

_MARKER = "ecopark-sheet-data-goes-here"
_ATTR_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#09;"}


def save_with_values(wb: Workbook, filename: str | Path, values: dict[str, SheetValues]) -> None:
    """Write ``wb`` to ``filename`` as ``openpyxl.Workbook.save`` would, each formula cell with
    its cached value from ``values`` (sheet title -> (row, column) -> value)."""
    with ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
        _ExcelWriter(wb, archive, values).write_data()


class _ExcelWriter(ExcelWriter):  # type: ignore[misc]
    def __init__(self, wb: Workbook, archive: ZipFile, values: dict[str, SheetValues]) -> None:
        super().__init__(wb, archive)
        self._values = values

    def write_worksheet(self, ws: Worksheet) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, self._values.get(ws.title, {}))
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.xml())
        self.manifest.append(ws)


class _SheetWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's worksheet writer with ``<sheetData>`` filled in from :func:`sheet_data`."""

    def __init__(self, ws: Worksheet, values: SheetValues) -> None:
        self._values = values
        self._rows = ""
        super().__init__(ws, out=BytesIO())

    def write_rows(self) -> None:
        # before the tail: the rows collect the comments and hyperlinks the tail writes
        self._rows = sheet_data(self.ws, self._values)
        xf = self.xf.send(True)
        with xf.element("sheetData"):
            xf.write(_MARKER)
        self.xf.send(None)

    def xml(self) -> bytes:
        data: bytes = self.read()
        placeholder = f"<sheetData>{_MARKER}</sheetData>".encode()
        assert data.count(placeholder) == 1
        return data.replace(placeholder, f"<sheetData>{self._rows}</sheetData>".encode())


def sheet_data(ws: Worksheet, values: SheetValues) -> str:
    """The ``<row>`` elements of ``ws`` (what goes inside ``<sheetData>``)."""
    cells = ws._cells
    rows: dict[int, list[Any]] = {}
    for key in sorted(cells):
        rows.setdefault(key[0], []).append(cells[key])
    dims = ws.row_dimensions
    for r in dims.keys() - rows.keys():  # styled or sized rows without cells
        rows[r] = []
    add_style = ws.parent._cell_styles.add
    style_ids: dict[bytes, str] = {}  # the style's bytes -> ' s="id"' (each added once)
    letters: dict[int, str] = {}
    out: list[str] = []
    push = out.append
    for r in sorted(rows):
        dim = dims.get(r)
        attrs = "".join(f' {k}="{_attr(v)}"' for k, v in dim) if dim is not None else ""
        push(f'<row r="{r}"{attrs}>')
        for cell in rows[r]:
            if cell._comment is not None:
                ws._comments.append(CommentRecord.from_cell(cell))
            style = cell._style
            styled = style is not None and any(style)
            value = cell._value
            if value is None and not styled and cell._comment is None:
                continue
            kind = cell.data_type
            simple = (
                kind in ("n", "b", "e")
                or (kind == "s" and (value is None or isinstance(value, str)))
                or (kind == "f" and isinstance(value, str))
            )  # else: dates, rich text, array formulas
            if not simple or cell._hyperlink is not None:
                push(_openpyxl_cell(ws, cell, styled))
                continue
            s = ""
            if styled:
                packed = style.tobytes()
                s = style_ids.get(packed, "")
                if not s:
                    s = style_ids[packed] = f' s="{add_style(style)}"'
            col = cell.column
            letter = letters.get(col)
            if letter is None:
                letter = letters[col] = get_column_letter(col)
            if kind == "f":
                cached = values.get((r, col))
                f = _text(value[1:])
                if cached is None:
                    push(f'<c r="{letter}{r}"{s}><f>{f}</f><v /></c>')
                else:
                    t, v = _value_xml(cached)
                    push(f'<c r="{letter}{r}"{s}{t}><f>{f}</f><v>{v}</v></c>')
            elif kind == "s":
                if value == "" or value is None:
                    push(f'<c r="{letter}{r}"{s} t="inlineStr" />')
                else:
                    stripped = value.strip()
                    space = ' xml:space="preserve"' if stripped and stripped != value else ""
                    push(
                        f'<c r="{letter}{r}"{s} t="inlineStr"><is><t{space}>{_text(value)}</t>'
                        "</is></c>"
                    )
            elif value is None or value == "":
                push(f'<c r="{letter}{r}"{s} t="{kind}" />')
            else:
                text = _text(safe_string(value))
                push(f'<c r="{letter}{r}"{s} t="{kind}"><v>{text}</v></c>' if text else
                     f'<c r="{letter}{r}"{s} t="{kind}"><v /></c>')  # fmt: skip
        push("</row>")
    return "".join(out)


def _text(text: str) -> str:
    """Element text escaped as xml.etree escapes it (&, <, >)."""
    if "&" in text or "<" in text or ">" in text:
        return escape(text)
    return text


def _openpyxl_cell(ws: Worksheet, cell: Any, styled: bool) -> str:
    parts: list[str] = []

    class _Collect:
        def write(self, element: Any) -> None:
            parts.append(tostring(element).decode("utf-8"))

    etree_write_cell(_Collect(), ws, cell, styled)
    return "".join(parts)


def _attr(value: str) -> str:
    text = escape(str(value))
    for ch, entity in _ATTR_ESCAPES.items():
        if ch in text:
            text = text.replace(ch, entity)
    return text


def _value_xml(value: Any) -> tuple[str, str]:
    """(type attribute, text of <v>) for a cached formula value."""
    if isinstance(value, XlError):
        return ' t="e"', escape(str(value))
    if isinstance(value, bool):
        return ' t="b"', str(int(value))
    if isinstance(value, (int, float)):
        number = float(value)
        if not math.isfinite(number):
            return ' t="e"', "#NUM!"
        return "", repr(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return ' t="str"', escape(str(value))


__all__ = ["save_with_values", "sheet_data"]
