"""Read and write the project file: a GeoPackage that QGIS opens as plain layers.

Every scenario lives in the same layers, told apart by ``scenario_id`` so a QGIS user can filter.
Writes go to a temporary sibling that replaces the project only when complete
(:mod:`ecopark.storage.atomic`).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import itertools
import json
import os
import sqlite3
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.raw
import shapely

from ecopark import __version__
from ecopark.collector import collector_paused
from ecopark.model import (
    SPATIAL_TYPES,
    TYPE_BY_LAYER,
    NewerSchemaError,
    NotAProjectError,
    Park,
    ParkObject,
    ProjectFileError,
    SavedView,
    ScenarioInfo,
    Underlay,
    ValidationError,
    ZoneKind,
    repaired,
)
from ecopark.model.attention import AttentionRow, RowProblem
from ecopark.model.fields import MAX_MAGNITUDE, Role
from ecopark.model.sanity import CONTROL_CHARACTERS
from ecopark.projects import storage as work_plan_tables
from ecopark.storage.atomic import atomic_target
from ecopark.storage.columnar import points_from_wkb, read_layer
from ecopark.storage.indicator_ids import IDS_SETTING, marked, migrate_entered, needs_migration
from ecopark.storage.integrity import (
    NUMERIC_DTYPES,
    Problems,
    quick_check,
    raw_rows,
    shown,
    typed_value_scans,
)
from ecopark.storage.qgis import write_qgis_tables
from ecopark.storage.schema import (
    LAYER_COLUMNS,
    SCHEMA_VERSION,
    SPATIAL_LAYER_GEOMETRY,
    TABLE_COLUMNS,
    Column,
)
from ecopark.storage.watch import FileStamp, check_replaceable

LayerHook = Callable[[str], None]


# --------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------
def save_park(
    park: Park,
    path: str | os.PathLike[str],
    *,
    after_layer: LayerHook | None = None,
    expected: FileStamp | None = None,
    overwrite: bool = False,
) -> FileStamp:
    """Write ``park`` to ``path`` atomically; returns the stamp of the written file.

    An existing file another program holds open for writing is never replaced
    (:class:`~ecopark.storage.watch.FileBusyError`); with ``expected`` (the stamp taken at open
    or at the last save), a file changed since is not replaced either unless ``overwrite``
    (:class:`~ecopark.storage.watch.FileChangedError`). Both are checked before writing and
    again just before the rename. ``after_layer`` is called after each layer is written to the
    temporary file; tests use it to simulate a crash half-way through a save.
    """
    target = Path(path)
    check_replaceable(target, expected, overwrite=overwrite)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            with atomic_target(target) as tmp, _unsynced_sqlite():
                _write_all(park, tmp, after_layer, target.name)
                check_replaceable(target, expected, overwrite=overwrite)
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise ProjectFileError(f"could not save {target.name}: {exc}", path=str(target)) from exc
    stamp = FileStamp.of(target)
    assert stamp is not None
    return stamp


@contextlib.contextmanager
def _unsynced_sqlite() -> Iterator[None]:
    """Let GDAL skip SQLite's per-transaction syncs while it fills the temporary file.

    Safe because the temporary file is fsynced as a whole before it replaces the project, and
    an interrupted write only ever loses the temporary file. Saves get about four times faster.
    """
    previous = pyogrio.get_gdal_config_option("OGR_SQLITE_SYNCHRONOUS")
    pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": "OFF"})
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": previous})


def _write_all(park: Park, tmp: Path, after_layer: LayerHook | None, file_name: str = "") -> None:
    def written(layer: str) -> None:
        if after_layer is not None:
            after_layer(layer)

    _write_table(tmp, "park", [_park_row(park)])
    written("park")
    _write_table(
        tmp,
        "scenarios",
        [
            {
                "scenario_id": s.info.scenario_id,
                "name": s.info.name,
                "kind": s.info.kind,
                "year": s.info.year,
            }
            for s in park.scenarios.values()
        ],
    )
    written("scenarios")
    _write_table(tmp, "zone_kinds", [_zone_kind_row(zk) for zk in park.zone_kinds.values()])
    written("zone_kinds")
    _write_table(
        tmp,
        "entered_values",
        [
            {"scenario_id": sid, "indicator_id": key, "value": value}
            for sid, s in park.scenarios.items()
            for key, value in sorted(s.entered_values.items())
        ],
    )
    written("entered_values")
    _write_table(tmp, "views", [_view_row(i, v) for i, v in enumerate(park.views)])
    written("views")
    _write_table(tmp, "underlays", [_underlay_row(i, u) for i, u in enumerate(park.underlays)])
    written("underlays")
    for name, rows in work_plan_tables.table_rows(park.settings).items():  # projects (issue 17)
        pyogrio.write_dataframe(
            _typed_frame(rows, work_plan_tables.TABLE_COLUMNS[name]), tmp, layer=name, driver="GPKG"
        )
    for cls in SPATIAL_TYPES:
        _write_spatial_layer(park, tmp, cls.LAYER)
        written(cls.LAYER)
    _write_object_table(park, tmp, "exchanges")
    written("exchanges")
    if park.needs_attention:
        _write_table(tmp, "needs_attention", [_attention_row(r) for r in park.needs_attention])
        written("needs_attention")
    write_qgis_tables(park, tmp, file_name or tmp.name)  # styled in QGIS, one layer group per
    written("qgis")  # scenario (ecopark.storage.qgis)


def _park_row(park: Park) -> dict[str, Any]:
    return {
        "name": park.name,
        "crs": park.crs,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "settings_json": json.dumps(
            marked(work_plan_tables.settings_for_json(park.settings)),
            ensure_ascii=False,
            sort_keys=True,
        ),
    }


def _zone_kind_row(zk: ZoneKind) -> dict[str, Any]:
    return {
        "kind": zk.kind,
        "label_en": zk.label_en,
        "label_zh": zk.label_zh,
        "industrial": int(zk.industrial),
        "allowed_sectors": ",".join(sorted(zk.allowed_sectors)),
        "builtin": int(zk.builtin),
    }


def _view_row(position: int, view: SavedView) -> dict[str, Any]:
    return {
        "view_id": view.view_id,
        "position": position,
        "name": view.name,
        "xmin": view.xmin,
        "ymin": view.ymin,
        "xmax": view.xmax,
        "ymax": view.ymax,
        "scenario_id": view.scenario_id,
        "visible_layers": ",".join(view.visible_layers),
        "compare_with": view.compare_with,
    }


def _underlay_row(position: int, u: Underlay) -> dict[str, Any]:
    return {
        "underlay_id": u.underlay_id,
        "position": position,
        "name": u.name,
        "image_png_base64": base64.b64encode(u.image_png).decode("ascii"),
        "transform": json.dumps(list(u.transform)),
        "opacity": u.opacity,
        "visible": int(u.visible),
    }


def _attention_row(row: AttentionRow) -> dict[str, Any]:
    return {
        "layer": row.layer,
        "source_fid": row.fid,
        "scenario_id": row.scenario_id,
        "problems_json": json.dumps(
            [dataclasses.asdict(p) for p in row.problems], ensure_ascii=False
        ),
        "values_json": json.dumps(row.values, ensure_ascii=False, default=str),
        "wkb_hex": row.wkb_hex,
    }


def read_attention_table(path: Path) -> list[AttentionRow]:
    """Rows set aside by an earlier load and not yet fixed or deleted (kept as they were)."""
    out = []
    for _, r in _read_frame(path, "needs_attention").iterrows():
        try:
            problems = tuple(RowProblem(**p) for p in json.loads(str(r["problems_json"])))
            values = json.loads(str(r["values_json"]))
        except (ValueError, TypeError) as exc:
            raise ProjectFileError(f"{path.name}: the needs_attention table is damaged") from exc
        out.append(
            AttentionRow(
                layer=str(r["layer"]),
                fid=int(r["source_fid"]),
                scenario_id=str(r["scenario_id"] or ""),
                problems=problems,
                values=values,
                wkb_hex=str(r["wkb_hex"] or ""),
            )
        )
    return out


def _typed_frame(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> pd.DataFrame:
    data: dict[str, pd.Series] = {}
    for name, dtype in columns:
        values = [row[name] for row in rows]
        if dtype == "float64":
            data[name] = pd.Series(
                [np.nan if v is None else float(v) for v in values], dtype="float64"
            )
        elif dtype.startswith("int"):
            data[name] = pd.Series([int(v) for v in values], dtype=dtype)
        else:
            data[name] = pd.Series(["" if v is None else str(v) for v in values], dtype="object")
    return pd.DataFrame(data)


GPKG_VERSION = "1.2"
"""Written as GeoPackage 1.2 rather than GDAL's newest (1.4): GDAL 3.6 and the QGIS releases
built on it read 1.2 without the "may only be partially supported" warning."""


def _write_table(tmp: Path, name: str, rows: list[dict[str, Any]]) -> None:
    frame = _typed_frame(rows, TABLE_COLUMNS[name])
    creating = not tmp.exists()
    pyogrio.write_dataframe(
        frame,
        tmp,
        layer=name,
        driver="GPKG",
        dataset_options={"VERSION": GPKG_VERSION} if creating else None,
    )


def _object_rows(park: Park, layer: str) -> list[dict[str, Any]]:
    rows = []
    for sid, scenario in park.scenarios.items():
        for obj in scenario.objects(layer).values():
            record = obj.to_record()
            record["scenario_id"] = sid
            rows.append(record)
    return rows


def _write_object_table(park: Park, tmp: Path, layer: str) -> None:
    columns = [(c.name, c.dtype) for c in LAYER_COLUMNS[layer]]
    frame = _typed_frame(_object_rows(park, layer), columns)
    pyogrio.write_dataframe(frame, tmp, layer=layer, driver="GPKG")


def _write_spatial_layer(park: Park, tmp: Path, layer: str) -> None:
    rows = _object_rows(park, layer)
    columns = [(c.name, c.dtype) for c in LAYER_COLUMNS[layer]]
    frame = _typed_frame(rows, columns)
    geoms = np.array([row["geometry"] for row in rows], dtype=object)
    geometry_type = SPATIAL_LAYER_GEOMETRY[layer]
    promote = False
    if layer == "zones" and any(g.geom_type == "MultiPolygon" for g in geoms):
        geometry_type, promote = "MultiPolygon", True
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=park.crs), crs=park.crs)
    pyogrio.write_dataframe(
        gdf,
        tmp,
        layer=layer,
        driver="GPKG",
        geometry_type=geometry_type,
        promote_to_multi=promote,
    )


# --------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------
def read_schema_version(path: str | os.PathLike[str]) -> int:
    """The file format version of a project file, refusing what is not a project."""
    meta = _read_park_table(Path(path))
    return int(meta["schema_version"])


def _read_park_table(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise NotAProjectError(f"{path}: no such file", path=str(path))
    if path.is_dir():
        raise NotAProjectError(f"{path}: is a folder, not a project file", path=str(path))
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise NotAProjectError(f"{path}: cannot be read ({exc.strerror})", path=str(path)) from exc
    if header != b"SQLite format 3\x00":
        raise NotAProjectError(
            f"{path}: not an EcoPark project (not a GeoPackage file)", path=str(path)
        )
    quick_check(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            layers = {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:  # GDAL refuses damaged or empty GeoPackages in many ways
        raise NotAProjectError(
            f"{path}: not a readable GeoPackage ({_first_line(exc)})", path=str(path)
        ) from exc
    if "park" not in layers:
        raise NotAProjectError(
            f"{path}: a GeoPackage, but not an EcoPark project (it has no 'park' table)",
            path=str(path),
        )
    try:
        frame = pyogrio.read_dataframe(path, layer="park", read_geometry=False)
    except Exception as exc:
        raise NotAProjectError(
            f"{path}: the park table cannot be read ({_first_line(exc)})", path=str(path)
        ) from exc
    if len(frame) != 1 or "schema_version" not in frame.columns:
        raise NotAProjectError(f"{path}: the park table is damaged", path=str(path))
    row = frame.iloc[0].to_dict()
    try:
        version = int(row["schema_version"])
    except (TypeError, ValueError):
        raise NotAProjectError(
            f"{path}: the park table has no valid schema_version", path=str(path)
        ) from None
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path.name} was written by EcoPark Planner {row.get('app_version') or '(newer)'} "
            f"in file format version {version}; this version ({__version__}) reads up to "
            f"version {SCHEMA_VERSION}. Update EcoPark Planner to open it.",
            path=str(path),
        )
    row["layers"] = layers
    return row


def load_park(
    path: str | os.PathLike[str], *, repair: bool = False, set_aside: bool = False
) -> Park:
    """Read a project file into a :class:`Park`.

    Objects that break a model rule (or hold text in a numeric column) stop the load with a
    message naming the file and the feature, unless ``set_aside`` is given: then those rows go
    to ``park.needs_attention`` (layer, fid, field, value, what is wrong) and the rest loads, so
    the planner is never locked out of the good data. ``repair`` makes invalid geometries valid.
    """
    return _load_park(Path(path), repair, set_aside)


def _load_park(p: Path, repair: bool, set_aside: bool) -> Park:
    meta = _read_park_table(p)
    try:
        settings = json.loads(meta.get("settings_json") or "{}")
    except json.JSONDecodeError:
        raise ProjectFileError(f"{p.name}: the park settings are damaged", path=str(p)) from None
    try:
        kinds = _read_zone_kinds(p) if "zone_kinds" in meta["layers"] else []
        park = Park(str(meta["name"]), str(meta["crs"]), zone_kinds=kinds)
        old_ids = needs_migration(settings)
        settings.pop(IDS_SETTING, None)
        park.settings = settings
        settings.update(
            work_plan_tables.settings_from_tables(
                set(meta["layers"]),
                lambda name: [
                    {str(k): v for k, v in r.items()}
                    for r in _read_frame(p, name).to_dict("records")
                ],
            )
        )
        for info in _read_scenarios(p):
            park.add_scenario(info)
        if "entered_values" in meta["layers"]:
            for _, row in _read_frame(p, "entered_values").iterrows():
                park.scenario(str(row["scenario_id"])).entered_values[str(row["indicator_id"])] = (
                    float(row["value"])
                )
            if old_ids:  # written before the seed 004 numbering of HJ 274 rows
                for scenario in park.scenarios.values():
                    scenario.entered_values = migrate_entered(scenario.entered_values)
        if "views" in meta["layers"]:
            park.views = _read_views(p)
        if "underlays" in meta["layers"]:
            park.underlays = _read_underlays(p)
        attention: list[AttentionRow] | None = [] if set_aside else None
        layers = [cls.LAYER for cls in SPATIAL_TYPES] + ["exchanges"]
        present = [layer for layer in layers if layer in meta["layers"]]
        scanned = {layer: _typed_columns(layer) for layer in present}
        # the collector paused: reading a large park makes only long-lived objects (arrays,
        # geometries, model objects), and full passes over the growing heap would be wasted
        with typed_value_scans(p, scanned) as scans, collector_paused():
            for layer in present:
                _load_layer(park, p, layer, repair, attention, scans[layer])
        if "needs_attention" in meta["layers"]:
            kept = read_attention_table(p)
            if kept and attention is None:
                raise ProjectFileError(
                    f"{p.name}: {len(kept)} row(s) need attention (first: {kept[0].summary()})",
                    path=str(p),
                )
            park.needs_attention.extend(kept)
        park.needs_attention.extend(attention or [])
    except ValidationError as exc:
        raise ProjectFileError(f"{p.name}: {exc}", path=str(p)) from exc
    except (
        pyogrio.errors.DataSourceError,
        pyogrio.errors.DataLayerError,
        KeyError,
        shapely.errors.GEOSException,  # a damaged geometry blob (found by bench/fuzz.py)
        ValueError,
        TypeError,
        sqlite3.Error,  # the typed-value checks read the file with SQLite itself
    ) as exc:
        raise ProjectFileError(
            f"{p.name}: damaged project file ({_first_line(exc)})", path=str(p)
        ) from exc
    return park


def _first_line(exc: BaseException) -> str:
    """GDAL's message without the SQL it ran: the last clause is the one a person can act on."""
    text = str(exc).strip().splitlines()
    if not text:
        return type(exc).__name__
    return text[0].rsplit("; ", 1)[-1].rsplit("failed: ", 1)[-1]


