"""What each project achieves: the plan's indicators with it minus without it.

One scratch copy of the park (baseline and the plan scenario) is followed by the incremental
:class:`~ecopark.indicators.engine.IndicatorEngine`; for each project its members are taken out
of the copy's plan (pipes, facilities, exchanges removed; a boiler-replacement project's firms
given back their baseline boilers), the indicators read, and the edit undone. Only the network
pieces and firms that the edit touches are recomputed, so 200 projects of a 1,000-firm park stay
within the export's time budget (bench/export.py). The planner's park is never edited.

Benefits are not additive: a pipeline and the boiler replacement it makes possible both show the
boilers it retires (without either, they stay). The plan's own effect is the plan against the
baseline, which the indicator tables already give.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ecopark.commands import Command, MacroCommand, RemoveObjects, ReplaceObjects
from ecopark.indicators.assemble import scenario_totals
from ecopark.indicators.carbon import CarbonResult, carbon_result
from ecopark.indicators.coverage import allocate_all, coverage
from ecopark.indicators.engine import IndicatorEngine
from ecopark.indicators.hj274 import Totals, ctip_rows
from ecopark.indicators.land import land_output
from ecopark.indicators.results import CoverageResult, CtipRow, LandOutputResult
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
    copy = Park(park.name, park.crs, zone_kinds=park.zone_kinds.values())
    copy.settings = dict(park.settings)
    ids = [scenario_id]
    base = park.baseline()
    if base is not None and base.scenario_id != scenario_id:
        ids.insert(0, base.scenario_id)
    for sid in ids:
        src = park.scenario(sid)
        dst = copy.add_scenario(src.info)
        dst.layers = {k: dict(v) for k, v in src.layers.items()}
        dst.entered_values = dict(src.entered_values)
    return copy


def _without(park: Park, scenario: Scenario, project: Project) -> Command | None:
    """The edit that takes the project out of the scratch plan."""
    removals = [
        (layer, oid)
        for layer, oid in project.members
        if layer in ("pipelines", "facilities", "exchanges") and oid in scenario.layers[layer]
    ]
    base = park.baseline()
    restored: list[Firm] = []
    if project.kind == "boiler_replacement":
        for layer, oid in project.members:
            firm = scenario.firms.get(oid) if layer == "firms" else None
            before = base.firms.get(oid) if base is not None else None
            if firm is None:
                continue
            if before is not None and before.boiler_count > firm.boiler_count:
                restored.append(
                    firm.with_changes(
                        own_boiler=before.own_boiler,
                        boiler_count=before.boiler_count,
                    )
                )
    steps: list[Command] = []
    if removals:
        steps.append(RemoveObjects(scenario.scenario_id, removals))
    if restored:
        steps.append(ReplaceObjects(scenario.scenario_id, restored))
    return MacroCommand("without project", steps) if steps else None


@dataclass(frozen=True)
class _Lean:
    """The part of a ScenarioResult the benefits read (no space score, HJ 274 or targets: the
    engine's full assembly costs several times more and none of it changes a benefit)."""

    coverage: CoverageResult
    carbon: CarbonResult | None
    land_output: LandOutputResult
    ctip: tuple[CtipRow, ...]


def _lean(
    park: Park, state: ScenarioState, base: Totals | None, land: LandOutputResult | None = None
) -> _Lean:
    """``land``: the with-project land output, reused because taking a project out never moves
    a zone or changes a firm's land or added value (only pipes, facilities, exchanges, boilers)."""
    land = land if land is not None else land_output(state)
    alloc = allocate_all(state)
    cov = coverage(state, alloc, land.industrial_area_km2)
    carbon = carbon_result(state, cov, alloc.served)
    now = scenario_totals(state, land, carbon)
    entered = park.scenario(state.scenario_id).entered_values
    return _Lean(cov, carbon, land, ctip_rows(now, base, entered, park.settings))


def _figures(r: _Lean) -> dict[str, float]:
    sav = r.carbon.savings if r.carbon is not None else None
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
    if r.carbon is None:
        return {}
    sav = r.carbon.savings
    out = {k: float(sav.own_fuel_by_kind.get(k, 0.0)) for k in FUELS}
    out["coal"] -= float(sav.chp_coal_t)
    return out


def _ctip(r: _Lean) -> dict[str, float]:
    return {row.id: row.value for row in r.ctip if row.value is not None}


def _reuse_t(scenario: Scenario, project: Project) -> float:
    total = 0.0
    for layer, oid in project.members:
        ex = scenario.exchanges.get(oid) if layer == "exchanges" else None
        if ex is not None and ex.unit.strip() == "t/a":
            total += ex.quantity
    return total


def _add_firm_savings(
    r: _Lean,
    scenario: Scenario,
    project: Project,
    figures: dict[str, float],
    fuel: dict[str, float],
) -> None:
    """A boiler-replacement project of firms the plan serves while they keep their boilers on
    file: its benefit is those firms' own savings (the engine's per-firm figures)."""
    if r.carbon is None:
        return
    members = {oid for layer, oid in project.members if layer == "firms"}
    for s in r.carbon.savings.by_firm:
        if s.firm_id not in members:
            continue
        firm = scenario.firms.get(s.firm_id)
        figures["boilers"] += float(firm.boiler_count if firm else 0)
        figures["fuel_tce"] += s.fuel_tce
        figures["so2_t"] += s.so2_t
        figures["co2_t"] += s.co2_t
        fuel[s.boiler_fuel] = fuel.get(s.boiler_fuel, 0.0) + s.own_fuel
        fuel["coal"] = fuel.get("coal", 0.0) - s.chp_coal_t


def project_benefits(park: Park, scenario_id: str, projects: list[Project]) -> dict[str, Benefit]:
    """Each project's benefit in the scenario, by project id."""
    scratch = _scratch(park, scenario_id)
    engine = IndicatorEngine(scratch)  # keeps the scratch plan's state in step with each edit
    try:
        base = scratch.baseline()
        base_totals = (
            scenario_totals(engine.state(base.scenario_id))
            if base is not None and base.scenario_id != scenario_id
            else None
        )
        with_r = _lean(scratch, engine.state(scenario_id), base_totals)
        with_f, with_fuel, with_ctip = _figures(with_r), _fuel(with_r), _ctip(with_r)
        scenario = scratch.scenario(scenario_id)
        out: dict[str, Benefit] = {}
        for project in projects:
            cmd = _without(scratch, scenario, project)
            figures = dict.fromkeys(BENEFIT_KEYS, 0.0)
            fuel: dict[str, float] = {}
            ctip: dict[str, float] = {}
            if cmd is not None:
                cmd.redo(scratch)
                try:
                    wo = _lean(scratch, engine.state(scenario_id), base_totals, with_r.land_output)
                    wo_f, wo_fuel, wo_ctip = _figures(wo), _fuel(wo), _ctip(wo)
                finally:
                    cmd.undo(scratch)
                for key, value in with_f.items():
                    figures[key] = value - wo_f[key]
                fuel = {k: with_fuel.get(k, 0.0) - wo_fuel.get(k, 0.0) for k in with_fuel}
                ctip = {
                    k: v - wo_ctip[k]
                    for k, v in with_ctip.items()
                    if k in wo_ctip and abs(v - wo_ctip[k]) > 1e-9
                }
            if project.kind == "boiler_replacement":
                _add_firm_savings(with_r, scenario, project, figures, fuel)
            figures["reuse_t"] = _reuse_t(scenario, project)
            out[project.project_id] = Benefit(project.project_id, figures, fuel, ctip)
        return out
    finally:
        engine.close()
