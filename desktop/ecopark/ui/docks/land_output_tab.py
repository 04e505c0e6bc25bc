"""Land output per zone against the HJ 274 threshold: the park figure, a bar per zone and
the zone table."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ecopark.indicators import ScenarioResult, ZoneResult
from ecopark.indicators.explain import (
    Explanation,
    explain_zone,
    land_gap_text,
    park_land_gap_text,
)
from ecopark.indicators.gaps import zone_gap
from ecopark.numbers import format_plain
from ecopark.terms import zone_kind_label
from ecopark.ui.docks.bar_chart import MIN_BARS, HBarChart
from ecopark.ui.docks.indicator_common import (
    FAIL_COLOUR,
    NEUTRAL_COLOUR,
    PASS_COLOUR,
    STATUS_BACKGROUND,
    fmt,
    make_table,
    table_item,
)
from ecopark.ui.i18n import arg, current_language

if TYPE_CHECKING:
    from ecopark.ui.docks.indicator_panel import IndicatorPanel


class LandOutputTab(QWidget):
    def __init__(self, panel: IndicatorPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel
        """The dock: the open document, and its refresh after a refused entry."""
        layout = QVBoxLayout(self)
        self.land_summary = QLabel()
        self.land_summary.setWordWrap(True)
        self.land_summary.setToolTip(
            self.tr(
                "Land output = IAV of firms on industrial land / industrial land area "
                "(10⁸ RMB/km²); HJ 274-2009 row 2.1 requires at least 9"
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
        self.zone_table = make_table(
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
        self.explain_table = self.zone_table
        self.result: ScenarioResult | None = None

    def title(self) -> str:
        return self.tr("Land output")

    def explain_at(self, row: int) -> Explanation | None:
        zone = self._zone(row)
        if zone is None or self.result is None:
            return None
        return explain_zone(zone, self.result.land_output.threshold, current_language())

    def object_at(self, row: int) -> tuple[str, str] | None:
        zone = self._zone(row)
        return None if zone is None else ("zones", zone.zone_id)

    def _zone(self, row: int) -> ZoneResult | None:
        item = self.zone_table.item(row, 0)
        if item is None or self.result is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((z for z in self.result.land_output.zones if z.zone_id == key), None)

    def show_result(self, result: ScenarioResult) -> None:
        self.result = result
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
                format_plain(lo.threshold),
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
            + _gap_html(park_land_gap_text(lo, current_language()))
        )
        zones = lo.zones
        charted = charted_zones(zones)
        self.threshold_line.setValue(lo.threshold)
        self.land_plot.set_bars(
            [z.name or z.zone_id for z in charted],
            [z.land_output or 0.0 for z in charted],
            [
                NEUTRAL_COLOUR if not z.industrial else (PASS_COLOUR if z.passes else FAIL_COLOUR)
                for z in charted
            ],
            overflow_note=""
            if len(zones) <= MIN_BARS
            else self.tr("The %1 zones lowest in land output, of %2 (all in the table)"),
            total=len(zones),
        )

        table = self.zone_table
        table.setRowCount(len(zones))
        for r, z in enumerate(zones):
            kind = self.panel.document.park.zone_kinds.get(z.kind)
            explained = explain_zone(z, lo.threshold, current_language()).text(current_language())
            name = table_item(z.name or z.zone_id, tooltip=explained)
            name.setData(Qt.ItemDataRole.UserRole, z.zone_id)
            table.setItem(r, 0, name)
            table.setItem(r, 1, table_item(fmt(z.land_output), align_right=True))
            verdict_item = table_item(
                {True: self.tr("pass"), False: self.tr("fail"), None: self.tr("not industrial")}[
                    z.passes
                ]
            )
            gap = zone_gap(z, lo.threshold)
            if gap is not None:  # the gap beside the verdict, both ways to close it in the tooltip
                verdict_item.setText(
                    arg(self.tr("fail (short by %1)"), f"{gap.threshold - gap.land_output:.2f}")
                )
                verdict_item.setToolTip(land_gap_text(gap, current_language()))
            if z.passes is not None:
                verdict_item.setBackground(STATUS_BACKGROUND["pass" if z.passes else "fail"])
            table.setItem(r, 2, verdict_item)
            table.setItem(r, 3, table_item(f"{z.area_km2:,.3f}", align_right=True))
            table.setItem(r, 4, table_item(f"{z.iav_10k_rmb:,.0f}", align_right=True))
            table.setItem(r, 5, table_item(fmt(z.iav_per_mu, 1), align_right=True))
            table.setItem(
                r, 6, table_item(zone_kind_label(kind, current_language()) if kind else z.kind)
            )


CHART_ZONES = 40
"""Bars offered to the chart at most (a tall dock shows about this many names legibly). A
district of thousands of zones would be a solid block of bars; its weakest zones are the ones
to see."""


def charted_zones(zones: Sequence[ZoneResult]) -> list[ZoneResult]:
    """The zones offered to the chart, most important first: all of them in their own order
    when the chart always holds them, else the industrial zones lowest in land output (those
    furthest below the threshold first), then the non-industrial ones, at most
    :data:`CHART_ZONES`. The chart draws as many as its height allows; the table lists every
    zone."""
    if len(zones) <= MIN_BARS:
        return list(zones)
    industrial = sorted(
        (z for z in zones if z.industrial), key=lambda z: (z.land_output or 0.0, z.zone_id)
    )
    others = [z for z in zones if not z.industrial]
    return (industrial + others)[:CHART_ZONES]


def _gap_html(text: str) -> str:
    if not text:
        return ""
    lines = "<br>".join(escape(line) for line in text.splitlines())
    return f"<br><span style='color:#b00020'>{lines}</span>"
