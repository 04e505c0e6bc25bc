"""The live indicator panel: land output per zone, coverage per medium, the space score and the
HJ 274 checklist of the scenario on screen, one widget per tab (``land_output_tab``,
``coverage_tab``, ``space_tab``, ``hj274_tab``; shared helpers in ``indicator_common``). A new
indicator tab is a new module beside them, added in :class:`IndicatorPanel`.

It reads one ScenarioResult per refresh from the indicator engine and only draws it: no figure
is computed here. Refreshes are coalesced with a zero-delay timer so a burst of change events
(an import, a macro command, an undo of many objects) repaints once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabWidget,
    QWidget,
)

from ecopark.indicators import ScenarioResult
from ecopark.indicators.engine import IndicatorEngine
from ecopark.ui.docks import indicator_explain
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.docks.coverage_tab import CoverageTab
from ecopark.ui.docks.explain_view import ExplainView
from ecopark.ui.docks.hj274_tab import Hj274Tab
from ecopark.ui.docks.indicator_common import HJ_STATUS, HJ_VALUE, cell_text
from ecopark.ui.docks.land_output_tab import LandOutputTab
from ecopark.ui.docks.programme_tab import ProgrammeTab
from ecopark.ui.docks.space_tab import SpaceScoreTab
from ecopark.ui.docks.table_fill import bulk_fill
from ecopark.ui.document import ProjectDocument


class IndicatorPanel(DocumentDock):
    """Dock showing the figures of the scenario on screen; readable by tests as shown text."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicators"))
        self.setObjectName("indicator_dock")
        self.setToolTip(
            self.tr("Live indicators of the scenario on screen; they follow every edit")
        )
        self.tabs = QTabWidget()
        self.explain = ExplainView()  # "what is this" of the clicked row (issue 21)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(self.explain)
        split.setSizes([500, 300])
        self.setWidget(split)
        self.land = LandOutputTab(self)
        self.coverage = CoverageTab()
        self.space = SpaceScoreTab()
        self.hj274 = Hj274Tab(self)
        self.programme = ProgrammeTab(self)  # CTIP, low-carbon, targets (issue 15)
        for tab in (self.land, self.coverage, self.space, self.hj274, self.programme):
            self.tabs.addTab(tab, tab.title())
        indicator_explain.attach(self, [self.land, self.space, self.hj274, self.programme])
        self.result: ScenarioResult | None = None
        self.error = ""
        self.refresh_count = 0
        """How many times the panel repainted (a burst of edits repaints once)."""
        self.engine: IndicatorEngine | None = None
        self.document = document
        self.set_document(document)

    # ----- binding -------------------------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        if self.engine is not None:
            self.engine.close()
        self.engine = IndicatorEngine(document.park)
        self.listen(document.changed, self.schedule_refresh)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def refresh(self) -> None:
        self._refresh_timer.stop()
        doc = self.document
        if self.engine is None or doc.scenario_id not in doc.park.scenarios:
            return
        from ecopark.ui.timeline import timeline_result  # the year on the slider (issue 17)

        self.result = timeline_result(doc) or self.engine.result(doc.scenario_id)
        self.refresh_count += 1
        with bulk_fill(self):  # columns measured once, not per cell (the year slider)
            for tab in (self.land, self.coverage, self.space, self.hj274, self.programme):
                tab.show_result(self.result)
        indicator_explain.refreshed(self)

    def enter_value(self, row_id: str, text: str) -> bool:
        """Record (or clear, with empty text) a value the map cannot derive, as one undo step."""
        return self.hj274.enter_value(row_id, text)

    @property
    def hj274_message(self) -> QLabel:
        return self.hj274.hj274_message

    # ----- reading what is shown (tests, tooltips elsewhere) -------------------------------------
    def zone_land_output_text(self, zone_id: str) -> str:
        return cell_text(self.land.zone_table, zone_id, 1)

    def zone_verdict_text(self, zone_id: str) -> str:
        return cell_text(self.land.zone_table, zone_id, 2)

    def park_land_output_text(self) -> str:
        return self.land.land_summary.text()

    def coverage_text(self, medium: str) -> str:
        return cell_text(self.coverage.coverage_table, medium, 4)

    def space_score_text(self) -> str:
        return self.space.space_label.text()

    def hj274_status_text(self, row_id: str) -> str:
        return cell_text(self.hj274.hj274_table, row_id, HJ_STATUS)

    def hj274_value_text(self, row_id: str) -> str:
        return cell_text(self.hj274.hj274_table, row_id, HJ_VALUE)

    def shown_zone_ids(self) -> list[str]:
        table = self.land.zone_table
        items = [table.item(r, 0) for r in range(table.rowCount())]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i is not None]
