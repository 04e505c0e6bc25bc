"""Marching one pipe segment from its inlet state to its outlet, in steps.

Along the pipe (x in metres, mass flow m > 0, steady, horizontal):

    dp/dx = -(1 + a) * f(Re, k/D) / D * rho v^2 / 2        Darcy-Weisbach, fittings allowance a
    dh/dx = -(T - T_amb) / (R' * m)                         heat lost through the insulation

with the properties (rho, mu, T) re-evaluated from IAPWS-IF97 at (p, h) in every step (through
the tables of :mod:`ecopark.hydraulics.steam_table`; all segments of a batch march together), so the
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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from ecopark.hydraulics.pipe_physics import dp_per_m, dp_per_m_array
from ecopark.hydraulics.properties import State, h_from_pt
from ecopark.hydraulics.steam_table import props_ph, state_fast

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
    reach_m: float = 0.0
    """Where a march that failed stopped (metres from the inlet)."""

    @property
    def ok(self) -> bool:
        return self.outlet is not None


@dataclass(frozen=True)
class SpecArrays:
    """The :class:`PipeSpec` fields of many segments as arrays, for :func:`march_batch`."""

    length_m: np.ndarray
    inner_m: np.ndarray
    roughness_mm: np.ndarray
    friction_scale: np.ndarray
    """1 + fittings allowance."""
    resistance_mk_w: np.ndarray
    ambient_k: np.ndarray

    @staticmethod
    def of(specs: Sequence[PipeSpec]) -> SpecArrays:
        def col(name: str) -> np.ndarray:
            return np.array([getattr(s, name) for s in specs], dtype=float)

        return SpecArrays(col("length_m"), col("inner_mm") / 1000.0, col("roughness_mm"),
                          1.0 + col("fittings_allowance"), col("resistance_mk_w"),
                          col("ambient_k"))  # fmt: skip

    def take(self, idx: np.ndarray) -> SpecArrays:
        return SpecArrays(*(getattr(self, f)[idx] for f in self.__dataclass_fields__))


@dataclass(frozen=True)
class BatchResult:
    """Outlets of a batch of marches (arrays over the batch)."""

    p_out: np.ndarray
    h_out: np.ndarray
    """NaN where the pipe cannot carry the flow."""
    ok: np.ndarray
    reach_m: np.ndarray
    """Where a failed march stopped (metres from the inlet)."""
    steps: np.ndarray
    heat_loss_w: np.ndarray


def _rates(
    m: np.ndarray, rho: np.ndarray, mu: np.ndarray, t_k: np.ndarray, sp: SpecArrays
) -> tuple[np.ndarray, np.ndarray]:
    dpdx = -sp.friction_scale * dp_per_m_array(m, rho, mu, sp.inner_m, sp.roughness_mm)
    dhdx = -(t_k - sp.ambient_k) / (sp.resistance_mk_w * m)
    return dpdx, dhdx


class Marching:
    """Segments being marched, advanced together one Heun step at a time.

    Segments join (:meth:`start`) when their inlet state is known and leave when they reach
    their end or fail (:meth:`advance` returns both), so a network march can start a segment as
    soon as the segments feeding its inlet have finished, while others are still under way.
    """

    def __init__(self, m_kgs: np.ndarray, sp: SpecArrays, step_m: float) -> None:
        self.m_all, self.sp_all, self.step_m = m_kgs, sp, step_m
        self.floor_all = _ambient_h_array(sp.ambient_k)
        self.idx = np.zeros(0, dtype=np.int64)
        z = np.zeros(0)
        self.p = self.h = self.t = self.rho = self.mu = self.x = self.step = z
        self.steps = np.zeros(0, dtype=np.int64)
        self.sp = sp.take(self.idx)
        self.m = self.floor = z

    def start(
        self, idx: np.ndarray, p: np.ndarray, h: np.ndarray
    ) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
        """Start segments ``idx`` (mass flow > 0) at inlet (p, h). Returns (failed: those that
        cannot carry their flow at all, as an isothermal estimate puts zero pressure within 70 %
        of the length, and where that estimate stops) and the segments of no length (their
        outlet is their inlet); the rest march."""
        sp = self.sp_all.take(idx)
        m = self.m_all[idx]
        pr = props_ph(p, h)
        grad = sp.friction_scale * dp_per_m_array(m, pr.rho, pr.mu, sp.inner_m, sp.roughness_mm)
        liquid = pr.rho > LIQUID_RHO
        reach = np.full(len(idx), np.inf)
        pos = grad > 0
        reach[pos] = p[pos] / np.where(liquid[pos], grad[pos], 2.0 * grad[pos])
        fail = ~pr.ok | (reach < CLEARLY_SHORT * sp.length_m)
        empty = ~fail & (sp.length_m <= 1e-9)
        go = ~fail & ~empty
        self.idx = np.concatenate([self.idx, idx[go]])
        self.p = np.concatenate([self.p, p[go]])
        self.h = np.concatenate([self.h, h[go]])
        self.t = np.concatenate([self.t, pr.t_k[go]])
        self.rho = np.concatenate([self.rho, pr.rho[go]])
        self.mu = np.concatenate([self.mu, pr.mu[go]])
        self.x = np.concatenate([self.x, np.zeros(int(go.sum()))])
        # liquid: one step spans the segment (its properties barely change along a pipe)
        step = np.where(liquid, np.maximum(self.step_m, sp.length_m), self.step_m)
        self.step = np.concatenate([self.step, step[go]])
        self.steps = np.concatenate([self.steps, np.zeros(int(go.sum()), dtype=np.int64)])
        self._refresh()
        stop = np.where(np.isfinite(reach), reach, 0.0)
        return (idx[fail], stop[fail]), idx[empty]

    def _refresh(self) -> None:
        self.sp = self.sp_all.take(self.idx)
        self.m = self.m_all[self.idx]
        self.floor = self.floor_all[self.idx]

    def __len__(self) -> int:
        return len(self.idx)

    def advance(self) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, np.ndarray]]:
        """One Heun step of every marching segment. Returns (finished: idx, p, h, steps) and
        (failed: idx, distance reached)."""
        sp, m, p, h = self.sp, self.m, self.p, self.h
        dp1, dh1 = _rates(m, self.rho, self.mu, self.t, sp)
        h_step = np.minimum(self.step, sp.length_m - self.x)
        too_big = -h_step * dp1 > MAX_STEP_DROP * p
        h_step[too_big] = MAX_STEP_DROP * p[too_big] / -dp1[too_big]
        p_pred = p + h_step * dp1
        bad = (h_step < MIN_STEP_M) | (p_pred <= P_FLOOR_PA) | (self.steps > MAX_STEPS)
        pp = props_ph(p_pred, np.maximum(h + h_step * dh1, self.floor))
        bad |= ~pp.ok
        dp2, dh2 = _rates(m, pp.rho, pp.mu, pp.t_k, sp)
        p_new = p + h_step * (dp1 + dp2) / 2.0
        bad |= ~(p_new > P_FLOOR_PA)
        h_new = np.maximum(h + h_step * (dh1 + dh2) / 2.0, self.floor)
        pn = props_ph(np.where(bad, p, p_new), h_new)
        bad |= ~pn.ok
        failed = (self.idx[bad], self.x[bad])
        good = ~bad
        self.p = np.where(good, p_new, p)
        self.h = np.where(good, h_new, h)
        self.t, self.rho, self.mu = pn.t_k, pn.rho, pn.mu
        self.x = self.x + np.where(good, h_step, 0.0)
        self.steps = self.steps + 1
        end = good & (self.x >= sp.length_m - 1e-9)
        finished = (self.idx[end], self.p[end], self.h[end], self.steps[end])
        keep = good & ~end
        if not keep.all():
            for name in ("idx", "p", "h", "t", "rho", "mu", "x", "step", "steps"):
                setattr(self, name, getattr(self, name)[keep])
            self._refresh()
        return finished, failed


def march_batch(
    p_in: np.ndarray, h_in: np.ndarray, m_kgs: np.ndarray, sp: SpecArrays, step_m: float
) -> BatchResult:
    """March every segment of the batch (mass flow ``m_kgs`` > 0) from its inlet (p, h) at once:
    the same Heun steps as a segment marched alone, with the properties of all segments still
    marching evaluated together (:func:`ecopark.hydraulics.steam_table.props_ph`)."""
    n = len(p_in)
    p_out, h_out = np.full(n, np.nan), np.full(n, np.nan)
    ok = np.zeros(n, dtype=bool)
    reach = np.zeros(n)
    steps = np.zeros(n, dtype=np.int64)
    run = Marching(m_kgs, sp, step_m)
    (bad, stop), empty = run.start(np.arange(n), p_in.astype(float), h_in.astype(float))
    reach[bad] = stop
    p_out[empty], h_out[empty], ok[empty] = p_in[empty], h_in[empty], True
    while len(run):
        (e, p, h, k), (bad, stop) = run.advance()
        p_out[e], h_out[e], ok[e], steps[e] = p, h, True, k
        reach[bad] = stop
    loss = np.where(ok, m_kgs * (h_in - h_out), 0.0)
    return BatchResult(p_out, h_out, ok, reach, steps, loss)


def march(inlet: State, m_kgs: float, spec: PipeSpec, step_m: float) -> MarchResult:
    """March ``m_kgs`` (>= 0) from ``inlet`` along one segment, in plain Python: the same steps
    and the same property tables as :class:`Marching` (``tests/hydraulics/test_steam_table.py``
    checks that both agree), cheaper than numpy for the few segments of a small network."""
    if m_kgs <= 0.0:
        loss = max(0.0, (inlet.t_k - spec.ambient_k) / spec.resistance_mk_w * spec.length_m)
        return MarchResult(inlet, inlet, loss, 0)
    d_m = spec.inner_mm / 1000.0
    if inlet.rho > LIQUID_RHO:
        step_m = max(step_m, spec.length_m)  # liquid: properties barely change along a pipe
    grad = (1.0 + spec.fittings_allowance) * dp_per_m(m_kgs, inlet.rho, inlet.mu, d_m,
                                                       spec.roughness_mm)  # fmt: skip
    if grad > 0:
        reach = inlet.p_pa / (grad if inlet.rho > LIQUID_RHO else 2.0 * grad)
        if reach < CLEARLY_SHORT * spec.length_m:
            return _failed(inlet, m_kgs, reach)
    floor = _liquid_h(round(spec.ambient_k, 2))
    s = inlet
    x = 0.0
    steps = 0
    while x < spec.length_m - 1e-9:
        dp1, dh1 = _rates_one(s, m_kgs, spec, d_m)
        h_step = min(step_m, spec.length_m - x)
        if -h_step * dp1 > MAX_STEP_DROP * s.p_pa:
            h_step = MAX_STEP_DROP * s.p_pa / -dp1
        p_pred = s.p_pa + h_step * dp1
        if h_step < MIN_STEP_M or p_pred <= P_FLOOR_PA or steps > MAX_STEPS:
            return _failed(inlet, m_kgs, x)
        try:
            pred = state_fast(p_pred, max(s.h_jkg + h_step * dh1, floor))
            dp2, dh2 = _rates_one(pred, m_kgs, spec, d_m)
            p_new = s.p_pa + h_step * (dp1 + dp2) / 2.0
            if not p_new > P_FLOOR_PA:
                return _failed(inlet, m_kgs, x)
            s = state_fast(p_new, max(s.h_jkg + h_step * (dh1 + dh2) / 2.0, floor))
        except (ValueError, IndexError, RuntimeError):
            return _failed(inlet, m_kgs, x)
        if not (math.isfinite(s.t_k) and math.isfinite(s.mu) and s.rho > 0):
            return _failed(inlet, m_kgs, x)
        x += h_step
        steps += 1
    return MarchResult(inlet, s, m_kgs * (inlet.h_jkg - s.h_jkg), steps)


def _rates_one(s: State, m: float, spec: PipeSpec, d_m: float) -> tuple[float, float]:
    dpdx = -(1.0 + spec.fittings_allowance) * dp_per_m(m, s.rho, s.mu, d_m, spec.roughness_mm)
    return dpdx, -(s.t_k - spec.ambient_k) / (spec.resistance_mk_w * m)


CLEARLY_SHORT = 0.7
"""A pipe whose isothermal estimate of the distance to zero pressure is below this share of its
length cannot carry the flow (heat losses cool and densify the steam, which lowers the drop by
far less than 30 %); it is reported without marching step by step to zero."""


@cache
def _liquid_h(t_k: float) -> float:
    return h_from_pt(1e6, t_k)


def _ambient_h_array(ambient_k: np.ndarray) -> np.ndarray:
    """Enthalpy of water at ambient temperature: a trickle of steam in a long pipe cools to
    ambient (all condensed) and no further, however small the flow. (Liquid enthalpy hardly
    depends on pressure: taken at 1 MPa.)"""
    out = np.empty(len(ambient_k))
    for t in np.unique(ambient_k).tolist():
        out[ambient_k == t] = _liquid_h(round(t, 2))
    return out


def _failed(inlet: State, m_kgs: float, x: float) -> MarchResult:
    return MarchResult(
        inlet,
        None,
        0.0,
        0,
        f"the pipe cannot carry {m_kgs * 3.6:.1f} t/h: the pressure would fall to zero "
        f"{x:,.0f} m from its inlet; use a larger diameter or a higher source pressure",
        x,
    )
