"""File > New: the park's name, its coordinate system and the baseline year.

The CRS is fixed for the life of a project (areas and lengths are measured in it), so it is
chosen here: by default a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534-4554, central meridians
75°E-135°E), or any projected metric CRS typed as a code, checked by the model before the
dialog can be accepted.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecopark.model import EcoParkError, Park, ScenarioInfo, validate_projected_crs
from ecopark.ui.preferences import DEFAULT_CRS

"""CGCS2000 / 3-degree Gauss-Kruger CM 123E (Liaoning coast, the demo park)."""
OTHER = "other"
CGCS2000_3DEG_ZONES: dict[str, int] = {f"EPSG:{4534 + i}": 75 + 3 * i for i in range(21)}
"""CGCS2000 3-degree Gauss-Kruger zones without false-easting prefix: code -> central meridian."""


@dataclass(frozen=True)
class NewParkSpec:
    name: str
    crs: str
    baseline_year: int


def create_park(spec: NewParkSpec) -> Park:
    """An empty park with its baseline scenario, ready to draw on."""
    park = Park(spec.name, spec.crs)
    park.add_scenario(
        ScenarioInfo(
            scenario_id="baseline",
            name=QCoreApplication.translate("NewParkDialog", "Baseline"),
            kind="baseline",
            year=spec.baseline_year,
        )
    )
    return park


def zone_for_longitude(longitude: float) -> str:
    """The CGCS2000 3-degree zone whose central meridian is nearest ``longitude`` (°E)."""
    return min(CGCS2000_3DEG_ZONES, key=lambda code: abs(CGCS2000_3DEG_ZONES[code] - longitude))


class NewParkDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, default_crs: str = DEFAULT_CRS):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New park"))
        self.name_edit = QLineEdit(self.tr("New park"))
        self.name_edit.setToolTip(self.tr("Name of the park, as it appears in reports"))
        self.crs_combo = QComboBox()
        self.crs_combo.setToolTip(
            self.tr(
                "Coordinate system of the project. China's national system is CGCS2000; pick "
                "the 3-degree Gauss-Kruger zone whose central meridian is nearest the park."
            )
        )
        for code, meridian in CGCS2000_3DEG_ZONES.items():
            self.crs_combo.addItem(
                self.tr("CGCS2000 / 3-degree Gauss-Kruger CM %1°E (%2)")
                .replace("%1", str(meridian))
                .replace("%2", code),
                code,
            )
        self.crs_combo.addItem(self.tr("Other projected CRS (type its code)…"), OTHER)
        self.other_edit = QLineEdit()
        self.other_edit.setPlaceholderText("EPSG:32651")
        self.other_edit.setToolTip(
            self.tr("Any projected coordinate system in metres, as EPSG:code or WKT")
        )
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1900, 2200)
        self.year_spin.setValue(datetime.date.today().year - 1)
        self.year_spin.setToolTip(self.tr("Year whose figures the baseline scenario records"))
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Park name"), self.name_edit)
        form.addRow(self.tr("Coordinate system"), self.crs_combo)
        form.addRow(self.tr("CRS code"), self.other_edit)
        form.addRow(self.tr("Baseline year"), self.year_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.crs_combo.currentIndexChanged.connect(self._crs_choice_changed)
        self.other_edit.textChanged.connect(self.validate)
        self.name_edit.textChanged.connect(self.validate)
        self.set_crs(default_crs)

    def set_crs(self, crs: str) -> None:
        index = self.crs_combo.findData(crs)
        if index >= 0:
            self.crs_combo.setCurrentIndex(index)
            self.other_edit.clear()
        else:
            self.crs_combo.setCurrentIndex(self.crs_combo.findData(OTHER))
            self.other_edit.setText(crs)
        self._crs_choice_changed()

    def _crs_choice_changed(self, *_: object) -> None:
        self.other_edit.setEnabled(self.crs_combo.currentData() == OTHER)
        self.validate()

    def chosen_crs_text(self) -> str:
        data = self.crs_combo.currentData()
        return self.other_edit.text().strip() if data == OTHER else str(data)

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet ('' when it can)."""
        if not self.name_edit.text().strip():
            return self.tr("Give the park a name.")
        text = self.chosen_crs_text()
        if not text:
            return self.tr("Type the code of a projected coordinate system, e.g. EPSG:4550.")
        try:
            validate_projected_crs(text)
        except EcoParkError as exc:
            return str(exc)
        return ""

    def validate(self, *_: object) -> bool:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        return not problem

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def spec(self) -> NewParkSpec:
        return NewParkSpec(
            name=self.name_edit.text().strip(),
            crs=validate_projected_crs(self.chosen_crs_text()),
            baseline_year=self.year_spin.value(),
        )
