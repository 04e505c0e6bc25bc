"""Hot water (docs/hydraulics.md §4.4): the friction law against a textbook example, and a
district-heating pipe checked by hand."""

from __future__ import annotations

import math

import CoolProp.CoolProp as CP
import pytest
from hyd_parks import chp, firm, park_with, pipe

from ecopark.hydraulics import solve_scenario
from ecopark.hydraulics.pipe_physics import dp_per_m

FT = 0.3048
LBM = 0.45359237
LBF_FT2 = 47.880259


def test_darcy_colebrook_matches_cengel_cimbala_head_loss_example() -> None:
    """Çengel & Cimbala, Fluid Mechanics, ch. 8 example "head loss in a water pipe": water at
    60 °F (62.36 lbm/ft³, 7.536e-4 lbm/ft s), 0.2 ft³/s in a 2-in stainless pipe
    (roughness 0.000007 ft), 200 ft long: Re = 126,400, f = 0.0174, dp = 1700 lbf/ft²."""
    rho = 62.36 * LBM / FT**3
    mu = 7.536e-4 * LBM / FT
    d = 2 * 0.0254
    m = 0.2 * FT**3 * rho
    dp = dp_per_m(m, rho, mu, d, 0.000007 * FT * 1000) * 200 * FT
    assert dp == pytest.approx(1700 * LBF_FT2, rel=0.01)


def heat_park():
    return park_with(
        chp("CHP", 0, 0, heat_capacity_mw=50),
        pipe("H1", "heat", 250, (0, 0), (3000, 0), insulation_mm=60.0, laying="buried"),
        firm("F1", 3000, 0, heat_demand_mw=10.0),
        settings={"ambient_temperature_c": 5.0, "hydraulics": {"fittings_allowance": 0.3}},
    )


def test_hot_water_pipe_by_hand() -> None:
    (net,) = solve_scenario(heat_park(), "plan").networks
    (seg,) = net.segments
    (f1,) = net.consumers
    # 10 MW at 130/70 °C: m = 10e6 / (cp 60 K); cp of water at 100 °C, 1.6 MPa = 4.215 kJ/kg K
    m = 10e6 / (4215.0 * 60.0)
    assert seg.mass_flow_tph == pytest.approx(m * 3.6, rel=0.002)
    # DN250 inner 259 mm; water at 130 °C: rho 934.9 kg/m³, mu 2.13e-4 Pa s
    area = math.pi * 0.259**2 / 4
    v = m / (934.9 * area)
    assert seg.velocity_ms == pytest.approx(v, rel=0.005)
    re = 934.9 * v * 0.259 / 2.13e-4
    f = 0.25 / math.log10(0.5 / 259 / 3.7 + 5.74 / re**0.9) ** 2  # Swamee-Jain, within 1 %
    dp = 1.3 * 3000 * f / 0.259 * 934.9 * v * v / 2
    assert seg.pressure_drop_mpa == pytest.approx(dp / 1e6, rel=0.02)
    # buried single pipe: insulation ln(r2/r1)/(2 pi k) + soil arcosh(H/r2)/(2 pi k_soil)
    r1, r2 = 0.1365, 0.1965
    depth = 1.2 + r2
    r_th = math.log(r2 / r1) / (2 * math.pi * 0.05) + math.acosh(depth / r2) / (2 * math.pi * 1.5)
    q_supply = (130 - 5) / r_th * 3000  # W (the water cools by 1.5 K: mean 129.25 °C)
    q_return = (70 - 5) / r_th * 3000  # the return pipe beside it, leaving F1 at 70 °C
    assert seg.heat_loss_kw == pytest.approx((q_supply + q_return) / 1000, rel=0.01)
    # cooling: the supply loss over m cp, with cp = 4.26 kJ/kg K at 129 °C
    assert f1.delivered_temperature_c == pytest.approx(130 - q_supply / (m * 4260.0), abs=0.05)
    # the return reaches the plant cooled by its own loss: cp = 4.187 kJ/kg K at 70 °C
    assert net.return_temperature_c == pytest.approx(70 - q_return / (m * 4187.0), abs=0.02)
    # the return pipe's drop at 70 °C (rho 977.9 kg/m³, mu 4.04e-4 Pa s), Swamee-Jain
    v_r = m / (977.9 * area)
    re_r = 977.9 * v_r * 0.259 / 4.04e-4
    f_r = 0.25 / math.log10(0.5 / 259 / 3.7 + 5.74 / re_r**0.9) ** 2
    dp_r = 1.3 * 3000 * f_r / 0.259 * 977.9 * v_r * v_r / 2
    # F1's return pressure = plant return 0.3 MPa + the return drop; it needs 0.05 MPa above it
    assert f1.required_pressure_mpa - 0.35 == pytest.approx(dp_r / 1e6, rel=0.02)
    assert dp_r < dp  # denser, but far more viscous... and slower: less drop than the supply
    # pump head: plant supply 1.6 MPa, return 0.3 MPa; needed: supply + return drop + 0.05
    assert net.pump_head_mpa == pytest.approx(1.3)
    need = seg.pressure_drop_mpa + (f1.required_pressure_mpa - 0.35) + 0.05
    assert net.required_pump_head_mpa == pytest.approx(need)
    assert net.required_pump_head_mpa == pytest.approx((dp + dp_r) / 1e6 + 0.05, rel=0.02)
    assert f1.served


def test_return_water_mixes_and_loses_heat_on_the_way_back() -> None:
    """Two substations at different distances: each return pipe cools its water, the plant
    receives the mixture; the heat lost by the return pipes is the enthalpy the mixture lacks
    (energy balance), and the far substation has the higher return pressure."""
    park = park_with(
        chp("CHP", 0, 0, heat_capacity_mw=50),
        pipe("H1", "heat", 300, (0, 0), (1000, 0)),
        pipe("H2", "heat", 200, (1000, 0), (1000, 4000)),
        pipe("H3", "heat", 200, (1000, 0), (1500, 0)),
        firm("F1", 1000, 4000, heat_demand_mw=8.0),
        firm("F2", 1500, 0, heat_demand_mw=8.0),
        settings={"ambient_temperature_c": 5.0},
    )
    (net,) = solve_scenario(park, "plan").networks
    f1, f2 = sorted(net.consumers, key=lambda c: c.id)
    assert f1.required_pressure_mpa > f2.required_pressure_mpa > 0.35
    m_total = sum(c.mass_flow_tph for c in net.consumers) / 3.6
    def h(p_mpa: float, t_c: float) -> float:
        return CP.PropsSI("H", "P", p_mpa * 1e6, "T", t_c + 273.15, "IF97::Water")

    supply_loss = sum(
        s.mass_flow_tph / 3.6 * (h(s.inlet_pressure_mpa, s.inlet_temperature_c)
                                 - h(s.outlet_pressure_mpa, s.outlet_temperature_c))
        for s in net.segments
    )  # fmt: skip
    return_loss = sum(s.heat_loss_kw for s in net.segments) * 1000 - supply_loss
    lacking = m_total * (h(0.3, 70.0) - h(0.3, net.return_temperature_c))
    assert lacking == pytest.approx(return_loss, rel=0.01)
    assert 69.0 < net.return_temperature_c < 70.0
