"""A small park whose work-plan figures are easy to compute by hand.

Zones: Z1 harbor 1 km², Z2 Lingang industrial 2 km², Z3 city 1 km².
Firms (IAV, 10⁴ RMB): F1 power 50,000 and F2 cement 30,000 in Z1; F3 brewery 200,000 in Z2;
F4 electronics 20,000 in Z3. Land output: Z1 8.0, Z2 10.0, park (industrial) 28/3 = 9.33.
Planned: CHP (20 MW + 50 t/h MP steam = 55 MW), MP steam DN300 1.5 km, reclaimed water DN800
2 km; F2's 2 boilers (baseline) are gone in the plan.
"""

from __future__ import annotations

from shapely.geometry import LineString, Point, box

from ecopark.commands import ReplaceObjects
from ecopark.model import Exchange, Facility, Firm, Park, Pipeline, ScenarioInfo, Zone

HOSTILE_NAME = '=HYPERLINK("http://x","y")'


def _firm(fid: str, name: str, sector: str, x: float, y: float, iav: float, **kw: object) -> Firm:
    return Firm(
        firm_id=fid,
        name=name,
        sector=sector,
        geometry=Point(x, y),
        plot_area_m2=66_667.0,
        employees=100,
        iav_10k_rmb=iav,
        **kw,  # type: ignore[arg-type]
    )


def build_small_park() -> Park:
    park = Park("小园区 Small park", "EPSG:4550")
    park.add_scenario(
        ScenarioInfo(scenario_id="base", name="现状 Baseline", kind="baseline", year=2020)
    )
    x0, y0 = 500_000.0, 4_400_000.0
    zones = [
        Zone(
            zone_id="Z1",
            name="港口区",
            kind="harbor",
            industrial=True,
            geometry=box(x0, y0, x0 + 1000, y0 + 1000),
        ),
        Zone(
            zone_id="Z2",
            name="临港工业区",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(x0 + 1000, y0, x0 + 3000, y0 + 1000),
        ),
        Zone(
            zone_id="Z3",
            name="城区",
            kind="city",
            industrial=False,
            geometry=box(x0, y0 + 1000, x0 + 1000, y0 + 2000),
        ),
    ]
    firms = [
        _firm("F1", "Power plant", "power", x0 + 200, y0 + 500, 50_000.0, energy_tce=1000.0),
        _firm(
            "F2", "Cement", "cement", x0 + 800, y0 + 500, 30_000.0, own_boiler=True, boiler_count=2
        ),
        _firm("F3", HOSTILE_NAME, "brewery", x0 + 2000, y0 + 500, 200_000.0),
        _firm("F4", "+1", "electronics", x0 + 500, y0 + 1500, 20_000.0),
    ]
    for obj in [*zones, *firms]:
        park.add("base", obj)
    park.add(
        "base",
        Pipeline(
            pipeline_id="P2",
            medium="heat",
            status="existing",
            diameter_mm=150,
            geometry=LineString([(x0, y0), (x0 + 1000, y0)]),
        ),
    )
    park.add(
        "base",
        Exchange(
            exchange_id="E1",
            from_id="F1",
            to_id="F2",
            material="fly ash",
            quantity=12_000.0,
            unit="t/a",
        ),
    )
    park.add_scenario(
        ScenarioInfo(scenario_id="plan", name="规划 Plan 2025", kind="plan", year=2025),
        copy_from="base",
    )
    ReplaceObjects("plan", [firms[1].with_changes(own_boiler=False, boiler_count=0)]).redo(park)
    park.add(
        "plan",
        Facility(
            facility_id="CHP1",
            name="-1",
            kind="chp",
            status="planned",
            geometry=Point(x0 + 1500, y0 + 200),
            heat_capacity_mw=20.0,
            steam_mp_capacity_tph=50.0,
        ),
    )
    park.add(
        "plan",
        Pipeline(
            pipeline_id="P1",
            medium="steam_mp",
            status="planned",
            diameter_mm=300,
            name="Steam main",
            geometry=LineString([(x0 + 1500, y0 + 200), (x0 + 3000, y0 + 200)]),
        ),
    )
    park.add(
        "plan",
        Pipeline(
            pipeline_id="P3",
            medium="reclaimed_water",
            status="planned",
            diameter_mm=800,
            geometry=LineString([(x0, y0 + 900), (x0 + 2000, y0 + 900)]),
        ),
    )
    park.add(
        "plan",
        Exchange(
            exchange_id="E2", from_id="F2", to_id="F3", material="steam", quantity=5.0, unit="t/h"
        ),
    )
    park.add(
        "plan",
        Exchange(
            exchange_id="E3",
            from_id="F3",
            to_id="F1",
            material="@SUM(A1)",
            quantity=30_000.0,
            unit="m³/a",
        ),
    )
    return park
