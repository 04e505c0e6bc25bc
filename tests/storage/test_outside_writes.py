"""Issue 19, failures 1 and 2: another program writes the project file while EcoPark has it open.

QGIS is simulated by GDAL (pyogrio) and SQLite writing the same file. Nothing EcoPark or the
other program wrote may be lost without the planner being told.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
import shapely

from ecopark.commands import AddObjects, CommandStack, RemoveObjects, ReplaceObjects
from ecopark.model import Park
from ecopark.storage import load_park, save_park
from ecopark.storage.journal import Journal, journal_path, recover
from ecopark.storage.rebase import reload_and_reapply
from ecopark.storage.watch import FileBusyError, FileChangedError, FileStamp, other_writer
from factories import full_firm, small_park
from outside_writer import outside_edit


def _gpkg_blob(geometry: shapely.Geometry, srs_id: int = 4550) -> bytes:
    """A GeoPackage geometry blob (no envelope, little-endian), as QGIS writes one."""
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + shapely.to_wkb(geometry, byte_order=1)


def _qgis_renames_and_moves_a_firm_and_adds_a_zone(path: Path) -> None:
    with outside_edit(path) as con:
        con.execute(
            "UPDATE firms SET name = '新名字 (QGIS)', geom = ? "
            "WHERE firm_id = 'F2' AND scenario_id = 'base'",
            (_gpkg_blob(shapely.Point(2600, 800)),),
        )
    zone = gpd.GeoDataFrame(
        {"scenario_id": ["base"], "zone_id": ["Z9"], "name": ["QGIS zone"],
         "kind": ["reserve"], "industrial": [0]},
        geometry=[shapely.MultiPolygon([shapely.box(6000, 0, 6500, 500)])],
        crs="EPSG:4550",
    )  # fmt: skip
    pyogrio.write_dataframe(zone, path, layer="zones", append=True)


def _five_edits(stack: CommandStack) -> None:
    park = stack.park
    f1 = park.scenario("base").firms["F1"]
    stack.push(ReplaceObjects("base", [f1.with_changes(iav_10k_rmb=99_000.0)]))
    stack.push(AddObjects("base", [full_firm("F9", 600, 600)]))
    z1 = park.scenario("base").zones["Z1"]
    stack.push(ReplaceObjects("base", [z1.with_changes(name="港口区 (改)")]))
    f9 = park.scenario("base").firms["F9"]
    stack.push(ReplaceObjects("base", [f9.with_changes(name="新企业")]))
    stack.push(AddObjects("base", [full_firm("F8", 700, 700)]))


def _opened(tmp_path: Path) -> tuple[Path, Park, CommandStack, Journal]:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    park = load_park(path)
    stack = CommandStack(park)
    journal = Journal(path)
    journal.attach(stack)
    return path, park, stack, journal


def test_journal_edits_survive_an_outside_write_and_a_crash(tmp_path: Path) -> None:
    """Failure 1: 5 journaled edits, QGIS commits one edit, EcoPark is killed: on restart the
    5 edits are merged into the file as QGIS left it, and the journal is kept."""
    path, _, stack, journal = _opened(tmp_path)
    _five_edits(stack)
    journal.close()  # killed: no save, no checkpoint
    _qgis_renames_and_moves_a_firm_and_adds_a_zone(path)
    status = Journal.status(path)
    assert status.stale and status.recoverable == 5  # offered, not deleted
    reopened = load_park(path)
    report = recover(reopened, path)
    assert report.file_changed and report.conflicts == [] and len(report.applied) == 5
    base = reopened.scenario("base")
    assert base.firms["F1"].iav_10k_rmb == 99_000.0
    assert base.firms["F9"].name == "新企业" and "F8" in base.firms
    assert base.zones["Z1"].name == "港口区 (改)"
    assert base.firms["F2"].name == "新名字 (QGIS)"  # the outside edit is kept too
    assert base.firms["F2"].geometry.equals(shapely.Point(2600, 800))
    assert "Z9" in base.zones
    assert journal_path(path).exists()  # kept until the planner saves or discards


def test_a_field_both_changed_is_listed_as_a_conflict_by_object_and_field(tmp_path: Path) -> None:
    path, park, stack, journal = _opened(tmp_path)
    f2 = park.scenario("base").firms["F2"]
    stack.push(ReplaceObjects("base", [f2.with_changes(name="EcoPark name", employees=77)]))
    stack.push(RemoveObjects("base", [("zones", "Z3")]))
    journal.close()
    _qgis_renames_and_moves_a_firm_and_adds_a_zone(path)
    with outside_edit(path) as con:
        con.execute("UPDATE zones SET name = 'QGIS city' WHERE zone_id = 'Z3'")
    reopened = load_park(path)
    report = recover(reopened, path)
    lines = [c.line() for c in report.conflicts]
    assert any("firms F2 (scenario base) name" in x and "EcoPark name" in x for x in lines)
    assert any("zones Z3 (scenario base) name" in x and "not deleted" in x for x in lines)
    f2_now = reopened.scenario("base").firms["F2"]
    assert f2_now.name == "新名字 (QGIS)" and f2_now.employees == 77  # the field only we changed
    assert "Z3" in reopened.scenario("base").zones
    assert journal_path(path).exists()


def test_save_refuses_to_overwrite_what_another_program_wrote(tmp_path: Path) -> None:
    """Failure 2: EcoPark opens and edits; QGIS renames and moves a firm and adds a zone;
    EcoPark's save says so instead of dropping the QGIS edits; reload-and-reapply keeps both."""
    path, park, stack, journal = _opened(tmp_path)
    stamp = FileStamp.of(path)
    _five_edits(stack)
    _qgis_renames_and_moves_a_firm_and_adds_a_zone(path)
    outside = path.read_bytes()
    with pytest.raises(FileChangedError, match="p.gpkg was changed by another program"):
        save_park(park, path, expected=stamp)
    assert path.read_bytes() == outside  # nothing of the QGIS edits lost
    merged, report = reload_and_reapply(path, journal.records())
    assert report.clean and len(report.applied) == 5
    assert merged.scenario("base").firms["F2"].name == "新名字 (QGIS)"
    assert merged.scenario("base").firms["F1"].iav_10k_rmb == 99_000.0
    new_stamp = save_park(merged, path, expected=FileStamp.of(path))
    again = load_park(path)
    assert "Z9" in again.scenario("base").zones and "F8" in again.scenario("base").firms
    assert new_stamp == FileStamp.of(path)


