"""The live indicator engine: results that follow every edit without recomputing everything.

The engine subscribes to the park's change events. Each scenario has a
:class:`~ecopark.indicators.state.ScenarioState` (built on first use) that an object change
updates in place: a moved firm is re-assigned to its zone through the zone STRtree and
re-attached to the pipe networks; an edited pipe changes only its medium's network; an edited
zone re-assigns only the firms inside its old and new outline. ``result()`` then runs the
vectorised aggregation (numpy over the state arrays) and caches the result until the next change
that concerns it. A baseline edit invalidates the plans' results (their elasticities and CTIP
changes use the baseline's totals). Park-wide changes that alter the rules (zone kinds, snapping
tolerance, space parameters) rebuild the states on next use.

For any sequence of edits, ``result()`` equals :func:`ecopark.indicators.evaluate_scenario` on
the same park (tests/indicators/test_engine_equivalence.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from ecopark.carbon.factors import FACTORS_SETTING
from ecopark.indicators.assemble import assemble, baseline_for, scenario_totals
from ecopark.indicators.hj274 import Totals
from ecopark.indicators.params import SPACE_PARAMS_SETTING, space_weights
from ecopark.indicators.results import ScenarioResult
from ecopark.indicators.state import ScenarioState
from ecopark.model import Change, ObjectChange, Park, ParkChange, ScenarioChange
from ecopark.network import SNAP_TOLERANCE_SETTING

_REBUILD_ON = (
    "zone_kinds",
    f"settings:{SNAP_TOLERANCE_SETTING}",
    f"settings:{SPACE_PARAMS_SETTING}",
    f"settings:{FACTORS_SETTING}",  # standard-coal factors derive energy_tce in the state
)
_log = logging.getLogger(__name__)


class IndicatorEngine:
    """Incrementally maintained indicators of every scenario of a park."""

    def __init__(self, park: Park):
        self.park = park
        self._states: dict[str, ScenarioState] = {}
        self._results: dict[str, tuple[object, ScenarioResult]] = {}
        self._totals: dict[str, tuple[tuple[int, int], Totals]] = {}
        self._epoch = 0
        self.failures: list[str] = []
        """Updates that failed (the state was dropped and rebuilt); empty unless there is a bug."""
        park.subscribe(self._on_change)

    def close(self) -> None:
        """Stop following the park (e.g. when the document closes)."""
        self.park.unsubscribe(self._on_change)

    def state(self, scenario_id: str) -> ScenarioState:
        state = self._states.get(scenario_id)
        if state is None:
            state = self._states[scenario_id] = ScenarioState.build(self.park, scenario_id)
        return state

    def result(
        self, scenario_id: str, weights: Mapping[str, float] | None = None
    ) -> ScenarioResult:
        """The indicators of a scenario now (default: the plan, as ``park.default_scenario``)."""
        self.park.scenario(scenario_id)  # raises a planner-readable error if unknown
        state = self.state(scenario_id)
        base = self.park.baseline()
        base_id, note = baseline_for(base.scenario_id if base else None, scenario_id)
        base_totals = self._baseline_totals(base_id) if base_id else None
        w = space_weights(self.park.settings, weights)
        token = (
            self._epoch,
            state.version,
            base_id,
            self._states[base_id].version if base_id else None,
            tuple(sorted(w.items())),
        )
        hit = self._results.get(scenario_id)
        if hit is not None and hit[0] == token:
            return hit[1]
        result = assemble(state, base_totals, note, w)
        self._results[scenario_id] = (token, result)
        return result

    def _baseline_totals(self, scenario_id: str) -> Totals:
        state = self.state(scenario_id)
        hit = self._totals.get(scenario_id)
        token = (state.version, self._epoch)  # settings (carbon factors) change them too
        if hit is not None and hit[0] == token:
            return hit[1]
        totals = scenario_totals(state)
        self._totals[scenario_id] = (token, totals)
        return totals

    def _on_change(self, change: Change) -> None:
        if isinstance(change, ObjectChange):
            state = self._states.get(change.scenario_id)
            if state is None:
                return
            try:
                state.apply(change)
            except Exception as exc:  # never let an indicator bug stop an edit
                _log.exception("indicator update failed; rebuilding scenario %s", state.scenario_id)
                self.failures.append(f"{change.layer} {change.object_id}: {exc!r}")
                self._forget(change.scenario_id)
        elif isinstance(change, ScenarioChange):
            self._epoch += 1
            if change.action != "changed":
                self._forget(change.scenario_id)
        elif isinstance(change, ParkChange):
            self._epoch += 1
            if change.what in _REBUILD_ON:
                self._states.clear()
                self._totals.clear()
                self._results.clear()

    def _forget(self, scenario_id: str) -> None:
        self._states.pop(scenario_id, None)
        self._totals.pop(scenario_id, None)
        self._results.pop(scenario_id, None)
