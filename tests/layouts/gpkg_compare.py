"""Compare two GeoPackages written by ecopark's writer on what the writer decides, not on what
the GDAL/PROJ/GEOS build that ran it happened to produce.

The demo parks in layouts/ are committed files that must stay what layouts/build_demo_parks.py
writes. Comparing every byte works only on the machine that wrote them: CI installs the newest
pyogrio (own GDAL, PROJ and SQLite) and shapely (own GEOS), and another build legitimately writes

* other CRS text in ``gpkg_spatial_ref_sys`` (``definition``/``description`` and ``srs_name``
  come from the PROJ database), and may add columns there (``definition_12_063``, ``epoch``);
* other ``gpkg_extensions`` rows (e.g. ``gpkg_crs_wkt`` when it writes WKT2), other
  ``gpkg_ogr_contents`` rows (a GDAL-only cache of feature counts, optional), other optional
  ``gpkg_*`` tables (tile matrix, metadata) and SQLite bookkeeping (``sqlite_sequence``);
* another R-tree (``rtree_*`` virtual tables and their ``_node``/``_parent``/``_rowid`` shadow
  tables: the node layout depends on the insertion algorithm of the SQLite R-tree module);
* other geometry blob bytes: the GeoPackage header's envelope (present or not, XY or XYZ) and
  byte order are the writer's choice, and GEOS operations may start a ring at another vertex,
  orient it the other way or round the last digit differently.

None of that means the demo content is stale, so it is compared tolerantly (or not at all).
What we decide is compared strictly: our own tables (names, columns with their declared types,
every attribute value of every row, in fid order), the geometries as geometries (srs_id,
type, dimension, and coordinates after ``shapely.normalize`` within :data:`TOLERANCE`), the
GeoPackage version we write on purpose (``application_id``/``user_version``), the layer
registry (``gpkg_contents``: data type, identifier, srs_id, bounds within :data:`TOLERANCE`),
``gpkg_geometry_columns`` and which CRSs are registered (by organisation and code), and that a
spatial index exists for the same geometry columns.
"""

from __future__ import annotations

import math
import sqlite3
import struct
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import numpy as np
import shapely

TOLERANCE = 1e-6
"""Metres. Far below anything a planner draws; far above GEOS's last-digit rounding."""

IGNORED_COLUMNS = {
    ("park", "app_version"),  # the writer's version, not the demo's content
    ("layer_styles", "update_time"),  # when the style was written
    ("layer_styles", "description"),  # names the writer's version
    ("qgis_projects", "metadata"),  # the project's last-modified time
}

NORMALISED_COLUMNS = {("qgis_projects", "content")}
"""Compared after :func:`_project_text`: the QGIS project holds the CRS as PROJ's WKT, which
another PROJ build writes differently (as ``gpkg_spatial_ref_sys``)."""


def _project_text(value: object) -> object:
    """The .qgs XML inside a ``qgis_projects`` content value, without the PROJ-made CRS text."""
    import io
    import re
    import zipfile

    if not isinstance(value, str):
        return value
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(value))) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    return re.sub(r"<(wkt|proj4|description)>.*?</\1>", "", text, flags=re.S)


CORE_METADATA = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys")
"""The GeoPackage tables every build writes; other ``gpkg_*`` tables are the build's choice."""

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
"""GeoPackage header envelope size by the flags' envelope indicator: none, XY, XYZ, XYM, XYZM."""


# --------------------------------------------------------------------------------------------
# GeoPackage geometry blobs
# --------------------------------------------------------------------------------------------
def split_gpkg_geometry(blob: bytes) -> tuple[int, bytes]:
    """The srs_id and the WKB of a GeoPackage geometry blob.

    Header: 'GP', version byte, flags byte (bit 0 byte order of the header, 1 = little endian;
    bits 1-3 envelope indicator; bit 4 empty; bit 5 extended type), int32 srs_id, the
    envelope (skipped: it is derived from the geometry and optional), then standard WKB.
    """
    if len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry (no 'GP' magic)")
    flags = blob[3]
    envelope = (flags >> 1) & 0x07
    if envelope not in _ENVELOPE_BYTES:
        raise ValueError(f"invalid envelope indicator {envelope} in the GeoPackage header")
    if flags & 0x20:
        raise ValueError("extended GeoPackage geometry types are not ours")
    order = "<" if flags & 0x01 else ">"
    (srs_id,) = struct.unpack_from(order + "i", blob, 4)
    start = 8 + _ENVELOPE_BYTES[envelope]
    if len(blob) <= start:
        raise ValueError("GeoPackage geometry ends inside its header")
    return srs_id, blob[start:]


