"""Keeps a :class:`ecopark.phasing.Timeline` on the window's plan and shows its year.

The map's layers get one upsert/remove per object that enters, leaves or changes version, so a
step redraws only what changed; the indicator panel asks :func:`timeline_result` for the figures
of the year shown. At the plan year the timeline is inactive and the window is as before. Edits
still go to the plan itself (the slider only changes what is shown).
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ecopark.indicators import ScenarioResult
from ecopark.model import Change, ObjectChange
from ecopark.phasing import Timeline, plan_span

_ACTIVE: weakref.WeakKeyDictionary[Any, TimelineController] = weakref.WeakKeyDictionary()


def timeline_result(document: Any) -> ScenarioResult | None:
    """The figures of the year on the slider, or None when the window shows the plan as is."""
    controller = _ACTIVE.get(document)
    if controller is None or not controller.active:
        return None
    return controller.result()


class TimelineController(QObject):
    year_changed = Signal(int)
    span_changed = Signal(int, int)
    """(first year, last year) of the plan on screen; equal when there is nothing to step."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.document: Any = None
        self.timeline: Timeline | None = None
        self._resync = QTimer(self)
        self._resync.setSingleShot(True)
        self._resync.setInterval(0)
        self._resync.timeout.connect(self._after_edit)
        self._pending: list[tuple[str, str]] = []
        self._stale = False
        """The plan changed while shown as is: the timeline re-reads it on the next move."""
        self.bind(window.document)

    # ----- binding ----------------------------------------------------------------------------
    def bind(self, document: Any) -> None:
        if self.document is not None:
            for signal, slot in self._connections():
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
            _ACTIVE.pop(self.document, None)
        self.document = document
        _ACTIVE[document] = self
        for signal, slot in self._connections():
            signal.connect(slot)
        self._new_timeline()
        self._attach_hits()

    def _attach_hits(self) -> None:
        """Clicks on the map find only what the year shows (objects not yet built are not hit)."""
        canvas: Any = getattr(self.window, "canvas", None)
        if getattr(canvas, "document", None) is not self.document or not hasattr(canvas, "index"):
            return
        from ecopark.ui.canvas.hit_index import SceneIndex

        document: Any = self.document

        def shown() -> Any:
            t = self.timeline
            return t.scenario if t is not None and self.active else document.scenario

        canvas.index = SceneIndex(shown)

    def _connections(self) -> list[tuple[Any, Any]]:
        return [
            (self.document.changed, self._on_change),
            (self.document.scenario_switched, self._on_switch),
        ]

    def _new_timeline(self) -> None:
        self._stale = False
        if self.timeline is not None:
            self.timeline.shadow.unsubscribe(self._on_shadow)
            self.timeline.close()
            self.timeline = None
        doc = self.document
        scenario = doc.park.scenarios.get(doc.scenario_id)
        base = doc.park.baseline()
        if scenario is not None and scenario.info.kind == "plan" and base is not None:
            self.timeline = Timeline(doc.park, doc.scenario_id)
            self.timeline.shadow.subscribe(self._on_shadow)
            self.span_changed.emit(self.timeline.first_year, self.timeline.last_year)
            self.year_changed.emit(self.timeline.year)
        else:
            year = scenario.info.year if scenario is not None else 0
            self.span_changed.emit(year, year)
            self.year_changed.emit(year)

    # ----- state ------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        t = self.timeline
        return t is not None and t.year < t.last_year

    @property
    def year(self) -> int | None:
        return self.timeline.year if self.timeline is not None else None

    def span(self) -> tuple[int, int] | None:
        t = self.timeline
        return (t.first_year, t.last_year) if t is not None else None

    def result(self) -> ScenarioResult:
        assert self.timeline is not None
        return self.timeline.result()

    def set_year(self, year: int) -> None:
        """Show the park as it stands in ``year`` on the map and in the indicator panel."""
        t = self.timeline
        if t is None or year == t.year:
            return
        if self._stale:
            self._stale = False
            t.refresh()
        t.set_year(year)
        canvas: Any = getattr(self.window, "canvas", None)
        if hasattr(canvas, "index"):
            canvas.index.invalidate()
        self._repaint()
        self.year_changed.emit(t.year)

    def step(self, delta: int) -> None:
        if self.timeline is not None:
            self.set_year(self.timeline.year + delta)

    def _repaint(self) -> None:
        canvas: Any = getattr(self.window, "canvas", None)
        if hasattr(canvas, "viewport"):
            canvas.viewport().update()
        panel = getattr(self.window, "indicator_panel", None)
        if panel is not None:
            panel.refresh()

    # ----- events -----------------------------------------------------------------------------
    def _on_shadow(self, change: Change) -> None:
        """An object entered, left or changed version in the year shown: redraw it alone."""
        if isinstance(change, ObjectChange):
            self._show_object(change.layer, change.object_id, change.new)

    def _show_object(self, layer: str, object_id: str, obj: Any) -> None:
        canvas: Any = getattr(self.window, "canvas", None)
        layers = getattr(canvas, "layers", None)
        if not isinstance(layers, dict) or getattr(canvas, "document", None) is not self.document:
            return  # not a map canvas (a test's stand-in), or one showing another document
        item = layers.get(layer)
        if item is None:
            return
        if obj is None:
            item.remove(object_id)
        else:
            item.upsert(obj)
        canvas.index.invalidate(layer)
        if layer in canvas.point_layers:
            canvas.exchange_layer.mark_dirty()

    def _on_change(self, change: Change) -> None:
        if self.timeline is None:
            return
        if isinstance(change, ObjectChange) and change.scenario_id in (
            self.timeline.scenario_id,
            *(s.scenario_id for s in [self.document.park.baseline()] if s is not None),
        ):
            self._pending.append((change.layer, change.object_id))
            self._resync.start()
        elif not isinstance(change, ObjectChange):
            self._resync.start()

    def _after_edit(self) -> None:
        """After an edit, undo or redo: re-apply the year and put the map back in step (at the
        plan year only later, when the slider moves: an edit then costs nothing extra)."""
        t = self.timeline
        pending, self._pending = self._pending, []
        if t is None:
            return
        if not self.active and t.scenario_id in self.document.park.scenarios:
            self._stale = True
            span = plan_span(self.document.park, t.scenario_id)
            if span != (t.first_year, t.last_year):
                t.first_year, t.last_year = span
                t.year = t.last_year
                self.span_changed.emit(*span)
            return
        if t.scenario_id not in self.document.park.scenarios:
            self._new_timeline()
            return
        span = (t.first_year, t.last_year)
        t.refresh()
        if (t.first_year, t.last_year) != span:
            self.span_changed.emit(t.first_year, t.last_year)
            self.year_changed.emit(t.year)
        if self.active:
            for layer, oid in pending:
                self._show_object(layer, oid, t.scenario.layers.get(layer, {}).get(oid))
            self._repaint()

    def _on_switch(self, scenario_id: str) -> None:
        self._new_timeline()
