"""Cached values for the workbook's formulas, computed here, so every viewer shows the figures.

openpyxl writes a formula without its result (``<f>SUM(B2:B9)</f><v/>``): Excel and LibreOffice
recalculate on opening, but file previewers, mail clients, pandas and review portals that do not
recalculate show empty cells. :class:`ValuedWorkbook` saves as openpyxl does, then writes each
formula's value into the file. The values come from a small evaluator of the formula subset the
exporter writes (references and ranges across sheets, arithmetic, comparison, ``&``, and the
functions in :data:`FUNCTIONS`), so any sheet that writes ``Formula``
cells into a :class:`ValuedWorkbook` gets cached values with no extra code. A formula outside the
subset raises :class:`UnsupportedFormula` at save time (a test on every export keeps that
honest), and a test checks every cached value against LibreOffice's own recalculation.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries


class UnsupportedFormula(ValueError):
    """A formula uses something the evaluator does not know (add it to FUNCTIONS)."""


class XlError(str):
    """An Excel error value such as ``#DIV/0!``; it propagates through arithmetic."""


DIV0 = XlError("#DIV/0!")
VALUE = XlError("#VALUE!")
NA = XlError("#N/A")


@dataclass(frozen=True)
class Area:
    """The values of a range, row by row (``None`` for empty cells)."""

    rows: tuple[tuple[Any, ...], ...]

    def flat(self) -> Iterator[Any]:
        for row in self.rows:
            yield from row


# ----- the evaluator ---------------------------------------------------------------------------
class Evaluator:
    """Evaluates the formula cells of one workbook, each at most once."""

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.cache: dict[tuple[str, str], Any] = {}
        self.busy: set[tuple[str, str]] = set()
        # The sheets do not change while they are evaluated: their extents and the ranges the
        # formulas read are computed once (openpyxl's max_row scans every cell, and a work plan
        # reads the same firm columns from hundreds of SUMIFs).
        self.extents: dict[str, tuple[int, int]] = {}
        self.areas: dict[tuple[str, str], Area] = {}
        self.sheets = {ws.title: ws for ws in wb.worksheets}

    def formula_cells(self) -> Iterator[tuple[str, str, str]]:
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f" and isinstance(cell.value, str):
                        yield ws.title, cell.coordinate, cell.value

    def value(self, sheet: str, coord: str) -> Any:
        key = (sheet, coord)
        if key in self.cache:
            return self.cache[key]
        row, col = coordinate_to_tuple(coord)
        cell = self.sheets[sheet]._cells.get((row, col))  # absent: an empty cell (not created)
        if cell is None:
            self.cache[key] = None
            return None
        if cell.data_type == "f" and isinstance(cell.value, str):
            if key in self.busy:
                raise UnsupportedFormula(f"{sheet}!{coord}: circular reference")
            self.busy.add(key)
            try:
                result = self.evaluate(cell.value, sheet)
            finally:
                self.busy.discard(key)
        else:
            result = cell.value
        self.cache[key] = result
        return result

    def evaluate(self, formula: str, sheet: str) -> Any:
        tokens = [t for t in Tokenizer(formula).items if t.type != Token.WSPACE]
        parser = _Parser(tokens, self, sheet, formula)
        result = parser.expression(0)
        if parser.pos != len(tokens):
            raise UnsupportedFormula(f"cannot read {formula!r}")
        if isinstance(result, Area):
            cells = list(result.flat())
            result = cells[0] if len(cells) == 1 else VALUE
        return 0 if result is None else result

    def area(self, ref: str, sheet: str) -> Area:
        if "!" in ref:
            sheet_part, ref = ref.rsplit("!", 1)
            sheet = sheet_part.strip("'").replace("''", "'")
        ref = ref.replace("$", "")
        if ":" not in ref:
            return Area(((self.value(sheet, ref),),))
        key = (sheet, ref)
        known = self.areas.get(key)
        if known is not None:
            return known
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if sheet not in self.extents:
            ws = self.sheets[sheet]
            self.extents[sheet] = (ws.max_row, ws.max_column)
        last_row, last_col = self.extents[sheet]
        max_row = min(max_row or last_row, last_row)
        max_col = min(max_col or last_col, last_col)
        rows = tuple(
            tuple(self.value(sheet, f"{_letter(c)}{r}") for c in range(min_col or 1, max_col + 1))
            for r in range(min_row or 1, max_row + 1)
        )
        area = Area(rows)
        self.areas[key] = area
        return area


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


