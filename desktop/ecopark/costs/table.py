"""The cost table: defaults from ``data/cost_table.json`` overlaid with
``park.settings["cost_table"]``.

The defaults are planning-stage figures whose basis docs/cost-table.md states; they live in a
data file so a reviewer changes a figure without touching a formula.
"""

from __future__ import annotations

import copy
import json
import math
from importlib import resources
from typing import Any

from ecopark.model import EcoParkError, Park


class CostTableError(EcoParkError):
    """The park's cost table, subsidy rate or schedule settings hold an unusable value."""


def _load_defaults() -> tuple[dict[str, Any], dict[str, str]]:
    text = resources.files("ecopark.costs").joinpath("data/cost_table.json").read_text("utf-8")
    data = json.loads(text)
    table = {key: data[key] for key in ("pipelines", "facilities", "boiler_replacement")}
    return table, dict(data["capacity_unit"])


DEFAULT_COST_TABLE, FACILITY_CAPACITY_UNIT = _load_defaults()
"""The default unit costs (10⁴ RMB) and the capacity each facility kind is priced by."""


def cost_table(park: Park) -> dict[str, Any]:
    """The defaults overlaid with ``park.settings["cost_table"]`` (checked: numbers >= 0)."""
    table = copy.deepcopy(DEFAULT_COST_TABLE)
    user = park.settings.get("cost_table") or {}
    if not isinstance(user, dict):
        raise CostTableError("park setting cost_table must be a table of unit costs")
    for medium, classes in (user.get("pipelines") or {}).items():
        if medium not in table["pipelines"]:
            raise CostTableError(f"cost table: unknown pipeline medium {medium!r}")
        table["pipelines"][medium] = _diameter_classes(medium, classes)
    for kind, cost in (user.get("facilities") or {}).items():
        if kind not in table["facilities"]:
            raise CostTableError(f"cost table: unknown facility kind {kind!r}")
        table["facilities"][kind] = check_cost(f"facilities.{kind}", cost)
    if "boiler_replacement" in user:
        table["boiler_replacement"] = check_cost("boiler_replacement", user["boiler_replacement"])
    return table


def check_cost(where: str, value: Any) -> float:
    """``value`` as a unit cost (a finite number >= 0), else :class:`CostTableError`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CostTableError(f"cost table {where}: {value!r} is not a number of 10⁴ RMB")
    if value < 0:
        raise CostTableError(f"cost table {where}: a unit cost cannot be negative ({value})")
    return float(value)


def _diameter_classes(medium: str, classes: Any) -> list[list[Any]]:
    if not isinstance(classes, list) or not classes:
        raise CostTableError(f"cost table pipelines.{medium}: give [[max DN mm, cost], ...]")
    out: list[list[Any]] = []
    for entry in classes:
        if not isinstance(entry, list | tuple) or len(entry) != 2:
            raise CostTableError(f"cost table pipelines.{medium}: {entry!r} is not [DN, cost]")
        dn = None if entry[0] is None else check_cost(f"pipelines.{medium} DN", entry[0])
        out.append([dn, check_cost(f"pipelines.{medium}", entry[1])])
    out.sort(key=lambda e: math.inf if e[0] is None else e[0])
    if out[-1][0] is not None:
        out.append([None, out[-1][1]])
    return out
