"""The phasing dock: the plan's targets by milestone year, and the annual progress report of a
monitoring scenario. It only draws what ``ecopark.phasing`` computes; it refreshes while shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecopark.model import EcoParkError
from ecopark.phasing import milestone_years, progress_report, targets_by_year
from ecopark.phasing.progress import ProgressReport
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.docks.indicator_common import fmt_figure as fmt
from ecopark.ui.docks.indicator_common import fmt_share, indicator_unit
from ecopark.ui.i18n import indicator_name


class PhasingDock(DocumentDock):
    def __init__(self, document: Any, timeline: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.timeline = timeline
        self.setObjectName("phasing_dock")
        self.setWindowTitle(self.tr("Phasing"))
        self.setToolTip(
            self.tr("The plan's targets in each milestone year, and the annual progress report "
                    "of a monitoring scenario")
        )  # fmt: skip
        self.tabs = QTabWidget()
        self.setWidget(self.tabs)
        by_year = QWidget()
        lay = QVBoxLayout(by_year)
        self.by_year_note = QLabel()
        self.by_year_note.setWordWrap(True)
        self.by_year_table = QTableWidget()
        self.by_year_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.by_year_note)
        lay.addWidget(self.by_year_table)
        self.tabs.addTab(by_year, self.tr("Targets by year"))
        progress = QWidget()
        lay = QVBoxLayout(progress)
        self.monitoring = QComboBox()
        self.monitoring.setAccessibleName(self.tr("Monitoring scenario"))
        self.progress_summary = QLabel()
        self.progress_summary.setWordWrap(True)
        self.progress_table = QTableWidget()
        self.progress_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.monitoring)
        lay.addWidget(self.progress_summary)
        lay.addWidget(self.progress_table)
        self.tabs.addTab(progress, self.tr("Progress report"))
        self.monitoring.currentIndexChanged.connect(self.schedule_refresh)
        self.report: ProgressReport | None = None
        self.set_document(document)

    def bind(self, document: Any) -> None:
        self.listen(document.changed, self.schedule_refresh)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.schedule_refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if not self.isVisible():
            return
        self._fill_monitoring()
        self._show_targets_by_year()
        self._show_progress()

    # ----- targets by year --------------------------------------------------------------------
    def _plan_id(self) -> str | None:
        park = self.document.park
        sid = self.document.scenario_id
        s = park.scenarios.get(sid)
        if s is not None and s.info.kind == "plan":
            return sid
        return next((k for k, v in park.scenarios.items() if v.info.kind == "plan"), None)

    def _show_targets_by_year(self) -> None:
        t = self.by_year_table
        t.clear()
        plan = self._plan_id()
        if plan is None or self.document.park.baseline() is None:
            self.by_year_note.setText(self.tr("Targets by year need a baseline and a plan."))
            t.setRowCount(0)
            return
        try:
            table = targets_by_year(self.document.park, plan, milestone_years(
                self.document.park, plan))  # fmt: skip
        except EcoParkError as exc:
            self.by_year_note.setText(str(exc))
            return
        years = list(table.years)
        heads = [self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline")]
        for y in years:
            heads += [self.tr("Target %1").replace("%1", str(y)),
                      self.tr("Value %1").replace("%1", str(y))]  # fmt: skip
        t.setColumnCount(len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            cells = [
                indicator_name(row.programme, row.indicator_id, row.name),
                indicator_unit(row.programme, row.indicator_id, row.unit),
                fmt(row.baseline_value),
            ]
            for c in row.cells:
                mark = "" if c.met is None else (" ✓" if c.met else " ✗")
                cells += [fmt(c.target), fmt(c.value) + mark]
            for k, text in enumerate(cells):
                t.setItem(r, k, QTableWidgetItem(text))
        met = ", ".join(
            self.tr("%1: %2 of %3 met").replace("%1", str(y)).replace("%2", str(m))
            .replace("%3", str(n))
            for y, (m, n) in table.met_by_year.items()
        )  # fmt: skip
        if not table.rows:
            self.by_year_note.setText(
                self.tr("The plan has no targets yet: enter them in Tools ▸ Targets.")
            )
        else:
            self.by_year_note.setText(
                self.tr("Milestone years %1. Interim targets run straight from the baseline "
                        "to each target; values are the park as it stands that year. %2")
                .replace("%1", ", ".join(str(y) for y in years)).replace("%2", met)
            )  # fmt: skip
        t.resizeColumnsToContents()

    # ----- progress report --------------------------------------------------------------------
    def _fill_monitoring(self) -> None:
        ids = [k for k, v in self.document.park.scenarios.items() if v.info.kind == "monitoring"]
        current = self.monitoring.currentData()
        if [self.monitoring.itemData(i) for i in range(self.monitoring.count())] == ids:
            return
        self.monitoring.blockSignals(True)
        self.monitoring.clear()
        for sid in ids:
            s = self.document.park.scenarios[sid]
            self.monitoring.addItem(f"{s.info.name} ({s.info.year})", sid)
        if current in ids:
            self.monitoring.setCurrentIndex(ids.index(current))
        self.monitoring.blockSignals(False)

    def _show_progress(self) -> None:
        t = self.progress_table
        t.clear()
        sid = self.monitoring.currentData()
        self.report = None
        if not sid:
            self.progress_summary.setText(
                self.tr("Add a monitoring scenario (the actual values of a year) to see the "
                        "annual progress report.")
            )  # fmt: skip
            t.setRowCount(0)
            return
        try:
            rep = self.report = progress_report(self.document.park, sid)
        except EcoParkError as exc:
            self.progress_summary.setText(str(exc))
            return
        due = self.tr("due") if rep.second_tranche_due else self.tr("not yet due")
        text = (
            self.tr("%1: %2 of %3 targets met (%4); second subsidy tranche %5 (needs 90 %).")
            .replace("%1", str(rep.year)).replace("%2", str(rep.met))
            .replace("%3", str(rep.total)).replace("%4", fmt_share(rep.share_met))
            .replace("%5", due)
        )  # fmt: skip
        text += " " + self.tr("Planned objects in service: %1 of %2.").replace(
            "%1", str(rep.objects_in_service)).replace("%2", str(rep.objects_planned))  # fmt: skip
        if rep.projects_total:
            names = ", ".join(p.name or p.project_id for p in rep.projects_completed)
            text += " " + self.tr("Projects completed: %1 of %2 (%3).").replace(
                "%1", str(len(rep.projects_completed))).replace(
                "%2", str(rep.projects_total)).replace("%3", names or "-")  # fmt: skip
        self.progress_summary.setText(text)
        heads = [self.tr("Indicator"), self.tr("Unit"), self.tr("Target this year"),
                 self.tr("Actual"), self.tr("Met")]  # fmt: skip
        t.setColumnCount(len(heads))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(rep.rows))
        for r, row in enumerate(rep.rows):
            met = "" if row.met is None else (self.tr("yes") if row.met else self.tr("no"))
            name = indicator_name(row.programme, row.indicator_id, row.name)
            unit = indicator_unit(row.programme, row.indicator_id, row.unit)
            for k, text in enumerate([name, unit, fmt(row.target), fmt(row.actual), met]):
                t.setItem(r, k, QTableWidgetItem(text))
        t.resizeColumnsToContents()
