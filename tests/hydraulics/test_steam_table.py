"""The property tables of the march (docs/hydraulics.md §4) against CoolProp, and the numpy and
plain-Python marches against each other."""

from __future__ import annotations

import CoolProp.CoolProp as CP
import numpy as np

from ecopark.hydraulics.march import PipeSpec, SpecArrays, march, march_batch
from ecopark.hydraulics.pipe_physics import darcy_friction, darcy_friction_array
from ecopark.hydraulics.properties import backend, state_ph
from ecopark.hydraulics.steam_table import props_ph, state_fast


def _reference(p: np.ndarray, h: np.ndarray) -> np.ndarray:
    st = CP.AbstractState(backend(), "Water")
    out = []
    for pp, hh in zip(p.tolist(), h.tolist(), strict=True):
        st.update(CP.HmassP_INPUTS, hh, pp)
        out.append((st.T(), st.rhomass(), st.viscosity() if st.Q() < 0 else np.nan))
    return np.array(out)


def _sat_h(p: np.ndarray, q: float) -> np.ndarray:
    return np.array([CP.PropsSI("H", "P", x, "Q", q, f"{backend()}::Water") for x in p.tolist()])


def test_superheated_steam_within_stated_accuracy() -> None:
    rng = np.random.default_rng(7)
    p = np.exp(rng.uniform(np.log(2e4), np.log(10e6), 400))
    h = _sat_h(p, 1.0) + 1e3 + rng.uniform(0, 1, 400) ** 2 * 1.0e6
    got = props_ph(p, h)
    ref = _reference(p, h)
    assert got.ok.all() and (got.quality == -1).all()
    assert np.max(np.abs(got.t_k - ref[:, 0])) < 0.05
    assert np.max(np.abs(got.rho / ref[:, 1] - 1)) < 2e-4
    assert np.max(np.abs(got.mu / ref[:, 2] - 1)) < 2e-4


def test_wet_steam_and_liquid() -> None:
    rng = np.random.default_rng(8)
    p = np.exp(rng.uniform(np.log(2e4), np.log(10e6), 200))
    hf, hg = _sat_h(p, 0.0), _sat_h(p, 1.0)
    x = rng.uniform(0.02, 0.98, 200)
    got = props_ph(p, hf + x * (hg - hf))
    ref = _reference(p, hf + x * (hg - hf))
    assert np.max(np.abs(got.quality - x)) < 1e-4
    assert np.max(np.abs(got.t_k - ref[:, 0])) < 0.01
    assert np.max(np.abs(got.rho / ref[:, 1] - 1)) < 2e-4
    # liquid water (hot-water networks) is CoolProp's own figure
    liquid = props_ph(np.array([1.6e6]), np.array([state_ph(1.6e6, 5.5e5).h_jkg]))
    assert abs(liquid.rho[0] - state_ph(1.6e6, 5.5e5).rho) < 1e-9


def test_scalar_lookup_is_the_array_lookup() -> None:
    rng = np.random.default_rng(9)
    p = np.exp(rng.uniform(np.log(2e4), np.log(10e6), 50))
    h = _sat_h(p, 1.0) + rng.uniform(-3e5, 6e5, 50)
    arr = props_ph(p, h)
    for k in range(50):
        s = state_fast(float(p[k]), float(h[k]))
        assert abs(s.t_k - arr.t_k[k]) < 1e-9 and abs(s.rho / arr.rho[k] - 1) < 1e-12


def test_friction_array_is_fluids() -> None:
    rng = np.random.default_rng(10)
    re = 10 ** rng.uniform(2, 8, 300)
    ed = 10 ** rng.uniform(-6, -2, 300)
    scalar = np.array([darcy_friction(r, e * 100, 100) for r, e in zip(re, ed, strict=True)])
    assert np.max(np.abs(darcy_friction_array(re, ed) / scalar - 1)) < 1e-12


def test_numpy_and_python_marches_agree() -> None:
    """The same segments marched one by one (small networks) and all at once (large ones)."""
    specs = [PipeSpec(L, d, 0.2, 0.3, 1.8, 283.15)
             for L, d in ((2000, 259), (800, 150), (3500, 309), (600, 100))]  # fmt: skip
    flows = np.array([5.5, 2.0, 12.0, 1.5])
    inlet = state_ph(1.6e6, CP.PropsSI("H", "P", 1.6e6, "T", 573.15, f"{backend()}::Water"))
    batch = march_batch(np.full(4, inlet.p_pa), np.full(4, inlet.h_jkg), flows,
                        SpecArrays.of(specs), 250.0)  # fmt: skip
    for k, spec in enumerate(specs):
        one = march(inlet, float(flows[k]), spec, 250.0)
        assert one.ok == bool(batch.ok[k])
        if one.outlet is not None:
            assert abs(one.outlet.p_pa - batch.p_out[k]) < 1e-6 * inlet.p_pa
            assert abs(one.outlet.h_jkg - batch.h_out[k]) < 1e-6 * inlet.h_jkg
            assert one.steps == batch.steps[k]
        else:
            assert abs(one.reach_m - batch.reach_m[k]) < 1.0


def test_network_solved_alike_by_both_marches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A meshed network with loops and two sources gives the same pressures whether its
    segments march one by one or all together."""
    from hyd_parks import chp, firm, park_with, pipe

    import ecopark.hydraulics.network as network
    from ecopark.hydraulics import solve_scenario

    objs = [chp("CHP", 0, 0, steam_mp_capacity_tph=200), chp("CHP2", 600, 600,
            steam_mp_capacity_tph=200)]  # fmt: skip
    k = 0
    for i in range(4):
        for j in range(4):
            objs.append(firm(f"F{i}{j}", i * 200, j * 200, steam_mp_demand_tph=3.0))
            for di, dj in ((1, 0), (0, 1)):
                if i + di < 4 and j + dj < 4:
                    k += 1
                    objs.append(pipe(f"P{k}", "steam_mp", 150, (i * 200, j * 200),
                                     ((i + di) * 200, (j + dj) * 200)))  # fmt: skip
    park = park_with(*objs)
    results = []
    for threshold in (1, 10**9):
        monkeypatch.setattr(network, "VECTOR_FROM", threshold)
        net = solve_scenario(park, "plan").networks[0]
        results.append({c.id: c.delivered_pressure_mpa for c in net.consumers})
    assert results[0].keys() == results[1].keys() and len(results[0]) == 16
    for cid, p in results[0].items():
        assert p is not None and abs(p - results[1][cid]) < 1e-6
