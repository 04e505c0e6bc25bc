"""Marching one pipe segment from its inlet state to its outlet, in steps.

Along the pipe (x in metres, mass flow m > 0, steady, horizontal):

    dp/dx = -(1 + a) * f(Re, k/D) / D * rho v^2 / 2        Darcy-Weisbach, fittings allowance a
    dh/dx = -(T - T_amb) / (R' * m)                         heat lost through the insulation

with the properties (rho, mu, T) re-evaluated from IAPWS-IF97 at (p, h) in every step, so the
steam expands and speeds up as its pressure falls, and condenses once its enthalpy falls below
saturation. Each step is a Heun (predictor-corrector, second order) step of at most
``step_m`` metres, shortened so that no step loses more than 10 % of the pressure. The
kinetic-energy and acceleration terms are left out: at the 20-60 m/s of steam mains they are
below 1 % of the friction and heat terms over pipes longer than a few hundred diameters.
A pressure that would fall to zero means the pipe cannot carry the flow: the march stops and
says so instead of returning a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from ecopark.hydraulics.pipe_physics import dp_per_m
from ecopark.hydraulics.properties import State, h_from_pt, state_ph

MAX_STEP_DROP = 0.1
"""Largest share of the pressure one step may lose before it is halved."""
MIN_STEP_M = 0.01
P_FLOOR_PA = 10_000.0
"""Below 0.01 MPa absolute a steam or water main is no longer delivering anything."""
MAX_STEPS = 400
LIQUID_RHO = 100.0
"""Denser than this (kg/m³) is liquid water: one Heun step spans the whole segment, since its
density and viscosity change by well under 1 % along it."""


@dataclass(frozen=True)
class PipeSpec:
    """What the march needs to know about a segment."""

    length_m: float
    inner_mm: float
    roughness_mm: float
    fittings_allowance: float
    resistance_mk_w: float
    """Thermal resistance per metre between the fluid and the surroundings."""
    ambient_k: float

    @property
    def equivalent_length_m(self) -> float:
        return self.length_m * (1.0 + self.fittings_allowance)


@dataclass(frozen=True)
class MarchResult:
    inlet: State
    outlet: State | None
    """None when the pipe cannot carry the flow (``message`` says why)."""
    heat_loss_w: float
    steps: int
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.outlet is not None


def _rates(s: State, m: float, spec: PipeSpec, d_m: float) -> tuple[float, float]:
    dpdx = -(1.0 + spec.fittings_allowance) * dp_per_m(m, s.rho, s.mu, d_m, spec.roughness_mm)
    dhdx = -(s.t_k - spec.ambient_k) / (spec.resistance_mk_w * m)
    return dpdx, dhdx


def march(inlet: State, m_kgs: float, spec: PipeSpec, step_m: float) -> MarchResult:
    """March ``m_kgs`` (>= 0) from ``inlet`` along the segment."""
    d_m = spec.inner_mm / 1000.0
    if m_kgs <= 0.0:
        loss = max(0.0, (inlet.t_k - spec.ambient_k) / spec.resistance_mk_w * spec.length_m)
        return MarchResult(inlet, inlet, loss, 0)
    if inlet.rho > LIQUID_RHO:
        step_m = max(step_m, spec.length_m)  # liquid: properties barely change along a pipe
    reach = _reach_m(inlet, m_kgs, spec, d_m)
    if reach < CLEARLY_SHORT * spec.length_m:
        return _failed(inlet, m_kgs, reach)
    s = inlet
    x = 0.0
    steps = 0
    while x < spec.length_m - 1e-9:
        dp1, dh1 = _rates(s, m_kgs, spec, d_m)
        h_step = min(step_m, spec.length_m - x)
        if -h_step * dp1 > MAX_STEP_DROP * s.p_pa:
            h_step = MAX_STEP_DROP * s.p_pa / -dp1
        p_pred = s.p_pa + h_step * dp1
        if h_step < MIN_STEP_M or p_pred <= P_FLOOR_PA or steps > MAX_STEPS:
            return _failed(inlet, m_kgs, x)
        try:
            floor = _ambient_h(p_pred, spec.ambient_k)
            pred = state_ph(p_pred, max(s.h_jkg + h_step * dh1, floor))
            dp2, dh2 = _rates(pred, m_kgs, spec, d_m)
            p_new = s.p_pa + h_step * (dp1 + dp2) / 2.0
            if p_new <= P_FLOOR_PA:
                return _failed(inlet, m_kgs, x)
            floor = _ambient_h(p_new, spec.ambient_k)
            s = state_ph(p_new, max(s.h_jkg + h_step * (dh1 + dh2) / 2.0, floor))
        except (ValueError, IndexError, RuntimeError):
            return _failed(inlet, m_kgs, x)
        if not (math.isfinite(s.p_pa) and math.isfinite(s.t_k) and s.rho > 0):
            return _failed(inlet, m_kgs, x)
        x += h_step
        steps += 1
    return MarchResult(inlet, s, m_kgs * (inlet.h_jkg - s.h_jkg), steps)


CLEARLY_SHORT = 0.7
"""A pipe whose isothermal estimate of the distance to zero pressure is below this share of its
length cannot carry the flow (heat losses cool and densify the steam, which lowers the drop by
far less than 30 %); it is reported without marching step by step to zero."""


def _reach_m(s: State, m_kgs: float, spec: PipeSpec, d_m: float) -> float:
    """Distance at which the pressure would reach zero, for an isothermal ideal gas (p / rho
    constant: p^2 falls linearly) or, for liquid water, with constant density."""
    grad = (1.0 + spec.fittings_allowance) * dp_per_m(m_kgs, s.rho, s.mu, d_m, spec.roughness_mm)
    if grad <= 0:
        return math.inf
    if s.rho > LIQUID_RHO:
        return s.p_pa / grad
    return s.p_pa / (2.0 * grad)


def _ambient_h(p_pa: float, ambient_k: float) -> float:
    """Enthalpy of water at ambient temperature: a trickle of steam in a long pipe cools to
    ambient (all condensed) and no further, however small the flow. (Liquid enthalpy hardly
    depends on pressure: taken at 1 MPa.)"""
    return _liquid_h(round(ambient_k, 2))


@cache
def _liquid_h(t_k: float) -> float:
    return h_from_pt(1e6, t_k)


def _failed(inlet: State, m_kgs: float, x: float) -> MarchResult:
    return MarchResult(
        inlet,
        None,
        0.0,
        0,
        f"the pipe cannot carry {m_kgs * 3.6:.1f} t/h: the pressure would fall to zero "
        f"{x:,.0f} m from its inlet; use a larger diameter or a higher source pressure",
    )
