"""Map tools, one small class per file, and the registry the toolbar is built from.

``TOOLS`` is in toolbar order; every tool has a unique single-key shortcut (Shift+D for area).
"""

from __future__ import annotations

from ecopark.ui.tools.base import MapTool
from ecopark.ui.tools.delete import DeleteTool
from ecopark.ui.tools.draw_pipeline import DrawPipelineTool
from ecopark.ui.tools.draw_zone import DrawZoneTool
from ecopark.ui.tools.edit_vertices import EditVerticesTool
from ecopark.ui.tools.measure import MeasureAreaTool, MeasureDistanceTool
from ecopark.ui.tools.move import MoveTool
from ecopark.ui.tools.pan import PanTool
from ecopark.ui.tools.place_facility import PlaceFacilityTool
from ecopark.ui.tools.place_firm import PlaceFirmTool
from ecopark.ui.tools.record_exchange import RecordExchangeTool
from ecopark.ui.tools.select import SelectTool

TOOLS: dict[str, type[MapTool]] = {
    cls.name: cls
    for cls in (
        SelectTool,
        PanTool,
        MoveTool,
        EditVerticesTool,
        DrawZoneTool,
        PlaceFirmTool,
        PlaceFacilityTool,
        DrawPipelineTool,
        RecordExchangeTool,
        DeleteTool,
        MeasureDistanceTool,
        MeasureAreaTool,
    )
}

__all__ = ["TOOLS", "MapTool"]
