"""The small form asked when an exchange is recorded: material, quantity and unit.

The canvas calls ``canvas.exchange_prompt(source, target)``; by default that opens
:class:`ExchangeDialog`. Tests replace the prompt (or fill the dialog with :meth:`set_values`)
so nothing waits on a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ecopark.model import ParkObject
from ecopark.model.kinds import EXCHANGE_UNITS
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, object_label

ExchangePrompt = Callable[[ParkObject, ParkObject], tuple[str, float, str] | None]

COMMON_MATERIALS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ExchangeDialog", "fly ash"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "slag"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "desulphurisation gypsum"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "steam"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "waste heat"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "treated wastewater"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "cooling water"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "molasses"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "bagasse"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "waste diatomite"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "scrap metal"),
    QT_TRANSLATE_NOOP("ExchangeDialog", "sludge"),
    "CO2",
)


class ExchangeDialog(QDialog):
    def __init__(self, source: str, target: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record exchange"))
        form = QFormLayout(self)
        form.addRow(QLabel(arg(self.tr("From <b>%1</b><br>to <b>%2</b>"), source, target)))
        self.material = QComboBox()
        self.material.setEditable(True)
        self.material.addItems([self.tr(m) for m in COMMON_MATERIALS])
        self.material.setCurrentText("")
        self.material.setToolTip(
            self.tr("What flows from the first object to the second (free text)")
        )
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0.0, 1e12)
        self.quantity.setDecimals(2)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setToolTip(
            self.tr("How much flows per unit of time, in the unit chosen below")
        )
        self.unit = QComboBox()
        self.unit.addItems(EXCHANGE_UNITS)
        self.unit.setToolTip(self.tr("Unit of the quantity"))
        form.addRow(self.tr("Material"), self.material)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Unit"), self.unit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.material.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.material.currentText().strip()))
        ok.setToolTip("" if ok.isEnabled() else self.tr("Enter the material first"))

    def set_values(self, material: str, quantity: float, unit: str) -> None:
        self.material.setCurrentText(material)
        self.quantity.setValue(quantity)
        index = self.unit.findText(unit)
        if index < 0:
            self.unit.addItem(unit)
            index = self.unit.count() - 1
        self.unit.setCurrentIndex(index)

    def values(self) -> tuple[str, float, str]:
        return (
            self.material.currentText().strip(),
            float(self.quantity.value()),
            self.unit.currentText(),
        )


def ask_exchange(
    parent: QWidget | None, source: ParkObject, target: ParkObject
) -> tuple[str, float, str] | None:
    dialog = ExchangeDialog(object_label(source), object_label(target), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.values()
    return None