def _read_frame(path: Path, layer: str) -> pd.DataFrame:
    return pyogrio.read_dataframe(path, layer=layer, read_geometry=False)


def _read_zone_kinds(path: Path) -> list[ZoneKind]:
    kinds = []
    for _, row in _read_frame(path, "zone_kinds").iterrows():
        sectors = str(row["allowed_sectors"] or "")
        kinds.append(
            ZoneKind(
                kind=str(row["kind"]),
                industrial=bool(row["industrial"]),
                label_en=str(row["label_en"] or ""),
                label_zh=str(row["label_zh"] or ""),
                allowed_sectors=frozenset(s for s in sectors.split(",") if s),
                builtin=bool(row["builtin"]),
            )
        )
    return kinds


def _read_views(path: Path) -> list[SavedView]:
    frame = _read_frame(path, "views").sort_values("position")
    return [
        SavedView(
            view_id=str(r["view_id"]),
            name=str(r["name"] or ""),
            xmin=float(r["xmin"]),
            ymin=float(r["ymin"]),
            xmax=float(r["xmax"]),
            ymax=float(r["ymax"]),
            scenario_id=str(r["scenario_id"] or ""),
            visible_layers=tuple(x for x in str(r["visible_layers"] or "").split(",") if x),
            compare_with=str(r["compare_with"] or ""),
        )
        for _, r in frame.iterrows()
    ]


