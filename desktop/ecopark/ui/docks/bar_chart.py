"""A horizontal bar chart (pyqtgraph) for the indicator panel.

Bars run left to right with their names on the left axis, first bar on top: zone names in
Chinese or English stay readable in a narrow dock, where upright bars would overlap their labels.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent

from ecopark.ui.i18n import arg

BAR_THICKNESS = 0.62
ROW_PX = 14
"""Height a bar's name needs on the left axis: a chart given more bars than its height holds
at this spacing shows the first ones (see ``overflow_note``)."""
FRAME_PX = 64
"""The chart's height outside its rows (bottom axis, its label, a title)."""
MIN_BARS = 5


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
        """The bars drawn (all given, or the first that fit; see ``set_bars``)."""
        self._given: tuple[list[str], list[float], list[str | QColor] | None, float | None] = (
            [],
            [],
            None,
            None,
        )
        self._overflow_note = ""
        self._total = 0

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
        *,
        overflow_note: str = "",
        total: int | None = None,
    ) -> None:
        """Show one bar per label; ``value_max`` fixes the scale (e.g. 100 for shares).

        With ``overflow_note`` (a translated text with %1 for the bars shown and %2 for
        ``total``, the count the bars were chosen from), the bars come most important first:
        the chart draws as many as its height keeps legible and says so in its title, and
        draws more when it is made taller."""
        self._given = (
            list(labels),
            [float(v) for v in values],
            list(colours) if colours else None,
            value_max,
        )
        self._overflow_note = overflow_note
        self._total = len(labels) if total is None else total
        self._draw_bars()

    def capacity(self) -> int:
        """Bars the chart's current height shows legibly."""
        return max(MIN_BARS, (self.height() - FRAME_PX) // ROW_PX)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # (also called while the base class is built, before this class's attributes exist)
        if getattr(self, "_overflow_note", "") and len(self.labels) != self._shown_count():
            self._draw_bars()

    def _shown_count(self) -> int:
        n = len(self._given[0])
        return min(n, self.capacity()) if self._overflow_note else n

    def _draw_bars(self) -> None:
        labels, values, colours, value_max = self._given
        n = self._shown_count()
        self.labels, self.values = labels[:n], values[:n]
        colours = colours[:n] if colours else None
        if self._overflow_note and n < self._total:
            self.setTitle(arg(self._overflow_note, str(n), f"{self._total:,}"), size="8pt")
        else:
            self.setTitle(None)
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
