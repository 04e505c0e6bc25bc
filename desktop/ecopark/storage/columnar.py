"""Read a layer's columns whole through GDAL's columnar (Arrow) interface, without pyarrow.

GDAL's feature-by-feature interface hands pyogrio one value at a time: reading the 70,000
firms of sixty fields of a 100,000-feature park takes about 1.6 s of CPU. GDAL's Arrow
interface fills whole columns in C (about 0.2 s for the same layer). pyarrow would read that
stream, but with pyarrow installed pandas imports it in every process (+61 MB resident, past the
600 MB target of bench/canvas.py; see docs/canvas-performance.md). The small ``nanoarrow``
package reads the same stream as plain buffers, which become numpy arrays here.

The arrays are the ones ``pyogrio.raw.read`` gives, value for value and type for type
(tests/storage/test_columnar_read.py): numbers as float64 (NULL as NaN), integer columns as
int32/int64, or float64 with NaN when a NULL is present, text as Python ``str`` (NULL as
``None``), geometry as WKB ``bytes`` (NULL as ``None``). Anything this reader does not expect
(another Arrow type, text that is not UTF-8, a GDAL refusal) makes it give way to
``pyogrio.raw.read``, which then reports or reads what the file holds.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio.raw
import shapely

try:  # optional: without it every layer is read feature by feature
    import nanoarrow
except ImportError:  # pragma: no cover - nanoarrow is a declared dependency
    nanoarrow = None

AVAILABLE = nanoarrow is not None


@dataclass
class LayerColumns:
    """One layer as read: fids, attribute columns by name (file order), geometry WKB."""

    fids: np.ndarray
    columns: dict[str, np.ndarray]
    wkb: np.ndarray | None

    def __len__(self) -> int:
        return len(self.fids)


class NotColumnar(Exception):
    """The layer holds something this reader does not convert; read it feature by feature."""


_NUMBERS = {"g": np.float64, "l": np.int64, "i": np.int32}


def read_layer(path: Path, layer: str, spatial: bool) -> LayerColumns:
    """The layer through the Arrow interface when possible, else through ``pyogrio.raw.read``."""
    if AVAILABLE:
        try:
            return _read_arrow(path, layer, spatial)
        except Exception:  # noqa: BLE001 - the feature-by-feature reader says what is wrong
            pass
    return read_feature_by_feature(path, layer, spatial)


def read_feature_by_feature(path: Path, layer: str, spatial: bool) -> LayerColumns:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        meta, fids, wkb, fields = pyogrio.raw.read(
            path, layer=layer, read_geometry=spatial, return_fids=True
        )
    columns = {str(name): values for name, values in zip(meta["fields"], fields, strict=True)}
    return LayerColumns(np.asarray(fids, dtype=np.int64), columns, wkb if spatial else None)


def _read_arrow(path: Path, layer: str, spatial: bool) -> LayerColumns:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        with pyogrio.raw.open_arrow(
            path, layer=layer, read_geometry=spatial, return_fids=True, use_pyarrow=False
        ) as (meta, stream):
            batches = list(nanoarrow.c_array_stream(stream))
    fields = [str(f) for f in meta["fields"]]
    if not batches:
        empty = {name: np.empty(0, dtype=object) for name in fields}
        wkb = np.empty(0, dtype=object) if spatial else None
        return LayerColumns(np.empty(0, dtype=np.int64), empty, wkb)
    names = [str(child.name) for child in batches[0].schema.children]
    formats = [str(child.format) for child in batches[0].schema.children]
    parts: list[list[np.ndarray]] = [[] for _ in names]
    for batch in batches:
        if batch.offset or [str(c.format) for c in batch.schema.children] != formats:
            raise NotColumnar("an offset record batch or another schema")
        view = batch.view()
        for k, child in enumerate(view.children):
            parts[k].append(_column(child, formats[k]))
    columns = {name: _joined(pieces) for name, pieces in zip(names, parts, strict=True)}
    fid_name = meta.get("fid_column") or "fid"
    geometry_name = meta.get("geometry_name") or "wkb_geometry"
    if fid_name not in columns:
        raise NotColumnar("no fid column")
    fids = columns.pop(fid_name).astype(np.int64, copy=False)
    wkb = None
    if spatial:
        if geometry_name not in columns:
            raise NotColumnar("no geometry column")
        wkb = columns.pop(geometry_name)
    if list(columns) != fields:
        raise NotColumnar("other columns than the layer's fields")
    return LayerColumns(fids, columns, wkb)


def _joined(pieces: list[np.ndarray]) -> np.ndarray:
    if not pieces:
        return np.empty(0, dtype=object)
    if len(pieces) == 1:
        return pieces[0]
    if len({p.dtype for p in pieces}) > 1:  # an integer column with NULLs in one batch only
        pieces = [p.astype(np.float64) if p.dtype.kind == "i" else p for p in pieces]
    return np.concatenate(pieces)


def _valid(view: Any, n: int, offset: int) -> np.ndarray | None:
    """Which values are not NULL, or None when all are."""
    if view.null_count == 0:
        return None
    bits = np.frombuffer(view.buffer(0), dtype=np.uint8)
    valid = np.unpackbits(bits, bitorder="little")[offset : offset + n].astype(bool)
    return None if valid.all() else valid


def _column(view: Any, fmt: str) -> np.ndarray:
    """One column of one record batch (an Arrow array view) as pyogrio.raw.read gives it."""
    n, offset = int(view.length), int(view.offset)
    valid = _valid(view, n, offset)
    if fmt in _NUMBERS:
        values = np.frombuffer(view.buffer(1), dtype=_NUMBERS[fmt])[offset : offset + n]
        if valid is None:
            return values.copy()
        out = values.astype(np.float64)
        out[~valid] = np.nan
        return out
    if fmt in ("u", "z"):  # text and binary: 32-bit offsets into one data buffer
        bounds = np.frombuffer(view.buffer(1), dtype=np.int32)[offset : offset + n + 1]
        data = bytes(view.buffer(2))
        starts, ends = bounds[:-1].tolist(), bounds[1:].tolist()
        items: list[Any]
        if fmt == "z":
            items = [data[a:b] for a, b in zip(starts, ends, strict=True)]
        elif data.isascii():  # byte offsets are character offsets
            text = data.decode("ascii")
            items = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        else:
            items = [data[a:b].decode("utf-8") for a, b in zip(starts, ends, strict=True)]
        out = np.empty(n, dtype=object)
        out[:] = items
        if valid is not None:
            out[~valid] = None
        return out
    raise NotColumnar(f"Arrow type {fmt!r}")


_POINT_WKB = np.frombuffer(b"\x01\x01\x00\x00\x00", dtype=np.uint8)
"""Little-endian WKB of a 2-D point: byte order 1, geometry type 1; then x and y (8 bytes each)."""


def points_from_wkb(blobs: np.ndarray) -> np.ndarray | None:
    """A layer of 2-D points as shapely points built straight from their coordinates, or None
    when any blob is something else (NULL, another type or byte order, a damaged or odd blob,
    a coordinate that is not finite): then ``shapely.from_wkb`` reads them one by one.

    70,000 firms: about 10 ms instead of 0.13 s, the same points (tests/storage/
    test_columnar_read.py).
    """
    n = len(blobs)
    if n == 0:
        return None
    try:
        joined = b"".join(blobs.tolist())
    except TypeError:  # a NULL geometry
        return None
    if len(joined) != 21 * n:
        return None
    raw = np.frombuffer(joined, dtype=np.uint8).reshape(n, 21)
    if not bool((raw[:, :5] == _POINT_WKB).all()):
        return None
    xy = raw[:, 5:].copy().view("<f8")
    if not bool(np.isfinite(xy).all()):
        return None
    return np.asarray(shapely.points(xy), dtype=object)
