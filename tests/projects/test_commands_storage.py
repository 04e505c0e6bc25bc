"""Project edits are undoable, and the work plan survives a save and a load as its own tables."""

from __future__ import annotations

from pathlib import Path

import pyogrio
import pytest
from tests.factories import small_park

from ecopark.commands import CommandStack
from ecopark.model import Park
from ecopark.projects import Project, ProjectError, projects_of
from ecopark.projects.commands import (
    AddProjects,
    EditProject,
    RegroupProjects,
    RemoveProjects,
    ReplaceAllProjects,
    SetHistoryValue,
    SetSafeguardText,
)
from ecopark.storage.gpkg import load_park, save_park


def _p(pid: str, *members: tuple[str, str], rate: float | None = None) -> Project:
    return Project(
        project_id=pid,
        name=f"Steam pipeline {pid}",
        kind="pipeline",
        start_year=2026,
        completion_year=2028,
        subsidy_rate=rate,
        members=members,
    )


def _ids(park: Park) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    return [(p.project_id, p.members) for p in projects_of(park)]


def test_every_project_edit_is_undone_and_redone() -> None:
    park = Park("p", "EPSG:32651")
    stack = CommandStack(park)
    states = [_ids(park)]
    edits = [
        lambda: AddProjects(park, [_p("P1", ("pipelines", "L1")), _p("P2", ("pipelines", "L2"))]),
        lambda: EditProject(park, projects_of(park)[0].with_changes(name="Renamed", owner="F1")),
        lambda: RegroupProjects(park, {("pipelines", "L2"): "P1"}),
        lambda: RemoveProjects(park, ["P2"]),
        lambda: ReplaceAllProjects([_p("P9", ("facilities", "C1"))]),
        lambda: SetSafeguardText(park, "funding", "Special fund of the park, 2 亿元"),
        lambda: SetHistoryValue(park, 2022, "iav_10k_rmb", 1.5e6),
    ]
    snapshots = [dict(park.settings)]
    for make in edits:
        stack.push(make())
        snapshots.append({k: v for k, v in park.settings.items()})
        states.append(_ids(park))
    assert _ids(park) == [("P9", (("facilities", "C1"),))]
    assert states[3][0] == ("P1", (("pipelines", "L1"), ("pipelines", "L2")))
    for expected in reversed(snapshots[:-1]):
        stack.undo()
        assert park.settings == expected
    for expected in snapshots[1:]:
        stack.redo()
        assert park.settings == expected


def test_an_edit_of_an_unknown_project_is_refused() -> None:
    park = Park("p", "EPSG:32651")
    with pytest.raises(ProjectError, match="no project P7"):
        EditProject(park, _p("P7"))
    with pytest.raises(ProjectError, match="used twice"):
        AddProjects(park, [_p("P1"), _p("P1")])


def test_the_work_plan_is_saved_as_tables_and_loaded_back(tmp_path: Path) -> None:
    park = small_park()
    stack = CommandStack(park)
    stack.push(AddProjects(park, [_p("P1", ("pipelines", "L1"), rate=0.123), _p("P2")]))
    stack.push(SetSafeguardText(park, "organisation", "领导小组 Steering group"))
    stack.push(SetHistoryValue(park, 2021, "iav_10k_rmb", 1.25e6))
    path = tmp_path / "p.gpkg"
    save_park(park, path)
    layers = {row[0] for row in pyogrio.list_layers(path)}
    assert {"projects", "project_members", "work_plan_texts", "baseline_history"} <= layers
    members = pyogrio.read_dataframe(path, layer="project_members")
    assert list(members["object_id"]) == ["L1"]
    meta = pyogrio.read_dataframe(path, layer="park")
    assert "projects" not in meta["settings_json"][0]
    loaded = load_park(path)
    assert projects_of(loaded) == projects_of(park)
    assert projects_of(loaded)[0].subsidy_rate == pytest.approx(0.123)
    assert loaded.settings["work_plan_safeguards"] == {"organisation": "领导小组 Steering group"}
    assert loaded.settings["baseline_history"] == {"2021": {"iav_10k_rmb": 1.25e6}}


def test_a_file_without_work_plan_tables_loads_with_no_projects(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    save_park(small_park(), path)
    assert projects_of(load_park(path)) == []


def test_the_file_format_page_documents_the_work_plan_tables() -> None:
    from ecopark.projects.storage import TABLE_COLUMNS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text("utf-8")
    for table, columns in TABLE_COLUMNS.items():
        assert f"### `{table}`" in doc, f"docs/file-format.md does not describe {table}"
        for name, _dtype in columns:
            assert f"`{name}`" in doc, f"docs/file-format.md lacks {table}.{name}"
