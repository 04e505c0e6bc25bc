"""The scenario switcher: the baseline and the plans of the park.

Switching changes what the map, the tables and the indicators show. "Copy to new plan" starts a
plan from the scenario on screen (AddScenario with copy_from); rename and delete are commands too,
so all of it undoes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import AddScenario, RemoveScenario, SetScenarioInfo
from ecopark.model import EcoParkError, Park, ScenarioChange, ScenarioInfo
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg


@dataclass(frozen=True)
class PlanRequest:
    name: str
    year: int


def new_scenario_id(park: Park, name: str) -> str:
    """A readable id from the plan's name ("Plan 2030" -> "plan_2030"), unique in the park."""
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "plan"
    candidate, n = base, 2
    while candidate in park.scenarios:
        candidate = f"{base}_{n}"
        n += 1
    return candidate


class NewPlanDialog(QDialog):
    """Name and target year of a plan copied from the current scenario."""

    def __init__(self, source: ScenarioInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy to a new plan"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(arg(self.tr("Plan %1"), source.year + 5))
        self.name_edit.setToolTip(self.tr("Name of the new plan scenario"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1900, 2200)
        self.year_spin.setValue(source.year + 5)
        self.year_spin.setToolTip(self.tr("Target year of the plan"))
        form.addRow(QLabel(arg(self.tr("Copies every object of “%1”."), source.name)))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Target year"), self.year_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def request(self) -> PlanRequest:
        return PlanRequest(self.name_edit.text().strip(), self.year_spin.value())


class ScenarioDock(DocumentDock):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scenarios"))
        self.setObjectName("scenario_dock")
        self.setToolTip(self.tr("Baseline and plans: click one to show it on the map"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Click a scenario to show it; the bold one is on screen"))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy to new plan…"))
        self.copy_button.setToolTip(self.tr("Start a new plan as a copy of the scenario on screen"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the scenario on screen"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the scenario on screen (can be undone)"))
        for b in (self.copy_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        self.setWidget(body)
        self.list.itemClicked.connect(self._item_clicked)
        self.list.itemActivated.connect(self._item_clicked)
        self.copy_button.clicked.connect(self.copy_current_interactive)
        self.rename_button.clicked.connect(self.rename_current_interactive)
        self.delete_button.clicked.connect(self.delete_current_interactive)
        self.document = document
        self.set_document(document)

    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.changed, self._on_change)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def _on_change(self, change: object) -> None:
        if isinstance(change, ScenarioChange):
            self.schedule_refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for sid, scenario in self.document.park.scenarios.items():
            info = scenario.info
            kind = {"baseline": self.tr("baseline"), "plan": self.tr("plan")}.get(info.kind)
            item = QListWidgetItem(f"{info.name}  ·  {kind or info.kind}, {info.year}")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            count = sum(scenario.counts().values())
            item.setToolTip(arg(self.tr("id %1; %2 objects"), sid, count))
            if sid == self.document.scenario_id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.list.addItem(item)
                self.list.setCurrentItem(item)
            else:
                self.list.addItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(len(self.document.park.scenarios) > 1)

    def scenario_ids(self) -> list[str]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def _item_clicked(self, item: QListWidgetItem) -> None:
        self.switch_to(str(item.data(Qt.ItemDataRole.UserRole)))

    def switch_to(self, scenario_id: str) -> None:
        self.document.switch_scenario(scenario_id)

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # ----- commands ----------------------------------------------------------------------------
    def copy_current(self, name: str, year: int) -> str | None:
        """Add a plan copied from the scenario on screen and switch to it; returns its id."""
        doc = self.document
        name = name.strip()
        if not name:
            self.show_message(self.tr("A plan needs a name."))
            return None
        try:
            info = ScenarioInfo(
                scenario_id=new_scenario_id(doc.park, name), name=name, kind="plan", year=year
            )
        except EcoParkError as exc:
            self.show_message(str(exc))
            return None
        command = AddScenario(info, copy_from=doc.scenario_id)
        command.text = arg(self.tr("Add scenario %1 (copy of %2)"), name, doc.scenario.info.name)
        if not doc.push(command):
            return None
        self.show_message("")
        doc.switch_scenario(info.scenario_id)
        return info.scenario_id

    def rename_current(self, name: str) -> bool:
        doc = self.document
        name = name.strip()
        if not name:
            self.show_message(self.tr("A scenario needs a name."))
            return False
        info = doc.scenario.info
        if name == info.name:
            return True
        self.show_message("")
        command = SetScenarioInfo(replace(info, name=name))
        command.text = arg(self.tr("Rename scenario %1 to %2"), info.name, name)
        return doc.push(command)

    def delete_current(self) -> bool:
        """Delete the scenario on screen (never the last one) and show another."""
        doc = self.document
        if len(doc.park.scenarios) <= 1:
            self.show_message(self.tr("A park keeps at least one scenario."))
            return False
        doomed = doc.scenario_id
        other = next(sid for sid in doc.park.scenarios if sid != doomed)
        doc.switch_scenario(other)
        command = RemoveScenario(doomed)
        command.text = arg(self.tr("Delete scenario %1"), doc.park.scenario(doomed).info.name)
        if not doc.push(command):
            doc.switch_scenario(doomed)
            return False
        return True

    # ----- asking the planner (tests replace these) ----------------------------------------------
    def ask_new_plan(self) -> PlanRequest | None:
        dialog = NewPlanDialog(self.document.scenario.info, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()

    def ask_new_name(self) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename scenario"),
            self.tr("Name"),
            text=self.document.scenario.info.name,
        )
        return name if ok else None

    def confirm_delete(self) -> bool:
        info = self.document.scenario.info
        answer = QMessageBox.question(
            self,
            self.tr("Delete scenario"),
            arg(
                self.tr("Delete the scenario “%1” and all its objects? You can undo this."),
                info.name,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def copy_current_interactive(self) -> None:
        request = self.ask_new_plan()
        if request is not None:
            self.copy_current(request.name, request.year)

    def rename_current_interactive(self) -> None:
        name = self.ask_new_name()
        if name is not None:
            self.rename_current(name)

    def delete_current_interactive(self) -> None:
        if self.confirm_delete():
            self.delete_current()
