"""Read what the file holds, not what GDAL coerces.

GDAL reads a REAL column holding the text '12 万' as 12 (and only warns); another program may
have written such a value, and the verdict of the park would flip silently. SQLite stores each
value with its own type, so ``typeof()`` tells which values are not what their column declares.
``PRAGMA quick_check`` finds files damaged below GDAL's view (a fuzzed file can load with
changed content while failing it).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ecopark.model import ProjectFileError
from ecopark.model.attention import RowProblem


class DamagedFileError(ProjectFileError):
    """The file fails SQLite's integrity check: it is damaged, whatever GDAL makes of it."""


NUMERIC_DTYPES = ("float64", "int64", "int32")

MAX_SHOWN_VALUE = 60
"""Characters of a stored value shown in a message (a 10 MB text is not printed whole)."""


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
    con.text_factory = lambda raw: raw.decode("utf-8", "replace")  # damaged text stays readable
    return con


def quick_check(path: str | Path) -> None:
    """Raise :class:`DamagedFileError` naming the file when ``PRAGMA quick_check`` fails."""
    p = Path(path)
    try:
        with contextlib.closing(_connect(p)) as con:
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check(5)").fetchall()]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged name in the report
        raise DamagedFileError(
            f"{p.name} is damaged: SQLite cannot check it ({exc}); open a backup copy",
            path=str(p),
        ) from None
    if rows != ["ok"]:
        lines = [
            line.strip()
            for row in rows
            for line in row.splitlines()
            if line.strip() and not line.startswith("***")
        ]
        raise DamagedFileError(
            f"{p.name} is damaged (SQLite integrity check: {'; '.join(lines[:3])}); "
            "open a backup copy",
            path=str(p),
        )


def shown(value: object) -> str:
    """A stored value as a message shows it: NULL, numbers as written, text quoted and cut."""
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str):
        text = value if len(value) <= MAX_SHOWN_VALUE else value[:MAX_SHOWN_VALUE] + "…"
        return repr(text)
    return repr(value)


def primary_key(con: sqlite3.Connection, table: str) -> str:
    for row in con.execute(f'PRAGMA table_info("{table}")'):
        if row[5] == 1:
            return str(row[1])
    return "rowid"


def mistyped_values(
    path: str | Path,
    layer: str,
    numeric_columns: Iterable[str],
    text_columns: Iterable[str] = (),
) -> dict[int, list[RowProblem]]:
    """Rows (by fid) whose numeric columns hold text or blobs, or whose text columns hold a NUL
    character (GDAL cuts the text there, so it would be lost at the next save)."""
    p = Path(path)
    out: dict[int, list[RowProblem]] = {}
    with contextlib.closing(_connect(p)) as con:
        present = {str(r[1]) for r in con.execute(f'PRAGMA table_info("{layer}")')}
        fid = primary_key(con, layer)
        for column in (c for c in text_columns if c in present):
            query = (
                f'SELECT "{fid}", CAST("{column}" AS BLOB) FROM "{layer}" '
                f"WHERE typeof(\"{column}\") = 'text' AND instr(CAST(\"{column}\" AS BLOB), X'00')"
            )
            for row_fid, raw in con.execute(query):
                text = bytes(raw).decode("utf-8", "replace").replace("\x00", "\\0")
                out.setdefault(int(row_fid), []).append(
                    RowProblem(
                        layer,
                        int(row_fid),
                        column,
                        shown(text),
                        "contains an invisible control character (U+0000, NUL)",
                    )
                )
        columns = [c for c in numeric_columns if c in present]
        if not columns:
            return out
        test = " OR ".join(f"typeof(\"{c}\") IN ('text', 'blob')" for c in columns)
        select = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
        query = f'SELECT "{fid}", {select} FROM "{layer}" WHERE {test}'
        for row in con.execute(query):
            for k, column in enumerate(columns):
                value, kind = row[1 + 2 * k], row[2 + 2 * k]
                if kind in ("text", "blob"):
                    out.setdefault(int(row[0]), []).append(
                        RowProblem(
                            layer,
                            int(row[0]),
                            column,
                            shown(value),
                            f"{kind} in a numeric column (not read as a number)",
                        )
                    )
    return out


def raw_rows(path: str | Path, layer: str, fids: Iterable[int]) -> dict[int, dict[str, object]]:
    """The stored values of some rows (geometry column excluded), for the attention list."""
    p = Path(path)
    wanted = sorted(set(int(f) for f in fids))
    if not wanted:
        return {}
    with contextlib.closing(_connect(p)) as con:
        fid = primary_key(con, layer)
        geom = {
            str(r[0])
            for r in con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
            )
        }
        names = [
            str(r[1])
            for r in con.execute(f'PRAGMA table_info("{layer}")')
            if str(r[1]) not in geom and str(r[1]) != fid
        ]
        out: dict[int, dict[str, object]] = {}
        marks = ",".join("?" * len(wanted))
        cols = ", ".join(f'"{n}"' for n in names)
        for row in con.execute(
            f'SELECT "{fid}", {cols} FROM "{layer}" WHERE "{fid}" IN ({marks})', wanted
        ):
            out[int(row[0])] = {
                n: (v.hex() if isinstance(v, bytes) else v)
                for n, v in zip(names, row[1:], strict=True)
            }
    return out
