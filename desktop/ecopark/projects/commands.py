"""Undoable edits of the projects and of the work plan's texts and history.

Each is a :class:`~ecopark.commands.SetParkSetting` of one work-plan setting, so undo, redo and
the crash journal (which records settings commands) work without a new door into the model;
the subclasses only compute the new value from the park as it is and name the edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ecopark.commands import SetParkSetting
from ecopark.model import Park
from ecopark.projects.model import (
    HISTORY_SETTING,
    PROJECTS_SETTING,
    SAFEGUARD_TOPICS,
    SAFEGUARDS_SETTING,
    Project,
    ProjectError,
    projects_of,
    projects_value,
)


def _by_id(park: Park) -> dict[str, Project]:
    return {p.project_id: p for p in projects_of(park)}


class AddProjects(SetParkSetting):
    """Add projects at the end of the list (one undo step)."""

    def __init__(self, park: Park, projects: Iterable[Project]):
        new = list(projects)
        super().__init__(PROJECTS_SETTING, projects_value([*projects_of(park), *new]))
        self.text = f"Add project {new[0].name}" if len(new) == 1 else f"Add {len(new)} projects"


class EditProject(SetParkSetting):
    """Replace one project by a changed copy (same id)."""

    def __init__(self, park: Park, project: Project):
        current = projects_of(park)
        if project.project_id not in {p.project_id for p in current}:
            raise ProjectError(f"there is no project {project.project_id}")
        value = [project if p.project_id == project.project_id else p for p in current]
        super().__init__(PROJECTS_SETTING, projects_value(value))
        self.text = f"Edit project {project.name}"


class RemoveProjects(SetParkSetting):
    """Remove projects by id (their objects stay on the map)."""

    def __init__(self, park: Park, project_ids: Iterable[str]):
        gone = set(project_ids)
        unknown = gone - set(_by_id(park))
        if unknown:
            raise ProjectError(f"there is no project {', '.join(sorted(unknown))}")
        value = [p for p in projects_of(park) if p.project_id not in gone]
        super().__init__(PROJECTS_SETTING, projects_value(value))
        self.text = f"Remove {len(gone)} project(s)"


class RegroupProjects(SetParkSetting):
    """Move members between projects: ``moves`` maps (layer, id) to the receiving project id.

    A member leaves whatever project held it; a project left without members stays (a measure
    may have none) so the planner decides whether to remove it.
    """

    def __init__(self, park: Park, moves: dict[tuple[str, str], str]):
        current = projects_of(park)
        ids = {p.project_id for p in current}
        unknown = set(moves.values()) - ids
        if unknown:
            raise ProjectError(f"there is no project {', '.join(sorted(unknown))}")
        value: list[Project] = []
        for p in current:
            kept = [m for m in p.members if m not in moves]
            kept += [m for m, target in moves.items() if target == p.project_id]
            value.append(p.with_changes(members=tuple(dict.fromkeys(kept))))
        super().__init__(PROJECTS_SETTING, projects_value(value))
        self.text = f"Regroup {len(moves)} object(s)"


class ReplaceAllProjects(SetParkSetting):
    """Set the whole project list (accepting the automatic proposal)."""

    def __init__(self, projects: Iterable[Project], text: str = "Propose projects"):
        super().__init__(PROJECTS_SETTING, projects_value(list(projects)))
        self.text = text


class SetSafeguardText(SetParkSetting):
    """Change one safeguard text (organisation, policy, funding, monitoring)."""

    def __init__(self, park: Park, topic: str, text: str):
        if topic not in SAFEGUARD_TOPICS:
            raise ProjectError(f"safeguard topic {topic!r} is not one of {SAFEGUARD_TOPICS}")
        value: dict[str, Any] = dict(park.settings.get(SAFEGUARDS_SETTING) or {})
        if text.strip():
            value[topic] = text
        else:
            value.pop(topic, None)
        super().__init__(SAFEGUARDS_SETTING, value)
        self.text = f"Edit safeguard text {topic}"


class SetHistoryValue(SetParkSetting):
    """Enter (or clear, ``value=None``) one park-level quantity of one baseline year."""

    def __init__(self, park: Park, year: int, quantity: str, value: float | None):
        history: dict[str, dict[str, float]] = {
            str(y): dict(v) for y, v in (park.settings.get(HISTORY_SETTING) or {}).items()
        }
        row = history.setdefault(str(int(year)), {})
        if value is None:
            row.pop(quantity, None)
            if not row:
                history.pop(str(int(year)))
        else:
            row[quantity] = float(value)
        super().__init__(HISTORY_SETTING, history)
        self.text = f"Enter {quantity} of {year}"
