"""File > New: the park's name, where it lies, its coordinate system and the baseline year.

Where: a Chinese city, county or industrial park typed into a search box (the gazetteer shipped
with :mod:`ecopark.places`) or a longitude/latitude; the CGCS2000 3-degree zone of that longitude
is chosen for the CRS and the new park's view starts there. The dialog opens in the search box,
so Ctrl+N, ``Liaobin`` (or ``辽滨``), Enter creates a park there: Enter takes the first match,
and the park's name follows the place until the planner types a name of their own.

The CRS is fixed for the life of a project (areas and lengths are measured in it), so it is
chosen here: by default a CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534-4554, central meridians
75°E-135°E), or any projected metric CRS typed as a code, checked by the model before the
dialog can be accepted.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecopark.model import EcoParkError, Park, ScenarioInfo, validate_projected_crs
from ecopark.places import Place, create_empty_park, gk_zone_for_longitude, search_places
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
    lon: float | None = None
    lat: float | None = None
    """Where the park is (degrees); the view of the new park starts there."""


def create_park(spec: NewParkSpec) -> Park:
    """An empty park with its baseline scenario, ready to draw on."""
    if spec.lon is not None and spec.lat is not None:
        return create_empty_park(
            spec.name,
            spec.lon,
            spec.lat,
            baseline_year=spec.baseline_year,
            baseline_name=QCoreApplication.translate("NewParkDialog", "Baseline"),
            crs=spec.crs,
        )
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
    try:
        return gk_zone_for_longitude(longitude)
    except EcoParkError:
        return min(CGCS2000_3DEG_ZONES, key=lambda c: abs(CGCS2000_3DEG_ZONES[c] - longitude))


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
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("City, county or park, e.g. 辽滨 or Panjin"))
        self.place_edit.setToolTip(
            self.tr(
                "Where the park is: type a city, county or industrial park and Enter (the first "
                "match), or type longitude and latitude"
            )
        )
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place_edit.setCompleter(completer)
        self._places: dict[str, Place] = {}
        self.lon_spin = QDoubleSpinBox()
        self.lat_spin = QDoubleSpinBox()
        for spin, lo, hi, value in ((self.lon_spin, 73.0, 136.0, 122.03),
                                    (self.lat_spin, 3.0, 54.0, 40.68)):  # fmt: skip
            spin.setDecimals(4)
            spin.setRange(lo, hi)
            spin.setValue(value)
            spin.setSuffix("°")
        self.place_box = QCheckBox(self.tr("Start the view at this place"))
        self.place_box.setChecked(False)  # until a place is chosen or typed
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Where"), self.place_edit)
        form.addRow(self.tr("Park name"), self.name_edit)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Longitude")))
        where.addWidget(self.lon_spin)
        where.addWidget(QLabel(self.tr("Latitude")))
        where.addWidget(self.lat_spin)
        form.addRow("", where)
        form.addRow("", self.place_box)
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
        self.place_edit.textEdited.connect(self._search)
        completer.activated.connect(self.choose_place)
        self.place_edit.returnPressed.connect(self.take_typed_place)
        self.name_edit.textEdited.connect(self._name_typed)
        self._name_follows_place = True
        """The name is the default or a chosen place's: choosing a place renames the park."""
        self._chosen_place = ""
        self.lon_spin.valueChanged.connect(self._typed_place)
        self.lat_spin.valueChanged.connect(self._typed_place)
        self.place_box.toggled.connect(self._longitude_changed)
        self.set_crs(default_crs)
        self.setTabOrder(self.place_edit, self.name_edit)
        self.place_edit.setFocus()  # "where?" first: the name can follow from the place

    def _name_typed(self, *_: object) -> None:
        self._name_follows_place = False

    def take_typed_place(self) -> bool:
        """Enter in the search box: the first match of what was typed, unless it was chosen
        already (the dialog's Enter then accepts it)."""
        text = self.place_edit.text().strip()
        if not text or text == self._chosen_place:
            return False
        return self.choose_place(text)

    def _search(self, text: str) -> None:
        found = search_places(text, limit=30)
        self._places = {p.display(_lang()): p for p in found}
        self._completer_model.setStringList(list(self._places))

    def choose_place(self, text: str) -> bool:
        """Take a gazetteer entry (as shown in the list) or the first match of ``text``."""
        place = self._places.get(text)
        if place is None:
            found = search_places(text, limit=1)
            if not found:
                self.problem_label.setText(
                    self.tr("No city, county or park called “%1” in the gazetteer").replace(
                        "%1", text
                    )
                )
                self.problem_label.show()
                return False
            place = found[0]
            text = place.display(_lang())
        where = (place.lon, place.lat)
        self._chosen_place = text
        self.place_edit.setText(text)
        if self._name_follows_place:
            self.name_edit.setText(self.park_name_for(place))
        self.lon_spin.setValue(where[0])
        self.lat_spin.setValue(where[1])
        self.place_box.setChecked(True)
        return True

    def park_name_for(self, place: Place) -> str:
        """The name a park at ``place`` gets until the planner types one: a park's own name, or
        "<city> industrial park"."""
        lang = _lang()
        name = place.name_zh if lang == "zh" else place.name_en
        if place.level == "park":
            return name
        return self.tr("%1 industrial park").replace("%1", name)

    def _typed_place(self, *_: object) -> None:
        if self.place_box.isChecked():
            self._longitude_changed()
        else:
            self.place_box.setChecked(True)  # toggled: sets the zone

    def _longitude_changed(self, *_: object) -> None:
        if self.place_box.isChecked():
            self.set_crs(zone_for_longitude(self.lon_spin.value()))

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
        text = self.place_edit.text().strip()
        if text and text != self._chosen_place and not self.choose_place(text):
            return  # a place typed but not found: say so and stay open
        if self.validate():
            super().accept()

    def spec(self) -> NewParkSpec:
        return NewParkSpec(
            name=self.name_edit.text().strip(),
            crs=validate_projected_crs(self.chosen_crs_text()),
            baseline_year=self.year_spin.value(),
            lon=self.lon_spin.value() if self.place_box.isChecked() else None,
            lat=self.lat_spin.value() if self.place_box.isChecked() else None,
        )


def _lang() -> str:
    from ecopark.ui.i18n import current_language

    return "zh" if current_language().startswith("zh") else "en"
