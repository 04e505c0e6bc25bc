"""The work plan of a scenario in one value: projects, prices, benefits, cost-benefit and the
document texts, computed once and read by the workbook, the PDF report and the UI."""

from __future__ import annotations

from dataclasses import dataclass

from ecopark.export.costs import plan_costs
from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.model import Park
from ecopark.projects.benefits import Benefit, project_benefits
from ecopark.projects.economics import (
    Assumption,
    CostBenefit,
    PlanTotals,
    assumptions,
    cost_benefit,
    plan_totals,
)
from ecopark.projects.model import (
    HISTORY_SETTING,
    SAFEGUARD_TOPICS,
    SAFEGUARDS_SETTING,
    Project,
    projects_of,
)
from ecopark.projects.pricing import ProjectPrice, price_projects
from ecopark.projects.propose import propose_projects


@dataclass(frozen=True)
class WorkPlan:
    scenario_id: str
    projects: tuple[Project, ...]
    proposed: bool
    """True when the park had no projects and these are the automatic proposal."""
    prices: dict[str, ProjectPrice]
    benefits: dict[str, Benefit]
    economics: dict[str, CostBenefit]
    totals: PlanTotals
    assumptions: dict[str, Assumption]
    safeguards: dict[str, str]
    history: dict[int, dict[str, float]]


def work_plan(
    park: Park, scenario_id: str, result: ScenarioResult | None = None, language: str = "en"
) -> WorkPlan:
    """Everything the work-plan sections print (the park's projects, else the proposal)."""
    result = result or evaluate_scenario(park, scenario_id)
    costs = plan_costs(park, scenario_id, result)
    projects = projects_of(park)
    proposed = not projects
    if proposed:
        projects = propose_projects(
            park, scenario_id, language=language, result=result, costs=costs
        )
    prices = price_projects(park, scenario_id, projects, result, costs)
    benefits = project_benefits(park, scenario_id, projects)
    a = assumptions(park)
    econ = {p.project_id: cost_benefit(prices[p.project_id], benefits[p.project_id], a)
            for p in projects}  # fmt: skip
    raw_safe = park.settings.get(SAFEGUARDS_SETTING) or {}
    safeguards = {t: str(raw_safe.get(t, "")) for t in SAFEGUARD_TOPICS}
    raw_hist = park.settings.get(HISTORY_SETTING) or {}
    history = {int(y): {k: float(v) for k, v in row.items()} for y, row in raw_hist.items()}
    return WorkPlan(
        scenario_id,
        tuple(projects),
        proposed,
        prices,
        benefits,
        econ,
        plan_totals(list(econ.values())),
        a,
        safeguards,
        dict(sorted(history.items())),
    )
