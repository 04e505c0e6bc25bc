"""What each project achieves: the plan's indicators with it minus without it.

One scratch copy of the plan scenario is followed by the incremental
:class:`~ecopark.indicators.engine.IndicatorEngine`; for each project its members are taken out
of the copy (pipes, facilities, exchanges removed; a boiler-replacement project's firms given
back their baseline boilers), the figures read, and the edit undone. The planner's park is never
edited. A run recomputes only what the edited layers can change: pipes change what the networks
serve (coverage, boilers, fuel, SO₂, CO₂, water) but never the programme totals (CTIP rows read
firm quantities, exchanges and site carriers, no network); exchanges change the totals but not
what the networks serve; facilities and firms change both. The rest is the with-projects figure,
and the network allocation of untouched media stays cached in the engine's state, so 200
projects of a 1,000-firm park cost little more than one evaluation (bench/export.py).
tests/projects/test_benefit_reference.py checks every figure against full evaluations of parks
built without the projects.

Benefits are not additive: a pipeline and the boiler replacement it makes possible both show the
boilers it retires (without either, they stay); two pipes that carry the same reclaimed water both
claim it. The plan's benefit is therefore computed jointly, in one more run with every project
taken out together (:class:`PlanBenefits`.joint); plan totals use it, never the sum of the
projects' figures (docs/work-plan.md, "The plan: one joint run").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from ecopark.carbon.factors import FactorTable
from ecopark.commands import Command, MacroCommand, RemoveObjects, ReplaceObjects
from ecopark.indicators.carbon import Savings, carbon_result, savings
from ecopark.indicators.carbon_link import carbon_figures
from ecopark.indicators.coverage import allocate_all, coverage
from ecopark.indicators.engine import IndicatorEngine
from ecopark.indicators.exchange_reuse import reused_with_exchanges
from ecopark.indicators.hj274 import ctip_rows, totals
from ecopark.indicators.land import land_output
from ecopark.indicators.results import CoverageResult, LandOutputResult
from ecopark.indicators.rowcalc import REUSE_PAIRS, Totals, compute
from ecopark.indicators.sets import IndicatorDef, entered_key, indicator_set
from ecopark.indicators.state import ScenarioState
from ecopark.model import Firm, Park, Scenario
from ecopark.projects.model import Project

BENEFIT_KEYS: tuple[str, ...] = (
    "coverage_pp",
    "boilers",
    "fuel_tce",
    "so2_t",
    "co2_t",
    "fresh_water_m3",
    "land_output",
    "reuse_t",
)
"""The benefit figures, in the order the workbook and the report print them (words.py names)."""
FUELS = ("coal", "fuel_oil", "natural_gas", "biomass")


@dataclass(frozen=True)
class Benefit:
    """One project's effect on the plan (with minus without); all per year except coverage."""

    project_id: str
    figures: Mapping[str, float]
    """BENEFIT_KEYS -> value"""
    fuel_saved: Mapping[str, float] = field(default_factory=dict)
    """own-boiler fuel no longer burnt, by fuel (t, 10⁴ m³ for gas), CHP coal subtracted"""
    ctip_delta: Mapping[str, float] = field(default_factory=dict)
    """CTIP row id -> change of its value (the targets this project moves)"""

    def headline(self) -> tuple[str, float] | None:
        """The benefit to print in one cell: the first non-zero figure in BENEFIT_KEYS order."""
        for key in BENEFIT_KEYS:
            value = self.figures.get(key, 0.0)
            if abs(value) > 1e-9:
                return key, value
        return None


def _scratch(park: Park, scenario_id: str) -> Park:
    """A copy of the plan scenario alone (its layers are dicts of frozen objects: copying the
    dicts is enough); the baseline is read from ``park`` itself."""
    copy = Park(park.name, park.crs, zone_kinds=park.zone_kinds.values())
    copy.settings = dict(park.settings)
    src = park.scenario(scenario_id)
    dst = copy.add_scenario(src.info)
    dst.layers = {k: dict(v) for k, v in src.layers.items()}
    dst.entered_values = dict(src.entered_values)
    return copy


