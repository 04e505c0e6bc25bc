"""The annual progress report: a monitoring scenario's actual values against that year's targets.

A monitoring scenario (kind ``monitoring``) holds the park's actual figures of its year. The
report judges them against the interim targets of that year (``ecopark.phasing.milestones``) of
the plan it follows (``ecopark.indicators.targets.targets_for``), lists the projects completed by
then (issue 17 part A, when the projects package is present) and the plan's objects in service,
and says whether the second half of the CTIP subsidy is due: at least 90 % of the targets met
(seed 004 §3.2.3, ``SECOND_TRANCHE_SHARE``). Keys of :meth:`ProgressReport.to_json` are
documented in docs/phasing.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.indicators.targets import SECOND_TRANCHE_SHARE
from ecopark.model import InvalidValueError, Park
from ecopark.phasing.milestones import interim_target, is_met
from ecopark.phasing.years import ProjectYear, effective_years, plan_span, project_years


@dataclass(frozen=True)
class ProgressRow:
    programme: str
    indicator_id: str
    name: str
    unit: str
    comparator: str
    target: float | None
    """The target of the report's year (interim on the way to the plan's target)."""
    final_target: float | None
    actual: float | None
    met: bool | None

    def to_json(self) -> dict[str, Any]:
        return {
            "programme": self.programme,
            "id": self.indicator_id,
            "name": self.name,
            "unit": self.unit,
            "comparator": self.comparator,
            "target_this_year": self.target,
            "final_target": self.final_target,
            "actual": self.actual,
            "met": self.met,
        }


@dataclass(frozen=True)
class ProgressReport:
    monitoring_id: str
    year: int
    plan_id: str | None
    rows: tuple[ProgressRow, ...]
    met: int
    total: int
    no_data: int
    share_met: float | None
    second_tranche_due: bool
    projects_completed: tuple[ProjectYear, ...]
    projects_total: int
    objects_in_service: int
    objects_planned: int
    """Planned objects of the plan (not in the baseline unchanged) and how many of them are in
    service by the report's year."""

    def to_json(self) -> dict[str, Any]:
        return {
            "monitoring_scenario": self.monitoring_id,
            "year": self.year,
            "plan_scenario": self.plan_id,
            "targets": [r.to_json() for r in self.rows],
            "targets_met": self.met,
            "targets_total": self.total,
            "targets_without_data": self.no_data,
            "share_met": self.share_met,
            "second_tranche_threshold": SECOND_TRANCHE_SHARE,
            "second_tranche_due": self.second_tranche_due,
            "projects_completed": [
                {"id": p.project_id, "name": p.name, "completion_year": p.completion_year}
                for p in self.projects_completed
            ],
            "projects_total": self.projects_total,
            "planned_objects_in_service": self.objects_in_service,
            "planned_objects": self.objects_planned,
        }


def progress_report(
    park: Park, monitoring_id: str, result: ScenarioResult | None = None
) -> ProgressReport:
    """The progress report of a monitoring scenario (``result``: its evaluation, if at hand)."""
    scenario = park.scenario(monitoring_id)
    if scenario.info.kind != "monitoring":
        raise InvalidValueError(
            f"scenario {monitoring_id} is a {scenario.info.kind}, not a monitoring scenario: "
            "a progress report compares a year's actual values with the plan",
            layer="scenarios",
            object_id=monitoring_id,
        )
    year = scenario.info.year
    result = result if result is not None else evaluate_scenario(park, monitoring_id)
    plan_id = result.targets_plan if result.targets_plan != monitoring_id else None
    base = park.baseline()
    base_year = base.info.year if base is not None else year
    plan_year = park.scenario(plan_id).info.year if plan_id in park.scenarios else year
    rows = []
    for j in result.targets:
        goal = interim_target(j.baseline_value, j.target_value, base_year,
                              j.target.year or plan_year, year)  # fmt: skip
        rows.append(
            ProgressRow(j.target.programme, j.target.indicator_id, j.name, j.unit, j.comparator,
                        goal, j.target_value, j.value, is_met(j.comparator, j.value, goal))
        )  # fmt: skip
    met = sum(1 for r in rows if r.met)
    share = met / len(rows) if rows else None
    projects = project_years(park)
    done = tuple(sorted((p for p in projects if p.completion_year <= year),
                        key=lambda p: (p.completion_year, p.project_id)))  # fmt: skip
    in_service = planned = 0
    if plan_id is not None and base is not None:
        _, last = plan_span(park, plan_id)
        for when in effective_years(park, plan_id).values():
            if when > base_year:
                planned += 1
                in_service += when <= year
    return ProgressReport(
        monitoring_id=monitoring_id,
        year=year,
        plan_id=plan_id,
        rows=tuple(rows),
        met=met,
        total=len(rows),
        no_data=sum(1 for r in rows if r.met is None),
        share_met=share,
        second_tranche_due=share is not None and share >= SECOND_TRANCHE_SHARE,
        projects_completed=done,
        projects_total=len(projects),
        objects_in_service=in_service,
        objects_planned=planned,
    )
