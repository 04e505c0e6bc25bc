"""Preferences persist between sessions (QSettings, isolated per test) and the dialog refuses a
coordinate system in degrees, with a message that says what to choose."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ecopark.ui import i18n, settings
from ecopark.ui.preferences import DEFAULT_CRS, Preferences, SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def isolated(tmp_path, qapp):
    settings.isolate_settings(tmp_path)
    yield tmp_path
    i18n.install_translator(qapp, "en")


def test_defaults_on_a_first_start():
    prefs = Preferences()
    assert prefs.language == "system"
    assert prefs.default_crs == DEFAULT_CRS == "EPSG:4550"
    assert prefs.autosave_minutes == 5
    assert prefs.area_unit == "ha"
    assert prefs.recent_files == []


def test_values_survive_a_new_accessor_and_land_in_the_ini_file(isolated):
    prefs = Preferences()
    prefs.language = "zh_CN"
    prefs.default_crs = "EPSG:4526"
    prefs.autosave_minutes = 10
    prefs.area_unit = "mu"
    again = Preferences()
    assert (again.language, again.default_crs, again.autosave_minutes, again.area_unit) == (
        "zh_CN",
        "EPSG:4526",
        10,
        "mu",
    )
    ini = next(isolated.rglob("*.ini")).read_text(encoding="utf-8")
    assert "language=zh_CN" in ini and "autosave_minutes=10" in ini


def test_bad_values_are_refused_on_write_and_ignored_on_read():
    prefs = Preferences()
    with pytest.raises(ValueError, match="geographic"):
        prefs.default_crs = "EPSG:4490"  # CGCS2000 in degrees
    with pytest.raises(ValueError, match="autosave"):
        prefs.autosave_minutes = 999
    with pytest.raises(ValueError, match="area unit"):
        prefs.area_unit = "acre"
    store = settings.app_settings()
    store.setValue("project/autosave_minutes", "often")
    store.setValue("display/area_unit", "acre")
    store.setValue("ui/language", "klingon")
    assert (prefs.autosave_minutes, prefs.area_unit, prefs.language) == (5, "ha", "system")


def test_areas_show_in_the_chosen_unit():
    prefs = Preferences()
    prefs.area_unit = "mu"
    assert prefs.format_area(666.67 * 30) == "30.00 mu"
    prefs.area_unit = "km2"
    assert prefs.format_area(2_500_000) == "2.50 km²"


def test_areas_use_the_chinese_unit_words_in_chinese(qapp):
    build = Path(__file__).resolve().parents[2] / "installer" / "build_translations.sh"
    subprocess.run([str(build)], check=True, capture_output=True)  # .qm files are build output
    prefs = Preferences()
    prefs.area_unit = "mu"
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    assert prefs.format_area(666.67 * 30) == "30.00 亩"
    prefs.area_unit = "ha"
    assert prefs.format_area(25_000) == "2.50 公顷"


def test_dialog_saves_choices_and_switches_language(qtbot, qapp):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
    dialog.crs_edit.setText("EPSG:4550")
    dialog.autosave_box.setValue(0)
    dialog.area_box.setCurrentIndex(dialog.area_box.findData("km2"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    prefs = Preferences()
    assert (prefs.language, prefs.autosave_minutes, prefs.area_unit) == ("zh_CN", 0, "km2")
    assert dialog.language_changed
    if "zh_CN" in i18n.available_languages():
        assert i18n.current_language() == "zh_CN"


def test_dialog_keeps_itself_open_and_explains_a_crs_in_degrees(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.crs_edit.setText("EPSG:4326")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "geographic" in dialog.problem_label.text()
    assert Preferences().default_crs == DEFAULT_CRS