def decode_gpkg_geometry(blob: bytes) -> tuple[int, shapely.Geometry]:
    """The srs_id and the geometry of one GeoPackage geometry blob."""
    srs_id, wkb = split_gpkg_geometry(blob)
    return srs_id, shapely.from_wkb(wkb)


def encode_gpkg_geometry(
    geometry: shapely.Geometry, srs_id: int, *, envelope: bool = True, little_endian: bool = True
) -> bytes:
    """A GeoPackage geometry blob; the tests use it to write the variants another build may
    write (another byte order, with or without an envelope)."""
    order = "<" if little_endian else ">"
    empty = shapely.is_empty(geometry)
    has_envelope = envelope and not empty
    flags = (0x01 if little_endian else 0) | (0x02 if has_envelope else 0) | (0x10 if empty else 0)
    header = b"GP" + bytes([0, flags]) + struct.pack(order + "i", srs_id)
    if has_envelope:
        minx, miny, maxx, maxy = shapely.bounds(geometry)
        header += struct.pack(order + "4d", minx, maxx, miny, maxy)
    wkb = shapely.to_wkb(geometry, byte_order=1 if little_endian else 0)
    return header + bytes(wkb)


# --------------------------------------------------------------------------------------------
# comparison
# --------------------------------------------------------------------------------------------
def compare_geopackages(fresh: Path, committed: Path) -> list[str]:
    """What differs between a freshly generated GeoPackage and the committed one, one line per
    table/row/column (empty when they hold the same content)."""
    with (
        closing(sqlite3.connect(f"file:{fresh}?mode=ro", uri=True)) as a,
        closing(sqlite3.connect(f"file:{committed}?mode=ro", uri=True)) as b,
    ):
        diffs = _compare_pragmas(a, b)
        diffs += _compare_table_sets(a, b)
        if not (_tables(a) & _tables(b)) >= set(CORE_METADATA):
            return diffs  # not both GeoPackages: the table check says so already
        diffs += _compare_contents(a, b)
        diffs += _compare_geometry_columns(a, b)
        diffs += _compare_spatial_ref_sys(a, b)
        diffs += _compare_spatial_indexes(a, b)
        query = "SELECT table_name, column_name FROM gpkg_geometry_columns"
        geometry_columns = dict(b.execute(query))
        for table in sorted(_own_tables(a) & _own_tables(b)):
            diffs += _compare_own_table(a, b, table, geometry_columns.get(table))
    return diffs


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _own_tables(con: sqlite3.Connection) -> set[str]:
    """The tables ecopark writes (layers and attribute tables), not GeoPackage/GDAL/SQLite's."""
    return {t for t in _tables(con) if not t.startswith(("gpkg_", "rtree_", "sqlite_"))}


def _compare_pragmas(a: sqlite3.Connection, b: sqlite3.Connection) -> list[str]:
    # application_id 'GPKG' and user_version 10200: the GeoPackage version we write on purpose
    # (ecopark.storage.gpkg.GPKG_VERSION), not GDAL's default
    diffs = []
    for pragma in ("application_id", "user_version"):
        x, y = (con.execute(f"PRAGMA {pragma}").fetchone()[0] for con in (a, b))
        if x != y:
            diffs.append(f"PRAGMA {pragma}: regenerated {x}, committed {y}")
    return diffs


def _compare_table_sets(a: sqlite3.Connection, b: sqlite3.Connection) -> list[str]:
    diffs = []
    fresh, committed = _own_tables(a), _own_tables(b)
    if fresh != committed:
        diffs.append(
            f"tables differ: only regenerated {sorted(fresh - committed)}, "
            f"only committed {sorted(committed - fresh)}"
        )
    # other gpkg_* tables (tile matrix, metadata, ogr_contents) are optional, the build's choice
    for name, con in (("regenerated", a), ("committed", b)):
        missing = set(CORE_METADATA) - _tables(con)
        if missing:
            diffs.append(f"the {name} file lacks the GeoPackage tables {sorted(missing)}")
    return diffs


def _compare_contents(a: sqlite3.Connection, b: sqlite3.Connection) -> list[str]:
    # last_change is GDAL's write time and description GDAL's default: not compared
    query = (
        "SELECT table_name, data_type, identifier, srs_id, min_x, min_y, max_x, max_y "
        "FROM gpkg_contents"
    )
    fresh = {r[0]: r for r in a.execute(query)}
    committed = {r[0]: r for r in b.execute(query)}
    diffs = _keyed_set_diff("gpkg_contents", fresh, committed)
    fields = ("data_type", "identifier", "srs_id", "min_x", "min_y", "max_x", "max_y")
    for table in sorted(fresh.keys() & committed.keys()):
        for field, x, y in zip(fields, fresh[table][1:], committed[table][1:], strict=True):
            if field.startswith(("min_", "max_")):
                same = _close(x, y)
            else:
                same = _same_value(x, y)
            if not same:
                diffs.append(f"table gpkg_contents, {table}, column {field}: {_show(x, y)}")
    return diffs


