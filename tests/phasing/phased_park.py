"""The park of docs/phasing.md "Worked example", built by hand."""

from __future__ import annotations

from shapely.geometry import LineString, box

from ecopark.model import Exchange, Park, Pipeline, ScenarioInfo, Zone
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
