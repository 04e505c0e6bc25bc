"""Live indicators: land output, shared-infrastructure coverage, space score, HJ 274 and CTIP.

Pure functions compute each figure from a scenario (``full``); :class:`IndicatorEngine` keeps
state and updates on park change events. Both return :class:`ScenarioResult` (``results``).
"""

from ecopark.indicators.engine import IndicatorEngine
from ecopark.indicators.full import evaluate_scenario
from ecopark.indicators.results import (
    CoverageResult,
    CtipRow,
    Hj274Row,
    LandOutputResult,
    MediumCoverage,
    PointServiceCoverage,
    ScenarioResult,
    SpaceScore,
    ZoneResult,
)

__all__ = [
    "CoverageResult",
    "CtipRow",
    "Hj274Row",
    "IndicatorEngine",
    "LandOutputResult",
    "MediumCoverage",
    "PointServiceCoverage",
    "ScenarioResult",
    "SpaceScore",
    "ZoneResult",
    "evaluate_scenario",
]
