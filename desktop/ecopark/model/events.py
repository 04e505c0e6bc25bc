"""Change events: what the model tells listeners (engine, views, journal) after each change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ecopark.model.objects import ParkObject


@dataclass(frozen=True)
class ObjectChange:
    """One object added (old is None), removed (new is None) or replaced."""

    scenario_id: str
    layer: str
    old: ParkObject | None
    new: ParkObject | None

    @property
    def action(self) -> Literal["added", "removed", "changed"]:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"

    @property
    def object_id(self) -> str:
        obj = self.new if self.new is not None else self.old
        assert obj is not None
        return obj.id


@dataclass(frozen=True)
class ScenarioChange:
    """A scenario was added, removed, or had its attributes or entered values changed."""

    scenario_id: str
    action: Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class ParkChange:
    """Park-wide settings changed (name, zone kinds and their rules, settings)."""

    what: str


Change = ObjectChange | ScenarioChange | ParkChange
