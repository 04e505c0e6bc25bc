"""Projects of a work plan as planners define them (issue 17 part A): what is grouped, who owns it,
when it is built, what it costs, what it achieves and whether it pays back.

Qt-free. The projects live in ``park.settings["projects"]`` while the park is open (so every edit
is a :class:`~ecopark.commands.SetParkSetting` underneath, undoable and journaled) and in their own
tables of the GeoPackage on disk (:mod:`ecopark.projects.storage`, docs/file-format.md).
"""

from ecopark.projects.model import (
    PROJECT_KINDS,
    PROJECTS_SETTING,
    Project,
    ProjectError,
    projects_of,
)
from ecopark.projects.years import completion_years

__all__ = [
    "PROJECTS_SETTING",
    "PROJECT_KINDS",
    "Project",
    "ProjectError",
    "completion_years",
    "projects_of",
]
