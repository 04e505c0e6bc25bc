"""Layers read through GDAL's columnar (Arrow) interface (``ecopark.storage.columnar``, through
nanoarrow) give the same columns and the same park as the feature-by-feature reader
(``pyogrio.raw.read``), value for value and type for type, on our own files and on files
another program changed in odd ways (a damaged blob, text in a number column, a NUL in text)."""

from __future__ import annotations

import dataclasses
import sqlite3
import struct
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from ecopark.model import Firm, Park, Pipeline, ProjectFileError, Zone
from ecopark.storage import columnar, load_park, save_park
from factories import small_park
from outside_writer import outside_edit

LAYERS = ("zones", "firms", "facilities", "pipelines", "corridors", "plots", "exchanges")
DEMO_PARKS = sorted((Path(__file__).resolve().parents[2] / "layouts").glob("*.gpkg"))


def varied_park() -> Park:
    """The small park plus values that test the reader: NULL and zero optional quantities,
    Chinese text, a year, a polygon with a hole, multi-part zones, flags both ways."""
    park = small_park()
    ring = [(0, 0), (900, 0), (900, 700), (0, 700)]
    hole = [(100, 100), (200, 100), (200, 200), (100, 200)]
    park.add(
        "plan2030",
        Zone(zone_id="ZH", name="带孔地块", kind="city", geometry=Polygon(ring, [hole])),
    )
    park.add(
        "plan2030",
        Zone(
            zone_id="ZM",
            name="Two parts",
            kind="city",
            geometry=MultiPolygon([box(5000, 0, 5100, 100), box(5200, 0, 5300, 100)]),
        ),
    )
    park.add(
        "plan2030",
        Firm(
            firm_id="FX",
            name="钢铁厂 'quoted' \"twice\"",
            sector="steel",
            geometry=Point(1234.5678901234567, 7654.321),
            energy_tce=0.0,
            fresh_water_m3=1e-300,
            own_boiler=True,
            boiler_count=3,
            year_in_service=2031,
            key_sector=True,
            industry_code="31",
            iav_10k_rmb=123456.78901234567,
        ),
    )
    park.add(
        "plan2030",
        Pipeline(
            pipeline_id="PX", medium="steam_lp", geometry=LineString([(0, 0), (1, 1), (2, 0)])
        ),
    )
    return park


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "p.gpkg"
    save_park(varied_park(), path)
    return path


needs_columnar = pytest.mark.skipif(not columnar.AVAILABLE, reason="nanoarrow is not installed")


def _same_columns(a: columnar.LayerColumns, b: columnar.LayerColumns, layer: str) -> None:
    assert a.fids.dtype == b.fids.dtype and a.fids.tolist() == b.fids.tolist(), layer
    assert list(a.columns) == list(b.columns), layer
    for name, got in a.columns.items():
        want = b.columns[name]
        assert got.dtype == want.dtype, (layer, name, got.dtype, want.dtype)
        gl, wl = got.tolist(), want.tolist()
        assert [type(v) for v in gl] == [type(v) for v in wl], (layer, name)
        assert all(x == y or (x != x and y != y) for x, y in zip(gl, wl, strict=True)), (
            layer,
            name,
        )
    if b.wkb is None:
        assert a.wkb is None
    else:
        assert a.wkb is not None and a.wkb.tolist() == b.wkb.tolist(), layer


@needs_columnar
@pytest.mark.parametrize("source", ["varied", *[p.name for p in DEMO_PARKS]])
def test_columnar_columns_equal_the_feature_by_feature_ones(source: str, saved: Path) -> None:
    path = saved if source == "varied" else next(p for p in DEMO_PARKS if p.name == source)
    layers = {name for name, _ in pyogrio.list_layers(path)}
    checked = 0
    for layer in LAYERS:
        if layer not in layers:
            continue
        spatial = layer != "exchanges"
        fast = columnar._read_arrow(path, layer, spatial)  # raises rather than giving way
        _same_columns(fast, columnar.read_feature_by_feature(path, layer, spatial), layer)
        if spatial:
            assert fast.wkb is not None
            geoms = shapely.from_wkb(fast.wkb)
            assert bool(np.all(~shapely.is_missing(geoms))), layer
        checked += 1
    assert checked >= 5


def _objects(park: Park) -> dict[tuple[str, str, str], dict[str, object]]:
    out = {}
    for sid, scenario in park.scenarios.items():
        for layer, objs in scenario.layers.items():
            for oid, obj in objs.items():
                out[(sid, layer, oid)] = {
                    f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)
                }
    return out


def _same_parks(a: Park, b: Park) -> None:
    oa, ob = _objects(a), _objects(b)
    assert list(oa) == list(ob), "the same objects in the same order"
    for key, values in oa.items():
        for name, va in values.items():
            vb = ob[key][name]
            assert type(va) is type(vb), (key, name, va, vb)
            if isinstance(va, shapely.Geometry):
                assert va.equals_exact(vb, 0) and va.geom_type == vb.geom_type, (key, name)
            else:
                assert va == vb or (va != va and vb != vb), (key, name, va, vb)
    assert [r.summary() for r in a.needs_attention] == [r.summary() for r in b.needs_attention]
    assert a.settings == b.settings and a.name == b.name and a.crs == b.crs


def _load_feature_by_feature(path: Path, monkeypatch: pytest.MonkeyPatch, **kw: bool) -> Park:
    with monkeypatch.context() as m:
        m.setattr(columnar, "AVAILABLE", False)
        return load_park(path, **kw)


