"""The one door through which commands change a built park.

:class:`~ecopark.model.park.Park` keeps its edit methods private so that no view, dock or tool can
change the park behind the undo stack (and the crash journal, which records commands). Commands
reach them through :class:`ParkEdits`; the import-linter contract ``park-edits-through-commands``
in pyproject.toml lets only ``ecopark.commands`` (and the model itself) import this module.
"""

from __future__ import annotations

from typing import Any

from ecopark.model.events import Change, ParkChange
from ecopark.model.kinds import ZoneKind
from ecopark.model.objects import ParkObject
from ecopark.model.park import Park, Scenario, ScenarioInfo
from ecopark.model.views import SavedView, Underlay


class ParkEdits:
    """Every way a command may change ``park``; each returns what undo needs."""

    def __init__(self, park: Park):
        self.park = park

    # objects
    def add(self, scenario_id: str, obj: ParkObject) -> None:
        self.park.add(scenario_id, obj)

    def replace(self, scenario_id: str, obj: ParkObject) -> ParkObject:
        return self.park._replace(scenario_id, obj)

    def remove(self, scenario_id: str, layer: str, object_id: str) -> ParkObject:
        return self.park._remove(scenario_id, layer, object_id)

    # scenarios
    def add_scenario(self, info: ScenarioInfo, *, copy_from: str | None = None) -> Scenario:
        return self.park.add_scenario(info, copy_from=copy_from)

    def insert_scenario(self, scenario: Scenario, position: int | None = None) -> None:
        self.park._insert_scenario(scenario, position)

    def remove_scenario(self, scenario_id: str) -> tuple[Scenario, int]:
        return self.park._remove_scenario(scenario_id)

    def set_scenario_info(self, scenario_id: str, info: ScenarioInfo) -> ScenarioInfo:
        return self.park._set_scenario_info(scenario_id, info)

    def set_entered_value(
        self, scenario_id: str, indicator_id: str, value: float | None
    ) -> float | None:
        return self.park._set_entered_value(scenario_id, indicator_id, value)

    # park-wide
    def declare_zone_kind(self, kind: ZoneKind) -> ZoneKind | None:
        return self.park._declare_zone_kind(kind)

    def undeclare_zone_kind(self, kind: str) -> ZoneKind:
        return self.park._undeclare_zone_kind(kind)

    def set_views(self, views: list[SavedView]) -> list[SavedView]:
        return self.park._set_views(views)

    def set_underlays(self, underlays: list[Underlay]) -> list[Underlay]:
        return self.park._set_underlays(underlays)

    def set_name(self, name: str) -> str:
        return self.park._set_name(name)

    def set_setting(self, key: str, value: Any) -> None:
        """Set (``value`` given) one park setting and tell the listeners."""
        self.park.settings[key] = value
        self.notify(ParkChange(f"settings:{key}"))

    def clear_setting(self, key: str) -> None:
        self.park.settings.pop(key, None)
        self.notify(ParkChange(f"settings:{key}"))

    def notify(self, change: Change) -> None:
        self.park._emit(change)


def edits(park: Park) -> ParkEdits:
    """The edit door of ``park`` (for ``ecopark.commands`` only)."""
    return ParkEdits(park)
