"""Presentation mode steps through the phases: Y shows the plan on the slide as it stands in the
next milestone year (from the baseline year through each milestone to the plan year, then round
again), Shift+Y the previous one. The map hides what is not yet built, the scorecard shows that
year's figures and the caption names the year. Moving to another slide shows the plan as is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ecopark.export.scorecard import scorecard_rows
from ecopark.model import EcoParkError
from ecopark.phasing import milestone_years
from ecopark.ui.timeline.controller import TimelineController


class PresentationPhases(QObject):
    """The year stepping of a :class:`ecopark.ui.presentation.PresentationWindow`."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.controllers = [TimelineController(pane) for pane in window.panes]

    def _pane(self) -> tuple[Any, TimelineController] | None:
        """The pane that shows a plan (the right one of a compare slide)."""
        for pane, ctl in reversed(list(zip(self.window.panes, self.controllers, strict=True))):
            if not pane.isHidden() and ctl.timeline is not None:
                return pane, ctl
        return None

    def stops(self, ctl: TimelineController) -> list[int]:
        t = ctl.timeline
        assert t is not None
        years = milestone_years(t.park, t.scenario_id)
        return sorted({t.first_year, *years, t.last_year})

    def step(self, delta: int) -> int | None:
        """Show the next (``delta`` > 0) or previous milestone year; returns the year shown."""
        found = self._pane()
        if found is None:
            return None
        pane, ctl = found
        stops = self.stops(ctl)
        year = ctl.year if ctl.year is not None else stops[-1]
        later = [y for y in stops if y > year]
        earlier = [y for y in stops if y < year]
        if delta > 0:
            target = later[0] if later else stops[0]
        else:
            target = earlier[-1] if earlier else stops[-1]
        ctl.set_year(target)
        self._show(pane, ctl)
        return target

    def _show(self, pane: Any, ctl: TimelineController) -> None:
        t = ctl.timeline
        assert t is not None
        info = t.park.scenario(t.scenario_id).info
        if t.year >= t.last_year:
            pane.caption.setText(f"{info.name} ({info.year})")
        else:
            text = QCoreApplication.translate("PresentationWindow", "%1 — as built in %2")
            pane.caption.setText(text.replace("%1", info.name).replace("%2", str(t.year)))
        try:
            pane.scorecard.set_rows(scorecard_rows(ctl.result(), None), self.window.lang)
        except EcoParkError:
            pane.scorecard.set_rows([], self.window.lang)
        pane.canvas.update()

    def slide_shown(self) -> None:
        """A new slide: every pane shows its scenario as it is (the plan year)."""
        for ctl in self.controllers:
            t = ctl.timeline
            if t is not None and t.year != t.last_year:
                ctl.set_year(t.last_year)
