"""Years in service of the Liaobin plan: a three-year work plan, 2028-2030 (issue 17 part B).

The shared facilities come first (2028: the CHP's steam and the treatment plants); the networks
and the firms' changes (growth, boilers replaced) follow from the harbor westwards to the east
block: the western third in 2028, the middle in 2029, the east block in 2030. Exchanges enter
service with the later of their two ends. Only planned objects get a year (existing ones, held
unchanged by the baseline, are in service from the baseline, docs/phasing.md).
"""

from __future__ import annotations

from ecopark.model import Park
from ecopark.phasing.years import is_existing

PHASE_YEARS: tuple[int, int, int] = (2028, 2029, 2030)
FACILITY_YEAR = 2028


def apply_phases(park: Park, scenario_id: str = "plan2030") -> None:
    """Give every planned zone, firm, facility and pipeline of the plan its year in service."""
    plan = park.scenario(scenario_id)
    base = park.baseline()
    spatial = [
        obj
        for layer in ("zones", "firms", "pipelines")
        for obj in plan.layers[layer].values()
        if not is_existing(obj, base)
    ]
    xs = sorted(obj.geometry.centroid.x for obj in spatial)  # type: ignore[attr-defined]
    cut1, cut2 = xs[len(xs) // 3], xs[2 * len(xs) // 3]
    years: dict[str, int] = {}
    for obj in spatial:
        x = obj.geometry.centroid.x  # type: ignore[attr-defined]
        band = 0 if x < cut1 else 1 if x < cut2 else 2
        years[obj.id] = PHASE_YEARS[band]
    for fac in plan.facilities.values():
        if not is_existing(fac, base):
            years[fac.id] = FACILITY_YEAR
    for layer in ("zones", "firms", "facilities", "pipelines"):
        objs = plan.layers[layer]
        for oid, obj in list(objs.items()):
            if oid in years:
                objs[oid] = obj.with_changes(year_in_service=years[oid])
    for oid, ex in list(plan.exchanges.items()):
        if is_existing(ex, base):
            continue
        ends = [years.get(ex.from_id, PHASE_YEARS[0]), years.get(ex.to_id, PHASE_YEARS[0])]
        plan.exchanges[oid] = ex.with_changes(year_in_service=max(ends))


PLAN_TARGETS: tuple[dict[str, object], ...] = (
    {"programme": "hj274", "id": "2.1", "value": 9.0, "year": 2030,
     "note": "HJ 274 threshold: ≥ 9 ×10⁸ RMB/km²"},
    {"programme": "hj274", "id": "2.2", "value": 0.35, "year": 2030, "note": ""},
    {"programme": "hj274", "id": "2.8", "value": 92.0, "year": 2030, "note": ""},
    {"programme": "hj274", "id": "2.9", "value": 95.0, "year": 2030, "note": ""},
    {"programme": "hj274", "id": "3.3", "value": 1.0, "year": 2030, "note": ""},
    {"programme": "ctip", "id": "4.4", "value": 1500.0, "year": 2030, "note": "SO₂, t/a"},
    {"programme": "ctip", "id": "4.7", "value": 1500.0, "year": 2030, "note": "NOx, t/a"},
    {"programme": "ctip", "id": "5.2", "value": 9.0, "year": 2030, "note": ""},
)  # fmt: skip
"""Targets of the Liaobin work plan for 2030 (judged year by year on the straight line from the
baseline, docs/phasing.md)."""

MONITORING_ID = "monitor2029"


def add_targets_and_monitoring(park: Park, plan_id: str = "plan2030") -> None:
    """The plan's targets, and a monitoring scenario of 2029: the park as it stands in 2029
    (what was built by then) stands in for the figures reported that year."""
    from ecopark.model import ScenarioInfo
    from ecopark.phasing.as_of import scenario_in_year

    park.settings["targets"] = {plan_id: [dict(t) for t in PLAN_TARGETS]}
    park.settings["monitoring_plan"] = {MONITORING_ID: plan_id}
    actual = scenario_in_year(park, plan_id, 2029)
    info = ScenarioInfo(scenario_id=MONITORING_ID, name="监测 2029 Monitoring", kind="monitoring",
                        year=2029)  # fmt: skip
    park.add_scenario(info)
    for layer in ("zones", "firms", "facilities", "pipelines", "corridors", "plots", "exchanges"):
        for obj in actual.layers[layer].values():
            park.add(MONITORING_ID, obj)
    park.scenario(MONITORING_ID).entered_values = dict(actual.entered_values)
