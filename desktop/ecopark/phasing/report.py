"""What ``ecopark evaluate`` adds for phasing: the progress report of a monitoring scenario
(``progress``) and the targets by milestone year of a plan (``targets_by_year``); keys in
docs/phasing.md."""

from __future__ import annotations

from typing import Any

from ecopark.indicators import ScenarioResult
from ecopark.model import Park
from ecopark.numbers import format_number
from ecopark.phasing.milestones import targets_by_year
from ecopark.phasing.progress import progress_report


def phasing_json(park: Park, scenario_id: str, result: ScenarioResult) -> dict[str, Any]:
    kind = park.scenario(scenario_id).info.kind
    if kind == "monitoring":
        return {"progress": progress_report(park, scenario_id, result).to_json()}
    base = park.baseline()
    if kind == "plan" and base is not None and result.targets:
        return {"targets_by_year": targets_by_year(park, scenario_id).to_json()}
    return {}


def phasing_lines(park: Park, scenario_id: str, result: ScenarioResult) -> list[str]:
    """Readable lines of the same (empty when there is nothing to say)."""
    kind = park.scenario(scenario_id).info.kind
    if kind == "monitoring":
        rep = progress_report(park, scenario_id, result)
        share = "-" if rep.share_met is None else f"{100 * rep.share_met:.1f} %"
        lines = [
            f"Progress {rep.year} against the plan {rep.plan_id or '-'}: {rep.met} of "
            f"{rep.total} targets met ({share}); second subsidy tranche "
            f"{'due' if rep.second_tranche_due else 'not yet due'} (needs 90 %)",
            f"Planned objects in service: {rep.objects_in_service} of {rep.objects_planned}",
        ]
        for r in rep.rows:
            met = "-" if r.met is None else ("met" if r.met else "not met")
            lines.append(f"  {r.name:<44} target {_num(r.target)}  actual {_num(r.actual)}  {met}")
        if rep.projects_total:
            lines.append(
                f"Projects completed: {len(rep.projects_completed)} of {rep.projects_total}"
            )
        return lines
    base = park.baseline()
    if kind == "plan" and base is not None and result.targets:
        table = targets_by_year(park, scenario_id)
        lines = ["Targets by year: " + ", ".join(
            f"{y}: {m} of {n} met" for y, (m, n) in table.met_by_year.items())]  # fmt: skip
        return lines
    return []


def _num(value: float | None) -> str:
    return "-" if value is None else format_number(value)
