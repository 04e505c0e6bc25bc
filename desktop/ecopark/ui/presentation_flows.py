"""The flow diagram in presentation mode: F on a slide shows the Sankey of the slide's
scenarios over its maps (baseline and plan side by side on a compare slide); F again, or the
next slide shown with it still on, keeps the panel's attention on the flows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ecopark.model import Park
from ecopark.symbiosis.sankey import layout
from ecopark.ui.sankey import SankeyView

TOP_MARGIN = 60
BOTTOM_MARGIN = 40


class FlowOverlay(QWidget):
    """Covers the map area of a presentation window with one or two Sankey views."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("presentation_flows")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#presentation_flows { background: #ffffff; }")
        self.views = [SankeyView(self), SankeyView(self)]
        row = QHBoxLayout(self)
        row.setSpacing(18)
        for v in self.views:
            row.addWidget(v, 1)
        self.scenario_ids: list[str] = []
        self.lang = str(getattr(window, "lang", "en"))
        """The slides' language: the band labels' numbers and units follow it."""
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(24, TOP_MARGIN, parent.width() - 48,
                         parent.height() - TOP_MARGIN - BOTTOM_MARGIN)  # fmt: skip
        self.raise_()

    def show_scenarios(self, park: Park, scenario_ids: list[str]) -> None:
        """Draw the flows of ``scenario_ids`` (left to right) and show the overlay."""
        self.scenario_ids = list(scenario_ids)
        for k, view in enumerate(self.views):
            if k < len(scenario_ids):
                view.set_layout(layout(park, scenario_ids[k], lang=self.lang))
                view.show()
            else:
                view.hide()
        self._fit()
        self.show()

    def toggle(self, park: Park, scenario_ids: list[str]) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.show_scenarios(park, scenario_ids)

    def follow(self, park: Park, scenario_ids: list[str]) -> None:
        """A new slide: redraw if the flows are on screen."""
        if self.isVisible():
            self.show_scenarios(park, scenario_ids)
