"""A click on a zone's or firm's row of the indicator panel selects that object on the map and,
when it is not fully in view, zooms to it (the canvas is the main window's, when there is one)."""

from __future__ import annotations

from typing import Any

import shapely
from PySide6.QtWidgets import QWidget

from ecopark.ui.document import ProjectDocument


def show_on_map(dock: QWidget, document: ProjectDocument, refs: list[tuple[str, str]]) -> None:
    """Select ``refs`` (layer, id); zoom the window's canvas to them if any is off-screen."""
    layers = document.scenario.layers
    refs = [(layer, oid) for layer, oid in refs if oid in layers.get(layer, {})]
    if not refs:
        return
    document.set_selection(refs)
    canvas: Any = getattr(dock.window(), "canvas", None)
    if canvas is None:
        return
    geoms = [getattr(layers[layer][oid], "geometry", None) for layer, oid in refs]
    geoms = [g for g in geoms if g is not None]
    if not geoms:
        return
    xmin, ymin, xmax, ymax = canvas.extent()
    view = shapely.box(xmin, ymin, xmax, ymax)
    if not all(view.contains(g) for g in geoms):
        canvas.zoom_to_selection()
