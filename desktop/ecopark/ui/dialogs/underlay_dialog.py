"""Place a scanned master plan (PNG/JPEG/TIFF) under the map by 2-3 control points.

Qt reads the image (its plugins cover PNG, JPEG and TIFF) and converts it to PNG; the fit is
``ecopark.importers.underlay``; OK pushes ``SetUnderlays`` (one undo step, saved with the
project).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import Command, SetUnderlays
from ecopark.importers.underlay import make_underlay, residuals_m
from ecopark.messages import render
from ecopark.model import EcoParkError, Park
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, current_language

POINT_COLUMNS = (
    QT_TRANSLATE_NOOP("UnderlayDialog", "Pixel column"),
    QT_TRANSLATE_NOOP("UnderlayDialog", "Pixel row"),
    QT_TRANSLATE_NOOP("UnderlayDialog", "Map x (m)"),
    QT_TRANSLATE_NOOP("UnderlayDialog", "Map y (m)"),
)


def image_to_png(path: str | Path) -> tuple[bytes, int, int]:
    """PNG bytes, width and height of an image file, or an EcoParkError naming it."""
    image = QImage(str(path))
    if image.isNull():
        message = QCoreApplication.translate(
            "UnderlayDialog", "%1: not an image Qt can read (PNG, JPEG, TIFF)"
        )
        raise EcoParkError(arg(message, Path(path).name))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data()), image.width(), image.height()


class UnderlayDialog(QDialog):
    """``UnderlayDialog(park, push)``: choose an image, enter control points, set opacity."""

    def __init__(self, park: Park, push: Callable[[Command], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.park = park
        self.push = push
        self.png: bytes = b""
        self.name = ""
        self.setWindowTitle(self.tr("Add a scanned plan under the map"))
        layout = QVBoxLayout(self)
        choose = QPushButton(self.tr("Choose image…"))
        choose.clicked.connect(self._choose)
        layout.addWidget(choose)
        self.image_label = QLabel(self.tr("No image chosen"))
        layout.addWidget(self.image_label)
        self.points = QTableWidget(3, 4)
        self.points.setHorizontalHeaderLabels([self.tr(c) for c in POINT_COLUMNS])
        self.points.itemChanged.connect(lambda _item: self.refresh())
        layout.addWidget(
            QLabel(self.tr("Control points (2 or 3 rows; leave the third empty for 2):"))
        )
        layout.addWidget(self.points)
        self.opacity = QSlider()
        self.opacity.setOrientation(self.opacity.orientation().Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(60)
        layout.addWidget(QLabel(self.tr("Opacity:")))
        layout.addWidget(self.opacity)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scanned plan"), "", self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff)")
        )
        if path:
            self.load_image(path)

    def load_image(self, path: str | Path) -> None:
        try:
            self.png, width, height = image_to_png(path)
        except EcoParkError as exc:
            self.status.setText(render(str(exc), current_language()))
            return
        self.name = Path(path).stem
        self.image_label.setText(arg(self.tr("%1: %2 × %3 pixels"), Path(path).name, width, height))
        self.refresh()

    def set_point(self, row: int, col: float, pixel_row: float, x: float, y: float) -> None:
        for c, value in enumerate((col, pixel_row, x, y)):
            self.points.setItem(row, c, QTableWidgetItem(repr(float(value))))

    def control_points(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        pixels, points = [], []
        for row in range(self.points.rowCount()):
            cells = [self.points.item(row, c) for c in range(4)]
            texts = [c.text().strip() if c is not None else "" for c in cells]
            if not any(texts):
                continue
            try:
                values = [float(t) for t in texts]
            except ValueError:
                message = self.tr("control point %1: enter four numbers")
                raise EcoParkError(arg(message, row + 1)) from None
            pixels.append((values[0], values[1]))
            points.append((values[2], values[3]))
        return pixels, points

    def _underlay(self) -> Any:
        if not self.png:
            raise EcoParkError(self.tr("choose an image first"))
        pixels, points = self.control_points()
        ids = {u.underlay_id for u in self.park.underlays}
        n = 1
        while f"U{n}" in ids:
            n += 1
        underlay = make_underlay(
            f"U{n}", self.name, self.png, pixels, points, self.opacity.value() / 100
        )
        return underlay, residuals_m(underlay.transform, pixels, points)

    def refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            _, errors = self._underlay()
        except EcoParkError as exc:
            self.status.setText(render(str(exc), current_language()))
            ok.setEnabled(False)
            return
        self.status.setText(
            arg(self.tr("Placed; largest control-point error %1 m"), f"{max(errors):.2f}")
        )
        ok.setEnabled(True)

    def apply(self) -> None:
        try:
            underlay, _ = self._underlay()
        except EcoParkError as exc:
            self.status.setText(render(str(exc), current_language()))
            return
        text = arg(self.tr("Add underlay %1"), self.name)
        self.push(SetUnderlays([*self.park.underlays, underlay], text=text))
        self.accept()
