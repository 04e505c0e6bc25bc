"""Tools > Georeference: place imported CAD objects or a scanned plan by control points.

Non-modal, so the map stays live (pan, zoom, status-bar coordinates) while points are picked:
"Pick on drawing" takes the next click on the map as a point of the drawing where it lies now,
"Pick on map" the next click as where that point belongs (or type the known coordinates into the
table). With two points a similarity fit (shift, turn, one scale) is computed, with three or more
an affine one if chosen; every point's residual and the RMS are shown before anything moves.
Apply moves the selected objects (:func:`ecopark.georef.place_objects_command`) or re-places the
underlay, as one undo step, and remembers the placement under the drawing's name, to be applied
again to a later import of the same drawing ("Remembered placement").
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import MacroCommand, SetUnderlays
from ecopark.georef import (
    GEOREF_SETTING,
    PointFit,
    fit_points,
    place_objects_command,
    remember_command,
    remembered_fit,
)
from ecopark.messages import render
from ecopark.model import EcoParkError, Underlay
from ecopark.ui.i18n import current_language

SELECTION = "__selection__"


def compose(
    fit: PointFit, pixel_to_map: tuple[float, float, float, float, float, float]
) -> tuple[float, float, float, float, float, float]:
    """The underlay transform after moving its map positions by ``fit`` (fit ∘ transform)."""
    a, b, c, d, e, f = fit.transform
    A = np.array([[a, b, c], [d, e, f], [0, 0, 1.0]])
    p = pixel_to_map
    B = np.array([[p[0], p[1], p[2]], [p[3], p[4], p[5]], [0, 0, 1.0]])
    m = A @ B
    return (
        float(m[0, 0]),
        float(m[0, 1]),
        float(m[0, 2]),
        float(m[1, 0]),
        float(m[1, 1]),
        float(m[1, 2]),
    )


class GeorefTool(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.main = window
        self.setWindowTitle(QCoreApplication.translate("GeorefTool", "Georeference"))
        self.setModal(False)
        self.source: list[tuple[float, float] | None] = []
        self.target: list[tuple[float, float] | None] = []
        self._picking: str | None = None
        self.fit: PointFit | None = None
        self.target_combo = QComboBox()
        self.method_combo = QComboBox()
        self.method_combo.addItem(
            QCoreApplication.translate("GeorefTool", "Similarity (shift, turn, scale): CAD"),
            "similarity",
        )
        self.method_combo.addItem(
            QCoreApplication.translate("GeorefTool", "Affine (also stretch): scans"), "affine"
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("GeorefTool", "drawing name, e.g. 总平面图.dxf")
        )
        self.remembered = QComboBox()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("GeorefTool", "Drawing x"),
                QCoreApplication.translate("GeorefTool", "Drawing y"),
                QCoreApplication.translate("GeorefTool", "Map x"),
                QCoreApplication.translate("GeorefTool", "Map y"),
                QCoreApplication.translate("GeorefTool", "Residual (m)"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._typed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        b = {
            "source": QPushButton(QCoreApplication.translate("GeorefTool", "Pick on drawing")),
            "target": QPushButton(QCoreApplication.translate("GeorefTool", "Pick on map")),
            "remove": QPushButton(QCoreApplication.translate("GeorefTool", "Remove point")),
            "use": QPushButton(QCoreApplication.translate("GeorefTool", "Use remembered")),
            "apply": QPushButton(QCoreApplication.translate("GeorefTool", "Apply")),
            "close": QPushButton(QCoreApplication.translate("GeorefTool", "Close")),
        }
        self.buttons = b
        b["source"].clicked.connect(lambda: self.start_pick("source"))
        b["target"].clicked.connect(lambda: self.start_pick("target"))
        b["remove"].clicked.connect(self.remove_point)
        b["use"].clicked.connect(self.use_remembered)
        b["apply"].clicked.connect(self.apply)
        b["close"].clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("GeorefTool", "Place"), self.target_combo)
        form.addRow(QCoreApplication.translate("GeorefTool", "Fit"), self.method_combo)
        form.addRow(QCoreApplication.translate("GeorefTool", "Remember as"), self.name_edit)
        remembered_row = QHBoxLayout()
        remembered_row.addWidget(self.remembered, 1)
        remembered_row.addWidget(b["use"])
        form.addRow(
            QCoreApplication.translate("GeorefTool", "Remembered placement"), remembered_row
        )
        picks = QHBoxLayout()
        for key in ("source", "target", "remove"):
            picks.addWidget(b[key])
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(b["apply"])
        end.addWidget(b["close"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(picks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(end)
        self.method_combo.currentIndexChanged.connect(self.recompute)
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.resize(640, 460)
        self.refresh_targets()
        self.recompute()

    # ----- targets -----------------------------------------------------------------------------
    def refresh_targets(self) -> None:
        doc = self.main.document
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        n = len([r for r in doc.selection if r[0] != "exchanges"])
        self.target_combo.addItem(
            QCoreApplication.translate("GeorefTool", "Selected objects (%1)").replace("%1", str(n)),
            SELECTION,
        )
        for u in doc.park.underlays:
            self.target_combo.addItem(
                QCoreApplication.translate("GeorefTool", "Image: %1").replace(
                    "%1", u.name or u.underlay_id
                ),
                u.underlay_id,
            )
        self.target_combo.blockSignals(False)
        self.remembered.clear()
        for key in sorted(doc.park.settings.get(GEOREF_SETTING) or {}):
            self.remembered.addItem(key, key)
        self.buttons["use"].setEnabled(self.remembered.count() > 0)

    def _target_changed(self, *_: object) -> None:
        data = self.target_combo.currentData()
        if data != SELECTION:
            u = self._underlay(data)
            if u is not None and not self.name_edit.text():
                self.name_edit.setText(u.name)
            self.method_combo.setCurrentIndex(1)

    def _underlay(self, underlay_id: str) -> Underlay | None:
        return next(
            (u for u in self.main.document.park.underlays if u.underlay_id == underlay_id), None
        )

    # ----- picking -----------------------------------------------------------------------------
    def start_pick(self, which: str) -> None:
        canvas = getattr(self.main, "canvas", None)
        if canvas is None:
            return
        self._picking = which
        canvas.viewport().installEventFilter(self)
        canvas.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.status.setText(
            QCoreApplication.translate(
                "GeorefTool", "Click the point on the drawing where it lies now"
            )
            if which == "source"
            else QCoreApplication.translate(
                "GeorefTool", "Click where that point belongs on the map"
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            self._picking
            and event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            canvas = self.main.canvas
            self.add_pick(self._picking, canvas.view_to_map(event.position()))
            self._stop_pick()
            return True
        return False

    def _stop_pick(self) -> None:
        canvas = getattr(self.main, "canvas", None)
        if canvas is not None:
            canvas.viewport().removeEventFilter(self)
            canvas.viewport().unsetCursor()
        self._picking = None

    def add_pick(self, which: str, xy: tuple[float, float]) -> None:
        """Record a picked (or typed) point: a drawing point opens a new row, a map point fills
        the first row that still lacks one."""
        point = (float(xy[0]), float(xy[1]))
        if which == "source":
            self.source.append(point)
            self.target.append(None)
        else:
            row = next((i for i, t in enumerate(self.target) if t is None), None)
            if row is None:
                self.source.append(None)
                self.target.append(point)
            else:
                self.target[row] = point
        self.recompute()

    def remove_point(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.source):
            del self.source[row]
            del self.target[row]
            self.recompute()

    def _typed(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        if col > 3 or row >= len(self.source):
            return
        try:
            value = float(item.text().replace(",", ""))
        except ValueError:
            return
        pts = self.source if col < 2 else self.target
        old = pts[row] or (0.0, 0.0)
        pts[row] = (value, old[1]) if col % 2 == 0 else (old[0], value)
        self.recompute()

    # ----- fit ---------------------------------------------------------------------------------
    def pairs(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        src, dst = [], []
        for s, t in zip(self.source, self.target, strict=True):
            if s is not None and t is not None:
                src.append(s)
                dst.append(t)
        return src, dst

    def recompute(self, *_: object) -> None:
        src, dst = self.pairs()
        self.fit = None
        message = QCoreApplication.translate(
            "GeorefTool", "Pick at least two points on the drawing and on the map"
        )
        if len(src) >= 2:
            try:
                self.fit = fit_points(src, dst, self.method_combo.currentData())
                message = (
                    QCoreApplication.translate(
                        "GeorefTool", "RMS %1 m, largest residual %2 m; scale %3, rotation %4°"
                    )
                    .replace("%1", f"{self.fit.rms_m:.2f}")
                    .replace("%2", f"{max(self.fit.residuals_m):.2f}")
                    .replace("%3", f"{self.fit.scale:.4f}")
                    .replace("%4", f"{self.fit.rotation_deg:.2f}")
                )
            except EcoParkError as exc:
                message = render(str(exc), current_language())
        self._fill_table()
        if not self._picking:
            self.status.setText(message)
        self.buttons["apply"].setEnabled(self.fit is not None)

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.source))
        residuals = list(self.fit.residuals_m) if self.fit else []
        k = 0
        for r, (s, t) in enumerate(zip(self.source, self.target, strict=True)):
            cells = [
                f"{s[0]:.3f}" if s else "",
                f"{s[1]:.3f}" if s else "",
                f"{t[0]:.3f}" if t else "",
                f"{t[1]:.3f}" if t else "",
            ]
            if s and t and k < len(residuals):
                cells.append(f"{residuals[k]:.3f}")
                k += 1
            else:
                cells.append("")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)

    # ----- apply -------------------------------------------------------------------------------
    def apply(self) -> bool:
        doc = self.main.document
        if self.fit is None:
            return False
        src, dst = self.pairs()
        data = self.target_combo.currentData()
        key = self.name_edit.text().strip().casefold()
        try:
            if data == SELECTION:
                refs = [r for r in doc.selection if r[0] != "exchanges"]
                commands: list[Any] = [
                    place_objects_command(doc.park, doc.scenario_id, refs, self.fit)
                ]
            else:
                u = self._underlay(data)
                if u is None:
                    return False
                moved = dataclasses.replace(u, transform=compose(self.fit, u.transform))
                us = [moved if x.underlay_id == u.underlay_id else x for x in doc.park.underlays]
                commands = [
                    SetUnderlays(
                        us,
                        QCoreApplication.translate("GeorefTool", "Place %1").replace("%1", u.name),
                    )
                ]
            if key:
                commands.append(remember_command(doc.park, key, self.fit, src, dst))
        except EcoParkError as exc:
            self.status.setText(render(str(exc), current_language()))
            return False
        text = (
            QCoreApplication.translate("GeorefTool", "Georeference (%1 points, RMS %2 m)")
            .replace("%1", str(len(src)))
            .replace("%2", f"{self.fit.rms_m:.2f}")
        )
        ok = bool(doc.push(MacroCommand(text, commands)))
        if ok:
            self.source, self.target = [], []
            self.refresh_targets()
            self.recompute()
            self.status.setText(text)
        return ok

    def use_remembered(self) -> bool:
        """Place the selection with the fit remembered for the chosen drawing."""
        doc = self.main.document
        key = self.remembered.currentData()
        fit = remembered_fit(doc.park, key) if key else None
        if fit is None:
            return False
        entry = doc.park.settings[GEOREF_SETTING][key]
        self.source = [tuple(p) for p in entry.get("source", [])]  # type: ignore[misc]
        self.target = [tuple(p) for p in entry.get("target", [])]  # type: ignore[misc]
        self.name_edit.setText(key)
        self.method_combo.setCurrentIndex(self.method_combo.findData(fit.method))
        self.recompute()
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._stop_pick()
        super().closeEvent(event)


def show_georef_tool(window: Any) -> GeorefTool:
    tool = getattr(window, "georef_tool", None)
    if not isinstance(tool, GeorefTool) or tool.main.document is not window.document:
        tool = GeorefTool(window, window if isinstance(window, QWidget) else None)
        window.georef_tool = tool
    tool.refresh_targets()
    tool.show()
    tool.raise_()
    return tool


__all__ = ["GeorefTool", "compose", "show_georef_tool"]
