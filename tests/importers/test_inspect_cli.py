"""``ecopark inspect FILE``: exit 0 when importable, 2 with the file named when not; no trace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ecopark.cli import main

EXIT: dict[str, int] = {
    "bad/geojson/15_bad_json_syntax.geojson": 2,
    "bad/geojson/16_unclosed_ring.geojson": 0,  # importable after repair
    "bad/geojson/17_self_intersecting_hourglass.geojson": 0,  # importable after repair
    "bad/geojson/19_legacy_crs_member.geojson": 2,
    "bad/geojson/20_mixed_geometry_types.geojson": 0,
    "bad/gpkg/01_empty_no_layers.gpkg": 2,
    "bad/gpkg/02_null_geometry.gpkg": 0,
    "bad/gpkg/03_v12_bad_attributes.gpkg": 0,
    "bad/gpkg/05_test_gpkg_nulls.gpkg": 0,
    "bad/gpkg/06_curvepolygon.gpkg": 0,
    "bad/gpkg/07_multisurface.gpkg": 0,
    "bad/shp/08_corrupt_too_long/corrupt_too_long.shp": 0,
    "bad/shp/09_empty/empty.shp": 2,
    "bad/shp/10_null_shapes/null.shp": 0,
    "bad/shp/11_missing_shx/singleton.shp": 2,
    "bad/shp/13_latin1_dbf_no_cpg/latin1-property.shp": 0,
    "bad/shp/14_tin_multipatch/test_tin.shp": 2,
    "dxf/broken/R12_with_trash_beyond_EOF.dxf": 0,
    "dxf/broken/bin_dxf_r13.dxf": 0,
    "dxf/broken/duplicate_handles.dxf": 0,
    "dxf/broken/recover01.dxf": 0,
    "dxf/houses_of_parliament_georeferenced_ac1032.dxf": 0,
    "dxf/lot_plan_bel_air_technical_description_ac1018.dxf": 0,
    "osm/helsinki_centre_pipelines.gpkg": 0,
    "osm/liechtenstein_2013_industrial.gpkg": 0,
}


@pytest.mark.parametrize("relative", sorted(EXIT))
def test_inspect_exit_code_and_message(
    shared_dir: Path, relative: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shared_dir / "data" / relative
    code = main(["inspect", str(path)])
    out, err = capsys.readouterr()
    assert code == EXIT[relative], out + err
    assert "Traceback" not in out + err
    if code == 2:
        assert path.name in err
        assert err.startswith("ecopark: error: ") and err.count("\n") == 1
    else:
        assert f"file: {path}" in out
        assert "summary:" in out


def test_inspect_reports_crs_units_and_problems_per_feature(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["inspect", str(shared_dir / "data" / "bad" / "shp" / "10_null_shapes" / "null.shp")])
    out = capsys.readouterr().out
    assert "crs: EPSG:4326 (from file)" in out
    assert "error: feature 3 geometry: has no geometry (NULL)" in out
    assert "9 feature(s), 5 importable as they are" in out
    dxf = shared_dir / "data" / "dxf" / "lot_plan_bel_air_technical_description_ac1018.dxf"
    main(["inspect", str(dxf)])
    out = capsys.readouterr().out
    assert "units: millimetres (1 unit = 0.001 m; confirm when importing)" in out
    assert "no GEODATA" in out


def test_inspect_changes_nothing(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "data" / "osm" / "helsinki_centre_pipelines.gpkg"
    before = source.stat().st_mtime_ns, source.stat().st_size
    assert main(["inspect", str(source)]) == 0
    assert (source.stat().st_mtime_ns, source.stat().st_size) == before


def test_inspect_in_a_real_process(shared_dir: Path) -> None:
    bad = shared_dir / "data" / "bad" / "gpkg" / "01_empty_no_layers.gpkg"
    good = shared_dir / "data" / "dxf" / "houses_of_parliament_georeferenced_ac1032.dxf"
    run = [sys.executable, "-m", "ecopark.cli"]
    refused = subprocess.run([*run, "inspect", str(bad)], capture_output=True, text=True)
    assert refused.returncode == 2
    assert "01_empty_no_layers.gpkg" in refused.stderr
    assert "Traceback" not in refused.stderr + refused.stdout
    fine = subprocess.run([*run, "inspect", str(good)], capture_output=True, text=True)
    assert fine.returncode == 0, fine.stderr
    assert "crs: EPSG:27700 (from GEODATA)" in fine.stdout


def test_missing_file_and_unsupported_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(tmp_path / "nope.gpkg")]) == 2
    assert "nope.gpkg: no such file" in capsys.readouterr().err
    other = tmp_path / "plan.xlsx"
    other.write_bytes(b"PK")
    assert main(["inspect", str(other)]) == 2
    assert "plan.xlsx" in capsys.readouterr().err
