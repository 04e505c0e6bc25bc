"""Fix or delete a row of the "needs attention" list (rows set aside on load), undoably.

Fixing turns the row into a park object (validated like any new object); deleting drops it, so
the next save no longer writes it back. Undo puts the row back in the list where it was.
"""

from __future__ import annotations

from typing import Any

import shapely

from ecopark.commands.base import Command
from ecopark.commands.objects import RemoveObjects
from ecopark.model import TYPE_BY_LAYER, Park, ParkObject, UnknownReferenceError
from ecopark.model.attention import AttentionRow


def draft_fields(row: AttentionRow) -> dict[str, Any]:
    """The row's stored values as object fields, for a form the planner completes: columns the
    layer has, its geometry from WKB; values that were unreadable are left out."""
    cls = TYPE_BY_LAYER[row.layer]
    names = set(getattr(cls, "__dataclass_fields__", {}))
    bad = {p.field for p in row.problems}
    out = {k: v for k, v in row.values.items() if k in names and k not in bad}
    if row.wkb_hex and "geometry" not in bad:
        out["geometry"] = shapely.from_wkb(row.wkb_hex)
    return out


class ResolveAttention(Command):
    """Replace the set-aside row ``key`` by ``replacement`` (fix) or by nothing (delete)."""

    def __init__(
        self,
        key: tuple[str, int],
        replacement: ParkObject | None = None,
        scenario_id: str = "",
        text: str = "",
    ):
        self.key = (str(key[0]), int(key[1]))
        self.replacement = replacement
        self.scenario_id = scenario_id
        self.row: AttentionRow | None = None
        self.position = -1
        verb = "Fix" if replacement is not None else "Delete"
        self.text = text or f"{verb} set-aside row {self.key[0]} {self.key[1]}"

    def redo(self, park: Park) -> None:
        position = next((i for i, r in enumerate(park.needs_attention) if r.key == self.key), None)
        if position is None:
            raise UnknownReferenceError(
                f"no set-aside row {self.key[0]} fid {self.key[1]}", layer=self.key[0]
            )
        if self.replacement is not None:
            park.add(self.scenario_id, self.replacement)
        self.position = position
        self.row = park.needs_attention.pop(position)

    def undo(self, park: Park) -> None:
        if self.row is None:
            return
        if self.replacement is not None:
            RemoveObjects(self.scenario_id, [(self.replacement.LAYER, self.replacement.id)]).redo(
                park
            )
        park.needs_attention.insert(self.position, self.row)
        self.row = None
