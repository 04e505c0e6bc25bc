"""The hand-built plan of docs/work-plan.md: a CHP, a reclaimed-water plant, two firms, four
projects: a steam pipe that retires a coal boiler, a reclaimed-water pipe, a slag exchange, and
the replacement of that same boiler, which claims the same saving as the steam pipe."""

from __future__ import annotations

from shapely.geometry import LineString, Point, box

from ecopark.model import Exchange, Facility, Firm, Park, Pipeline, ScenarioInfo, Zone
from ecopark.projects import Project
from ecopark.projects.model import projects_value


def example_park() -> Park:
    park = Park("Example park 示例园区", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="现状", kind="baseline", year=2025))
    park.add("base", Zone(zone_id="Z1", name="临港", kind="lingang_industrial", industrial=True,
                          geometry=box(0, -2000, 3000, 2000)))  # fmt: skip
    park.add("base", Facility(facility_id="CHP", name="热电厂", kind="chp", geometry=Point(0, 0),
                              steam_mp_capacity_tph=10.0))  # fmt: skip
    park.add("base", Facility(facility_id="RW", name="再生水厂", kind="reclaimed_water_plant",
                              geometry=Point(0, 1000),
                              reclaimed_water_capacity_m3d=1000.0))  # fmt: skip
    park.add("base", Firm(firm_id="A", name="化工甲", sector="chemical", geometry=Point(1000, 0),
                          own_boiler=True, boiler_count=1, boiler_fuel="coal",
                          steam_mp_demand_tph=1.0, iav_10k_rmb=10_000.0))  # fmt: skip
    park.add("base", Firm(firm_id="B", name="建材乙", sector="building_materials",
                          geometry=Point(500, 1000), reclaimed_water_demand_m3d=500.0,
                          iav_10k_rmb=5_000.0))  # fmt: skip
    park.add_scenario(
        ScenarioInfo(scenario_id="plan", name="规划", kind="plan", year=2028), copy_from="base"
    )
    park.add("plan", Pipeline(pipeline_id="S1", medium="steam_mp", status="planned",
                              diameter_mm=200.0,
                              geometry=LineString([(0, 0), (1000, 0)])))  # fmt: skip
    park.add("plan", Pipeline(pipeline_id="W1", medium="reclaimed_water", status="planned",
                              diameter_mm=150.0,
                              geometry=LineString([(0, 1000), (500, 1000)])))  # fmt: skip
    park.add("plan", Exchange(exchange_id="X1", from_id="A", to_id="B", material="slag",
                              quantity=5000.0, unit="t/a"))  # fmt: skip
    park.settings["projects"] = projects_value(
        [
            Project(project_id="P1", name="MP steam pipeline CHP–A", kind="pipeline",
                    start_year=2026, completion_year=2028, subsidy_rate=0.10,
                    members=(("pipelines", "S1"),)),
            Project(project_id="P2", name="Reclaimed water to B", kind="pipeline", owner="B",
                    start_year=2027, completion_year=2028, subsidy_rate=0.05,
                    investment_10k_rmb=150.0, members=(("pipelines", "W1"),)),
            Project(project_id="P3", name="Slag from A to B", kind="symbiosis", owner="A",
                    start_year=2028, completion_year=2028, subsidy_rate=0.145,
                    investment_10k_rmb=50.0, members=(("exchanges", "X1"),)),
            Project(project_id="P4", name="Retire A's coal boiler", kind="boiler_replacement",
                    owner="A", start_year=2027, completion_year=2028, subsidy_rate=0.12,
                    investment_10k_rmb=30.0, members=(("firms", "A"),)),
        ]
    )  # fmt: skip
    return park
