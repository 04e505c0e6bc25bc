"""The Targets dock: a plan's targets (indicator, target value, target year), edited with undo,
and how the current scenario attains them (docs/indicators.md §5).

A plan shows and edits its own targets; a monitoring scenario shows the targets of the plan it
follows, judged on its actual values. Every edit is one ``SetParkSetting("targets", ...)``
command, so it is undone like any other edit and saved in the project file. The two example
sets of seed 004 Table A2 (Tianjin and Rizhao ETDZ) can be loaded as a start.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetParkSetting
from ecopark.indicators.engine import IndicatorEngine
from ecopark.indicators.results import ScenarioResult
from ecopark.indicators.sets import indicator_set
from ecopark.indicators.targets import (
    EXAMPLE_SETS,
    TARGETS_SETTING,
    example_targets,
    scenario_targets,
)
from ecopark.numbers import format_number
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.docks.indicator_common import indicator_unit
from ecopark.ui.docks.table_kit import attainment_text, new_table
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg, indicator_name

EDITABLE = {4: "value", 5: "change_pct", 6: "year"}
"""Table column -> target field the planner may type."""


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    if value != 0 and abs(value) < 1e-2:
        return format_number(value, 4)  # 0.00002, never 2.000E-05
    if abs(value) >= 1e6:
        return f"{value:,.0f}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


class TargetsDock(DocumentDock):
    def __init__(
        self,
        document: ProjectDocument,
        engine_of: Callable[[], IndicatorEngine | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Targets"))
        self.setObjectName("targets_dock")
        self.setToolTip(
            self.tr(
                "The plan's targets (indicator, target, year) and the share met; at least 90 % "
                "met releases the second half of the CTIP subsidy"
            )
        )
        self._engine_of = engine_of
        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = new_table(
            [
                self.tr("Programme"),
                self.tr("Id"),
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Target"),
                self.tr("Change %"),
                self.tr("Year"),
                self.tr("Value"),
                self.tr("Met"),
            ],
            editable=True,
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)
        add_row = QHBoxLayout()
        self.indicator_combo = QComboBox()
        self.indicator_combo.setToolTip(self.tr("Indicator of the new target"))
        for programme in ("ctip", "hj274", "lowcarbon"):
            for d in indicator_set(programme):
                label = f"{programme.upper()} {d.id} {indicator_name(programme, d.id, d.name_en)}"
                self.indicator_combo.addItem(label, (programme, d.id))
        add_row.addWidget(self.indicator_combo, 1)
        self.add_button = QPushButton(self.tr("Add target"))
        self.add_button.clicked.connect(self.add_selected)
        add_row.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        add_row.addWidget(self.remove_button)
        layout.addLayout(add_row)
        example_row = QHBoxLayout()
        self.example_combo = QComboBox()
        labels = {
            "tianjin_etdz": self.tr("Tianjin ETDZ (seed 004 Table A2)"),
            "rizhao_etdz": self.tr("Rizhao ETDZ (seed 004 Table A2)"),
        }
        for key, label in EXAMPLE_SETS.items():
            self.example_combo.addItem(labels.get(key, label), key)
        example_row.addWidget(self.example_combo, 1)
        self.example_button = QPushButton(self.tr("Load example targets"))
        self.example_button.setToolTip(
            self.tr("Replace this plan's targets by a work plan's targets of seed 004 Table A2")
        )
        self.example_button.clicked.connect(self.load_example)
        example_row.addWidget(self.example_button)
        layout.addLayout(example_row)
        self.attainment_label = QLabel()
        self.attainment_label.setWordWrap(True)
        layout.addWidget(self.attainment_label)
        self.setWidget(page)
        self.result: ScenarioResult | None = None
        self.set_document(document)

    # ----- binding -------------------------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.changed, self.schedule_refresh)
        self.listen(document.scenario_switched, self.schedule_refresh)

    # ----- which targets -------------------------------------------------------------------------
    def owner(self) -> str | None:
        """The scenario whose targets the dock edits: this plan, or the plan a monitoring
        scenario follows (None for a baseline)."""
        doc = self.document
        if doc.scenario_id not in doc.park.scenarios:
            return None
        if self.result is not None and self.result.targets_plan:
            return self.result.targets_plan
        kind = doc.park.scenario(doc.scenario_id).info.kind
        return doc.scenario_id if kind == "plan" else None

    def _entries(self, sid: str) -> list[dict[str, Any]]:
        return [t.to_setting() for t in scenario_targets(self.document.park.settings, sid)]

    def _push(self, sid: str, entries: list[dict[str, Any]]) -> bool:
        raw = self.document.park.settings.get(TARGETS_SETTING)
        value = copy.deepcopy(raw) if isinstance(raw, dict) else {}
        value[sid] = entries
        cmd = SetParkSetting(TARGETS_SETTING, value)
        cmd.text = self.tr("Change targets")
        return self.document.push(cmd)

    # ----- actions -------------------------------------------------------------------------------
    def add_selected(self) -> bool:
        sid = self.owner()
        data = self.indicator_combo.currentData()
        if sid is None or data is None:
            return False
        programme, iid = data
        entries = self._entries(sid)
        base = self._current_value(programme, iid)
        entries.append({"programme": programme, "id": iid,
                        "value": base if base is not None else 0.0,
                        "year": self.document.park.scenario(sid).info.year})  # fmt: skip
        return self._push(sid, entries)

    def remove_selected(self) -> bool:
        sid = self.owner()
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if sid is None or not rows:
            return False
        entries = self._entries(sid)
        for r in rows:
            if r < len(entries):
                del entries[r]
        return self._push(sid, entries)

    def load_example(self) -> bool:
        sid = self.owner()
        if sid is None:
            return False
        name = self.example_combo.currentData()
        entries = [t.to_setting() for t in example_targets(name)]
        return self._push(sid, entries)

    def set_cell(self, row: int, column: int, text: str) -> bool:
        """Type ``text`` into a target cell (what a double-click edit does)."""
        item = self.table.item(row, column)
        if item is None:
            return False
        item.setText(text)
        return True

    def _item_changed(self, item: QTableWidgetItem) -> None:
        sid = self.owner()
        name = EDITABLE.get(item.column())
        if sid is None or name is None:
            return
        entries = self._entries(sid)
        if item.row() >= len(entries):
            return
        text = item.text().strip().replace(",", "")
        try:
            number = None if text in ("", "—") else float(text)
        except ValueError:
            self.attainment_label.setText(
                arg(self.tr("Not a number: %1 (nothing changed)"), item.text())
            )
            QTimer.singleShot(0, self.refresh)
            return
        entries[item.row()][name] = int(number) if name == "year" and number else number
        if (
            entries[item.row()].get("value") is None
            and entries[item.row()].get("change_pct") is None
        ):
            self.attainment_label.setText(self.tr("A target needs a value or a change %"))
            QTimer.singleShot(0, self.refresh)
            return
        self._push(sid, entries)

    def _current_value(self, programme: str, iid: str) -> float | None:
        if self.result is None:
            return None
        rows: tuple[Any, ...] = {
            "hj274": self.result.hj274,
            "ctip": self.result.ctip,
            "lowcarbon": self.result.lowcarbon,
        }[programme]
        row = next((r for r in rows if r.id == iid), None)
        return None if row is None else row.value

    # ----- drawing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh_timer.stop()
        doc = self.document
        engine = self._engine_of()
        if engine is None or doc.scenario_id not in doc.park.scenarios:
            return
        self.result = engine.result(doc.scenario_id)
        sid = self.owner()
        info = doc.park.scenario(doc.scenario_id).info
        if sid is None:
            self.heading.setText(
                self.tr("A baseline has no targets: switch to a plan or a monitoring scenario.")
            )
        elif sid == doc.scenario_id:
            self.heading.setText(arg(self.tr("Targets of the plan <b>%1</b>"), info.name))
        else:
            self.heading.setText(
                arg(
                    self.tr("Monitoring <b>%1</b> (%2) judged against the targets of plan %3"),
                    info.name,
                    str(info.year),
                    doc.park.scenario(sid).info.name,
                )
            )
        for w in (self.add_button, self.remove_button, self.example_button, self.table):
            w.setEnabled(sid is not None)
        judged = {(j.target.programme, j.target.indicator_id, k): j
                  for k, j in enumerate(self.result.targets)}  # fmt: skip
        entries = scenario_targets(doc.park.settings, sid) if sid else []
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for r, t in enumerate(entries):
            j = judged.get((t.programme, t.indicator_id, r))
            met = (
                "—"
                if j is None or j.met is None
                else (self.tr("met") if j.met else self.tr("not met"))
            )
            cells = [
                t.programme.upper(),
                t.indicator_id,
                indicator_name(t.programme, t.indicator_id, j.name if j else t.indicator_id),
                indicator_unit(t.programme, t.indicator_id, j.unit if j is not None else ""),
                _num(t.value),
                _num(t.change_pct),
                "" if t.year is None else str(t.year),
                _num(j.value if j else None),
                met,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 4 and j is not None and t.value is None and j.target_value is not None:
                    item.setToolTip(
                        arg(self.tr("baseline × (1 + change): %1"), _num(j.target_value))
                    )
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.attainment_label.setText(
            attainment_text(self.result.attainment, self.tr("No targets yet."))
        )