def _read_underlays(path: Path) -> list[Underlay]:
    frame = _read_frame(path, "underlays").sort_values("position")
    out = []
    for _, r in frame.iterrows():
        try:
            image = base64.b64decode(str(r["image_png_base64"]), validate=True)
            transform = tuple(float(v) for v in json.loads(str(r["transform"])))
        except (ValueError, TypeError) as exc:
            raise ProjectFileError(f"{path.name}: underlay {r['underlay_id']} is damaged") from exc
        out.append(
            Underlay(
                underlay_id=str(r["underlay_id"]),
                name=str(r["name"] or ""),
                image_png=image,
                transform=transform,  # type: ignore[arg-type]
                opacity=float(r["opacity"]),
                visible=bool(r["visible"]),
            )
        )
    return out


def _read_scenarios(path: Path) -> list[ScenarioInfo]:
    frame = _read_frame(path, "scenarios")
    return [
        ScenarioInfo(
            scenario_id=str(r["scenario_id"]),
            name=str(r["name"]),
            kind=str(r["kind"]),
            year=int(r["year"]),
        )
        for _, r in frame.iterrows()
    ]


def _typed_columns(layer: str) -> tuple[list[str], list[str]]:
    """The numeric and the text columns of a layer, whose stored types are checked."""
    columns = LAYER_COLUMNS[layer]
    return (
        [c.name for c in columns if c.dtype in NUMERIC_DTYPES],
        [c.name for c in columns if c.dtype == "object"],
    )


