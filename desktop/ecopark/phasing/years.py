"""The year each object of a scenario enters service (docs/phasing.md, "Rules").

An object's year is, in order: its own ``year_in_service``; else the completion year of the
project it belongs to (issue 17 part A, ``ecopark.projects``); else the baseline year when the
baseline holds it unchanged (an existing object), and the plan year otherwise (a planned object
or a planned change of an existing one).

Projects are read through hooks so this package works without ``ecopark.projects``: a source
registered with :func:`register_completion_years` (tests, or part A's package), else
``ecopark.projects.years.completion_years`` when that module is installed.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ecopark.model import Park, ParkObject, Scenario

Ref = tuple[str, str]
"""(layer, object id)."""
CompletionYears = Callable[[Park], dict[Ref, int]]
ProjectList = Callable[[Park], list["ProjectYear"]]

BUILDABLE_LAYERS: tuple[str, ...] = ("zones", "firms", "facilities", "pipelines", "exchanges")
"""Layers whose objects carry a year in service (corridors and plots follow the plain rule)."""

_COMPLETION_SOURCES: list[CompletionYears] = []
_PROJECT_SOURCES: list[ProjectList] = []


@dataclass(frozen=True)
class ProjectYear:
    """A project as the progress report names it: id, name and completion year."""

    project_id: str
    name: str
    completion_year: int


def register_completion_years(source: CompletionYears) -> None:
    """Let a projects package say when grouped objects enter service (replaces the default)."""
    if source not in _COMPLETION_SOURCES:
        _COMPLETION_SOURCES.append(source)


def unregister_completion_years(source: CompletionYears) -> None:
    if source in _COMPLETION_SOURCES:
        _COMPLETION_SOURCES.remove(source)


def register_project_list(source: ProjectList) -> None:
    """Let a projects package list its projects with their completion years."""
    if source not in _PROJECT_SOURCES:
        _PROJECT_SOURCES.append(source)


def unregister_project_list(source: ProjectList) -> None:
    if source in _PROJECT_SOURCES:
        _PROJECT_SOURCES.remove(source)


def _optional(module: str, name: str) -> Any:
    """``module.name`` when that module is installed (part A's projects), else None."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def completion_years(park: Park) -> dict[Ref, int]:
    """{(layer, id): completion year of the object's project}; empty without projects."""
    sources: list[Any] = list(_COMPLETION_SOURCES)
    if not sources:
        found = _optional("ecopark.projects.years", "completion_years")
        sources = [found] if found is not None else []
    out: dict[Ref, int] = {}
    for source in sources:
        for ref, year in source(park).items():
            out[ref] = max(int(year), out.get(ref, int(year)))
    return out


def project_years(park: Park) -> list[ProjectYear]:
    """The park's projects with completion years (empty without a projects package)."""
    if _PROJECT_SOURCES:
        return [p for source in _PROJECT_SOURCES for p in source(park)]
    projects_of = _optional("ecopark.projects.model", "projects_of")
    if projects_of is None:
        return []
    return [
        ProjectYear(str(p.project_id), str(p.name), int(p.completion_year))
        for p in projects_of(park)
    ]


def plan_span(park: Park, scenario_id: str) -> tuple[int, int]:
    """(baseline year, plan year) of a scenario: the range the year slider covers."""
    scenario = park.scenario(scenario_id)
    base = park.baseline()
    plan_year = scenario.info.year
    base_year = base.info.year if base is not None else plan_year
    return min(base_year, plan_year), plan_year


def same_apart_from_year(a: ParkObject, b: ParkObject) -> bool:
    """Whether two versions of an object differ only in their year in service."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if not hasattr(a, "year_in_service") or a.year_in_service == b.year_in_service:  # type: ignore[attr-defined]
        return a == b
    return dataclasses.replace(a, year_in_service=None) == dataclasses.replace(  # type: ignore[type-var]
        b, year_in_service=None
    )


def is_existing(obj: ParkObject, baseline: Scenario | None) -> bool:
    """An object the baseline already holds, unchanged and not marked planned."""
    if baseline is None or getattr(obj, "status", "existing") == "planned":
        return False
    old = baseline.layers[obj.LAYER].get(obj.id)
    return old is not None and same_apart_from_year(old, obj)


def effective_years(park: Park, scenario_id: str) -> dict[Ref, int]:
    """{(layer, id): year in service} of every object of the scenario (docs/phasing.md)."""
    scenario = park.scenario(scenario_id)
    base = park.baseline()
    baseline = base if base is not None and base.scenario_id != scenario_id else None
    base_year, plan_year = plan_span(park, scenario_id)
    projects = completion_years(park) if baseline is not None else {}
    out: dict[Ref, int] = {}
    for layer, objs in scenario.layers.items():
        for oid, obj in objs.items():
            own = getattr(obj, "year_in_service", None)
            if own is not None:
                year = int(own)
            elif (layer, oid) in projects:
                year = projects[(layer, oid)]
            elif baseline is None or is_existing(obj, baseline):
                year = base_year
            else:
                year = plan_year
            out[(layer, oid)] = year
    return out
