"""Indicator parameters read from ``park.settings``, with documented defaults.

Kept apart so the engine, the full evaluation, the CLI and docs/indicators.md agree on one set of
names. Settings keys:

* ``space_weights``: {component: weight} for the space-optimization score (missing keys take
  the default 1.0 each; negative or non-numeric values are ignored);
* ``space_params``: {"exchange_reference_m", "heavy_buffer_m", "buffer_zone_kinds",
  "far_min", "far_min_by_code", "building_coverage_min", "admin_share_max", "green_ratio_max",
  "investment_min", "output_min", ...}; MLR 2008 values ship in data/mlr2008_*.csv (source and
  cross-checks: data/mlr2008_land_control.source.json).
* ``snap_tolerance_m`` (see :mod:`ecopark.network.topology`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ecopark.model.kinds import SECTORS

SPACE_COMPONENTS: tuple[str, ...] = (
    "symbiosis_proximity",
    "zoning_compatibility",
    "land_use_intensity",
    "idle_land",
    "investment_intensity",
    "output_per_area",
)
INDUSTRY_CODES: frozenset[str] = frozenset(f"{n:02d}" for n in range(1, 100))
"""Two-digit division codes of GB/T 4754 (国民经济行业分类) a firm's ``industry_code`` may hold."""
DEFAULT_SPACE_WEIGHTS: dict[str, float] = dict.fromkeys(SPACE_COMPONENTS, 1.0)
SPACE_WEIGHTS_SETTING = "space_weights"
SPACE_PARAMS_SETTING = "space_params"

# MLR 2008 "Control indicators for industrial project construction land" (工业项目建设用地控制
# 指标), minimum floor-area ratio by industry, mapped onto our sectors. Power, port, logistics,
# services and other are not manufacturing categories of the table; we use 0.5 for them.
DEFAULT_FAR_MIN: dict[str, float] = {
    "power": 0.5,
    "petrochemical": 0.5,
    "chemical": 0.6,
    "steel": 0.6,
    "nonferrous": 0.6,
    "cement": 0.7,
    "building_materials": 0.7,
    "brewery": 1.0,
    "food": 1.0,
    "sugar": 1.0,
    "alcohol": 1.0,
    "paper": 0.8,
    "pharmaceutical": 0.7,
    "textile": 0.8,
    "equipment": 0.7,
    "electronics": 1.0,
    "logistics": 0.5,
    "port": 0.5,
    "services": 0.5,
    "other": 0.5,
}


@cache
def far_min_by_code() -> dict[str, float]:
    """MLR 2008 Table 2, minimum floor-area ratio by two-digit industry code."""
    from ecopark.indicators.sets import read_rows

    return {r["code"]: float(r["far_min"]) for r in read_rows("mlr2008_far_min.csv")}


@cache
def _general(key: str) -> float:
    """MLR 2008 ratios applying to every industry (data/mlr2008_general.csv)."""
    from ecopark.indicators.sets import read_rows

    return {r["key"]: float(r["value"]) for r in read_rows("mlr2008_general.csv")}[key]


@dataclass(frozen=True)
class SpaceParams:
    exchange_reference_m: float = 500.0
    """Distance at or below which an exchange counts as ideally close (adjacent plots)."""
    heavy_buffer_m: float = 1000.0
    """Minimum distance of a heavy-polluting firm from a city-area zone."""
    buffer_zone_kinds: frozenset[str] = frozenset({"city"})
    far_min: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_FAR_MIN))
    building_coverage_min: float = field(default_factory=lambda: _general("building_coverage_min"))
    admin_share_max: float = field(default_factory=lambda: _general("admin_share_max"))
    green_ratio_max: float = field(default_factory=lambda: _general("green_ratio_max"))
    far_min_by_code: Mapping[str, float] = field(default_factory=lambda: dict(far_min_by_code()))
    """Minimum floor-area ratio by industry code (GB/T 4754-2002 division, "13".."43"; MLR 2008
    Table 2, data/mlr2008_far_min.csv); a firm with an ``industry_code`` in it is judged by it,
    others by ``far_min`` of their sector."""
    corridor_width_m: Mapping[str, float] = field(
        default_factory=lambda: {"road": 30.0, "utility": 10.0}
    )
    """Width of land a corridor line takes (roads: red-line width; editable assumption)."""
    investment_min: Mapping[str, float] = field(default_factory=lambda: _land_control(1))
    """Fixed-asset investment per ha of plot, 10^4 RMB/ha, by industry code or sector (MLR 2008
    Table 1 for the park's region class; not shipped: the planner enters them). A firm's industry
    code, when given here, wins over its sector."""
    output_min: Mapping[str, float] = field(default_factory=lambda: _land_control(2))
    """IAV per ha of plot, 10^4 RMB/ha, by sector (default: HJ 274 row 2.1, 900)."""
    exchange_to_t: Mapping[str, float] = field(default_factory=lambda: _exchange_units())
    """Exchange unit -> t/a (mass, or steam equivalent for energy): data/exchange_units.csv."""


