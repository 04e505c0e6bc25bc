"""A horizontal bar chart (pyqtgraph) for the indicator panel.

Bars run left to right with their names on the left axis, first bar on top: zone names in
Chinese or English stay readable in a narrow dock, where upright bars would overlap their labels.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics

BAR_THICKNESS = 0.62


def short_label(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class HBarChart(pg.PlotWidget):
    def __init__(self, value_label: str, bar_colour: str = "#1565c0"):
        super().__init__(background="w")
        self.setMinimumHeight(140)
        self.setMenuEnabled(False)
        scene = self.scene()
        for action in scene.contextMenu:  # pyqtgraph's own "Export..." (untranslated, not ours)
            action.setParent(None)
            action.deleteLater()
        scene.contextMenu = []
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=False, alpha=0.25)
        self.invertY(True)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen("k")
            axis.setTextPen("k")
        self.setLabel("bottom", value_label)
        self.bar_colour = bar_colour
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_THICKNESS)
        self.addItem(self.bars)
        self.threshold: pg.InfiniteLine | None = None
        self.labels: list[str] = []
        self.values: list[float] = []

    def add_threshold(self, value: float, label: str, colour: QColor) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=value,
            angle=90,
            pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
            label=label,
            labelOpts={"position": 0.04, "color": colour, "anchors": [(0, 0), (0, 0)]},
        )
        self.addItem(line)
        self.threshold = line
        return line

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        colours: Sequence[str | QColor] | None = None,
        value_max: float | None = None,
    ) -> None:
        """Show one bar per label; ``value_max`` fixes the scale (e.g. 100 for shares)."""
        self.labels = list(labels)
        self.values = [float(v) for v in values]
        n = len(self.values)
        brushes = [pg.mkBrush(c) for c in colours] if colours else None
        self.bars.setOpts(
            x0=[0.0] * n,
            y=list(range(n)),
            width=self.values,
            height=BAR_THICKNESS,
            brush=pg.mkBrush(self.bar_colour),
            brushes=brushes,
        )
        shown = [short_label(t) for t in self.labels]
        axis = self.getAxis("left")
        axis.setTicks([list(enumerate(shown))])
        # pyqtgraph sizes the axis lazily (and not at all while the tab is hidden): fix it to
        # the longest name so every label is drawn.
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        widest = max((metrics.horizontalAdvance(t) for t in shown), default=0)
        axis.setWidth(min(widest + 14, 200))
        top = value_max * 1.03 if value_max is not None else None
        if top is None:
            candidates = [*self.values, self.threshold.value() if self.threshold else 0.0]
            top = max([1.0, *candidates]) * 1.12
        self.setXRange(0, top, padding=0)
        self.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
