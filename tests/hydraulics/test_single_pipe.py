"""The single superheated-steam pipe of docs/hydraulics.md §4.1 against an independent
reference: the same balance equations integrated here with a different integrator (scipy's
adaptive RK45 to 1e-9), different properties (IAPWS-95 through CoolProp's HEOS backend instead
of IF97), a Colebrook friction factor solved by fixed-point iteration instead of ``fluids``,
and the insulation resistance written out again."""

from __future__ import annotations

import math

import CoolProp.CoolProp as CP
import pytest
from hyd_parks import single_pipe_park
from scipy.integrate import solve_ivp

from ecopark.hydraulics import solve_scenario

D_IN = 0.273 - 2 * 0.007  # DN250: 273 x 7 mm
D_OUT = 0.273
INS = 0.100
K_INS = 0.05
H_OUT = 11.63
T_AMB = 283.15
M = 20_000 / 3600
EPS = 0.2e-3
L = 2000.0


def colebrook(re: float, rel: float) -> float:
    f = 0.02
    for _ in range(100):
        f = (-2.0 * math.log10(rel / 3.7 + 2.51 / (re * math.sqrt(f)))) ** -2
    return f


def reference(length: float = L) -> tuple[float, float, float]:
    """Outlet pressure (Pa), temperature (K), heat lost (W)."""
    r1 = D_OUT / 2
    r2 = r1 + INS
    r_th = math.log(r2 / r1) / (2 * math.pi * K_INS) + 1 / (H_OUT * 2 * math.pi * r2)
    area = math.pi * D_IN**2 / 4

    def rhs(_x: float, y: list[float]) -> list[float]:
        p, h = y
        rho = CP.PropsSI("D", "P", p, "H", h, "HEOS::Water")
        mu = CP.PropsSI("V", "P", p, "H", h, "HEOS::Water")
        t = CP.PropsSI("T", "P", p, "H", h, "HEOS::Water")
        v = M / (rho * area)
        f = colebrook(rho * v * D_IN / mu, EPS / D_IN)
        return [-f / D_IN * rho * v * v / 2, -(t - T_AMB) / (r_th * M)]

    h0 = CP.PropsSI("H", "P", 1.0e6, "T", 523.15, "HEOS::Water")
    sol = solve_ivp(rhs, (0, length), [1.0e6, h0], rtol=1e-9, atol=1e-6)
    p, h = sol.y[0, -1], sol.y[1, -1]
    return p, CP.PropsSI("T", "P", p, "H", h, "HEOS::Water"), M * (h0 - h)


def test_single_steam_pipe_matches_an_independent_integration() -> None:
    result = solve_scenario(single_pipe_park(), "plan")
    (net,) = result.networks
    (seg,) = net.segments
    (f1,) = net.consumers
    p_ref, t_ref, q_ref = reference()
    assert seg.outlet_pressure_mpa == pytest.approx(p_ref / 1e6, rel=0.01)
    assert abs(seg.outlet_temperature_c - (t_ref - 273.15)) <= 1.0
    assert seg.heat_loss_kw == pytest.approx(q_ref / 1000, rel=0.01)
    # the figures of docs/hydraulics.md §4.1
    assert seg.outlet_pressure_mpa == pytest.approx(0.797, abs=0.001)
    assert seg.outlet_temperature_c == pytest.approx(225.7, abs=0.1)
    assert seg.heat_loss_kw == pytest.approx(252, abs=1)
    assert seg.diameter_mm == 259.0 and seg.equivalent_length_m == 2000.0
    assert seg.velocity_ms == pytest.approx(29.4, abs=0.1)  # at the outlet, where it is least dense
    assert f1.served and f1.superheat_k == pytest.approx(55.5, abs=0.1)
    assert f1.condensate_tph == 0.0


def test_fittings_allowance_lengthens_the_friction_path_only() -> None:
    park = single_pipe_park()
    park.settings["hydraulics"] = {"fittings_allowance": 0.3}
    (seg,) = solve_scenario(park, "plan").networks[0].segments
    assert seg.equivalent_length_m == pytest.approx(2600.0)
    plain = solve_scenario(single_pipe_park(), "plan").networks[0].segments[0]
    assert seg.pressure_drop_mpa > 1.25 * plain.pressure_drop_mpa
    assert seg.heat_loss_kw == pytest.approx(plain.heat_loss_kw, rel=0.01)


def test_thinner_insulation_loses_more_heat() -> None:
    thin = solve_scenario(single_pipe_park(insulation_mm=20.0), "plan").networks[0].segments[0]
    plain = solve_scenario(single_pipe_park(), "plan").networks[0].segments[0]
    assert thin.heat_loss_kw > 2 * plain.heat_loss_kw
    assert thin.outlet_temperature_c < plain.outlet_temperature_c
