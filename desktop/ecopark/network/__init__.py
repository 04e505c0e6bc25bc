"""Pipeline topology from geometry: snapping, connected components per medium, steam grades.

Shared by the indicators (coverage) and by routing. No Qt, no I/O.
"""

from ecopark.network.bounds import joining_lower_bound
from ecopark.network.grades import can_feed, higher_grades
from ecopark.network.index import DynamicIndex
from ecopark.network.mst import euclidean_mst_length
from ecopark.network.topology import (
    DEFAULT_SNAP_TOLERANCE_M,
    SNAP_TOLERANCE_SETTING,
    MediumNetwork,
    NetworkLabels,
    snap_tolerance,
)

__all__ = [
    "DEFAULT_SNAP_TOLERANCE_M",
    "DynamicIndex",
    "MediumNetwork",
    "NetworkLabels",
    "SNAP_TOLERANCE_SETTING",
    "can_feed",
    "euclidean_mst_length",
    "higher_grades",
    "joining_lower_bound",
    "snap_tolerance",
]
