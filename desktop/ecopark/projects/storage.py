"""The work plan's tables in the GeoPackage (docs/file-format.md, "Work plan tables").

While a park is open the projects, safeguard texts and baseline history live in
``park.settings`` (edited by the commands of :mod:`ecopark.projects.commands`); on disk they are
ordinary non-spatial tables a reader of the file can query, not JSON inside the settings. A file
without these tables (older, or no work plan yet) loads with none: nothing to migrate.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from ecopark.projects.model import (
    HISTORY_SETTING,
    PROJECTS_SETTING,
    SAFEGUARDS_SETTING,
    Project,
    ProjectError,
    projects_in,
)

STORED_SETTINGS: tuple[str, ...] = (PROJECTS_SETTING, SAFEGUARDS_SETTING, HISTORY_SETTING)
"""Settings written to their own tables instead of the park table's settings_json."""

TABLE_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "projects": [
        ("project_id", "object"),
        ("position", "int64"),
        ("name", "object"),
        ("kind", "object"),
        ("owner", "object"),
        ("start_year", "int64"),
        ("completion_year", "int64"),
        ("investment_10k_rmb", "float64"),
        ("subsidy_rate", "float64"),
        ("description", "object"),
    ],
    "project_members": [("project_id", "object"), ("layer", "object"), ("object_id", "object")],
    "work_plan_texts": [("topic", "object"), ("text", "object")],
    "baseline_history": [("year", "int64"), ("quantity", "object"), ("value", "float64")],
}


def settings_for_json(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings that stay in settings_json."""
    return {k: v for k, v in settings.items() if k not in STORED_SETTINGS}


def table_rows(settings: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows of each work-plan table (tables with no rows are left out of the file)."""
    projects = projects_in(settings)
    out: dict[str, list[dict[str, Any]]] = {
        "projects": [
            {
                "project_id": p.project_id,
                "position": i,
                "name": p.name,
                "kind": p.kind,
                "owner": p.owner,
                "start_year": p.start_year,
                "completion_year": p.completion_year,
                "investment_10k_rmb": p.investment_10k_rmb,
                "subsidy_rate": p.subsidy_rate,
                "description": p.description,
            }
            for i, p in enumerate(projects)
        ],
        "project_members": [
            {"project_id": p.project_id, "layer": layer, "object_id": oid}
            for p in projects
            for layer, oid in p.members
        ],
        "work_plan_texts": [
            {"topic": t, "text": str(text)}
            for t, text in sorted((settings.get(SAFEGUARDS_SETTING) or {}).items())
        ],
        "baseline_history": [
            {"year": int(y), "quantity": q, "value": float(v)}
            for y, row in sorted((settings.get(HISTORY_SETTING) or {}).items())
            for q, v in sorted(row.items())
        ],
    }
    return {name: rows for name, rows in out.items() if rows}


def _opt(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def settings_from_tables(
    present: set[str], read: Callable[[str], list[dict[str, Any]]]
) -> dict[str, Any]:
    """The work-plan settings from the tables ``present`` in a file (``read(name)`` gives rows).

    A damaged row raises ValueError (the loader reports a damaged project file)."""
    try:
        return _settings_from_tables(present, read)
    except (ProjectError, KeyError, TypeError) as exc:
        raise ValueError(f"work plan tables: {exc}") from exc


def _settings_from_tables(
    present: set[str], read: Callable[[str], list[dict[str, Any]]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "projects" in present:
        members: dict[str, list[tuple[str, str]]] = {}
        if "project_members" in present:
            for row in read("project_members"):
                members.setdefault(str(row["project_id"]), []).append(
                    (str(row["layer"]), str(row["object_id"]))
                )
        rows = sorted(read("projects"), key=lambda r: int(r["position"]))
        out[PROJECTS_SETTING] = [
            Project(
                project_id=str(r["project_id"]),
                name=str(r["name"]),
                kind=str(r["kind"]),
                owner=str(r["owner"]),
                start_year=int(r["start_year"]),
                completion_year=int(r["completion_year"]),
                investment_10k_rmb=_opt(r["investment_10k_rmb"]),
                subsidy_rate=_opt(r["subsidy_rate"]),
                description=str(r["description"] or ""),
                members=tuple(members.get(str(r["project_id"]), ())),
            ).to_json()
            for r in rows
        ]
    if "work_plan_texts" in present:
        out[SAFEGUARDS_SETTING] = {str(r["topic"]): str(r["text"]) for r in read("work_plan_texts")}
    if "baseline_history" in present:
        history: dict[str, dict[str, float]] = {}
        for r in read("baseline_history"):
            history.setdefault(str(int(r["year"])), {})[str(r["quantity"])] = float(r["value"])
        out[HISTORY_SETTING] = history
    return out
