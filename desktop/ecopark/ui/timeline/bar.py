"""The year slider: a toolbar between the baseline and the plan year.

Keyboard: the slider takes focus (Tab) and steps with the arrow keys, Page Up/Down, Home and
End; View > "Previous year" / "Next year" (Ctrl+Alt+Left/Right) step from anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSlider, QToolBar, QWidget

from ecopark.ui.timeline.controller import TimelineController


class TimelineBar(QToolBar):
    def __init__(self, controller: TimelineController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timeline_toolbar")
        self.setWindowTitle(self.tr("Timeline"))
        self.caption = QLabel(self.tr("Year in service:"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeline_slider")
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setMinimumWidth(180)
        self.slider.setPageStep(1)
        self.slider.setSingleStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(self.tr("Year shown on the map"))
        self.slider.setToolTip(
            self.tr(
                "Show the park as it stands in a year between the baseline and the plan: "
                "objects not yet in service are hidden and every indicator is that year's"
            )
        )
        self.year_label = QLabel()
        self.year_label.setMinimumWidth(150)
        self.caption.setBuddy(self.slider)
        self.addWidget(self.caption)
        self.addWidget(self.slider)
        self.addWidget(self.year_label)
        self.slider.valueChanged.connect(controller.set_year)
        controller.span_changed.connect(self._span)
        controller.year_changed.connect(self._year)
        span = controller.span()
        self._span(*(span if span is not None else (0, 0)))
        if controller.year is not None:
            self._year(controller.year)

    def _span(self, first: int, last: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(first, last)
        self.slider.setValue(last)
        self.slider.blockSignals(False)
        self.slider.setEnabled(last > first)
        self._year(last)

    def _year(self, year: int) -> None:
        if self.slider.value() != year:
            self.slider.blockSignals(True)
            self.slider.setValue(year)
            self.slider.blockSignals(False)
        span = self.controller.span()
        if span is None:
            self.year_label.setText(self.tr("(plans only)"))
        elif year >= span[1]:
            self.year_label.setText(self.tr("%1 (plan year)").replace("%1", str(year)))
        elif year <= span[0]:
            self.year_label.setText(self.tr("%1 (baseline year)").replace("%1", str(year)))
        else:
            self.year_label.setText(str(year))