_INFIX = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4,
          "/": 4, "^": 5}  # fmt: skip
_PREFIX_POWER = 6


class _Parser:
    """Precedence climbing over openpyxl's formula tokens, evaluating as it goes."""

    def __init__(self, tokens: list[Token], ev: Evaluator, sheet: str, formula: str) -> None:
        self.tokens, self.ev, self.sheet, self.formula = tokens, ev, sheet, formula
        self.pos = 0

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise UnsupportedFormula(f"{self.formula!r} ends early")
        self.pos += 1
        return tok

    def expression(self, min_power: int) -> Any:
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok is None:
                return left
            if tok.type == Token.OP_POST and tok.value == "%":
                self.pos += 1
                left = _arith("/", left, 100)
                continue
            if tok.type != Token.OP_IN or tok.value not in _INFIX:
                return left
            power = _INFIX[tok.value]
            if power < min_power:
                return left
            self.pos += 1
            right = self.expression(power + (0 if tok.value == "^" else 1))
            left = _infix(tok.value, left, right)

    def prefix(self) -> Any:
        tok = self.take()
        if tok.type == Token.OP_PRE:
            operand = self.expression(_PREFIX_POWER)
            return _arith("*", operand, -1) if tok.value == "-" else _arith("+", operand, 0)
        if tok.type == Token.PAREN and tok.subtype == Token.OPEN:
            inner = self.expression(0)
            self.expect(Token.PAREN)
            return inner
        if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
            return self.call(tok.value[:-1].upper())
        if tok.type == Token.OPERAND:
            if tok.subtype == Token.NUMBER:
                return float(tok.value)
            if tok.subtype == Token.TEXT:
                return tok.value[1:-1].replace('""', '"')
            if tok.subtype == Token.LOGICAL:
                return tok.value.upper() == "TRUE"
            if tok.subtype == Token.ERROR:
                return XlError(tok.value)
            if tok.subtype == Token.RANGE:
                return self.ev.area(tok.value, self.sheet)
        raise UnsupportedFormula(f"{self.formula!r}: cannot read {tok.value!r}")

    def expect(self, kind: str) -> None:
        tok = self.take()
        if tok.type != kind or tok.subtype != Token.CLOSE:
            raise UnsupportedFormula(f"{self.formula!r}: expected a closing bracket")

    def call(self, name: str) -> Any:
        fn = FUNCTIONS.get(name)
        if fn is None:
            raise UnsupportedFormula(f"{self.formula!r}: function {name} is not supported")
        args: list[Any] = []
        tok = self.peek()
        if tok is not None and tok.type == Token.FUNC and tok.subtype == Token.CLOSE:
            self.pos += 1
            return fn(*args)
        while True:
            args.append(self.expression(0))
            tok = self.take()
            if tok.type == Token.SEP and tok.subtype == Token.ARG:
                continue
            if tok.type == Token.FUNC and tok.subtype == Token.CLOSE:
                return fn(*args)
            raise UnsupportedFormula(f"{self.formula!r}: unexpected {tok.value!r}")


# ----- operators -------------------------------------------------------------------------------
def _scalar(value: Any) -> Any:
    if isinstance(value, Area):
        cells = list(value.flat())
        return cells[0] if len(cells) == 1 else VALUE
    return value


def _number(value: Any) -> float | XlError:
    value = _scalar(value)
    if isinstance(value, XlError):
        return value
    if value is None or value == "":
        return 0.0
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return VALUE


