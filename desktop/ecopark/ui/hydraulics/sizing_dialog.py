"""The pipe-sizing dialog: the proposal of :func:`ecopark.hydraulics.sizing.propose_sizes`, one
checkable row per pipe; the planner accepts all or some, as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.hydraulics.sizing import SizeChange, SizingProposal
from ecopark.numbers import format_plain
from ecopark.terms import label
from ecopark.ui import i18n


class SizingDialog(QDialog):
    def __init__(self, proposal: SizingProposal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Size pipes"))
        self.proposal = proposal
        layout = QVBoxLayout(self)
        n = len(proposal.changes)
        intro = (
            self.tr("The smallest standard diameter for each pipe that keeps within the velocity "
                    "limits and gives every consumer its pressure. Untick the pipes to keep.")
            if n else self.tr("Every pipe already has the size the networks need.")
        )  # fmt: skip
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        if proposal.unresolved:
            warn = QLabel(self.tr("Still short after sizing:") + "\n" +
                          "\n".join(proposal.unresolved))  # fmt: skip
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #b00020")
            layout.addWidget(warn)
        self.table = QTableWidget(n, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Pipeline"), self.tr("Medium"), self.tr("Now, DN"), self.tr("Proposed, DN"),
            self.tr("Reason"),
        ])  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lang = i18n.current_language()
        reasons = {"velocity": self.tr("velocity limit"), "pressure": self.tr("pressure")}
        for r, c in enumerate(proposal.changes):
            first = QTableWidgetItem(c.pipeline_id)
            first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, 0, first)
            for k, value in enumerate(
                (label("medium", c.medium, lang), format_plain(c.current_dn), f"{c.proposed_dn}",
                 reasons.get(c.reason, c.reason)), start=1):  # fmt: skip
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, k, item)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply ticked sizes"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def accepted_changes(self) -> list[SizeChange]:
        return [c for r, c in enumerate(self.proposal.changes) if self._ticked(r)]

    def _ticked(self, row: int) -> bool:
        item = self.table.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_checked(self, pipeline_ids: set[str]) -> None:
        """Tick exactly these pipes (tests, keyboard users)."""
        for r, c in enumerate(self.proposal.changes):
            item = self.table.item(r, 0)
            if item is not None:
                on = c.pipeline_id in pipeline_ids
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
