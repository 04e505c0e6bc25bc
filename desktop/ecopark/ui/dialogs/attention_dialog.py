"""Rows of the file EcoPark could not read (ecopark.model.attention): listed with layer, fid,
field, value and what is wrong; the planner fixes a row (it becomes an object) or deletes it,
both undoable (ResolveAttention). The rest of the project is open meanwhile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import ResolveAttention
from ecopark.commands.attention import draft_fields
from ecopark.model import TYPE_BY_LAYER, EcoParkError
from ecopark.model.attention import AttentionRow
from ecopark.model.fields import Role, role_of
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg
from ecopark.ui.refusals import refusal_text


class NeedsAttentionDialog(QDialog):
    """The "needs attention" list of the open project."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Rows that need attention"))
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Layer"), self.tr("Feature id"), self.tr("Field"), self.tr("Value"),
             self.tr("What is wrong")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.fix_button = QPushButton(self.tr("Fix…"))
        self.delete_button = QPushButton(self.tr("Delete row"))
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.fix_button.clicked.connect(self.fix_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(buttons)
        self.resize(900, 360)
        self.refresh()

    def refresh(self) -> None:
        rows = self.document.park.needs_attention
        self.label.setText(
            arg(
                self.tr(
                    "%1 row(s) of the file could not be read and were set aside; the rest of "
                    "the project is open. They are kept in the file until you fix or delete them."
                ),
                len(rows),
            )
        )
        problems = [(r, p) for r in rows for p in r.problems]
        self.table.setRowCount(len(problems))
        for i, (row, p) in enumerate(problems):
            for col, text in enumerate((row.layer, str(row.fid), p.field, p.value, p.problem)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._problems = problems
        enabled = bool(problems)
        self.fix_button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)
        if problems and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def selected(self) -> AttentionRow | None:
        i = self.table.currentRow()
        return self._problems[i][0] if 0 <= i < len(self._problems) else None

    def delete_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.document.push(ResolveAttention(row.key))
            self.refresh()

    def ask_value(self, row: AttentionRow, field: str, shown: str) -> str | None:
        """The corrected value of one field (tests replace this)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Fix a row"),
            arg(self.tr("%1 %2, field %3 (stored: %4):"), row.layer, row.fid, field, shown),
        )
        return text if ok else None

    def fix_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        cls = TYPE_BY_LAYER[row.layer]
        roles = {f.name: role_of(f) for f in getattr(cls, "__dataclass_fields__", {}).values()}
        fields: dict[str, Any] = draft_fields(row)
        for problem in row.problems:
            if problem.field not in roles:
                continue
            text = self.ask_value(row, problem.field, problem.value)
            if text is None:
                return
            fields[problem.field] = _typed(text, roles[problem.field])
        sid = row.scenario_id or self.document.scenario_id
        try:
            obj = cls(**fields)
        except (EcoParkError, TypeError) as exc:
            QMessageBox.warning(self, self.tr("Fix a row"), refusal_text(exc))  # type: ignore[arg-type]
            return
        self.document.push(ResolveAttention(row.key, obj, sid))
        self.refresh()


def _typed(text: str, role: Role) -> Any:
    if role in (Role.QUANTITY, Role.OPTIONAL_QUANTITY, Role.COUNT):
        cleaned = text.strip().replace(",", "")
        if not cleaned and role is Role.OPTIONAL_QUANTITY:
            return None
        try:
            number = float(cleaned)
        except ValueError:
            return text  # the model refuses it with a message naming the field
        return int(number) if role is Role.COUNT and number.is_integer() else number
    if role is Role.FLAG:
        return text.strip().lower() in ("1", "yes", "true", "是")
    return text


def show_needs_attention(document: ProjectDocument, parent: QWidget) -> NeedsAttentionDialog:
    """Show the list (non-modal) over the freshly opened project."""
    dialog = NeedsAttentionDialog(document, parent)
    dialog.show()
    QCoreApplication.processEvents()
    return dialog
