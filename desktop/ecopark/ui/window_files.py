"""The main window's file actions: New, Open, Open recent, Save, Save as, and the question about
unsaved changes before a project is dropped.

They live apart from the window's layout because they are the one place where the open project
is replaced or written, with their own error handling and planner questions (the ``ask_*``
methods, which tests replace); :class:`MainWindow` mixes :class:`FileActions` in, so every name
stays a method of the window. Strings are translated under the "MainWindow" context, as before
the split (``self.tr`` here would be filed by lupdate under this mixin's name).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from ecopark.model import EcoParkError
from ecopark.storage import load_park
from ecopark.ui.dialogs.new_park import DEFAULT_CRS, NewParkDialog, NewParkSpec, create_park
from ecopark.ui.dialogs.recovery import offer_recovery
from ecopark.ui.document import ProjectDocument
from ecopark.ui.settings import add_recent_file, clear_recent_files, recent_files
from ecopark.ui.start_page import PROJECT_FILTER

if TYPE_CHECKING:
    from ecopark.ui.window_recovery import ProjectJournal

    _Base = QMainWindow
else:
    _Base = object

APP_TITLE = "EcoPark Planner"
Answer = QMessageBox.StandardButton


class FileActions(_Base):
    """File menu actions of :class:`ecopark.ui.main_window.MainWindow` (a mixin)."""

    if TYPE_CHECKING:  # provided by MainWindow
        document: ProjectDocument
        journal: ProjectJournal
        recent_menu: QMenu

        def set_document(self, document: ProjectDocument) -> None: ...
        def _update_title(self, *_: object) -> None: ...

    # =============================================================================================
    # files
    # =============================================================================================
    def new_park(self) -> bool:
        if not self.maybe_save():
            return False
        spec = self.ask_new_park()
        if spec is None:
            return False
        try:
            park = create_park(spec)
        except EcoParkError as exc:
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot create the park"), str(exc)
            )
            return False
        self.set_document(ProjectDocument(park))
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "New park “%1” in %2: draw zones to start")
            .replace("%1", spec.name)
            .replace("%2", park.crs),
            10000,
        )
        return True

    def open_interactive(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.ask_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Open a project in this window (no question asked; see :meth:`open_interactive`)."""
        try:
            document = load_document(path, self)
        except (EcoParkError, OSError) as exc:
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot open %1").replace(
                    "%1", Path(path).name
                ),
                str(exc),
            )
            return False
        self.set_document(document)
        add_recent_file(path)
        self.statusBar().showMessage(
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
        path = self.ask_save_path()
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".gpkg":
            target = target.with_name(target.name + ".gpkg")
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        try:
            saved = self.document.save(target)
        except (EcoParkError, OSError) as exc:
            self.show_error(
                QCoreApplication.translate("MainWindow", "Cannot save %1").replace(
                    "%1", target.name
                ),
                str(exc),
            )
            return False
        self.journal.saved()
        add_recent_file(saved)
        self._update_title()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(saved)), 5000
        )
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open project (saved, or the planner said so)."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == Answer.Save:
            return self.save()
        return answer == Answer.Discard

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
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

    # ----- asking the planner (tests replace these methods) ---------------------------------------
    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            APP_TITLE,
            QCoreApplication.translate(
                "MainWindow", "Save the changes to “%1” before closing it?"
            ).replace("%1", self.document.title),
            Answer.Save | Answer.Discard | Answer.Cancel,
            Answer.Save,
        )

    def ask_open_path(self) -> str:
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open project"), start, PROJECT_FILTER
        )
        return path

    def ask_save_path(self) -> str:
        doc = self.document
        suggestion = (
            str(doc.path) if doc.path else str(Path.home() / f"{file_stem(doc.park.name)}.gpkg")
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Save project as"),
            suggestion,
            PROJECT_FILTER,
        )
        return path

    def ask_new_park(self) -> NewParkSpec | None:
        dialog = NewParkDialog(self, default_crs=_preferred_crs())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)


def file_stem(name: str) -> str:
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in name.strip().lower())
    return stem.strip("_") or "park"


def _preferred_crs() -> str:
    try:
        from ecopark.ui.preferences import Preferences
    except ImportError:
        return DEFAULT_CRS
    return Preferences().default_crs


def load_document(path: str | Path, parent: QWidget | None = None) -> ProjectDocument:
    """Open a project, first offering to replay the edits of a crashed session (the crash
    journal beside the file); a recovered project shows as modified."""
    park = load_park(path)
    report = offer_recovery(parent, path, park)
    document = ProjectDocument(park, path)
    if report is not None:
        document.undo_stack.resetClean()
    return document
