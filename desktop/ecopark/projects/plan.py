"""The work plan of a scenario in one value: projects, prices, benefits, cost-benefit and the
document texts, computed once and read by the workbook, the PDF report and the UI."""

from __future__ import annotations

from dataclasses import dataclass

from ecopark.export.costs import plan_costs
from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.model import Park
from ecopark.projects.benefits import Benefit, plan_benefits
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
    """Each project: the plan with it minus without it (these overlap: never summed)."""
    joint: Benefit
    """The plan with every project minus without any: what the totals use."""
    economics: dict[str, CostBenefit]
    totals: PlanTotals
    assumptions: dict[str, Assumption]
    safeguards: dict[str, str]
    history: dict[int, dict[str, float]]


def joint_totals(
    park: Park, scenario_id: str, projects: list[Project], result: ScenarioResult | None = None
) -> PlanTotals:
    """The plan's investment, subsidy, joint savings, NPV and payback from one benefit run (no
    per-project runs; the project sums of the result are not meaningful): the work-plan dock."""
    prices = price_projects(park, scenario_id, projects, result)
    joint = plan_benefits(park, scenario_id, projects, per_project=False).joint
    a = assumptions(park)
    none = Benefit("", {})
    rows = [cost_benefit(prices[p.project_id], none, a) for p in projects]
    return plan_totals(rows, joint, a)


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
    runs = plan_benefits(park, scenario_id, projects)
    benefits = runs.by_project
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
        runs.joint,
        econ,
        plan_totals(list(econ.values()), runs.joint, a),
        a,
        safeguards,
        dict(sorted(history.items())),
    )
