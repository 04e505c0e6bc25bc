"""Shared-infrastructure coverage: which demand the pipe networks serve, point services, boilers.

Rules (docs/indicators.md has the worked example):

* Sources of a medium are facility capacities and firm supplies of that medium, at sites
  (firms, facilities) attached to that medium's network. Only attached sites take part: a firm's
  own supply serves its own demand only once it is connected.
* Within each connected component, demands are served in firm-id order while capacity lasts,
  the last one partially (deterministic, independent of drawing order).
* Steam cascade (pressure reduction at the firm): after each grade has been served from its own
  network, the leftover of a higher-grade component serves the remaining lower-grade demand of
  firms attached to that higher-grade network, nearest grade first (MP then HP for LP demand),
  in firm-id order. Never the reverse.
* Every object of the scenario counts, whatever its status: a scenario is the statement of what
  exists (baseline) or is planned (plan).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely

from ecopark.indicators.results import (
    CoverageResult,
    LazyMap,
    MediumCoverage,
    PointServiceCoverage,
)
from ecopark.indicators.state import MEDIUM_INDEX, ScenarioState
from ecopark.model.kinds import MEDIA, MEDIUM_FIELDS, POINT_SERVICE_KINDS, STEAM_GRADES_HIGH_TO_LOW
from ecopark.network import NetworkLabels, euclidean_mst_length, higher_grades

FULLY_SERVED_RTOL = 1e-9
"""A demand counts as fully served when the shortfall is below this share of it (rounding)."""

BOILER_MEDIA: tuple[str, ...] = ("heat", *STEAM_GRADES_HIGH_TO_LOW)


MEDIUM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("heat",),
    STEAM_GRADES_HIGH_TO_LOW,
    ("reclaimed_water",),
)
"""Media whose allocations depend on each other (the steam cascade); each group is recomputed
only when its networks or its demands and sources change."""


@dataclass(frozen=True)
class Allocation:
    """Served amounts by site slot per medium, what each network delivered per site, and the
    per-medium figures derived from them."""

    labels: dict[str, NetworkLabels]
    served: dict[str, np.ndarray]
    delivered: dict[str, np.ndarray]
    """network medium -> amount delivered through that network per site (cascade included)."""
    media: dict[str, MediumCoverage]
    reference_m: dict[str, float]
    """network medium -> MST length joining, per component, its sources and served sites."""
    cascade: dict[tuple[str, str], np.ndarray]
    """(network grade, demand grade) -> amount a higher-grade network delivers per site to a
    lower-grade demand (through pressure reduction); the hydraulic solve loads it."""


def allocate_all(state: ScenarioState) -> Allocation:
    parts: list[Allocation] = []
    n = state.sites.used
    for group in MEDIUM_GROUPS:
        token = (n, tuple((state.networks[m].version, state.data_version[MEDIUM_INDEX[m]])
                          for m in group))  # fmt: skip
        parts.append(state.cached(("allocation", group), token, _group_allocator(state, group)))
    return Allocation(
        **{
            name: {k: v for part in parts for k, v in getattr(part, name).items()}
            for name in ("labels", "served", "delivered", "media", "reference_m", "cascade")
        }
    )


def _group_allocator(state: ScenarioState, group: tuple[str, ...]) -> Callable[[], Allocation]:
    return lambda: _allocate_group(state, group)


def _allocate_group(state: ScenarioState, group: tuple[str, ...]) -> Allocation:
    n = state.sites.used
    sites = state.sites.alive_slots()
    labels = {m: state.networks[m].labels(n) for m in group}
    cascade: dict[tuple[str, str], np.ndarray] = {}
    served, delivered = serve_group(state, group, labels, cascade)
    firms = sites[state.is_firm[sites]]
    media = {m: _medium_coverage(state, m, firms, sites, served[m], labels[m]) for m in group}
    reference = {m: _reference_length(state, m, sites, labels[m], delivered[m]) for m in group}
    return Allocation(labels, served, delivered, media, reference, cascade)


def serve_group(
    state: ScenarioState,
    group: tuple[str, ...],
    labels: dict[str, NetworkLabels],
    cascade: dict[tuple[str, str], np.ndarray] | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Served amounts per site slot, and what each network delivered, for one medium group
    from the state's demand and source arrays (the part ecopark.symbiosis.withdrawal re-runs
    with one site's demand and sources set to zero)."""
    n = state.sites.used
    sites = state.sites.alive_slots()
    served = {m: np.zeros(n) for m in group}
    delivered = {m: np.zeros(n) for m in group}
    leftover: dict[str, np.ndarray] = {}
    for m in group:  # steam grades come high to low, so cascades find their leftovers
        lab = labels[m]
        src = sites[lab.point_attached[sites]]
        cap = np.bincount(
            lab.point_labels[src],
            weights=state.source[MEDIUM_INDEX[m], src],
            minlength=int(lab.point_labels.max(initial=0)) + 1,
        )
        need = state.demand[MEDIUM_INDEX[m], :n].copy()
        got = _serve(state, sites, lab, need, cap)
        served[m] += got
        delivered[m] += got
        need -= got
        for g in higher_grades(m):
            extra = _serve(state, sites, labels[g], need, leftover[g])
            served[m] += extra
            delivered[g] += extra
            if cascade is not None:  # (network grade, demand grade) for the hydraulic solve
                cascade[(g, m)] = extra
            need -= extra
        leftover[m] = cap
    return served, delivered