def _load_layer(
    park: Park,
    path: Path,
    layer: str,
    repair: bool,
    attention: list[AttentionRow] | None,
    scan: Future[Problems],
) -> None:
    """Read one layer into ``park``. A row breaking a rule stops the load (naming the feature and
    the field) unless ``attention`` is given: then it is set aside there with what is wrong.
    ``scan`` gives the rows whose stored values have the wrong type (integrity.mistyped_values,
    run on a thread of its own while the layer is read)."""
    cls = TYPE_BY_LAYER[layer]
    spatial = layer != "exchanges"
    table = read_layer(path, layer, spatial)
    if len(table) == 0:
        return
    columns = [c for c in LAYER_COLUMNS[layer] if c.name in table.columns]
    missing = [
        c.name for c in LAYER_COLUMNS[layer] if c.name not in table.columns and c.role is Role.ID
    ]
    if missing:
        raise ProjectFileError(f"{path.name}: layer {layer} lacks the columns {', '.join(missing)}")
    fids = table.fids
    mistyped = scan.result()
    geoms = None
    if spatial:
        geoms = _geometries(table.wkb)
        if layer == "zones":
            geoms = _demote_single_part(geoms)
    records = {c.name: _Column(table.columns[c.name]) for c in columns}
    optional = {c.name for c in columns if c.role is Role.OPTIONAL_QUANTITY}
    flags = {c.name for c in columns if c.role is Role.FLAG}
    years = {c.name for c in columns if c.unit == "year"}
    trusted = _rows_passing_all_checks(cls, table.columns, columns, geoms)
    field_names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    if len(records) - 1 + (geoms is not None) != len(field_names):
        trusted = np.zeros(len(table), dtype=bool)  # a column is missing: the full constructor
    if mistyped:
        trusted &= ~np.isin(fids, np.fromiter(mistyped, dtype=np.int64, count=len(mistyped)))
    # counts read as reals (an integer column with a NULL somewhere) are whole numbers too
    whole = years | {c.name for c in columns if c.role is Role.COUNT}
    fast = _trusted_objects(cls, records, optional, flags, whole, geoms, trusted)
    sids = ["" if v is None else str(v) for v in table.columns["scenario_id"].tolist()]
    i = 0
    n_rows = len(table)
    while i < n_rows:
        if trusted[i]:  # a run of good rows of one scenario goes in at once
            j = i + 1
            while j < n_rows and trusted[j] and sids[j] == sids[i]:
                j += 1

            def refused(k: int, obj: ParkObject, exc: ValidationError, start: int = i) -> None:
                if attention is None:
                    raise exc
                row, fid = start + k, int(fids[start + k])
                values = obj.to_record()
                problem = _row_problem(layer, fid, exc, values, sids[row])
                attention.append(_set_aside(path, layer, fid, [problem], geoms, row, records))

            with collector_paused():  # no garbage here, only many long-lived objects
                park.add_all(sids[i], itertools.islice(fast, j - i), refused)
            i = j
            continue
        row, i = i, i + 1
        fid = int(fids[row])
        if fid in mistyped:
            if attention is None:
                raise ValidationError(
                    mistyped[fid][0].line(), layer=layer, field=mistyped[fid][0].field
                )
            attention.append(_set_aside(path, layer, fid, mistyped[fid], geoms, row, records))
            continue
        values: dict[str, Any] = {}
        for name, col in records.items():
            v = col[row]
            if name in optional and v is not None and v != v:  # NaN from NULL
                v = None
            elif name in years and v is not None and trusted[row]:
                v = int(v)  # a year in service (issue 17), stored as a real
            elif name in flags and trusted[row]:
                v = bool(v)
            values[name] = v
        sid = sids[row]
        values.pop("scenario_id")
        if geoms is not None:
            values["geometry"] = geoms[row]
        try:
            obj: ParkObject
            if repair and spatial and geoms[row] is not None and not geoms[row].is_valid:  # type: ignore[index]
                values["geometry"] = shapely.make_valid(geoms[row])  # type: ignore[index]
                obj = repaired(_construct_unchecked(cls, values))
                cls(**obj.to_record())  # validate the repaired object
            else:
                obj = cls(**values)  # validates, and names the feature and field when it fails
            park.add(sid, obj)
        except (ValidationError, KeyError) as exc:
            if attention is None:
                raise
            problem = _row_problem(layer, fid, exc, values, sid)
            attention.append(_set_aside(path, layer, fid, [problem], geoms, row, records))


