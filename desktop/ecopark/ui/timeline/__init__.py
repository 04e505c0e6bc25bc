"""The year slider (issue 17 part B): the park as it stands in any year of the plan, on the map
and in every indicator tab, and the phasing dock (targets by year, progress report)."""

from ecopark.ui.timeline.controller import TimelineController, timeline_result
from ecopark.ui.timeline.install import install_timeline

__all__ = ["TimelineController", "install_timeline", "timeline_result"]
