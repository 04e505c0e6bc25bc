"""Indicator sets as data: one CSV table per programme, shipped in ``indicators/data``.

Each row: id, English and Chinese name, unit (both languages), ``how`` (the computation, see
:mod:`ecopark.indicators.rowcalc`), comparator (the direction that is better), default threshold
(empty = the park sets its own target) and the source clause. A new edition of a standard, or a
province's own table, is a data change: edit or add a CSV. Per project, ``park.settings`` may
override thresholds (``indicator_overrides`` = {programme: {id: threshold}}) and add custom
indicators over the existing quantities (``custom_indicators`` = [{programme, id, name_en,
name_zh, unit, how, comparator, threshold}]); absent = the shipped defaults.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

PROGRAMMES: tuple[str, ...] = ("hj274", "ctip", "lowcarbon")
OVERRIDES_SETTING = "indicator_overrides"
CUSTOM_SETTING = "custom_indicators"
COMPARATORS = (">=", "<=", "<", "==")


@dataclass(frozen=True)
class IndicatorDef:
    programme: str
    id: str
    name_en: str
    name_zh: str
    unit: str
    unit_zh: str
    how: str
    comparator: str
    threshold: float | None
    source: str
    custom: bool = False
    source_zh: str = ""
    """The source clause in Chinese (the table's ``source_zh`` column; empty: derive it from the
    English one, see :func:`ecopark.indicators.explain.source_text`)."""


def _number(text: str | None) -> float | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of a shipped data table (``indicators/data/<name>``)."""
    text = resources.files("ecopark.indicators").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def shipped_set(programme: str) -> tuple[IndicatorDef, ...]:
    """The programme's table as shipped (no project overrides)."""
    return tuple(
        IndicatorDef(
            programme=programme,
            id=r["id"],
            name_en=r["name_en"],
            name_zh=r["name_zh"],
            unit=r["unit"],
            unit_zh=r["unit_zh"],
            how=r["how"],
            comparator=r["comparator"],
            threshold=_number(r["threshold"]),
            source=r["source"],
            source_zh=r.get("source_zh") or "",
        )
        for r in read_rows(f"{programme}.csv")
    )


def indicator_set(
    programme: str, settings: Mapping[str, Any] | None = None
) -> tuple[IndicatorDef, ...]:
    """The programme's indicators for a project: shipped rows with the project's threshold
    overrides, then the project's custom indicators of that programme."""
    settings = settings or {}
    rows = list(shipped_set(programme))
    overrides = settings.get(OVERRIDES_SETTING)
    mine = overrides.get(programme) if isinstance(overrides, Mapping) else None
    if isinstance(mine, Mapping):
        for i, row in enumerate(rows):
            if row.id in mine:
                value = mine[row.id]
                rows[i] = replace(row, threshold=None if value is None else _number(str(value)))
    custom = settings.get(CUSTOM_SETTING)
    if isinstance(custom, list):
        known = {r.id for r in rows}
        for c in custom:
            d = custom_def(c)
            if d is not None and d.programme == programme and d.id not in known:
                rows.append(d)
                known.add(d.id)
    return tuple(rows)


def custom_def(raw: Any) -> IndicatorDef | None:
    """A custom indicator from its settings entry; None when it is not usable (bad ``how``,
    comparator or missing id), so a damaged entry never stops an evaluation."""
    from ecopark.indicators.rowcalc import valid_how

    if not isinstance(raw, Mapping):
        return None
    iid = str(raw.get("id") or "").strip()
    how = str(raw.get("how") or "")
    comparator = str(raw.get("comparator") or ">=")
    programme = str(raw.get("programme") or "hj274")
    if not iid or not valid_how(how) or comparator not in COMPARATORS:
        return None
    if programme not in PROGRAMMES:
        return None
    name = str(raw.get("name_en") or iid)
    return IndicatorDef(
        programme=programme,
        id=iid,
        name_en=name,
        name_zh=str(raw.get("name_zh") or name),
        unit=str(raw.get("unit") or ""),
        unit_zh=str(raw.get("unit_zh") or raw.get("unit") or ""),
        how=how,
        comparator=comparator,
        threshold=_number(None if raw.get("threshold") is None else str(raw.get("threshold"))),
        source=str(raw.get("source") or "custom indicator of this project"),
        custom=True,
        source_zh=str(raw.get("source_zh") or ("" if raw.get("source") else "本项目自定义指标")),
    )


def entered_key(programme: str, indicator_id: str) -> str:
    """Key of an entered value: HJ 274 ids bare (as saved since 0.1), others prefixed."""
    return indicator_id if programme == "hj274" else f"{programme}:{indicator_id}"
