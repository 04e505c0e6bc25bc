"""Undo gives back exactly the park before the edit; redo gives back the edited one."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from ecopark.commands import (
    AddObjects,
    AddScenario,
    CommandStack,
    MacroCommand,
    RemoveObjects,
    RemoveScenario,
    ReplaceObjects,
    SetEnteredValue,
    SetParkSetting,
)
from ecopark.model import DuplicateIdError, Firm, ObjectChange, ScenarioInfo
from factories import small_park


def test_every_command_undoes_to_the_original_and_redoes_to_the_edit() -> None:
    park = small_park()
    stack = CommandStack(park)
    original = park.snapshot()
    f1 = park.scenario("base").firms["F1"]
    commands = [
        AddObjects("base", [Firm(firm_id="F9", name="新", geometry=Point(10, 10))]),
        ReplaceObjects("base", [f1.with_changes(geometry=Point(700, 700), iav_10k_rmb=1.0)]),
        RemoveObjects("base", [("firms", "F1")]),  # takes exchanges E1 and E2 along
        AddScenario(ScenarioInfo(scenario_id="p2", name="P2", kind="plan", year=2035), "base"),
        RemoveScenario("plan2030"),
        SetEnteredValue("base", "4.4", 92.0),
        SetParkSetting("subsidy_rate", 0.1),
    ]
    snapshots = []
    for cmd in commands:
        stack.push(cmd)
        snapshots.append(park.snapshot())
    assert "E1" not in park.scenario("base").exchanges
    for _ in commands:
        stack.undo()
    assert park.snapshot() == original
    for expected in snapshots:
        stack.redo()
        assert park.snapshot() == expected


def test_a_refused_step_leaves_the_park_unchanged() -> None:
    park = small_park()
    before = park.snapshot()
    macro = MacroCommand(
        "two firms",
        [
            AddObjects("base", [Firm(firm_id="N1", name="a", geometry=Point(1, 1))]),
            AddObjects("base", [Firm(firm_id="F1", name="dup", geometry=Point(2, 2))]),
        ],
    )
    with pytest.raises(DuplicateIdError):
        CommandStack(park).push(macro)
    assert park.snapshot() == before


def test_changes_are_announced_to_listeners() -> None:
    park = small_park()
    seen: list[ObjectChange] = []
    park.subscribe(lambda c: seen.append(c) if isinstance(c, ObjectChange) else None)
    stack = CommandStack(park)
    stack.push(RemoveObjects("base", [("firms", "F2")]))
    assert [(c.layer, c.action, c.object_id) for c in seen] == [
        ("exchanges", "removed", "E2"),
        ("firms", "removed", "F2"),
    ]
    seen.clear()
    stack.undo()
    assert [(c.layer, c.action) for c in seen] == [("firms", "added"), ("exchanges", "added")]


def test_modified_state_follows_undo_to_the_saved_point() -> None:
    park = small_park()
    stack = CommandStack(park)
    assert not stack.is_modified
    stack.push(SetEnteredValue("base", "4.5", 95.0))
    assert stack.is_modified
    stack.set_clean()
    stack.undo()
    assert stack.is_modified
    stack.redo()
    assert not stack.is_modified
