"""A plan stepped through its years with live indicators.

:class:`Timeline` keeps a *shadow* park: the real park's settings, zone kinds and baseline, plus
one scenario (same id as the plan) holding the plan as it stands in the chosen year
(:func:`ecopark.phasing.as_of.layers_in_year`). Moving to another year applies only the
difference (objects entering or leaving service) as ordinary commands on the shadow, so a
listener (the map) sees one change event per object that appears, disappears or changes version.

The figures of a year come from an :class:`~ecopark.indicators.engine.IndicatorEngine` on a
second shadow, brought to that year the same way (incrementally) only when a year's figures are
asked for the first time; they are then kept per year until the real park changes, so stepping
back and forth costs nothing. The real park is never touched; after an edit of it,
:meth:`Timeline.refresh` re-applies the year.
"""

from __future__ import annotations

from dataclasses import replace

from ecopark.commands import AddObjects, RemoveObjects, ReplaceObjects
from ecopark.indicators import ScenarioResult
from ecopark.indicators.engine import IndicatorEngine
from ecopark.model import Park, ParkObject, Scenario
from ecopark.phasing.as_of import layers_in_year
from ecopark.phasing.years import Ref, effective_years, plan_span


def _shadow_park(park: Park, scenario_id: str) -> Park:
    """A park sharing ``park``'s settings, zone kinds and baseline, with a copy of the plan."""
    shadow = Park(park.name, park.crs)
    shadow.zone_kinds = park.zone_kinds
    shadow.settings = park.settings
    base = park.baseline()
    if base is not None and base.scenario_id != scenario_id:
        shadow.scenarios[base.scenario_id] = base
    plan = park.scenario(scenario_id)
    current = Scenario(plan.info)
    current.layers = {k: dict(v) for k, v in plan.layers.items()}
    current.entered_values = plan.entered_values
    shadow.scenarios[scenario_id] = current
    return shadow


def _apply(shadow: Park, scenario_id: str, info: object,
           target: dict[str, dict[str, ParkObject]]) -> int:  # fmt: skip
    """Bring ``shadow``'s scenario to ``target`` with commands; returns the objects changed."""
    scenario = shadow.scenario(scenario_id)
    if scenario.info != info:
        scenario.info = info  # type: ignore[assignment]
    now = scenario.layers
    gone: list[tuple[str, str]] = []
    changed: list[ParkObject] = []
    new: list[ParkObject] = []
    for layer, objs in target.items():
        have = now[layer]
        gone.extend((layer, oid) for oid in have if oid not in objs)
        for oid, obj in objs.items():
            old = have.get(oid)
            if old is None:
                new.append(obj)
            elif old is not obj and old != obj:
                changed.append(obj)
    exchanges = [r for r in gone if r[0] == "exchanges"]  # before their ends
    others = [r for r in gone if r[0] != "exchanges"]
    if exchanges:
        RemoveObjects(scenario_id, exchanges).redo(shadow)
    if others:
        RemoveObjects(scenario_id, others).redo(shadow)
    if changed:
        ReplaceObjects(scenario_id, changed).redo(shadow)
    if new:
        AddObjects(scenario_id, new).redo(shadow)
    return len(gone) + len(changed) + len(new)


class Timeline:
    """The plan ``scenario_id`` of ``park`` in a year between its baseline and plan years."""

    def __init__(self, park: Park, scenario_id: str):
        self.park = park
        self.scenario_id = scenario_id
        self.first_year, self.last_year = plan_span(park, scenario_id)
        self.year = self.last_year
        self.shadow = _shadow_park(park, scenario_id)
        """The park as it stands in :attr:`year` (subscribe to it to follow the steps)."""
        self.years: dict[Ref, int] = effective_years(park, scenario_id)
        self._results: dict[int, ScenarioResult] = {}
        self._figures: Park | None = None
        self._engine: IndicatorEngine | None = None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self._figures = None

    @property
    def scenario(self) -> Scenario:
        """The plan as it stands in :attr:`year` (read-only: edit the real park)."""
        return self.shadow.scenario(self.scenario_id)

    def _info(self, year: int) -> object:
        return replace(self.park.scenario(self.scenario_id).info, year=year)

    def set_year(self, year: int) -> int:
        """Show the park in ``year`` (clamped to the plan's span); returns how many objects
        entered, left or changed version."""
        year = max(self.first_year, min(self.last_year, int(year)))
        self.year = year
        target = layers_in_year(self.park, self.scenario_id, year, self.years)
        return _apply(self.shadow, self.scenario_id, self._info(year), target)

    def refresh(self) -> int:
        """Re-apply the year after the real park changed (an edit, undo or redo)."""
        if self.scenario_id not in self.park.scenarios:
            return 0
        self.close()
        self._results.clear()
        plan = self.park.scenario(self.scenario_id)
        self.first_year, self.last_year = plan_span(self.park, self.scenario_id)
        self.scenario.entered_values = plan.entered_values
        self.years = effective_years(self.park, self.scenario_id)
        return self.set_year(self.year)

    def result(self, year: int | None = None) -> ScenarioResult:
        """Every indicator of the park as it stands in ``year`` (default: :attr:`year`)."""
        year = self.year if year is None else max(self.first_year, min(self.last_year, year))
        cached = self._results.get(year)
        if cached is not None:
            return cached
        if self._figures is None or self._engine is None:
            self._figures = _shadow_park(self.park, self.scenario_id)
            self._engine = IndicatorEngine(self._figures)
        target = layers_in_year(self.park, self.scenario_id, year, self.years)
        _apply(self._figures, self.scenario_id, self._info(year), target)
        result = self._results[year] = self._engine.result(self.scenario_id)
        return result
