"""The field calculator: set one field of many objects from an expression, as one undo step.

Expressions are Python-like arithmetic over the object's fields (``iav_10k_rmb / plot_area_m2
* 666.67``), with ``$area``, ``$length``, ``$x``, ``$y`` of the geometry (metres, park CRS),
comparisons, ``a if cond else b`` and a few functions (round, abs, min, max, sqrt, floor, ceil,
log, exp, int, float, str, len, upper, lower, concat). They are parsed into an AST that is
checked node by node against a whitelist and evaluated by this module's own interpreter:
nothing is passed to ``eval``, no attribute, item or import is reachable, and powers and string
repetition are bounded, so a typed expression cannot run code or hang the program.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ecopark.commands import ReplaceObjects
from ecopark.model import Park, ParkObject
from ecopark.model.errors import InvalidValueError, ValidationError

MAX_POWER = 100.0
MAX_TEXT = 10_000

_BIN: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_CMP: dict[type, Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
FUNCTIONS: dict[str, Callable[..., Any]] = {
    "round": round,
    "abs": abs,
    "min": min,
    "max": max,
    "sqrt": math.sqrt,
    "floor": math.floor,
    "ceil": math.ceil,
    "log": math.log,
    "exp": math.exp,
    "int": int,
    "float": float,
    "str": str,
    "len": len,
    "upper": lambda s: str(s).upper(),
    "lower": lambda s: str(s).lower(),
    "concat": lambda *parts: "".join(str(p) for p in parts),
}
CONSTANTS = {"pi": math.pi, "True": True, "False": False, "None": None}


class ExpressionError(InvalidValueError):
    """An expression that cannot be read or evaluated, said in words."""


def parse(expression: str) -> ast.Expression:
    """Parse and check ``expression``; raises :class:`ExpressionError` naming what is refused."""
    text = expression.replace("$", "geom_").strip()
    if not text:
        raise ExpressionError("type an expression, e.g. iav_10k_rmb * 1.1")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"cannot read the expression: {exc.msg}") from None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise ExpressionError(
                    f"unknown function {ast.unparse(node.func)}; use {', '.join(FUNCTIONS)}"
                )
            if node.keywords:
                raise ExpressionError("functions take plain arguments here (no name=value)")
        elif not isinstance(node, _ALLOWED):
            raise ExpressionError(f"{type(node).__name__} is not allowed in a field expression")
    return tree


_ALLOWED = (
    ast.Expression, ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Constant,
    ast.Name, ast.Load, ast.Call, ast.And, ast.Or, ast.Not, ast.USub, ast.UAdd,
    *_BIN, *_CMP,
)  # fmt: skip


def evaluate(tree: ast.Expression, names: Mapping[str, Any]) -> Any:
    return _eval(tree.body, names)


def _eval(node: ast.AST, names: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in names:
            return names[node.id]
        if node.id in CONSTANTS:
            return CONSTANTS[node.id]
        raise ExpressionError(f"unknown field {node.id!r}")
    if isinstance(node, ast.BinOp):
        a, b = _eval(node.left, names), _eval(node.right, names)
        if isinstance(node.op, ast.Pow) and isinstance(b, int | float) and abs(b) > MAX_POWER:
            raise ExpressionError(f"power {b} is too large")
        if isinstance(node.op, ast.Mult) and (isinstance(a, str) or isinstance(b, str)):
            text, count = (a, b) if isinstance(a, str) else (b, a)
            if isinstance(count, int) and abs(count) * len(str(text)) > MAX_TEXT:
                raise ExpressionError("the text would be too long")
        try:
            return _BIN[type(node.op)](a, b)
        except ZeroDivisionError:
            raise ExpressionError("division by zero") from None
        except TypeError as exc:
            raise ExpressionError(f"cannot combine these values: {exc}") from None
    if isinstance(node, ast.UnaryOp):
        v = _eval(node.operand, names)
        if isinstance(node.op, ast.Not):
            return not v
        return -v if isinstance(node.op, ast.USub) else +v
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            result: Any = True
            for value in node.values:
                result = _eval(value, names)
                if not result:
                    return result
            return result
        result = False
        for value in node.values:
            result = _eval(value, names)
            if result:
                return result
        return result
    if isinstance(node, ast.Compare):
        left = _eval(node.left, names)
        for op, comp in zip(node.ops, node.comparators, strict=True):
            right = _eval(comp, names)
            if not _CMP[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.IfExp):
        return _eval(node.body if _eval(node.test, names) else node.orelse, names)
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        args = [_eval(a, names) for a in node.args]
        try:
            return FUNCTIONS[node.func.id](*args)
        except (TypeError, ValueError, OverflowError) as exc:
            raise ExpressionError(f"{node.func.id}(): {exc}") from None
    raise ExpressionError(f"{type(node).__name__} is not allowed")  # parse() stops these


def object_names(obj: ParkObject) -> dict[str, Any]:
    """The names an expression sees for ``obj``: its fields and its geometry's measures."""
    # every field, not vars(obj): a loaded object's dictionary leaves out class defaults
    names: dict[str, Any] = {k: v for k, v in obj.to_record().items() if k != "geometry"}
    geom = getattr(obj, "geometry", None)
    if geom is not None:
        names["geom_area"] = float(geom.area)
        names["geom_length"] = float(geom.length)
        c = geom.centroid
        names["geom_x"], names["geom_y"] = float(c.x), float(c.y)
    return names


def _coerce(value: Any, current: Any, field: str) -> Any:
    if isinstance(current, bool):
        return bool(value)
    if isinstance(current, int) and not isinstance(current, bool):
        if isinstance(value, float) and not value.is_integer():
            raise ExpressionError(f"{field} takes whole numbers; wrap the expression in round()")
        return int(value)
    if isinstance(current, float) or current is None:
        if value is None:
            return None
        if isinstance(value, str):
            raise ExpressionError(f"{field} takes numbers, the expression gives text")
        return float(value)
    return "" if value is None else str(value)


def calculate_command(
    park: Park,
    scenario_id: str,
    layer: str,
    field: str,
    expression: str,
    ids: Iterable[str] | None = None,
) -> ReplaceObjects:
    """One undoable command setting ``field`` of the objects ``ids`` (default: all of the layer)
    to the expression's value. Nothing changes if any object fails: the message names it."""
    scenario = park.scenario(scenario_id)
    objects = scenario.layers[layer]
    chosen = list(objects) if ids is None else list(ids)
    if not chosen:
        raise ExpressionError("no objects to calculate")
    sample = objects[chosen[0]]
    if field not in sample.to_record() or field in ("geometry", sample.ID_FIELD):
        raise ExpressionError(f"{layer} have no editable field {field!r}")
    tree = parse(expression)
    new_objects: list[ParkObject] = []
    for oid in chosen:
        obj = objects[oid]
        try:
            value = _coerce(evaluate(tree, object_names(obj)), getattr(obj, field), field)
            if value != getattr(obj, field):
                new_objects.append(obj.with_changes(**{field: value}))
        except (ExpressionError, ValidationError) as exc:
            raise ExpressionError(f"{obj.label}: {exc}") from None
    return ReplaceObjects(scenario_id, new_objects, f"Calculate {field} = {expression.strip()}")


__all__ = ["FUNCTIONS", "ExpressionError", "calculate_command", "evaluate", "parse"]
