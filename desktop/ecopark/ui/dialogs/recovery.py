"""On opening a project with a pending crash journal: "Recover N unsaved edits?"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ecopark.model import Park
from ecopark.storage.journal import Journal, RecoveryReport, discard, recover
from ecopark.ui.i18n import arg


def offer_recovery(
    parent: QWidget | None, project_path: str | Path, park: Park
) -> RecoveryReport | None:
    """Ask whether to replay the journal onto ``park`` (just loaded from ``project_path``).

    Returns the report when edits were recovered (the caller then marks the document modified),
    None when there was nothing to recover or the planner declined (the journal is discarded).
    A stale journal (the project was saved or replaced since) is discarded with a note.
    """
    path = Path(project_path)
    status = Journal.status(path)
    if status.stale:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Recovery", "Crash journal"),
            arg(
                QCoreApplication.translate(
                    "Recovery",
                    "A crash journal for %1 was found, but the project has been saved or "
                    "replaced since; its edits are already in the file or no longer apply. It "
                    "has been removed.",
                ),
                path.name,
            ),
        )
        discard(path)
        return None
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