def _compare_geometry_columns(a: sqlite3.Connection, b: sqlite3.Connection) -> list[str]:
    query = (
        "SELECT table_name, column_name, geometry_type_name, srs_id, z, m "
        "FROM gpkg_geometry_columns"
    )
    fresh = {r[0]: r for r in a.execute(query)}
    committed = {r[0]: r for r in b.execute(query)}
    diffs = _keyed_set_diff("gpkg_geometry_columns", fresh, committed)
    for table in sorted(fresh.keys() & committed.keys()):
        if fresh[table] != committed[table]:
            diffs.append(
                f"table gpkg_geometry_columns, {table}: regenerated {fresh[table]}, "
                f"committed {committed[table]}"
            )
    return diffs


def _compare_spatial_ref_sys(a: sqlite3.Connection, b: sqlite3.Connection) -> list[str]:
    # Only which CRSs are registered under which code: srs_name, definition and description are
    # the PROJ database's text for that code and change between PROJ releases.
    query = "SELECT srs_id, upper(organization), organization_coordsys_id FROM gpkg_spatial_ref_sys"
    fresh, committed = set(a.execute(query)), set(b.execute(query))
    if fresh == committed:
        return []
    return [
        "table gpkg_spatial_ref_sys (srs_id, organization, code): only regenerated "
        f"{sorted(fresh - committed)}, only committed {sorted(committed - fresh)}"
    ]


def _compare_spatial_indexes(a: sqlite3.Connection, b: sqlite3.Connection) -> list[str]:
    # The R-tree's rows and shadow tables (rtree_*_node/_parent/_rowid) hold the SQLite R-tree
    # module's node layout, which depends on its version; the gpkg_extensions rows that
    # register it may come with others (gpkg_crs_wkt...). Only "indexed or not" is our content.
    def indexed(con: sqlite3.Connection) -> set[tuple[str, str]]:
        tables = _tables(con)
        pairs = con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns")
        return {(t, c) for t, c in pairs if f"rtree_{t}_{c}" in tables}

    fresh, committed = indexed(a), indexed(b)
    if fresh == committed:
        return []
    return [
        f"spatial indexes differ: only regenerated {sorted(fresh - committed)}, "
        f"only committed {sorted(committed - fresh)}"
    ]


def _compare_own_table(
    a: sqlite3.Connection, b: sqlite3.Connection, table: str, geometry_column: str | None
) -> list[str]:
    diffs = []
    fresh_columns, committed_columns = _columns(a, table), _columns(b, table)
    if fresh_columns != committed_columns:
        diffs.append(
            f"table {table}: columns (name, type) differ: regenerated {fresh_columns}, "
            f"committed {committed_columns}"
        )
    fresh_names = {name for name, _ in fresh_columns}
    names = [
        name
        for name, _ in committed_columns
        if name in fresh_names and (table, name) not in IGNORED_COLUMNS
    ]
    if not names:
        return diffs
    select = f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(table)} ORDER BY rowid"
    fresh_rows, committed_rows = a.execute(select).fetchall(), b.execute(select).fetchall()
    if len(fresh_rows) != len(committed_rows):
        diffs.append(
            f"table {table}: {len(fresh_rows)} rows regenerated, {len(committed_rows)} committed"
        )
    count = min(len(fresh_rows), len(committed_rows))
    key = _primary_key(b, table)
    for index, name in enumerate(names):
        xs = [row[index] for row in fresh_rows[:count]]
        ys = [row[index] for row in committed_rows[:count]]
        if name == geometry_column:
            bad = _geometry_differences(xs, ys)
        else:
            if (table, name) in NORMALISED_COLUMNS:
                xs, ys = [_project_text(x) for x in xs], [_project_text(y) for y in ys]
            pairs = enumerate(zip(xs, ys, strict=True))
            bad = [(i, _show(x, y)) for i, (x, y) in pairs if not _same_value(x, y)]
        for i, what in bad:
            if key in names:
                where = f"{key} {committed_rows[i][names.index(key)]}"
            else:
                where = f"row {i + 1}"
            diffs.append(f"table {table}, {where}, column {name}: {what}")
    return diffs


