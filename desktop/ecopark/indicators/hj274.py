"""HJ 274-2009 (as amended 2012) evaluation of a scenario, and the CTIP resource-output rates.

Rules (docs/indicators.md):

* Per-IAV rows (2.1, 2.3, 2.5, 2.6, 3.1, 3.3) divide the quantity summed over the firms that
  recorded it by the IAV of those same firms, so a firm without a figure neither adds zero
  consumption nor dilutes the ratio; the note says how many firms recorded it. No firm recorded
  it (or their IAV is 0): insufficient_data.
* Reuse ratios (2.7, 2.8) use the firms that recorded both quantities; exchanges fill in a reuse
  figure a firm did not record (:mod:`ecopark.indicators.exchange_reuse`).
* Elasticities (2.2, 2.4, 3.2, 3.4) = growth of the park total / growth of total IAV, from the
  park's baseline scenario to this one; insufficient_data for the baseline itself, without a
  baseline, or when a growth rate is undefined (zero base or no IAV growth).
* Rows the map cannot derive (3.5-3.8, 4.1-4.5) come from ``scenario.entered_values``: status
  ``entered`` with ``meets`` telling whether the value reaches the threshold; absent values give
  insufficient_data. A derivable row without data also takes an entered value when there is one.
  Yes/no rows (3.8 "available") are entered as 1 (yes) or 0 (no).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ecopark.indicators.exchange_reuse import reused_with_exchanges
from ecopark.indicators.results import Comparator, CtipRow, Hj274Row, Status
from ecopark.indicators.state import ScenarioState


@dataclass(frozen=True)
class RowSpec:
    id: str
    name: str
    unit: str
    threshold: float
    comparator: Comparator
    source: str
    """how the value is found: per_capita, land, per_iav:<field>, elasticity:<field>,
    reuse:<reused>/<generated>, entered"""


HJ274_ROWS: tuple[RowSpec, ...] = (
    RowSpec("1.1", "IAV per capita", "10^4 RMB/person", 15, ">=", "per_capita"),
    RowSpec("1.2", "IAV per industrial land area", "10^8 RMB/km²", 9, ">=", "land"),
    RowSpec("2.1", "Energy consumption per IAV", "tce/10^4 RMB", 0.5, "<=", "per_iav:energy_tce"),
    RowSpec("2.2", "Elasticity coefficient of energy consumption", "-", 0.6, "<",
            "elasticity:energy_tce"),
    RowSpec("2.3", "Fresh water consumption per IAV", "m³/10^4 RMB", 9, "<=",
            "per_iav:fresh_water_m3"),
    RowSpec("2.4", "Elasticity coefficient of fresh water consumption", "-", 0.55, "<",
            "elasticity:fresh_water_m3"),
    RowSpec("2.5", "Industrial wastewater generation per IAV", "t/10^4 RMB", 8, "<=",
            "per_iav:wastewater_t"),
    RowSpec("2.6", "Solid waste generation per IAV", "t/10^4 RMB", 0.1, "<=",
            "per_iav:solid_waste_t"),
    RowSpec("2.7", "Industrial water reuse ratio", "%", 75, ">=",
            "reuse:water_reused_m3/fresh_water_m3"),
    RowSpec("2.8", "Industrial solid waste reuse ratio", "%", 85, ">=",
            "reuse:solid_waste_reused_t/solid_waste_t"),
    RowSpec("3.1", "COD emission per IAV", "kg/10^4 RMB", 1, "<=", "per_iav:cod_kg"),
    RowSpec("3.2", "Elasticity coefficient of COD emission", "-", 0.3, "<", "elasticity:cod_kg"),
    RowSpec("3.3", "SO2 emission per IAV", "kg/10^4 RMB", 1, "<=", "per_iav:so2_kg"),
    RowSpec("3.4", "Elasticity coefficient of SO2 emission", "-", 0.2, "<", "elasticity:so2_kg"),
    RowSpec("3.5", "Disposal rate of hazardous solid waste", "%", 100, ">=", "entered"),
    RowSpec("3.6", "Central treatment rate of domestic wastewater", "%", 85, ">=", "entered"),
    RowSpec("3.7", "Safe treatment rate of domestic refuse", "%", 100, ">=", "entered"),
    RowSpec("3.8", "Waste collection and disposal system (1 = available)", "-", 1, ">=",
            "entered"),
    RowSpec("4.1", "Eco-industrial information platform", "%", 100, ">=", "entered"),
    RowSpec("4.2", "Environmental report release", "issue/year", 1, ">=", "entered"),
    RowSpec("4.3", "Cleaner production audit in heavy-polluting firms", "%", 100, ">=",
            "entered"),
    RowSpec("4.4", "Public satisfaction with local environmental quality", "%", 90, ">=",
            "entered"),
    RowSpec("4.5", "Public awareness of eco-industrial development", "%", 90, ">=", "entered"),
)  # fmt: skip

OPTIONAL_FIELDS: tuple[str, ...] = (
    "energy_tce",
    "fresh_water_m3",
    "water_reused_m3",
    "wastewater_t",
    "solid_waste_t",
    "solid_waste_reused_t",
    "cod_kg",
    "so2_kg",
)


@dataclass(frozen=True)
class Recorded:
    """A quantity summed over the firms that recorded it, with those firms' IAV."""

    total: float
    iav_10k_rmb: float
    firms: int


