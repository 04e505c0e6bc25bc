"""The state's per-firm flags against their definitions, measured pair by pair.

``near_city`` (a heavy-polluting firm closer than ``heavy_buffer_m`` to a city-kind zone) and
``covered`` (a firm within a WWTP's or solid-waste centre's service radius) are found through
R-trees since a district of 800 city blocks and 70,000 firms took seconds to open. These tests
compare them with every firm measured against every zone and facility, with firms placed
exactly on the buffer and on the radius (the buffer is strict, the radius inclusive), and check
that building a state column by column gives what firm-by-firm puts give.
"""

from __future__ import annotations

import numpy as np
import shapely
from ind_parks import firm, park_with, zone
from shapely.geometry import Point

from ecopark.indicators.params import space_params
from ecopark.indicators.state import ScenarioState
from ecopark.model import SECTORS, Facility
from ecopark.model.kinds import HEAVY_POLLUTING_SECTORS, POINT_SERVICE_KINDS

HEAVY = sorted(HEAVY_POLLUTING_SECTORS)


def service_site(site_id: str, kind: str, x: float, y: float, radius_m: float) -> Facility:
    """A WWTP or solid-waste centre serving firms within ``radius_m``."""
    return Facility(
        facility_id=site_id,
        name=site_id,
        kind=kind,
        geometry=Point(x, y),
        service_radius_m=radius_m,
    )


def random_park(seed: int) -> ScenarioState:
    rng = np.random.default_rng(seed)
    buffer_m = space_params({}).heavy_buffer_m
    objects: list[object] = []
    for k in range(40):  # city blocks and other zones, some overlapping
        x, y = rng.uniform(0, 20_000, 2)
        w, h = rng.uniform(100, 900, 2)
        kind = "city" if k % 2 else "harbor"
        objects.append(zone(f"Z{k:02d}", kind, x, y, x + w, y + h))
    for k in range(12):
        x, y = rng.uniform(0, 20_000, 2)
        kind = list(POINT_SERVICE_KINDS)[k % 2]
        radius = float(rng.choice([0.0, 500.0, 1_500.0, 3_000.0]))
        objects.append(service_site(f"S{k:02d}", kind, x, y, radius))
    for k in range(600):
        x, y = rng.uniform(-1_000, 21_000, 2)
        sector = HEAVY[k % len(HEAVY)] if k % 3 else "services"
        values = {
            "energy_tce": None if k % 5 == 0 else float(k),
            "coal_t": None if k % 4 else float(k * 3),
            "natural_gas_10k_m3": None if k % 7 else 1.5,
            "boiler_fuel": "coal" if k % 6 == 0 else "",
            "own_boiler": bool(k % 2),
            "industry_code": f"{k % 40:02d}" if k % 3 else "",
            "steam_mp_demand_tph": float(k % 9),
            "heat_supply_mw": float(k % 4),
        }
        objects.append(firm(f"F{k:04d}", x, y, sector=sector, **values))
    # on the edges, away from the rest: exactly the buffer from a city block's corner (not
    # near: the buffer is strict) and just inside it; exactly a WWTP's radius away (served:
    # the radius is inclusive) and just beyond it
    objects.append(zone("Z_edge", "city", 40_000, 40_000, 40_500, 40_500))
    objects.append(firm("F_on_buffer", 40_500 + buffer_m, 40_500, sector=HEAVY[0]))
    objects.append(firm("F_inside_buffer", 40_500 + buffer_m - 0.01, 40_500, sector=HEAVY[0]))
    objects.append(service_site("S_edge", "wwtp", 60_000, 60_000, 700.0))
    objects.append(firm("F_on_radius", 60_700, 60_000, sector="services"))
    objects.append(firm("F_beyond_radius", 60_000, 60_700.01, sector="services"))
    park = park_with(*objects)
    return ScenarioState.build(park, "plan")


def firm_slots(state: ScenarioState) -> np.ndarray:
    sites = state.sites.alive_slots()
    return sites[state.is_firm[sites]]


def test_near_city_is_every_heavy_firm_closer_than_the_buffer_to_a_city_zone() -> None:
    for seed in (1, 2, 3):
        state = random_park(seed)
        buffer_m = state.params.heavy_buffer_m
        cities = [z.geometry for z in state.zone_obj.values() if z.kind == "city"]
        for slot in firm_slots(state):
            point = state.geom[slot]
            code = int(state.sector[slot])
            heavy = code >= 0 and SECTORS[code] in HEAVY_POLLUTING_SECTORS
            expected = heavy and min(shapely.distance(point, c) for c in cities) < buffer_m
            assert state.near_city[slot] == expected, state.sites.ids[slot]
        by_id = {state.sites.ids[s]: bool(state.near_city[s]) for s in firm_slots(state)}
        assert by_id["F_inside_buffer"] and not by_id["F_on_buffer"]


def test_covered_is_every_firm_within_a_facilitys_radius() -> None:
    for seed in (1, 2, 3):
        state = random_park(seed)
        firms = firm_slots(state)
        for service in POINT_SERVICE_KINDS.values():
            sites = state.service_facilities(service)
            for slot in firms:
                reach = np.hypot(state.x[slot] - state.x[sites], state.y[slot] - state.y[sites])
                expected = bool((reach <= state.num["service_radius_m"][sites]).any())
                assert state.covered[service][slot] == expected, state.sites.ids[slot]
        ids = {state.sites.ids[s]: s for s in firms}
        assert state.covered["wastewater"][ids["F_on_radius"]]
        assert not state.covered["wastewater"][ids["F_beyond_radius"]]


def test_a_state_built_column_by_column_equals_one_built_firm_by_firm() -> None:
    state = random_park(4)
    one_by_one_firms = ScenarioState(state.park, "plan")
    scenario = state.park.scenario("plan")
    for fid in sorted(scenario.firms):
        one_by_one_firms._put_firm(scenario.firms[fid])
    bulk = ScenarioState(state.park, "plan")
    bulk._put_firms([scenario.firms[k] for k in sorted(scenario.firms)])
    for name, column in one_by_one_firms.num.items():
        np.testing.assert_array_equal(column, bulk.num[name], err_msg=name)
    for name in ("x", "y", "is_firm", "own_boiler", "sector", "industry", "fkind"):
        np.testing.assert_array_equal(getattr(one_by_one_firms, name), getattr(bulk, name))
    np.testing.assert_array_equal(one_by_one_firms.demand, bulk.demand)
    np.testing.assert_array_equal(one_by_one_firms.source, bulk.source)
    np.testing.assert_array_equal(one_by_one_firms.data_version, bulk.data_version)
    assert one_by_one_firms.sites.slot_of == bulk.sites.slot_of
    assert np.isnan(bulk.num["typed_energy_tce"]).any() and (bulk.num["coal_t"] > 0).any()
    assert (bulk.data_version > 0).sum() == 2  # heat and medium-pressure steam