def _geometry_differences(
    fresh: Sequence[object], committed: Sequence[object]
) -> list[tuple[int, str]]:
    """(row index, what) for the geometries that differ beyond the build's freedom (byte order,
    envelope, ring start and orientation, last-digit rounding)."""
    xs, x_srs, x_bad = _decode_all(fresh)
    ys, y_srs, y_bad = _decode_all(committed)
    out: list[tuple[int, str]] = []
    for i in sorted(x_bad.keys() | y_bad.keys()):
        out.append((i, f"regenerated: {x_bad.get(i, 'ok')}; committed: {y_bad.get(i, 'ok')}"))
    checked = np.array([i not in x_bad and i not in y_bad for i in range(len(xs))], dtype=bool)
    null_x, null_y = shapely.is_missing(xs), shapely.is_missing(ys)
    for i in np.flatnonzero(checked & (null_x != null_y)).tolist():
        out.append((i, _show(_wkt(xs[i]), _wkt(ys[i]))))
    both = checked & ~null_x & ~null_y
    for i in np.flatnonzero(both & (x_srs != y_srs)).tolist():
        out.append((i, f"srs_id regenerated {x_srs[i]}, committed {y_srs[i]}"))
    same = shapely.equals_exact(shapely.normalize(xs), shapely.normalize(ys), tolerance=TOLERANCE)
    same &= shapely.has_z(xs) == shapely.has_z(ys)
    same_type = shapely.get_type_id(xs) == shapely.get_type_id(ys)
    same |= shapely.is_empty(xs) & shapely.is_empty(ys) & same_type
    for i in np.flatnonzero(both & (x_srs == y_srs) & ~same).tolist():
        x, y = xs[i], ys[i]
        if x.geom_type != y.geom_type or shapely.has_z(x) != shapely.has_z(y):
            what = _show(_wkt(x), _wkt(y))
        elif shapely.get_num_coordinates(x) != shapely.get_num_coordinates(y):
            what = (
                f"{y.geom_type} has {shapely.get_num_coordinates(x)} vertices regenerated, "
                f"{shapely.get_num_coordinates(y)} committed"
            )
        else:
            what = (
                f"{y.geom_type} differs by up to {shapely.hausdorff_distance(x, y):.6g} m "
                f"(tolerance {TOLERANCE:g} m)"
            )
        out.append((i, what))
    return sorted(out)


def _decode_all(
    blobs: Sequence[object],
) -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Geometries (None for NULL or undecodable), srs_ids and the undecodable rows' reasons."""
    srs = np.zeros(len(blobs), dtype=np.int64)
    wkbs: list[bytes | None] = []
    bad: dict[int, str] = {}
    for i, blob in enumerate(blobs):
        wkb = None
        if isinstance(blob, bytes):
            try:
                srs[i], wkb = split_gpkg_geometry(blob)
            except ValueError as exc:
                bad[i] = str(exc)
        elif blob is not None:
            bad[i] = f"not a geometry blob: {_short(blob)}"
        wkbs.append(wkb)
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore")
    for i in np.flatnonzero(shapely.is_missing(geoms)).tolist():
        if wkbs[i] is not None:
            bad[i] = "the WKB after the GeoPackage header cannot be read"
    return geoms, srs, bad


def _columns(con: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(r[1], r[2]) for r in con.execute(f"PRAGMA table_info({_quote(table)})")]


def _primary_key(con: sqlite3.Connection, table: str) -> str | None:
    keys = [r[1] for r in con.execute(f"PRAGMA table_info({_quote(table)})") if r[5]]
    return keys[0] if len(keys) == 1 else None


def _keyed_set_diff(
    table: str, fresh: dict[str, object], committed: dict[str, object]
) -> list[str]:
    if fresh.keys() == committed.keys():
        return []
    return [
        f"table {table}: rows only regenerated {sorted(fresh.keys() - committed.keys())}, "
        f"only committed {sorted(committed.keys() - fresh.keys())}"
    ]


def _same_value(x: object, y: object) -> bool:
    """Equal and stored the same way (SQLite's storage class: 1 and 1.0 are not the same)."""
    return type(x) is type(y) and x == y


def _close(x: object, y: object) -> bool:
    if x is None or y is None:
        return x is None and y is None
    assert isinstance(x, int | float) and isinstance(y, int | float)
    return math.isclose(x, y, rel_tol=0.0, abs_tol=TOLERANCE)


def _wkt(geometry: object) -> str | None:
    if geometry is None:
        return None
    return shapely.to_wkt(geometry, rounding_precision=3)


def _show(x: object, y: object) -> str:
    """The two values, long texts cut around their first difference."""
    if isinstance(x, str) and isinstance(y, str) and max(len(x), len(y)) > 60:
        pairs = enumerate(zip(x, y, strict=False))
        start = next((i for i, (p, q) in pairs if p != q), min(len(x), len(y)))
        start = max(0, start - 20)
        x, y = ("…" if start else "") + x[start:], ("…" if start else "") + y[start:]
    return f"regenerated {_short(x)}, committed {_short(y)}"


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
