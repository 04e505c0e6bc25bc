"""The crash journal: every edit is written to a SQLite file beside the project before it is
applied, so that after a crash (even ``kill -9``) the next start can replay them.

Why a sidecar (``park.gpkg.journal``) and not a table in the GeoPackage: a crash in the middle of
a journal write must never be able to touch the project file, and the project file is replaced
whole on every save (atomic rename) which would drop such a table anyway.

Records: ``do`` (a new command, as intent), ``undo`` (the command undone, with the state its undo
needs) and ``redo``. They replay on the project as it was saved when the journal started (its
SHA-256 is the journal's *base*); saving the project checkpoints the journal (records dropped,
new base). A journal whose base is not the project on disk (another program wrote the file,
or EcoPark was killed between a save and its checkpoint) is never thrown away unasked: its edits
are merged field by field into the file as it is now (:mod:`ecopark.storage.rebase`), what
applied and what conflicted is reported, and the journal stays until the planner decides. For
that merge each new edit is journaled with the objects it is about to change (its base).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ecopark.commands import Command, CommandStack
from ecopark.commands.serialize import (
    UnserialisableCommand,
    command_from_json,
    command_to_json,
)
from ecopark.model import EcoParkError, Park
from ecopark.storage.rebase import Conflict, base_of, replay

RecordKind = Literal["do", "undo", "redo", "unjournaled"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    payload TEXT NOT NULL,
    written REAL NOT NULL
);
"""


class JournalError(EcoParkError):
    """The journal cannot be written or read (disk full, damaged file)."""


def journal_path(project_path: str | os.PathLike[str]) -> Path:
    p = Path(project_path)
    return p.with_name(p.name + ".journal")


def fingerprint(project_path: str | os.PathLike[str]) -> str:
    """SHA-256 of the project file (empty text when there is no file yet)."""
    p = Path(project_path)
    if not p.exists():
        return ""
    digest = hashlib.sha256()
    with open(p, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class JournalStatus:
    """What a journal beside a project holds."""

    path: Path
    records: int
    """Edits recorded since the last save."""
    matches_project: bool
    """The journal was started on the project file as it is on disk now."""
    texts: tuple[str, ...] = ()
    """Descriptions of the recorded edits, oldest first (for the recovery dialog)."""

    @property
    def recoverable(self) -> int:
        """Edits that can be replayed: onto the file as journaled, or merged into it when it
        changed since (see :attr:`stale`)."""
        return self.records

    @property
    def stale(self) -> bool:
        return self.records > 0 and not self.matches_project


@dataclass
class RecoveryReport:
    """What :func:`recover` replayed."""

    replayed: int = 0
    refused: int = 0
    """Edits the model refused (they were refused before the crash as well)."""
    lost: list[str] = field(default_factory=list)
    """Edits that could not be journaled or replayed (named for the planner)."""
    file_changed: bool = False
    """The file changed since the journal began: the edits were merged into it as it is now."""
    conflicts: list[Conflict] = field(default_factory=list)
    """Edits (by object and field) that no longer apply to the changed file."""
    applied: list[str] = field(default_factory=list)
    """Edits merged in full into the changed file."""


class Journal:
    """An open journal for one project file. Use :meth:`attach` with a CommandStack, or call
    :meth:`before_apply`, :meth:`before_undo`, :meth:`before_redo` from the GUI's undo stack."""

    def __init__(self, project_path: str | os.PathLike[str]):
        self.project_path = Path(project_path)
        self.path = journal_path(self.project_path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA journal_mode=DELETE")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the crash journal {self.path.name}: {exc}") from exc
        if self._meta("base") is None:
            self._set_meta("base", fingerprint(self.project_path))
        self.park: Park | None = None
        """The park the edits apply to; when set, each new edit records its base for merges."""

    # ----- writing -------------------------------------------------------------------------
    def attach(self, stack: CommandStack) -> None:
        self.park = stack.park
        stack.before_apply.append(self.before_apply)
        stack.before_undo.append(self.before_undo)
        stack.before_redo.append(self.before_redo)

    def before_apply(self, command: Command) -> None:
        self._record("do", command, with_state=False)

    def before_undo(self, command: Command) -> None:
        self._record("undo", command, with_state=True)

    def before_redo(self, command: Command) -> None:
        self._record("redo", command, with_state=False)

    def _record(self, kind: RecordKind, command: Command, *, with_state: bool) -> None:
        try:
            data = command_to_json(command, with_state=with_state)
            if kind == "do" and self.park is not None:
                data["_base"] = base_of(command, self.park)
            payload = json.dumps(data, ensure_ascii=False)
        except UnserialisableCommand:
            kind, payload = "unjournaled", "{}"
        try:
            self._db.execute(
                "INSERT INTO records (kind, text, payload, written) VALUES (?, ?, ?, ?)",
                (kind, command.text, payload, time.time()),
            )
        except sqlite3.Error as exc:
            raise JournalError(
                f"cannot write the crash journal {self.path.name} ({exc}); save the project now"
            ) from exc

    def checkpoint(self) -> None:
        """After a successful save: the saved file holds every edit, start afresh from it."""
        with self._transaction():
            self._db.execute("DELETE FROM records")
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('base', ?)",
                (fingerprint(self.project_path),),
            )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def discard(self) -> None:
        """Close and delete the journal (after a clean close, or when recovery is declined)."""
        self.close()
        discard(self.project_path)

    # ----- reading -------------------------------------------------------------------------
    def records(self) -> list[tuple[str, str, dict[str, Any]]]:
        rows = self._db.execute("SELECT kind, text, payload FROM records ORDER BY seq").fetchall()
        return [(kind, text, json.loads(payload)) for kind, text, payload in rows]

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @contextlib.contextmanager
    def _transaction(self) -> Any:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ----- static helpers ------------------------------------------------------------------
    @staticmethod
    def status(project_path: str | os.PathLike[str]) -> JournalStatus:
        path = journal_path(project_path)
        if not path.exists():
            return JournalStatus(path, 0, True)
        try:
            with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                base_row = db.execute("SELECT value FROM meta WHERE key = 'base'").fetchone()
                texts = tuple(
                    str(t)
                    for (t,) in db.execute(
                        "SELECT text FROM records WHERE kind = 'do' ORDER BY seq"
                    )
                )
                (count,) = db.execute("SELECT COUNT(*) FROM records").fetchone()
        except sqlite3.Error:
            return JournalStatus(path, 0, False)
        base = None if base_row is None else str(base_row[0])
        return JournalStatus(path, int(count), base == fingerprint(project_path), texts)

    @staticmethod
    def pending(project_path: str | os.PathLike[str]) -> int:
        """How many journaled edits can be recovered for this project (0: none, or stale)."""
        return Journal.status(project_path).recoverable


