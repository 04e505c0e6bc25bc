"""Tools > Field calculator: one field of the selected objects (or all of a layer) set from an
expression, as one undo step (the evaluation is :mod:`ecopark.drafting.field_calc`: no eval)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ecopark.drafting.field_calc import FUNCTIONS, calculate_command
from ecopark.model import EcoParkError
from ecopark.model.objects import TYPE_BY_LAYER
from ecopark.ui.i18n import field_label, term

LAYERS = ("firms", "facilities", "zones", "pipelines", "corridors", "plots", "exchanges")


class FieldCalculatorDialog(QDialog):
    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.main = window
        self.setWindowTitle(self.tr("Field calculator"))
        self.layer_combo = QComboBox()
        for layer in LAYERS:
            self.layer_combo.addItem(term("layer", layer), layer)
        self.field_combo = QComboBox()
        self.expression = QLineEdit()
        self.expression.setPlaceholderText(self.tr("e.g. iav_10k_rmb * 1.1"))
        self.selected_only = QCheckBox(self.tr("Selected objects only"))
        self.help = QLabel(
            self.tr(
                "Fields by name; $area, $length, $x, $y of the geometry; functions: %1"
            ).replace("%1", ", ".join(FUNCTIONS))
        )
        self.help.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Layer"), self.layer_combo)
        form.addRow(self.tr("Field"), self.field_combo)
        form.addRow(self.tr("Expression"), self.expression)
        form.addRow("", self.selected_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.layer_combo.currentIndexChanged.connect(self._fill_fields)
        doc = window.document
        if doc.selection:
            index = self.layer_combo.findData(doc.selection[0][0])
            self.layer_combo.setCurrentIndex(max(index, 0))
            self.selected_only.setChecked(True)
        self._fill_fields()

    def _fill_fields(self, *_: object) -> None:
        layer = self.layer_combo.currentData()
        cls = TYPE_BY_LAYER[layer]
        self.field_combo.clear()
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in ("geometry", cls.ID_FIELD):
                continue
            english = f.metadata.get("label", f.name) if f.metadata else f.name
            self.field_combo.addItem(f"{field_label(f.name, english)} ({f.name})", f.name)

    def apply(self) -> bool:
        doc = self.main.document
        layer = self.layer_combo.currentData()
        ids = None
        if self.selected_only.isChecked():
            ids = [oid for lay, oid in doc.selection if lay == layer]
        try:
            command = calculate_command(
                doc.park, doc.scenario_id, layer, self.field_combo.currentData(),
                self.expression.text(), ids,
            )  # fmt: skip
        except EcoParkError as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText(
            self.tr("%1 object(s) changed").replace("%1", str(len(command.new_objects)))
        )
        return bool(command.new_objects) and doc.push(command)


def show_field_calculator(window: Any) -> FieldCalculatorDialog:
    dialog = FieldCalculatorDialog(window, window if isinstance(window, QWidget) else None)
    dialog.show()
    window.field_calculator_dialog = dialog
    return dialog


__all__ = ["FieldCalculatorDialog", "show_field_calculator"]