def _land_control(column: int) -> dict[str, float]:
    from ecopark.indicators.sets import read_rows

    name = ("", "investment_min_10k_rmb_per_ha", "output_min_10k_rmb_per_ha")[column]
    out = {}
    for r in read_rows("land_control_mlr2008.csv"):
        text = r[name].strip()
        if text:
            out[r["sector"]] = float(text)
    return out


def _exchange_units() -> dict[str, float]:
    from ecopark.indicators.sets import read_rows

    return {r["unit"]: float(r["factor_to_t_per_a"]) for r in read_rows("exchange_units.csv")}


def _by_key(raw: Any, defaults: Mapping[str, float], keys: Any = None) -> dict[str, float]:
    out = dict(defaults)
    if isinstance(raw, Mapping):
        for k, v in raw.items():
            if keys is None or k in keys:
                x = _number(v, -1.0)
                if x >= 0:
                    out[str(k)] = x
    return out


def _number(value: Any, default: float) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return default
    return x if math.isfinite(x) and x >= 0 else default


def space_params(settings: Mapping[str, Any]) -> SpaceParams:
    raw = settings.get(SPACE_PARAMS_SETTING) or {}
    if not isinstance(raw, Mapping):
        raw = {}
    d = SpaceParams()
    far = dict(DEFAULT_FAR_MIN)
    user_far = raw.get("far_min")
    if isinstance(user_far, Mapping):
        for sector, value in user_far.items():
            if sector in SECTORS:
                far[sector] = _number(value, far[sector])
    kinds = raw.get("buffer_zone_kinds")
    return SpaceParams(
        exchange_reference_m=_number(raw.get("exchange_reference_m"), d.exchange_reference_m)
        or d.exchange_reference_m,
        heavy_buffer_m=_number(raw.get("heavy_buffer_m"), d.heavy_buffer_m),
        buffer_zone_kinds=(
            frozenset(str(k) for k in kinds) if isinstance(kinds, list) else d.buffer_zone_kinds
        ),
        far_min=far,
        building_coverage_min=_number(raw.get("building_coverage_min"), d.building_coverage_min),
        admin_share_max=_number(raw.get("admin_share_max"), d.admin_share_max),
        green_ratio_max=_number(raw.get("green_ratio_max"), d.green_ratio_max),
        corridor_width_m=_by_key(raw.get("corridor_width_m"), d.corridor_width_m),
        far_min_by_code=_by_key(raw.get("far_min_by_code"), d.far_min_by_code, INDUSTRY_CODES),
        investment_min=_by_key(
            raw.get("investment_min"), d.investment_min, {*SECTORS, *INDUSTRY_CODES}
        ),
        output_min=_by_key(raw.get("output_min"), d.output_min, SECTORS),
        exchange_to_t=_by_key(raw.get("exchange_to_t"), d.exchange_to_t),
    )


def space_weights(
    settings: Mapping[str, Any], override: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Weights per component: defaults, then the park setting, then ``override``."""
    weights = dict(DEFAULT_SPACE_WEIGHTS)
    for source in (settings.get(SPACE_WEIGHTS_SETTING), override):
        if isinstance(source, Mapping):
            for name, value in source.items():
                if name in weights:
                    weights[name] = _number(value, weights[name])
    return weights