@needs_columnar
@pytest.mark.parametrize("source", ["varied", *[p.name for p in DEMO_PARKS]])
def test_a_park_loads_identically_through_either_reader(
    source: str, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved if source == "varied" else next(p for p in DEMO_PARKS if p.name == source)
    used: list[str] = []
    real = columnar._read_arrow

    def watching(path: Path, layer: str, spatial: bool) -> columnar.LayerColumns:
        out = real(path, layer, spatial)
        used.append(layer)
        return out

    with monkeypatch.context() as m:
        m.setattr(columnar, "_read_arrow", watching)
        fast = load_park(path)
    assert len(used) >= 5, "the layers were read through the columnar interface"
    _same_parks(fast, _load_feature_by_feature(path, monkeypatch))


def _edit(path: Path, sql: str, *args: object) -> None:
    with outside_edit(path) as con:
        con.execute(sql, args)


def _add_column(path: Path, column: str, value: str) -> None:
    """A column another program adds to the firms layer (a date, a remark)."""
    name = column.split()[0]
    with outside_edit(path) as con:
        con.execute(f"ALTER TABLE firms ADD COLUMN {column}")
        con.execute(f"UPDATE firms SET {name} = {value}")


def _first_fid(path: Path, layer: str) -> int:
    with sqlite3.connect(path) as con:
        return int(con.execute(f'SELECT min(fid) FROM "{layer}"').fetchone()[0])


def _blob(path: Path, layer: str, fid: int) -> bytes:
    with sqlite3.connect(path) as con:
        return bytes(con.execute(f'SELECT geom FROM "{layer}" WHERE fid = ?', (fid,)).fetchone()[0])


def _set_blob(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Replace the first firm's geometry blob by ``change(blob)``, as a program that does not
    keep the spatial index would (its triggers are dropped: they parse the blob)."""
    fid = _first_fid(path, "firms")
    blob = _blob(path, "firms", fid)
    with sqlite3.connect(path) as con:
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'firms'"
        ).fetchall():
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute("UPDATE firms SET geom = ? WHERE fid = ?", (change(blob), fid))


def _with_z(blob: bytes) -> bytes:
    x, y = struct.unpack("<2d", blob[13:29])
    return blob[:8] + struct.pack("<BI3d", 1, 1001, x, y, 5.0)


def _empty_flagged(blob: bytes) -> bytes:
    return blob[:3] + bytes([blob[3] | 0x10]) + blob[4:]


ODD_FILES = {
    "text in a numeric column": lambda p: _edit(p, "UPDATE firms SET iav_10k_rmb = '12 万'"),
    "a NUL in text": lambda p: _edit(p, "UPDATE firms SET name = 'a' || char(0) || 'b'"),
    "NULL in an integer column": lambda p: _edit(p, "UPDATE firms SET employees = NULL"),
    "NULL in one row of an integer column": lambda p: _edit(
        p, "UPDATE firms SET employees = NULL WHERE fid = (SELECT min(fid) FROM firms)"
    ),
    "NULL text": lambda p: _edit(p, "UPDATE firms SET name = NULL, industry_code = NULL"),
    "a date column added": lambda p: _add_column(p, "visited DATE", "'2024-05-01'"),
    "a text column added": lambda p: _add_column(p, "remark TEXT", "'备注'"),
    "NULL scenario": lambda p: _edit(p, "UPDATE pipelines SET scenario_id = NULL"),
    "a blob in a text column": lambda p: _edit(p, "UPDATE firms SET name = X'41'"),
    "trailing bytes after the WKB": lambda p: _set_blob(p, lambda b: b + bytes(8)),
    "the empty-geometry flag": lambda p: _set_blob(p, _empty_flagged),
    "a point with Z": lambda p: _set_blob(p, _with_z),
    "a damaged blob": lambda p: _set_blob(p, lambda b: b[:12]),
    "not a GeoPackage blob": lambda p: _set_blob(p, lambda b: b"XY" + b[2:]),
}


@needs_columnar
@pytest.mark.parametrize("case", list(ODD_FILES))
def test_odd_files_load_as_the_feature_by_feature_reader_loads_them(
    case: str, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ODD_FILES[case](saved)

    def outcome(**kw: bool) -> Park | str:
        try:
            return load_park(saved, **kw)
        except ProjectFileError as exc:
            return str(exc)

    for kw in ({}, {"set_aside": True}):
        a = outcome(**kw)
        with monkeypatch.context() as m:
            m.setattr(columnar, "AVAILABLE", False)
            b = outcome(**kw)
        if isinstance(a, str) or isinstance(b, str):
            assert a == b
        else:
            _same_parks(a, b)


def test_points_built_from_their_coordinates_equal_the_wkb_reader() -> None:
    pts = [Point(1234.5678901234567, -7654.321), Point(-0.0, 1e-300), Point(4.5e6, 5.5e5)]
    blobs = np.array([shapely.to_wkb(p, byte_order=1) for p in pts], dtype=object)
    fast = columnar.points_from_wkb(blobs)
    assert fast is not None
    want = shapely.from_wkb(blobs)
    for a, b in zip(fast, want, strict=True):
        assert a.geom_type == b.geom_type == "Point"
        assert shapely.get_coordinates(a).tobytes() == shapely.get_coordinates(b).tobytes()


@pytest.mark.parametrize(
    "odd",
    [
        shapely.to_wkb(Point(1, 2), byte_order=0),  # big-endian
        shapely.to_wkb(Point(1, 2, 3), output_dimension=3, byte_order=1),
        shapely.to_wkb(Point(), byte_order=1),  # empty: NaN coordinates
        shapely.to_wkb(LineString([(0, 0), (1, 1)]), byte_order=1),
        None,
    ],
)
def test_anything_but_plain_points_is_left_to_the_wkb_reader(odd: bytes | None) -> None:
    blobs = np.array([shapely.to_wkb(Point(5, 6), byte_order=1), odd], dtype=object)
    assert columnar.points_from_wkb(blobs) is None
