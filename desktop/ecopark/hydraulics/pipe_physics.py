"""Friction (Darcy-Weisbach with the Colebrook friction factor from ``fluids``) and heat loss
through insulation, per metre of pipe."""

from __future__ import annotations

import math
from dataclasses import dataclass

from fluids.friction import friction_factor

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
