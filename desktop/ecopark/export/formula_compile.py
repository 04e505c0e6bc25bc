"""Formulas read once per *shape* and compiled to Python closures (for formula_values).

A work plan writes the same formula down a column with only the row changing (``=F12*H12`` on
every project-item row, ``=IF(AND(ISNUMBER(G40),…` on every target row). Reading each formula
text through a general tokenizer cost more than the export itself; here a formula is cut into
tokens by one regular expression, its references are rewritten relative to the formula's own row
(``F12`` in row 12 becomes "column F, this row"; ``$D$7`` stays row 7), and that *shape* is parsed
once into a closure that any row of the column reuses: ``code(evaluator, row)``.

The grammar is the subset the exporter writes (see :mod:`ecopark.export.formula_functions`):
numbers, text, TRUE/FALSE, error values, cell and range references (optionally on another sheet,
quoted or not; whole columns such as ``A:A``), prefix ``+``/``-``, postfix ``%``, the infix
operators ``^ * / + - & = <> < > <= >=`` with Excel's precedence, brackets and function calls.
Anything else raises :class:`UnsupportedFormula`, never a guessed value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol

from openpyxl.utils.cell import column_index_from_string

from ecopark.export.formula_functions import (
    FUNCTIONS,
    Area,
    UnsupportedFormula,
    XlError,
    arith,
    infix,
)


class Cells(Protocol):
    """What compiled formulas read: the values of a range of one sheet."""

    def area(
        self,
        sheet: str,
        first_row: int | None,
        first_col: int,
        last_row: int | None,
        last_col: int,
    ) -> Area: ...

    def cell(self, sheet: str, row: int, col: int) -> Area: ...

    def value(self, sheet: str, row: int, col: int) -> Any: ...


Code = Callable[[Cells, int], Any]
"""A compiled formula: (the workbook's cells, the row of the formula's cell) -> value."""

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<text>"(?:[^"]|"")*")
    | (?P<func>[A-Za-z_][A-Za-z0-9_.]*\()
    | (?P<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?
          \$?[A-Za-z]{1,3}(?:\$?[0-9]+(?::\$?[A-Za-z]{1,3}\$?[0-9]+)?|:\$?[A-Za-z]{1,3})
          (?![A-Za-z0-9_(!]))
    | (?P<bool>(?:TRUE|FALSE)(?![A-Za-z0-9_(]))
    | (?P<error>\#(?:DIV/0!|N/A|VALUE!|REF!|NAME\?|NUM!|NULL!))
    | (?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
    | (?P<op><=|>=|<>|[-+*/^&=<>%])
    | (?P<open>\()
    | (?P<close>\))
    | (?P<sep>,)
    )""",
    re.X,
)
_REF = re.compile(
    r"(?:(?P<sheet>'(?:[^']|'')+'|[^!]+)!)?"
    r"\$?(?P<c1>[A-Za-z]{1,3})(?P<a1>\$?)(?P<r1>[0-9]*)"
    r"(?::\$?(?P<c2>[A-Za-z]{1,3})(?P<a2>\$?)(?P<r2>[0-9]*))?$"
)

RowSpec = tuple[bool, int] | None
"""(absolute, number): an absolute row, or an offset from the formula's row; None: whole column."""
RefSpec = tuple[str | None, int, RowSpec, int, RowSpec]
"""(sheet or None for the formula's own sheet, first column, first row, last column, last row)."""
Shape = tuple[str, tuple[tuple[str, Any], ...]]
"""(the formula's sheet, its tokens with references relative to its row)."""

_INFIX = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4,
          "/": 4, "^": 5}  # fmt: skip
_PREFIX_POWER = 6


def tokenize(formula: str) -> list[tuple[str, str]]:
    """(kind, text) of every token of ``formula`` (with or without its leading ``=``)."""
    return [(kind, text) for kind, text, _start in _tokens(formula)]


def _tokens(formula: str) -> list[tuple[str, str, int]]:
    """(kind, text, where it starts in ``formula``) of every token."""
    end = len(formula.rstrip())
    out: list[tuple[str, str, int]] = []
    pos = 1 if formula.startswith("=") else 0
    match = _TOKEN.match
    while pos < end:
        m = match(formula, pos, end)
        if m is None or m.lastgroup is None:
            raise UnsupportedFormula(f"{formula!r}: cannot read {formula[pos : pos + 12]!r}")
        out.append((m.lastgroup, m.group(m.lastgroup), m.start(m.lastgroup)))
        pos = m.end()
    return out