def _reference_length(
    state: ScenarioState, m: str, sites: np.ndarray, lab: NetworkLabels, delivered: np.ndarray
) -> float:
    """Sum over components of the minimum spanning tree joining the network's sources and the
    sites it delivers to: the length of straight links between them."""
    involved = sites[
        lab.point_attached[sites]
        & ((state.source[MEDIUM_INDEX[m], sites] > 0) | (delivered[sites] > 0))
    ]
    if len(involved) < 2:
        return 0.0
    involved = involved[np.argsort(lab.point_labels[involved], kind="stable")]
    comp = lab.point_labels[involved]
    cuts = np.flatnonzero(comp[1:] != comp[:-1]) + 1
    total = 0.0
    for group in np.split(involved, cuts):
        if len(group) >= 2:
            total += _mst(state, np.column_stack([state.x[group], state.y[group]]))
    return total


_MST_MEMO_LIMIT = 4096


def _mst(state: ScenarioState, xy: np.ndarray) -> float:
    """MST length, remembered by the exact coordinates (it does not depend on their order), so
    components an edit did not touch cost nothing."""
    key = xy.tobytes()
    hit = state.memo.get(key)
    if hit is None:
        if len(state.memo) > _MST_MEMO_LIMIT:
            state.memo.clear()
        hit = state.memo[key] = euclidean_mst_length(xy)
    return hit


def _serve(
    state: ScenarioState,
    sites: np.ndarray,
    lab: NetworkLabels,
    need: np.ndarray,
    capacity: np.ndarray,
) -> np.ndarray:
    """Serve ``need`` of attached sites from ``capacity`` (by component label, updated in place)
    in (component, firm id) order; returns the amounts served per slot."""
    got = np.zeros(len(need))
    cand = sites[lab.point_attached[sites] & (need[sites] > 0)]
    if not len(cand):
        return got
    cand = state.sites.in_id_order(cand)
    cand = cand[np.argsort(lab.point_labels[cand], kind="stable")]
    comp = lab.point_labels[cand]
    d = need[cand]
    cum = np.cumsum(d)
    start = np.r_[True, comp[1:] != comp[:-1]]
    base = np.maximum.accumulate(np.where(start, cum - d, 0.0))
    before = cum - d - base
    s = np.clip(capacity[comp] - before, 0.0, d)
    got[cand] = s
    np.subtract.at(capacity, comp, s)
    return got


def fully_served(demand: np.ndarray, served: np.ndarray) -> np.ndarray:
    return demand - served <= FULLY_SERVED_RTOL * demand


