"""The project value: a named group of map objects with an owner, years, investment and subsidy.

A project is park-wide (not per scenario): its members are (layer, object id) pairs, and object
ids are shared by the scenarios that copy the baseline, so one project describes the same pipe in
the plan and in a monitoring scenario. It is frozen like the map objects; an edit replaces it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ecopark.model import EcoParkError, Park

PROJECTS_SETTING = "projects"
"""Key of the project list in ``park.settings`` while the park is open."""

SAFEGUARDS_SETTING = "work_plan_safeguards"
"""``{"organisation" | "policy" | "funding" | "monitoring": text}``"""
HISTORY_SETTING = "baseline_history"
"""``{"2022": {"iav_10k_rmb": 1.2e6, ...}, ...}``: park-level quantities entered per year."""
SAFEGUARD_TOPICS: tuple[str, ...] = ("organisation", "policy", "funding", "monitoring")

PROJECT_KINDS: tuple[str, ...] = (
    "pipeline",
    "facility",
    "boiler_replacement",
    "symbiosis",
    "measure",
)
PARK_COMMITTEE = "park_committee"
"""Owner value meaning the park management committee (any other owner is a firm id)."""
MEMBER_LAYERS: tuple[str, ...] = ("pipelines", "facilities", "firms", "exchanges", "zones")


class ProjectError(EcoParkError):
    """A project holds an unusable value (empty id, unknown kind, years reversed...)."""


def _year(pid: str, name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        raise ProjectError(f"project {pid}: {name} {value!r} must be a year like 2027")
    return value


@dataclass(frozen=True, kw_only=True)
class Project:
    """One key project of the work plan."""

    project_id: str
    name: str
    kind: str
    owner: str = PARK_COMMITTEE
    start_year: int
    completion_year: int
    investment_10k_rmb: float | None = None
    """None: priced from the cost table (:mod:`ecopark.projects.pricing`)."""
    subsidy_rate: float | None = None
    """Fraction 0–1; None: the park's subsidy rate (cost table setting, 8.5 % by default)."""
    description: str = ""
    members: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        pid = self.project_id
        if not isinstance(pid, str) or not pid.strip():
            raise ProjectError("a project needs an id")
        if not isinstance(self.name, str) or not self.name.strip():
            raise ProjectError(f"project {pid}: the name cannot be empty")
        if self.kind not in PROJECT_KINDS:
            raise ProjectError(
                f"project {pid}: kind {self.kind!r} is not one of {', '.join(PROJECT_KINDS)}"
            )
        if not isinstance(self.owner, str) or not self.owner.strip():
            raise ProjectError(f"project {pid}: the owner cannot be empty")
        _year(pid, "start year", self.start_year)
        _year(pid, "completion year", self.completion_year)
        if self.completion_year < self.start_year:
            raise ProjectError(
                f"project {pid}: completion year {self.completion_year} is before the start "
                f"year {self.start_year}"
            )
        for name, value, high in (
            ("investment", self.investment_10k_rmb, math.inf),
            ("subsidy rate", self.subsidy_rate, 1.0),
        ):
            if value is None:
                continue
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or not 0 <= value <= high
            ):
                raise ProjectError(f"project {pid}: {name} {value!r} is not usable")
        members = tuple((str(layer), str(oid)) for layer, oid in self.members)
        for layer, _oid in members:
            if layer not in MEMBER_LAYERS:
                raise ProjectError(f"project {pid}: a member on layer {layer!r} cannot be grouped")
        object.__setattr__(self, "members", members)
        if self.investment_10k_rmb is not None:
            object.__setattr__(self, "investment_10k_rmb", float(self.investment_10k_rmb))
        if self.subsidy_rate is not None:
            object.__setattr__(self, "subsidy_rate", float(self.subsidy_rate))

    def with_changes(self, **changes: Any) -> Project:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """A JSON-friendly record (the setting value, the journal, the file tables)."""
        return {
            "project_id": self.project_id,
            "name": self.name,
            "kind": self.kind,
            "owner": self.owner,
            "start_year": self.start_year,
            "completion_year": self.completion_year,
            "investment_10k_rmb": self.investment_10k_rmb,
            "subsidy_rate": self.subsidy_rate,
            "description": self.description,
            "members": [list(m) for m in self.members],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Project:
        try:
            return cls(
                project_id=str(data["project_id"]),
                name=str(data["name"]),
                kind=str(data["kind"]),
                owner=str(data.get("owner") or PARK_COMMITTEE),
                start_year=int(data["start_year"]),
                completion_year=int(data["completion_year"]),
                investment_10k_rmb=_opt_float(data.get("investment_10k_rmb")),
                subsidy_rate=_opt_float(data.get("subsidy_rate")),
                description=str(data.get("description") or ""),
                members=tuple((str(m[0]), str(m[1])) for m in data.get("members") or ()),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ProjectError(f"a project record is damaged ({exc})") from exc


def _opt_float(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def projects_of(park: Park) -> list[Project]:
    """The park's projects in their stored order."""
    return projects_in(park.settings)


def projects_in(settings: Mapping[str, Any]) -> list[Project]:
    """The projects held in a settings mapping."""
    raw = settings.get(PROJECTS_SETTING) or []
    if not isinstance(raw, list):
        raise ProjectError("park setting projects must be a list of projects")
    return [Project.from_json(r) for r in raw]


def projects_value(projects: list[Project]) -> list[dict[str, Any]]:
    """The setting value of a project list (refuses duplicate ids)."""
    seen: set[str] = set()
    for p in projects:
        if p.project_id in seen:
            raise ProjectError(f"project id {p.project_id} is used twice")
        seen.add(p.project_id)
    return [p.to_json() for p in projects]
