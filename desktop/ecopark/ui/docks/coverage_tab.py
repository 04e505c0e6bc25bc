"""Shared-infrastructure coverage: the share of each medium's demand served, per medium and
for the point services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ecopark.indicators import ScenarioResult
from ecopark.model.kinds import MEDIUM_FIELDS
from ecopark.symbology import MEDIUM_COLOURS
from ecopark.ui.docks.bar_chart import HBarChart
from ecopark.ui.docks.carbon_text import carbon_html, savings_html
from ecopark.ui.docks.indicator_common import (
    fmt_share,
    make_table,
    table_item,
)
from ecopark.ui.i18n import arg, term
from ecopark.ui.i18n import unit as unit_word

if TYPE_CHECKING:
    pass


class CoverageTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
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
        self.coverage_table = make_table(
            [
                self.tr("Medium"),
                self.tr("Demand"),
                self.tr("Served"),
                self.tr("Capacity"),
                self.tr("Coverage"),
            ]
        )
        layout.addWidget(self.coverage_table, 1)

    def title(self) -> str:
        return self.tr("Coverage")

    def show_result(self, result: ScenarioResult) -> None:
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
            label = table_item(term("medium", m.medium))
            label.setData(Qt.ItemDataRole.UserRole, m.medium)
            table.setItem(r, 0, label)
            unit = unit_word(
                m.unit or (MEDIUM_FIELDS[m.medium].unit if m.medium in MEDIUM_FIELDS else "")
            )
            table.setItem(r, 1, table_item(f"{m.demand:,.1f} {unit}", align_right=True))
            table.setItem(r, 2, table_item(f"{m.served:,.1f} {unit}", align_right=True))
            table.setItem(r, 3, table_item(f"{m.capacity:,.1f} {unit}", align_right=True))
            table.setItem(
                r,
                4,
                table_item(
                    fmt_share(m.share),
                    align_right=True,
                    tooltip=arg(
                        self.tr("%1 of %2 firms fully served"), m.firms_served, m.firms_with_demand
                    ),
                ),
            )
        for k, s in enumerate(services):
            r = len(media) + k
            label = table_item(term("point_service", s.service))
            label.setData(Qt.ItemDataRole.UserRole, s.service)
            table.setItem(r, 0, label)
            firms_total = arg(self.tr("%1 firms"), s.firms_total)
            table.setItem(r, 1, table_item(firms_total, align_right=True))
            firms_covered = arg(self.tr("%1 firms"), s.firms_covered)
            table.setItem(r, 2, table_item(firms_covered, align_right=True))
            facilities = arg(self.tr("%1 facilities"), s.facilities)
            table.setItem(r, 3, table_item(facilities, align_right=True))
            table.setItem(
                r,
                4,
                table_item(
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