_REF_CACHE: dict[str, tuple[str | None, int, str, str, int, str, str]] = {}


def _parse_ref(text: str) -> tuple[str | None, int, str, str, int, str, str]:
    known = _REF_CACHE.get(text)
    if known is not None:
        return known
    m = _REF.match(text)
    if m is None:
        raise UnsupportedFormula(f"cannot read the reference {text!r}")
    sheet = m.group("sheet")
    if sheet is not None and sheet.startswith("'"):
        sheet = sheet[1:-1].replace("''", "'")
    c1 = column_index_from_string(m.group("c1").upper())
    c2 = column_index_from_string(m.group("c2").upper()) if m.group("c2") else c1
    r2_text = m.group("r2") if m.group("c2") else m.group("r1")
    a2 = m.group("a2") if m.group("c2") else m.group("a1")
    parsed = (sheet, c1, m.group("a1"), m.group("r1"), c2, a2 or "", r2_text or "")
    if len(_REF_CACHE) < 100_000:
        _REF_CACHE[text] = parsed
    return parsed


def shape(sheet: str, row: int, formula: str) -> Shape:
    """The formula as its column shares it: references relative to ``row``."""
    tokens: list[tuple[str, Any]] = []
    for kind, text in tokenize(formula):
        if kind != "ref":
            tokens.append((kind, text))
            continue
        ref_sheet, c1, a1, r1, c2, a2, r2 = _parse_ref(text)
        first: RowSpec = None if not r1 else (True, int(r1)) if a1 else (False, int(r1) - row)
        last: RowSpec = None if not r2 else (True, int(r2)) if a2 else (False, int(r2) - row)
        if (first is None) != (last is None):
            raise UnsupportedFormula(f"{formula!r}: cannot read the reference {text!r}")
        spec: RefSpec = (ref_sheet, c1, first, c2, last)
        tokens.append((kind, spec))
    return sheet, tuple(tokens)


_DIGITS = re.compile(r"[0-9]+")


class ShapeCache:
    """Compiled code per shape, found without tokenizing a formula whose column-mate was seen.

    Formulas that differ only in their digits have the same tokens (a run of digits stays a run
    of digits), so the formula with its digit runs blanked out ("skeleton") tells, once, which runs
    are relative row numbers. For any later formula with that skeleton, the runs read by one
    regular expression give its shape: relative rows as offsets from its row, all other digits
    (absolute rows, numbers, text, sheet names) as written.
    """

    def __init__(self) -> None:
        self.relative: dict[tuple[str, str], tuple[bool, ...]] = {}
        self.codes: dict[tuple[Any, ...], Code] = {}

    def code(self, sheet: str, row: int, formula: str) -> Code:
        skeleton = (sheet, _DIGITS.sub("#", formula))
        relative = self.relative.get(skeleton)
        if relative is None:
            relative = self.relative[skeleton] = _relative_rows(formula)
        runs = _DIGITS.findall(formula)
        key = (
            skeleton,
            tuple(int(n) - row if rel else n for n, rel in zip(runs, relative, strict=True)),
        )
        code = self.codes.get(key)
        if code is None:
            code = self.codes[key] = compile_shape(shape(sheet, row, formula), formula)
        return code

    def __len__(self) -> int:
        return len(self.codes)


def _relative_rows(formula: str) -> tuple[bool, ...]:
    """For each run of digits in ``formula``: whether it is a relative row number."""
    relative_at: set[int] = set()
    for kind, text, start in _tokens(formula):
        if kind != "ref":
            continue
        cell_part = text.rfind("!") + 1  # a sheet name's digits are text
        for m in _DIGITS.finditer(text, cell_part):
            if text[m.start() - 1] != "$":
                relative_at.add(start + m.start())
    return tuple(m.start() in relative_at for m in _DIGITS.finditer(formula))


def compile_shape(key: Shape, formula: str = "") -> Code:
    """The closure that evaluates every formula of this shape (``formula``: for messages)."""
    sheet, tokens = key
    parser = _Compiler(list(tokens), sheet, formula or repr(key))
    code = parser.expression(0)
    if parser.pos != len(tokens):
        raise UnsupportedFormula(f"cannot read {parser.formula!r}")
    return code


def _const(value: Any) -> Code:
    return lambda _cells, _row: value


def _row(spec: RowSpec, row: int) -> int | None:
    if spec is None:
        return None
    absolute, number = spec
    return number if absolute else row + number


