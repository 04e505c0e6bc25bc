"""Placing drawings on the park: control-point fits for imported CAD layers and scanned plans,
remembered per drawing for later imports, and offline raster basemaps (no Qt)."""

from ecopark.georef.fit import METHODS, PointFit, fit_points
from ecopark.georef.place import (
    GEOREF_SETTING,
    drawing_key,
    place_objects_command,
    remember_command,
    remembered_fit,
)

__all__ = [
    "GEOREF_SETTING",
    "METHODS",
    "PointFit",
    "drawing_key",
    "fit_points",
    "place_objects_command",
    "remember_command",
    "remembered_fit",
]
