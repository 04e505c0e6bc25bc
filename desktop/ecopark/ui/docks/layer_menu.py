"""The Layers dock's context menu: zoom to a layer, its opacity on the map, and for the
underlays the manager (opacity, visibility and order of each scan and basemap)."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from ecopark.model.labelling import LABELLED_LAYERS
from ecopark.ui.docks.layers_dock import LAYER_ROLE

OPACITIES = (1.0, 0.75, 0.5, 0.25)


def layer_bounds(window: Any, layer: str) -> tuple[float, float, float, float] | None:
    if layer == "underlays":
        from ecopark.ui.dialogs.basemap_dialog import underlay_bounds

        boxes = [underlay_bounds(u) for u in window.document.park.underlays if u.visible]
        if not boxes:
            return None
        arr = np.asarray(boxes)
        return arr[:, 0].min(), arr[:, 1].min(), arr[:, 2].max(), arr[:, 3].max()
    objs = window.document.scenario.layers.get(layer, {})
    geoms = [o.geometry for o in objs.values() if getattr(o, "geometry", None) is not None]
    if not geoms:
        return None
    b = shapely.total_bounds(np.asarray(geoms, dtype=object))
    return float(b[0]), float(b[1]), float(b[2]), float(b[3])


def zoom_to_layer(window: Any, layer: str) -> bool:
    bounds = layer_bounds(window, layer)
    if bounds is None or window.canvas is None:
        return False
    x0, y0, x1, y1 = bounds
    pad = max(x1 - x0, y1 - y0, 200.0) * 0.05
    window.canvas.set_extent(x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    return True


def set_layer_opacity(window: Any, layer: str, opacity: float) -> bool:
    item = getattr(window.canvas, "layers", {}).get(layer)
    if item is None:
        return False
    item.setOpacity(opacity)
    window.canvas.viewport().update()
    return True


def _opacity_slot(window: Any, layer: str, value: float) -> Any:
    return lambda *_: set_layer_opacity(window, layer, value)


def _layer_title(window: Any, layer: str) -> str:
    """The layer's name as the Layers dock shows it."""
    tree = window.layers_dock.tree if getattr(window, "layers_dock", None) else None
    if tree is not None:
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.data(0, LAYER_ROLE) == layer:
                return str(item.text(0)).split(" (")[0]  # without the object count
    return layer


def layer_menu(window: Any, layer: str) -> QMenu:
    menu = QMenu(window)
    menu.addAction(
        QCoreApplication.translate("LayerMenu", "Zoom to layer"),
        lambda: zoom_to_layer(window, layer),
    )
    if layer in LABELLED_LAYERS:
        from ecopark.ui.dialogs.label_settings import open_label_settings

        menu.addAction(
            QCoreApplication.translate("LayerMenu", "Label settings…"),
            lambda: open_label_settings(window, layer, _layer_title(window, layer)),
        )
    if layer != "underlays":
        sub = menu.addMenu(QCoreApplication.translate("LayerMenu", "Opacity"))
        current = getattr(window.canvas, "layers", {}).get(layer)
        for value in OPACITIES:
            act = sub.addAction(f"{round(value * 100)} %")
            act.triggered.connect(_opacity_slot(window, layer, value))
            act.setCheckable(True)
            act.setChecked(current is not None and abs(current.opacity() - value) < 1e-6)
    else:
        from ecopark.ui.dialogs.basemap_dialog import UnderlayManager, add_basemap

        menu.addAction(
            QCoreApplication.translate("LayerMenu", "Opacity, visibility and order…"),
            lambda: UnderlayManager.show_for(window),
        )
        menu.addAction(
            QCoreApplication.translate("LayerMenu", "Add basemap…"), lambda: add_basemap(window)
        )
    return menu


def install_layer_menu(window: Any) -> None:
    dock = getattr(window, "layers_dock", None)
    if dock is None:
        return
    tree = dock.tree
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        item = tree.itemAt(pos)
        layer = item.data(0, LAYER_ROLE) if item is not None else None
        while item is not None and layer is None:
            item = item.parent()
            layer = item.data(0, LAYER_ROLE) if item is not None else None
        if layer:
            layer_menu(window, str(layer)).exec(tree.viewport().mapToGlobal(pos))

    tree.customContextMenuRequested.connect(show)


__all__ = ["install_layer_menu", "layer_bounds", "layer_menu", "set_layer_opacity", "zoom_to_layer"]
