"""Water and steam properties at many (p, h) points at once, for the network march.

The march needs temperature, density and viscosity at (p, h) two or more times per step of
every segment: tens of thousands of evaluations for a large network, where one call of
CoolProp's IF97 backend costs 15-25 µs. This module answers them with numpy from tables built
once per process from the same backend (:mod:`ecopark.hydraulics.properties`):

* **Superheated steam**, 5 kPa to 12 MPa, up to 1,200 kJ/kg above the saturated-vapour
  enthalpy h_g(p): bicubic splines (scipy ``RectBivariateSpline``) of T, ln ρ and μ over
  x = ln p and s = sqrt((h − h_g(p)) / 1,200 kJ/kg). Measuring from h_g puts the saturation line
  on a grid line, so the kink there is never interpolated across; the square root puts more
  grid lines near saturation, where the properties bend most.
* **Wet steam** (h_f(p) < h < h_g(p)): homogeneous mixture from cubic splines in ln p of the
  saturation properties: x = (h − h_f) / (h_g − h_f), 1/ρ = x/ρ_g + (1 − x)/ρ_f, T = T_sat, μ the
  saturated vapour's (as :func:`~ecopark.hydraulics.properties.state_ph` does).
* **Anything else** (liquid water, beyond the table, supercritical): CoolProp point by point.

Stated accuracy (``tests/hydraulics/test_steam_table.py`` checks it against CoolProp on
random points): superheated T within 0.05 K, ρ and μ within 0.02 %; wet steam ρ within 0.02 %,
T_sat within 0.01 K. The measured maxima are about 0.015 K and 0.008 % (largest near 10 MPa
close to saturation; below 5 MPa half that). A 0.02 % density error changes a pipe's pressure
drop by 0.02 %.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.interpolate import CubicSpline, RectBivariateSpline

from ecopark.hydraulics.properties import State, _coolprop, _state, state_ph

P_MIN_PA = 5e3
P_MAX_PA = 12e6
Y_MAX_JKG = 1.2e6
"""Enthalpy above saturated vapour the table spans (steam up to about 640-700 °C)."""
N_P = 100
N_S = 70
N_SAT = 300
"""Exact (CoolProp) grid: ln p, s, and saturation line."""
N_X = 700
N_S_FINE = 500
N_SAT_FINE = 8001
"""Fine grids sampled from the splines and interpolated linearly at run time."""


@dataclass(frozen=True)
class PropArrays:
    """Properties at n points (``quality`` -1 outside the two-phase region, as CoolProp)."""

    t_k: np.ndarray
    rho: np.ndarray
    mu: np.ndarray
    quality: np.ndarray
    t_sat_k: np.ndarray
    """NaN above the critical pressure."""
    ok: np.ndarray
    """False where no property could be found (the march treats it as a failure)."""


@dataclass(frozen=True)
class _Tables:
    x0: float
    dx: float
    vapour: np.ndarray
    """(N_X * N_S, 3): T, ln rho, mu on the fine grid, row-major in (x, s)."""
    sat: np.ndarray
    """(N_SAT_FINE, 6): T_sat, h_f, h_g, 1/rho_f, 1/rho_g, mu_g on the fine ln p grid."""
    sat_rows: list[list[float]]
    vapour_flat: memoryview
    """The same tables for :func:`state_fast` (Python floats without numpy per element)."""


def _build() -> _Tables:
    """Exact properties from the selected backend on a coarse grid (about 0.1 s), bicubic
    splines through them, and the splines sampled on a fine grid that is then interpolated
    linearly: one gather per corner at run time instead of a spline evaluation."""
    _, st = _state()
    x_sat = np.linspace(np.log(P_MIN_PA), np.log(P_MAX_PA), N_SAT)
    sat = np.empty((N_SAT, 6))
    for i, p in enumerate(np.exp(x_sat).tolist()):
        st.update(_coolprop().PQ_INPUTS, p, 1.0)
        sat[i, 0], sat[i, 2], sat[i, 4], sat[i, 5] = (
            st.T(), st.hmass(), 1.0 / st.rhomass(), st.viscosity())  # fmt: skip
        st.update(_coolprop().PQ_INPUTS, p, 0.0)
        sat[i, 1], sat[i, 3] = st.hmass(), 1.0 / st.rhomass()
    sat_spline = CubicSpline(x_sat, sat, axis=0)
    x = np.linspace(np.log(P_MIN_PA), np.log(P_MAX_PA), N_P)
    s = np.linspace(0.0, 1.0, N_S)
    h_g = sat_spline(x)[:, 2]
    grid = np.empty((3, N_P, N_S))
    for i, p in enumerate(np.exp(x).tolist()):
        for j, sj in enumerate(s.tolist()):
            # just above h_g so the backend reports vapour, not the saturation boundary
            st.update(_coolprop().HmassP_INPUTS, float(h_g[i] + Y_MAX_JKG * sj * sj + 1e-3), p)
            grid[0, i, j], grid[1, i, j], grid[2, i, j] = (
                st.T(), np.log(st.rhomass()), st.viscosity())  # fmt: skip
    xf = np.linspace(x[0], x[-1], N_X)
    sf = np.linspace(0.0, 1.0, N_S_FINE)
    fine = np.stack([RectBivariateSpline(x, s, g)(xf, sf) for g in grid], axis=-1)
    sat_fine = sat_spline(np.linspace(x[0], x[-1], N_SAT_FINE))
    flat = np.ascontiguousarray(fine.reshape(-1, 3))
    return _Tables(float(xf[0]), float(xf[1] - xf[0]), flat, sat_fine, sat_fine.tolist(),
                   memoryview(flat.reshape(-1)))  # type: ignore[arg-type]


_TABLES: list[_Tables] = []


def _tables() -> _Tables:
    if not _TABLES:
        _TABLES.append(_build())
    return _TABLES[0]


def state_fast(p_pa: float, h_jkg: float) -> State:
    """:func:`props_ph` at one point in plain Python (the same tables and the same arithmetic,
    without numpy's per-call cost): the march of a small network calls it step by step."""
    tab = _tables()
    if not (P_MIN_PA <= p_pa <= P_MAX_PA) or not math.isfinite(h_jkg):
        return state_ph(p_pa, h_jkg)
    fx = (math.log(p_pa) - tab.x0) / tab.dx
    fs = fx * ((N_SAT_FINE - 1) / (N_X - 1))
    i = min(int(fs), N_SAT_FINE - 2)
    w = fs - i
    sat = tab.sat_rows
    a, b = sat[i], sat[i + 1]
    t_sat, h_f, h_g, v_f, v_g, mu_g = (a[c] + (b[c] - a[c]) * w for c in range(6))
    y = h_jkg - h_g
    if 0.0 <= y <= Y_MAX_JKG:
        ix = min(int(fx), N_X - 2)
        wx = fx - ix
        fsv = math.sqrt(y / Y_MAX_JKG) * (N_S_FINE - 1)
        js = min(int(fsv), N_S_FINE - 2)
        ws = fsv - js
        k = ix * N_S_FINE + js
        g = tab.vapour_flat
        out = []
        for c in range(3):
            g00, g01 = g[3 * k + c], g[3 * (k + 1) + c]
            g10, g11 = g[3 * (k + N_S_FINE) + c], g[3 * (k + N_S_FINE + 1) + c]
            lo = g00 + (g01 - g00) * ws
            hi = g10 + (g11 - g10) * ws
            out.append(lo + (hi - lo) * wx)
        return State(p_pa, h_jkg, out[0], math.exp(out[1]), out[2], -1.0, t_sat)
    if h_jkg > h_f and y < 0.0:
        q = (h_jkg - h_f) / (h_g - h_f)
        return State(p_pa, h_jkg, t_sat, 1.0 / (q * v_g + (1.0 - q) * v_f), mu_g, q, t_sat)
    return state_ph(p_pa, h_jkg)


def _cell(f: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Cell index and the fraction across it of grid coordinates ``f`` (0 .. count - 1)."""
    i = f.astype(np.int64)
    np.minimum(i, count - 2, out=i)
    return i, f - i


def props_ph(p_pa: np.ndarray, h_jkg: np.ndarray) -> PropArrays:
    """T, ρ, μ, quality and T_sat at each (p, h)."""
    p = np.asarray(p_pa, dtype=float)
    h = np.asarray(h_jkg, dtype=float)
    tab = _tables()
    with np.errstate(invalid="ignore", divide="ignore"):
        in_p = (p >= P_MIN_PA) & (p <= P_MAX_PA) & np.isfinite(h)
        fx = (np.log(np.where(in_p, p, P_MIN_PA)) - tab.x0) / tab.dx
        i, wx = _cell(fx * ((N_SAT_FINE - 1) / (N_X - 1)), N_SAT_FINE)
        sat = tab.sat[i] + (tab.sat[i + 1] - tab.sat[i]) * wx[:, None]
        y = h - sat[:, 2]
        vap = in_p & (y >= 0.0) & (y <= Y_MAX_JKG)
        wet = in_p & (h > sat[:, 1]) & (y < 0.0)
        ix, wx = _cell(fx, N_X)
        js, ws = _cell(np.sqrt(np.minimum(np.maximum(y, 0.0), Y_MAX_JKG) / Y_MAX_JKG)
                       * (N_S_FINE - 1), N_S_FINE)  # fmt: skip
        k = ix * N_S_FINE + js
        g = tab.vapour
        lo = g[k] + (g[k + 1] - g[k]) * ws[:, None]
        hi = g[k + N_S_FINE] + (g[k + N_S_FINE + 1] - g[k + N_S_FINE]) * ws[:, None]
        v = lo + (hi - lo) * wx[:, None]
        qw = (h - sat[:, 1]) / (sat[:, 2] - sat[:, 1])
        t = np.where(vap, v[:, 0], np.where(wet, sat[:, 0], np.nan))
        rho = np.where(vap, np.exp(v[:, 1]),
                       np.where(wet, 1.0 / (qw * sat[:, 4] + (1.0 - qw) * sat[:, 3]), np.nan))
        mu = np.where(vap, v[:, 2], np.where(wet, sat[:, 5], np.nan))
        q = np.where(wet, qw, -1.0)
        t_sat = np.where(in_p, sat[:, 0], np.nan)
    rest = np.flatnonzero(~vap & ~wet & np.isfinite(p) & np.isfinite(h) & (p > 0))
    for k in rest.tolist():
        try:
            s = state_ph(float(p[k]), float(h[k]))
        except (ValueError, IndexError, RuntimeError):
            continue
        t[k], rho[k], mu[k], q[k] = s.t_k, s.rho, s.mu, s.quality
        t_sat[k] = s.t_sat_k if s.t_sat_k is not None else np.nan
    ok = np.isfinite(t) & np.isfinite(rho) & (rho > 0) & np.isfinite(mu)
    return PropArrays(t, rho, mu, q, t_sat, ok)
