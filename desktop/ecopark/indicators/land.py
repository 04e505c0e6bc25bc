"""Land output: IAV of firms on industrial land / industrial land area (HJ 274 row 2.1), per
zone and for the park, and IAV per mu of plot per firm and zone.

The park's industrial land area is the union of the industrial zones (``overlap``), so land
where zones overlap counts once; a zone's own figure uses its own area."""

from __future__ import annotations

import numpy as np

from ecopark.indicators.overlap import industrial_land, industrial_slots
from ecopark.indicators.results import (
    LAND_OUTPUT_THRESHOLD,
    LandOutputResult,
    LazyMap,
    ZoneResult,
)
from ecopark.indicators.state import ScenarioState
from ecopark.model.kinds import SQM_PER_MU
from ecopark.model.sanity import limit

M2_PER_KM2 = 1e6
TEN_K_PER_HUNDRED_M = 1e4
"""10^8 RMB = 10^4 x 10^4 RMB: IAV is recorded in 10^4 RMB, land output is in 10^8 RMB/km²."""


def per_mu(iav_10k_rmb: np.ndarray, plot_m2: np.ndarray) -> np.ndarray:
    """IAV per mu of plot (10^4 RMB/mu); NaN where the plot area is 0."""
    mu = plot_m2 / SQM_PER_MU
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(mu > 0, iav_10k_rmb / np.where(mu > 0, mu, 1.0), np.nan)


def _none(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


def _judged(lo: float | None, area_m2: float) -> bool | None:
    """HJ 274's verdict on a zone's land output; None (not judged) for a zone below the minimum
    area or a value beyond any plausible one (ecopark.model.sanity): a 1 mm² zone is no "ok"."""
    if lo is None or area_m2 < limit("min_zone_area_m2") or lo > limit("max_plausible_land_output"):
        return None if lo is not None else False
    return bool(lo >= LAND_OUTPUT_THRESHOLD)


def land_output(state: ScenarioState) -> LandOutputResult:
    firms = state.firm_slots()
    zone = state.zone[firms]
    iav = state.num["iav_10k_rmb"][firms]
    plot = state.num["plot_area_m2"][firms]
    n = state.zones.capacity
    inside = zone >= 0
    zone_iav = np.bincount(zone[inside], weights=iav[inside], minlength=n)
    zone_plot = np.bincount(zone[inside], weights=plot[inside], minlength=n)
    zone_count = np.bincount(zone[inside], minlength=n)
    zslots = state.zones.alive_slots()
    zslots = state.zones.in_id_order(zslots)
    zone_mu = per_mu(zone_iav, zone_plot)
    rows = []
    for z in zslots.tolist():
        obj = state.zone_obj[z]
        industrial = bool(state.zone_industrial[z])
        area_km2 = state.zone_area[z] / M2_PER_KM2
        lo = zone_iav[z] / TEN_K_PER_HUNDRED_M / area_km2 if area_km2 > 0 else None
        rows.append(
            ZoneResult(
                zone_id=obj.zone_id,
                name=obj.name,
                kind=obj.kind,
                industrial=industrial,
                area_km2=float(area_km2),
                iav_10k_rmb=float(zone_iav[z]),
                firm_count=int(zone_count[z]),
                plot_area_m2=float(zone_plot[z]),
                land_output=None if lo is None else float(lo),  # numpy -> float
                iav_per_mu=_none(float(zone_mu[z])),
                passes=_judged(lo, state.zone_area[z]) if industrial else None,
            )
        )
    ind = industrial_slots(state)
    land = industrial_land(state)
    ind_area_km2 = land.area_m2 / M2_PER_KM2
    ind_iav = float(np.sum(zone_iav[ind]))
    park_value = ind_iav / TEN_K_PER_HUNDRED_M / ind_area_km2 if ind_area_km2 > 0 else None
    ids = state.sites.ids[firms]
    zone_ids = np.where(inside, state.zones.ids[np.maximum(zone, 0)], None)
    mu = per_mu(iav, plot)
    on_other = inside & ~state.zone_industrial[np.maximum(zone, 0)]
    return LandOutputResult(
        park_value=park_value,
        passes=None
        if park_value is None or park_value > limit("max_plausible_land_output")
        else bool(park_value >= LAND_OUTPUT_THRESHOLD),
        industrial_area_km2=ind_area_km2,
        industrial_overlap_km2=land.overlap_m2 / M2_PER_KM2,
        iav_on_industrial_10k_rmb=ind_iav,
        zones=tuple(rows),
        firm_zone=LazyMap(ids, zone_ids),
        firm_iav_per_mu=LazyMap(ids, mu, nan_as_none=True),
        firms_on_non_industrial=state.sites.sorted_ids(firms[on_other]),
        firms_outside_zones=state.sites.sorted_ids(firms[~inside]),
    )