@dataclass(frozen=True)
class Totals:
    firms: int
    iav_10k_rmb: float
    employees: float
    recorded: dict[str, Recorded]
    pairs: dict[str, tuple[float, float, int]]
    """'reused/generated' -> (reused, generated, firms) over firms that recorded both."""
    land_output: float | None
    industrial_area_km2: float
    iav_on_industrial_10k_rmb: float
    industrial_overlap_km2: float = 0.0


def totals(state: ScenarioState, land_output: float | None, industrial_area_km2: float,
           iav_on_industrial: float, industrial_overlap_km2: float = 0.0) -> Totals:  # fmt: skip
    firms = state.firm_slots()
    iav = state.num["iav_10k_rmb"][firms]
    recorded = {}
    for f in OPTIONAL_FIELDS:
        v = state.num[f][firms]
        k = ~np.isnan(v)
        recorded[f] = Recorded(float(v[k].sum()), float(iav[k].sum()), int(k.sum()))
    pairs = {}
    for spec in HJ274_ROWS:
        if spec.source.startswith("reuse:"):
            a, b = spec.source[6:].split("/")
            va = reused_with_exchanges(state, a, b, firms)  # exchanges fill unrecorded reuse
            vb = state.num[b][firms]
            k = ~np.isnan(va) & ~np.isnan(vb)
            pairs[spec.source[6:]] = (float(va[k].sum()), float(vb[k].sum()), int(k.sum()))
    return Totals(
        firms=len(firms),
        iav_10k_rmb=float(iav.sum()),
        employees=float(state.num["employees"][firms].sum()),
        recorded=recorded,
        pairs=pairs,
        land_output=land_output,
        industrial_area_km2=industrial_area_km2,
        iav_on_industrial_10k_rmb=iav_on_industrial,
        industrial_overlap_km2=industrial_overlap_km2,
    )


def meets(value: float, threshold: float, comparator: Comparator) -> bool:
    if comparator == ">=":
        return value >= threshold
    if comparator == "<=":
        return value <= threshold
    if comparator == "<":
        return value < threshold
    return value == threshold


def hj274_rows(
    now: Totals,
    baseline: Totals | None,
    baseline_note: str,
    entered: dict[str, float],
) -> tuple[Hj274Row, ...]:
    """Evaluate every row. ``baseline`` is None when this scenario is the baseline or the park
    has none; ``baseline_note`` then says which."""
    rows = []
    for spec in HJ274_ROWS:
        value, note = _derive(spec, now, baseline, baseline_note)
        status: Status
        if value is not None:
            ok = meets(value, spec.threshold, spec.comparator)
            status = "pass" if ok else "fail"
        elif spec.id in entered:
            value = float(entered[spec.id])
            ok = meets(value, spec.threshold, spec.comparator)
            status = "entered"
            note = "entered by the user; " + (
                "meets the requirement" if ok else "does not meet the requirement"
            )
        else:
            ok = None
            status = "insufficient_data"
        rows.append(
            Hj274Row(
                id=spec.id,
                name=spec.name,
                unit=spec.unit,
                value=value,
                threshold=float(spec.threshold),
                comparator=spec.comparator,
                status=status,
                meets=ok,
                note=note,
            )
        )
    return tuple(rows)


