"""New, Open, Open recent, Save, Save as, and the question about unsaved changes before a project
is dropped: the one place where the open project is replaced or written.

The questions to the planner go through an injected :class:`FilePrompts` object (the real one
opens dialogs; tests give a scripted one), so the controller is tested without monkeypatching
the window. Strings keep the "MainWindow" translation context they had in the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from ecopark.messages import render
from ecopark.model import EcoParkError
from ecopark.storage import load_park
from ecopark.storage.watch import FileChangedError, FileStamp
from ecopark.ui.dialogs.attention_dialog import show_needs_attention
from ecopark.ui.dialogs.file_changed import resolve_changed_file
from ecopark.ui.dialogs.new_park import NewParkDialog, NewParkSpec, create_park
from ecopark.ui.dialogs.recovery import offer_recovery
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import current_language
from ecopark.ui.preferences import Preferences
from ecopark.ui.settings import add_recent_file, clear_recent_files, recent_files
from ecopark.ui.start_page import PROJECT_FILTER

APP_TITLE = "EcoPark Planner"
"""Translated in context MainWindow (the window title uses the same source text)."""
Answer = QMessageBox.StandardButton


class FilePrompts(Protocol):
    """What the file actions ask the planner; :class:`DialogPrompts` asks with dialogs."""

    def ask_save_changes(self, title: str) -> QMessageBox.StandardButton: ...
    def ask_open_path(self, start: str) -> str: ...
    def ask_save_path(self, suggestion: str) -> str: ...
    def ask_new_park(self) -> NewParkSpec | None: ...
    def ask_import_path(self, start: str, patterns: str) -> str: ...
    def show_error(self, title: str, message: str) -> None: ...


class DialogPrompts:
    """The real questions: message boxes, file dialogs, the new-park dialog."""

    def __init__(self, parent: QWidget):
        self.parent = parent

    def ask_save_changes(self, title: str) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self.parent,
            QCoreApplication.translate("MainWindow", APP_TITLE),
            QCoreApplication.translate(
                "MainWindow", "Save the changes to “%1” before closing it?"
            ).replace("%1", title),
            Answer.Save | Answer.Discard | Answer.Cancel,
            Answer.Save,
        )

    def ask_open_path(self, start: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("MainWindow", "Open project"),
            start,
            QCoreApplication.translate("StartPage", PROJECT_FILTER),
        )
        return path

    def ask_save_path(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("MainWindow", "Save project as"),
            suggestion,
            QCoreApplication.translate("StartPage", PROJECT_FILTER),
        )
        return path

    def ask_new_park(self) -> NewParkSpec | None:
        dialog = NewParkDialog(self.parent, default_crs=Preferences().default_crs)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()

    def ask_import_path(self, start: str, patterns: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("MainWindow", "Import into the scenario on screen"),
            start,
            QCoreApplication.translate("MainWindow", "GIS and CAD files (%1)").replace(
                "%1", patterns
            ),
        )
        return path

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)


class FileHost(Protocol):
    """What the file controller needs from the window."""

    document: ProjectDocument

    def set_document(self, document: ProjectDocument) -> None: ...
    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...
    def project_saved(self) -> None: ...


class FileController:
    """The File menu's project actions for one window."""

    def __init__(self, host: FileHost, prompts: FilePrompts, parent: QWidget | None = None):
        self.host = host
        self.prompts = prompts
        self.parent = parent

    @property
    def document(self) -> ProjectDocument:
        return self.host.document

    def new_park(self) -> bool:
        if not self.maybe_save():
            return False
        spec = self.prompts.ask_new_park()
        if spec is None:
            return False
        try:
            park = create_park(spec)
        except EcoParkError as exc:
            self.prompts.show_error(
                QCoreApplication.translate("MainWindow", "Cannot create the park"),
                render(str(exc), current_language()),
            )
            return False
        self.host.set_document(ProjectDocument(park))
        self.host.show_status(
            QCoreApplication.translate("MainWindow", "New park “%1” in %2: draw zones to start")
            .replace("%1", spec.name)
            .replace("%2", park.crs),
            10000,
        )
        return True

    def open_interactive(self) -> bool:
        if not self.maybe_save():
            return False
        doc = self.document
        start = str(doc.path.parent) if doc.path else str(Path.home())
        path = self.prompts.ask_open_path(start)
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Open a project in this window (no question asked; see :meth:`open_interactive`)."""
        try:
            document = load_document(path, self.parent)
        except (EcoParkError, OSError) as exc:
            self.prompts.show_error(
                QCoreApplication.translate("MainWindow", "Cannot open %1").replace(
                    "%1", Path(path).name
                ),
                render(str(exc), current_language()),
            )
            return False
        self.host.set_document(document)
        add_recent_file(path)
        self.host.show_status(
            QCoreApplication.translate("MainWindow", "Opened %1").replace("%1", str(path)), 5000
        )
        return True

    def open_recent(self, path: str | Path) -> bool:
        if not self.maybe_save():
            return False
        return self.open_path(path)

    def save(self) -> bool:
        doc = self.document
        if doc.path is None:
            return self.save_as()
        return self._save_to(doc.path)

    def save_as(self) -> bool:
        doc = self.document
        suggestion = (
            str(doc.path) if doc.path else str(Path.home() / f"{file_stem(doc.park.name)}.gpkg")
        )
        path = self.prompts.ask_save_path(suggestion)
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".gpkg":
            target = target.with_name(target.name + ".gpkg")
        return self._save_to(target)

    def _save_to(self, target: Path, overwrite: bool = False) -> bool:
        try:
            saved = self.document.save(target, overwrite=overwrite)
        except FileChangedError:
            return resolve_changed_file(self, target)  # reload and re-apply, save as, overwrite
        except (EcoParkError, OSError) as exc:
            self.prompts.show_error(
                QCoreApplication.translate("MainWindow", "Cannot save %1").replace(
                    "%1", target.name
                ),
                render(str(exc), current_language()),
            )
            return False
        self.host.project_saved()
        add_recent_file(saved)
        self.host.show_status(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(saved)), 5000
        )
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open project (saved, or the planner said so)."""
        if not self.document.modified:
            return True
        answer = self.prompts.ask_save_changes(self.document.title)
        if answer == Answer.Save:
            return self.save()
        return answer == Answer.Discard

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = recent_files()
        for path in files:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not files:
            menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent projects")
            ).setEnabled(False)
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("MainWindow", "Clear the list"), clear_recent_files
        )


def file_stem(name: str) -> str:
    """A file name made from a park name (letters, digits, - and _)."""
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in name.strip().lower())
    return stem.strip("_") or "park"


def load_document(path: str | Path, parent: QWidget | None = None) -> ProjectDocument:
    """Open a project, first offering to replay the edits of a crashed session (the crash
    journal beside the file); a recovered project shows as modified."""
    stamp = FileStamp.of(path)  # before reading: a change during the load shows at the save
    park = load_park(path, set_aside=True)
    report = offer_recovery(parent, path, park)
    document = ProjectDocument(park, path)
    document.stamp = stamp
    if report is not None:
        document.undo_stack.resetClean()
    if park.needs_attention and parent is not None:
        show_needs_attention(document, parent)  # rows another program wrote that we cannot read
    return document
