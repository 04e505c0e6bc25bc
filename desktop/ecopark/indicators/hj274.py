"""Evaluation of the programme indicator sets (HJ 274, CTIP, low-carbon) for a scenario.

The rows come from the shipped tables (:mod:`ecopark.indicators.sets`, one CSV per programme,
thresholds overridable per project); how each value is found is in
:mod:`ecopark.indicators.rowcalc`. Rules (docs/indicators.md §4):

* a row with a threshold is ``pass``/``fail``; an elasticity whose IAV did not grow is ``fail``
  ("IAV did not grow: not met") whatever the ratio;
* rows the map cannot derive take ``scenario.entered_values`` (status ``entered``, ``meets`` says
  whether the value reaches the threshold); a derivable row without data also takes an entered
  value when one exists. HJ 274 keys are bare ids ("4.4"), other programmes are prefixed
  ("ctip:5.2"). Yes/no rows (3.8 "available", 4.0 "established") are entered as 1 or 0;
* reuse ratios (2.8, 2.9; CTIP 3.1) count, for a firm that did not record its reuse, what its
  exchanges give (:mod:`ecopark.indicators.exchange_reuse`, applied in ``rowcalc.build_totals``);
* CTIP rows have no thresholds (each park sets targets): they carry the baseline value, the
  change, and the target and status from :mod:`ecopark.indicators.targets`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ecopark.indicators.results import Comparator, CtipRow, Hj274Row, Status
from ecopark.indicators.rowcalc import Computed, Totals, build_totals, compute
from ecopark.indicators.sets import IndicatorDef, entered_key, indicator_set

__all__ = ["Totals", "ctip_rows", "hj274_rows", "meets", "set_rows", "totals"]

totals = build_totals


def meets(value: float, threshold: float, comparator: str) -> bool:
    if comparator == ">=":
        return value >= threshold
    if comparator == "<=":
        return value <= threshold
    if comparator == "<":
        return value < threshold
    return value == threshold


def _row(
    spec: IndicatorDef,
    got: Computed,
    entered: Mapping[str, float],
) -> tuple[float | None, Status, bool | None, str]:
    value, note = got.value, got.note
    key = entered_key(spec.programme, spec.id)
    if got.verdict == "fail":
        return value, "fail", False, note
    if got.verdict == "not_applicable":  # the value is shown, not judged
        return value, "not_applicable", None, note
    if value is None and key in entered:
        value = float(entered[key])
        if spec.threshold is None:
            return value, "entered", None, "entered by the user"
        ok = meets(value, spec.threshold, spec.comparator)
        return (
            value,
            "entered",
            ok,
            "entered by the user; "
            + ("meets the requirement" if ok else "does not meet the requirement"),
        )
    if value is None:
        return None, "insufficient_data", None, note
    if spec.threshold is None:
        return value, "no_target", None, note
    ok = meets(value, spec.threshold, spec.comparator)
    return value, ("pass" if ok else "fail"), ok, note


def set_rows(
    programme: str,
    settings: Mapping[str, Any],
    now: Totals,
    baseline: Totals | None,
    baseline_note: str,
    entered: Mapping[str, float],
) -> tuple[Hj274Row, ...]:
    """Evaluate every row of a programme's set (with the project's overrides)."""
    rows = []
    for spec in indicator_set(programme, settings):
        value, status, ok, note = _row(spec, compute(spec.how, now, baseline, baseline_note),
                                       entered)  # fmt: skip
        rows.append(
            Hj274Row(
                id=spec.id,
                name=spec.name_en,
                unit=spec.unit,
                value=value,
                threshold=spec.threshold,
                comparator=_comparator(spec.comparator),
                status=status,
                meets=ok,
                note=note,
                source=spec.source,
            )
        )
    return tuple(rows)


def _comparator(text: str) -> Comparator:
    return text if text in (">=", "<=", "<", "==") else ">="  # type: ignore[return-value]


def hj274_rows(
    now: Totals,
    baseline: Totals | None,
    baseline_note: str,
    entered: Mapping[str, float],
    settings: Mapping[str, Any] | None = None,
) -> tuple[Hj274Row, ...]:
    """HJ 274-2009 (amended 2012), numbered as seed 004 Table 1."""
    return set_rows("hj274", settings or {}, now, baseline, baseline_note, entered)


def ctip_rows(
    now: Totals,
    baseline: Totals | None,
    entered: Mapping[str, float] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> tuple[CtipRow, ...]:
    """CTIP Table 2 (seed 004): value, baseline value and change of each of the 22 rows.
    Targets and their status are added by :func:`ecopark.indicators.targets.judge`."""
    settings = settings or {}
    entered = entered or {}
    rows = []
    for spec in indicator_set("ctip", settings):
        value, status, _, note = _row(spec, compute(spec.how, now, None, ""), entered)
        base = None
        if baseline is not None:
            base = compute(spec.how, baseline, None, "").value
        change = None
        if value is not None and base is not None and base != 0:
            change = 100.0 * (value - base) / base
        rows.append(
            CtipRow(
                id=spec.id,
                name=spec.name_en,
                unit=spec.unit,
                value=value,
                baseline_value=base,
                change_pct=change,
                note=note,
                comparator=_comparator(spec.comparator),
                status=status,
            )
        )
    return tuple(rows)
