"""Cost-benefit of each project and of the plan: investment, subsidy, annual savings, NPV, payback.

Rules (docs/work-plan.md works an example by hand):

* annual savings (10⁴ RMB/a) = Σ fuel saved × its price + fresh water saved × the water price
  + SO₂ avoided × the emission charge + CO₂ avoided × the carbon price, all ÷ 10⁴;
* net annual = savings − ``om_rate`` × investment;
* the subsidy is paid half on approval (counted in the completion year, year 0) and half when
  90 % of the targets are met (seed 004), assumed ``months_to_second_tranche`` after completion;
* NPV at ``discount_rate`` = −investment + subsidy/2 + (subsidy/2) / (1+r)^k
  + Σ_{t=1..lifetime} net / (1+r)^t, with k = months/12 years;
* simple payback (years) = (investment − subsidy) / net; none when net ≤ 0.

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
    years = int(round(a["lifetime_years"].value))
    k = a["months_to_second_tranche"].value / 12.0
    annuity = sum(1.0 / (1.0 + r) ** t for t in range(1, years + 1))
    npv = -inv + sub / 2.0 + (sub / 2.0) / (1.0 + r) ** k + net * annuity
    payback = (inv - sub) / net if net > 0 else None
    return CostBenefit(price.project_id, inv, price.subsidy_rate, sub, savings, om, npv, payback)


@dataclass(frozen=True)
class PlanTotals:
    investment_10k_rmb: float
    subsidy_10k_rmb: float
    annual_savings_10k_rmb: float
    npv_10k_rmb: float
    payback_years: float | None


def plan_totals(rows: list[CostBenefit]) -> PlanTotals:
    """Sums over the projects (benefits are not additive: see ecopark.projects.benefits)."""
    inv = sum(r.investment_10k_rmb for r in rows)
    sub = sum(r.subsidy_10k_rmb for r in rows)
    sav = sum(r.annual_savings_10k_rmb for r in rows)
    net = sum(r.net_annual_10k_rmb for r in rows)
    npv = sum(r.npv_10k_rmb for r in rows)
    return PlanTotals(inv, sub, sav, npv, (inv - sub) / net if net > 0 else None)


def assumption_lines(a: dict[str, Assumption], language: str = "en") -> list[str]:
    """The assumptions as printable lines, e.g. "discount_rate = 0.08 1/a (source)"."""
    return [f"{x.key} = {format_plain(x.value)} {x.unit} ({x.source})" for x in a.values()]


def as_json(rows: list[CostBenefit]) -> list[dict[str, Any]]:
    return [r.__dict__.copy() for r in rows]
