"""Another program writing the project file, as QGIS does: plain SQLite with the ST_* functions
GDAL's R-tree triggers call (GDAL registers them in its own connections; sqlite3 does not)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import shapely


def _geometry(blob: bytes) -> shapely.Geometry:
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0x07]
    return shapely.from_wkb(bytes(blob[8 + envelope :]))


@contextmanager
def outside_edit(path: Path) -> Iterator[sqlite3.Connection]:
    """A writable connection to ``path``; commits on success."""

    def bound(index: int) -> Callable[[bytes | None], float | None]:
        def value(blob: bytes | None) -> float | None:
            if blob is None:
                return None
            g = _geometry(blob)
            return None if g.is_empty else float(g.bounds[index])

        return value

    def is_empty(blob: bytes | None) -> int:
        return int(blob is None or _geometry(blob).is_empty)

    with closing(sqlite3.connect(path)) as con:
        con.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
        for index, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
            con.create_function(name, 1, bound(index), deterministic=True)
        yield con
        con.commit()
