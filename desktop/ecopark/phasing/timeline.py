"""A plan stepped through its years with live indicators.

:class:`Timeline` keeps a *shadow* park: the real park's settings, zone kinds and baseline, plus
one scenario (same id as the plan) holding the plan as it stands in the chosen year
(:func:`ecopark.phasing.as_of.layers_in_year`). Moving to another year applies only the
difference (objects entering or leaving service) as ordinary commands on the shadow, so an
:class:`~ecopark.indicators.engine.IndicatorEngine` on it updates incrementally and a listener
(the map) sees one change event per object that appears, disappears or changes version. The
real park is never touched; after an edit of it, :meth:`Timeline.refresh` re-applies the year.
"""

from __future__ import annotations

from dataclasses import replace

from ecopark.commands import AddObjects, RemoveObjects, ReplaceObjects
from ecopark.indicators import ScenarioResult
from ecopark.indicators.engine import IndicatorEngine
from ecopark.model import Park, ParkObject, Scenario
from ecopark.phasing.as_of import layers_in_year
from ecopark.phasing.years import Ref, effective_years, plan_span


class Timeline:
    """The plan ``scenario_id`` of ``park`` in a year between its baseline and plan years."""

    def __init__(self, park: Park, scenario_id: str):
        self.park = park
        self.scenario_id = scenario_id
        self.first_year, self.last_year = plan_span(park, scenario_id)
        self.year = self.last_year
        self.shadow = Park(park.name, park.crs)
        self.shadow.zone_kinds = park.zone_kinds
        self.shadow.settings = park.settings
        base = park.baseline()
        if base is not None and base.scenario_id != scenario_id:
            self.shadow.scenarios[base.scenario_id] = base
        plan = park.scenario(scenario_id)
        current = Scenario(plan.info)
        current.layers = {k: dict(v) for k, v in plan.layers.items()}
        current.entered_values = plan.entered_values
        self.shadow.scenarios[scenario_id] = current
        self.years: dict[Ref, int] = effective_years(park, scenario_id)
        self.engine = IndicatorEngine(self.shadow)

    def close(self) -> None:
        self.engine.close()

    @property
    def scenario(self) -> Scenario:
        """The plan as it stands in :attr:`year` (read-only: edit the real park)."""
        return self.shadow.scenario(self.scenario_id)

    def set_year(self, year: int) -> int:
        """Show the park in ``year`` (clamped to the plan's span); returns how many objects
        entered, left or changed version."""
        year = max(self.first_year, min(self.last_year, int(year)))
        self.year = year
        return self._apply(layers_in_year(self.park, self.scenario_id, year, self.years))

    def refresh(self) -> int:
        """Re-apply the year after the real park changed (an edit, undo or redo)."""
        if self.scenario_id not in self.park.scenarios:
            return 0
        plan = self.park.scenario(self.scenario_id)
        self.first_year, self.last_year = plan_span(self.park, self.scenario_id)
        self.scenario.info = replace(plan.info, year=self.year)
        self.scenario.entered_values = plan.entered_values
        self.years = effective_years(self.park, self.scenario_id)
        return self.set_year(self.year)

    def result(self) -> ScenarioResult:
        """Every indicator of the park as it stands in :attr:`year`."""
        return self.engine.result(self.scenario_id)

    def _apply(self, target: dict[str, dict[str, ParkObject]]) -> int:
        now = self.scenario.layers
        info = replace(self.park.scenario(self.scenario_id).info, year=self.year)
        if self.scenario.info != info:
            self.scenario.info = info
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
        gone.sort(key=lambda r: r[0] != "exchanges")  # exchanges before their ends
        sid = self.scenario_id
        if gone:
            exchanges = [r for r in gone if r[0] == "exchanges"]
            others = [r for r in gone if r[0] != "exchanges"]
            if exchanges:
                RemoveObjects(sid, exchanges).redo(self.shadow)
            if others:
                RemoveObjects(sid, others).redo(self.shadow)
        if changed:
            ReplaceObjects(sid, changed).redo(self.shadow)
        if new:
            AddObjects(sid, new).redo(self.shadow)
        return len(gone) + len(changed) + len(new)
