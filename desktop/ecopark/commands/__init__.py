"""Reversible edits over the park model: the one door for change."""

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
from ecopark.commands.stack import CommandStack

__all__ = [
    "AddObjects",
    "AddScenario",
    "Command",
    "CommandStack",
    "DeclareZoneKind",
    "MacroCommand",
    "RemoveObjects",
    "RemoveScenario",
    "ReplaceObjects",
    "ResolveAttention",
    "SetEnteredValue",
    "SetParkSetting",
    "SetScenarioInfo",
    "SetUnderlays",
    "SetViews",
]