def _derive(
    spec: RowSpec, now: Totals, baseline: Totals | None, baseline_note: str
) -> tuple[float | None, str]:
    src = spec.source
    if src == "entered":
        return None, "enter this value (the map cannot derive it)"
    if src == "per_capita":
        if now.employees <= 0:
            return None, "no employees recorded"
        return now.iav_10k_rmb / now.employees, f"{now.firms} firms"
    if src == "land":
        if now.land_output is None:
            return None, "no industrial land"
        note = f"{now.industrial_area_km2:.3f} km² industrial land"
        if now.industrial_overlap_km2 >= 0.0005:  # shows as at least 0.001 km²
            note += f" ({now.industrial_overlap_km2:.3f} km² where zones overlap counted once)"
        return now.land_output, note
    if src.startswith("per_iav:"):
        rec = now.recorded[src[8:]]
        if rec.firms == 0:
            return None, "no firm recorded this quantity"
        if rec.iav_10k_rmb <= 0:
            return None, "firms that recorded it have no IAV"
        return rec.total / rec.iav_10k_rmb, f"{rec.firms} of {now.firms} firms recorded it"
    if src.startswith("reuse:"):
        reused, generated, n = now.pairs[src[6:]]
        key = src[6:].split("/")
        if n == 0:
            return None, "no firm recorded both quantities"
        denominator = reused + generated if key[1] == "fresh_water_m3" else generated
        if denominator <= 0:
            return None, "nothing generated"
        return 100.0 * reused / denominator, f"{n} of {now.firms} firms recorded both"
    if src.startswith("elasticity:"):
        if baseline is None:
            return None, baseline_note
        return _elasticity(now, baseline, src[11:])
    raise ValueError(src)


def _elasticity(now: Totals, base: Totals, field: str) -> tuple[float | None, str]:
    q_now, q_base = now.recorded[field], base.recorded[field]
    if q_now.firms == 0 or q_base.firms == 0:
        return None, "not recorded in both the baseline and this scenario"
    if q_base.total <= 0 or base.iav_10k_rmb <= 0:
        return None, "baseline total is zero"
    g_iav = (now.iav_10k_rmb - base.iav_10k_rmb) / base.iav_10k_rmb
    if g_iav == 0:
        return None, "IAV does not change from the baseline"
    g_q = (q_now.total - q_base.total) / q_base.total
    note = f"quantity {g_q:+.1%}, IAV {g_iav:+.1%} vs baseline"
    if q_now.firms != now.firms or q_base.firms != base.firms:
        note += " (some firms not recorded)"
    return g_q / g_iav, note


CTIP_ROWS: tuple[tuple[str, str, str], ...] = (
    ("land", "Output rate of land (IAV per industrial land)", "RMB/km²"),
    ("energy", "Output rate of energy (IAV per energy use)", "RMB/tce"),
    ("water", "Output rate of water (IAV per fresh water use)", "RMB/m³"),
)


def _ctip_value(key: str, t: Totals) -> float | None:
    if key == "land":
        if t.industrial_area_km2 <= 0:
            return None
        return t.iav_on_industrial_10k_rmb * 1e4 / t.industrial_area_km2
    rec = t.recorded["energy_tce" if key == "energy" else "fresh_water_m3"]
    if rec.firms == 0 or rec.total <= 0:
        return None
    return rec.iav_10k_rmb * 1e4 / rec.total


def ctip_rows(now: Totals, baseline: Totals | None) -> tuple[CtipRow, ...]:
    rows = []
    for key, name, unit in CTIP_ROWS:
        value = _ctip_value(key, now)
        base = _ctip_value(key, baseline) if baseline is not None else None
        change = None
        if value is not None and base is not None and base != 0:
            change = 100.0 * (value - base) / base
        rows.append(
            CtipRow(
                id=key,
                name=name,
                unit=unit,
                value=value,
                baseline_value=base,
                change_pct=change,
                note="IAV used as output value",
            )
        )
    return tuple(rows)
