"""Cost-benefit of each project and of the plan: investment, subsidy, annual savings, NPV, payback.

Rules (docs/work-plan.md works an example by hand):

* annual savings (10⁴ RMB/a) = Σ fuel saved × its price + fresh water saved × the water price
  + SO₂ avoided × the emission charge + CO₂ avoided × the carbon price, all ÷ 10⁴;
* net annual = savings − ``om_rate`` × investment;
* the subsidy is paid half on approval (counted in the completion year, year 0) and half when
  90 % of the targets are met (seed 004), assumed ``months_to_second_tranche`` after completion;
* NPV at ``discount_rate`` = −investment + subsidy/2 + (subsidy/2) / (1+r)^k
  + Σ_{t=1..lifetime} net / (1+r)^t, with k = months/12 years;
* simple payback (years) = (investment − subsidy) / net; none when net ≤ 0;
* the plan: investment, subsidy and O&M summed over the projects, annual savings from the joint
  benefit (all projects taken out together), NPV and payback from those by the same rules.

The prices and rates are data (``data/economics.json``, with their sources) overlaid by the park
setting ``work_plan_economics``; they are printed with every result.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ecopark.model import Park
from ecopark.numbers import format_plain
from ecopark.projects.benefits import Benefit
from ecopark.projects.model import ProjectError
from ecopark.projects.pricing import ProjectPrice

ECONOMICS_SETTING = "work_plan_economics"


@dataclass(frozen=True)
class Assumption:
    key: str
    value: float
    unit: str
    source: str
    unit_zh: str = ""
    """The unit in Chinese (a Chinese-only work plan prints it); empty: ``unit``."""
    source_zh: str = ""
    """The source in Chinese; empty: ``source``."""


def _defaults() -> dict[str, Assumption]:
    text = resources.files("ecopark.projects").joinpath("data/economics.json").read_text("utf-8")
    data = json.loads(text)["values"]
    return {
        k: Assumption(
            k,
            float(v["value"]),
            str(v["unit"]),
            str(v["source"]),
            str(v.get("unit_zh", "")),
            str(v.get("source_zh", "")),
        )
        for k, v in data.items()
    }


DEFAULT_ASSUMPTIONS = _defaults()


def assumptions(park: Park) -> dict[str, Assumption]:
    """The defaults overlaid with ``park.settings["work_plan_economics"]`` (checked)."""
    out = dict(DEFAULT_ASSUMPTIONS)
    user = park.settings.get(ECONOMICS_SETTING) or {}
    if not isinstance(user, dict):
        raise ProjectError(f"park setting {ECONOMICS_SETTING} must be a table of values")
    for key, value in user.items():
        if key not in out:
            raise ProjectError(f"{ECONOMICS_SETTING}: unknown assumption {key!r}")
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
        ):
            raise ProjectError(f"{ECONOMICS_SETTING}.{key}: {value!r} is not a number >= 0")
        base = out[key]
        out[key] = Assumption(
            key, float(value), base.unit, "set for this park", base.unit_zh, "本园区设定"
        )
    return out


@dataclass(frozen=True)
class CostBenefit:
    project_id: str
    investment_10k_rmb: float
    subsidy_rate: float
    subsidy_10k_rmb: float
    annual_savings_10k_rmb: float
    annual_om_10k_rmb: float
    npv_10k_rmb: float
    payback_years: float | None

    @property
    def net_annual_10k_rmb(self) -> float:
        return self.annual_savings_10k_rmb - self.annual_om_10k_rmb


def annual_savings_10k_rmb(benefit: Benefit, a: dict[str, Assumption]) -> float:
    rmb = sum(benefit.fuel_saved.get(f, 0.0) * a[f"price.{f}"].value for f in _FUELS)
    rmb += benefit.figures.get("fresh_water_m3", 0.0) * a["price.fresh_water"].value
    rmb += benefit.figures.get("so2_t", 0.0) * a["charge.so2"].value
    rmb += benefit.figures.get("co2_t", 0.0) * a["charge.co2"].value
    return rmb / 1e4


_FUELS = ("coal", "fuel_oil", "natural_gas", "biomass")


def cost_benefit(price: ProjectPrice, benefit: Benefit, a: dict[str, Assumption]) -> CostBenefit:
    inv, sub = price.investment_10k_rmb, price.subsidy_10k_rmb
    savings = annual_savings_10k_rmb(benefit, a)
    om = a["om_rate"].value * inv
    net = savings - om
    r = a["discount_rate"].value
    k = a["months_to_second_tranche"].value / 12.0
    annuity = annuity_factor(a)
    npv = -inv + sub / 2.0 + (sub / 2.0) / (1.0 + r) ** k + net * annuity
    payback = (inv - sub) / net if net > 0 else None
    return CostBenefit(price.project_id, inv, price.subsidy_rate, sub, savings, om, npv, payback)


def annuity_factor(a: dict[str, Assumption]) -> float:
    """Σ_{t=1..lifetime} 1/(1+r)^t: the present value of 1 a year over the appraisal period."""
    r = a["discount_rate"].value
    years = int(round(a["lifetime_years"].value))
    return sum(1.0 / (1.0 + r) ** t for t in range(1, years + 1))


@dataclass(frozen=True)
class PlanTotals:
    """The plan's cost-benefit: investment, subsidy and O&M summed over the projects; annual
    savings from the joint benefit (every project together, ``PlanBenefits.joint``), and NPV and
    payback from those. ``project_*_sum`` are the sums over the project rows, and the overlap
    (joint minus sum; negative when projects claim the same saving) reconciles the two."""

    investment_10k_rmb: float
    subsidy_10k_rmb: float
    annual_savings_10k_rmb: float
    npv_10k_rmb: float
    payback_years: float | None
    annual_om_10k_rmb: float = 0.0
    project_savings_sum_10k_rmb: float = 0.0
    project_npv_sum_10k_rmb: float = 0.0

    @property
    def net_annual_10k_rmb(self) -> float:
        return self.annual_savings_10k_rmb - self.annual_om_10k_rmb

    @property
    def overlap_savings_10k_rmb(self) -> float:
        """Joint minus the sum over projects: < 0 where projects claim the same saving."""
        return self.annual_savings_10k_rmb - self.project_savings_sum_10k_rmb

    @property
    def overlap_npv_10k_rmb(self) -> float:
        """Joint NPV minus the sum of the projects' NPVs: the overlap of savings × the annuity
        factor (investment, subsidy and O&M are the same sums on both sides)."""
        return self.npv_10k_rmb - self.project_npv_sum_10k_rmb


def plan_totals(rows: list[CostBenefit], joint: Benefit, a: dict[str, Assumption]) -> PlanTotals:
    """The plan's figures: money summed over the project rows, savings from ``joint`` (the plan
    with all projects minus the plan without any of them: benefits are not additive). The
    project sums are those of ``rows`` (rows priced without their benefits give savings 0)."""
    inv = sum(r.investment_10k_rmb for r in rows)
    sub = sum(r.subsidy_10k_rmb for r in rows)
    price = ProjectPrice(joint.project_id, inv, False, sub / inv if inv else 0.0, sub)
    plan = cost_benefit(price, joint, a)
    return PlanTotals(
        inv,
        sub,
        plan.annual_savings_10k_rmb,
        plan.npv_10k_rmb,
        plan.payback_years,
        plan.annual_om_10k_rmb,
        sum(r.annual_savings_10k_rmb for r in rows),
        sum(r.npv_10k_rmb for r in rows),
    )


def assumption_lines(a: dict[str, Assumption], language: str = "en") -> list[str]:
    """The assumptions as printable lines, e.g. "discount_rate = 0.08 1/a (source)"."""
    return [f"{x.key} = {format_plain(x.value)} {x.unit} ({x.source})" for x in a.values()]


def as_json(rows: list[CostBenefit]) -> list[dict[str, Any]]:
    return [r.__dict__.copy() for r in rows]
