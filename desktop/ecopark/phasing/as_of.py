"""The park as it stands in a year: a plan scenario's objects in service by then.

For year Y every object of the plan whose year in service (``ecopark.phasing.years``) is at most
Y is there as planned; an object changed by the plan but not yet in service keeps its baseline
version; a baseline object the plan removes stays until the plan year; an exchange is there only
while both its ends are. The result is an ordinary :class:`~ecopark.model.Scenario` (same id as
the plan, its year set to Y), so every indicator, carbon, coverage and hydraulic computation runs
on it unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from ecopark.model import Park, ParkObject, Scenario
from ecopark.phasing.years import Ref, effective_years, plan_span


def layers_in_year(
    park: Park, scenario_id: str, year: int, years: dict[Ref, int] | None = None
) -> dict[str, dict[str, ParkObject]]:
    """{layer: {id: object}} of the scenario as it stands in ``year`` (the rules above)."""
    plan = park.scenario(scenario_id)
    base = park.baseline()
    baseline = base if base is not None and base.scenario_id != scenario_id else None
    years = effective_years(park, scenario_id) if years is None else years
    _, plan_year = plan_span(park, scenario_id)
    out: dict[str, dict[str, ParkObject]] = {}
    for layer, objs in plan.layers.items():
        old = baseline.layers[layer] if baseline is not None else {}
        now: dict[str, ParkObject] = {}
        for oid, obj in objs.items():
            if years[(layer, oid)] <= year:
                now[oid] = obj
            elif oid in old:
                now[oid] = old[oid]
        if year < plan_year:
            for oid, obj in old.items():
                if oid not in objs:
                    now[oid] = obj
        out[layer] = now
    ends = out["firms"].keys() | out["facilities"].keys()
    out["exchanges"] = {
        k: e
        for k, e in out["exchanges"].items()
        if e.from_id in ends and e.to_id in ends  # type: ignore[attr-defined]
    }
    return out


def scenario_in_year(park: Park, scenario_id: str, year: int) -> Scenario:
    """A detached scenario: the plan as it stands in ``year`` (not added to the park)."""
    plan = park.scenario(scenario_id)
    scenario = Scenario(replace(plan.info, year=year))
    scenario.layers = layers_in_year(park, scenario_id, year)
    scenario.entered_values = dict(plan.entered_values)
    return scenario