def _reference(spec: RefSpec, own_sheet: str) -> tuple[Code, Code | None]:
    """(the reference as a range, and as a plain value when it is a single cell)."""
    ref_sheet, c1, first, c2, last = spec
    sheet = ref_sheet if ref_sheet is not None else own_sheet
    if first is not None and first == last and c1 == c2:
        absolute, number = first
        if absolute:
            return (
                lambda cells, _row: cells.cell(sheet, number, c1),
                lambda cells, _row: cells.value(sheet, number, c1),
            )
        return (
            lambda cells, row: cells.cell(sheet, row + number, c1),
            lambda cells, row: cells.value(sheet, row + number, c1),
        )
    lo, hi = min(c1, c2), max(c1, c2)
    return lambda cells, row: cells.area(sheet, _row(first, row), lo, _row(last, row), hi), None


def _percent(inner: Code) -> Code:
    return lambda cells, row: arith("/", inner(cells, row), 100)


def _binary(op: str, left: Code, right: Code) -> Code:
    return lambda cells, row: infix(op, left(cells, row), right(cells, row))


def _call(fn: Callable[..., Any], args: tuple[Code, ...]) -> Code:
    if len(args) == 1:
        (only,) = args
        return lambda cells, row: fn(only(cells, row))
    return lambda cells, row: fn(*[a(cells, row) for a in args])


class _Compiler:
    """Precedence climbing over a shape's tokens, building closures."""

    def __init__(self, tokens: list[tuple[str, Any]], sheet: str, formula: str) -> None:
        self.tokens, self.sheet, self.formula = tokens, sheet, formula
        self.pos = 0
        self.plain: dict[int, tuple[Code, Code]] = {}
        """id(code of a single-cell reference) -> (that code, code giving its value): what an
        operator reads (a one-cell range and its value are the same operand to + - * / & =)."""

    def operand(self, code: Code) -> Code:
        known = self.plain.get(id(code))
        return known[1] if known is not None and known[0] is code else code

    def peek(self) -> tuple[str, Any] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, Any]:
        tok = self.peek()
        if tok is None:
            raise UnsupportedFormula(f"{self.formula!r} ends early")
        self.pos += 1
        return tok

    def expression(self, min_power: int) -> Code:
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok is None or tok[0] != "op":
                return left
            op = tok[1]
            if op == "%":
                self.pos += 1
                left = _percent(self.operand(left))
                continue
            power = _INFIX[op]
            if power < min_power:
                return left
            self.pos += 1
            right = self.expression(power + (0 if op == "^" else 1))
            left = _binary(op, self.operand(left), self.operand(right))

    def prefix(self) -> Code:
        kind, value = self.take()
        if kind == "op" and value in ("-", "+"):
            operand = self.operand(self.expression(_PREFIX_POWER))
            if value == "-":
                return lambda cells, row: arith("*", operand(cells, row), -1)
            return lambda cells, row: arith("+", operand(cells, row), 0)
        if kind == "open":
            inner = self.expression(0)
            if self.take()[0] != "close":
                raise UnsupportedFormula(f"{self.formula!r}: expected a closing bracket")
            return inner
        if kind == "func":
            return self.call(value[:-1].upper())
        if kind == "number":
            return _const(float(value))
        if kind == "text":
            return _const(value[1:-1].replace('""', '"'))
        if kind == "bool":
            return _const(value.upper() == "TRUE")
        if kind == "error":
            return _const(XlError(value))
        if kind == "ref":
            code, plain = _reference(value, self.sheet)
            if plain is not None:
                self.plain[id(code)] = (code, plain)
            return code
        raise UnsupportedFormula(f"{self.formula!r}: cannot read {value!r}")

    def call(self, name: str) -> Code:
        fn = FUNCTIONS.get(name)
        if fn is None:
            raise UnsupportedFormula(f"{self.formula!r}: function {name} is not supported")
        args: list[Code] = []
        tok = self.peek()
        if tok is not None and tok[0] == "close":
            self.pos += 1
            return lambda _cells, _row: fn()
        while True:
            args.append(self.expression(0))
            kind, value = self.take()
            if kind == "sep":
                continue
            if kind == "close":
                return _call(fn, tuple(args))
            raise UnsupportedFormula(f"{self.formula!r}: unexpected {value!r}")


__all__ = ["Cells", "Code", "Shape", "ShapeCache", "compile_shape", "shape", "tokenize"]
