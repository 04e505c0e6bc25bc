"""Steam grades and the cascade rule: a higher grade may feed a lower-grade demand through
pressure reduction, never the reverse. Heat and reclaimed water have no cascade."""

from __future__ import annotations

from ecopark.model.kinds import STEAM_GRADES_HIGH_TO_LOW


def higher_grades(medium: str) -> tuple[str, ...]:
    """Grades that may feed ``medium``, nearest first (steam_lp -> (steam_mp, steam_hp))."""
    if medium not in STEAM_GRADES_HIGH_TO_LOW:
        return ()
    k = STEAM_GRADES_HIGH_TO_LOW.index(medium)
    return tuple(reversed(STEAM_GRADES_HIGH_TO_LOW[:k]))


def can_feed(source_medium: str, demand_medium: str) -> bool:
    """True when a source of ``source_medium`` may serve ``demand_medium`` demand."""
    return source_medium == demand_medium or source_medium in higher_grades(demand_medium)