def _without(
    park: Park, scenario: Scenario, projects: list[Project]
) -> tuple[Command | None, frozenset[str]]:
    """The edit that takes the projects out of the scratch plan, all together (each object
    removed once, each firm given back its baseline boilers once), and the layers it touches.
    ``park`` is the planner's park (its baseline gives the boilers back)."""
    removals: dict[tuple[str, str], None] = {}
    restored: dict[str, Firm] = {}
    base = park.baseline()
    for project in projects:
        for layer, oid in project.members:
            if layer in ("pipelines", "facilities", "exchanges") and oid in scenario.layers[layer]:
                removals[(layer, oid)] = None
            if project.kind != "boiler_replacement" or layer != "firms" or oid in restored:
                continue
            firm = scenario.firms.get(oid)
            before = base.firms.get(oid) if base is not None else None
            if firm is not None and before is not None and before.boiler_count > firm.boiler_count:
                restored[oid] = firm.with_changes(
                    own_boiler=before.own_boiler, boiler_count=before.boiler_count
                )
    steps: list[Command] = []
    if removals:
        steps.append(RemoveObjects(scenario.scenario_id, list(removals)))
    if restored:
        steps.append(ReplaceObjects(scenario.scenario_id, list(restored.values())))
    layers = frozenset({layer for layer, _oid in removals} | ({"firms"} if restored else set()))
    return (MacroCommand("without projects", steps) if steps else None), layers


NETWORK_LAYERS = frozenset({"pipelines", "facilities", "firms"})
"""Layers whose edits can change what the networks serve (allocation, coverage, savings)."""
TOTALS_LAYERS = frozenset({"exchanges", "facilities", "firms"})
"""Layers whose edits can change the programme totals (CTIP rows): firm quantities, exchanges
(association, reuse), site carriers (the park's carbon figures). Pipes never do: the totals
read no network (ecopark.indicators.rowcalc.build_totals, carbon._site_columns)."""
CARBON_LAYERS = frozenset({"facilities", "firms"})
"""Layers whose edits can change the park's carbon figures (recorded carriers of sites)."""


@dataclass(frozen=True)
class _Lean:
    """The part of a ScenarioResult the benefits read (no space score, HJ 274 or targets: the
    engine's full assembly costs several times more and none of it changes a benefit)."""

    coverage: CoverageResult
    savings: Savings | None
    carbon_park: dict[str, float | None] | None
    """carbon_figures() of the park: what the programme totals read"""
    land_output: LandOutputResult
    ctip: dict[str, float]
    """CTIP row id -> value"""
    totals: Totals | None = None


def _totals(
    state: ScenarioState, land: LandOutputResult, carbon: dict[str, float | None] | None
) -> Totals:
    return totals(
        state,
        land.park_value,
        land.industrial_area_km2,
        land.iav_on_industrial_10k_rmb,
        land.industrial_overlap_km2,
        carbon,
    )


def _ctip_values(park: Park, state: ScenarioState, now: Totals) -> dict[str, float]:
    """CTIP row values (the baseline is not needed: a row's value never reads it)."""
    entered = park.scenario(state.scenario_id).entered_values
    rows = ctip_rows(now, None, entered, park.settings)
    return {row.id: row.value for row in rows if row.value is not None}


_REUSED = tuple(reused for reused, _generated in REUSE_PAIRS)


def exchange_rows(park: Park) -> tuple[IndicatorDef, ...]:
    """The CTIP rows an exchange can move: the association degree and any row over a reused
    quantity that exchanges fill in (ecopark.indicators.exchange_reuse); shipped or custom."""
    return tuple(
        spec
        for spec in indicator_set("ctip", park.settings)
        if spec.how == "association" or any(name in spec.how for name in _REUSED)
    )


def _ctip_without_exchanges(
    park: Park, state: ScenarioState, with_r: _Lean, rows: tuple[IndicatorDef, ...]
) -> dict[str, float]:
    """CTIP values once exchanges alone are gone: of the totals only the exchange links and the
    reuse that exchanges fill in change (ecopark.indicators.rowcalc.build_totals), so those are
    recomputed and only the rows that read them (:func:`exchange_rows`)."""
    assert with_r.totals is not None
    firms = state.firm_slots()
    ex = state.exchanges.alive_slots()
    linked = np.isin(firms, np.concatenate([state.ex_from[ex], state.ex_to[ex]]))
    columns = dict(with_r.totals.columns)
    for reused, generated in REUSE_PAIRS:
        columns[reused] = reused_with_exchanges(state, reused, generated, firms)
    now = replace(
        with_r.totals,
        columns=columns,
        firms_in_exchanges=int(linked.sum()),
        iav_in_exchanges=float(state.num["iav_10k_rmb"][firms][linked].sum()),
    )
    entered = park.scenario(state.scenario_id).entered_values
    out = dict(with_r.ctip)
    for spec in rows:
        value = compute(spec.how, now, None, "").value
        if value is None:
            value = entered.get(entered_key("ctip", spec.id))
        if value is None:
            out.pop(spec.id, None)
        else:
            out[spec.id] = float(value)
    return out