def _trusted_objects(
    cls: type[ParkObject],
    records: dict[str, _Column],
    optional: set[str],
    flags: set[str],
    whole: set[str],
    geoms: Any,
    trusted: np.ndarray,
) -> Iterator[ParkObject]:
    """The objects of the rows that pass every check, in row order, built column by column.

    A Python loop over 100,000 rows of sixty fields, converting and setting each value, takes
    seconds. Here each run of rows gets one template of values (per column the value most rows
    share: zero, NULL, or the first row's) and every object starts as a copy of that template
    (one fast dictionary copy); only the values that differ from it are converted and set, row
    by row. Most columns of a real park are mostly zero or empty, so most of the four million
    values of 70,000 firms are never touched one by one. The values are the same as the
    model's constructor makes: NULL optional quantities None, flags bool, years int, every zero
    one shared 0.0 (24 bytes each otherwise).
    """
    everything = np.flatnonzero(trusted)
    all_geoms = None if geoms is None else np.asarray(geoms, dtype=object)
    new, setattr_ = object.__new__, object.__setattr__
    defaults = _class_defaults(cls)
    # a few thousand rows at a time: the converted columns of a whole layer would add a
    # hundred megabytes to the peak memory of opening a large park
    for first in range(0, len(everything), _ROWS_PER_CHUNK):
        rows = everything[first : first + _ROWS_PER_CHUNK]
        n = len(rows)
        template: dict[str, Any] = {}
        changes: list[tuple[str, list[int], list[Any]]] = []
        for name, col in records.items():
            if name == "scenario_id":
                continue
            picked = col.values[rows]
            common, differs = _common_value(name, picked, optional, flags, whole)
            default = defaults.get(name, _NO_DEFAULT)
            if not (type(common) is type(default) and common == default):
                template[name] = common
            where = np.arange(n) if differs is None else np.flatnonzero(differs)
            if len(where):
                converted = _python_values(name, picked[where], optional, flags, whole)
                changes.append((name, where.tolist(), converted))
        if all_geoms is not None:
            template["geometry"] = None
            changes.append(("geometry", list(range(n)), all_geoms[rows].tolist()))
        values = [template.copy() for _ in range(n)]
        for name, where_list, converted in changes:
            for i, v in zip(where_list, converted, strict=True):
                values[i][name] = v
        for d in values:
            obj = new(cls)
            setattr_(obj, "__dict__", d)
            yield obj


