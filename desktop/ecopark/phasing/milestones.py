"""Milestone years of a plan and its targets by year (docs/phasing.md, "Targets by year").

A plan's targets (``ecopark.indicators.targets``) say where an indicator must be in their target
year. A work plan also states where it should be in each milestone year on the way: the interim
target of year Y is the straight line from the baseline value (in the baseline year) to the
target (in its target year, else the plan year), reached and then held. The value of year Y is
the indicator of the park as it stands in Y (:class:`ecopark.phasing.timeline.Timeline`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ecopark.indicators import ScenarioResult
from ecopark.indicators.targets import Judged
from ecopark.model import Park
from ecopark.phasing.timeline import Timeline
from ecopark.phasing.years import effective_years, plan_span

MILESTONES_SETTING = "milestone_years"
"""``park.settings["milestone_years"]`` = {plan scenario id: [years]} (optional)."""


def milestone_years(park: Park, scenario_id: str) -> list[int]:
    """The plan's milestone years: as set in the file, else every year in which planned objects
    enter service, and the plan year (a three-year plan 2028-2030 gives 2028, 2029, 2030)."""
    first, last = plan_span(park, scenario_id)
    raw = park.settings.get(MILESTONES_SETTING)
    chosen = raw.get(scenario_id) if isinstance(raw, Mapping) else None
    if isinstance(chosen, list):
        ok = [y for y in chosen if isinstance(y, int | float) and first <= y <= last]
        years = sorted({int(y) for y in ok})
        if years:
            return years
    entering = {y for y in effective_years(park, scenario_id).values() if first < y <= last}
    return sorted(entering | {last})


def interim_target(
    baseline_value: float | None,
    final: float | None,
    base_year: int,
    target_year: int,
    year: int,
) -> float | None:
    """The target of ``year`` on the straight line baseline → final (held after the target
    year); without a baseline value only the target year has one."""
    if final is None:
        return None
    if year >= target_year:
        return final
    if baseline_value is None or target_year <= base_year:
        return None
    share = max(0.0, (year - base_year) / (target_year - base_year))
    return baseline_value + (final - baseline_value) * share


def is_met(comparator: str, value: float | None, goal: float | None) -> bool | None:
    if value is None or goal is None:
        return None
    return value >= goal if comparator == ">=" else value <= goal


@dataclass(frozen=True)
class YearCell:
    year: int
    target: float | None
    value: float | None
    met: bool | None

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "target": self.target, "value": self.value, "met": self.met}


@dataclass(frozen=True)
class TargetByYear:
    """One target of the plan with its interim target and projected value per milestone year."""

    programme: str
    indicator_id: str
    name: str
    unit: str
    comparator: str
    baseline_value: float | None
    final_target: float | None
    target_year: int
    cells: tuple[YearCell, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "programme": self.programme,
            "id": self.indicator_id,
            "name": self.name,
            "unit": self.unit,
            "comparator": self.comparator,
            "baseline_value": self.baseline_value,
            "target": self.final_target,
            "target_year": self.target_year,
            "years": [c.to_json() for c in self.cells],
        }


@dataclass(frozen=True)
class TargetsByYear:
    scenario_id: str
    base_year: int
    years: tuple[int, ...]
    rows: tuple[TargetByYear, ...]
    met_by_year: dict[int, tuple[int, int]]
    """{year: (targets met, targets)} with that year's interim targets."""

    def to_json(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario_id,
            "baseline_year": self.base_year,
            "years": list(self.years),
            "targets": [r.to_json() for r in self.rows],
            "met_by_year": {str(y): {"met": m, "total": t} for y, (m, t) in
                            self.met_by_year.items()},  # fmt: skip
        }


def year_row(judged: Judged, base_year: int, plan_year: int) -> tuple[str, int]:
    """(comparator, target year) of a judged target."""
    return judged.comparator, judged.target.year or plan_year


def targets_by_year(
    park: Park,
    scenario_id: str,
    years: Sequence[int] | None = None,
    results: Mapping[int, ScenarioResult] | None = None,
) -> TargetsByYear:
    """The plan's targets at each milestone year: interim target, projected value, met.

    ``results`` ({year: result of the park as it stands then}) may be given by a caller that has
    them (the window's timeline); missing years are computed here with one stepped timeline."""
    base_year, plan_year = plan_span(park, scenario_id)
    years = list(years) if years is not None else milestone_years(park, scenario_id)
    have: dict[int, ScenarioResult] = dict(results or {})
    missing = [y for y in years if y not in have]
    if missing:
        timeline = Timeline(park, scenario_id)
        try:
            for y in missing:
                timeline.set_year(y)
                have[y] = timeline.result()
        finally:
            timeline.close()
    final = have[years[-1]] if years else None
    rows: list[TargetByYear] = []
    for i, judged in enumerate(final.targets if final is not None else ()):
        comparator, target_year = year_row(judged, base_year, plan_year)
        cells = []
        for y in years:
            j = have[y].targets[i]
            goal = interim_target(judged.baseline_value, judged.target_value, base_year,
                                  target_year, y)  # fmt: skip
            cells.append(YearCell(y, goal, j.value, is_met(comparator, j.value, goal)))
        rows.append(
            TargetByYear(
                judged.target.programme,
                judged.target.indicator_id,
                judged.name,
                judged.unit,
                comparator,
                judged.baseline_value,
                judged.target_value,
                target_year,
                tuple(cells),
            )
        )
    met_by_year = {
        y: (sum(1 for r in rows if r.cells[k].met), len(rows)) for k, y in enumerate(years)
    }
    return TargetsByYear(scenario_id, base_year, tuple(years), tuple(rows), met_by_year)
