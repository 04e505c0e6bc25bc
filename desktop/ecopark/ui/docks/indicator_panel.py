"""The live indicator panel: land output per zone, coverage per medium, the space score and the
HJ 274 checklist of the scenario on screen.

It reads one ScenarioResult per refresh from the indicator engine and only draws it: no figure
is computed here. Refreshes are coalesced with a zero-delay timer so a burst of change events
(an import, a macro command, an undo of many objects) repaints once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetEnteredValue
from ecopark.indicators import ScenarioResult
from ecopark.indicators.engine import IndicatorEngine
from ecopark.model.kinds import MEDIUM_FIELDS
from ecopark.symbology import MEDIUM_COLOURS
from ecopark.terms import zone_kind_label
from ecopark.ui.docks.bar_chart import HBarChart
from ecopark.ui.docks.binding import Connections
from ecopark.ui.docks.carbon_text import carbon_html, savings_html
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, current_language, indicator_name, note, term
from ecopark.ui.i18n import unit as unit_word

DASH = "—"
PASS_COLOUR = QColor("#2e7d32")
FAIL_COLOUR = QColor("#c62828")
NEUTRAL_COLOUR = QColor("#9e9e9e")
STATUS_BACKGROUND = {
    "pass": QColor("#c8e6c9"),
    "fail": QColor("#ffcdd2"),
    "entered": QColor("#bbdefb"),
    "insufficient_data": QColor("#eeeeee"),
}
STATUS_TEXT = {
    "pass": QT_TRANSLATE_NOOP("IndicatorPanel", "pass"),
    "fail": QT_TRANSLATE_NOOP("IndicatorPanel", "fail"),
    "entered": QT_TRANSLATE_NOOP("IndicatorPanel", "entered"),
    "insufficient_data": QT_TRANSLATE_NOOP("IndicatorPanel", "no data"),
}

COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "<": "<", "==": "="}
HJ_STATUS, HJ_VALUE = 2, 3
"""Columns of the HJ 274 table (id, indicator, status, value, requirement, unit)."""


def fmt(value: float | None, digits: int = 2) -> str:
    return DASH if value is None else f"{value:,.{digits}f}"


def fmt_share(share: float | None) -> str:
    return DASH if share is None else f"{100.0 * share:.1f} %"


def _item(text: str, *, align_right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class IndicatorPanel(QDockWidget):
    """Dock showing the figures of the scenario on screen; readable by tests as shown text."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicators"))
        self.setObjectName("indicator_dock")
        self.setToolTip(
            self.tr("Live indicators of the scenario on screen; they follow every edit")
        )
        self.tabs = QTabWidget()
        self.setWidget(self.tabs)
        self._build_land_tab()
        self._build_coverage_tab()
        self._build_space_tab()
        self._build_hj274_tab()
        self.result: ScenarioResult | None = None
        self.error = ""
        self.refresh_count = 0
        """How many times the panel repainted (a burst of edits repaints once)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._connections = Connections()
        self.engine: IndicatorEngine | None = None
        self.document = document
        self.set_document(document)

    # ----- layout --------------------------------------------------------------------------------
    def _build_land_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.land_summary = QLabel()
        self.land_summary.setWordWrap(True)
        self.land_summary.setToolTip(
            self.tr(
                "Land output = IAV of firms on industrial land / industrial land area "
                "(10⁸ RMB/km²); HJ 274-2009 row 1.2 requires at least 9"
            )
        )
        layout.addWidget(self.land_summary)
        self.land_plot = HBarChart(self.tr("land output, 10⁸ RMB/km²"))
        self.land_plot.setToolTip(
            self.tr(
                "Land output per zone; green meets HJ 274 (≥ 9), red does not, grey is not "
                "industrial land"
            )
        )
        self.threshold_line = self.land_plot.add_threshold(9.0, "HJ 274 ≥ 9", FAIL_COLOUR)
        layout.addWidget(self.land_plot, 3)
        self.zone_table = _table(
            [
                self.tr("Zone"),
                self.tr("Land output"),
                "HJ 274",
                self.tr("Area km²"),
                self.tr("IAV 10⁴ RMB"),
                self.tr("IAV/mu"),
                self.tr("Kind"),
            ]
        )
        self.zone_table.setToolTip(
            self.tr("Land output 10⁸ RMB/km²; IAV per mu of firm plots 10⁴ RMB/mu")
        )
        layout.addWidget(self.zone_table, 2)
        self.tabs.addTab(page, self.tr("Land output"))

    def _build_coverage_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.coverage_summary = QLabel()
        self.coverage_summary.setWordWrap(True)
        self.coverage_summary.setToolTip(
            self.tr(
                "Share of each medium's demand served through pipelines of that medium (steam: or "
                "a higher grade) from a source with capacity left"
            )
        )
        layout.addWidget(self.coverage_summary)
        self.coverage_plot = HBarChart(self.tr("% of demand served"))
        layout.addWidget(self.coverage_plot, 1)
        self.coverage_table = _table(
            [
                self.tr("Medium"),
                self.tr("Demand"),
                self.tr("Served"),
                self.tr("Capacity"),
                self.tr("Coverage"),
            ]
        )
        layout.addWidget(self.coverage_table, 1)
        self.tabs.addTab(page, self.tr("Coverage"))

    def _build_space_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.space_label = QLabel()
        font = QFont(self.space_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.space_label.setFont(font)
        self.space_label.setToolTip(
            self.tr("Space-optimization score 0-100: the weighted mean of the components below")
        )
        layout.addWidget(self.space_label)
        self.space_plot = HBarChart(self.tr("component, 0-100"))
        layout.addWidget(self.space_plot, 1)
        self.space_table = _table([self.tr("Component"), self.tr("Value"), self.tr("Weight")])
        layout.addWidget(self.space_table, 1)
        self.tabs.addTab(page, self.tr("Space score"))

    def _build_hj274_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.hj274_summary = QLabel()
        self.hj274_summary.setWordWrap(True)
        layout.addWidget(self.hj274_summary)
        self.hj274_table = _table(
            [
                self.tr("Id"),
                self.tr("Indicator"),
                self.tr("Status"),
                self.tr("Value"),
                self.tr("Requirement"),
                self.tr("Unit"),
            ]
        )
        # Long indicator names are cut (full name in the tooltip) so the status stays in view.
        self.hj274_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Interactive
        )
        self.hj274_table.setColumnWidth(1, 170)
        self.hj274_table.setToolTip(
            self.tr(
                "HJ 274-2009 (2012) sector-integrated EIP checklist; 'entered' rows are values the "
                "planner typed, 'no data' rows cannot be derived yet: double-click their value to "
                "enter one (empty clears it)"
            )
        )
        self.hj274_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.hj274_table.itemChanged.connect(self._hj274_item_changed)
        layout.addWidget(self.hj274_table, 1)
        self.hj274_message = QLabel()
        self.hj274_message.setWordWrap(True)
        self.hj274_message.setStyleSheet("color: #b00020;")
        self.hj274_message.hide()
        layout.addWidget(self.hj274_message)
        self.tabs.addTab(page, "HJ 274")

    # ----- binding -------------------------------------------------------------------------------
    def set_document(self, document: ProjectDocument) -> None:
        self._connections.disconnect_all()
        if self.engine is not None:
            self.engine.close()
        self.document = document
        self.engine = IndicatorEngine(document.park)
        self._connections.connect(document.changed, self.schedule_refresh)
        self._connections.connect(document.scenario_switched, self.schedule_refresh)
        self.refresh()

    def schedule_refresh(self, *_: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        doc = self.document
        if self.engine is None or doc.scenario_id not in doc.park.scenarios:
            return
        self.result = self.engine.result(doc.scenario_id)
        self.refresh_count += 1
        self._show_land(self.result)
        self._show_coverage(self.result)
        self._show_space(self.result)
        self._show_hj274(self.result)

    # ----- drawing -------------------------------------------------------------------------------
    def _show_land(self, result: ScenarioResult) -> None:
        lo = result.land_output
        verdict = {True: self.tr("meets"), False: self.tr("below"), None: self.tr("not judged:")}[
            lo.passes
        ]
        summary = self.tr(
            "Park: <b>%1</b> ×10⁸ RMB/km² on %2 km² of industrial land — %3 HJ 274 (≥ %4)"
        )
        self.land_summary.setText(
            arg(
                summary,
                fmt(lo.park_value),
                f"{lo.industrial_area_km2:,.3f}",
                verdict,
                f"{lo.threshold:g}",
            )
            + ("" if lo.passes is not None else self.tr(" no industrial land"))
            + (
                arg(
                    self.tr("<br>Zones overlap: %1 km² of shared land counted once."),
                    f"{lo.industrial_overlap_km2:,.3f}",
                )
                if lo.industrial_overlap_km2 >= 0.0005
                else ""
            )
        )
        zones = lo.zones
        self.threshold_line.setValue(lo.threshold)
        self.land_plot.set_bars(
            [z.name or z.zone_id for z in zones],
            [z.land_output or 0.0 for z in zones],
            [
                NEUTRAL_COLOUR if not z.industrial else (PASS_COLOUR if z.passes else FAIL_COLOUR)
                for z in zones
            ],
        )

        table = self.zone_table
        table.setRowCount(len(zones))
        for r, z in enumerate(zones):
            kind = self.document.park.zone_kinds.get(z.kind)
            name = _item(z.name or z.zone_id, tooltip=arg(self.tr("zone %1"), z.zone_id))
            name.setData(Qt.ItemDataRole.UserRole, z.zone_id)
            table.setItem(r, 0, name)
            table.setItem(r, 1, _item(fmt(z.land_output), align_right=True))
            verdict_item = _item(
                {True: self.tr("pass"), False: self.tr("fail"), None: self.tr("not industrial")}[
                    z.passes
                ]
            )
            if z.passes is not None:
                verdict_item.setBackground(STATUS_BACKGROUND["pass" if z.passes else "fail"])
            table.setItem(r, 2, verdict_item)
            table.setItem(r, 3, _item(f"{z.area_km2:,.3f}", align_right=True))
            table.setItem(r, 4, _item(f"{z.iav_10k_rmb:,.0f}", align_right=True))
            table.setItem(r, 5, _item(fmt(z.iav_per_mu, 1), align_right=True))
            table.setItem(
                r, 6, _item(zone_kind_label(kind, current_language()) if kind else z.kind)
            )

    def _show_coverage(self, result: ScenarioResult) -> None:
        cov = result.coverage
        replaced = cov.boilers_replaced
        if replaced == 1:
            summary = self.tr(
                "All media: <b>%1</b> of demand served; %2 small boiler replaced by connected "
                "supply"
            )
        else:
            summary = self.tr(
                "All media: <b>%1</b> of demand served; %2 small boilers replaced by connected "
                "supply"
            )
        self.coverage_summary.setText(
            arg(summary, fmt_share(cov.combined), replaced)
            + savings_html(result)  # fuel, SO₂, NOx, CO₂ and water saved (carbon_text)
            + carbon_html(result)
        )
        media = list(cov.media.values())
        self.coverage_plot.set_bars(
            [term("medium", m.medium) for m in media],
            [100.0 * (m.share or 0.0) for m in media],
            [MEDIUM_COLOURS.get(m.medium, "#607d8b") for m in media],
            value_max=100.0,
        )
        services = list(cov.point_services.values())
        table = self.coverage_table
        table.setRowCount(len(media) + len(services))
        for r, m in enumerate(media):
            label = _item(term("medium", m.medium))
            label.setData(Qt.ItemDataRole.UserRole, m.medium)
            table.setItem(r, 0, label)
            unit = unit_word(
                m.unit or (MEDIUM_FIELDS[m.medium].unit if m.medium in MEDIUM_FIELDS else "")
            )
            table.setItem(r, 1, _item(f"{m.demand:,.1f} {unit}", align_right=True))
            table.setItem(r, 2, _item(f"{m.served:,.1f} {unit}", align_right=True))
            table.setItem(r, 3, _item(f"{m.capacity:,.1f} {unit}", align_right=True))
            table.setItem(
                r,
                4,
                _item(
                    fmt_share(m.share),
                    align_right=True,
                    tooltip=arg(
                        self.tr("%1 of %2 firms fully served"), m.firms_served, m.firms_with_demand
                    ),
                ),
            )
        for k, s in enumerate(services):
            r = len(media) + k
            label = _item(term("point_service", s.service))
            label.setData(Qt.ItemDataRole.UserRole, s.service)
            table.setItem(r, 0, label)
            firms_total = arg(self.tr("%1 firms"), s.firms_total)
            table.setItem(r, 1, _item(firms_total, align_right=True))
            firms_covered = arg(self.tr("%1 firms"), s.firms_covered)
            table.setItem(r, 2, _item(firms_covered, align_right=True))
            facilities = arg(self.tr("%1 facilities"), s.facilities)
            table.setItem(r, 3, _item(facilities, align_right=True))
            table.setItem(
                r,
                4,
                _item(
                    fmt_share(s.share),
                    align_right=True,
                    tooltip=arg(
                        self.tr(
                            "share of firms within a facility's service radius; industrial land "
                            "covered: %1"
                        ),
                        fmt_share(s.industrial_land_share),
                    ),
                ),
            )

    def _show_space(self, result: ScenarioResult) -> None:
        space = result.space
        score = DASH if space.score is None else f"{space.score:.0f}"
        self.space_label.setText(arg(self.tr("Space score %1 / 100"), score))
        names = list(space.components)
        values = [space.components[n] for n in names]
        self.space_plot.set_bars(
            [_component_label(n) for n in names],
            [100.0 * (v or 0.0) for v in values],
            value_max=100.0,
        )
        table = self.space_table
        table.setRowCount(len(names))
        for r, (n, v) in enumerate(zip(names, values, strict=True)):
            label = _item(_component_label(n))
            label.setData(Qt.ItemDataRole.UserRole, n)
            table.setItem(r, 0, label)
            table.setItem(r, 1, _item(DASH if v is None else f"{100 * v:.0f}", align_right=True))
            weight = space.weights.get(n)
            table.setItem(r, 2, _item(fmt(weight), align_right=True))

    def _show_hj274(self, result: ScenarioResult) -> None:
        rows = result.hj274
        counts = {s: sum(1 for r in rows if r.status == s) for s in STATUS_TEXT}
        self.hj274_summary.setText(
            arg(
                self.tr("%1 pass, %2 fail, %3 entered, %4 without data (of %5 rows)"),
                counts["pass"],
                counts["fail"],
                counts["entered"],
                counts["insufficient_data"],
                len(rows),
            )
        )
        table = self.hj274_table
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            ident = _item(row.id)
            ident.setData(Qt.ItemDataRole.UserRole, row.id)
            table.setItem(r, 0, ident)
            name = indicator_name("hj274", row.id, row.name)
            table.setItem(r, 1, _item(name, tooltip=note(row.note) or name))
            value = _item(_fmt_general(row.value), align_right=True)
            if row.status in ("entered", "insufficient_data"):
                value.setFlags(value.flags() | Qt.ItemFlag.ItemIsEditable)
                value.setToolTip(self.tr("Double-click to enter the value (empty clears it)"))
                if row.status == "insufficient_data":
                    value.setText("")
            table.setItem(r, HJ_VALUE, value)
            comparator = COMPARATOR_SIGNS.get(row.comparator, row.comparator)
            table.setItem(r, 4, _item(f"{comparator} {row.threshold:g}"))
            table.setItem(r, 5, _item(unit_word(row.unit)))
            status = self.tr(STATUS_TEXT.get(row.status, row.status))
            if row.status == "entered" and row.meets is not None:
                status += self.tr(" (meets)") if row.meets else self.tr(" (does not meet)")
            status_item = _item(status, tooltip=note(row.note))
            status_item.setBackground(QBrush(STATUS_BACKGROUND.get(row.status, NEUTRAL_COLOUR)))
            table.setItem(r, HJ_STATUS, status_item)
        table.blockSignals(False)

    def _hj274_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != HJ_VALUE:
            return
        ident = self.hj274_table.item(item.row(), 0)
        if ident is None:
            return
        self.enter_value(str(ident.data(Qt.ItemDataRole.UserRole)), item.text())

    def enter_value(self, row_id: str, text: str) -> bool:
        """Record (or clear, with empty text) a value the map cannot derive, as one undo step."""
        text = text.strip().replace(",", "")
        value: float | None
        if not text:
            value = None
        else:
            try:
                value = float(text)
            except ValueError:
                self._show_hj274_message(arg(self.tr("%1: %2 is not a number"), row_id, repr(text)))
                self.schedule_refresh()
                return False
        doc = self.document
        if doc.scenario.entered_values.get(row_id) == value:
            return True
        refusals: list[str] = []

        def refused(message: str) -> None:
            refusals.append(message)

        doc.edit_failed.connect(refused)
        try:
            command = SetEnteredValue(doc.scenario_id, row_id, value)
            command.text = arg(self.tr("Enter value for indicator %1"), row_id)
            ok = doc.push(command)
        finally:
            doc.edit_failed.disconnect(refused)
        if not ok:
            refused_text = arg(self.tr("%1: value refused"), row_id)
            self._show_hj274_message(refusals[0] if refusals else refused_text)
            self.schedule_refresh()
            return False
        self._show_hj274_message("")
        return True

    def _show_hj274_message(self, message: str) -> None:
        self.hj274_message.setText(message)
        self.hj274_message.setVisible(bool(message))

    # ----- reading what is shown (tests, tooltips elsewhere) -------------------------------------
    def _cell(self, table: QTableWidget, key: str, column: int) -> str:
        for r in range(table.rowCount()):
            first = table.item(r, 0)
            if first is not None and first.data(Qt.ItemDataRole.UserRole) == key:
                cell = table.item(r, column)
                return cell.text() if cell is not None else ""
        raise KeyError(f"{key!r} is not shown in the indicator panel")

    def zone_land_output_text(self, zone_id: str) -> str:
        return self._cell(self.zone_table, zone_id, 1)

    def zone_verdict_text(self, zone_id: str) -> str:
        return self._cell(self.zone_table, zone_id, 2)

    def park_land_output_text(self) -> str:
        return self.land_summary.text()

    def coverage_text(self, medium: str) -> str:
        return self._cell(self.coverage_table, medium, 4)

    def space_score_text(self) -> str:
        return self.space_label.text()

    def hj274_status_text(self, row_id: str) -> str:
        return self._cell(self.hj274_table, row_id, HJ_STATUS)

    def hj274_value_text(self, row_id: str) -> str:
        return self._cell(self.hj274_table, row_id, HJ_VALUE)

    def shown_zone_ids(self) -> list[str]:
        items = [self.zone_table.item(r, 0) for r in range(self.zone_table.rowCount())]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i is not None]


def _component_label(name: str) -> str:
    word = term("space_component", name)
    return word if word != name else name.replace("_", " ").capitalize()


def _fmt_general(value: Any) -> str:
    if value is None:
        return DASH
    number = float(value)
    if abs(number) >= 100:
        return f"{number:,.0f}"
    return f"{number:.3g}" if abs(number) < 1 else f"{number:.2f}"
