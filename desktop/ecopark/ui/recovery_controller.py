"""Losing nothing when the application or the machine dies: the crash journal of the open
project and the periodic autosave copy.

:class:`RecoveryController` runs both for one window: it opens a :class:`ProjectJournal` for each
document the window shows (every edit is written beside the project before it is applied),
checkpoints it on save, drops it when the planner closes the project on purpose, and writes the
autosave copy on a timer and when the crash handler asks. Strings keep the "MainWindow"
translation context they had in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer

from ecopark.commands import Command
from ecopark.model import EcoParkError
from ecopark.storage import save_park
from ecopark.storage.journal import Journal, JournalError, journal_path
from ecopark.ui.document import ProjectDocument
from ecopark.ui.file_controller import file_stem
from ecopark.ui.preferences import Preferences


class RecoveryController(QObject):
    """Crash journal and autosave of the project shown in one window."""

    def __init__(self, report: Callable[[str, int], None], parent: QObject | None = None):
        super().__init__(parent)
        self.report = report
        """Shows a message (text, milliseconds) in the window's status bar."""
        self.document: ProjectDocument | None = None
        self.journal: ProjectJournal | None = None
        self._autosaves: set[Path] = set()
        """Autosave copies written by this window (Save As leaves one under the old name)."""
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._autosave_if_modified)
        self.start_autosave()

    # ----- the open document -----------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        """Journal the edits of ``document`` (the window shows it from now on)."""
        self.document = document
        self.journal = ProjectJournal(document, lambda message: self.report(message, 30000))

    def saved(self) -> None:
        """The project was saved: checkpoint the journal (Save As: a new file and journal) and
        remove the autosave copies, which the file now supersedes."""
        if self.journal is not None:
            self.journal.saved()
        self.remove_autosaves()

    def drop(self) -> None:
        """The planner saved or chose to discard: nothing to recover."""
        if self.journal is not None:
            self.journal.drop()
        self.remove_autosaves()

    def remove_autosaves(self) -> None:
        """Delete the autosave copies this window wrote, so no stale ``*.autosave.gpkg`` stays
        beside a saved or cleanly closed project. A copy left by an earlier session (a crash) is
        not this window's to delete: it may hold what the file lacks."""
        for path in sorted(self._autosaves):
            try:
                path.unlink(missing_ok=True)
            except OSError:  # a locked copy is harmless: the next save or close retries
                continue
            self._autosaves.discard(path)

    # ----- autosave (a recovery copy; the project file and the undo history are left alone) ---
    def start_autosave(self) -> None:
        """(Re)start the timer from the preferences (0 minutes: off)."""
        minutes = Preferences().autosave_minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def _autosave_if_modified(self) -> None:
        if self.document is not None and self.document.modified:
            try:
                self.autosave()
            except (EcoParkError, OSError) as exc:
                self.report(
                    QCoreApplication.translate("MainWindow", "Autosave failed: %1").replace(
                        "%1", str(exc)
                    ),
                    15000,
                )

    def autosave_path(self) -> Path:
        doc = self.document
        assert doc is not None
        if doc.path is not None:
            return doc.path.with_name(f"{doc.path.stem}.autosave.gpkg")
        return _autosave_folder() / f"{file_stem(doc.park.name)}.autosave.gpkg"

    def autosave(self) -> Path | None:
        """Write a copy of the open project beside it (untitled: in the application's data
        folder); also called by the crash handler. None when there is nothing unsaved."""
        if self.document is None or not self.document.modified:
            return None
        target = self.autosave_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        save_park(self.document.park, target)
        self._autosaves.add(target)
        return target


def _autosave_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return (Path(base) if base else Path.home() / ".local" / "share" / "ecopark") / "autosave"


class ProjectJournal:
    """The crash journal of the open document: every edit, undo and redo is written beside the
    project file before it is applied, so a crash loses nothing (see ecopark.storage.journal).

    Opened at the first edit (opening a file to look at it writes nothing beside it), checkpointed
    on save, deleted when the planner closes the project on purpose. An untitled project has no
    journal until its first save. A journal that cannot be written is reported once and stops.
    """

    def __init__(self, document: ProjectDocument, report: Callable[[str], None]):
        self.document = document
        self.report = report
        self.journal: Journal | None = None
        self.path: Path | None = document.path
        self.failed = False
        document.before_apply.append(self._before_apply)
        document.before_undo.append(self._before_undo)
        document.before_redo.append(self._before_redo)

    def _open(self) -> Journal | None:
        if self.journal is None and not self.failed and self.path is not None:
            try:
                self.journal = Journal(self.path)
                self.journal.park = self.document.park  # each edit records its base (merges)
            except JournalError as exc:
                self._fail(exc)
        return self.journal

    def _fail(self, exc: Exception) -> None:
        self.failed = True
        self.report(
            QCoreApplication.translate(
                "MainWindow", "Edits are not journaled (%1); save often."
            ).replace("%1", str(exc))
        )

    def _write(self, record: Callable[[Journal, Command], None], command: Command) -> None:
        journal = self._open()
        if journal is None:
            return
        try:
            record(journal, command)
        except JournalError as exc:
            self._fail(exc)

    def _before_apply(self, command: Command) -> None:
        self._write(Journal.before_apply, command)

    def _before_undo(self, command: Command) -> None:
        self._write(Journal.before_undo, command)

    def _before_redo(self, command: Command) -> None:
        self._write(Journal.before_redo, command)

    def saved(self) -> None:
        """The project was saved: its file holds every edit (Save As: a new file and journal)."""
        new_path = self.document.path
        if self.journal is not None and new_path != self.path:
            self.journal.discard()
            self.journal = None
        self.path = new_path
        if self.journal is None and new_path is not None and journal_path(new_path).exists():
            self._open()  # a journal kept from before a reload: the save holds its edits now
        if self.journal is not None:
            try:
                self.journal.checkpoint()
            except JournalError as exc:
                self._fail(exc)

    def drop(self) -> None:
        """The planner closed the project (saved, or discarding the edits): no journal left."""
        hooks = (
            (self.document.before_apply, self._before_apply),
            (self.document.before_undo, self._before_undo),
            (self.document.before_redo, self._before_redo),
        )
        for hook_list, hook in hooks:
            if hook in hook_list:
                hook_list.remove(hook)
        if self.journal is not None:
            self.journal.discard()
            self.journal = None
