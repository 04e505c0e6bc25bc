"""Branched and looped networks (docs/hydraulics.md §4.2-4.3): mass balances at every node,
one pressure per node, and the loop split."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hyd_parks import chp, firm, park_with, pipe

from ecopark.hydraulics import NetworkResult, solve_scenario


def balances(net: NetworkResult) -> dict[int, float]:
    """Inflow - outflow - consumer loads per node, t/h."""
    out: dict[int, float] = defaultdict(float)
    for s in net.segments:
        out[s.to_node] += s.mass_flow_tph
        out[s.from_node] -= s.mass_flow_tph
    for c in net.consumers:
        out[c.node] -= c.mass_flow_tph
    return out


def branched_park():
    """A main CHP -> (1500, 0) with branches to F1 (side, at 500 m), F2 (side, at 1000 m) and
    F3 at the end; F4 on the main itself at 1200 m."""
    return park_with(
        chp("CHP", 0, 0, steam_mp_capacity_tph=100),
        pipe("M1", "steam_mp", 400, (0, 0), (1500, 0)),
        pipe("B1", "steam_mp", 200, (500, 0), (500, 300)),
        pipe("B2", "steam_mp", 150, (1000, 2), (1000, -400)),
        firm("F1", 500, 300, steam_mp_demand_tph=20),
        firm("F2", 1000, -400, steam_mp_demand_tph=10),
        firm("F3", 1500, 0, steam_mp_demand_tph=25),
        firm("F4", 1200, 3, steam_mp_demand_tph=5),
    )


def test_branched_network_flows_sum_at_every_node() -> None:
    (net,) = solve_scenario(branched_park(), "plan").networks
    main = [(round(s.length_m), round(s.mass_flow_tph, 9)) for s in net.segments
            if s.pipeline_id == "M1"]  # fmt: skip
    # the main is cut where B1 (500 m), B2 (1000 m) and F4 (1200 m) join it
    assert sorted(main) == [(200, 30.0), (300, 25.0), (500, 40.0), (500, 60.0)]
    branches = {s.pipeline_id: round(s.mass_flow_tph, 9) for s in net.segments
                if s.pipeline_id != "M1"}  # fmt: skip
    assert branches == {"B1": 20.0, "B2": 10.0}
    (source,) = net.sources
    assert source.mass_flow_tph == pytest.approx(60.0)
    src_node = next(s.from_node for s in net.segments if s.inlet_pressure_mpa == 1.6)
    for node, residual in balances(net).items():
        expected = -60.0 if node == src_node else 0.0
        assert residual == pytest.approx(expected, abs=1e-9)
    # pressure falls along the flow, and each node has one pressure
    assert all(s.outlet_pressure_mpa < s.inlet_pressure_mpa for s in net.segments)
    at: dict[int, set[float]] = {}
    for s in net.segments:
        at.setdefault(s.from_node, set()).add(round(s.inlet_pressure_mpa, 12))
        at.setdefault(s.to_node, set()).add(round(s.outlet_pressure_mpa, 12))
    assert all(len(v) == 1 for v in at.values())


def loop_park(short_side_dn: float = 300):
    """A CHP at (0, 0) feeding F1 at (1000, 0) directly (1000 m) and round a detour through
    (0, 1000) and (1000, 1000) (3000 m): a loop of two parallel paths."""
    return park_with(
        chp("CHP", 0, 0, steam_mp_capacity_tph=100),
        pipe("S", "steam_mp", short_side_dn, (0, 0), (1000, 0)),
        pipe("L1", "steam_mp", 300, (0, 0), (0, 1000)),
        pipe("L2", "steam_mp", 300, (0, 1000), (1000, 1000)),
        pipe("L3", "steam_mp", 300, (1000, 1000), (1000, 0)),
        firm("F1", 1000, 0, steam_mp_demand_tph=60),
    )


def test_loop_flows_split_so_that_both_paths_lose_the_same_pressure() -> None:
    (net,) = solve_scenario(loop_park(), "plan").networks
    assert net.converged
    flow = {s.pipeline_id: s.mass_flow_tph for s in net.segments}
    assert flow["S"] + flow["L3"] == pytest.approx(60.0, abs=1e-6)
    assert flow["L1"] == pytest.approx(flow["L2"]) == pytest.approx(flow["L3"])
    # turbulent friction: dp ~ L m^2, so m_short / m_long ~ sqrt(3000 / 1000) (steam expands
    # more on the long path, which shifts the split a little towards the short side)
    assert flow["S"] / flow["L1"] == pytest.approx(3**0.5, rel=0.05)
    drops = {s.pipeline_id: s.pressure_drop_mpa for s in net.segments}
    assert drops["S"] == pytest.approx(drops["L1"] + drops["L2"] + drops["L3"], rel=1e-3)
    (f1,) = net.consumers
    ends = {s.pipeline_id: s.outlet_pressure_mpa for s in net.segments}
    assert ends["S"] == pytest.approx(ends["L3"], rel=1e-4)  # MPa: within 100 Pa
    assert f1.delivered_pressure_mpa == pytest.approx(ends["S"], rel=1e-4)


def test_a_narrower_short_side_pushes_flow_round_the_loop() -> None:
    wide = {
        s.pipeline_id: s.mass_flow_tph
        for s in solve_scenario(loop_park(), "plan").networks[0].segments
    }
    narrow = {
        s.pipeline_id: s.mass_flow_tph
        for s in solve_scenario(loop_park(150), "plan").networks[0].segments
    }
    assert narrow["L1"] > 2 * wide["L1"]
    assert narrow["S"] + narrow["L3"] == pytest.approx(60.0, abs=1e-6)


def test_two_sources_share_the_load_by_pressure() -> None:
    park = park_with(
        chp("C1", 0, 0, steam_mp_capacity_tph=100),
        chp("C2", 2000, 0, steam_mp_capacity_tph=100),
        pipe("P", "steam_mp", 300, (0, 0), (2000, 0)),
        firm("F1", 500, 0, steam_mp_demand_tph=40),
    )
    (net,) = solve_scenario(park, "plan").networks
    share = {s.id: s.mass_flow_tph for s in net.sources}
    assert share["C1"] + share["C2"] == pytest.approx(40.0, abs=1e-6)
    assert share["C1"] > share["C2"] > 0  # the nearer plant gives more
