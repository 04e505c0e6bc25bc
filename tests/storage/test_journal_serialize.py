"""Every core command survives JSON exactly: as intent (redo) and with its undo state."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from shapely.geometry import Point

from ecopark.commands import (
    AddObjects,
    AddScenario,
    Command,
    DeclareZoneKind,
    MacroCommand,
    RemoveObjects,
    RemoveScenario,
    ReplaceObjects,
    SetEnteredValue,
    SetParkSetting,
    SetScenarioInfo,
    SetUnderlays,
    SetViews,
)
from ecopark.commands.serialize import command_from_json, command_to_json
from ecopark.model import Park, SavedView, ScenarioInfo, Underlay, ZoneKind
from factories import full_firm, small_park

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def _commands(park: Park) -> dict[str, Callable[[], Command]]:
    f1 = park.scenario("base").firms["F1"]
    return {
        "add": lambda: AddObjects("base", [full_firm("F7", 1.0 / 3.0, 2e-9, energy_tce=None)]),
        "remove": lambda: RemoveObjects("base", [("firms", "F1")]),
        "replace": lambda: ReplaceObjects(
            "base", [f1.with_changes(geometry=Point(0.1 + 0.2, 7), name="改名")]
        ),
        "macro": lambda: MacroCommand(
            "two",
            [
                AddObjects("base", [full_firm("F8", 5, 5)]),
                RemoveObjects("base", [("facilities", "C1")]),
            ],
        ),
        "add scenario": lambda: AddScenario(
            ScenarioInfo(scenario_id="p2", name="规划", kind="plan", year=2035), copy_from="base"
        ),
        "remove scenario": lambda: RemoveScenario("base"),
        "scenario info": lambda: SetScenarioInfo(
            ScenarioInfo(scenario_id="base", name="renamed", kind="baseline", year=2020)
        ),
        "entered value": lambda: SetEnteredValue("base", "4.1", 99.5),
        "clear entered value": lambda: SetEnteredValue("base", "4.1", None),
        "zone kind": lambda: DeclareZoneKind(
            ZoneKind("port_logistics", True, "Port logistics", "港口物流", frozenset({"port"}))
        ),
        "change zone kind": lambda: DeclareZoneKind(
            ZoneKind("chem_cluster", False, "Chemical cluster", "化工集中区")
        ),
        "setting": lambda: SetParkSetting("space_weights", {"zoning": 0.5, "list": [1, 2]}),
        "views": lambda: SetViews(
            [SavedView(view_id="v1", name="总图", xmin=0, ymin=0, xmax=10, ymax=5.5)]
        ),
        "underlays": lambda: SetUnderlays(
            [
                Underlay(
                    underlay_id="u1",
                    name="scan",
                    image_png=PNG,
                    transform=(0.5, 0.0, 100.0, 0.0, -0.5, 900.0),
                    opacity=0.4,
                )
            ]
        ),
    }


NAMES = sorted(_commands(small_park()))


def _through_json(command: Command, *, with_state: bool) -> Command:
    text = json.dumps(command_to_json(command, with_state=with_state))
    return command_from_json(json.loads(text))


@pytest.mark.parametrize("name", NAMES)
def test_intent_replays_to_the_same_park(name: str) -> None:
    live, replay = small_park(), small_park()
    _commands(live)[name]().redo(live)
    command = _commands(replay)[name]()
    _through_json(command, with_state=False).redo(replay)
    assert replay.snapshot() == live.snapshot()


@pytest.mark.parametrize("name", NAMES)
def test_undo_with_state_replays_on_a_park_that_never_ran_the_command(name: str) -> None:
    live = small_park()
    command = _commands(live)[name]()
    command.redo(live)
    saved_after = live.snapshot()  # what a save after the command holds
    record = _through_json(command, with_state=True)
    command.undo(live)
    replay = small_park()
    _through_json(_commands(replay)[name](), with_state=False).redo(replay)
    assert replay.snapshot() == saved_after
    record.undo(replay)
    assert replay.snapshot() == live.snapshot() == small_park().snapshot()
