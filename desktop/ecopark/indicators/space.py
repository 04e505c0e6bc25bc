"""Space-optimization score (0-100) and its four components, each 0..1 where 1 is best.

Definitions, defaults and hand-computed examples: docs/indicators.md. In short:

* symbiosis_proximity: mean of (a) exchanges: per unit, sum(q x d_ref) / sum(q x max(d, d_ref)),
  averaged over units; (b) pipes: reference length (minimum spanning tree, per component, of the
  sites each network joins: sources and the firms it serves) / drawn pipe length, capped at 1;
* zoning_compatibility: share of firms on a zone whose kind allows their sector, and, for
  heavy-polluting sectors, at least ``heavy_buffer_m`` from every city-area zone;
* land_use_intensity: plot-area-weighted share of the four MLR 2008 tests a firm on industrial
  land passes (floor-area ratio >= sector minimum, building coverage >= 30 %, administrative and
  living area <= 7 %, green ratio <= 20 %);
* idle_land: 1 - idle share of industrial land, where each industrial zone's used land is the
  plot area of its firms, capped at the zone's area, and industrial land is the union of the
  industrial zones (land in two overlapping zones is one piece of land, so it is idle or used
  once; the used total is capped at that union).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from ecopark.indicators.coverage import Allocation
from ecopark.indicators.overlap import industrial_land, industrial_slots
from ecopark.indicators.params import SPACE_COMPONENTS
from ecopark.indicators.results import SpaceScore
from ecopark.indicators.state import HEAVY_CODES, ScenarioState
from ecopark.model.kinds import MEDIA, SECTORS


def space_score(
    state: ScenarioState, alloc: Allocation, weights: Mapping[str, float]
) -> SpaceScore:
    details: dict[str, object] = {}
    exchange = _exchange_proximity(state, details)
    pipes = _pipe_efficiency(alloc, details)
    parts = [p for p in (exchange, pipes) if p is not None]
    components: dict[str, float | None] = {
        "symbiosis_proximity": float(np.mean(parts)) if parts else None,
        "zoning_compatibility": _zoning(state, details),
        "land_use_intensity": _intensity(state, details),
        "idle_land": _idle_land(state, details),
    }
    used = [(weights.get(c, 0.0), v) for c, v in components.items() if v is not None]
    total_w = sum(w for w, _ in used)
    score = 100.0 * sum(w * v for w, v in used) / total_w if total_w > 0 else None
    return SpaceScore(
        score=score,
        components=components,
        weights={c: float(weights.get(c, 0.0)) for c in SPACE_COMPONENTS},
        details=details,
    )


def _exchange_proximity(state: ScenarioState, details: dict[str, object]) -> float | None:
    ex = state.exchanges.alive_slots()
    ex = ex[state.ex_qty[ex] > 0]
    details["exchanges_counted"] = len(ex)
    if not len(ex):
        return None
    a, b = state.ex_from[ex], state.ex_to[ex]
    d = np.hypot(state.x[a] - state.x[b], state.y[a] - state.y[b])
    q = state.ex_qty[ex]
    ref = state.params.exchange_reference_m
    units = state.ex_unit[ex].astype(str)
    ratios = []
    for unit in sorted(set(units.tolist())):
        k = units == unit
        ratios.append(float(np.sum(q[k] * ref) / np.sum(q[k] * np.maximum(d[k], ref))))
    details["exchange_mean_distance_m"] = float(np.mean(d))
    return float(np.mean(ratios))


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
    p = state.params
    plot = state.num["plot_area_m2"][f]
    far_min = np.array([p.far_min.get(s, 0.0) for s in SECTORS])[state.sector[f]]
    tests = np.column_stack(
        [
            state.num["floor_area_m2"][f] / plot >= far_min,
            state.num["building_footprint_m2"][f] / plot >= p.building_coverage_min,
            state.num["admin_area_m2"][f] / plot <= p.admin_share_max,
            state.num["green_area_m2"][f] / plot <= p.green_ratio_max,
        ]
    )
    details["intensity_tests_failed"] = {
        name: int((~tests[:, k]).sum())
        for k, name in enumerate(("far", "building_coverage", "admin_share", "green_ratio"))
    }
    return float(np.sum(plot * tests.mean(axis=1)) / np.sum(plot))


def _idle_land(state: ScenarioState, details: dict[str, object]) -> float | None:
    ind = industrial_slots(state)
    area = state.zone_area[ind]
    land_m2 = industrial_land(state).area_m2
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
