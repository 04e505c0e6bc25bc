"""Small parks built by hand for tests, with every field set so round trips check everything."""

from __future__ import annotations

from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from ecopark.commands import DeclareZoneKind, ReplaceObjects
from ecopark.model import (
    Corridor,
    Exchange,
    Facility,
    Firm,
    Park,
    Pipeline,
    Plot,
    SavedView,
    ScenarioInfo,
    Zone,
    ZoneKind,
)


def full_firm(firm_id: str, x: float, y: float, **overrides: object) -> Firm:
    values: dict[str, object] = dict(
        firm_id=firm_id,
        name=f"企业 {firm_id}",
        sector="cement",
        geometry=Point(x, y),
        plot_area_m2=120_000.0,
        floor_area_m2=96_000.0,
        building_footprint_m2=48_000.0,
        admin_area_m2=6_000.0,
        green_area_m2=18_000.0,
        employees=850,
        iav_10k_rmb=52_000.0,
        energy_tce=21_000.0,
        fresh_water_m3=310_000.0,
        water_reused_m3=900_000.0,
        wastewater_t=250_000.0,
        solid_waste_t=4_100.0,
        solid_waste_reused_t=3_900.0,
        cod_kg=30_500.0,
        so2_kg=41_000.0,
        own_boiler=True,
        boiler_count=2,
        heat_demand_mw=3.5,
        steam_hp_demand_tph=0.0,
        steam_mp_demand_tph=12.0,
        steam_lp_demand_tph=4.0,
        reclaimed_water_demand_m3d=1_500.0,
        heat_supply_mw=1.25,
        steam_hp_supply_tph=0.0,
        steam_mp_supply_tph=0.0,
        steam_lp_supply_tph=2.0,
        reclaimed_water_supply_m3d=0.0,
    )
    values.update(overrides)
    return Firm(**values)  # type: ignore[arg-type]


def small_park() -> Park:
    """A two-scenario park using every layer, a custom zone kind and Chinese text."""
    park = Park("辽滨测试园区", "EPSG:4550")
    DeclareZoneKind(
        ZoneKind(
            "chem_cluster",
            True,
            "Chemical cluster",
            "化工集中区",
            allowed_sectors=frozenset({"chemical", "petrochemical"}),
        )
    ).redo(park)
    park.settings = {"snap_tolerance_m": 5.0, "space_weights": {"zoning": 0.3}}
    park.add_scenario(
        ScenarioInfo(scenario_id="base", name="现状 2024", kind="baseline", year=2024)
    )
    sid = "base"
    park.add(
        sid,
        Zone(
            zone_id="Z1",
            name="港口区",
            kind="harbor",
            industrial=True,
            geometry=box(0, 0, 2000, 1500),
        ),
    )
    park.add(
        sid,
        Zone(
            zone_id="Z2",
            name="临港工业区",
            kind="lingang_industrial",
            industrial=True,
            geometry=MultiPolygon([box(2000, 0, 4000, 1500), box(4100, 0, 4500, 400)]),
        ),
    )
    park.add(
        sid,
        Zone(
            zone_id="Z3",
            name="辽滨城区",
            kind="city",
            industrial=False,
            geometry=Polygon(
                [(0, 1500), (4000, 1500), (4000, 3000), (0, 3000)],
                holes=[[(100, 1600), (200, 1600), (200, 1700)]],
            ),
        ),
    )
    park.add(
        sid,
        Zone(
            zone_id="Z4",
            name="化工区",
            kind="chem_cluster",
            industrial=True,
            geometry=box(4500, 0, 5000, 1500),
        ),
    )
    park.add(sid, full_firm("F1", 500, 500))
    park.add(
        sid,
        full_firm(
            "F2",
            2500,
            700,
            sector="brewery",
            name="啤酒厂",
            energy_tce=None,
            own_boiler=False,
            boiler_count=0,
        ),
    )
    park.add(
        sid,
        Facility(
            facility_id="C1",
            name="热电厂",
            kind="chp",
            geometry=Point(1000, 200),
            status="existing",
            heat_capacity_mw=80.0,
            steam_hp_capacity_tph=200.0,
            steam_mp_capacity_tph=100.0,
            steam_lp_capacity_tph=50.0,
            service_radius_m=0.0,
        ),
    )
    park.add(
        sid,
        Facility(
            facility_id="W1",
            name="污水处理厂",
            kind="wwtp",
            geometry=Point(3000, 200),
            wastewater_capacity_m3d=40_000.0,
            service_radius_m=3_000.0,
        ),
    )
    park.add(
        sid,
        Pipeline(
            pipeline_id="P1",
            medium="steam_mp",
            diameter_mm=400.0,
            geometry=LineString([(1000, 200), (500, 500)]),
            status="existing",
            name="中压蒸汽干管",
        ),
    )
    park.add(
        sid,
        Corridor(
            corridor_id="R1",
            kind="road",
            geometry=LineString([(0, 750), (5000, 750)]),
            name="滨海大道",
        ),
    )
    park.add(sid, Plot(plot_id="L1", geometry=box(2200, 100, 2600, 400), name="地块1"))
    park.add(
        sid,
        Exchange(
            exchange_id="E1", from_id="C1", to_id="F1", material="蒸汽", quantity=12.0, unit="t/h"
        ),
    )
    park.add(
        sid,
        Exchange(
            exchange_id="E2",
            from_id="F1",
            to_id="F2",
            material="fly ash",
            quantity=3_000.0,
            unit="t/a",
        ),
    )
    park.scenario(sid).entered_values.update({"4.1": 100.0, "3.8": 1.0})
    park.add_scenario(
        ScenarioInfo(scenario_id="plan2030", name="规划 2030", kind="plan", year=2030),
        copy_from=sid,
    )
    grown = park.scenario(sid).firms["F1"].with_changes(iav_10k_rmb=80_000.0)
    ReplaceObjects("plan2030", [grown]).redo(park)
    park.views = [
        SavedView(
            view_id="V1",
            name="全园",
            xmin=0,
            ymin=0,
            xmax=5000,
            ymax=3000,
            scenario_id="plan2030",
            visible_layers=("zones", "firms"),
            compare_with="base",
        )
    ]
    return park
