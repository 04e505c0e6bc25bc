"""Per-site carrier columns for the indicator state (``ScenarioState.num``).

Kept here so the indicator state needs only a few hook lines: :func:`put_recorded` writes a
firm's or facility's recorded carriers and emissions into the state's float columns (NaN = not
recorded) and derives ``energy_tce`` from the carriers when any is recorded (the typed value is
kept in ``typed_energy_tce`` for the check in :func:`energy_disagreements`).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ecopark.carbon.carriers import BOILER_FUELS, CARRIERS, RECORDED_FIELDS
from ecopark.carbon.factors import FactorTable

SITE_COLUMNS: tuple[str, ...] = (
    *RECORDED_FIELDS,
    "boiler_fuel",
    "boiler_efficiency",
    "typed_energy_tce",
)
"""Extra float columns the state keeps per site; ``boiler_fuel`` is an index into BOILER_FUELS
(-1 = derive from the carriers)."""

ENERGY_AGREEMENT_RTOL = 0.05
"""A typed energy_tce within 5 % of the carriers' total agrees (rounding of statistics)."""


def derived_tce(values: dict[str, float | None], factors: FactorTable) -> float | None:
    """Σ carrier × its standard-coal factor over the recorded carriers; None when none is."""
    total = 0.0
    seen = False
    for c in CARRIERS:
        v = values.get(c.field)
        if v is not None and not (isinstance(v, float) and math.isnan(v)):
            total += float(v) * factors[c.tce_factor]
            seen = True
    return total if seen else None


def put_recorded(num: dict[str, np.ndarray], slot: int, obj: Any, factors: FactorTable) -> None:
    """Copy ``obj``'s recorded carriers into the state columns and derive energy_tce."""
    values = {name: getattr(obj, name, None) for name in RECORDED_FIELDS}
    for name, v in values.items():
        num[name][slot] = math.nan if v is None else float(v)
    fuel = getattr(obj, "boiler_fuel", "") or ""
    num["boiler_fuel"][slot] = BOILER_FUELS.index(fuel) if fuel in BOILER_FUELS else -1
    eff = getattr(obj, "boiler_efficiency", None)
    num["boiler_efficiency"][slot] = math.nan if eff is None else float(eff)
    typed = getattr(obj, "energy_tce", None)
    num["typed_energy_tce"][slot] = math.nan if typed is None else float(typed)
    derived = derived_tce(values, factors)
    if derived is not None and getattr(obj, "firm_id", None) is not None:
        num["energy_tce"][slot] = derived


def put_recorded_many(
    num: dict[str, np.ndarray], slots: np.ndarray, objects: list[Any], factors: FactorTable
) -> None:
    """:func:`put_recorded` for many objects at once (a scenario's state is built from tens of
    thousands of firms); the same values, the carriers summed in the same order."""

    def column(name: str) -> np.ndarray:
        # None reads as NaN in a float array, as put_recorded stores it
        return np.array([getattr(o, name, None) for o in objects], dtype=float)

    values = {name: column(name) for name in RECORDED_FIELDS}
    for name, v in values.items():
        num[name][slots] = v
    fuels = [getattr(o, "boiler_fuel", "") or "" for o in objects]
    num["boiler_fuel"][slots] = [BOILER_FUELS.index(f) if f in BOILER_FUELS else -1 for f in fuels]
    num["boiler_efficiency"][slots] = column("boiler_efficiency")
    num["typed_energy_tce"][slots] = column("energy_tce")
    total = np.zeros(len(objects))
    seen = np.zeros(len(objects), dtype=bool)
    for c in CARRIERS:
        v = values[c.field]
        known = ~np.isnan(v)
        total = np.where(known, total + v * factors[c.tce_factor], total)
        seen |= known
    is_firm = np.array([getattr(o, "firm_id", None) is not None for o in objects], dtype=bool)
    take = seen & is_firm
    num["energy_tce"][slots[take]] = total[take]


def energy_disagreements(objects: Any, factors: FactorTable) -> list[tuple[str, float, float]]:
    """(id, typed tce, carriers' tce) of firms whose typed energy_tce disagrees with the
    carriers by more than ENERGY_AGREEMENT_RTOL."""
    out = []
    for obj in objects:
        typed = getattr(obj, "energy_tce", None)
        if typed is None:
            continue
        derived = derived_tce({c.field: getattr(obj, c.field, None) for c in CARRIERS}, factors)
        if derived is None:
            continue
        if (
            abs(typed - derived) > ENERGY_AGREEMENT_RTOL * max(abs(derived), 1e-9)
            and abs(typed - derived) > 0.5
        ):
            out.append((obj.id, float(typed), derived))
    return out


__all__ = [
    "ENERGY_AGREEMENT_RTOL",
    "SITE_COLUMNS",
    "derived_tce",
    "energy_disagreements",
    "put_recorded",
]
