"""Evaluation of a scenario from scratch: the reference the live engine must equal."""

from __future__ import annotations

from collections.abc import Mapping

from ecopark.indicators.assemble import assemble, baseline_for, scenario_totals
from ecopark.indicators.params import space_weights
from ecopark.indicators.results import ScenarioResult
from ecopark.indicators.state import ScenarioState
from ecopark.model import Park


def evaluate_scenario(
    park: Park, scenario_id: str, weights: Mapping[str, float] | None = None
) -> ScenarioResult:
    """Evaluate one scenario from scratch (the reference the incremental engine must equal).

    ``weights`` overrides ``park.settings["space_weights"]`` for the space score (missing keys
    take the defaults). Raises ``UnknownReferenceError`` for an unknown scenario. For live use
    (many edits) prefer :class:`ecopark.indicators.engine.IndicatorEngine`, which gives the
    same result incrementally.
    """
    state = ScenarioState.build(park, scenario_id)
    base = park.baseline()
    base_id, note = baseline_for(base.scenario_id if base else None, scenario_id)
    base_totals = scenario_totals(ScenarioState.build(park, base_id)) if base_id else None
    return assemble(state, base_totals, note, space_weights(park.settings, weights))
