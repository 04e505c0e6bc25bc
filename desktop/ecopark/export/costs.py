"""The cost table and the key projects of a work plan: what is built, how much, at what cost.

A CTIP work plan lists key projects with their investment and the subsidy requested (seed 004).
Unit costs are planning-stage defaults (:mod:`ecopark.costs`; docs/cost-table.md gives their
basis) that a park overrides in ``park.settings["cost_table"]``; the workbook writes the table
on its own sheet and prices every project with a formula pointing at it, so a panel member who
edits a unit cost sees every investment follow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ecopark.costs import (
    DEFAULT_COST_TABLE,
    FACILITY_CAPACITY_UNIT,
    CostTableError,
    cost_table,
)
from ecopark.export.labels import facility_pair, medium_pair
from ecopark.model import Facility, Firm, Park, Pipeline
from ecopark.numbers import format_plain

if TYPE_CHECKING:
    from ecopark.indicators import ScenarioResult

STEAM_MW_PER_TPH = 0.7
"""Thermal power of 1 t/h of process steam (about 2.5 GJ/t enthalpy rise), to size CHP plants."""

DEFAULT_SUBSIDY_RATE = 0.085
"""CTIP subsidy, on average about 8.5 % of project investment (DOMAIN, seed 004)."""
DEFAULT_LEAD_YEARS = 2
DEFAULT_OWNER_PAIR = ("园区管委会", "Park management committee")
DEFAULT_OWNER = " ".join(DEFAULT_OWNER_PAIR)
"""The owner written when the park names none (shown in the export's language)."""


@dataclass(frozen=True)
class CostItem:
    """One priced line of the cost table."""

    key: str
    name_zh: str
    name_en: str
    unit: str
    """Unit of quantity the cost applies to (km, MW, m³/d, t/d, boiler)."""
    unit_cost_10k_rmb: float


@dataclass(frozen=True)
class KeyProject:
    """A planned pipeline, facility or boiler replacement, priced from the cost table."""

    kind: str
    """pipeline | facility | boiler_replacement"""
    object_id: str
    name: str
    """What the user typed (pipeline/facility/firm name): written as text, never a formula."""
    description_zh: str
    description_en: str
    quantity: float
    quantity_unit: str
    cost_key: str
    unit_cost_10k_rmb: float
    start_year: int
    finish_year: int
    owner: str

    @property
    def investment_10k_rmb(self) -> float:
        return self.quantity * self.unit_cost_10k_rmb


@dataclass(frozen=True)
class PlanCosts:
    """Everything the key-projects and cost-table sheets need."""

    items: tuple[CostItem, ...]
    projects: tuple[KeyProject, ...]
    subsidy_rate: float
    lead_years: int
    owner: str

    @property
    def total_investment_10k_rmb(self) -> float:
        return sum(p.investment_10k_rmb for p in self.projects)

    @property
    def total_subsidy_10k_rmb(self) -> float:
        return self.total_investment_10k_rmb * self.subsidy_rate


def cost_items(table: dict[str, Any]) -> list[CostItem]:
    """The table as priced lines, in the order the cost-table sheet lists them."""
    items: list[CostItem] = []
    for medium, classes in table["pipelines"].items():
        zh, en = medium_pair(medium)
        lower = 0.0
        for dn, cost in classes:
            span = (
                f"DN {format_plain(lower)}–{format_plain(dn)}"
                if dn is not None
                else f"DN > {format_plain(lower)}"
            )
            items.append(
                CostItem(
                    f"pipe.{medium}.{'max' if dn is None else f'{dn:g}'}",
                    f"{zh}管线 {span}",
                    f"{en} pipeline {span}",
                    "km",
                    cost,
                )
            )
            lower = dn if dn is not None else lower
    for kind, cost in table["facilities"].items():
        zh, en = facility_pair(kind)
        items.append(CostItem(f"facility.{kind}", zh, en, FACILITY_CAPACITY_UNIT[kind], cost))
    items.append(
        CostItem(
            "boiler_replacement",
            "小锅炉替代（接入集中供热、拆除）",
            "Small-boiler replacement (connection and removal)",
            "台 boiler",
            table["boiler_replacement"],
        )
    )
    return items


def pipeline_cost_key(table: dict[str, Any], medium: str, diameter_mm: float) -> str:
    for dn, _unit_cost in table["pipelines"][medium]:
        if dn is None:
            return f"pipe.{medium}.max"
        if diameter_mm <= dn:
            return f"pipe.{medium}.{dn:g}"
    return f"pipe.{medium}.max"


def facility_capacity(facility: Facility) -> float:
    """The capacity a facility is priced by, in the unit of :data:`FACILITY_CAPACITY_UNIT`."""
    kind = facility.kind
    if kind in ("chp", "energy_centre"):
        steam = (
            facility.steam_hp_capacity_tph
            + facility.steam_mp_capacity_tph
            + facility.steam_lp_capacity_tph
        )
        return facility.heat_capacity_mw + STEAM_MW_PER_TPH * steam
    if kind == "wwtp":
        return facility.wastewater_capacity_m3d
    if kind == "solid_waste_centre":
        return facility.solid_waste_capacity_tpd
    return facility.reclaimed_water_capacity_m3d


def _setting_number(park: Park, key: str, default: float, low: float, high: float) -> float:
    value = park.settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise CostTableError(f"park setting {key}: {value!r} is not a number")
    if not low <= value <= high:
        span = f"{format_plain(low)} and {format_plain(high)}"
        raise CostTableError(f"park setting {key} = {value} must be between {span}")
    return float(value)


def plan_costs(park: Park, scenario_id: str, result: ScenarioResult | None = None) -> PlanCosts:
    """Price the scenario's key projects.

    Key projects are the planned pipelines and planned facilities of the scenario, and the small
    boilers it replaces: those the indicator engine counts as replaced by a connected supply
    (``result.coverage``), and those removed since the baseline (fewer boilers in this scenario
    than in the baseline), whichever is larger per firm.
    """
    scenario = park.scenario(scenario_id)
    table = cost_table(park)
    items = cost_items(table)
    unit_cost = {i.key: i.unit_cost_10k_rmb for i in items}
    rate = _setting_number(park, "subsidy_rate", DEFAULT_SUBSIDY_RATE, 0.0, 1.0)
    lead = int(_setting_number(park, "project_lead_years", DEFAULT_LEAD_YEARS, 0, 30))
    owner_value = park.settings.get("project_owner", DEFAULT_OWNER)
    owner = str(owner_value) if owner_value else DEFAULT_OWNER
    finish = scenario.info.year
    start = finish - lead

    def project(
        kind: str, obj_id: str, name: str, zh: str, en: str, qty: float, unit: str, key: str
    ) -> KeyProject:
        return KeyProject(
            kind, obj_id, name, zh, en, qty, unit, key, unit_cost[key], start, finish, owner
        )

    projects: list[KeyProject] = []
    pipes: list[Pipeline] = sorted(
        (p for p in scenario.layers["pipelines"].values() if isinstance(p, Pipeline)),
        key=lambda p: p.pipeline_id,
    )
    for pipe in pipes:
        if pipe.status != "planned":
            continue
        zh, en = medium_pair(pipe.medium)
        dn = f"DN{format_plain(pipe.diameter_mm, grouped=False)}"
        projects.append(
            project(
                "pipeline",
                pipe.pipeline_id,
                pipe.name,
                f"新建{zh}管线 {dn}",
                f"New {en} pipeline {dn}",
                pipe.length_m / 1000.0,
                "km",
                pipeline_cost_key(table, pipe.medium, pipe.diameter_mm),
            )
        )
    for fid in sorted(scenario.facilities):
        fac = scenario.facilities[fid]
        if fac.status != "planned":
            continue
        unit = FACILITY_CAPACITY_UNIT[fac.kind]
        zh, en = facility_pair(fac.kind)
        projects.append(
            project(
                "facility",
                fid,
                fac.name,
                f"新建{zh}",
                f"New {en}",
                facility_capacity(fac),
                unit,
                f"facility.{fac.kind}",
            )
        )
    for firm_id, count in sorted(_boilers_replaced(park, scenario_id, result).items()):
        firm = scenario.firms.get(firm_id)
        name = firm.name if firm else firm_id
        projects.append(
            project(
                "boiler_replacement",
                firm_id,
                name,
                f"替代小锅炉 {count} 台",
                f"Replace {count} small boiler(s)",
                float(count),
                "台 boiler",
                "boiler_replacement",
            )
        )
    return PlanCosts(tuple(items), tuple(projects), rate, lead, owner)


def _boilers_replaced(
    park: Park, scenario_id: str, result: ScenarioResult | None
) -> dict[str, int]:
    scenario = park.scenario(scenario_id)
    replaced: dict[str, int] = {}
    if result is not None:
        for firm_id in result.coverage.firms_with_boilers_replaced:
            firm = scenario.firms.get(firm_id)
            if firm is not None and firm.boiler_count:
                replaced[firm_id] = firm.boiler_count
    baseline = park.baseline()
    if baseline is not None and baseline.scenario_id != scenario_id:
        for firm_id, before in baseline.firms.items():
            after: Firm | None = scenario.firms.get(firm_id)
            if after is not None and before.boiler_count > after.boiler_count:
                removed = before.boiler_count - after.boiler_count
                replaced[firm_id] = max(replaced.get(firm_id, 0), removed)
    return replaced


__all__ = [
    "DEFAULT_COST_TABLE",
    "DEFAULT_LEAD_YEARS",
    "DEFAULT_OWNER",
    "DEFAULT_SUBSIDY_RATE",
    "FACILITY_CAPACITY_UNIT",
    "STEAM_MW_PER_TPH",
    "CostItem",
    "CostTableError",
    "KeyProject",
    "PlanCosts",
    "cost_items",
    "cost_table",
    "facility_capacity",
    "pipeline_cost_key",
    "plan_costs",
]
