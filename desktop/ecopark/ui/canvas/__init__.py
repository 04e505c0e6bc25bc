"""The map canvas (``MapCanvas``) and what it draws with: layers, labels, overlays, styles."""

from __future__ import annotations

from typing import Any

__all__ = ["MapCanvas", "legend_entries"]


def __getattr__(name: str) -> Any:
    # lazy: the tools import canvas helpers, and the canvas imports the tools
    if name == "MapCanvas":
        from ecopark.ui.canvas.map_canvas import MapCanvas

        return MapCanvas
    if name == "legend_entries":
        from ecopark.ui.canvas.styles import legend_entries

        return legend_entries
    raise AttributeError(name)
