"""Parks and comparisons shared by the indicator tests."""

from __future__ import annotations

import math
from typing import Any

from shapely.geometry import LineString, Point, box

from ecopark.indicators import ScenarioResult
from ecopark.model import Exchange, Facility, Firm, Park, Pipeline, ScenarioInfo, Zone


def firm(firm_id: str, x: float, y: float, **values: Any) -> Firm:
    return Firm(firm_id=firm_id, name=firm_id, geometry=Point(x, y), **values)


def pipe(pipe_id: str, medium: str, *coords: tuple[float, float]) -> Pipeline:
    return Pipeline(pipeline_id=pipe_id, medium=medium, geometry=LineString(coords))


def zone(zone_id: str, kind: str, x0: float, y0: float, x1: float, y1: float) -> Zone:
    return Zone(
        zone_id=zone_id,
        name=zone_id,
        kind=kind,
        industrial=kind in ("harbor", "lingang_industrial"),
        geometry=box(x0, y0, x1, y1),
    )


def park_with(*objects: Any, kind: str = "plan", sid: str = "plan") -> Park:
    """A park with one scenario holding ``objects`` (exchanges last)."""
    park = Park("test", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=sid, name=sid, kind=kind, year=2030))
    for obj in sorted(objects, key=lambda o: isinstance(o, Exchange)):
        park.add(sid, obj)
    return park


def live_park() -> Park:
    """Baseline + plan on a 1 km square: zones (one city, two overlapping), firms with demands
    and boilers, a CHP, a WWTP, pipes of three media joined by snapping, and exchanges."""
    park = Park("live", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="base", kind="baseline", year=2024))
    objects: list[Any] = [
        zone("Z1", "harbor", 0, 0, 500, 500),
        zone("Z2", "lingang_industrial", 500, 0, 1000, 500),
        zone("Z3", "city", 0, 600, 1000, 1000),
        zone("Z4", "reserve", 400, 400, 600, 600),
        firm("F1", 100, 100, sector="steel", iav_10k_rmb=50_000, plot_area_m2=100_000,
             floor_area_m2=70_000, building_footprint_m2=40_000, employees=900,
             energy_tce=20_000, steam_mp_demand_tph=20, own_boiler=True, boiler_count=3),
        firm("F2", 300, 100, sector="cement", iav_10k_rmb=20_000, plot_area_m2=60_000,
             energy_tce=9_000, fresh_water_m3=80_000, water_reused_m3=200_000,
             heat_demand_mw=4, steam_lp_demand_tph=5, own_boiler=True),
        firm("F3", 700, 200, sector="brewery", iav_10k_rmb=15_000, plot_area_m2=30_000,
             floor_area_m2=33_000, building_footprint_m2=12_000, admin_area_m2=1_500,
             green_area_m2=4_000, employees=300, cod_kg=9_000, so2_kg=2_000,
             reclaimed_water_demand_m3d=800, heat_supply_mw=2),
        firm("F4", 500, 650, sector="food", iav_10k_rmb=3_000, plot_area_m2=8_000,
             steam_lp_demand_tph=2),
        Facility(facility_id="C1", name="CHP", kind="chp", geometry=Point(200, 300),
                 steam_hp_capacity_tph=30, steam_mp_capacity_tph=10, heat_capacity_mw=3),
        Facility(facility_id="W1", name="WWTP", kind="wwtp", geometry=Point(800, 100),
                 service_radius_m=400, reclaimed_water_capacity_m3d=500),
        pipe("P1", "steam_mp", (200, 300), (100, 300), (100, 103)),
        pipe("P2", "steam_hp", (200, 300), (300, 300)),
        pipe("P3", "steam_hp", (302, 300), (300, 100)),
        pipe("P4", "heat", (200, 300), (700, 300), (700, 200)),
        pipe("P5", "reclaimed_water", (800, 100), (700, 100), (700, 196)),
        Exchange(exchange_id="E1", from_id="F1", to_id="F2", material="slag", quantity=50_000),
        Exchange(exchange_id="E2", from_id="F2", to_id="F3", material="steam", quantity=5,
                 unit="t/h"),
    ]  # fmt: skip
    for obj in sorted(objects, key=lambda o: isinstance(o, Exchange)):
        park.add("base", obj)
    park.add_scenario(
        ScenarioInfo(scenario_id="plan", name="plan", kind="plan", year=2030), copy_from="base"
    )
    return park


def assert_results_equal(a: ScenarioResult, b: ScenarioResult) -> None:
    """Equal up to floating-point rounding (sums in a different order)."""
    _same(a.to_json(), b.to_json(), "result")
    _same(dict(a.land_output.firm_zone), dict(b.land_output.firm_zone), "firm_zone")
    _same(dict(a.land_output.firm_iav_per_mu), dict(b.land_output.firm_iav_per_mu), "per_mu")
    for m, cov in a.coverage.media.items():
        _same(dict(cov.served_by_firm), dict(b.coverage.media[m].served_by_firm), f"served {m}")
    _same(a.space.details, b.space.details, "space details")
    if a.carbon is not None and b.carbon is not None:
        for name in ("firm_total_t", "firm_energy_tce", "firm_per_iav", "firm_energy_per_iav"):
            _same(dict(getattr(a.carbon, name)), dict(getattr(b.carbon, name)), f"carbon {name}")
        _same(
            {z: vars(f) for z, f in a.carbon.zones.items()},
            {z: vars(f) for z, f in b.carbon.zones.items()},
            "carbon zones",
        )
        _same(
            [vars(r) for r in a.carbon.savings.by_firm],
            [vars(r) for r in b.carbon.savings.by_firm],
            "savings by firm",
        )


def _same(x: Any, y: Any, where: str) -> None:
    if isinstance(x, dict):
        assert isinstance(y, dict) and set(x) == set(y), f"{where}: keys {set(x) ^ set(y)}"
        for k in x:
            _same(x[k], y[k], f"{where}.{k}")
    elif isinstance(x, list):
        assert isinstance(y, list) and len(x) == len(y), f"{where}: {x} != {y}"
        for k, (u, v) in enumerate(zip(x, y, strict=True)):
            _same(u, v, f"{where}[{k}]")
    elif hasattr(x, "firms_failing"):  # land_control.Comparison: compare what it says
        _same(x.firms_failing(), y.firms_failing(), f"{where}.firms_failing")
        _same(x.by_zone(), y.by_zone(), f"{where}.by_zone")
    elif isinstance(x, float) and isinstance(y, float):
        assert math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9), f"{where}: {x} != {y}"
    else:
        assert x == y, f"{where}: {x!r} != {y!r}"
