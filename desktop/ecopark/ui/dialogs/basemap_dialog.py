"""Raster basemaps and the underlay manager.

File > Add basemap: a GeoTIFF orthophoto or an MBTiles / GeoPackage tile set is warped into the
park CRS (:func:`ecopark.georef.basemap.read_basemap`, offline) and put first in the underlay
list, so it draws under scanned plans and the plan. View > Underlays and basemaps (also the
Layers dock's context menu on "Underlays"): opacity, visibility and order of every image, zoom
to one, remove one; each change is one undoable SetUnderlays.
"""

from __future__ import annotations

import dataclasses
import io
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetUnderlays
from ecopark.messages import render
from ecopark.model import EcoParkError, Underlay
from ecopark.ui.i18n import current_language


def new_underlay_id(underlays: list[Underlay], prefix: str = "B") -> str:
    used = {u.underlay_id for u in underlays}
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def add_basemap_file(window: Any, path: str | Path) -> bool:
    """Read ``path`` and push it as the bottom underlay (one undo step)."""
    from ecopark.georef.basemap import read_basemap

    doc = window.document
    try:
        basemap = read_basemap(path, doc.park.crs, new_underlay_id(doc.park.underlays))
    except EcoParkError as exc:
        QMessageBox.warning(
            window if isinstance(window, QWidget) else None,
            QCoreApplication.translate("UnderlayManager", "Cannot add the basemap"),
            render(str(exc), current_language()),
        )
        return False
    command = SetUnderlays(
        [basemap, *doc.park.underlays],
        QCoreApplication.translate("UnderlayManager", "Add basemap %1").replace("%1", basemap.name),
    )
    if not doc.push(command):
        return False
    canvas = getattr(window, "canvas", None)
    if canvas is not None and hasattr(canvas, "set_layer_visible"):
        canvas.set_layer_visible("underlays", True)
    return True


def add_basemap(window: Any) -> bool:
    path, _ = QFileDialog.getOpenFileName(
        window if isinstance(window, QWidget) else None,
        QCoreApplication.translate("UnderlayManager", "Add basemap"),
        "",
        QCoreApplication.translate(
            "UnderlayManager", "Rasters (*.tif *.tiff *.mbtiles *.gpkg *.jp2);;All files (*)"
        ),
    )
    return add_basemap_file(window, path) if path else False


def rough_transform(
    width: int, height: int, view: tuple[float, float, float, float]
) -> tuple[float, float, float, float, float, float]:
    """Pixel -> map placing a ``width`` x ``height`` image in the middle of ``view``, filling
    80 % of it, north up: a first placement to refine by clicked control points."""
    x0, y0, x1, y1 = view
    k = 0.8 * min((x1 - x0) / max(width, 1), (y1 - y0) / max(height, 1))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return (k, 0.0, cx - k * width / 2, 0.0, -k, cy + k * height / 2)


def add_scan_for_clicks(window: Any, path: str | Path) -> bool:
    """Put a scanned plan in the middle of the view (one undo step) and open the
    georeferencing tool on it, to be placed by clicks on the scan and on the map."""
    from ecopark.ui.dialogs.georef_tool import show_georef_tool
    from ecopark.ui.dialogs.underlay_dialog import image_to_png

    doc = window.document
    try:
        png, width, height = image_to_png(path)
    except EcoParkError as exc:
        QMessageBox.warning(
            window if isinstance(window, QWidget) else None,
            QCoreApplication.translate("UnderlayManager", "Cannot add the scan"),
            render(str(exc), current_language()),
        )
        return False
    scan = Underlay(
        underlay_id=new_underlay_id(doc.park.underlays, "U"),
        name=Path(path).stem,
        image_png=png,
        transform=rough_transform(width, height, window.canvas.extent()),
        opacity=0.6,
    )
    text = QCoreApplication.translate("UnderlayManager", "Add scan %1").replace("%1", scan.name)
    if not doc.push(SetUnderlays([*doc.park.underlays, scan], text)):
        return False
    window.canvas.set_layer_visible("underlays", True)
    tool = show_georef_tool(window)
    tool.target_combo.setCurrentIndex(tool.target_combo.findData(scan.underlay_id))
    return True


def add_scan(window: Any) -> bool:
    path, _ = QFileDialog.getOpenFileName(
        window if isinstance(window, QWidget) else None,
        QCoreApplication.translate("UnderlayManager", "Add scanned plan"),
        "",
        QCoreApplication.translate("UnderlayManager", "Images (*.png *.jpg *.jpeg *.tif *.tiff)"),
    )
    return add_scan_for_clicks(window, path) if path else False


def underlay_bounds(u: Underlay) -> tuple[float, float, float, float]:
    from PIL import Image

    w, h = Image.open(io.BytesIO(u.image_png)).size
    a, b, c, d, e, f = u.transform
    xs = [a * col + b * row + c for col, row in ((0, 0), (w, 0), (0, h), (w, h))]
    ys = [d * col + e * row + f for col, row in ((0, 0), (w, 0), (0, h), (w, h))]
    return min(xs), min(ys), max(xs), max(ys)


