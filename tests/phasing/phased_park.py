"""The park of docs/phasing.md "Worked example", built by hand."""

from __future__ import annotations

import math

from shapely.geometry import LineString, box

from ecopark.model import Exchange, Park, Pipeline, ScenarioInfo, Zone
from ecopark.phasing import scenario_in_year
from factories import full_firm

PLAN = "plan"


def firm(fid: str, x: float, iav: float, year: int | None = None) -> object:
    return full_firm(fid, x, 500.0, iav_10k_rmb=iav, year_in_service=year)


def phased_park() -> Park:
    park = Park("phasing example", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="2025", kind="baseline", year=2025))
    zone = Zone(zone_id="Z1", name="Z1", kind="lingang_industrial", industrial=True,
                geometry=box(0, 0, 1000, 1000))  # fmt: skip
    park.add("base", zone)
    park.add("base", firm("F1", 100, 80_000))  # type: ignore[arg-type]
    park.add_scenario(ScenarioInfo(scenario_id=PLAN, name="2028", kind="plan", year=2028))
    park.add(PLAN, zone)
    park.add(PLAN, firm("F1", 100, 100_000, 2027))  # type: ignore[arg-type]
    park.add(PLAN, firm("F2", 300, 50_000, 2026))  # type: ignore[arg-type]
    park.add(PLAN, firm("F3", 600, 30_000))  # type: ignore[arg-type]
    pipe = LineString([(100, 500), (600, 500)])
    park.add(PLAN, Pipeline(pipeline_id="P1", medium="steam_mp", status="planned",
                            geometry=pipe, diameter_mm=200))  # fmt: skip
    park.add(PLAN, Exchange(exchange_id="X1", from_id="F2", to_id="F3", material="slag",
                            quantity=1000))  # fmt: skip
    return park


def p1_in_project(park: Park) -> dict[tuple[str, str], int]:
    """Stands in for ecopark.projects: P1 belongs to a project completed in 2027."""
    return {("pipelines", "P1"): 2027}


def same_figures(a: object, b: object) -> bool:
    """Equal JSON figures, floats to 1e-9 (a sum in another order differs in the last digit)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_figures(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_figures(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def monitored_park() -> Park:
    """Targets for 2028: land output ≥ 18 and IAV per capita ≥ 100; the 2027 monitoring scenario
    holds the park as built by 2027 (F1 grown, F2; 850 employees each)."""
    park = phased_park()
    park.settings["targets"] = {PLAN: [
        {"programme": "hj274", "id": "2.1", "value": 18, "year": 2028},
        {"programme": "hj274", "id": "1.1", "value": 100, "year": 2028},
    ]}  # fmt: skip
    park.add_scenario(ScenarioInfo(scenario_id="m2027", name="2027", kind="monitoring",
                                   year=2027))  # fmt: skip
    for objs in scenario_in_year(park, PLAN, 2027).layers.values():
        for obj in objs.values():
            park.add("m2027", obj)
    return park
