"""The map canvas (``MapCanvas``) and what it draws with: layers, labels, overlays, styles.

The canvas imports nothing from :mod:`ecopark.ui.tools` at run time: it is given the active
tool by :class:`ecopark.ui.tools.manager.ToolManager`, so the tools may import canvas helpers.
"""

from __future__ import annotations

from ecopark.ui.canvas.map_canvas import MapCanvas
from ecopark.ui.canvas.styles import legend_entries

__all__ = ["MapCanvas", "legend_entries"]
