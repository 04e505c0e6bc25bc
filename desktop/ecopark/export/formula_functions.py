"""The values, operators and functions of the spreadsheet formulas the exporter writes.

Excel's semantics for the subset :mod:`ecopark.export.formula_values` evaluates: error values that
propagate, empty cells acting as 0 or "", Excel's ordering across types, array arithmetic inside
SUMPRODUCT and the criteria of SUMIF/COUNTIF. A new function needs an entry in
:data:`FUNCTIONS` (and a case in tests/export/test_formula_values.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any


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
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    """Indexes built over this range (a work plan runs hundreds of SUMIFs over one column)."""

    def flat(self) -> Iterator[Any]:
        for row in self.rows:
            yield from row


# ----- operators -------------------------------------------------------------------------------
def scalar(value: Any) -> Any:
    """A single cell's value; a range of more than one cell is #VALUE!."""
    if isinstance(value, Area):
        rows = value.rows
        return rows[0][0] if len(rows) == 1 and len(rows[0]) == 1 else VALUE
    return value


def _number(value: Any) -> float | XlError:
    kind = type(value)
    if kind is float:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return float(value)
    value = scalar(value)
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


def arith(op: str, a: Any, b: Any) -> Any:
    x = a if type(a) is float else _number(a)
    y = b if type(b) is float else _number(b)
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


def infix(op: str, a: Any, b: Any) -> Any:
    if _is_array(a) or _is_array(b):  # array arithmetic, as inside SUMPRODUCT((A=B)*C)
        rows_a, rows_b = _grid(a), _grid(b)
        height, width = max(len(rows_a), len(rows_b)), max(len(rows_a[0]), len(rows_b[0]))
        return Area(
            tuple(
                tuple(infix(op, _at(rows_a, i, j), _at(rows_b, i, j)) for j in range(width))
                for i in range(height)
            )
        )
    if op in "+-*/^":
        return arith(op, a, b)
    a, b = scalar(a), scalar(b)
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
    criterion = scalar(criterion)
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


def _equality_key(criterion: Any) -> str | None:
    """The lower-cased text that a plain "equals this text" criterion matches (``"P001"``,
    ``"是"``); None for any other criterion (numbers, comparisons, wildcards, empty)."""
    criterion = scalar(criterion)
    if type(criterion) is not str:
        return None
    m = _CRITERION.match(criterion)
    assert m is not None
    op, rest = m.group(1) or "=", m.group(2)
    if op != "=" or rest == "" or "*" in rest or "?" in rest:
        return None
    try:
        float(rest)
    except ValueError:
        return rest.lower()
    return None


def _text_index(rng: Area, sums: Area | None) -> dict[str, Any]:
    """Lower-cased text of ``rng``'s cells -> sum of ``sums``' numbers beside them (``sums`` None:
    -> how many cells), built once per pair of ranges; matches what :func:`_matcher` counts for
    an equality criterion (text equal ignoring case), summed in the same order."""
    key = ("text_index", id(sums))
    known = rng.memo.get(key)
    if known is not None and known[0] is sums:
        return known[1]  # type: ignore[no-any-return]
    index: dict[str, Any] = {}
    if sums is None:
        for c in rng.flat():
            if isinstance(c, str):
                k = c.lower()
                index[k] = index.get(k, 0) + 1
    else:
        found: dict[str, list[float]] = {}
        for c, v in zip(rng.flat(), list(sums.flat()), strict=False):
            if isinstance(c, str) and isinstance(v, (int, float)) and not isinstance(v, bool):
                found.setdefault(c.lower(), []).append(float(v))
        index = {k: sum(vs) for k, vs in found.items()}
    rng.memo[key] = (sums, index)
    return index


def _sumif(rng: Area, criterion: Any, sum_rng: Area | None = None) -> float:
    key = _equality_key(criterion)
    if key is not None:
        return _text_index(rng, sum_rng or rng).get(key, 0)  # type: ignore[no-any-return]
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
    key = _equality_key(criterion)
    if key is not None:
        return _text_index(rng, None).get(key, 0)  # type: ignore[no-any-return]
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
    test = scalar(test)
    if isinstance(test, XlError):
        return test
    truth = bool(_number(test)) if not isinstance(test, str) else None
    if truth is None:
        return VALUE
    return scalar(yes) if truth else scalar(no)


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
    value = scalar(value)
    return scalar(fallback) if isinstance(value, XlError) else value


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
    "ISNUMBER": lambda a: isinstance(scalar(a), (int, float)) and not isinstance(scalar(a), bool),
    "ISBLANK": lambda a: scalar(a) is None,
    "IFERROR": _iferror,
    "ABS": lambda a: (
        arith("*", a, 1 if _number(a) >= 0 else -1)  # type: ignore[operator]
        if not isinstance(_number(a), XlError)
        else _number(a)
    ),
    "ROUND": _round,
    "MIN": _minmax(min),
    "MAX": _minmax(max),
}
"""The functions the exporter's formulas use; a new one needs an entry here (and a test)."""

__all__ = [
    "DIV0",
    "FUNCTIONS",
    "NA",
    "VALUE",
    "Area",
    "UnsupportedFormula",
    "XlError",
    "arith",
    "infix",
    "scalar",
]
