"""What each project costs: its own figure when the planner typed one, else the cost table's
price of its members (the same prices as the workbook's cost-table sheet, ecopark.export.costs),
and the subsidy at its own rate or the park's."""

from __future__ import annotations

from dataclasses import dataclass

from ecopark.export.costs import DEFAULT_SUBSIDY_RATE, PlanCosts, plan_costs
from ecopark.indicators import ScenarioResult
from ecopark.model import Park
from ecopark.projects.model import Project

_KIND_LAYER = {"pipeline": "pipelines", "facility": "facilities", "boiler_replacement": "firms"}


@dataclass(frozen=True)
class ProjectPrice:
    project_id: str
    investment_10k_rmb: float
    from_cost_table: bool
    """True when the investment is the cost table's price (no figure typed)."""
    subsidy_rate: float
    subsidy_10k_rmb: float


def member_prices(costs: PlanCosts) -> dict[tuple[str, str], float]:
    """``{(layer, id): investment}`` of every priced object of the scenario."""
    return {(_KIND_LAYER[k.kind], k.object_id): k.investment_10k_rmb for k in costs.projects}


def price_projects(
    park: Park,
    scenario_id: str,
    projects: list[Project],
    result: ScenarioResult | None = None,
    costs: PlanCosts | None = None,
) -> dict[str, ProjectPrice]:
    """Each project's investment and subsidy, by project id."""
    costs = costs or plan_costs(park, scenario_id, result)
    prices = member_prices(costs)
    park_rate = costs.subsidy_rate if costs.subsidy_rate is not None else DEFAULT_SUBSIDY_RATE
    out: dict[str, ProjectPrice] = {}
    for p in projects:
        typed = p.investment_10k_rmb
        inv = typed if typed is not None else sum(prices.get(m, 0.0) for m in p.members)
        rate = p.subsidy_rate if p.subsidy_rate is not None else park_rate
        out[p.project_id] = ProjectPrice(p.project_id, inv, typed is None, rate, inv * rate)
    return out
