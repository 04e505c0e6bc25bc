"""The completion year of each grouped object: the timeline (issue 17 part B) reads it."""

from __future__ import annotations

import pytest

from ecopark.model import Park
from ecopark.projects import Project, ProjectError, completion_years
from ecopark.projects.model import projects_value


def _project(pid: str, year: int, *members: tuple[str, str]) -> Project:
    return Project(
        project_id=pid,
        name=f"project {pid}",
        kind="pipeline",
        start_year=year - 1,
        completion_year=year,
        members=members,
    )


def test_an_object_enters_service_when_its_last_project_is_complete() -> None:
    park = Park("p", "EPSG:32651")
    park.settings["projects"] = projects_value(
        [
            _project("P1", 2027, ("pipelines", "L1")),
            _project("P2", 2029, ("pipelines", "L1"), ("facilities", "CHP")),
        ]
    )
    assert completion_years(park) == {("pipelines", "L1"): 2029, ("facilities", "CHP"): 2029}


def test_a_park_without_projects_has_no_completion_years() -> None:
    assert completion_years(Park("p", "EPSG:32651")) == {}


def test_a_project_refuses_reversed_years_and_an_empty_name() -> None:
    with pytest.raises(ProjectError, match="before the start"):
        Project(project_id="P", name="x", kind="measure", start_year=2028, completion_year=2027)
    with pytest.raises(ProjectError, match="name"):
        Project(project_id="P", name=" ", kind="measure", start_year=2027, completion_year=2027)
