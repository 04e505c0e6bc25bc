"""Commands that add, remove and change map objects."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ecopark.commands.base import Command
from ecopark.model import Park, ParkObject
from ecopark.model.edits import edits


class AddObjects(Command):
    """Add objects to a scenario (exchanges last, so their ends exist first)."""

    def __init__(self, scenario_id: str, objects: Sequence[ParkObject], text: str = ""):
        self.scenario_id = scenario_id
        self.objects = sorted(objects, key=lambda o: o.LAYER == "exchanges")
        self.text = text or _summary("Add", self.objects)

    def redo(self, park: Park) -> None:
        added: list[ParkObject] = []
        try:
            for obj in self.objects:
                edits(park).add(self.scenario_id, obj)
                added.append(obj)
        except Exception:
            for obj in reversed(added):
                edits(park).remove(self.scenario_id, obj.LAYER, obj.id)
            raise

    def undo(self, park: Park) -> None:
        for obj in reversed(self.objects):
            edits(park).remove(self.scenario_id, obj.LAYER, obj.id)


class RemoveObjects(Command):
    """Remove objects; exchanges that refer to a removed firm or facility are removed with it,
    and come back with it on undo."""

    def __init__(self, scenario_id: str, refs: Iterable[tuple[str, str]], text: str = ""):
        self.scenario_id = scenario_id
        self.refs = list(dict.fromkeys(refs))
        self.removed: list[ParkObject] = []
        self.text = text or f"Delete {len(self.refs)} object(s)"

    def redo(self, park: Park) -> None:
        targets = set(self.refs)
        for layer, oid in self.refs:
            if layer in ("firms", "facilities"):
                for ex in park.exchanges_referring_to(self.scenario_id, oid):
                    targets.add(("exchanges", ex.id))
        ordered = sorted(targets, key=lambda r: r[0] != "exchanges")
        self.removed = []
        try:
            for layer, oid in ordered:
                self.removed.append(edits(park).remove(self.scenario_id, layer, oid))
        except Exception:
            self.undo(park)
            raise

    def undo(self, park: Park) -> None:
        for obj in reversed(self.removed):
            edits(park).add(self.scenario_id, obj)
        self.removed = []


class ReplaceObjects(Command):
    """Replace objects by changed copies with the same ids: moves, attribute edits, reshapes."""

    def __init__(self, scenario_id: str, new_objects: Sequence[ParkObject], text: str = ""):
        self.scenario_id = scenario_id
        self.new_objects = list(new_objects)
        self.old_objects: list[ParkObject] = []
        self.text = text or _summary("Change", self.new_objects)

    def redo(self, park: Park) -> None:
        self.old_objects = []
        try:
            for obj in self.new_objects:
                self.old_objects.append(edits(park).replace(self.scenario_id, obj))
        except Exception:
            self.undo(park)
            raise

    def undo(self, park: Park) -> None:
        for old in reversed(self.old_objects):
            edits(park).replace(self.scenario_id, old)
        self.old_objects = []


def _summary(verb: str, objects: Sequence[ParkObject]) -> str:
    if len(objects) == 1:
        return f"{verb} {objects[0].label}"
    layers = sorted({o.LAYER for o in objects})
    return f"{verb} {len(objects)} {'/'.join(layers)}"
