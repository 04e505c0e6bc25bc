"""On opening a project with a pending crash journal: "Recover N unsaved edits?"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ecopark.model import Park
from ecopark.storage.journal import (
    Journal,
    JournalStatus,
    RecoveryReport,
    discard,
    postpone,
    recover,
    resume_postponed,
)
from ecopark.ui.i18n import arg


def offer_recovery(
    parent: QWidget | None, project_path: str | Path, park: Park
) -> RecoveryReport | None:
    """Ask whether to replay the journal onto ``park`` (just loaded from ``project_path``).

    Returns the report when edits were recovered (the caller then marks the document modified),
    None when there was nothing to recover or the planner declined (the journal is discarded).
    When the file changed since the journal began (another program wrote it, or EcoPark was
    killed between a save and its checkpoint), the edits are offered for merging into the file
    as it is now; the journal is never deleted unasked.
    """
    path = Path(project_path)
    resume_postponed(path)
    status = Journal.status(path)
    if status.stale:
        return _offer_merge(parent, path, park, status)
    count = status.recoverable
    if count == 0:
        return None
    listed = "\n".join(f"  • {t}" for t in status.texts[-8:])
    more = (
        "\n  "
        + arg(QCoreApplication.translate("Recovery", "… and %1 earlier"), len(status.texts) - 8)
        if len(status.texts) > 8
        else ""
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Recovery", "Recover unsaved edits?"),
        arg(
            QCoreApplication.translate(
                "Recovery",
                "EcoPark Planner closed unexpectedly while %1 had %2 unsaved edit(s) "
                "(including undo/redo steps):\n%3\n\nRecover them?",
            ),
            path.name,
            count,
            listed + more,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        discard(path)
        return None
    report = recover(park, path)
    if report.lost:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Recovery", "Recover unsaved edits"),
            arg(
                QCoreApplication.translate(
                    "Recovery", "%1 edit(s) were recovered; these could not be: %2"
                ),
                report.replayed,
                "; ".join(report.lost[:5]),
            ),
        )
    return report


MERGE, DISCARD, LATER = "merge", "discard", "later"


def ask_merge(parent: QWidget | None, path: Path, status: JournalStatus) -> str:
    """The planner's choice for a journal of an older version of the file (tests replace it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Recover unsaved edits?"))
    listed = "\n".join(f"  • {t}" for t in status.texts[-8:])
    box.setText(
        arg(
            QCoreApplication.translate(
                "Recovery",
                "EcoPark Planner closed unexpectedly while %1 had %2 unsaved edit(s):\n%3\n\n"
                "The file has been changed since (by another program, or by a save that was "
                "not recorded). Your edits can be merged into the file as it is now; edits "
                "that no longer apply will be listed.",
            ),
            path.name,
            status.records,
            listed,
        )
    )
    merge = box.addButton(
        QCoreApplication.translate("Recovery", "Merge my edits"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Recovery", "Decide later (keep them)"),
        QMessageBox.ButtonRole.RejectRole,
    )
    discard_button = box.addButton(
        QCoreApplication.translate("Recovery", "Discard my edits"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(merge)
    box.exec()
    clicked = box.clickedButton()
    if clicked is merge:
        return MERGE
    if clicked is discard_button:
        return DISCARD
    return LATER


def _offer_merge(
    parent: QWidget | None, path: Path, park: Park, status: JournalStatus
) -> RecoveryReport | None:
    choice = ask_merge(parent, path, status)
    if choice == DISCARD:
        discard(path)
        return None
    if choice != MERGE:
        postpone(path)  # kept aside (this session's edits get a journal of their own)
        return None
    report = recover(park, path)
    lines = [c.line() for c in report.conflicts] + list(report.lost)
    head = arg(
        QCoreApplication.translate(
            "Recovery", "%1 edit(s) were merged into %2 as it is now; review and save."
        ),
        len(report.applied),
        path.name,
    )
    if lines:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Recovery", "Some edits no longer apply"),
            head
            + "\n\n"
            + QCoreApplication.translate(
                "Recovery", "These no longer apply (the file keeps its value):"
            )
            + "\n"
            + "\n".join(f"• {line}" for line in lines[:20]),
        )
    else:
        QMessageBox.information(
            parent, QCoreApplication.translate("Recovery", "Recover unsaved edits"), head
        )
    return report
