"""Hand-built parks of docs/symbiosis.md, shared by the symbiosis tests."""

from __future__ import annotations

from typing import Any

from shapely.geometry import LineString, Point, box

from ecopark.model import Corridor, Exchange, Facility, Firm, Park, Pipeline, ScenarioInfo, Zone

SID = "plan"


def firm(firm_id: str, x: float, y: float, **values: Any) -> Firm:
    values.setdefault("name", f"firm {firm_id}")
    return Firm(firm_id=firm_id, geometry=Point(x, y), **values)


def ex(eid: str, a: str, b: str, material: str, quantity: float, unit: str = "t/a") -> Exchange:
    return Exchange(exchange_id=eid, from_id=a, to_id=b, material=material, quantity=quantity,
                    unit=unit)  # fmt: skip


def park_with(*objects: Any) -> Park:
    park = Park("symbiosis test", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SID, name=SID, kind="plan", year=2030))
    park.add(SID, Zone(zone_id="Z1", name="Z1", kind="lingang_industrial", industrial=True,
                       geometry=box(0, 0, 1000, 1000)))  # fmt: skip
    for obj in sorted(objects, key=lambda o: isinstance(o, Exchange)):
        park.add(SID, obj)
    return park


def balance_park() -> Park:
    """docs/symbiosis.md §1: a power plant, a cement plant, a gypsum-board plant, a brewery."""
    return park_with(
        firm(
            "P",
            100,
            100,
            sector="power",
            iav_10k_rmb=30_000,
            solid_waste_t=1_000,
            solid_waste_reused_t=900,
            solid_waste_disposed_t=50,
        ),
        firm("C", 300, 100, sector="cement", iav_10k_rmb=20_000, byproduct_intake_t=500),
        firm("G", 500, 100, sector="building_materials", iav_10k_rmb=5_000),
        firm("B", 700, 100, sector="brewery", iav_10k_rmb=10_000, wastewater_t=10_000),
        ex("E1", "P", "C", "粉煤灰 fly ash", 600),
        ex("E2", "P", "G", "脱硫石膏 FGD gypsum", 200),
        ex("E3", "B", "P", "处理后废水 treated wastewater (cooling water)", 40, "m³/d"),
    )


def reuse_park() -> Park:
    """docs/symbiosis.md §2: reuse figures filled in by exchanges."""
    return park_with(
        firm("S", 100, 100, sector="steel", iav_10k_rmb=10_000, solid_waste_t=1_000),
        firm("K", 300, 100, sector="cement", iav_10k_rmb=10_000, fresh_water_m3=9_000),
        ex("E1", "S", "K", "钢渣 steel slag", 700),
        ex("E2", "S", "K", "再生水 reclaimed water", 3_000, "m³/a"),
    )


def chain_park() -> Park:
    """docs/symbiosis.md §3: a three-step chain A → B → C → D, a cycle X → Y → Z → X and a firm
    E in no exchange."""
    firms = [firm(i, 100 + 100 * k, 500, iav_10k_rmb=10_000)
             for k, i in enumerate("ABCDXYZE")]  # fmt: skip
    return park_with(
        *firms,
        ex("E1", "A", "B", "粉煤灰 fly ash", 10),
        ex("E2", "B", "C", "炉渣 slag", 10),
        ex("E3", "C", "D", "石膏 gypsum", 10),
        ex("E4", "X", "Y", "余热蒸汽 waste-heat steam (LP)", 2, "t/h"),
        ex("E5", "Y", "Z", "废硅藻土 diatomite", 10),
        ex("E6", "Z", "X", "处理后废水 treated wastewater", 10, "m³/d"),
    )


def withdrawal_park() -> Park:
    """docs/symbiosis.md §4: a steam supplier S feeding two consumers on one MP pipe, a heat
    facility H serving F3; S also gives fly ash to F2."""
    return park_with(
        firm("S", 100, 100, sector="power", iav_10k_rmb=10_000, steam_mp_supply_tph=30),
        firm("F1", 300, 100, sector="chemical", iav_10k_rmb=20_000, steam_mp_demand_tph=10),
        firm("F2", 500, 100, sector="cement", iav_10k_rmb=30_000, steam_mp_demand_tph=15),
        firm("F3", 900, 700, sector="food", iav_10k_rmb=40_000, heat_demand_mw=4),
        Facility(
            facility_id="H",
            name="heat plant",
            kind="energy_centre",
            geometry=Point(700, 700),
            heat_capacity_mw=10,
        ),
        Pipeline(
            pipeline_id="P1",
            medium="steam_mp",
            geometry=LineString([(100, 100), (300, 100), (500, 100)]),
        ),
        Pipeline(pipeline_id="P2", medium="heat", geometry=LineString([(700, 700), (900, 700)])),
        ex("E1", "S", "F2", "粉煤灰 fly ash", 100),
    )


def suggestion_park() -> Park:
    """docs/symbiosis.md §5: a cement plant and a brewery 400 m apart along a road, nothing
    exchanged yet."""
    return park_with(
        firm("K", 100, 100, sector="cement", iav_10k_rmb=20_000, steam_lp_supply_tph=15),
        firm("B", 500, 100, sector="brewery", iav_10k_rmb=10_000, steam_lp_demand_tph=12),
        Corridor(corridor_id="R1", kind="road", geometry=LineString([(0, 150), (600, 150)])),
    )
