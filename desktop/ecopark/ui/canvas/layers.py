"""The map layers, one module per kind (this module only gathers their names for importers):

- :mod:`ecopark.ui.canvas.layer_base` -- what every layer item shares (batching, culling, LOD);
- :mod:`ecopark.ui.canvas.path_layers` -- zones, plots, corridors, pipelines (batched paths);
- :mod:`ecopark.ui.canvas.point_layers` -- firms and facilities (numpy dots / symbols);
- :mod:`ecopark.ui.canvas.exchange_layer` -- symbiosis exchange arrows.

A new map layer gets its own module beside these (see docs/architecture.md).
"""

from __future__ import annotations

from ecopark.ui.canvas.exchange_layer import ExchangeLayer
from ecopark.ui.canvas.layer_base import EVERYWHERE, LayerItem, LineLod, visible_rect
from ecopark.ui.canvas.path_layers import (
    BatchedPathLayer,
    LineLayer,
    ZoneLayer,
    corridor_style,
    pipeline_style,
    plot_style,
)
from ecopark.ui.canvas.point_layers import OUTLINE_ARGB, FacilityLayer, FirmLayer, PointLayer

__all__ = [
    "EVERYWHERE",
    "OUTLINE_ARGB",
    "BatchedPathLayer",
    "ExchangeLayer",
    "FacilityLayer",
    "FirmLayer",
    "LayerItem",
    "LineLayer",
    "LineLod",
    "PointLayer",
    "ZoneLayer",
    "corridor_style",
    "pipeline_style",
    "plot_style",
    "visible_rect",
]
