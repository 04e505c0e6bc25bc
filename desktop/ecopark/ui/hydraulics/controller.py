"""Keeps a hydraulic solve of the scenario on screen current: re-solves after edits, debounced
so a burst of edits (a drag, an undo of many steps) solves once."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ecopark.hydraulics import HydraulicResult, solve_scenario
from ecopark.indicators.state import ScenarioState
from ecopark.model import ObjectChange
from ecopark.ui.document import ProjectDocument

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
_SOLVE_LAYERS = {"firms", "facilities", "pipelines"}


class NetworkController(QObject):
    """Solves the scenario on screen and says when a new result is ready."""

    solved = Signal(object)
    """The new :class:`HydraulicResult` (or None when the solve failed)."""

    def __init__(
        self,
        document: ProjectDocument,
        parent: QObject | None = None,
        state_of: Callable[[str], ScenarioState | None] | None = None,
    ):
        super().__init__(parent)
        self.state_of = state_of
        """The live indicator engine's state of a scenario: reusing it (and the pipe graphs and
        allocation cached on it) spares rebuilding them on every re-solve."""
        self.result: HydraulicResult | None = None
        self.error = ""
        self.solve_count = 0
        self.active = False
        """Solve only while something shows the result (the map mode or the panel tab)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.solve_now)
        self._dirty = True
        self.document = document
        self._bind(document)

    def set_document(self, document: ProjectDocument) -> None:
        try:
            self.document.changed.disconnect(self._on_change)
            self.document.scenario_switched.disconnect(self._on_switch)
        except (RuntimeError, TypeError):
            pass
        self.document = document
        self._bind(document)
        self._on_switch()

    def _bind(self, document: ProjectDocument) -> None:
        document.changed.connect(self._on_change)
        document.scenario_switched.connect(self._on_switch)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._dirty:
            self.solve_now()

    def _on_change(self, change: object) -> None:
        if isinstance(change, ObjectChange) and change.layer not in _SOLVE_LAYERS:
            return
        self._dirty = True
        if self.active:
            self._timer.start()

    def _on_switch(self, *_: object) -> None:
        self._dirty = True
        if self.active:
            self._timer.start(0)

    def solve_now(self) -> None:
        self._timer.stop()
        doc = self.document
        if doc.scenario_id not in doc.park.scenarios:
            return
        try:
            state = None
            if self.state_of is not None:
                try:
                    state = self.state_of(doc.scenario_id)
                except Exception:  # noqa: BLE001 - fall back to a fresh state
                    state = None
            self.result = solve_scenario(doc.park, doc.scenario_id, state)
            self.error = ""
        except Exception as exc:  # noqa: BLE001 - a failed solve must never stop editing
            log.exception("hydraulic solve failed")
            self.result = None
            self.error = str(exc)
        self._dirty = False
        self.solve_count += 1
        self.solved.emit(self.result)