_NO_DEFAULT = object()


def _class_defaults(cls: type[ParkObject]) -> dict[str, Any]:
    """Number, flag and NULL defaults a dataclass keeps as class attributes.

    An object's dictionary need not hold a field whose value is its class's default: Python
    finds the class attribute, which is the same value of the same type (``0.0`` energy,
    ``None`` for an unrecorded optional quantity, ``False``). A loaded firm's dictionary then
    holds its dozen set values, not sixty: about 130 MB less for 70,000 firms, and far fewer
    values to set. Text defaults are kept in the dictionary (``vars()`` of an object lists
    every text it holds).
    """
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        default = f.default
        if default is dataclasses.MISSING or isinstance(default, str):
            continue
        if not (default is None or type(default) in (float, int, bool)):
            continue
        if cls.__dict__.get(f.name, _NO_DEFAULT) is default:
            out[f.name] = default
    return out


def _common_value(
    name: str, picked: np.ndarray, optional: set[str], flags: set[str], whole: set[str]
) -> tuple[Any, np.ndarray | None]:
    """The value most of a run of rows share (as the model holds it) and which rows differ
    from it (None: all of them, when no value is common enough to be worth a template)."""
    n = len(picked)
    if picked.dtype.kind == "f":
        zero = picked == 0.0
        if name not in flags and int(zero.sum()) * 2 >= n:
            return (0 if name in whole else 0.0), ~zero
        if name in optional:
            null = np.isnan(picked)
            if int(null.sum()) * 2 >= n:
                return None, ~null
        return None, None
    if n == 0:
        return None, None
    first = picked[:1]
    same = np.asarray(picked == first[0], dtype=bool)
    if picked.dtype.kind == "O" and not (first[0] is None or type(first[0]) is str):
        # text equals only text and None only None; other values may equal across types
        same &= np.fromiter((type(v) is type(first[0]) for v in picked), dtype=bool, count=n)
    if int(same.sum()) * 2 < n:
        return None, None
    return _python_values(name, first, optional, flags, whole)[0], ~same


