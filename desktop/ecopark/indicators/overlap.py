"""Industrial land = the UNION of the industrial zone polygons, so land where zones overlap counts
once.

HJ 274 row 2.1 divides the IAV of firms on industrial land by the industrial land *area*. A
planner who draws a new zone partly over an existing one (or imports a CAD plan whose polygons
overlap) must not see the shared land counted twice: that would inflate the denominator and
lower the park's land output. Firms are already counted once (a firm belongs to the lowest-id
zone it lies in), so only the area needs care.

A union of many polygons costs far more than summing their areas, and overlaps are rare, so:

* the area is computed only when the zones change (the live engine caches it on the scenario
  state's ``zone_version``; firm edits never pay for it);
* overlapping pairs are found with one STRtree query ("intersects") and a vectorised
  ``touches`` test (two polygons that intersect but do not merely touch share area); without
  overlapping pairs the union area IS the sum of the areas;
* otherwise only the zones involved in some overlap are unioned; every other zone's interior is
  disjoint from all the others, so its own area adds exactly. This handles triple overlaps too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from ecopark.indicators.state import ScenarioState
from ecopark.model.park import overlapping_pairs


@dataclass(frozen=True)
class IndustrialLand:
    """The park's industrial land, m²: ``area_m2`` is the union; ``overlap_m2`` how much the
    plain sum of the zone areas exceeds it (0 when no industrial zones overlap)."""

    area_m2: float
    overlap_m2: float


def union_area_m2(geoms: np.ndarray) -> IndustrialLand:
    """Area of the union of ``geoms`` (valid polygons) and the excess of the sum over it."""
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return IndustrialLand(0.0, 0.0)
    areas = shapely.area(geoms)
    total = float(areas.sum())
    i, j = overlapping_pairs(geoms)
    if not len(i):
        return IndustrialLand(total, 0.0)
    involved = np.zeros(len(geoms), dtype=bool)
    involved[i] = True
    involved[j] = True
    union = float(areas[~involved].sum()) + float(shapely.union_all(geoms[involved]).area)
    return IndustrialLand(union, max(0.0, total - union))


def industrial_slots(state: ScenarioState) -> np.ndarray:
    """Slots of the industrial zones, in id order."""
    zslots = state.zones.in_id_order(state.zones.alive_slots())
    return zslots[state.zone_industrial[zslots]]


def industrial_land(state: ScenarioState) -> IndustrialLand:
    """The scenario's industrial land, recomputed only when a zone was added, removed or
    changed (``zone_version``; zone-kind changes rebuild the whole state)."""
    return state.cached(("industrial_land",), state.zone_version, lambda: _compute(state))


def _compute(state: ScenarioState) -> IndustrialLand:
    ind = industrial_slots(state)
    geoms = np.fromiter((state.zone_obj[z].geometry for z in ind), dtype=object, count=len(ind))
    return union_area_m2(geoms)