def discard(project_path: str | os.PathLike[str]) -> None:
    """Delete the journal beside a project (and SQLite's own rollback file)."""
    path = journal_path(project_path)
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def postponed_path(project_path: str | os.PathLike[str]) -> Path:
    path = journal_path(project_path)
    return path.with_name(path.name + ".postponed")


def postpone(project_path: str | os.PathLike[str]) -> Path | None:
    """The planner will decide later about a journal: set it aside (not deleted) so that this
    session's edits get a journal of their own and a save does not checkpoint it away; it is
    offered again at the next open (:func:`resume_postponed`)."""
    path = journal_path(project_path)
    target = postponed_path(project_path)
    if not path.exists() or target.exists():
        return None  # an older postponed journal waits already: keep this one in place
    os.replace(path, target)
    return target


def resume_postponed(project_path: str | os.PathLike[str]) -> bool:
    """Put a postponed journal back when no other journal is beside the project."""
    path = journal_path(project_path)
    waiting = postponed_path(project_path)
    if waiting.exists() and not path.exists():
        os.replace(waiting, path)
        return True
    return False


def recover(park: Park, project_path: str | os.PathLike[str]) -> RecoveryReport:
    """Replay the journal beside ``project_path`` onto ``park`` (the project as loaded).

    When the file changed since the journal began (another program wrote it), the edits are
    merged into it field by field: ``report.applied`` and ``report.conflicts`` say what happened
    and nothing is lost unasked. The journal is left in place either way: the park now differs
    from the file by these edits, so further edits append to it and a second crash still
    recovers everything; it goes when the planner saves or discards.
    """
    status = Journal.status(project_path)
    if status.stale:
        try:
            with contextlib.closing(sqlite3.connect(f"file:{status.path}?mode=ro", uri=True)) as db:
                rows = db.execute("SELECT kind, text, payload FROM records ORDER BY seq").fetchall()
            records = [(str(k), str(t), json.loads(p)) for k, t, p in rows]
        except (sqlite3.Error, ValueError) as exc:
            raise JournalError(
                f"the crash journal of {Path(project_path).name} cannot be read ({exc})"
            ) from exc
        merged = replay(park, records)
        return RecoveryReport(
            replayed=len(merged.applied),
            lost=merged.lost,
            file_changed=True,
            conflicts=merged.conflicts,
            applied=merged.applied,
        )
    report = RecoveryReport()
    if status.records == 0:
        return report
    with contextlib.closing(sqlite3.connect(f"file:{status.path}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT kind, text, payload FROM records ORDER BY seq").fetchall()
    for position, (kind, text, payload) in enumerate(rows):
        try:
            if kind == "unjournaled":
                raise JournalError("this kind of edit cannot be journaled")
            command = command_from_json(json.loads(payload))
        except (EcoParkError, ValueError, KeyError, TypeError) as exc:
            # later edits may depend on this one: replaying them could give a wrong park
            report.lost.append(f"{text} ({exc})")
            report.lost.extend(str(t) for _, t, _ in rows[position + 1 :])
            break
        try:
            if kind == "undo":
                command.undo(park)
            else:
                command.redo(park)
        except EcoParkError:
            report.refused += 1
            continue
        report.replayed += 1
    return report
