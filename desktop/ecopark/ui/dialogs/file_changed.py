"""Saving over a file another program changed: say so, and let the planner choose.

The core refuses the save (``FileChangedError``, ecopark.storage.watch); here the planner picks:
reload the file and re-apply the unsaved edits on top (ecopark.storage.rebase; what no longer
applies is listed by object and field), save as a new file, or overwrite on purpose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ecopark.model import EcoParkError
from ecopark.storage.rebase import ReplayReport, reload_and_reapply
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg

RELOAD, SAVE_AS, OVERWRITE, CANCEL = "reload", "save_as", "overwrite", "cancel"
MAX_LISTED = 20


def ask_choice(parent: QWidget, target: Path) -> str:
    """The planner's choice (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("FileChanged", "File changed by another program"))
    box.setText(
        arg(
            QCoreApplication.translate(
                "FileChanged",
                "%1 was changed by another program (QGIS, for example) since you opened or last "
                "saved it. Saving now would overwrite those changes.",
            ),
            target.name,
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "FileChanged",
            "Reload the file and re-apply your unsaved edits on top of it (edits that no longer "
            "apply are listed), save your version as a new file, or overwrite the other "
            "program's changes on purpose.",
        )
    )
    buttons: dict[object, str] = {
        box.addButton(
            QCoreApplication.translate("FileChanged", "Reload and re-apply my edits"),
            QMessageBox.ButtonRole.AcceptRole,
        ): (RELOAD),
        box.addButton(
            QCoreApplication.translate("FileChanged", "Save as a new file…"),
            QMessageBox.ButtonRole.ActionRole,
        ): SAVE_AS,
        box.addButton(
            QCoreApplication.translate("FileChanged", "Overwrite their changes"),
            QMessageBox.ButtonRole.DestructiveRole,
        ): (OVERWRITE),
    }
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)


def resolve_changed_file(files: Any, target: Path) -> bool:
    """Called by the file controller's save when the file changed; True when it was saved."""
    choice = ask_choice(files.parent, target)
    if choice == OVERWRITE:
        return bool(files._save_to(target, overwrite=True))
    if choice == SAVE_AS:
        return bool(files.save_as())
    if choice == RELOAD:
        reload_in_window(files, target)
    return False


def reload_in_window(files: Any, target: Path) -> ReplayReport | None:
    """Replace the open project by the file as it is now with the unsaved edits merged on top;
    the result shows as modified (the planner reviews, then saves). The crash journal is kept:
    it still holds the edits until that save."""
    host = files.host
    project_journal = getattr(getattr(host, "recovery", None), "journal", None)
    journal = getattr(project_journal, "journal", None)
    if journal is None and files.document.modified:
        files.prompts.show_error(
            QCoreApplication.translate("FileChanged", "Cannot re-apply the edits"),
            QCoreApplication.translate(
                "FileChanged",
                "Your unsaved edits were not journaled; save them as a new file instead.",
            ),
        )
        return None
    records = journal.records() if journal is not None else []
    try:
        park, report = reload_and_reapply(target, records)
    except EcoParkError as exc:
        files.prompts.show_error(
            arg(QCoreApplication.translate("FileChanged", "Cannot reload %1"), target.name),
            str(exc),
        )
        return None
    if journal is not None and project_journal is not None:
        journal.close()
        project_journal.journal = None  # keep the file: set_document would delete it
    document = ProjectDocument(park, target)
    document.undo_stack.resetClean()  # the merged edits are not in the file yet
    host.set_document(document)
    show_report(files.parent, target, report)
    return report


def show_report(parent: QWidget, target: Path, report: ReplayReport) -> None:
    lines = [c.line() for c in report.conflicts] + [
        arg(QCoreApplication.translate("FileChanged", "not journaled: %1"), text)
        for text in report.lost
    ]
    head = arg(
        QCoreApplication.translate(
            "FileChanged", "%1 edit(s) were re-applied on top of %2 as it is now; review and save."
        ),
        len(report.applied),
        target.name,
    )
    if not lines:
        QMessageBox.information(
            parent, QCoreApplication.translate("FileChanged", "Edits re-applied"), head
        )
        return
    listed = "\n".join(f"• {line}" for line in lines[:MAX_LISTED])
    more = (
        arg(QCoreApplication.translate("FileChanged", "… and %1 more"), len(lines) - MAX_LISTED)
        if len(lines) > MAX_LISTED
        else ""
    )
    intro = QCoreApplication.translate(
        "FileChanged", "These no longer apply (the file keeps its value):"
    )
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("FileChanged", "Some edits no longer apply"),
        f"{head}\n\n{intro}\n{listed}\n{more}",
    )
