"""Baseline versus plan: which objects were added, removed or changed, and the indicators side
by side with their difference (no Qt; the editor's change table and the tests read this)."""

from ecopark.compare.changes import (
    IndicatorDelta,
    ObjectChangeRow,
    ScenarioDiff,
    diff_scenarios,
    indicator_deltas,
)

__all__ = [
    "IndicatorDelta",
    "ObjectChangeRow",
    "ScenarioDiff",
    "diff_scenarios",
    "indicator_deltas",
]