def test_overwrite_on_purpose_and_save_as_still_work(tmp_path: Path) -> None:
    path, park, stack, _ = _opened(tmp_path)
    stamp = FileStamp.of(path)
    _five_edits(stack)
    _qgis_renames_and_moves_a_firm_and_adds_a_zone(path)
    save_park(park, tmp_path / "copy.gpkg", expected=None)  # save as a new file
    save_park(park, path, expected=stamp, overwrite=True)
    assert "Z9" not in load_park(path).scenario("base").zones


def test_touching_the_file_without_changing_it_is_not_a_change(tmp_path: Path) -> None:
    path, park, _, _ = _opened(tmp_path)
    stamp = FileStamp.of(path)
    os.utime(path, ns=(1, 1))
    save_park(park, path, expected=stamp)


@pytest.mark.parametrize("mode", ["wal", "lock"])
def test_a_file_held_open_for_writing_is_never_replaced(tmp_path: Path, mode: str) -> None:
    """Failure 2, reverse: QGIS holds the file open for editing (WAL, or a write transaction);
    EcoPark's save must not rename over it, or QGIS's later commit lands in a dead file."""
    path, park, _, _ = _opened(tmp_path)
    stamp = FileStamp.of(path)
    inode = path.stat().st_ino
    other = sqlite3.connect(path, isolation_level=None)
    try:
        if mode == "wal":
            other.execute("PRAGMA journal_mode=WAL")
            other.execute("CREATE TABLE qgis_scratch (x)")  # leaves the -wal file while open
        else:
            other.execute("BEGIN IMMEDIATE")
        assert other_writer(path)
        with pytest.raises(FileBusyError, match="p.gpkg"):
            save_park(park, path, expected=stamp, overwrite=True)
        assert path.stat().st_ino == inode
    finally:
        other.close()
    assert other_writer(path) is None