def _python_values(
    name: str, picked: np.ndarray, optional: set[str], flags: set[str], whole: set[str]
) -> list[Any]:
    """The Python values the model holds for some values of one column as read."""
    if picked.dtype.kind == "f":
        if name in flags:  # a flag column with a NULL somewhere is read as reals
            return [bool(v) for v in picked.tolist()]
        out = picked.astype(object)
        out[picked == 0.0] = 0.0
        if name in optional:
            out[np.isnan(picked)] = None
        if name in whole:  # a year in service (issue 17) is stored as a real; counts read
            return [None if v is None else int(v) for v in out.tolist()]  # as reals too
        return list(out.tolist())
    chosen = picked.tolist()
    if name in optional:
        return [None if v is not None and v != v else v for v in chosen]
    if name in flags:
        return [bool(v) for v in chosen]
    return list(chosen)


_ROWS_PER_CHUNK = 4096


class _Column:
    """One column of a layer as read, giving Python values by row (numpy scalars unwrapped):
    the per-row path needs a few rows; converting every column of 100,000 rows to Python
    objects up front would add a hundred megabytes to the peak memory of opening."""

    __slots__ = ("values",)

    def __init__(self, values: np.ndarray) -> None:
        self.values = values

    def __getitem__(self, i: int) -> Any:
        v = self.values[i]
        return v.item() if isinstance(v, np.generic) else v


def _geometries(wkb: np.ndarray | None) -> np.ndarray:
    """Shapely geometries of a layer's WKB; a damaged blob gives no geometry for its row
    instead of failing the whole layer (the row is then set aside as having no valid one)."""
    blobs = np.asarray(wkb, dtype=object)
    points = points_from_wkb(blobs)
    if points is not None:
        return points
    try:
        return np.asarray(shapely.from_wkb(blobs), dtype=object)
    except shapely.errors.GEOSException:
        return np.asarray(shapely.from_wkb(blobs, on_invalid="ignore"), dtype=object)


def _row_problem(
    layer: str, fid: int, exc: Exception, values: dict[str, Any], sid: str
) -> RowProblem:
    if isinstance(exc, KeyError):
        return RowProblem(layer, fid, "scenario_id", shown(sid), "no such scenario")
    name = getattr(exc, "field", "") or ""
    if name == "scenario_id" or (not name and "scenario" in str(exc)):
        return RowProblem(layer, fid, "scenario_id", shown(sid), str(exc))
    value = values.get(name) if name else None
    if isinstance(value, float) and value != value:
        value = None
    if name == "geometry" or (not name and "geometr" in str(exc)):
        name = "geometry"
        g = values.get("geometry")
        value = None if g is None else g.geom_type
    return RowProblem(layer, fid, name or "(row)", shown(value), str(exc))


def _set_aside(
    path: Path,
    layer: str,
    fid: int,
    problems: list[RowProblem],
    geoms: Any,
    i: int,
    records: dict[str, _Column],
) -> AttentionRow:
    raw = raw_rows(path, layer, [fid]).get(fid, {})
    g = None if geoms is None else geoms[i]
    wkb = "" if g is None or shapely.is_missing(g) else str(shapely.to_wkb(g, hex=True))
    sid = raw.get("scenario_id")
    return AttentionRow(
        layer=layer,
        fid=fid,
        scenario_id="" if sid is None else str(sid),
        problems=tuple(problems),
        values=raw,
        wkb_hex=wkb,
    )


