"""From a scenario state to a :class:`ScenarioResult`: the pure part shared by the full
evaluation and the live engine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ecopark.indicators.carbon import CarbonResult, carbon_result
from ecopark.indicators.carbon_link import carbon_figures
from ecopark.indicators.coverage import allocate_all, coverage
from ecopark.indicators.hj274 import Totals, ctip_rows, hj274_rows, set_rows, totals
from ecopark.indicators.land import land_output
from ecopark.indicators.results import (
    CtipRow,
    Hj274Row,
    LandOutputResult,
    ScenarioResult,
    Status,
)
from ecopark.indicators.rowcalc import compute
from ecopark.indicators.sets import indicator_set
from ecopark.indicators.space import space_score
from ecopark.indicators.state import ScenarioState
from ecopark.indicators.targets import Judged, Lookup, judge, targets_for


def scenario_totals(
    state: ScenarioState,
    land: LandOutputResult | None = None,
    carbon: CarbonResult | None = None,
) -> Totals:
    """What the programme rows need of a scenario (the baseline's are cached by the engine)."""
    land = land if land is not None else land_output(state)
    if carbon is None:
        alloc = allocate_all(state)
        carbon = carbon_result(state, coverage(state, alloc, land.industrial_area_km2),
                               alloc.served)  # fmt: skip
    return totals(
        state,
        land.park_value,
        land.industrial_area_km2,
        land.iav_on_industrial_10k_rmb,
        land.industrial_overlap_km2,
        carbon_figures(carbon),
    )


def assemble(
    state: ScenarioState,
    baseline: Totals | None,
    baseline_note: str,
    weights: Mapping[str, float],
) -> ScenarioResult:
    """Evaluate every indicator of ``state``. ``baseline`` holds the baseline scenario's totals
    (None when ``state`` is the baseline or there is none; ``baseline_note`` says why)."""
    land = land_output(state)
    alloc = allocate_all(state)
    cov = coverage(state, alloc, land.industrial_area_km2)
    space = space_score(state, alloc, weights)
    carbon = carbon_result(state, cov, alloc.served)
    now = scenario_totals(state, land, carbon)
    park = state.park
    entered = park.scenario(state.scenario_id).entered_values
    settings = park.settings
    hj = hj274_rows(now, baseline, baseline_note, entered, settings)
    ctip = ctip_rows(now, baseline, entered, settings)
    low = set_rows("lowcarbon", settings, now, baseline, baseline_note, entered)
    plan_id, targets = targets_for(park, state.scenario_id)
    judged, attainment = judge(targets, _lookup(hj, ctip, low, baseline, baseline_note, settings))
    return ScenarioResult(
        scenario_id=state.scenario_id,
        land_output=land,
        coverage=cov,
        space=space,
        hj274=hj,
        ctip=with_targets(ctip, judged),
        lowcarbon=low,
        targets=judged,
        attainment=attainment,
        targets_plan=plan_id,
        carbon=carbon,
    )


def _lookup(
    hj: tuple[Hj274Row, ...],
    ctip: tuple[CtipRow, ...],
    low: tuple[Hj274Row, ...],
    baseline: Totals | None,
    baseline_note: str,
    settings: Mapping[str, Any],
) -> Lookup:
    def find(programme: str, iid: str) -> tuple[str, str, str, float | None, float | None] | None:
        if programme == "ctip":
            c = next((r for r in ctip if r.id == iid), None)
            if c is None:
                return None
            return c.name, c.unit, c.comparator, c.value, c.baseline_value
        r = next((r for r in (hj if programme == "hj274" else low) if r.id == iid), None)
        if r is None:
            return None
        base = None
        spec = next((d for d in indicator_set(programme, settings) if d.id == iid), None)
        if baseline is not None and spec is not None:
            base = compute(spec.how, baseline, None, baseline_note).value
        return r.name, r.unit, r.comparator, r.value, base

    return find


def with_targets(ctip: tuple[CtipRow, ...], judged: tuple[Judged, ...]) -> tuple[CtipRow, ...]:
    """CTIP rows with the target that applies to each and whether it is met."""
    by_id = {j.target.indicator_id: j for j in judged if j.target.programme == "ctip"}
    out = []
    for row in ctip:
        j = by_id.get(row.id)
        if j is None:
            out.append(row)
            continue
        status: Status = "insufficient_data" if j.met is None else ("met" if j.met else "not_met")
        out.append(replace(row, target=j.target_value, target_year=j.target.year, status=status))
    return tuple(out)


def baseline_for(park_baseline_id: str | None, scenario_id: str) -> tuple[str | None, str]:
    """Which scenario serves as baseline for ``scenario_id`` (None and a reason if none)."""
    if park_baseline_id is None:
        return None, "the park has no baseline scenario"
    if park_baseline_id == scenario_id:
        return None, "this is the baseline scenario"
    return park_baseline_id, ""
