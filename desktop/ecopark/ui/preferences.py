"""The planner's preferences (language, default CRS, autosave, unit display) and their dialog.

:class:`Preferences` is a typed view over the same QSettings file as :mod:`ecopark.ui.settings`
(window layout, recent files), so tests isolate both with ``settings.isolate_settings(tmp)``.
Values are validated on read as well as on write: a hand-edited INI file cannot crash the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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

from ecopark.model.kinds import SQM_PER_MU
from ecopark.ui import i18n
from ecopark.ui.settings import app_settings, recent_files

DEFAULT_CRS = "EPSG:4550"
"""CGCS2000 / 3-degree Gauss-Kruger CM 123E: the Liaobin demo's zone; planners change it."""
DEFAULT_AUTOSAVE_MIN = 5
MAX_AUTOSAVE_MIN = 120

AREA_UNITS: dict[str, float] = {"m2": 1.0, "ha": 10_000.0, "mu": SQM_PER_MU, "km2": 1_000_000.0}
"""Area display units -> square metres per unit."""
DEFAULT_AREA_UNIT = "ha"

_CRS_KEY = "project/default_crs"
_AUTOSAVE_KEY = "project/autosave_minutes"
_AREA_UNIT_KEY = "display/area_unit"


def area_unit_symbol(unit: str) -> str:
    """The symbol shown next to numbers, as planners write it in the UI language."""
    if i18n.current_language().startswith("zh"):
        return {"m2": "m²", "ha": "公顷", "mu": "亩", "km2": "平方公里"}.get(unit, unit)
    return {"m2": "m²", "ha": "ha", "mu": "mu", "km2": "km²"}.get(unit, unit)


def crs_problem(text: str) -> str | None:
    """Why ``text`` cannot be the default CRS of new projects, or None if it can.

    It must be projected: areas and distances are measured in it, never in degrees.
    """
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        crs = CRS.from_user_input(text.strip())
    except CRSError:
        return QCoreApplication.translate(
            "Preferences", "“%1” is not a coordinate system code (try EPSG:4550)."
        ).replace("%1", text.strip())
    if not crs.is_projected:
        return QCoreApplication.translate(
            "Preferences",
            "%1 is geographic (degrees); choose a projected CRS such as CGCS2000 / "
            "3-degree Gauss-Kruger (EPSG:4534-4554).",
        ).replace("%1", text.strip())
    return None


@dataclass
class Preferences:
    """Typed accessor over the application's QSettings; every property reads and writes through."""

    @property
    def language(self) -> str:
        """A language code from :func:`i18n.available_languages`, or ``"system"``."""
        value = i18n.configured_language()
        if value != i18n.SYSTEM and value not in i18n.LANGUAGE_NAMES:
            return i18n.SYSTEM
        return value

    @language.setter
    def language(self, value: str) -> None:
        if value != i18n.SYSTEM and value not in i18n.LANGUAGE_NAMES:
            raise ValueError(f"unknown language {value!r}")
        self._set(i18n.LANGUAGE_KEY, value)

    @property
    def default_crs(self) -> str:
        value = str(app_settings().value(_CRS_KEY, DEFAULT_CRS) or DEFAULT_CRS)
        return value if crs_problem(value) is None else DEFAULT_CRS

    @default_crs.setter
    def default_crs(self, value: str) -> None:
        problem = crs_problem(value)
        if problem:
            raise ValueError(problem)
        self._set(_CRS_KEY, value.strip())

    @property
    def autosave_minutes(self) -> int:
        """Minutes between autosaves of the recovery copy; 0 = off."""
        raw = app_settings().value(_AUTOSAVE_KEY, DEFAULT_AUTOSAVE_MIN)
        try:
            minutes = int(str(raw))
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_MIN
        return min(max(minutes, 0), MAX_AUTOSAVE_MIN)

    @autosave_minutes.setter
    def autosave_minutes(self, value: int) -> None:
        if not 0 <= int(value) <= MAX_AUTOSAVE_MIN:
            raise ValueError(f"autosave interval must be 0-{MAX_AUTOSAVE_MIN} minutes")
        self._set(_AUTOSAVE_KEY, int(value))

    @property
    def area_unit(self) -> str:
        value = str(app_settings().value(_AREA_UNIT_KEY, DEFAULT_AREA_UNIT))
        return value if value in AREA_UNITS else DEFAULT_AREA_UNIT

    @area_unit.setter
    def area_unit(self, value: str) -> None:
        if value not in AREA_UNITS:
            raise ValueError(f"unknown area unit {value!r}; one of {', '.join(AREA_UNITS)}")
        self._set(_AREA_UNIT_KEY, value)

    @property
    def recent_files(self) -> list[Path]:
        return recent_files()

    def format_area(self, area_m2: float, decimals: int = 2) -> str:
        """An area in the chosen display unit, with its symbol."""
        unit = self.area_unit
        return f"{area_m2 / AREA_UNITS[unit]:,.{decimals}f} {area_unit_symbol(unit)}"

    @staticmethod
    def _set(key: str, value: object) -> None:
        settings = app_settings()
        settings.setValue(key, value)
        settings.sync()


