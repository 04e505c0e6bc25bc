"""Commands as JSON, for the crash journal.

A command is written twice in its life: as an *intent* before it is first applied (what to do:
"add these objects", "replace firm F3 by this copy") and, when it is undone, *with its state*
(what undo must put back: the removed objects, the old values), because undo must be replayable
even when the command was applied before the last save. Geometries are WKB hex (exact); floats
go through JSON's repr (exact); bytes as base64.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Callable
from typing import Any

import shapely

from ecopark.commands.attention import ResolveAttention
from ecopark.commands.base import Command, MacroCommand
from ecopark.commands.objects import AddObjects, RemoveObjects, ReplaceObjects
from ecopark.commands.scenarios import (
    AddScenario,
    DeclareZoneKind,
    RemoveScenario,
    SetEnteredValue,
    SetParkSetting,
    SetScenarioInfo,
    SetUnderlays,
    SetViews,
)
from ecopark.model import (
    TYPE_BY_LAYER,
    EcoParkError,
    ParkObject,
    SavedView,
    Scenario,
    ScenarioInfo,
    Underlay,
    ZoneKind,
)
from ecopark.model.attention import AttentionRow, RowProblem


class UnserialisableCommand(EcoParkError):
    """A command type the journal does not know how to write (register it)."""


# ----- values --------------------------------------------------------------------------------
def object_to_json(obj: ParkObject) -> dict[str, Any]:
    record = obj.to_record()
    geometry = record.pop("geometry", None)
    out: dict[str, Any] = {"layer": obj.LAYER, "fields": record}
    if geometry is not None:
        out["wkb"] = shapely.to_wkb(geometry, hex=True, include_srid=False)
    return out


def object_from_json(data: dict[str, Any]) -> ParkObject:
    cls = TYPE_BY_LAYER[data["layer"]]
    fields = dict(data["fields"])
    if "wkb" in data:
        fields["geometry"] = shapely.from_wkb(data["wkb"])
    return cls(**fields)


def _info_to_json(info: ScenarioInfo) -> dict[str, Any]:
    return dataclasses.asdict(info)


def _info_from_json(data: dict[str, Any]) -> ScenarioInfo:
    return ScenarioInfo(**data)


def _kind_to_json(kind: ZoneKind | None) -> dict[str, Any] | None:
    if kind is None:
        return None
    data = dataclasses.asdict(kind)
    data["allowed_sectors"] = sorted(kind.allowed_sectors)
    return data


def _kind_from_json(data: dict[str, Any] | None) -> ZoneKind | None:
    if data is None:
        return None
    return ZoneKind(**{**data, "allowed_sectors": frozenset(data["allowed_sectors"])})


def _view_to_json(view: SavedView) -> dict[str, Any]:
    data = dataclasses.asdict(view)
    data["visible_layers"] = list(view.visible_layers)
    return data


def _view_from_json(data: dict[str, Any]) -> SavedView:
    return SavedView(**{**data, "visible_layers": tuple(data["visible_layers"])})


def _underlay_to_json(u: Underlay) -> dict[str, Any]:
    data = {f.name: getattr(u, f.name) for f in dataclasses.fields(u)}
    data["image_png"] = base64.b64encode(u.image_png).decode("ascii")
    data["transform"] = list(u.transform)
    return data


def _underlay_from_json(data: dict[str, Any]) -> Underlay:
    return Underlay(
        **{
            **data,
            "image_png": base64.b64decode(data["image_png"]),
            "transform": tuple(data["transform"]),
        }
    )


def _scenario_to_json(scenario: Scenario) -> dict[str, Any]:
    return {
        "info": _info_to_json(scenario.info),
        "objects": [object_to_json(o) for o in scenario.all_objects()],
        "entered_values": dict(scenario.entered_values),
    }


def _scenario_from_json(data: dict[str, Any]) -> Scenario:
    scenario = Scenario(_info_from_json(data["info"]))
    for item in data["objects"]:
        obj = object_from_json(item)
        scenario.layers[obj.LAYER][obj.id] = obj
    scenario.entered_values = {k: float(v) for k, v in data["entered_values"].items()}
    return scenario


# ----- commands ------------------------------------------------------------------------------
Encoder = Callable[[Any, bool], dict[str, Any]]
Decoder = Callable[[dict[str, Any]], Command]

_ENCODERS: dict[type, tuple[str, Encoder]] = {}
_DECODERS: dict[str, Decoder] = {}


def register(cls: type, name: str, encode: Encoder, decode: Decoder) -> None:
    """Teach the journal a command type: ``encode(cmd, with_state)`` and ``decode(data)``."""
    _ENCODERS[cls] = (name, encode)
    _DECODERS[name] = decode


def command_to_json(command: Command, *, with_state: bool = False) -> dict[str, Any]:
    """The command as a JSON-friendly dict; ``with_state`` adds what its undo needs."""
    for cls in type(command).__mro__:
        if cls in _ENCODERS:
            name, encode = _ENCODERS[cls]
            return {"type": name, "text": command.text, **encode(command, with_state)}
    raise UnserialisableCommand(
        f"the edit {command.text!r} ({type(command).__name__}) cannot be written to the crash "
        "journal"
    )


def command_from_json(data: dict[str, Any]) -> Command:
    try:
        decode = _DECODERS[data["type"]]
    except KeyError:
        raise UnserialisableCommand(
            f"unknown edit type {data.get('type')!r} in the journal"
        ) from None
    command = decode(data)
    command.text = data.get("text", command.text)
    return command


def _objects(items: list[dict[str, Any]]) -> list[ParkObject]:
    return [object_from_json(i) for i in items]


def _enc_add(c: AddObjects, state: bool) -> dict[str, Any]:
    return {"scenario_id": c.scenario_id, "objects": [object_to_json(o) for o in c.objects]}


def _dec_add(d: dict[str, Any]) -> Command:
    return AddObjects(d["scenario_id"], _objects(d["objects"]), text=d.get("text", ""))


def _enc_remove(c: RemoveObjects, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"scenario_id": c.scenario_id, "refs": [list(r) for r in c.refs]}
    if state:
        out["removed"] = [object_to_json(o) for o in c.removed]
    return out


def _dec_remove(d: dict[str, Any]) -> Command:
    cmd = RemoveObjects(d["scenario_id"], [tuple(r) for r in d["refs"]], text=d.get("text", ""))
    cmd.removed = _objects(d.get("removed", []))
    return cmd


def _enc_replace(c: ReplaceObjects, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "scenario_id": c.scenario_id,
        "new": [object_to_json(o) for o in c.new_objects],
    }
    if state:
        out["old"] = [object_to_json(o) for o in c.old_objects]
    return out


def _dec_replace(d: dict[str, Any]) -> Command:
    cmd = ReplaceObjects(d["scenario_id"], _objects(d["new"]), text=d.get("text", ""))
    cmd.old_objects = _objects(d.get("old", []))
    return cmd


def _enc_macro(c: MacroCommand, state: bool) -> dict[str, Any]:
    return {"commands": [command_to_json(x, with_state=state) for x in c.commands]}


def _dec_macro(d: dict[str, Any]) -> Command:
    return MacroCommand(d.get("text", ""), [command_from_json(x) for x in d["commands"]])


def _enc_add_scenario(c: AddScenario, state: bool) -> dict[str, Any]:
    return {"info": _info_to_json(c.info), "copy_from": c.copy_from}


def _dec_add_scenario(d: dict[str, Any]) -> Command:
    return AddScenario(_info_from_json(d["info"]), copy_from=d["copy_from"])


def _enc_remove_scenario(c: RemoveScenario, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"scenario_id": c.scenario_id}
    if state and c.removed is not None:
        scenario, position = c.removed
        out["removed"] = {"scenario": _scenario_to_json(scenario), "position": position}
    return out


def _dec_remove_scenario(d: dict[str, Any]) -> Command:
    cmd = RemoveScenario(d["scenario_id"])
    if d.get("removed"):
        cmd.removed = (_scenario_from_json(d["removed"]["scenario"]), d["removed"]["position"])
    return cmd


def _enc_info(c: SetScenarioInfo, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"info": _info_to_json(c.info)}
    if state and c.old is not None:
        out["old"] = _info_to_json(c.old)
    return out


def _dec_info(d: dict[str, Any]) -> Command:
    cmd = SetScenarioInfo(_info_from_json(d["info"]))
    if d.get("old"):
        cmd.old = _info_from_json(d["old"])
    return cmd


def _enc_value(c: SetEnteredValue, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "scenario_id": c.scenario_id,
        "indicator_id": c.indicator_id,
        "value": c.value,
    }
    if state:
        out["old"] = c.old
    return out


def _dec_value(d: dict[str, Any]) -> Command:
    cmd = SetEnteredValue(d["scenario_id"], d["indicator_id"], d["value"])
    cmd.old = d.get("old")
    return cmd


def _enc_kind(c: DeclareZoneKind, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": _kind_to_json(c.kind)}
    if state:
        out["old"] = _kind_to_json(c.old)
    return out


def _dec_kind(d: dict[str, Any]) -> Command:
    kind = _kind_from_json(d["kind"])
    assert kind is not None
    cmd = DeclareZoneKind(kind)
    cmd.old = _kind_from_json(d.get("old"))
    return cmd


def _enc_setting(c: SetParkSetting, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"key": c.key, "value": c.value}
    if state:
        out["had_old"] = c.had_old
        out["old"] = c.old
    return out


def _dec_setting(d: dict[str, Any]) -> Command:
    cmd = SetParkSetting(d["key"], d["value"])
    cmd.had_old = bool(d.get("had_old", False))
    cmd.old = d.get("old")
    return cmd


def _enc_views(c: SetViews, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"views": [_view_to_json(v) for v in c.views]}
    if state:
        out["old"] = [_view_to_json(v) for v in c.old]
    return out


def _dec_views(d: dict[str, Any]) -> Command:
    cmd = SetViews([_view_from_json(v) for v in d["views"]], text=d.get("text", ""))
    cmd.old = [_view_from_json(v) for v in d.get("old", [])]
    return cmd


def _enc_underlays(c: SetUnderlays, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"underlays": [_underlay_to_json(u) for u in c.underlays]}
    if state:
        out["old"] = [_underlay_to_json(u) for u in c.old]
    return out


def _dec_underlays(d: dict[str, Any]) -> Command:
    cmd = SetUnderlays([_underlay_from_json(u) for u in d["underlays"]], text=d.get("text", ""))
    cmd.old = [_underlay_from_json(u) for u in d.get("old", [])]
    return cmd


def _row_to_json(row: AttentionRow) -> dict[str, Any]:
    data = dataclasses.asdict(row)
    data["problems"] = [dataclasses.asdict(p) for p in row.problems]
    return data


def _row_from_json(data: dict[str, Any]) -> AttentionRow:
    fields = dict(data)
    fields["problems"] = tuple(RowProblem(**p) for p in data["problems"])
    return AttentionRow(**fields)


def _enc_resolve(c: ResolveAttention, state: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "key": list(c.key),
        "scenario_id": c.scenario_id,
        "replacement": None if c.replacement is None else object_to_json(c.replacement),
    }
    if state and c.row is not None:
        out["row"] = _row_to_json(c.row)
        out["position"] = c.position
    return out


def _dec_resolve(d: dict[str, Any]) -> Command:
    replacement = d.get("replacement")
    cmd = ResolveAttention(
        (d["key"][0], d["key"][1]),
        None if replacement is None else object_from_json(replacement),
        d.get("scenario_id", ""),
        text=d.get("text", ""),
    )
    if d.get("row") is not None:
        cmd.row = _row_from_json(d["row"])
        cmd.position = int(d.get("position", 0))
    return cmd


register(ResolveAttention, "ResolveAttention", _enc_resolve, _dec_resolve)  # type: ignore[arg-type]
register(AddObjects, "AddObjects", _enc_add, _dec_add)  # type: ignore[arg-type]
register(RemoveObjects, "RemoveObjects", _enc_remove, _dec_remove)  # type: ignore[arg-type]
register(ReplaceObjects, "ReplaceObjects", _enc_replace, _dec_replace)  # type: ignore[arg-type]
register(MacroCommand, "MacroCommand", _enc_macro, _dec_macro)  # type: ignore[arg-type]
register(AddScenario, "AddScenario", _enc_add_scenario, _dec_add_scenario)  # type: ignore[arg-type]
register(RemoveScenario, "RemoveScenario", _enc_remove_scenario, _dec_remove_scenario)  # type: ignore[arg-type]
register(SetScenarioInfo, "SetScenarioInfo", _enc_info, _dec_info)  # type: ignore[arg-type]
register(SetEnteredValue, "SetEnteredValue", _enc_value, _dec_value)  # type: ignore[arg-type]
register(DeclareZoneKind, "DeclareZoneKind", _enc_kind, _dec_kind)  # type: ignore[arg-type]
register(SetParkSetting, "SetParkSetting", _enc_setting, _dec_setting)  # type: ignore[arg-type]
register(SetViews, "SetViews", _enc_views, _dec_views)  # type: ignore[arg-type]
register(SetUnderlays, "SetUnderlays", _enc_underlays, _dec_underlays)  # type: ignore[arg-type]
