"""A file written in format version 1 (before the energy, hydraulic and indicator columns and the
seed-004 HJ 274 numbering) opens in version 2: new columns read as not recorded, entered values
land on the rows they were typed for, and the next save writes version 2."""

from __future__ import annotations

import json
import sqlite3

from ecopark.model import Scenario
from ecopark.storage import SCHEMA_VERSION, load_park, read_schema_version, save_park
from parks import tiny_park


def _make_version_1(path) -> None:
    """Turn a freshly saved file into what version 1 wrote: no new columns, old HJ 274 ids."""
    with sqlite3.connect(path) as con:
        for column in ("coal_t", "electricity_mwh", "steam_mp_min_mpa"):
            con.execute(f'ALTER TABLE firms DROP COLUMN "{column}"')
        settings = json.loads(con.execute("SELECT settings_json FROM park").fetchone()[0] or "{}")
        settings.pop("indicator_ids", None)
        con.execute(
            "UPDATE park SET schema_version = 1, settings_json = ?", (json.dumps(settings),)
        )
        con.execute("UPDATE entered_values SET indicator_id = '2.1'")  # old 2.1: energy per IAV


def test_a_version_1_file_opens_with_new_columns_unrecorded_and_old_ids_renumbered(tmp_path):
    park = tiny_park()
    sid = next(iter(park.scenarios))
    park.scenario(sid).entered_values["2.2"] = 0.42
    path = tmp_path / "v1.gpkg"
    save_park(park, path)
    _make_version_1(path)
    assert read_schema_version(path) == 1

    loaded = load_park(path)
    scenario: Scenario = loaded.scenario(sid)
    firms = list(scenario.firms.values())
    assert firms and all(f.coal_t is None and f.electricity_mwh is None for f in firms)
    assert all(f.steam_mp_min_mpa is None for f in firms)
    assert scenario.entered_values == {"2.2": 0.42}  # typed as energy per IAV, kept there

    save_park(loaded, path)
    assert read_schema_version(path) == SCHEMA_VERSION >= 2
    assert load_park(path).scenario(sid).entered_values == {"2.2": 0.42}