def _lean(park: Park, state: ScenarioState) -> _Lean:
    """Everything, for the plan with its projects."""
    land = land_output(state)
    alloc = allocate_all(state)
    cov = coverage(state, alloc, land.industrial_area_km2)
    carbon = carbon_result(state, cov, alloc.served)
    park_figures = carbon_figures(carbon)
    now = _totals(state, land, park_figures)
    return _Lean(cov, carbon.savings, park_figures, land, _ctip_values(park, state, now), now)


def _lean_without(
    park: Park,
    state: ScenarioState,
    with_r: _Lean,
    touched: frozenset[str],
    f: FactorTable,
    ex_rows: tuple[IndicatorDef, ...] = (),
) -> _Lean:
    """The plan without some projects, recomputing only what the edited layers can change
    (``touched``); the rest is the with-projects figure. Land output is always reused: taking
    a project out never moves a zone or changes a firm's land or added value."""
    land = with_r.land_output
    cov, sav, carbon = with_r.coverage, with_r.savings, with_r.carbon_park
    if touched & NETWORK_LAYERS:
        alloc = allocate_all(state)
        cov = coverage(state, alloc, land.industrial_area_km2)
        if touched & CARBON_LAYERS:  # a facility's or firm's carriers change the park's CO₂
            full = carbon_result(state, cov, alloc.served, f)
            sav, carbon = full.savings, carbon_figures(full)
        else:
            sav = savings(state, cov, alloc.served, f)
    ctip = with_r.ctip
    if touched & TOTALS_LAYERS == {"exchanges"}:  # pipes never move the totals
        ctip = _ctip_without_exchanges(park, state, with_r, ex_rows)
    elif touched & TOTALS_LAYERS:
        ctip = _ctip_values(park, state, _totals(state, land, carbon))
    return _Lean(cov, sav, carbon, land, ctip)


def _figures(r: _Lean) -> dict[str, float]:
    sav = r.savings
    return {
        "coverage_pp": 100.0 * (r.coverage.combined or 0.0),
        "boilers": float(r.coverage.boilers_replaced),
        "fuel_tce": sav.fuel_tce if sav else 0.0,
        "so2_t": sav.so2_t if sav else 0.0,
        "co2_t": sav.co2_t if sav else 0.0,
        "fresh_water_m3": sav.fresh_water_m3 if sav else 0.0,
        "land_output": r.land_output.park_value or 0.0,
    }


def _fuel(r: _Lean) -> dict[str, float]:
    sav = r.savings
    if sav is None:
        return {}
    out = {k: float(sav.own_fuel_by_kind.get(k, 0.0)) for k in FUELS}
    out["coal"] -= float(sav.chp_coal_t)
    return out


def _reuse_t(scenario: Scenario, projects: list[Project]) -> float:
    """By-products the projects' exchanges reuse (t/a), each exchange once."""
    exchanges = {oid for p in projects for layer, oid in p.members if layer == "exchanges"}
    total = 0.0
    for oid in sorted(exchanges):
        ex = scenario.exchanges.get(oid)
        if ex is not None and ex.unit.strip() == "t/a":
            total += ex.quantity
    return total


def _boiler_firms(projects: list[Project]) -> set[str]:
    return {
        oid
        for p in projects
        if p.kind == "boiler_replacement"
        for layer, oid in p.members
        if layer == "firms"
    }


