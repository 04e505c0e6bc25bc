"""Knowing when the project file changed under us, and when another program holds it open.

A GIS colleague may commit edits in QGIS to the file the planner has open. EcoPark takes a
:class:`FileStamp` (modification time, size, SHA-256 of the content) when it opens and after each
save; before replacing the file it compares: a changed file is never overwritten silently
(:class:`FileChangedError`; the planner reloads and re-applies, saves as a new file, or
overwrites on purpose), and a file another program holds open for writing (a SQLite WAL or
rollback journal beside it, or a write lock refusing ``BEGIN IMMEDIATE``) is never replaced
(:class:`FileBusyError`): QGIS would report its later commit as successful into a file that is
no longer the project.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ecopark.model import ProjectFileError


@dataclass(frozen=True)
class FileStamp:
    """What the file was when we last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileStamp | None:
        """The stamp of ``path`` now (None when there is no such file)."""
        p = Path(path)
        try:
            info = p.stat()
        except FileNotFoundError:
            return None
        return cls(info.st_mtime_ns, info.st_size, content_hash(p))


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def has_changed(path: str | os.PathLike[str], stamp: FileStamp | None) -> bool:
    """Whether ``path`` differs from ``stamp``: same time and size count as unchanged (cheap);
    otherwise the content decides, so a mere touch or copy-back is not a change."""
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        return stamp is not None
    if stamp is None:
        return True
    if info.st_mtime_ns == stamp.mtime_ns and info.st_size == stamp.size:
        return False
    return info.st_size != stamp.size or content_hash(p) != stamp.sha256


class FileChangedError(ProjectFileError):
    """Another program changed the project file since EcoPark opened or last saved it."""


class FileBusyError(ProjectFileError):
    """Another program holds the project file open for writing."""


def other_writer(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` looks held open for writing by another program, or None when it is free.

    SQLite keeps ``-wal`` (write-ahead log, QGIS's default for GeoPackages it edits) and
    ``-journal`` (rollback journal of an open write) files beside a database in use; a write
    lock makes ``BEGIN IMMEDIATE`` fail at once.
    """
    p = Path(path)
    if not p.exists():
        return None
    for suffix, what in (("-wal", "a write-ahead log"), ("-journal", "a rollback journal")):
        side = p.with_name(p.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            return (
                f"{p.name} is open for editing in another program ({what} {side.name} is "
                "beside it); save or close it there first"
            )
    try:
        con = sqlite3.connect(p, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return None  # not a database we could probe: the save itself will say what is wrong
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return f"{p.name} is locked by another program writing to it; save or close it there"
        return None
    except sqlite3.DatabaseError:
        return None
    finally:
        with contextlib.suppress(sqlite3.Error):
            con.close()
    return None


def check_replaceable(
    path: str | os.PathLike[str], expected: FileStamp | None, *, overwrite: bool = False
) -> None:
    """Refuse to replace ``path`` when another program holds it, or (unless ``overwrite``)
    when it is no longer what ``expected`` says EcoPark last read or wrote."""
    p = Path(path)
    busy = other_writer(p)
    if busy:
        raise FileBusyError(busy, path=str(p))
    if not overwrite and expected is not None and has_changed(p, expected):
        raise FileChangedError(
            f"{p.name} was changed by another program since it was opened or last saved; "
            "reload and re-apply your edits, save as a new file, or overwrite on purpose",
            path=str(p),
        )
