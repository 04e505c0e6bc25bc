"""Issue 19, failures 4 and 5: read what the file holds, and open a project with bad rows.

Other programs write the file with GDAL or SQLite (as QGIS does); EcoPark must not coerce text
in a numeric column into a number, must say when a file is damaged, and must open the good rows
of a project that has a bad one, listing the bad one by layer, fid, field and value.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely

from ecopark.cli import main
from ecopark.model import ProjectFileError
from ecopark.storage import load_park, save_park
from ecopark.storage.integrity import DamagedFileError
from factories import small_park
from outside_writer import outside_edit


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    return path


def _fid(path: Path, layer: str, column: str, value: str) -> int:
    with sqlite3.connect(path) as con:
        return int(
            con.execute(f'SELECT fid FROM "{layer}" WHERE "{column}" = ?', (value,)).fetchone()[0]
        )


def _text_in_numeric_column(path: Path) -> int:
    """What a QGIS user can type into a REAL column of a GeoPackage: SQLite keeps the text."""
    fid = _fid(path, "firms", "firm_id", "F1")
    with outside_edit(path) as con:
        con.execute("UPDATE firms SET iav_10k_rmb = '12 万' WHERE fid = ?", (fid,))
    return fid


def test_text_in_a_numeric_column_is_refused_naming_layer_fid_field_and_value(
    tmp_path: Path,
) -> None:
    path = _saved(tmp_path)
    fid = _text_in_numeric_column(path)
    # GDAL alone reads the text as the number 12: the wrong value the issue reports
    frame = pyogrio.read_dataframe(path, layer="firms", read_geometry=False)
    assert 12.0 in frame["iav_10k_rmb"].tolist()
    with pytest.raises(ProjectFileError) as caught:
        load_park(path)
    text = str(caught.value)
    assert f"firms fid {fid}" in text and "iav_10k_rmb" in text and "12 万" in text


def test_bad_rows_are_set_aside_and_the_rest_opens(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    fid = _text_in_numeric_column(path)
    park = load_park(path, set_aside=True)
    assert "F1" not in park.scenario("base").firms  # not evaluated with a wrong number
    assert "F2" in park.scenario("base").firms
    [row] = [r for r in park.needs_attention if r.layer == "firms"]
    assert (row.layer, row.fid, row.scenario_id) == ("firms", fid, "base")
    # the exchanges of F1 cannot stand without it: set aside too, saying why
    exchanges = [r for r in park.needs_attention if r.layer == "exchanges"]
    assert exchanges and all("'F1'" in r.summary() for r in exchanges)
    [problem] = row.problems
    assert problem.field == "iav_10k_rmb" and problem.value == "'12 万'"
    assert row.values["iav_10k_rmb"] == "12 万"  # kept as stored, to be fixed by the planner


def test_set_aside_rows_survive_a_save_and_are_listed_again(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    _text_in_numeric_column(path)
    park = load_park(path, set_aside=True)
    again_path = tmp_path / "again.gpkg"
    save_park(park, again_path)
    again = load_park(again_path, set_aside=True)
    assert [r.key for r in again.needs_attention] == [r.key for r in park.needs_attention]
    assert [r.problems for r in again.needs_attention] == [r.problems for r in park.needs_attention]
    assert again.needs_attention[0].values["firm_id"] == "F1"


def test_a_zone_with_only_a_name_added_by_gdal_does_not_lock_the_project(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    zone = gpd.GeoDataFrame(
        {"name": ["new zone from QGIS"]},
        geometry=[shapely.box(6000, 0, 6500, 500)],
        crs="EPSG:4550",
    )
    pyogrio.write_dataframe(zone, path, layer="zones", append=True)
    fid = _fid(path, "zones", "name", "new zone from QGIS")
    with pytest.raises(ProjectFileError):
        load_park(path)
    park = load_park(path, set_aside=True)
    assert len(park.scenario("base").zones) == 4  # the good zones all open
    [row] = park.needs_attention
    assert (row.layer, row.fid) == ("zones", fid)
    assert {p.field for p in row.problems} == {"zone_id"}
    assert row.problems[0].value == "NULL"


def _damaged_copy(path: Path, tmp_path: Path) -> Path:
    bad = tmp_path / "damaged.gpkg"
    shutil.copy(path, bad)
    with sqlite3.connect(path) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'firms'").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(bad.read_bytes())
    offset = (root - 1) * size
    data[offset : offset + 8] = b"\x0d\x00\x00\x00\x09\xff\xff\x00"  # a damaged page header
    bad.write_bytes(bytes(data))
    return bad


def test_a_file_failing_quick_check_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    bad = _damaged_copy(_saved(tmp_path), tmp_path)
    with pytest.raises(DamagedFileError) as caught:
        load_park(bad, set_aside=True)
    assert "damaged.gpkg is damaged" in str(caught.value)


@pytest.mark.parametrize("command", ["info", "evaluate"])
def test_cli_reports_unreadable_rows_and_evaluates_the_rest(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _saved(tmp_path)
    fid = _text_in_numeric_column(path)
    assert main([command, str(path)]) == 0
    out, err = capsys.readouterr()
    [line] = [x for x in err.splitlines() if "unreadable row: firms" in x]
    assert f"firms fid {fid}: iav_10k_rmb = '12 万'" in line
    assert "辽滨测试园区" in out
    assert main([command, str(path), "--strict"]) == 2


def test_cli_export_reports_unreadable_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _saved(tmp_path)
    _text_in_numeric_column(path)
    plan = tmp_path / "plan.xlsx"
    assert main(["export", str(path), "--excel", str(plan)]) == 0
    assert plan.exists()
    assert "iav_10k_rmb" in capsys.readouterr().err
    assert main(["export", str(path), "--excel", str(tmp_path / "b.xlsx"), "--strict"]) == 2
    assert not (tmp_path / "b.xlsx").exists()


def test_cli_refuses_a_damaged_file_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _damaged_copy(_saved(tmp_path), tmp_path)
    for command in ("info", "evaluate"):
        assert main([command, str(bad)]) == 2
        assert "damaged.gpkg is damaged" in capsys.readouterr().err


def test_a_set_aside_row_is_fixed_or_deleted_with_undo(tmp_path: Path) -> None:
    from ecopark.commands import CommandStack, ResolveAttention
    from ecopark.commands.attention import draft_fields
    from ecopark.commands.serialize import command_from_json, command_to_json
    from ecopark.model import Firm

    path = _saved(tmp_path)
    fid = _text_in_numeric_column(path)
    park = load_park(path, set_aside=True)
    stack = CommandStack(park)
    before = len(park.needs_attention)
    draft = draft_fields(park.needs_attention[0])
    assert "iav_10k_rmb" not in draft and draft["firm_id"] == "F1"
    fixed = Firm(**{**draft, "iav_10k_rmb": 120_000.0})  # "12 万" meant 120,000 (10^4 RMB)
    command = ResolveAttention(("firms", fid), fixed, "base")
    stack.push(command)
    assert park.scenario("base").firms["F1"].iav_10k_rmb == 120_000.0
    assert len(park.needs_attention) == before - 1
    # the journal can write and read the command, with the state its undo needs
    again = command_from_json(command_to_json(command, with_state=True))
    assert isinstance(again, ResolveAttention) and again.row == command.row
    stack.undo()
    assert "F1" not in park.scenario("base").firms and len(park.needs_attention) == before
    stack.push(ResolveAttention(("firms", fid)))
    assert len(park.needs_attention) == before - 1
    save_park(park, tmp_path / "after.gpkg")
    kept = load_park(tmp_path / "after.gpkg", set_aside=True).needs_attention
    assert ("firms", fid) not in [r.key for r in kept]