def _arith(op: str, a: Any, b: Any) -> Any:
    x, y = _number(a), _number(b)
    if isinstance(x, XlError):
        return x
    if isinstance(y, XlError):
        return y
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return DIV0 if y == 0 else x / y
    return x**y


def _infix(op: str, a: Any, b: Any) -> Any:
    if _is_array(a) or _is_array(b):  # array arithmetic, as inside SUMPRODUCT((A=B)*C)
        rows_a, rows_b = _grid(a), _grid(b)
        height, width = max(len(rows_a), len(rows_b)), max(len(rows_a[0]), len(rows_b[0]))
        return Area(
            tuple(
                tuple(_infix(op, _at(rows_a, i, j), _at(rows_b, i, j)) for j in range(width))
                for i in range(height)
            )
        )
    if op in "+-*/^":
        return _arith(op, a, b)
    a, b = _scalar(a), _scalar(b)
    for v in (a, b):
        if isinstance(v, XlError):
            return v
    if op == "&":
        return _text(a) + _text(b)
    return _compare(op, a, b)


def _is_array(value: Any) -> bool:
    return isinstance(value, Area) and (len(value.rows) > 1 or len(value.rows[0]) > 1)


def _grid(value: Any) -> tuple[tuple[Any, ...], ...]:
    return value.rows if isinstance(value, Area) else ((value,),)


def _at(rows: tuple[tuple[Any, ...], ...], i: int, j: int) -> Any:
    """Excel broadcasts a single row or column (or a scalar) across the other operand."""
    row = rows[i if len(rows) > 1 else 0]
    return row[j if len(row) > 1 else 0]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):  # spreadsheets print numbers with 15 significant digits
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    return str(value)


def _order(value: Any) -> tuple[int, Any]:
    """Excel's ordering across types: numbers < text < booleans; empty acts as 0 or ""."""
    if isinstance(value, bool):
        return 2, value
    if isinstance(value, (int, float)):
        return 0, float(value)
    return 1, str(value).lower()


def _compare(op: str, a: Any, b: Any) -> bool:
    if a is None:
        a = "" if isinstance(b, str) else (False if isinstance(b, bool) else 0.0)
    if b is None:
        b = "" if isinstance(a, str) else (False if isinstance(a, bool) else 0.0)
    x, y = _order(a), _order(b)
    return {
        "=": x == y,
        "<>": x != y,
        "<": x < y,
        ">": x > y,
        "<=": x <= y,
        ">=": x >= y,
    }[op]


# ----- functions -------------------------------------------------------------------------------
def _cells(*args: Any) -> Iterator[Any]:
    for arg in args:
        if isinstance(arg, Area):
            yield from arg.flat()
        else:
            yield arg


def _sum(*args: Any) -> Any:
    total = 0.0
    for arg in args:
        if isinstance(arg, Area):
            for v in arg.flat():
                if isinstance(v, XlError):
                    return v
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    total += v
        else:
            n = _number(arg)
            if isinstance(n, XlError):
                return n
            total += n
    return total


_CRITERION = re.compile(r"^(<=|>=|<>|<|>|=)?(.*)$", re.S)


def _matcher(criterion: Any) -> Callable[[Any], bool]:
    criterion = _scalar(criterion)
    if isinstance(criterion, (int, float)) and not isinstance(criterion, bool):
        return lambda v: (
            isinstance(v, (int, float))
            and not isinstance(v, bool)
            and (float(v) == float(criterion))
        )
    m = _CRITERION.match(_text(criterion))
    assert m is not None
    op, rest = m.group(1) or "=", m.group(2)
    try:
        target: Any = float(rest)
    except ValueError:
        target = rest
    if isinstance(target, float):

        def num(v: Any) -> bool:
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                return op == "<>"
            return _compare(op, float(v), target)

        return num
    if op in ("=", "<>") and target == "":
        return lambda v: (v is None or v == "") == (op == "=")
    if op in ("=", "<>") and any(ch in target for ch in "*?"):
        pattern = re.compile(
            "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in target),
            re.I | re.S,
        )
        return lambda v: (isinstance(v, str) and bool(pattern.fullmatch(v))) == (op == "=")
    if op == "<>":
        return lambda v: not (isinstance(v, str) and _compare("=", v, target))
    return lambda v: isinstance(v, str) and _compare(op, v, target)


