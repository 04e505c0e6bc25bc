"""The indicator states one export reads, built once per scenario and shared by its sheets.

A work plan reads the same scenario many times: its indicators, the baseline's, the hydraulic
solve and the key-plant withdrawal ranking each used to build their own
:class:`~ecopark.indicators.state.ScenarioState` (six bulk builds of a 1,000-firm park per
export). :class:`ExportStates` holds one :class:`~ecopark.indicators.engine.IndicatorEngine` for
the duration of one export: each scenario is built once, its results are assembled once, and
every reader gets the same state. The engine follows the park's change events, so an edit made
while the object is open is applied before the next read (never a stale state); a new export
opens a new object, so nothing is carried from one export to the next.

The figures are the same as :func:`ecopark.indicators.evaluate_scenario`'s: a fresh engine
builds the state in bulk and assembles it with the baseline's totals exactly as the reference
does (tests/export/test_export_states.py).
"""

from __future__ import annotations

from types import TracebackType

from ecopark.indicators.engine import IndicatorEngine
from ecopark.indicators.results import ScenarioResult
from ecopark.indicators.state import ScenarioState
from ecopark.model import Park


class ExportStates:
    """Scenario states and results shared by the sheets of one export (use ``with``)."""

    def __init__(self, park: Park):
        self.park = park
        self._engine = IndicatorEngine(park)

    def state(self, scenario_id: str) -> ScenarioState:
        """The scenario's state, built on first use. Readers must leave it as they found it
        (``rank_withdrawals`` zeroes one site at a time and restores it)."""
        return self._engine.state(scenario_id)

    def result(self, scenario_id: str) -> ScenarioResult:
        """The scenario's indicators against the park's baseline (as ``evaluate_scenario``)."""
        return self._engine.result(scenario_id)

    def close(self) -> None:
        """Stop following the park's edits (the states are dropped with this object)."""
        self._engine.close()

    def __enter__(self) -> ExportStates:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
