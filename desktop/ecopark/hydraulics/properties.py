"""Water and steam properties (IAPWS-IF97) through CoolProp.

CoolProp's ``IF97`` backend implements the industrial formulation IAPWS-IF97 (fast, the one
steam-table books and boiler makers use); when a CoolProp build lacks it, the reference
equation of state (``HEOS``, IAPWS-95) is used instead, which agrees with IF97 to well within
the accuracy of any pipe calculation. One ``AbstractState`` is kept per process and reused:
creating one costs far more than an update.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import CoolProp.CoolProp as CP


@cache
def _coolprop() -> ModuleType:
    """CoolProp, imported at the first property asked for: the import takes about 3 s and
    70 MB, which a project opened without a steam or hot-water solve need not pay."""
    import CoolProp.CoolProp as module

    return module


@dataclass(frozen=True)
class State:
    """Water or steam at pressure ``p_pa`` with specific enthalpy ``h_jkg``."""

    p_pa: float
    h_jkg: float
    t_k: float
    rho: float
    mu: float
    quality: float
    """Vapour mass fraction in the two-phase region; -1 outside it (CoolProp's convention)."""
    t_sat_k: float | None
    """Saturation temperature at ``p_pa`` (None above the critical pressure)."""

    @property
    def t_c(self) -> float:
        return self.t_k - 273.15

    @property
    def superheat_k(self) -> float | None:
        """T - Tsat(p), 0 when wet; None above the critical pressure."""
        if self.t_sat_k is None:
            return None
        return max(0.0, self.t_k - self.t_sat_k)

    @property
    def wet(self) -> bool:
        return 0.0 <= self.quality < 1.0


@cache
def _state() -> tuple[str, CP.AbstractState]:
    for backend in ("IF97", "HEOS"):
        try:
            st = _coolprop().AbstractState(backend, "Water")
            st.update(_coolprop().PT_INPUTS, 1e6, 500.0)
            st.viscosity()
            return backend, st
        except Exception:  # noqa: BLE001 - a missing backend raises a generic error
            continue
    raise RuntimeError("CoolProp has neither the IF97 nor the HEOS water backend")


def backend() -> str:
    """ "IF97" or "HEOS": what the properties come from."""
    return _state()[0]


P_CRIT_PA = 22.064e6


def h_from_pt(p_pa: float, t_k: float) -> float:
    _, st = _state()
    st.update(_coolprop().PT_INPUTS, p_pa, t_k)
    return float(st.hmass())


def t_sat_k(p_pa: float) -> float | None:
    """Saturation temperature, remembered at 100 Pa resolution (0.003 K at 0.1 MPa)."""
    if p_pa >= P_CRIT_PA:
        return None
    return _t_sat_cached(round(p_pa, -2))


@cache
def _t_sat_cached(p_pa: float) -> float:
    _, st = _state()
    st.update(_coolprop().PQ_INPUTS, max(p_pa, 700.0), 1.0)
    return float(st.T())


@cache
def _sat_vapour_mu(p_key: float) -> float:
    _, st = _state()
    st.update(_coolprop().PQ_INPUTS, p_key, 1.0)
    return float(st.viscosity())


def state_ph(p_pa: float, h_jkg: float) -> State:
    """Properties at (p, h). In the two-phase region the density is the homogeneous mixture's
    and the viscosity that of the saturated vapour (wet steam in a pipe flows as vapour carrying
    a condensate film; the friction factor hardly depends on it)."""
    _, st = _state()
    st.update(_coolprop().HmassP_INPUTS, h_jkg, p_pa)
    t = float(st.T())
    rho = float(st.rhomass())
    q = float(st.Q()) if p_pa < P_CRIT_PA else -1.0
    if not math.isfinite(q) or not 0.0 <= q <= 1.0:
        q = -1.0
        mu = float(st.viscosity())
    elif q > 0.0:
        mu = _sat_vapour_mu(round(p_pa, -2))
    else:
        mu = _liquid_mu(p_pa)
    return State(p_pa, h_jkg, t, rho, mu, q, t_sat_k(p_pa))


def _liquid_mu(p_pa: float) -> float:
    _, st = _state()
    st.update(_coolprop().PQ_INPUTS, p_pa, 0.0)
    return float(st.viscosity())


def water_state(p_pa: float, t_k: float) -> State:
    """Liquid water at (p, T) (hot-water networks)."""
    return state_ph(p_pa, h_from_pt(p_pa, t_k))


def cp_water(p_pa: float, t_k: float) -> float:
    _, st = _state()
    st.update(_coolprop().PT_INPUTS, p_pa, t_k)
    return float(st.cpmass())
