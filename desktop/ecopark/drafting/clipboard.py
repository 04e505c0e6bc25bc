"""Copy, paste and duplicate map objects with new ids in the park's own numbering.

The clipboard holds objects as JSON text (the same encoding as the crash journal), so a copy
can cross scenarios, projects of the same CRS, and the system clipboard. Pasting gives every
object a new id following the scenario's scheme (F051 after F050), moves it by an offset, and
keeps exchanges whose two ends were copied too, pointing at the new copies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import shapely

from ecopark.commands import AddObjects
from ecopark.commands.serialize import object_from_json, object_to_json
from ecopark.model import Park, ParkObject
from ecopark.model.errors import InvalidValueError

CLIPBOARD_FORMAT = "application/x-ecopark-objects"
ID_PREFIX: dict[str, str] = {
    "zones": "Z",
    "firms": "F",
    "facilities": "S",
    "pipelines": "P",
    "corridors": "C",
    "plots": "L",
    "exchanges": "E",
}
"""Default prefixes, used only when the scenario has no ids of that layer to follow."""


def copy_objects(park: Park, scenario_id: str, refs: Iterable[tuple[str, str]]) -> str:
    """The selected objects as clipboard text (JSON with the park's CRS)."""
    scenario = park.scenario(scenario_id)
    objs = [scenario.layers[layer][oid] for layer, oid in refs if oid in scenario.layers[layer]]
    return json.dumps(
        {"format": CLIPBOARD_FORMAT, "crs": park.crs, "objects": [object_to_json(o) for o in objs]}
    )


def read_clipboard(text: str, park: Park) -> list[ParkObject]:
    try:
        data: Any = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        raise InvalidValueError("the clipboard holds no EcoPark objects") from None
    if not isinstance(data, dict) or data.get("format") != CLIPBOARD_FORMAT:
        raise InvalidValueError("the clipboard holds no EcoPark objects")
    if data.get("crs") != park.crs:
        raise InvalidValueError(
            f"the copied objects are in {data.get('crs')}, this park in {park.crs}: "
            "import them instead (File > Import), which reprojects"
        )
    return [object_from_json(d) for d in data["objects"]]


def paste_command(
    park: Park,
    scenario_id: str,
    objects: Sequence[ParkObject],
    offset: tuple[float, float] = (0.0, 0.0),
    text: str = "",
) -> AddObjects:
    """A command adding copies of ``objects`` with new ids, moved by ``offset`` (metres)."""
    scenario = park.scenario(scenario_id)
    taken = {o.id for o in scenario.all_objects()}
    counters: dict[str, int] = {}
    new_ids: dict[str, str] = {}
    out: list[ParkObject] = []
    spatial = [o for o in objects if o.LAYER != "exchanges"]
    delta = np.asarray(offset, dtype=float)

    def shift(coords: np.ndarray) -> np.ndarray:
        return coords + delta

    for obj in [*spatial, *(o for o in objects if o.LAYER == "exchanges")]:
        scheme = park.id_scheme(scenario_id, ID_PREFIX[obj.LAYER], obj.LAYER)
        n = max(counters.get(scheme.prefix, scheme.next_number), scheme.next_number)
        while scheme.format(n) in taken:
            n += 1
        new_id = scheme.format(n)
        counters[scheme.prefix] = n + 1
        taken.add(new_id)
        changes: dict[str, Any] = {obj.ID_FIELD: new_id}
        if obj.LAYER == "exchanges":
            a, b = getattr(obj, "from_id"), getattr(obj, "to_id")  # noqa: B009
            if a not in new_ids or b not in new_ids:
                continue  # an exchange travels only with both of its ends
            changes.update(from_id=new_ids[a], to_id=new_ids[b])
        else:
            changes["geometry"] = shapely.transform(getattr(obj, "geometry"), shift)  # noqa: B009
        new_ids[obj.id] = new_id
        out.append(obj.with_changes(**changes))
    if not out:
        raise InvalidValueError("nothing to paste")
    return AddObjects(scenario_id, out, text or f"Paste {len(out)} object(s)")


def duplicate_command(
    park: Park,
    scenario_id: str,
    refs: Iterable[tuple[str, str]],
    offset: tuple[float, float] = (20.0, -20.0),
) -> AddObjects:
    """Ctrl+D: copies of the selection beside it, in one undo step."""
    objs = read_clipboard(copy_objects(park, scenario_id, refs), park)
    return paste_command(park, scenario_id, objs, offset, f"Duplicate {len(objs)} object(s)")


__all__ = [
    "CLIPBOARD_FORMAT",
    "copy_objects",
    "duplicate_command",
    "paste_command",
    "read_clipboard",
]
