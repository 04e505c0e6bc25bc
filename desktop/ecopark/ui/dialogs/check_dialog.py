"""Tools > Check park…: the park's problems in a table, and a jump to each on the map.

``Park.check`` finds what the editor cannot refuse one edit at a time: ids used twice, exchanges
whose firm is gone, zones sharing land after a CAD import. The problems do not say which
scenario they are in, so the dialog asks one scenario at a time and shows the scenario beside
each problem; "Show on map" switches to that scenario, selects the object (both zones of an
overlap) and lets the window zoom its canvas there. Non-modal, so the planner can fix a
problem on the map and press "Check again" without closing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark import terms
from ecopark.model import ValidationError
from ecopark.model.errors import OverlappingZonesWarning
from ecopark.model.integrity import IntegrityWarning
from ecopark.ui import i18n
from ecopark.ui.document import ProjectDocument
from ecopark.ui.refusals import refusal_text

ObjectRef = tuple[str, str]


@dataclass(frozen=True)
class Problem:
    """One finding of ``Park.check`` and the scenario it was found in."""

    scenario_id: str
    error: ValidationError

    @property
    def severity(self) -> str:
        return str(getattr(self.error, "severity", "error"))

    @property
    def refs(self) -> list[ObjectRef]:
        """The objects to select: both zones of an overlap, else the object named."""
        if isinstance(self.error, OverlappingZonesWarning):
            return [("zones", zid) for zid in self.error.zone_ids]
        if isinstance(self.error, IntegrityWarning):  # all pipes of a network, all its firms
            return list(self.error.refs)
        if self.error.layer and self.error.object_id:
            return [(self.error.layer, self.error.object_id)]
        return []


class CheckDialog(QDialog):
    """The problems of every scenario of ``document``'s park; ``canvas_zoom(refs)`` is called
    after the objects are selected so the window can show them."""

    COLUMNS = 5

    def __init__(
        self,
        document: ProjectDocument,
        canvas_zoom: Callable[[list[ObjectRef]], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("check_dialog")
        self.document = document
        self.canvas_zoom = canvas_zoom
        self.problems: list[Problem] = []
        self.setModal(False)
        self.setWindowTitle(self.tr("Check park"))
        self.summary_label = QLabel()
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Severity"),
                self.tr("Scenario"),
                self.tr("Layer"),
                self.tr("Object"),
                self.tr("Problem"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Double-click a problem to show it on the map"))
        self.table.doubleClicked.connect(lambda _index: self.show_current())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.show_button = QPushButton(self.tr("Show on map"))
        self.show_button.setToolTip(
            self.tr("Select the objects of this problem and zoom the map to them")
        )
        self.show_button.clicked.connect(self.show_current)
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("Run the check again after fixing something"))
        self.again_button.clicked.connect(self.run_check)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 360)
        self.run_check()

    # ----- the check ---------------------------------------------------------------------------
    def run_check(self) -> None:
        """Check every scenario, the one on screen first; errors before warnings."""
        park = self.document.park
        current = self.document.scenario_id
        order = sorted(park.scenarios, key=lambda sid: sid != current)
        found = [Problem(sid, exc) for sid in order for exc in park.check(sid)]
        self.problems = sorted(
            found, key=lambda p: (p.scenario_id != current, p.severity != "error")
        )
        self._fill()

    def counts(self) -> tuple[int, int]:
        """(warnings, errors) of the last check."""
        warnings = sum(p.severity == "warning" for p in self.problems)
        return warnings, len(self.problems) - warnings

    def _fill(self) -> None:
        park = self.document.park
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.problems))
        for row, problem in enumerate(self.problems):
            exc = problem.error
            scenario = park.scenarios.get(problem.scenario_id)
            ids = [oid for _, oid in problem.refs] or [exc.object_id]
            cells = [
                self._severity_word(problem.severity),
                scenario.info.name if scenario is not None else problem.scenario_id,
                self._layer_word(exc.layer),
                ", ".join(i for i in ids if i),
                refusal_text(exc),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the message cell: refusal_text keeps the English too
                self.table.setItem(row, column, item)
        warnings, errors = self.counts()
        if not self.problems:
            self.summary_label.setText(self.tr("No problems found"))
        else:
            self.summary_label.setText(
                i18n.arg(
                    self.tr("%1, %2"),
                    self.tr("%n warning(s)", "", warnings),
                    self.tr("%n error(s)", "", errors),
                )
            )
        if self.problems:
            self.table.selectRow(0)
        self._update_buttons()

    def _severity_word(self, severity: str) -> str:
        return self.tr("Warning") if severity == "warning" else self.tr("Error")

    def _layer_word(self, layer: str) -> str:
        if layer in terms.LAYERS:
            return i18n.term("layer", layer)
        return layer

    # ----- jumping to a problem ----------------------------------------------------------------
    def current_problem(self) -> Problem | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.problems):
            return None
        return self.problems[row]

    def _update_buttons(self) -> None:
        problem = self.current_problem()
        self.show_button.setEnabled(problem is not None and bool(problem.refs))

    def show_current(self) -> None:
        """Switch to the problem's scenario, select its objects and zoom the map to them."""
        problem = self.current_problem()
        if problem is None or not problem.refs:
            return
        doc = self.document
        if problem.scenario_id not in doc.park.scenarios:
            return  # removed since the check; "Check again" refreshes the list
        doc.switch_scenario(problem.scenario_id)
        doc.set_selection(problem.refs)
        if doc.selection:
            self.canvas_zoom(list(doc.selection))


__all__ = ["CheckDialog", "Problem"]