def _sumif(rng: Area, criterion: Any, sum_rng: Area | None = None) -> float:
    test = _matcher(criterion)
    values = list((sum_rng or rng).flat())
    return sum(
        float(v)
        for c, v in zip(rng.flat(), values, strict=False)
        if test(c) and isinstance(v, (int, float)) and not isinstance(v, bool)
    )


def _sumifs(sum_rng: Area, *pairs: Any) -> float:
    tests = [(list(pairs[i].flat()), _matcher(pairs[i + 1])) for i in range(0, len(pairs), 2)]
    total = 0.0
    for k, v in enumerate(sum_rng.flat()):
        if all(t(cells[k]) for cells, t in tests) and isinstance(v, (int, float)):
            if not isinstance(v, bool):
                total += float(v)
    return total


def _countif(rng: Area, criterion: Any) -> int:
    test = _matcher(criterion)
    return sum(1 for v in rng.flat() if test(v))


def _countifs(*pairs: Any) -> int:
    tests = [(list(pairs[i].flat()), _matcher(pairs[i + 1])) for i in range(0, len(pairs), 2)]
    size = len(tests[0][0])
    return sum(1 for k in range(size) if all(t(cells[k]) for cells, t in tests))


def _counta(*args: Any) -> int:
    return sum(1 for v in _cells(*args) if v is not None)


def _sumproduct(*areas: Any) -> Any:
    columns = [list(a.flat()) if isinstance(a, Area) else [a] for a in areas]
    total = 0.0
    for values in zip(*columns, strict=True):
        product = 1.0
        for v in values:
            if isinstance(v, XlError):
                return v
            product *= float(v) if isinstance(v, (int, float)) else 0
        total += product
    return total


def _if(test: Any, yes: Any = True, no: Any = False) -> Any:
    test = _scalar(test)
    if isinstance(test, XlError):
        return test
    truth = bool(_number(test)) if not isinstance(test, str) else None
    if truth is None:
        return VALUE
    return _scalar(yes) if truth else _scalar(no)


def _logical(values: list[Any], combine: Callable[[list[bool]], bool]) -> Any:
    flags = []
    for v in values:
        if isinstance(v, XlError):
            return v
        if v is None or isinstance(v, str):
            continue
        flags.append(bool(v))
    return combine(flags) if flags else VALUE


def _iferror(value: Any, fallback: Any) -> Any:
    value = _scalar(value)
    return _scalar(fallback) if isinstance(value, XlError) else value


def _round(value: Any, digits: Any = 0) -> Any:
    x, d = _number(value), _number(digits)
    if isinstance(x, XlError) or isinstance(d, XlError):
        return VALUE
    factor = 10 ** int(d)
    return math.copysign(math.floor(abs(x) * factor + 0.5) / factor, x)


def _minmax(pick: Callable[[list[float]], float]) -> Callable[..., Any]:
    def fn(*args: Any) -> Any:
        nums = [float(v) for v in _cells(*args) if isinstance(v, (int, float))
                and not isinstance(v, bool)]  # fmt: skip
        return pick(nums) if nums else 0.0

    return fn


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "SUM": _sum,
    "SUMIF": _sumif,
    "SUMIFS": _sumifs,
    "COUNTIF": _countif,
    "COUNTIFS": _countifs,
    "COUNTA": _counta,
    "ROWS": lambda a: len(a.rows) if isinstance(a, Area) else 1,
    "SUMPRODUCT": _sumproduct,
    "IF": _if,
    "AND": lambda *a: _logical(list(_cells(*a)), all),
    "OR": lambda *a: _logical(list(_cells(*a)), any),
    "NOT": lambda a: not bool(_number(a)),
    "ISNUMBER": lambda a: isinstance(_scalar(a), (int, float)) and not isinstance(_scalar(a), bool),
    "ISBLANK": lambda a: _scalar(a) is None,
    "IFERROR": _iferror,
    "ABS": lambda a: (
        _arith("*", a, 1 if _number(a) >= 0 else -1)  # type: ignore[operator]
        if not isinstance(_number(a), XlError)
        else _number(a)
    ),
    "ROUND": _round,
    "MIN": _minmax(min),
    "MAX": _minmax(max),
}
"""The functions the exporter's formulas use; a new one needs an entry here (and a test)."""


