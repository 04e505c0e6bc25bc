"""Phasing (issue 17 part B): when each object of a plan enters service, the park as it stands
in any year between the baseline and the plan, targets by milestone year and the annual progress
report. Qt-free; the year slider (``ecopark.ui.timeline``) and the workbook sheets only draw what
this package computes. The rules are in docs/phasing.md."""

from ecopark.phasing.as_of import scenario_in_year
from ecopark.phasing.milestones import milestone_years, targets_by_year
from ecopark.phasing.progress import progress_report
from ecopark.phasing.timeline import Timeline
from ecopark.phasing.years import (
    effective_years,
    plan_span,
    register_completion_years,
    register_project_list,
)

__all__ = [
    "Timeline",
    "effective_years",
    "milestone_years",
    "plan_span",
    "progress_report",
    "register_completion_years",
    "register_project_list",
    "scenario_in_year",
    "targets_by_year",
]