def _add_firm_savings(
    r: _Lean,
    scenario: Scenario,
    members: set[str],
    figures: dict[str, float],
    fuel: dict[str, float],
) -> None:
    """A boiler-replacement project of firms the plan serves while they keep their boilers on
    file: its benefit is those firms' own savings (the engine's per-firm figures in ``r``)."""
    if r.savings is None or not members:
        return
    for s in r.savings.by_firm:
        if s.firm_id not in members:
            continue
        firm = scenario.firms.get(s.firm_id)
        figures["boilers"] += float(firm.boiler_count if firm else 0)
        figures["fuel_tce"] += s.fuel_tce
        figures["so2_t"] += s.so2_t
        figures["co2_t"] += s.co2_t
        fuel[s.boiler_fuel] = fuel.get(s.boiler_fuel, 0.0) + s.own_fuel
        fuel["coal"] = fuel.get("coal", 0.0) - s.chp_coal_t


@dataclass(frozen=True)
class PlanBenefits:
    """Each project's benefit (with it minus without it) and the plan's joint benefit (with
    every project minus without any of them)."""

    by_project: dict[str, Benefit]
    joint: Benefit
    """project_id ``PLAN_ID``: the figure plan totals use (never the sum of by_project)."""

    def project_sum(self) -> dict[str, float]:
        """BENEFIT_KEYS -> sum over the projects (what double counting would print)."""
        return {
            k: sum(b.figures.get(k, 0.0) for b in self.by_project.values()) for k in BENEFIT_KEYS
        }


PLAN_ID = "plan"
"""The project id of the joint benefit."""


class _Runs:
    """The scratch plan, its engine and the with-projects figures, shared by every run."""

    def __init__(self, park: Park, scenario_id: str):
        self.park = park
        self.scratch = _scratch(park, scenario_id)
        self.scenario_id = scenario_id
        self.engine = IndicatorEngine(self.scratch)  # follows each edit incrementally
        self.scenario = self.scratch.scenario(scenario_id)
        state = self.engine.state(scenario_id)
        self.factors = state.factors
        self.with_r = _lean(self.scratch, state)
        self.with_f = _figures(self.with_r)
        self.with_fuel = _fuel(self.with_r)
        self.ex_rows = exchange_rows(park)

    def close(self) -> None:
        self.engine.close()

    def benefit(self, pid: str, projects: list[Project], joint: bool = False) -> Benefit:
        """``projects`` taken out together. The firms of boiler-replacement projects that the
        plan serves while they keep their boilers on file add their own savings: read in the
        with-plan for one project (as docs/work-plan.md says), in the without-run for the
        joint figure (a firm the removed pipes no longer serve is counted once, by the pipes)."""
        cmd, touched = _without(self.park, self.scenario, projects)
        figures = dict.fromkeys(BENEFIT_KEYS, 0.0)
        fuel: dict[str, float] = {}
        ctip: dict[str, float] = {}
        wo: _Lean = self.with_r
        if cmd is not None:
            cmd.redo(self.scratch)
            try:
                state = self.engine.state(self.scenario_id)
                wo = _lean_without(
                    self.scratch, state, self.with_r, touched, self.factors, self.ex_rows
                )
            finally:
                cmd.undo(self.scratch)
            wo_f, wo_fuel = _figures(wo), _fuel(wo)
            for key, value in self.with_f.items():
                figures[key] = value - wo_f[key]
            fuel = {k: self.with_fuel.get(k, 0.0) - wo_fuel.get(k, 0.0) for k in self.with_fuel}
            ctip = {
                k: v - wo.ctip[k]
                for k, v in self.with_r.ctip.items()
                if k in wo.ctip and abs(v - wo.ctip[k]) > 1e-9
            }
        firms = _boiler_firms(projects)
        _add_firm_savings(wo if joint else self.with_r, self.scenario, firms, figures, fuel)
        figures["reuse_t"] = _reuse_t(self.scenario, projects)
        return Benefit(pid, figures, fuel, ctip)


def plan_benefits(
    park: Park, scenario_id: str, projects: list[Project], *, per_project: bool = True
) -> PlanBenefits:
    """Each project's benefit and the plan's joint benefit (``per_project=False``: the joint
    benefit only, one run, e.g. for the work-plan dock's totals)."""
    runs = _Runs(park, scenario_id)
    try:
        out = {p.project_id: runs.benefit(p.project_id, [p]) for p in projects if per_project}
        return PlanBenefits(out, runs.benefit(PLAN_ID, list(projects), joint=True))
    finally:
        runs.close()


def project_benefits(park: Park, scenario_id: str, projects: list[Project]) -> dict[str, Benefit]:
    """Each project's benefit in the scenario, by project id."""
    return plan_benefits(park, scenario_id, projects).by_project
