"""Move imported objects by a control-point fit, as one undoable command, and remember the fit
for the next import of the same drawing.

A fit is remembered in ``Park.settings["georef"]`` under the drawing's key (its file name, case
folded: a revised issue of ``总平面图.dxf`` is the same drawing), with the method, transform and
control points, so the next import can be placed with one click and the points re-checked.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import shapely
from shapely.affinity import affine_transform

from ecopark.commands import ReplaceObjects, SetParkSetting
from ecopark.georef.fit import PointFit
from ecopark.model import Park, ParkObject
from ecopark.model.errors import InvalidValueError

GEOREF_SETTING = "georef"


def drawing_key(path: str | Path) -> str:
    return Path(path).name.casefold()


def place_objects_command(
    park: Park,
    scenario_id: str,
    refs: Iterable[tuple[str, str]],
    fit: PointFit,
    text: str = "",
) -> ReplaceObjects:
    """Replace the objects ``refs`` by copies moved by ``fit`` (one undo step)."""
    scenario = park.scenario(scenario_id)
    matrix = fit.shapely_matrix()
    moved: list[ParkObject] = []
    for layer, oid in refs:
        obj = scenario.layers[layer].get(oid)
        geom = getattr(obj, "geometry", None) if obj is not None else None
        if obj is None or geom is None:
            continue
        new = affine_transform(geom, matrix)
        if not new.is_valid:
            new = shapely.make_valid(new)
        moved.append(obj.with_changes(geometry=new))
    if not moved:
        raise InvalidValueError("nothing to place: choose the imported objects first")
    summary = f"{fit.method}, {len(fit.residuals_m)} points, RMS {fit.rms_m:.2f} m"
    return ReplaceObjects(scenario_id, moved, text or f"Place {len(moved)} object(s) ({summary})")


def remember_command(
    park: Park,
    key: str,
    fit: PointFit,
    source: Iterable[tuple[float, float]],
    target: Iterable[tuple[float, float]],
) -> SetParkSetting:
    """Store the fit under the drawing's key (undoable like every setting)."""
    stored: dict[str, Any] = copy.deepcopy(park.settings.get(GEOREF_SETTING) or {})
    stored[key] = {
        "method": fit.method,
        "transform": list(fit.transform),
        "source": [list(map(float, p)) for p in source],
        "target": [list(map(float, p)) for p in target],
        "rms_m": fit.rms_m,
    }
    command = SetParkSetting(GEOREF_SETTING, stored)
    command.text = f"Remember the placement of {key}"
    return command


def remembered_fit(park: Park, key: str) -> PointFit | None:
    """The fit stored for ``key`` (None when this drawing was never placed)."""
    entry = (park.settings.get(GEOREF_SETTING) or {}).get(key)
    if not isinstance(entry, dict):
        return None
    try:
        t = tuple(float(v) for v in entry["transform"])
        if len(t) != 6:
            return None
        from ecopark.georef.fit import fit_points

        if entry.get("source") and entry.get("target"):
            return fit_points(entry["source"], entry["target"], entry.get("method", "similarity"))
        return PointFit(str(entry.get("method", "similarity")), t, ())  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, InvalidValueError):
        return None


__all__ = [
    "GEOREF_SETTING",
    "drawing_key",
    "place_objects_command",
    "remember_command",
    "remembered_fit",
]
