"""Re-applying unsaved edits on top of a file another program changed: a field-level merge.

The crash journal holds every edit since the last save, each with the objects it was about to
change as they were then (its *base*). Replaying onto the file as it is now, an edit applies
field by field: a field we changed and the other program did not takes our value; a field both
changed differently is a conflict, listed by object and field with both values, and keeps
theirs; an object the other program deleted cannot be changed (listed with the fields we had
changed). Edits done and undone since the save cancel out before the merge.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ecopark.commands import (
    AddObjects,
    Command,
    MacroCommand,
    RemoveObjects,
    ReplaceObjects,
)
from ecopark.commands.serialize import (
    command_from_json,
    object_from_json,
    object_to_json,
)
from ecopark.model import TYPE_BY_LAYER, EcoParkError, Park, ParkObject, ValidationError

Record = tuple[str, str, dict[str, Any]]
"""(kind, text, payload) as the journal stores them: kind is do, undo, redo or unjournaled."""


@dataclass(frozen=True)
class Conflict:
    """An edit (or part of one) that no longer applies to the file as it is now."""

    edit: str
    """The edit as the undo history names it."""
    obj: str
    """The object, e.g. "firms F3 (scenario base)"; empty for a whole-park edit."""
    field: str
    """The field both changed (or empty: the whole object or edit)."""
    ours: str = ""
    theirs: str = ""
    reason: str = ""

    def line(self) -> str:
        where = " ".join(x for x in (self.obj, self.field) if x)
        values = f" (yours: {self.ours}; in the file: {self.theirs})" if self.ours else ""
        return f"{self.edit}: {where}: {self.reason}{values}"


@dataclass
class ReplayReport:
    """What re-applying the edits did."""

    applied: list[str] = field(default_factory=list)
    """Edits applied in full (by their text)."""
    conflicts: list[Conflict] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    """Edits that were never journaled (a kind of edit the journal cannot write)."""

    @property
    def clean(self) -> bool:
        return not self.conflicts and not self.lost


# ----- capturing the base of an edit ----------------------------------------------------------
def base_of(command: Command, park: Park) -> dict[str, Any]:
    """The objects ``command`` is about to change or remove, as they are now in ``park``
    (JSON, keyed "scenario/layer/id"): what a later merge compares the file with."""
    out: dict[str, Any] = {}
    for sid, layer, oid in _touched(command):
        try:
            obj = park.scenario(sid).objects(layer).get(oid)
        except EcoParkError:
            obj = None
        if obj is not None:
            out[_key(sid, layer, oid)] = object_to_json(obj)
    return out


def _touched(command: Command) -> Iterable[tuple[str, str, str]]:
    if isinstance(command, ReplaceObjects):
        for obj in command.new_objects:
            yield command.scenario_id, obj.LAYER, obj.id
    elif isinstance(command, RemoveObjects):
        for layer, oid in command.refs:
            yield command.scenario_id, layer, oid
    elif isinstance(command, MacroCommand):
        for sub in command.commands:
            yield from _touched(sub)


def _key(sid: str, layer: str, oid: str) -> str:
    return f"{sid}/{layer}/{oid}"


# ----- which edits are in effect --------------------------------------------------------------
@dataclass
class _Entry:
    text: str
    payload: dict[str, Any]
    inverse: bool
    """An undo of an edit saved before: its inverse is what changed since the save."""


def effective_edits(records: Sequence[Record]) -> tuple[list[_Entry], list[str]]:
    """The edits in effect after the journal's do/undo/redo records, oldest first, and the
    edits that could not be journaled."""
    done: list[_Entry] = []
    undone: list[_Entry] = []
    lost: list[str] = []
    for kind, text, payload in records:
        if kind == "unjournaled":
            lost.append(text)
        elif kind == "do":
            done.append(_Entry(text, payload, False))
            undone.clear()
        elif kind == "undo":
            if done and not done[-1].inverse:
                undone.append(done.pop())
            else:
                done.append(_Entry(text, payload, True))
        elif kind == "redo":
            if undone:
                done.append(undone.pop())
            elif done and done[-1].inverse and done[-1].text == text:
                done.pop()
            else:
                done.append(_Entry(text, payload, False))
    return done, lost


# ----- replaying ---------------------------------------------------------------------------
def replay(park: Park, records: Sequence[Record]) -> ReplayReport:
    """Merge the journaled edits into ``park`` (the file as it is now); see the module doc."""
    entries, lost = effective_edits(records)
    report = ReplayReport(lost=list(lost))
    for entry in entries:
        before = len(report.conflicts)
        try:
            command = command_from_json(entry.payload)
        except (EcoParkError, ValueError, KeyError, TypeError) as exc:
            report.conflicts.append(Conflict(entry.text, "", "", reason=f"unreadable ({exc})"))
            continue
        base = {k: object_from_json(v) for k, v in entry.payload.get("_base", {}).items()}
        _apply(park, command, entry, base, report)
        if len(report.conflicts) == before:
            report.applied.append(entry.text)
    return report


def _apply(
    park: Park, command: Command, entry: _Entry, base: dict[str, ParkObject], report: ReplayReport
) -> None:
    if isinstance(command, MacroCommand):
        parts = list(reversed(command.commands)) if entry.inverse else command.commands
        for sub in parts:
            _apply(park, sub, entry, base, report)
    elif isinstance(command, AddObjects):
        for obj in command.objects:
            if entry.inverse:
                _remove(park, command.scenario_id, obj.LAYER, obj.id, obj, entry.text, report)
            else:
                _add(park, command.scenario_id, obj, entry.text, report)
    elif isinstance(command, RemoveObjects):
        if entry.inverse:
            for obj in command.removed:
                _add(park, command.scenario_id, obj, entry.text, report)
        else:
            for layer, oid in command.refs:
                known = base.get(_key(command.scenario_id, layer, oid))
                _remove(park, command.scenario_id, layer, oid, known, entry.text, report)
    elif isinstance(command, ReplaceObjects):
        pairs: list[tuple[ParkObject, ParkObject | None]]
        if entry.inverse:
            pairs = list(zip(command.old_objects, command.new_objects, strict=False))
        else:
            pairs = [
                (new, base.get(_key(command.scenario_id, new.LAYER, new.id)))
                for new in command.new_objects
            ]
        for ours, was in pairs:
            _change(park, command.scenario_id, ours, was, entry.text, report)
    else:
        try:
            if entry.inverse:
                command.undo(park)
            else:
                command.redo(park)
        except EcoParkError as exc:
            report.conflicts.append(Conflict(entry.text, "", "", reason=str(exc)))


def _label(sid: str, layer: str, oid: str) -> str:
    return f"{layer} {oid} (scenario {sid})"


def _current(park: Park, sid: str, layer: str, oid: str) -> ParkObject | None:
    try:
        return park.scenario(sid).objects(layer).get(oid)
    except EcoParkError:
        return None


def _add(park: Park, sid: str, obj: ParkObject, text: str, report: ReplayReport) -> None:
    existing = _current(park, sid, obj.LAYER, obj.id)
    if existing is not None:
        if _same(existing.to_record(), obj.to_record()):
            return
        report.conflicts.append(
            Conflict(
                text,
                _label(sid, obj.LAYER, obj.id),
                "",
                reason="the file now has another object with this id; yours was not added",
            )
        )
        return
    try:
        park.add(sid, obj)
    except ValidationError as exc:
        report.conflicts.append(
            Conflict(text, _label(sid, obj.LAYER, obj.id), exc.field, reason=str(exc))
        )


def _remove(
    park: Park,
    sid: str,
    layer: str,
    oid: str,
    was: ParkObject | None,
    text: str,
    report: ReplayReport,
) -> None:
    current = _current(park, sid, layer, oid)
    if current is None:
        return  # removed in the file as well
    if was is not None:
        changed = _differing(was.to_record(), current.to_record())
        if changed:
            report.conflicts.append(
                Conflict(
                    text,
                    _label(sid, layer, oid),
                    ", ".join(changed),
                    reason="changed in the file by another program, so it was not deleted",
                )
            )
            return
    try:
        RemoveObjects(sid, [(layer, oid)]).redo(park)
    except ValidationError as exc:
        report.conflicts.append(Conflict(text, _label(sid, layer, oid), "", reason=str(exc)))


def _change(
    park: Park,
    sid: str,
    ours: ParkObject,
    was: ParkObject | None,
    text: str,
    report: ReplayReport,
) -> None:
    label = _label(sid, ours.LAYER, ours.id)
    current = _current(park, sid, ours.LAYER, ours.id)
    mine = ours.to_record()
    if current is None:
        fields = _differing(was.to_record(), mine) if was is not None else sorted(mine)
        for name in fields:
            report.conflicts.append(
                Conflict(
                    text,
                    label,
                    name,
                    _shown(mine[name]),
                    "(deleted)",
                    "the object is no longer in the file",
                )
            )
        return
    theirs = current.to_record()
    merged = dict(theirs)
    base = was.to_record() if was is not None else theirs
    clashes = []
    for name in _differing(base, mine):
        if _same_value(theirs.get(name), base.get(name)) or _same_value(
            theirs.get(name), mine[name]
        ):
            merged[name] = mine[name]
        else:
            clashes.append(name)
            report.conflicts.append(
                Conflict(
                    text,
                    label,
                    name,
                    _shown(mine[name]),
                    _shown(theirs.get(name)),
                    "also changed in the file by another program; its value is kept",
                )
            )
    if _same(merged, theirs):
        return
    try:
        ReplaceObjects(sid, [TYPE_BY_LAYER[ours.LAYER](**merged)]).redo(park)
    except ValidationError as exc:
        report.conflicts.append(Conflict(text, label, exc.field, reason=str(exc)))


def _differing(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    return [k for k in b if not _same_value(a.get(k), b[k])]


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return not _differing(a, b) and not _differing(b, a)


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if hasattr(a, "equals_exact") and hasattr(b, "equals_exact"):
        return bool(a.equals_exact(b, 0.0)) and a.geom_type == b.geom_type
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def _shown(value: Any) -> str:
    if hasattr(value, "geom_type"):
        return f"{value.geom_type} at {value.centroid.x:.1f}, {value.centroid.y:.1f}"
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:60] + "…"


def reload_and_reapply(path: Any, records: Sequence[Record]) -> tuple[Park, ReplayReport]:
    """The project as the file holds it now, with the unsaved edits (journal records since the
    last save) merged on top; what did not apply is in the report, by object and field."""
    from ecopark.storage.gpkg import load_park

    park = load_park(path, set_aside=True)
    return park, replay(park, records)
