"""Tools > Snapping options: on/off, tolerance in screen pixels, what attracts (points, vertices,
edges, intersections) and which layers; kept in the user's settings for the next session."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecopark.ui.i18n import term
from ecopark.ui.settings import app_settings
from ecopark.ui.tools.snapping import SnapSettings

SNAP_LAYERS = ("firms", "facilities", "zones", "plots", "corridors", "pipelines")
KEY = "snapping/"


def load_snap_settings() -> SnapSettings:
    s = app_settings()
    default = SnapSettings()
    layers = s.value(KEY + "layers", "")
    chosen = frozenset(str(layers).split(",")) - {""} if layers else None
    return SnapSettings(
        enabled=str(s.value(KEY + "enabled", "true")).lower() == "true",
        tolerance_px=float(s.value(KEY + "tolerance_px", default.tolerance_px)),  # type: ignore[arg-type]
        points=str(s.value(KEY + "points", "true")).lower() == "true",
        vertices=str(s.value(KEY + "vertices", "true")).lower() == "true",
        edges=str(s.value(KEY + "edges", "true")).lower() == "true",
        intersections=str(s.value(KEY + "intersections", "true")).lower() == "true",
        layers=chosen,
    )


def save_snap_settings(opts: SnapSettings) -> None:
    s = app_settings()
    for f in dataclasses.fields(opts):
        value = getattr(opts, f.name)
        if f.name == "layers":
            value = ",".join(sorted(value)) if value is not None else ""
        elif isinstance(value, bool):
            value = "true" if value else "false"
        s.setValue(KEY + f.name, value)


class SnapSettingsDialog(QDialog):
    def __init__(self, opts: SnapSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        opts = opts or SnapSettings()
        self.setWindowTitle(self.tr("Snapping options"))
        self.enabled = QCheckBox(self.tr("Snap while drawing and editing"))
        self.enabled.setChecked(opts.enabled)
        self.tolerance = QSpinBox()
        self.tolerance.setRange(1, 60)
        self.tolerance.setSuffix(self.tr(" pixels"))
        self.tolerance.setValue(round(opts.tolerance_px))
        self.kinds = {
            "points": QCheckBox(self.tr("Firm and facility points")),
            "vertices": QCheckBox(self.tr("Vertices")),
            "edges": QCheckBox(self.tr("Segments (nearest point on an edge)")),
            "intersections": QCheckBox(self.tr("Intersections of segments")),
        }
        for key, box in self.kinds.items():
            box.setChecked(bool(getattr(opts, key)))
        self.layers = {layer: QCheckBox(term("layer", layer)) for layer in SNAP_LAYERS}
        for layer, box in self.layers.items():
            box.setChecked(opts.layers is None or layer in opts.layers)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Tolerance"), self.tolerance)
        kinds = QGroupBox(self.tr("Snap to"))
        kl = QVBoxLayout(kinds)
        for box in self.kinds.values():
            kl.addWidget(box)
        layers = QGroupBox(self.tr("Layers"))
        ll = QVBoxLayout(layers)
        for box in self.layers.values():
            ll.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kinds)
        layout.addWidget(layers)
        layout.addWidget(buttons)

    def settings(self) -> SnapSettings:
        chosen = frozenset(k for k, b in self.layers.items() if b.isChecked())
        return SnapSettings(
            enabled=self.enabled.isChecked(),
            tolerance_px=float(self.tolerance.value()),
            layers=None if chosen == frozenset(SNAP_LAYERS) else chosen,
            **{k: b.isChecked() for k, b in self.kinds.items()},
        )


def apply_snap_settings(window: Any, opts: SnapSettings) -> None:
    manager = getattr(window, "tool_manager", None)
    if manager is not None and getattr(manager, "canvas", None) is not None:
        manager.snapper.settings = opts  # the snapper of the map shown now
    window.snap_settings = opts


def show_snap_settings(window: Any) -> bool:
    current = getattr(window, "snap_settings", None) or load_snap_settings()
    dialog = SnapSettingsDialog(current, window if isinstance(window, QWidget) else None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    opts = dialog.settings()
    save_snap_settings(opts)
    apply_snap_settings(window, opts)
    return True


__all__ = [
    "SnapSettingsDialog",
    "apply_snap_settings",
    "load_snap_settings",
    "save_snap_settings",
    "show_snap_settings",
]
