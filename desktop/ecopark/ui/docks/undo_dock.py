"""The undo history: every edit as a line; clicking a line goes back (or forward) to it."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

from ecopark.ui.document import ProjectDocument


class UndoDock(QDockWidget):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo history"))
        self.setObjectName("undo_dock")
        self.setToolTip(
            self.tr("Every edit since the project was opened; click a line to go back to it")
        )
        self.view = QUndoView(document.undo_stack)
        self.view.setEmptyLabel(self.tr("<opened>"))
        self.setWidget(self.view)
        self.document = document

    def set_document(self, document: ProjectDocument) -> None:
        self.document = document
        self.view.setStack(document.undo_stack)
