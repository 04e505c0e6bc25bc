"""First full-recompute evaluation (land output complete; other parts filled in next)."""

from __future__ import annotations

import numpy as np
import shapely

from ecopark.indicators.results import (
    LAND_OUTPUT_THRESHOLD,
    CoverageResult,
    LandOutputResult,
    ScenarioResult,
    SpaceScore,
    ZoneResult,
)
from ecopark.model import Park
from ecopark.model.kinds import SQM_PER_MU


def evaluate_full(
    park: Park, scenario_id: str, weights: dict[str, float] | None = None
) -> ScenarioResult:
    scenario = park.scenario(scenario_id)
    zones = [scenario.zones[k] for k in sorted(scenario.zones)]
    firms = [scenario.firms[k] for k in sorted(scenario.firms)]
    zone_of = np.full(len(firms), -1)
    if zones and firms:
        tree = shapely.STRtree([z.geometry for z in zones])
        fi, zi = tree.query([f.geometry for f in firms], predicate="intersects")
        order = np.lexsort((zi, fi))
        fi, zi = fi[order], zi[order]
        first = np.unique(fi, return_index=True)[1]
        zone_of[fi[first]] = zi[first]
    rows = []
    ind_area = 0.0
    ind_iav = 0.0
    for k, z in enumerate(zones):
        members = [f for f, zk in zip(firms, zone_of, strict=True) if zk == k]
        iav = sum(f.iav_10k_rmb for f in members)
        plot = sum(f.plot_area_m2 for f in members)
        area_km2 = z.area_m2 / 1e6
        lo = iav / 1e4 / area_km2 if area_km2 > 0 else None
        industrial = park.is_industrial_kind(z.kind) or z.industrial
        if industrial:
            ind_area += area_km2
            ind_iav += iav
        rows.append(
            ZoneResult(
                zone_id=z.zone_id,
                name=z.name,
                kind=z.kind,
                industrial=industrial,
                area_km2=area_km2,
                iav_10k_rmb=iav,
                firm_count=len(members),
                plot_area_m2=plot,
                land_output=lo,
                iav_per_mu=iav / (plot / SQM_PER_MU) if plot > 0 else None,
                passes=(lo is not None and lo >= LAND_OUTPUT_THRESHOLD) if industrial else None,
            )
        )
    park_value = ind_iav / 1e4 / ind_area if ind_area > 0 else None
    land = LandOutputResult(
        park_value=park_value,
        passes=None if park_value is None else park_value >= LAND_OUTPUT_THRESHOLD,
        industrial_area_km2=ind_area,
        iav_on_industrial_10k_rmb=ind_iav,
        zones=tuple(rows),
        firm_zone={
            f.firm_id: (zones[k].zone_id if k >= 0 else None)
            for f, k in zip(firms, zone_of, strict=True)
        },
        firm_iav_per_mu={
            f.firm_id: (f.iav_10k_rmb / (f.plot_area_m2 / SQM_PER_MU) if f.plot_area_m2 else None)
            for f in firms
        },
        firms_on_non_industrial=tuple(
            f.firm_id
            for f, k in zip(firms, zone_of, strict=True)
            if k >= 0 and not rows[k].industrial
        ),
        firms_outside_zones=tuple(f.firm_id for f, k in zip(firms, zone_of, strict=True) if k < 0),
    )
    coverage = CoverageResult({}, None, {}, 0, ())
    space = SpaceScore(None, {}, dict(weights or {}))
    return ScenarioResult(scenario_id, land, coverage, space, (), ())
