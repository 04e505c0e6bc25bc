"""When each grouped object enters service: its project's completion year.

Part B of issue 17 (the timeline) asks this for objects that carry no year in service of their
own. An object grouped in several projects enters service when the last of them is complete (a
pipe replaced in phase 1 and extended in phase 2 is not finished before phase 2 ends).
"""

from __future__ import annotations

from ecopark.model import Park
from ecopark.projects.model import projects_of


def completion_years(park: Park) -> dict[tuple[str, str], int]:
    """``{(layer, object id): completion year}`` of every object grouped in a project."""
    years: dict[tuple[str, str], int] = {}
    for project in projects_of(park):
        for member in project.members:
            old = years.get(member)
            if old is None or project.completion_year > old:
                years[member] = project.completion_year
    return years