class UnderlayManager(QDialog):
    """Non-modal: the underlays in drawing order (top of the list is drawn first, lowest)."""

    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.main = window
        self.setWindowTitle(QCoreApplication.translate("UnderlayManager", "Underlays and basemaps"))
        self.list = QListWidget()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setToolTip(
            QCoreApplication.translate("UnderlayManager", "Opacity of the selected image")
        )
        buttons = {
            "up": QPushButton(QCoreApplication.translate("UnderlayManager", "Move down (under)")),
            "down": QPushButton(QCoreApplication.translate("UnderlayManager", "Move up (over)")),
            "zoom": QPushButton(QCoreApplication.translate("UnderlayManager", "Zoom to")),
            "remove": QPushButton(QCoreApplication.translate("UnderlayManager", "Remove")),
        }
        self.buttons = buttons
        row = QHBoxLayout()
        for b in buttons.values():
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.opacity)
        layout.addLayout(row)
        buttons["up"].clicked.connect(lambda: self.move_row(-1))
        buttons["down"].clicked.connect(lambda: self.move_row(1))
        buttons["zoom"].clicked.connect(self.zoom_to)
        buttons["remove"].clicked.connect(self.remove)
        self.opacity.sliderReleased.connect(lambda: self.set_opacity(self.opacity.value() / 100))
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._row_changed)
        window.document.changed.connect(self._refresh_later)
        self.refresh()

    @classmethod
    def show_for(cls, window: Any) -> UnderlayManager:
        dialog = getattr(window, "underlay_manager", None)
        if not isinstance(dialog, cls) or dialog.main.document is not window.document:
            dialog = cls(window, window if isinstance(window, QWidget) else None)
            window.underlay_manager = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    @property
    def underlays(self) -> list[Underlay]:
        return list(self.main.document.park.underlays)

    def _refresh_later(self, *_: object) -> None:
        if len(self.underlays) != self.list.count() or any(
            self.list.item(i).data(Qt.ItemDataRole.UserRole) != u.underlay_id
            for i, u in enumerate(self.underlays)
        ):
            self.refresh()

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for u in self.underlays:
            item = QListWidgetItem(f"{u.name or u.underlay_id}  ({round(u.opacity * 100)} %)")
            item.setData(Qt.ItemDataRole.UserRole, u.underlay_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._row_changed(self.list.currentRow())

    def _row_changed(self, row: int) -> None:
        ok = 0 <= row < len(self.underlays)
        for b in self.buttons.values():
            b.setEnabled(ok)
        self.opacity.setEnabled(ok)
        if ok:
            self.opacity.blockSignals(True)
            self.opacity.setValue(round(self.underlays[row].opacity * 100))
            self.opacity.blockSignals(False)

    def _push(self, underlays: list[Underlay], text: str) -> bool:
        ok = bool(self.main.document.push(SetUnderlays(underlays, text)))
        self.refresh()
        return ok

    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        us = self.underlays
        visible = item.checkState() == Qt.CheckState.Checked
        if 0 <= row < len(us) and us[row].visible != visible:
            us[row] = dataclasses.replace(us[row], visible=visible)
            self._push(
                us,
                QCoreApplication.translate("UnderlayManager", "Show underlay")
                if visible
                else QCoreApplication.translate("UnderlayManager", "Hide underlay"),
            )

    def set_opacity(self, opacity: float, row: int | None = None) -> bool:
        row = self.list.currentRow() if row is None else row
        us = self.underlays
        if not 0 <= row < len(us) or math.isclose(us[row].opacity, opacity):
            return False
        us[row] = dataclasses.replace(us[row], opacity=min(max(opacity, 0.0), 1.0))
        return self._push(
            us,
            QCoreApplication.translate("UnderlayManager", "Underlay opacity %1 %").replace(
                "%1", str(round(opacity * 100))
            ),
        )

    def move_row(self, step: int) -> bool:
        row = self.list.currentRow()
        us = self.underlays
        to = row + step
        if not (0 <= row < len(us) and 0 <= to < len(us)):
            return False
        us[row], us[to] = us[to], us[row]
        ok = self._push(us, QCoreApplication.translate("UnderlayManager", "Reorder underlays"))
        self.list.setCurrentRow(to)
        return ok

    def remove(self) -> bool:
        row = self.list.currentRow()
        us = self.underlays
        if not 0 <= row < len(us):
            return False
        gone = us.pop(row)
        return self._push(
            us,
            QCoreApplication.translate("UnderlayManager", "Remove underlay %1").replace(
                "%1", gone.name
            ),
        )

    def zoom_to(self) -> None:
        row = self.list.currentRow()
        canvas = getattr(self.main, "canvas", None)
        if 0 <= row < len(self.underlays) and canvas is not None:
            canvas.set_extent(*underlay_bounds(self.underlays[row]), margin=0.02)


__all__ = [
    "UnderlayManager",
    "add_basemap",
    "add_basemap_file",
    "add_scan",
    "add_scan_for_clicks",
    "rough_transform",
    "underlay_bounds",
]