def _medium_coverage(
    state: ScenarioState,
    m: str,
    firms: np.ndarray,
    sites: np.ndarray,
    served_by_slot: np.ndarray,
    lab: NetworkLabels,
) -> MediumCoverage:
    d = state.demand[MEDIUM_INDEX[m], firms]
    s = served_by_slot[firms]
    has = d > 0
    demand = float(d.sum())
    served = float(s.sum())
    return MediumCoverage(
        medium=m,
        unit=MEDIUM_FIELDS[m].unit,
        demand=demand,
        served=served,
        share=served / demand if demand > 0 else None,
        firms_with_demand=int(has.sum()),
        firms_served=int((has & fully_served(d, s)).sum()),
        capacity=float(state.source[MEDIUM_INDEX[m], sites].sum()),
        served_by_firm=LazyMap(state.sites.ids[firms[has]], s[has]),
        network_pieces=_pieces(lab),
    )


def coverage(state: ScenarioState, alloc: Allocation, industrial_area_km2: float) -> CoverageResult:
    firms = state.firm_slots()
    shares = [c.share for c in alloc.media.values() if c.share is not None]
    boiler_firms = _boilers_replaced(state, alloc, firms)
    return CoverageResult(
        media={m: alloc.media[m] for m in MEDIA},
        combined=float(np.mean(shares)) if shares else None,
        point_services=point_services(state, industrial_area_km2),
        boilers_replaced=int(state.num["boiler_count"][boiler_firms].sum()),
        firms_with_boilers_replaced=state.sites.sorted_ids(boiler_firms),
    )


def _pieces(lab: NetworkLabels) -> int:
    return len(np.unique(lab.pipe_labels[lab.pipe_alive]))


def _boilers_replaced(state: ScenarioState, alloc: Allocation, firms: np.ndarray) -> np.ndarray:
    """Firms running own boilers whose heat and steam demand is entirely served."""
    ok = state.own_boiler[firms].copy()
    total = np.zeros(len(firms))
    for m in BOILER_MEDIA:
        d = state.demand[MEDIUM_INDEX[m], firms]
        ok &= fully_served(d, alloc.served[m][firms])
        total += d
    return firms[ok & (total > 0)]


def point_services(
    state: ScenarioState, industrial_area_km2: float
) -> dict[str, PointServiceCoverage]:
    """Firms within the service radius of a WWTP / solid-waste centre, and industrial land."""
    firms = state.firm_slots()
    out: dict[str, PointServiceCoverage] = {}
    for service in POINT_SERVICE_KINDS.values():
        fac = state.service_facilities(service)
        covered = state.covered[service][firms]
        radius = state.num["service_radius_m"][fac]
        token = (state.zone_version, tuple(zip(state.x[fac], state.y[fac], radius, strict=True)))
        land = state.cached(("service_land", service), token, _land_within(state, fac))
        out[service] = PointServiceCoverage(
            service=service,
            firms_covered=int(covered.sum()),
            firms_total=len(firms),
            share=float(covered.mean()) if len(firms) else None,
            industrial_land_share=(
                land / (industrial_area_km2 * 1e6) if industrial_area_km2 > 0 else None
            ),
            facilities=len(fac),
        )
    return out


def _land_within(state: ScenarioState, fac: np.ndarray) -> Callable[[], float]:
    return lambda: _industrial_land_within(state, fac)


SERVICE_CIRCLE_QUAD_SEGS = 32
"""Service circles are polygons of 128 sides (area within 0.05 % of the true circle)."""


def _industrial_land_within(state: ScenarioState, fac: np.ndarray) -> float:
    """Area (m²) of industrial zones inside the union of the facilities' service circles."""
    zones = [z for s, z in state.zone_obj.items() if state.zone_industrial[s]]
    radius = state.num["service_radius_m"][fac]
    fac = fac[radius > 0]
    if not zones or not len(fac):
        return 0.0
    circles = shapely.buffer(
        shapely.points(state.x[fac], state.y[fac]),
        state.num["service_radius_m"][fac],
        quad_segs=SERVICE_CIRCLE_QUAD_SEGS,
    )
    land = shapely.union_all([z.geometry for z in zones])
    return float(shapely.intersection(land, shapely.union_all(circles)).area)