class SettingsDialog(QDialog):
    """Edit :class:`Preferences`. A new language applies to windows opened afterwards and to the
    whole application after a restart (the dialog says so)."""

    def __init__(self, parent: QWidget | None = None, preferences: Preferences | None = None):
        super().__init__(parent)
        self.preferences = preferences or Preferences()
        self.setWindowTitle(self.tr("Settings"))
        self.language_changed = False

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("System default"), i18n.SYSTEM)
        for code, name in i18n.available_languages().items():
            self.language_box.addItem(name, code)
        self._select(self.language_box, self.preferences.language)

        self.crs_edit = QLineEdit(self.preferences.default_crs)
        self.crs_edit.setToolTip(
            self.tr("Coordinate system of new projects, e.g. EPSG:4550 (CGCS2000, 123°E)")
        )
        self.autosave_box = QSpinBox()
        self.autosave_box.setRange(0, MAX_AUTOSAVE_MIN)
        self.autosave_box.setSuffix(self.tr(" min"))
        self.autosave_box.setSpecialValueText(self.tr("Off"))
        self.autosave_box.setValue(self.preferences.autosave_minutes)

        self.area_box = QComboBox()
        area_names = {
            "m2": self.tr("Square metres (m²)"),
            "ha": self.tr("Hectares (ha)"),
            "mu": self.tr("Mu (亩)"),
            "km2": self.tr("Square kilometres (km²)"),
        }
        for code in AREA_UNITS:
            self.area_box.addItem(area_names[code], code)
        self._select(self.area_box, self.preferences.area_unit)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020")
        self.problem_label.hide()
        restart_note = QLabel(
            self.tr("A new language applies to open windows after you restart EcoPark Planner.")
        )
        restart_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow("", restart_note)
        form.addRow(self.tr("Default coordinate system:"), self.crs_edit)
        form.addRow(self.tr("Autosave every:"), self.autosave_box)
        form.addRow(self.tr("Show areas in:"), self.area_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        box.setCurrentIndex(max(index, 0))

    def accept(self) -> None:
        problem = crs_problem(self.crs_edit.text())
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
            self.crs_edit.setFocus()
            return
        prefs = self.preferences
        language = str(self.language_box.currentData())
        self.language_changed = language != prefs.language
        prefs.language = language
        prefs.default_crs = self.crs_edit.text()
        prefs.autosave_minutes = self.autosave_box.value()
        prefs.area_unit = str(self.area_box.currentData())
        if self.language_changed:
            app = QCoreApplication.instance()
            if app is not None:
                i18n.install_translator(app, None if language == i18n.SYSTEM else language)
        super().accept()


__all__ = [
    "AREA_UNITS",
    "DEFAULT_CRS",
    "Preferences",
    "SettingsDialog",
    "area_unit_symbol",
    "crs_problem",
]