def _rows_passing_all_checks(
    cls: type[ParkObject], table: dict[str, np.ndarray], columns: list[Column], geoms: Any
) -> np.ndarray:
    """Which rows satisfy every rule the model checks on construction, tested per column.

    Checking 20,000 firms' thirty fields one by one in Python takes seconds; the same rules as
    array operations take milliseconds. Rows that fail any rule go through the model's own
    constructor, which raises the planner-readable error naming the feature and the field.
    """
    n = len(table["scenario_id"])
    ok = np.ones(n, dtype=bool)
    for col in columns:
        values = table[col.name]
        if col.role in (Role.ID, Role.TEXT, Role.CHOICE):
            ok &= _text_ok(values, col.role is Role.ID)
            allowed = cls.CHOICES.get(col.name)
            if allowed is not None:
                known = set(allowed)
                ok &= np.fromiter((v in known for v in values.tolist()), dtype=bool, count=n)
            continue
        numbers = _as_numbers(values)
        if col.role is Role.OPTIONAL_QUANTITY:
            present = ~np.isnan(numbers)
            ok &= ~present | (np.isfinite(numbers) & (numbers >= 0) & (numbers <= MAX_MAGNITUDE))
            if col.unit == "year":  # a whole year 1900-2200 (ecopark.model.fields.optional_year)
                whole = np.equal(np.mod(np.nan_to_num(numbers), 1), 0)
                ok &= ~present | (whole & (numbers >= 1900) & (numbers <= 2200))
        elif col.role is Role.QUANTITY:
            ok &= np.isfinite(numbers) & (numbers >= 0) & (numbers <= MAX_MAGNITUDE)
        elif col.role is Role.COUNT:
            ok &= np.isfinite(numbers) & (numbers >= 0) & (numbers <= MAX_MAGNITUDE)
            ok &= np.equal(np.mod(np.nan_to_num(numbers), 1), 0)
        elif col.role is Role.FLAG:
            ok &= np.isin(numbers, (0, 1))
    if geoms is not None:
        garr = np.asarray(geoms, dtype=object)
        present = ~shapely.is_missing(garr)
        ok &= present
        safe = np.where(present, garr, shapely.Point())
        types = shapely.get_type_id(safe)
        wanted = [_GEOM_TYPE_IDS[t] for t in cls.GEOMETRY_TYPES]
        ok &= np.isin(types, wanted) & ~shapely.is_empty(safe) & ~shapely.has_z(safe)
        coords, index = shapely.get_coordinates(safe, return_index=True)
        bad = ~np.isfinite(coords).all(axis=1)
        ok[np.unique(index[bad])] = False
        ok &= shapely.is_valid(safe)
    return ok & _class_rules(cls, table, n)


def _as_numbers(values: np.ndarray) -> np.ndarray:
    """A column as float64, anything that is not a number as NaN."""
    if values.dtype.kind in "fiub":
        return values.astype(np.float64, copy=False)
    return np.asarray(pd.to_numeric(pd.Series(values), errors="coerce"), dtype=np.float64)


def _text_ok(values: np.ndarray, non_empty: bool) -> np.ndarray:
    """Which values are text free of control characters (and not blank, for ids).

    The common case, a column of clean text, is settled by one scan in C (one
    regular-expression search over the joined column); only a column that fails it is checked
    value by value.
    """
    arr = np.asarray(values, dtype=object)
    items = arr.tolist()
    try:
        # "\t" is allowed in text and cannot be part of a match, so it separates safely;
        # join refuses anything that is not text
        joined = "\t".join(items)
    except TypeError:
        joined = None
    if joined is not None:
        is_text = np.ones(len(arr), dtype=bool)
        clean = CONTROL_CHARACTERS.search(joined) is None
    else:
        is_text = np.fromiter((isinstance(v, str) for v in items), dtype=bool, count=len(arr))
        clean = False
    if not clean:
        is_text &= np.fromiter(
            (not isinstance(v, str) or CONTROL_CHARACTERS.search(v) is None for v in items),
            dtype=bool,
            count=len(arr),
        )
    if non_empty and joined is not None:  # all text: strip each in C
        is_text &= np.fromiter(map(bool, map(str.strip, items)), dtype=bool, count=len(arr))
    elif non_empty:
        is_text &= np.fromiter((bool(str(v).strip()) for v in items), dtype=bool, count=len(arr))
    return is_text


_GEOM_TYPE_IDS = {"Point": 0, "LineString": 1, "Polygon": 3, "MultiPolygon": 6}


def _class_rules(cls: type[ParkObject], table: dict[str, np.ndarray], n: int) -> np.ndarray:
    """Rules a class adds in its own __post_init__: rows breaking them take the slow path."""
    if cls.LAYER == "firms" and {"own_boiler", "boiler_count"} <= set(table):
        own = table["own_boiler"] == 1
        count = _as_numbers(table["boiler_count"])
        return ~(own & (count == 0)) & ~(~own & (count > 0))
    if cls.LAYER == "exchanges" and {"from_id", "to_id"} <= set(table):
        return np.asarray(table["from_id"] != table["to_id"], dtype=bool)
    return np.ones(n, dtype=bool)


def _construct_unchecked(cls: type[ParkObject], values: dict[str, Any]) -> ParkObject:
    obj = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(obj, name, value)
    return obj


def _demote_single_part(geoms: np.ndarray) -> np.ndarray:
    """Zones are written as MultiPolygon when any has several parts; give back plain polygons."""
    out = geoms.copy()
    for i, g in enumerate(geoms):
        if g is not None and g.geom_type == "MultiPolygon" and len(g.geoms) == 1:
            out[i] = g.geoms[0]
    return out


def gpkg_contents(path: str | os.PathLike[str]) -> dict[str, str]:
    """Table name -> data_type from gpkg_contents (what QGIS will list), for checks and `info`."""
    with sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True) as con:
        return dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