# ----- writing the values ----------------------------------------------------------------------
def formula_values(wb: Workbook) -> dict[tuple[str, str], Any]:
    """(sheet title, cell) -> computed value, for every formula cell of ``wb``."""
    ev = Evaluator(wb)
    out: dict[tuple[str, str], Any] = {}
    for sheet, coord, _formula in ev.formula_cells():
        value = ev.value(sheet, coord)
        out[(sheet, coord)] = 0 if value is None else value
    return out


_FORMULA_CELL = re.compile(
    r'<c r="(?P<ref>[A-Z]+\d+)"(?P<attrs>[^>]*)>'
    r"(?P<f><f>.*?</f>|<f[^>]*/>)(?:<v\s*/>|<v></v>)?</c>",
    re.S,
)


def _value_xml(value: Any) -> tuple[str, str]:
    """(type attribute, <v> element) for a cached value."""
    if isinstance(value, XlError):
        return ' t="e"', f"<v>{escape(str(value))}</v>"
    if isinstance(value, bool):
        return ' t="b"', f"<v>{int(value)}</v>"
    if isinstance(value, (int, float)):
        number = float(value)
        if not math.isfinite(number):
            return ' t="e"', "<v>#NUM!</v>"
        text = repr(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
        return "", f"<v>{text}</v>"
    return ' t="str"', f"<v>{escape(str(value))}</v>"


def _fill_sheet(xml: str, values: dict[str, Any]) -> str:
    def one(m: re.Match[str]) -> str:
        ref = m.group("ref")
        if ref not in values:
            return m.group(0)
        attrs = re.sub(r'\st="[^"]*"', "", m.group("attrs"))
        t, v = _value_xml(values[ref])
        return f'<c r="{ref}"{attrs}{t}>{m.group("f")}{v}</c>'

    return _FORMULA_CELL.sub(one, xml)


def write_cached_values(path: str | Path, wb: Workbook) -> int:
    """Write the computed values of ``wb``'s formulas into the xlsx at ``path`` (saved from
    ``wb``). Returns how many formula cells got a value."""
    values = formula_values(wb)
    by_sheet: dict[str, dict[str, Any]] = {}
    for (sheet, coord), value in values.items():
        by_sheet.setdefault(sheet, {})[coord] = value
    parts = {
        f"xl/worksheets/sheet{i}.xml": by_sheet.get(ws.title, {})
        for i, ws in enumerate(wb.worksheets, start=1)
    }
    path = Path(path)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".xlsx", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        with (
            zipfile.ZipFile(path) as src,
            zipfile.ZipFile(tmp_path, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for item in src.infolist():
                data = src.read(item.filename)
                if parts.get(item.filename):
                    data = _fill_sheet(data.decode("utf-8"), parts[item.filename]).encode("utf-8")
                dst.writestr(item, data)
        shutil.move(tmp_path, path)
    finally:
        tmp_path.unlink(missing_ok=True)
    return len(values)


class ValuedWorkbook(Workbook):
    """An openpyxl Workbook whose ``save`` also writes every formula's cached value."""

    def save(self, filename: str | Path | IO[bytes]) -> None:  # type: ignore[override]
        if not isinstance(filename, (str, Path)):
            raise TypeError("ValuedWorkbook saves to a file path")
        super().save(filename)
        write_cached_values(filename, self)


__all__ = [
    "FUNCTIONS",
    "UnsupportedFormula",
    "ValuedWorkbook",
    "formula_values",
    "write_cached_values",
]
