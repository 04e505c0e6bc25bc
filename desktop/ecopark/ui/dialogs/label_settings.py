"""Layers dock → Label settings…: whether a layer is labelled, with which attribute, at which
font size and with or without a white halo. One undoable ``SetParkSetting("labels", …)`` per
OK; the canvas and the printed sheet both read the setting (:mod:`ecopark.model.labelling`)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import SetParkSetting
from ecopark.model.labelling import (
    LABEL_SETTING,
    MAX_SIZE,
    MIN_SIZE,
    LabelStyle,
    label_fields,
    label_styles,
    with_style,
)
from ecopark.model.objects import TYPE_BY_LAYER
from ecopark.ui import i18n


def _field_label(layer: str, name: str) -> str:
    cls = TYPE_BY_LAYER[layer]
    meta = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    english = str(meta[name].metadata.get("label") or name.replace("_", " "))
    return i18n.field_label(name, english)


class LabelSettingsDialog(QDialog):
    """The label settings of one layer; :meth:`style` is what the planner chose."""

    def __init__(self, layer: str, style: LabelStyle, layer_title: str, parent: QWidget | None):
        super().__init__(parent)
        self.layer = layer
        self.setWindowTitle(i18n.arg(self.tr("Label settings: %1"), layer_title))
        self.on = QCheckBox(self.tr("Label this layer"))
        self.on.setChecked(style.on)
        self.field = QComboBox()
        for name in label_fields(layer):
            self.field.addItem(_field_label(layer, name), name)
        self.field.setCurrentIndex(max(self.field.findData(style.field), 0))
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(MIN_SIZE, MAX_SIZE)
        self.font_size.setDecimals(1)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(style.size)
        self.halo = QCheckBox(self.tr("White halo behind the text"))
        self.halo.setChecked(style.halo)
        form = QFormLayout()
        form.addRow("", self.on)
        form.addRow(self.tr("Label with"), self.field)
        form.addRow(self.tr("Font size on screen"), self.font_size)
        form.addRow("", self.halo)
        self.on.toggled.connect(self._enable)
        self._enable(style.on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _enable(self, on: bool) -> None:
        for w in (self.field, self.font_size, self.halo):
            w.setEnabled(on)

    def chosen_style(self) -> LabelStyle:
        return LabelStyle(
            on=self.on.isChecked(),
            field=str(self.field.currentData()),
            size=round(float(self.font_size.value()), 1),
            halo=self.halo.isChecked(),
        )


def apply_label_style(document: Any, layer: str, style: LabelStyle) -> bool:
    """Push one undoable change of ``layer``'s label style (nothing when unchanged)."""
    park = document.park
    if label_styles(park.settings)[layer] == style:
        return False
    cmd = SetParkSetting(LABEL_SETTING, with_style(park.settings, layer, style))
    cmd.text = QCoreApplication.translate("LabelSettingsDialog", "Label settings")
    return bool(document.push(cmd))


def open_label_settings(window: Any, layer: str, layer_title: str) -> LabelSettingsDialog:
    """Show the dialog (non-blocking: tests drive it); OK applies it as one undo step."""
    document = window.document
    dialog = LabelSettingsDialog(
        layer, label_styles(document.park.settings)[layer], layer_title, window
    )
    dialog.accepted.connect(lambda: apply_label_style(document, layer, dialog.chosen_style()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


__all__ = ["LabelSettingsDialog", "apply_label_style", "open_label_settings"]
