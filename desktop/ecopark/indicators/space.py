"""Space-optimization score (0-100) and its six components, each 0..1 where 1 is best.

Definitions, defaults and hand-computed examples: docs/indicators.md §3. A component that cannot
be computed scores 0 and ``SpaceScore.notes`` says why: a score that let missing parts drop out of
the mean ranked a park without symbiosis above its plan. In short:

* symbiosis_proximity: 0 without exchanges; else the mean of (a) exchanges weighed by one
  common measure (mass, t/a; energy flows as steam equivalent: data/exchange_units.csv):
  sum(m x d_ref) / sum(m x max(d, d_ref)); (b) pipes, when there are any: reference length
  (minimum spanning tree of the sites each network joins) / drawn pipe length, capped at 1;
* zoning_compatibility: share of firms on a zone whose kind allows their sector, and, for
  heavy-polluting sectors, at least ``heavy_buffer_m`` from every city-area zone;
* land_use_intensity: plot-area-weighted share of the four MLR 2008 tests a firm on industrial
  land passes (floor-area ratio >= the minimum of its industry code, else of its sector;
  building coverage >= 30 %, administrative and living area <= 7 %, green ratio <= 20 %; see
  :mod:`ecopark.indicators.land_control`, which also keeps the comparison per firm and zone);
* idle_land: 1 - idle share of the industrial land that firms can use: the union of industrial
  zones minus roads and corridors (lines widened by their width) and shared-facility sites
  (plots holding a facility); used land = firms' plots, capped per zone;
* investment_intensity: plot-weighted share of firms on industrial land whose fixed-asset
  investment per ha reaches the MLR 2008 control value entered for its industry code or sector;
* output_per_area: plot-weighted share of firms on industrial land whose IAV per ha reaches the
  reference (HJ 274 row 2.1: 900 x 10^4 RMB/ha).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import shapely

from ecopark.indicators import land_control
from ecopark.indicators.coverage import Allocation
from ecopark.indicators.overlap import industrial_land, industrial_slots
from ecopark.indicators.params import SPACE_COMPONENTS
from ecopark.indicators.results import SpaceScore
from ecopark.indicators.state import HEAVY_CODES, ScenarioState
from ecopark.model.kinds import MEDIA, SECTORS

REASONS: dict[str, str] = {
    "symbiosis_proximity": "no symbiosis exchanges: a park without symbiosis scores 0",
    "zoning_compatibility": "no firms",
    "land_use_intensity": "no firm on industrial land with a plot area",
    "idle_land": "no industrial land outside roads, corridors and facility sites",
    "investment_intensity": "no firm on industrial land recorded fixed-asset investment",
    "output_per_area": "no firm on industrial land with a plot area",
}
"""Why a component scored 0 (it could not be computed); a component may give a sharper one."""


def space_score(
    state: ScenarioState, alloc: Allocation, weights: Mapping[str, float]
) -> SpaceScore:
    details: dict[str, object] = {}
    notes: dict[str, str] = {}
    exchange = _exchange_proximity(state, details, notes)
    pipes = _pipe_efficiency(alloc, details)
    symbiosis = None
    if exchange is not None:
        symbiosis = float(np.mean([exchange] if pipes is None else [exchange, pipes]))
    raw: dict[str, float | None] = {
        "symbiosis_proximity": symbiosis,
        "zoning_compatibility": _zoning(state, details),
        "land_use_intensity": _intensity(state, details),
        "idle_land": _idle_land(state, details),
        "investment_intensity": _per_ha(state, details, notes, "investment"),
        "output_per_area": _per_ha(state, details, notes, "output"),
    }
    components: dict[str, float | None] = {}
    for name, value in raw.items():
        if value is None:
            notes.setdefault(name, REASONS[name])
        components[name] = 0.0 if value is None else value
    w = {c: float(weights.get(c, 0.0)) for c in SPACE_COMPONENTS}
    total_w = sum(w.values())
    score = None
    if total_w > 0:
        score = 100.0 * sum(w[c] * (components[c] or 0.0) for c in SPACE_COMPONENTS) / total_w
    return SpaceScore(score=score, components=components, weights=w, details=details,
                      notes=notes)  # fmt: skip


def _exchange_proximity(
    state: ScenarioState, details: dict[str, object], notes: dict[str, str]
) -> float | None:
    ex = state.exchanges.alive_slots()
    ex = ex[state.ex_qty[ex] > 0]
    units = state.ex_unit[ex].astype(str)
    factor = state.params.exchange_to_t
    known = np.array([u in factor for u in units.tolist()], dtype=bool)
    skipped = sorted(set(units[~known].tolist()))
    if skipped:
        details["exchange_units_not_weighed"] = skipped
    ex, units = ex[known], units[known]
    details["exchanges_counted"] = len(ex)
    if not len(ex):
        if skipped:
            notes["symbiosis_proximity"] = (
                "no exchange in a unit that converts to mass or energy (" + ", ".join(skipped) + ")"
            )
        return None
    a, b = state.ex_from[ex], state.ex_to[ex]
    d = np.hypot(state.x[a] - state.x[b], state.y[a] - state.y[b])
    m = state.ex_qty[ex] * np.array([factor[u] for u in units.tolist()])
    ref = state.params.exchange_reference_m
    details["exchange_mean_distance_m"] = float(np.mean(d))
    details["exchange_mass_t_per_a"] = float(np.sum(m))
    return float(np.sum(m * ref) / np.sum(m * np.maximum(d, ref)))


def _pipe_efficiency(alloc: Allocation, details: dict[str, object]) -> float | None:
    drawn = 0.0
    for m in MEDIA:
        lab = alloc.labels[m]
        drawn += float(np.sum(lab.pipe_length_m[lab.pipe_alive]))
    reference = float(sum(alloc.reference_m[m] for m in MEDIA))
    details["pipe_length_m"] = drawn
    details["pipe_reference_length_m"] = reference
    if drawn <= 0:
        return None
    return min(1.0, reference / drawn)


def _zoning(state: ScenarioState, details: dict[str, object]) -> float | None:
    firms = state.firm_slots()
    if not len(firms):
        return None
    zone = state.zone[firms]
    sector = state.sector[firms]
    inside = zone >= 0
    allowed = inside & state.zone_allows[np.maximum(zone, 0), sector]
    heavy = HEAVY_CODES[sector]
    too_close = heavy & state.near_city[firms]
    ok = allowed & ~too_close
    details["firms_outside_zones"] = int((~inside).sum())
    details["firms_sector_not_allowed"] = int((inside & ~allowed).sum())
    details["heavy_firms_within_buffer"] = int(too_close.sum())
    return float(ok.mean())


def _intensity(state: ScenarioState, details: dict[str, object]) -> float | None:
    firms = state.firm_slots()
    zone = state.zone[firms]
    plot = state.num["plot_area_m2"][firms]
    on_ind = (zone >= 0) & state.zone_industrial[np.maximum(zone, 0)] & (plot > 0)
    f = firms[on_ind]
    details["firms_judged_for_intensity"] = len(f)
    if not len(f):
        return None
    plot = state.num["plot_area_m2"][f]
    tests, by_code = land_control.tests_of(state, f)
    details["firms_judged_by_industry_code"] = int(by_code.sum())
    failed = (~tests).sum(axis=0).tolist()
    details["intensity_tests_failed"] = dict(zip(land_control.TESTS, failed, strict=True))
    details["land_control"] = land_control.compare(state, f, tests)
    return float(np.sum(plot * tests.mean(axis=1)) / np.sum(plot))


def taken_land(state: ScenarioState) -> shapely.Geometry | None:
    """Industrial land taken by roads and corridors (lines widened by their width) and by
    shared-facility sites (plots holding a facility point), as one geometry (None if none)."""
    scenario = state.park.scenario(state.scenario_id)
    widths = state.params.corridor_width_m
    corridors: list[Any] = list(scenario.layers.get("corridors", {}).values())
    parts = [
        c.geometry.buffer(widths.get(c.kind, 0.0) / 2.0, cap_style="flat")
        for c in corridors
        if widths.get(c.kind, 0.0) > 0
    ]
    plots = [getattr(p, "geometry") for p in scenario.layers.get("plots", {}).values()]  # noqa: B009
    facilities = [f.geometry for f in scenario.facilities.values()]
    if plots and facilities:
        tree = shapely.STRtree(plots)
        _, hit = tree.query(np.array(facilities, dtype=object), "intersects")
        parts += [plots[i] for i in np.unique(hit)]
    return shapely.union_all(parts) if parts else None


def _taken_in_zones(state: ScenarioState, ind: np.ndarray) -> tuple[np.ndarray, float]:
    """Per industrial zone, the area taken (roads, corridors, facility sites), and the taken
    area of the union of industrial land; cached until zones or those objects change."""

    def compute() -> tuple[np.ndarray, float]:
        taken = taken_land(state)
        if taken is None:
            return np.zeros(len(ind)), 0.0
        zones = np.array([state.zone_obj[z].geometry for z in ind], dtype=object)
        per_zone = shapely.area(shapely.intersection(zones, taken))
        union = shapely.union_all(zones)
        return per_zone, float(shapely.intersection(union, taken).area)

    token = (state.site_version, state.zone_version, tuple(ind.tolist()))
    return state.cached("taken_land", token, compute)


def _idle_land(state: ScenarioState, details: dict[str, object]) -> float | None:
    ind = industrial_slots(state)
    taken_zone, taken_total = _taken_in_zones(state, ind)
    area = np.maximum(state.zone_area[ind] - taken_zone, 0.0)
    land_m2 = industrial_land(state).area_m2 - taken_total
    details["industrial_land_taken_km2"] = taken_total / 1e6
    if not len(ind) or land_m2 <= 0:
        return None
    firms = state.firm_slots()
    zone = state.zone[firms]
    inside = zone >= 0
    plots = np.bincount(
        zone[inside],
        weights=state.num["plot_area_m2"][firms][inside],
        minlength=state.zones.capacity,
    )
    used = min(float(np.minimum(plots[ind], area).sum()), land_m2)
    details["idle_industrial_land_km2"] = (land_m2 - used) / 1e6
    return used / land_m2


def _per_ha(
    state: ScenarioState, details: dict[str, object], notes: dict[str, str], which: str
) -> float | None:
    """Plot-weighted share of firms on industrial land whose investment (or IAV) per ha of
    plot reaches their sector's reference."""
    firms = state.firm_slots()
    zone = state.zone[firms]
    plot = state.num["plot_area_m2"][firms]
    on_ind = (zone >= 0) & state.zone_industrial[np.maximum(zone, 0)] & (plot > 0)
    field = "fixed_asset_investment_10k_rmb" if which == "investment" else "iav_10k_rmb"
    f = firms[on_ind & ~np.isnan(state.num[field][firms])]
    name = "investment_intensity" if which == "investment" else "output_per_area"
    if which == "investment":
        if not state.params.investment_min:
            notes[name] = (
                "no MLR 2008 reference values: enter them per industry code or sector "
                "(space_params.investment_min, 10^4 RMB/ha, MLR 2008 Table 1 for the park's "
                "region class; not shipped)"
            )
            return None
        ref = land_control.investment_minimum(state, f)
    else:
        out = state.params.output_min
        ref = np.array([out.get(s, np.nan) for s in SECTORS])[state.sector[f]]
    f, ref = f[~np.isnan(ref)], ref[~np.isnan(ref)]
    details[f"firms_judged_for_{name}"] = len(f)
    if not len(f):
        return None
    plot = state.num["plot_area_m2"][f]
    per_ha = state.num[field][f] / (plot / 1e4)
    ok = per_ha >= ref
    details[f"{name}_failed"] = int((~ok).sum())
    return float(np.sum(plot * ok) / np.sum(plot))
