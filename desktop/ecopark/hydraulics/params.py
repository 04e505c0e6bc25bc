"""Park-level hydraulic parameters: the data-file defaults, overridden by ``park.settings``.

``park.settings["ambient_temperature_c"]`` is the ambient (air or ground) temperature of the
park; ``park.settings["hydraulics"]`` may override any key of ``data/defaults.json`` (e.g.
``{"fittings_allowance": 0.4, "laying": "buried"}``). Unusable values fall back to the default.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ecopark.hydraulics.tables import pipe_defaults

AMBIENT_SETTING = "ambient_temperature_c"
HYDRAULICS_SETTING = "hydraulics"
LAYINGS = ("rack", "buried")


@dataclass(frozen=True)
class HydraulicParams:
    roughness_mm: Mapping[str, float]
    fittings_allowance: float
    insulation_mm: float
    insulation_w_mk: float
    laying: str
    surface_w_m2k: float
    burial_depth_m: float
    soil_w_mk: float
    ambient_temperature_c: float
    prs_min_drop_mpa: float
    march_step_m: float

    def roughness_for(self, medium: str) -> float:
        return float(self.roughness_mm["heat" if medium == "heat" else "steam"])


def _number(value: Any, default: float, *, positive: bool = False) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return float(default)
    if not math.isfinite(x) or x < 0 or (positive and x == 0):
        return float(default)
    return x


def hydraulic_params(settings: Mapping[str, Any]) -> HydraulicParams:
    base = pipe_defaults()
    over = settings.get(HYDRAULICS_SETTING)
    over = over if isinstance(over, Mapping) else {}

    def pick(key: str, *, positive: bool = False) -> float:
        return _number(over.get(key, base[key]), base[key], positive=positive)

    ambient = settings.get(AMBIENT_SETTING, over.get(AMBIENT_SETTING))
    try:
        amb = float(ambient) if ambient is not None else float(base["ambient_temperature_c"])
    except (TypeError, ValueError):
        amb = float(base["ambient_temperature_c"])
    if not math.isfinite(amb):
        amb = float(base["ambient_temperature_c"])
    laying = over.get("laying", base["laying"])
    rough = dict(base["roughness_mm"])
    if isinstance(over.get("roughness_mm"), Mapping):
        for k, v in over["roughness_mm"].items():
            if k in rough:
                rough[k] = _number(v, rough[k])
    return HydraulicParams(
        roughness_mm=rough,
        fittings_allowance=pick("fittings_allowance"),
        insulation_mm=pick("insulation_mm"),
        insulation_w_mk=pick("insulation_w_mk", positive=True),
        laying=laying if laying in LAYINGS else base["laying"],
        surface_w_m2k=pick("surface_w_m2k", positive=True),
        burial_depth_m=pick("burial_depth_m", positive=True),
        soil_w_mk=pick("soil_w_mk", positive=True),
        ambient_temperature_c=amb,
        prs_min_drop_mpa=pick("prs_min_drop_mpa"),
        march_step_m=pick("march_step_m", positive=True),
    )
