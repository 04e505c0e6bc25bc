"""Park targets (indicator, target value, target year) and their attainment.

A CTIP work plan lists, per indicator, a baseline value and a target (seed 004 Table A2); half
of the subsidy is paid on approval, the rest once at least 90 % of the targets are met (seed 004
§3.2.3). Targets live in ``park.settings["targets"]`` = {plan scenario id: [{programme, id,
value, change_pct, year, note}]}; ``value`` may be empty when the target is a change against the
baseline only (``change_pct``, e.g. Rizhao's water intensity "-30 %"). A monitoring scenario (the
actual values of a year) is judged against the targets of ``settings["monitoring_plan"][its
id]``, or else of the first plan that has targets; a plan with targets is judged against its own.

Judging: the row's comparator says which direction is better (">=": at least the target;
"<=" or "<": at most). A target whose indicator cannot be computed counts as not met (a panel
cannot credit a figure nobody measured); ``no_data`` says how many.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ecopark.indicators.sets import PROGRAMMES, read_rows

TARGETS_SETTING = "targets"
MONITORING_SETTING = "monitoring_plan"
SECOND_TRANCHE_SHARE = 0.9
"""Share of targets to meet before the second half of the CTIP subsidy (seed 004 §3.2.3)."""
EXAMPLE_SETS: dict[str, str] = {
    "tianjin_etdz": "Tianjin ETDZ (seed 004 Table A2)",
    "rizhao_etdz": "Rizhao ETDZ (seed 004 Table A2)",
}


@dataclass(frozen=True)
class Target:
    programme: str
    indicator_id: str
    value: float | None = None
    change_pct: float | None = None
    year: int | None = None
    note: str = ""

    def to_setting(self) -> dict[str, Any]:
        return {
            "programme": self.programme,
            "id": self.indicator_id,
            "value": self.value,
            "change_pct": self.change_pct,
            "year": self.year,
            "note": self.note,
        }


@dataclass(frozen=True)
class Judged:
    """A target with the scenario's value and whether it is met."""

    target: Target
    name: str
    unit: str
    comparator: str
    target_value: float | None
    """The value to reach: ``target.value``, else baseline x (1 + change_pct / 100)."""
    value: float | None
    baseline_value: float | None
    met: bool | None
    """None when the value or the target value cannot be computed (counts as not met)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "programme": self.target.programme,
            "id": self.target.indicator_id,
            "name": self.name,
            "unit": self.unit,
            "target": self.target_value,
            "target_value_entered": self.target.value,
            "change_pct": self.target.change_pct,
            "target_year": self.target.year,
            "value": self.value,
            "baseline_value": self.baseline_value,
            "comparator": self.comparator,
            "met": self.met,
            "note": self.target.note,
        }


@dataclass(frozen=True)
class Attainment:
    share_met: float
    second_tranche_due: bool
    met: int
    total: int
    no_data: int

    def to_json(self) -> dict[str, Any]:
        return {
            "share_met": self.share_met,
            "second_tranche_due": self.second_tranche_due,
            "met": self.met,
            "total": self.total,
            "no_data": self.no_data,
        }


def _num(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def target_from(raw: Any) -> Target | None:
    """A target from its settings entry; None when unusable (never stops an evaluation)."""
    if not isinstance(raw, Mapping):
        return None
    programme = str(raw.get("programme") or "ctip")
    iid = str(raw.get("id") or "").strip()
    value, change = _num(raw.get("value")), _num(raw.get("change_pct"))
    if programme not in PROGRAMMES or not iid or (value is None and change is None):
        return None
    year = _num(raw.get("year"))
    return Target(programme, iid, value, change, int(year) if year else None,
                  str(raw.get("note") or ""))  # fmt: skip


def scenario_targets(settings: Mapping[str, Any], scenario_id: str) -> list[Target]:
    raw = settings.get(TARGETS_SETTING)
    entries = raw.get(scenario_id) if isinstance(raw, Mapping) else None
    if not isinstance(entries, list):
        return []
    return [t for t in (target_from(e) for e in entries) if t is not None]


def targets_for(park: Any, scenario_id: str) -> tuple[str | None, list[Target]]:
    """(scenario whose targets apply, the targets) for judging ``scenario_id``."""
    own = scenario_targets(park.settings, scenario_id)
    if own:
        return scenario_id, own
    if park.scenario(scenario_id).info.kind != "monitoring":
        return None, []
    chosen = park.settings.get(MONITORING_SETTING)
    plan = chosen.get(scenario_id) if isinstance(chosen, Mapping) else None
    if isinstance(plan, str) and plan in park.scenarios:
        return plan, scenario_targets(park.settings, plan)
    for sid, s in park.scenarios.items():
        if s.info.kind == "plan" and scenario_targets(park.settings, sid):
            return sid, scenario_targets(park.settings, sid)
    return None, []


Lookup = Callable[[str, str], tuple[str, str, str, float | None, float | None] | None]
"""(programme, id) -> (name, unit, comparator, value, baseline value), None if unknown."""


def judge(targets: list[Target], lookup: Lookup) -> tuple[tuple[Judged, ...], Attainment | None]:
    judged = []
    for t in targets:
        found = lookup(t.programme, t.indicator_id)
        if found is None:
            judged.append(Judged(t, t.indicator_id, "", ">=", t.value, None, None, None))
            continue
        name, unit, comparator, value, base = found
        goal = t.value
        if goal is None and t.change_pct is not None and base is not None:
            goal = base * (1.0 + t.change_pct / 100.0)
        met = None
        if value is not None and goal is not None:
            met = value >= goal if comparator == ">=" else value <= goal
        judged.append(Judged(t, name, unit, comparator, goal, value, base, met))
    if not judged:
        return (), None
    met_n = sum(1 for j in judged if j.met)
    share = met_n / len(judged)
    return tuple(judged), Attainment(
        share_met=share,
        second_tranche_due=share >= SECOND_TRANCHE_SHARE,
        met=met_n,
        total=len(judged),
        no_data=sum(1 for j in judged if j.met is None),
    )


def example_targets(name: str) -> list[Target]:
    """A shipped example target set (``data/targets/<name>.csv``): Table A2 of seed 004."""
    if name not in EXAMPLE_SETS:
        raise KeyError(f"unknown example target set {name!r} ({', '.join(EXAMPLE_SETS)})")
    out = []
    for r in read_rows(f"targets/{name}.csv"):
        t = target_from(
            {
                "programme": r["programme"],
                "id": r["indicator"],
                "value": r["target_value"],
                "change_pct": r["change_pct"],
                "year": r["target_year"],
                "note": r["note"],
            }
        )
        if t is not None:
            out.append(t)
    return out
