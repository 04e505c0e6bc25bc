"""The hydraulic results as the CLI's JSON (the issue's Contract) and as served coverage.

``networks``: one entry per solved network. Pressures are absolute, in MPa; ``diameter_mm`` is
the inner diameter the solve used (from the DN series table); ``equivalent_length_m`` the length
including the fittings allowance; ``roughness_mm`` the absolute roughness. Segment inlet and
outlet are in the direction of flow. A figure that could not be computed is ``null``.

``park.coverage_served``: per medium, the share of demand that is connected *and* physically
served (pressure and temperature enough at the consumer), with the same keys as
``park.coverage``. Reclaimed water is not solved hydraulically, so its served share equals its
connected share.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ecopark.hydraulics.results import HydraulicResult, NetworkResult
from ecopark.indicators.results import ScenarioResult
from ecopark.model import MEDIA

UNSOLVED_MEDIA = ("reclaimed_water",)


def _f(x: float | None, digits: int = 6) -> float | None:
    if x is None or not math.isfinite(x):
        return None
    return round(float(x), digits)


def network_json(net: NetworkResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "medium": net.medium,
        "sources": [
            {
                "id": s.id,
                "outlet_pressure_mpa": _f(s.outlet_pressure_mpa),
                "outlet_temperature_c": _f(s.outlet_temperature_c),
                "mass_flow_tph": _f(s.mass_flow_tph),
                "capacity": _f(s.capacity),
            }
            for s in net.sources
        ],
        "consumers": [
            {
                "id": c.id,
                "required_pressure_mpa": _f(c.required_pressure_mpa),
                "delivered_pressure_mpa": _f(c.delivered_pressure_mpa),
                "delivered_temperature_c": _f(c.delivered_temperature_c),
                "served": c.served,
                "margin_mpa": _f(c.margin_mpa),
                "superheat_k": _f(c.superheat_k),
                "temperature_margin_k": _f(c.required_temperature_margin_k),
                "condensate_tph": _f(c.condensate_tph),
                "mass_flow_tph": _f(c.mass_flow_tph),
                "demands": [{"medium": m, "amount": _f(a), "served": ok} for m, a, ok in c.parts],
                "message": c.message,
            }
            for c in net.consumers
        ],
        "segments": [
            {
                "pipeline_id": s.pipeline_id,
                "length_m": _f(s.length_m, 3),
                "equivalent_length_m": _f(s.equivalent_length_m, 3),
                "diameter_mm": _f(s.diameter_mm, 3),
                "dn": _f(s.dn, 1),
                "roughness_mm": _f(s.roughness_mm),
                "mass_flow_tph": _f(s.mass_flow_tph),
                "inlet_pressure_mpa": _f(s.inlet_pressure_mpa),
                "inlet_temperature_c": _f(s.inlet_temperature_c),
                "outlet_pressure_mpa": _f(s.outlet_pressure_mpa),
                "outlet_temperature_c": _f(s.outlet_temperature_c),
                "velocity_ms": _f(s.velocity_ms),
                "velocity_limit_ms": _f(s.velocity_limit_ms),
                "heat_loss_kw": _f(s.heat_loss_kw),
                "condensate_tph": _f(s.condensate_tph),
                "message": s.message,
            }
            for s in net.segments
        ],
        "converged": net.converged,
        "messages": list(net.messages),
    }
    if net.medium == "heat":
        out["pump_head_mpa"] = _f(net.pump_head_mpa)
        out["required_pump_head_mpa"] = _f(net.required_pump_head_mpa)
        out["return_temperature_c"] = _f(net.return_temperature_c)
    return out


def served_shares(result: ScenarioResult, hyd: HydraulicResult) -> dict[str, float | None]:
    """``park.coverage_served``: physically served share per medium, and their mean."""
    out: dict[str, float | None] = {}
    for m in MEDIA:
        c = result.coverage.media[m]
        if m in UNSOLVED_MEDIA or c.share is None:
            out[m] = c.share
            continue
        physically = hyd.served.get(m, {})
        total = sum(physically.values())
        out[m] = min(total / c.demand, c.share) if c.demand > 0 else None
    shares = [v for v in out.values() if v is not None]
    out["combined"] = float(np.mean(shares)) if shares else None
    return out


def add_to_json(data: dict[str, Any], result: ScenarioResult, hyd: HydraulicResult) -> None:
    """Add ``networks`` and ``park.coverage_served`` to an ``evaluate --json`` object."""
    data["networks"] = [network_json(n) for n in hyd.networks]
    data.setdefault("park", {})["coverage_served"] = served_shares(result, hyd)
    data["hydraulics"] = {"properties": f"IAPWS-IF97 via CoolProp ({hyd.backend})",
                          "messages": list(hyd.messages)}  # fmt: skip


def extend_evaluation(data: dict[str, Any], park: Any, scenario_id: str, engine: Any) -> None:
    """The ``evaluate --json`` hook: solve with the engine's state and add the results."""
    from ecopark.hydraulics.solve import solve_scenario

    hyd = solve_scenario(park, scenario_id, engine.state(scenario_id))
    add_to_json(data, engine.result(scenario_id), hyd)
