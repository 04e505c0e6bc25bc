"""Plausibility: what another program (or a slip of the hand) can put in a park that no rule
forbids but no planner means: a 1 mm² zone, a land output of 5 × 10¹², a NUL inside a name.

Limits are data (``data/sanity.json``, each with its reasoning), read once.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from ecopark.model.errors import InvalidValueError

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0/C1 control characters (tab, newline and carriage return are allowed): a NUL cuts a name
at the next save in GDAL, the others are invisible and break exports."""


@functools.lru_cache(maxsize=1)
def limits() -> dict[str, Any]:
    text = resources.files("ecopark.model").joinpath("data/sanity.json").read_text("utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def limit(name: str) -> float:
    return float(limits()[name]["value"])


def refuse_control_characters(layer: str, object_id: str, field: str, value: str) -> None:
    """Raise :class:`InvalidValueError` naming the field when ``value`` has a control character."""
    found = CONTROL_CHARACTERS.search(value)
    if found is None:
        return
    code = f"U+{ord(found.group()):04X}"
    where = f"{layer} {object_id}".strip()
    raise InvalidValueError(
        f"{where}: {field} contains an invisible control character ({code}) at position "
        f"{found.start() + 1}; remove it",
        layer=layer,
        object_id=object_id,
        field=field,
    )


class ImplausibleWarning(InvalidValueError):
    """Allowed, but almost certainly a slip: a tiny zone, an impossible land output."""

    severity = "warning"


def scenario_warnings(scenario: Any) -> list[ImplausibleWarning]:
    """Zones below the minimum area, and industrial zones whose land output (IAV of the firms
    on them / their area) is beyond any plausible value. Vectorised over the scenario."""
    import numpy as np
    import shapely

    zones = list(scenario.zones.values())
    if not zones:
        return []
    out: list[ImplausibleWarning] = []
    smallest = limit("min_zone_area_m2")
    geoms = np.array([z.geometry for z in zones], dtype=object)
    areas = shapely.area(geoms)
    for zone, area in zip(zones, areas, strict=True):
        if area < smallest:
            out.append(
                ImplausibleWarning(
                    f"zones {zone.zone_id}: its area is {area:.4g} m², below {smallest:g} m²; "
                    "a drawing slip? Its land output is not judged",
                    layer="zones",
                    object_id=zone.zone_id,
                    field="geometry",
                )
            )
    firms = list(scenario.firms.values())
    if not firms:
        return out
    points = np.array([f.geometry for f in firms], dtype=object)
    iav = np.array([f.iav_10k_rmb for f in firms], dtype=float)
    tree = shapely.STRtree(points)
    zone_index, firm_index = tree.query(geoms, predicate="contains")
    sums = np.bincount(zone_index, weights=iav[firm_index], minlength=len(zones))
    highest = limit("max_plausible_land_output")
    for k, zone in enumerate(zones):
        if not zone.industrial or areas[k] <= 0:
            continue
        value = sums[k] / 1e4 / (areas[k] / 1e6)  # 10^4 RMB -> 10^8 RMB, m² -> km²
        if value > highest:
            out.append(
                ImplausibleWarning(
                    f"zones {zone.zone_id}: land output {value:.3g} × 10^8 RMB/km² is beyond "
                    f"any plausible value (> {highest:g}); check its area and its firms' output",
                    layer="zones",
                    object_id=zone.zone_id,
                    field="iav_10k_rmb",
                )
            )
    return out
