"""Layers dock → Label settings: a layer's labels switched off, labelled with another field,
larger, without halo; one undo step; saved in the file; the canvas and the printed sheet use
them. A file without the setting opens with the defaults."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ecopark import terms
from ecopark.export.map_export import map_rendering
from ecopark.export.print_layout import SheetSpec, render_sheet
from ecopark.model.labelling import DEFAULTS, LabelStyle, label_styles
from ecopark.storage import load_park, save_park
from ecopark.ui import settings as ui_settings
from ecopark.ui.docks.layer_menu import layer_menu
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui
LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    ui_settings.isolate_settings(tmp_path / "settings")
    path = tmp_path / "liaobin.gpkg"
    shutil.copy(LIAOBIN, path)
    doc = ProjectDocument(load_park(path), path)
    doc.switch_scenario("plan2030")
    win = MainWindow(doc, prompts=ScriptedPrompts())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    yield win
    win.document.undo_stack.clear()
    win.close()


def _open_from_menu(window, layer: str):  # type: ignore[no-untyped-def]
    menu = layer_menu(window, layer)
    (action,) = [a for a in menu.actions() if a.text() == "Label settings…"]
    action.trigger()
    from ecopark.ui.dialogs.label_settings import LabelSettingsDialog

    (dialog,) = [d for d in window.findChildren(LabelSettingsDialog) if d.isVisible()]
    return dialog


def _painted_labels(qtbot, window) -> list[str]:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    canvas.zoom_to_extent()
    canvas.viewport().repaint()
    return list(canvas.label_layer.placed)


def test_firm_labels_switch_to_the_sector_field_then_off_and_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scenario = window.document.scenario
    firms = scenario.firms
    others = {o.name for layer in ("zones", "facilities") for o in scenario.objects(layer).values()}
    names = {f.name for f in firms.values()} - others
    before = _painted_labels(qtbot, window)
    assert names & set(before)  # firm names on the map to begin with
    dialog = _open_from_menu(window, "firms")
    assert dialog.field.currentData() == "name" and dialog.on.isChecked()
    dialog.field.setCurrentIndex(dialog.field.findData("sector"))
    dialog.font_size.setValue(11.0)
    dialog.halo.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    style = label_styles(window.document.park.settings)["firms"]
    assert style == LabelStyle(on=True, field="sector", size=11.0, halo=False)
    after = _painted_labels(qtbot, window)
    assert not names & set(after)  # no firm name any more ...
    sectors = {terms.label("sector", f.sector, "en") for f in firms.values()}
    assert "Building materials" in sectors  # the sector's word, not its code
    assert sectors & set(after)  # ... their sectors instead
    assert window.canvas.label_layer.point_font.pointSizeF() == 11.0
    dialog = _open_from_menu(window, "firms")
    dialog.on.setChecked(False)
    assert not dialog.field.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    off = _painted_labels(qtbot, window)
    assert not sectors & set(off) and not names & set(off)
    window.document.undo_stack.undo()  # one step back: sectors again
    assert label_styles(window.document.park.settings)["firms"].field == "sector"
    assert label_styles(window.document.park.settings)["firms"].on
    window.document.undo_stack.undo()
    assert label_styles(window.document.park.settings) == DEFAULTS
    assert names & set(_painted_labels(qtbot, window))


def test_label_settings_are_saved_and_printed(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_from_menu(window, "zones")
    dialog.on.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    dialog = _open_from_menu(window, "facilities")
    dialog.field.setCurrentIndex(dialog.field.findData("facility_id"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    out = tmp_path / "saved.gpkg"
    save_park(window.document.park, out)
    park = load_park(out)
    styles = label_styles(park.settings)
    assert not styles["zones"].on and styles["facilities"].field == "facility_id"
    with map_rendering():
        _, rep = render_sheet(park, "plan2030", SheetSpec("A3", "landscape"))
    layers = {lab.request.layer for lab in rep.labels}
    texts = {lab.request.text for lab in rep.labels if lab.request.layer == "facilities"}
    assert "zones" not in layers  # switched off on paper too
    assert texts and texts <= set(park.scenario("plan2030").facilities)  # ids, not names


def test_a_file_without_label_settings_opens_with_the_defaults(tmp_path: Path) -> None:
    park = load_park(LIAOBIN)
    assert "labels" not in park.settings
    assert label_styles(park.settings) == DEFAULTS
    # a damaged entry is ignored, field by field
    park.settings["labels"] = {"firms": {"size": "big", "field": "nope", "on": False}}
    assert label_styles(park.settings)["firms"] == LabelStyle(on=False, size=8.5)
