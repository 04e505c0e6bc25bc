"""A file written in format version 2 (before years in service, industry codes and the work-plan
tables) opens in version 3 with those read as not set, and the next save writes version 3; a
version-2 reader is refused a version-3 file (it would drop the new data on save)."""

from __future__ import annotations

import sqlite3

from ecopark.projects.model import Project, projects_of, projects_value
from ecopark.storage import SCHEMA_VERSION, load_park, read_schema_version, save_park
from parks import tiny_park

NEW_TABLES = ("projects", "project_members", "work_plan_texts", "baseline_history")


def _make_version_2(path) -> None:
    """Turn a freshly saved file into what version 2 wrote."""
    with sqlite3.connect(path) as con:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in NEW_TABLES:
            if table in present:
                con.execute(f'DROP TABLE "{table}"')
                con.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
        for layer in ("zones", "firms", "facilities", "pipelines", "exchanges"):
            con.execute(f'ALTER TABLE {layer} DROP COLUMN "year_in_service"')
        con.execute('ALTER TABLE firms DROP COLUMN "industry_code"')
        con.execute("UPDATE park SET schema_version = 2")


def test_a_version_2_file_opens_without_years_codes_or_projects_and_saves_as_3(tmp_path):
    park = tiny_park()
    sid = next(iter(park.scenarios))
    firm = next(iter(park.scenario(sid).firms.values()))
    park.scenario(sid).firms[firm.id] = firm.with_changes(year_in_service=2027, industry_code="26")
    park.settings["projects"] = projects_value(
        [Project(project_id="P1", name="Steam pipe", kind="measure", start_year=2025,
                 completion_year=2027)]  # fmt: skip
    )
    path = tmp_path / "v2.gpkg"
    save_park(park, path)
    assert len(projects_of(load_park(path))) == 1  # the tables are really written
    _make_version_2(path)
    assert read_schema_version(path) == 2

    loaded = load_park(path)
    got = next(iter(loaded.scenario(sid).firms.values()))
    assert got.year_in_service is None
    assert not got.industry_code
    assert projects_of(loaded) == []

    save_park(loaded, path)
    assert read_schema_version(path) == SCHEMA_VERSION == 3
