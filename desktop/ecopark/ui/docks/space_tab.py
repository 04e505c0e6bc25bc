"""The space-optimization score and its weighted components."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ecopark.indicators import ScenarioResult
from ecopark.indicators.explain import Explanation, explain_component, explain_space_score
from ecopark.ui.docks.bar_chart import HBarChart
from ecopark.ui.docks.indicator_common import (
    DASH,
    component_label,
    fmt,
    make_table,
    table_item,
)
from ecopark.ui.i18n import arg, current_language, note

if TYPE_CHECKING:
    pass


class SpaceScoreTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
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
        self.space_table = make_table([self.tr("Component"), self.tr("Value"), self.tr("Weight")])
        layout.addWidget(self.space_table, 1)
        self.explain_table = self.space_table
        self.result: ScenarioResult | None = None

    def title(self) -> str:
        return self.tr("Space score")

    def explain_at(self, row: int) -> Explanation | None:
        item = self.space_table.item(row, 0)
        if item is None or self.result is None:
            return None
        name = str(item.data(Qt.ItemDataRole.UserRole))
        return explain_component(self.result.space, name, current_language())

    def default_explanation(self) -> Explanation | None:
        if self.result is None:
            return None
        return explain_space_score(self.result.space, current_language())

    def show_result(self, result: ScenarioResult) -> None:
        self.result = result
        space = result.space
        lang = current_language()
        self.space_label.setToolTip(explain_space_score(space, lang).text(lang))
        score = DASH if space.score is None else f"{space.score:.0f}"
        self.space_label.setText(arg(self.tr("Space score %1 / 100"), score))
        names = list(space.components)
        values = [space.components[n] for n in names]
        self.space_plot.set_bars(
            [component_label(n) for n in names],
            [100.0 * (v or 0.0) for v in values],
            value_max=100.0,
        )
        table = self.space_table
        table.setRowCount(len(names))
        for r, (n, v) in enumerate(zip(names, values, strict=True)):
            label = table_item(component_label(n))
            label.setData(Qt.ItemDataRole.UserRole, n)
            label.setToolTip(explain_component(space, n, lang).text(lang))
            table.setItem(r, 0, label)
            table.setItem(
                r, 1, table_item(DASH if v is None else f"{100 * v:.0f}", align_right=True)
            )
            weight = space.weights.get(n)
            table.setItem(r, 2, table_item(fmt(weight), align_right=True))
            if n in space.notes:  # scored 0 because it cannot be computed: say why
                label.setToolTip(note(space.notes[n]) + "\n\n" + label.toolTip())
                label.setText(component_label(n) + " ⚠")
