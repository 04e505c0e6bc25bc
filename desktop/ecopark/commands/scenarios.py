"""Commands on scenarios, entered indicator values and park settings."""

from __future__ import annotations

import copy
from typing import Any

from ecopark.commands.base import Command
from ecopark.model import Park, Scenario, ScenarioInfo, ZoneKind
from ecopark.model.edits import edits


class AddScenario(Command):
    """Add a scenario, empty or as a copy of another (to start a new plan from the baseline)."""

    def __init__(self, info: ScenarioInfo, copy_from: str | None = None):
        self.info = info
        self.copy_from = copy_from
        self.text = f"Add scenario {info.name}" + (f" (copy of {copy_from})" if copy_from else "")

    def redo(self, park: Park) -> None:
        edits(park).add_scenario(self.info, copy_from=self.copy_from)

    def undo(self, park: Park) -> None:
        edits(park).remove_scenario(self.info.scenario_id)


class RemoveScenario(Command):
    def __init__(self, scenario_id: str):
        self.scenario_id = scenario_id
        self.removed: tuple[Scenario, int] | None = None
        self.text = f"Delete scenario {scenario_id}"

    def redo(self, park: Park) -> None:
        self.removed = edits(park).remove_scenario(self.scenario_id)

    def undo(self, park: Park) -> None:
        assert self.removed is not None
        edits(park).insert_scenario(*self.removed)


class SetScenarioInfo(Command):
    def __init__(self, info: ScenarioInfo):
        self.info = info
        self.old: ScenarioInfo | None = None
        self.text = f"Edit scenario {info.scenario_id}"

    def redo(self, park: Park) -> None:
        self.old = edits(park).set_scenario_info(self.info.scenario_id, self.info)

    def undo(self, park: Park) -> None:
        assert self.old is not None
        edits(park).set_scenario_info(self.info.scenario_id, self.old)


class SetEnteredValue(Command):
    """Enter (or clear with None) a value for an HJ 274 row the map cannot derive."""

    def __init__(self, scenario_id: str, indicator_id: str, value: float | None):
        self.scenario_id = scenario_id
        self.indicator_id = indicator_id
        self.value = value
        self.old: float | None = None
        self.text = f"Enter value for indicator {indicator_id}"

    def redo(self, park: Park) -> None:
        self.old = edits(park).set_entered_value(self.scenario_id, self.indicator_id, self.value)

    def undo(self, park: Park) -> None:
        edits(park).set_entered_value(self.scenario_id, self.indicator_id, self.old)


class DeclareZoneKind(Command):
    """Declare a custom zone kind, or change a kind's industrial flag or allowed sectors."""

    def __init__(self, kind: ZoneKind):
        self.kind = kind
        self.old: ZoneKind | None = None
        self.text = f"Zone kind {kind.kind}"

    def redo(self, park: Park) -> None:
        self.old = edits(park).declare_zone_kind(self.kind)

    def undo(self, park: Park) -> None:
        if self.old is None:
            edits(park).undeclare_zone_kind(self.kind.kind)
        else:
            edits(park).declare_zone_kind(self.old)


class SetParkSetting(Command):
    """Change one entry of the park settings (score weights, cost table...)."""

    def __init__(self, key: str, value: Any):
        self.key = key
        self.value = copy.deepcopy(value)
        self.had_old = False
        self.old: Any = None
        self.text = f"Change setting {key}"

    def redo(self, park: Park) -> None:
        self.had_old = self.key in park.settings
        self.old = copy.deepcopy(park.settings.get(self.key))
        edits(park).set_setting(self.key, copy.deepcopy(self.value))

    def undo(self, park: Park) -> None:
        if self.had_old:
            edits(park).set_setting(self.key, self.old)
        else:
            edits(park).clear_setting(self.key)


class SetViews(Command):
    """Replace the list of presentation views (add, remove, reorder, rename slides)."""

    def __init__(self, views: list[Any], text: str = "Edit presentation views"):
        self.views = list(views)
        self.old: list[Any] = []
        self.text = text

    def redo(self, park: Park) -> None:
        self.old = edits(park).set_views(self.views)

    def undo(self, park: Park) -> None:
        edits(park).set_views(self.old)


class SetUnderlays(Command):
    """Replace the list of image underlays (add, place, change opacity, remove)."""

    def __init__(self, underlays: list[Any], text: str = "Edit underlays"):
        self.underlays = list(underlays)
        self.old: list[Any] = []
        self.text = text

    def redo(self, park: Park) -> None:
        self.old = edits(park).set_underlays(self.underlays)

    def undo(self, park: Park) -> None:
        edits(park).set_underlays(self.old)
