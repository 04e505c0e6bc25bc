"""The typed-value scan finds exactly the number-column values SQLite stores as text or blob,
whatever type the column was declared with (another program may have changed it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ecopark.storage.integrity import mistyped_values

DECLARED = ("REAL", "INTEGER", "MEDIUMINT", "NUMERIC", "DATE", "TEXT", "BLOB", "")
VALUES = (None, 0, -5, 1.5, -1e300, float("inf"), 9223372036854775807, "", "12", "12 万", "0x1",
          " 3 ", "x", b"", b"\x01", b"12")  # fmt: skip


def test_the_scan_finds_the_rows_typeof_finds(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    columns = [f"c{k}" for k in range(len(DECLARED))]
    with sqlite3.connect(path) as con:
        con.execute(
            "CREATE TABLE t (fid INTEGER PRIMARY KEY, "
            + ", ".join(f"{c} {d}" for c, d in zip(columns, DECLARED, strict=True))
            + ")"
        )
        for value in VALUES:
            con.execute(
                f"INSERT INTO t ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [value] * len(columns),
            )
        expected = {
            c: {
                int(r[0])
                for r in con.execute(f"SELECT fid FROM t WHERE typeof({c}) IN ('text', 'blob')")
            }
            for c in columns
        }
    found = mistyped_values(path, "t", columns)
    for c in columns:
        got = {fid for fid, problems in found.items() if any(p.field == c for p in problems)}
        assert got == expected[c], c
    assert any(expected.values()), "the table holds text and blobs in number columns"
