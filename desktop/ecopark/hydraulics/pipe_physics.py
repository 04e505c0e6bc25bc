"""Friction (Darcy-Weisbach with the Colebrook friction factor from ``fluids``) and heat loss
through insulation, per metre of pipe."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from fluids.friction import LAMINAR_TRANSITION_PIPE, friction_factor

LAMINAR_RE = 2300.0


def darcy_friction(re: float, roughness_mm: float, inner_mm: float) -> float:
    """Darcy friction factor: ``fluids.friction.friction_factor`` (Clamond's exact solution of
    the Colebrook equation in the turbulent range, 64/Re when laminar)."""
    re = max(re, 1e-9)
    return float(friction_factor(Re=re, eD=roughness_mm / inner_mm))


def dp_per_m(m_kgs: float, rho: float, mu: float, inner_m: float, roughness_mm: float) -> float:
    """Frictional pressure gradient (Pa/m) for mass flow ``m_kgs``: f / D * rho v^2 / 2."""
    area = math.pi * inner_m**2 / 4.0
    v = abs(m_kgs) / (rho * area)
    re = rho * v * inner_m / mu
    if re < 1e-9:
        return 0.0
    f = darcy_friction(re, roughness_mm, inner_m * 1000.0)
    return f / inner_m * rho * v * v / 2.0


def darcy_friction_array(re: np.ndarray, rel_roughness: np.ndarray) -> np.ndarray:
    """:func:`darcy_friction` for many pipes at once: the same two branches as
    ``fluids.friction.friction_factor`` (64/Re below Re = 2040, else Clamond's exact solution of
    Colebrook, transcribed from ``fluids.friction.Clamond``), so the figures agree with the scalar
    function to rounding (tests/hydraulics/test_steam_table.py checks)."""
    re = np.maximum(np.asarray(re, dtype=float), 1e-9)
    ed = np.asarray(rel_roughness, dtype=float)
    x1 = ed * re * 0.1239681863354175460160858261654858382699
    x2 = np.log(re) - 0.7793974884556819406441139701653776731705
    f = x2 - 0.2
    x1f = x1 + f
    x1f1 = 1.0 + x1f
    with np.errstate(invalid="ignore", divide="ignore"):
        e = (np.log(x1f) - 0.2) / x1f1
        f = f - (x1f1 + 0.5 * e) * e * x1f / (x1f1 + e * (1.0 + e / 3.0))
        x1f = x1 + f
        x1f1 = 1.0 + x1f
        e = (np.log(x1f) + f - x2) / x1f1
        b = x1f1 + e * (1.0 + e / 3.0)
        f = b / (b * f - (x1f1 + 0.5 * e) * e * x1f)
        turbulent = 1.325474527619599502640416597148504422899 * f * f
    return np.where(re < LAMINAR_TRANSITION_PIPE, 64.0 / re, turbulent)


def dp_per_m_array(
    m_kgs: np.ndarray, rho: np.ndarray, mu: np.ndarray, inner_m: np.ndarray,
    roughness_mm: np.ndarray,
) -> np.ndarray:  # fmt: skip
    """:func:`dp_per_m` for many pipes at once (Pa/m; 0 where nothing flows)."""
    area = np.pi * inner_m**2 / 4.0
    v = np.abs(m_kgs) / (rho * area)
    re = rho * v * inner_m / mu
    f = darcy_friction_array(re, roughness_mm / (inner_m * 1000.0))
    return np.where(re < 1e-9, 0.0, f / inner_m * rho * v * v / 2.0)


@dataclass(frozen=True)
class Insulation:
    """What the heat crosses between the pipe's outer wall and the surroundings."""

    outer_mm: float
    thickness_mm: float
    conductivity_w_mk: float
    laying: str  # "rack" (in air) or "buried"
    surface_w_m2k: float
    burial_depth_m: float
    soil_w_mk: float

    def resistance_mk_w(self) -> float:
        """Thermal resistance per metre (m K / W): insulation layer, then the outer surface (air)
        or the soil (a single pipe at depth H: arcosh(H / r) / (2 pi k_soil)). The pipe wall and
        the inner film are neglected (a few per cent of the insulation's resistance at most)."""
        r_o = self.outer_mm / 2000.0
        r_i = r_o + self.thickness_mm / 1000.0
        ins = math.log(r_i / r_o) / (2 * math.pi * self.conductivity_w_mk) if r_i > r_o else 0.0
        if self.laying == "buried":
            depth = max(self.burial_depth_m + r_i, r_i * 1.0001)
            outer = math.acosh(depth / r_i) / (2 * math.pi * self.soil_w_mk)
        else:
            outer = 1.0 / (self.surface_w_m2k * 2 * math.pi * r_i)
        return ins + outer
