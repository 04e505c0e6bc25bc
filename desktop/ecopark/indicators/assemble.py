"""From a scenario state to a :class:`ScenarioResult`: the pure part shared by the full
evaluation and the live engine."""

from __future__ import annotations

from collections.abc import Mapping

from ecopark.indicators.carbon import carbon_result
from ecopark.indicators.coverage import allocate_all, coverage
from ecopark.indicators.hj274 import Totals, ctip_rows, hj274_rows, totals
from ecopark.indicators.land import land_output
from ecopark.indicators.results import LandOutputResult, ScenarioResult
from ecopark.indicators.space import space_score
from ecopark.indicators.state import ScenarioState


def scenario_totals(state: ScenarioState, land: LandOutputResult | None = None) -> Totals:
    land = land if land is not None else land_output(state)
    return totals(
        state,
        land.park_value,
        land.industrial_area_km2,
        land.iav_on_industrial_10k_rmb,
        land.industrial_overlap_km2,
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
    now = scenario_totals(state, land)
    entered = state.park.scenario(state.scenario_id).entered_values
    return ScenarioResult(
        scenario_id=state.scenario_id,
        land_output=land,
        coverage=cov,
        space=space,
        hj274=hj274_rows(now, baseline, baseline_note, entered),
        ctip=ctip_rows(now, baseline),
        carbon=carbon_result(state, cov, alloc.served),
    )


def baseline_for(park_baseline_id: str | None, scenario_id: str) -> tuple[str | None, str]:
    """Which scenario serves as baseline for ``scenario_id`` (None and a reason if none)."""
    if park_baseline_id is None:
        return None, "the park has no baseline scenario"
    if park_baseline_id == scenario_id:
        return None, "this is the baseline scenario"
    return park_baseline_id, ""
