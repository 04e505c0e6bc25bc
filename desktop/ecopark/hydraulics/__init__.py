"""Steady-state hydraulics of the steam (HP, MP, LP) and hot-water networks drawn in a scenario.

Qt-free. ``solve_scenario(park, scenario_id)`` returns, per connected network, the flow,
pressure, temperature, velocity and heat loss of every segment and what arrives at every
consumer (pressure, temperature, superheat, condensate, served or not). docs/hydraulics.md gives
the method, the data and worked examples. Importing the package adds its shortfalls to
``Park.check``.
"""

from ecopark.hydraulics.check import (
    NetworkInputWarning,
    NetworkShortfallWarning,
    hydraulic_problems,
)
from ecopark.hydraulics.results import (
    ConsumerResult,
    HydraulicResult,
    NetworkResult,
    SegmentResult,
    SourceResult,
)
from ecopark.hydraulics.solve import SOLVED_MEDIA, solve_scenario
from ecopark.model.park import register_check

register_check(hydraulic_problems)

__all__ = [
    "ConsumerResult",
    "HydraulicResult",
    "NetworkInputWarning",
    "NetworkResult",
    "NetworkShortfallWarning",
    "SOLVED_MEDIA",
    "SegmentResult",
    "SourceResult",
    "hydraulic_problems",
    "solve_scenario",
]
