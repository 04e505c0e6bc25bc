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
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
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
        texts = [c for c in text_columns if c in present]
        numbers = [c for c in numeric_columns if c in present]
        if not texts and not numbers:
            return out
        # one pass over the table for every column (a large layer is read once, not once per
        # text column): per column, whether its value is a problem, then the value itself.
        # A number column holds text or a blob exactly when its value sorts at or after the
        # empty text: SQLite orders NULL < numbers < text < blobs, and '' never becomes a
        # number under a column's affinity. Same rows as typeof(c) IN ('text', 'blob'), in
        # less than half the time (tests/storage/test_bad_rows.py, test_columnar_read.py)
        tests = [
            f"(typeof(\"{c}\") = 'text' AND instr(CAST(\"{c}\" AS BLOB), X'00') > 0)" for c in texts
        ] + [f"\"{c}\" >= ''" for c in numbers]
        shown_values = [f'CAST("{c}" AS BLOB)' for c in texts] + [f'"{c}"' for c in numbers]
        pairs = ", ".join(f"{t}, {v}" for t, v in zip(tests, shown_values, strict=True))
        query = (
            f'SELECT "{fid}", {pairs}, '
            + ", ".join(f'typeof("{c}")' for c in numbers or texts[:1])
            + f' FROM "{layer}" WHERE {" OR ".join(tests)}'
        )
        found: dict[int, list[RowProblem]] = {}
        for row in con.execute(query):
            row_fid = int(row[0])
            kinds = row[1 + 2 * (len(texts) + len(numbers)) :]
            for k, column in enumerate(texts):
                if row[1 + 2 * k]:
                    raw = row[2 + 2 * k]
                    text = bytes(raw).decode("utf-8", "replace").replace("\x00", "\\0")
                    found.setdefault(row_fid, []).append(
                        RowProblem(
                            layer,
                            row_fid,
                            column,
                            shown(text),
                            "contains an invisible control character (U+0000, NUL)",
                        )
                    )
            for k, column in enumerate(numbers):
                j = len(texts) + k
                if row[1 + 2 * j]:
                    found.setdefault(row_fid, []).append(
                        RowProblem(
                            layer,
                            row_fid,
                            column,
                            shown(row[2 + 2 * j]),
                            f"{kinds[k]} in a numeric column (not read as a number)",
                        )
                    )
        out.update(found)
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


Problems = dict[int, list[RowProblem]]


@contextlib.contextmanager
def typed_value_scans(
    path: str | Path, columns: dict[str, tuple[list[str], list[str]]]
) -> Iterator[dict[str, Future[Problems]]]:
    """Run :func:`mistyped_values` for each layer (``layer: (numeric, text columns)``) on a
    thread of its own while the caller reads the layers; each layer's result is a future.

    The scan is SQLite reading every value of every row (about 0.4 s for 100,000 features);
    SQLite lets go of Python's interpreter lock while it runs, so the scan costs the opening
    little time on a second core. The results are the same as scanning each layer in turn.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="typed-value-scan")
    try:
        yield {
            layer: pool.submit(mistyped_values, path, layer, numeric, text)
            for layer, (numeric, text) in columns.items()
        }
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
