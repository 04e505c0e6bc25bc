"""The main window as a planner meets it: menus and shortcuts, the title that shows unsaved
changes, closing that asks, files (new, open, save, save as, recent), the start page, the
remembered layout and the screenshot entry point. Every dialog is replaced by a stub."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ecopark.commands import ReplaceObjects
from ecopark.storage import load_park, save_park
from ecopark.ui import settings as ui_settings
from ecopark.ui.app import run_app
from ecopark.ui.dialogs.new_park import CGCS2000_3DEG_ZONES, NewParkDialog, NewParkSpec
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import DEFAULT_SIZE, MainWindow, load_document
from ecopark.ui.start_page import LAYOUTS_ENV, StartPage
from ecopark.ui.tools import TOOLS
from parks import tiny_park
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui
Answer = QMessageBox.StandardButton
REPO = Path(__file__).resolve().parents[2]


def _fail_on_error(title: str, message: str) -> None:
    raise AssertionError(f"unexpected error dialog: {title}: {message}")


def set_iav(win: MainWindow, firm_id: str, value: float) -> None:
    doc = win.document
    firm = doc.scenario.firms[firm_id]
    assert doc.push(ReplaceObjects(doc.scenario_id, [firm.with_changes(iav_10k_rmb=value)]))


# ----- frame, menus, shortcuts --------------------------------------------------------------------
def test_menus_toolbars_and_docks_are_there(window):
    assert list(window.menus) == ["File", "Edit", "View", "Tools", "Scenario", "Help", "Optimise"]
    bar = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar[-1] == "Help"
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    assert texts[:2] == ["New park…", "Open…"]
    assert {"Save", "Save as…", "Quit"} <= set(texts)
    assert set(window.tool_actions) == set(TOOLS)
    assert set(window.docks) == {
        "layers",
        "legend",
        "scenarios",
        "properties",
        "indicators",
        "attribute_table",
        "undo",
        "targets",
        "grades",
        "work_plan",
        "phasing",
    }
    assert window.centralWidget() is window.canvas
    for dock in window.docks.values():
        assert dock.toolTip(), dock.objectName()


def test_every_tool_has_a_shortcut_and_a_tooltip_and_no_key_is_used_twice(window):
    for name, action in window.tool_actions.items():
        assert action.shortcut().toString(), name
        assert action.toolTip() and action.toolTip() != action.text(), name
        assert not action.icon().isNull(), name
    # every action of the window, the other features' entries included
    owners: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in (s.toString() for s in action.shortcuts()):
            assert key not in owners, f"{key}: {owners[key]} and {action.text()}"
            owners[key] = action.text()
    assert {"Ctrl+Z", "Ctrl+S", "Ctrl+I", "Z", "P", "Del"} <= set(owners)
    lines = window.shortcut_lines()
    assert any("Ctrl+Z" in line for line in lines)
    # the help lists every shortcut, feature menus included, each once
    assert {k for line in lines for k in line.split("\t")[0].split(", ")} == set(owners)
    assert len(lines) == len(set(lines))


def test_tool_actions_drive_the_canvas_and_follow_it(window):
    window.tool_actions["draw_zone"].trigger()
    assert window.canvas.current_tool == "draw_zone"
    window.set_tool("select")
    assert window.tool_actions["select"].isChecked()
    window.set_zone_kind("harbor")
    assert window.tool_manager.zone_kind == "harbor"
    window.set_medium("reclaimed_water")
    assert window.tool_manager.medium == "reclaimed_water"
    window.set_facility_kind("wwtp")
    assert window.tool_manager.facility_kind == "wwtp"


def test_add_action_puts_file_entries_above_quit_and_can_add_menus(window):
    export = QAction("Export work plan…")
    triggered: list[bool] = []
    export.triggered.connect(lambda: triggered.append(True))
    window.add_action("file", export)
    actions = window.file_menu.actions()
    assert actions.index(export) < actions.index(window.quit_action)
    export.trigger()
    assert triggered == [True]
    present = QAction("Start presentation")
    window.add_action("Presentation", present)
    assert window.menus["Presentation"].actions() == [present]
    bar_titles = [a.text() for a in window.menuBar().actions()]
    assert bar_titles.index("Presentation") < bar_titles.index("&Help")


# ----- title, undo, close -------------------------------------------------------------------------
def test_title_shows_unsaved_changes_and_undo_redo_keys_work(qtbot, window):
    assert window.windowTitle() == "tiny.gpkg[*] — EcoPark Planner"
    assert not window.isWindowModified()
    assert not window.undo_action.isEnabled()
    set_iav(window, "F1", 90_000)
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Change firm F1 (Brewery)"
    panel = window.indicator_panel
    qtbot.waitUntil(lambda: panel.zone_land_output_text("Z1") == "9.00")

    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario.firms["F1"].iav_10k_rmb == 45_000
    assert not window.isWindowModified()
    qtbot.waitUntil(lambda: panel.zone_land_output_text("Z1") == "4.50")
    qtbot.keyClick(
        window.canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.document.scenario.firms["F1"].iav_10k_rmb == 90_000
    qtbot.waitUntil(lambda: panel.zone_land_output_text("Z1") == "9.00")
    table = window.attribute_table
    table.show_layer("firms")
    assert table.shown_text(0, "iav_10k_rmb") == "90000"


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [(Answer.Cancel, False, False), (Answer.Discard, True, False), (Answer.Save, True, True)],
)
def test_closing_with_unsaved_changes_asks(window, monkeypatch, project, answer, closes, saved):
    asked: list[bool] = []

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answer

    window.prompts.save_changes = ask
    set_iav(window, "F1", 50_000)
    assert window.close() is closes
    assert asked == [True]
    assert window.isVisible() is not closes
    assert (load_park(project).scenario("base").firms["F1"].iav_10k_rmb == 50_000) is saved
    window.prompts.save_changes = lambda: Answer.Discard


def test_closing_without_changes_does_not_ask(window, monkeypatch):
    window.prompts.save_changes = _fail_on_error
    assert window.close()


def test_delete_and_select_all(qtbot, window, prompts):
    from ecopark.ui.delete_prompt import DeleteChoice

    prompts.delete_dependants = lambda impact: DeleteChoice.ONLY_CHOSEN
    window.edit.select_all()
    assert set(window.document.selection) == {
        ("zones", "Z1"),
        ("firms", "F1"),
        ("facilities", "S1"),
        ("pipelines", "P1"),
    }
    window.layers_dock.set_locked("zones", True)
    window.layers_dock.set_visible("pipelines", False)
    window.edit.select_all()
    assert set(window.document.selection) == {("firms", "F1"), ("facilities", "S1")}
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert not window.document.scenario.firms and not window.document.scenario.facilities
    ((_, impact),) = prompts.delete_questions  # the hidden pipe P1 would reach no source
    assert impact.orphan_pipes == {"steam_hp": ["P1"]}
    assert "P1" in window.document.scenario.layers["pipelines"], "kept, as answered"
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert set(window.document.scenario.firms) == {"F1"}


def test_undoing_a_new_plan_while_it_is_shown_goes_back_to_another_scenario(qtbot, window):
    dock = window.scenario_dock
    assert dock.copy_current("Plan 2030", 2030) == "plan_2030"
    assert window.document.scenario_id == "plan_2030"
    assert "Plan 2030" in window.scenario_label.text()
    window.undo_action.trigger()
    assert window.document.scenario_id == "base"
    assert "plan_2030" not in window.document.park.scenarios
    qtbot.waitUntil(lambda: dock.scenario_ids() == ["base"])
    assert window.indicator_panel.zone_land_output_text("Z1") == "4.50"


def test_scenario_menu_lists_and_switches_scenarios(qtbot, window):
    window.scenario_dock.copy_current("Plan 2030", 2030)
    window._fill_scenario_menu()
    entries = [a for a in window.scenario_menu.actions() if a.isCheckable()]
    assert [a.text() for a in entries] == ["Baseline (baseline, 2024)", "Plan 2030 (plan, 2030)"]
    assert entries[1].isChecked()
    entries[0].trigger()
    assert window.document.scenario_id == "base"


# ----- files --------------------------------------------------------------------------------------
def test_save_as_then_reopen_from_the_recent_files_menu(qtbot, window, tmp_path, monkeypatch):
    set_iav(window, "F1", 60_000)
    target = tmp_path / "copy"  # the suffix is added
    window.prompts.save_path = lambda: str(target)
    assert window.save_as_action.trigger() is None
    saved = tmp_path / "copy.gpkg"
    assert window.document.path == saved and not window.isWindowModified()
    assert window.windowTitle() == "copy.gpkg[*] — EcoPark Planner"
    assert load_park(saved).snapshot() == window.document.park.snapshot()
    assert ui_settings.recent_files()[0] == saved.resolve()

    window.prompts.open_path = lambda: str(tmp_path / "tiny.gpkg")
    assert window.files.open_interactive()
    assert window.document.scenario.firms["F1"].iav_10k_rmb == 45_000
    window._fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["tiny.gpkg", "copy.gpkg"]
    window.recent_menu.actions()[1].trigger()
    assert window.document.path == saved
    assert window.document.scenario.firms["F1"].iav_10k_rmb == 60_000
    # the docks follow the new document
    qtbot.waitUntil(lambda: window.indicator_panel.zone_land_output_text("Z1") == "6.00")
    assert window.undo_dock.view.stack() is window.document.undo_stack


def test_opening_a_broken_file_says_why_and_keeps_the_project(window, tmp_path, monkeypatch):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a geopackage")
    window.prompts.fail_on_error = False
    before = window.document
    assert not window.files.open_path(bad)
    assert window.prompts.errors == ["Cannot open notes.gpkg"]
    assert window.document is before


def test_new_park_asks_to_save_then_starts_an_empty_park(window, monkeypatch):
    set_iav(window, "F1", 1_000)
    window.prompts.save_changes = lambda: Answer.Cancel
    window.prompts.new_park = _fail_on_error
    assert not window.files.new_park()
    window.prompts.save_changes = lambda: Answer.Discard
    window.prompts.new_park = lambda: NewParkSpec("Binhai park", "EPSG:4549", 2023)
    assert window.files.new_park()
    doc = window.document
    assert doc.path is None and doc.park.name == "Binhai park" and doc.park.crs == "EPSG:4549"
    assert [s.info.kind for s in doc.park.scenarios.values()] == ["baseline"]
    assert doc.scenario.info.year == 2023
    assert window.windowTitle() == "Binhai park (unsaved)[*] — EcoPark Planner"
    assert window.crs_label.text() == "EPSG:4549"


def test_new_park_dialog_defaults_to_cgcs2000_and_validates_the_crs(qtbot):
    dialog = NewParkDialog(default_crs="EPSG:4550")
    qtbot.addWidget(dialog)
    assert len(CGCS2000_3DEG_ZONES) == 21
    assert CGCS2000_3DEG_ZONES["EPSG:4550"] == 123
    assert dialog.crs_combo.currentData() == "EPSG:4550"
    assert "CM 123°E" in dialog.crs_combo.currentText()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.set_crs("EPSG:4326")
    assert not ok.isEnabled()
    assert "not a projected CRS" in dialog.problem_label.text()
    dialog.other_edit.setText("EPSG:32651")
    assert ok.isEnabled() and dialog.spec().crs == "EPSG:32651"
    dialog.name_edit.setText(" ")
    assert not ok.isEnabled() and dialog.problem_label.text() == "Give the park a name."


# ----- layout and start page ----------------------------------------------------------------------
def test_window_layout_is_remembered(qtbot, project, window, monkeypatch):
    assert window.properties_dock.isVisible()
    window.properties_dock.hide()
    window.resize(700, 520)  # (clamped to the window's minimum size)
    shrunk = window.size()
    assert shrunk != DEFAULT_SIZE
    assert window.close()
    again = MainWindow(ProjectDocument.open(project), prompts=ScriptedPrompts())
    qtbot.addWidget(again)
    again.show()
    assert again.size() == shrunk
    assert not again.properties_dock.isVisible()
    again.edit.reset_layout()
    assert again.properties_dock.isVisible()


def test_start_page_lists_demo_parks_and_recent_files(qtbot, tmp_path, monkeypatch, project):
    demos = tmp_path / "layouts"
    demos.mkdir()
    for name in ("guigang_sugar.gpkg", "liaobin_coastal.gpkg"):
        save_park(tiny_park(name), demos / name)
    monkeypatch.setenv(LAYOUTS_ENV, str(demos))
    ui_settings.add_recent_file(project)
    ui_settings.add_recent_file(tmp_path / "moved_away.gpkg")
    page = StartPage()
    qtbot.addWidget(page)
    assert [p.name for p in page.listed_paths("demo")] == [
        "liaobin_coastal.gpkg",
        "guigang_sugar.gpkg",
    ]
    assert page.demo_list.item(0).text() == "Liaobin coastal"
    assert [p.name for p in page.listed_paths("recent")] == ["moved_away.gpkg", "tiny.gpkg"]
    assert "file not found" in page.recent_list.item(0).text()
    with qtbot.waitSignal(page.open_requested) as opened:
        page.recent_list.itemActivated.emit(page.recent_list.item(1))
    assert opened.args == [str(project.resolve())]
    with qtbot.assertNotEmitted(page.open_requested):
        page.recent_list.itemActivated.emit(page.recent_list.item(0))


def test_start_page_lists_the_bundled_demo_parks():
    bundled = sorted((REPO / "layouts").glob("*.gpkg"))
    from ecopark.ui.start_page import demo_parks

    assert set(demo_parks()) == set(bundled)
    assert demo_parks()[0].name == "liaobin_coastal.gpkg"


# ----- the entry point ----------------------------------------------------------------------------
def test_screenshot_flag_renders_the_window_and_exits(project, tmp_path, monkeypatch):
    monkeypatch.setenv(ui_settings.SETTINGS_DIR_ENV, str(tmp_path / "shot-settings"))
    out = tmp_path / "shots" / "main.png"
    before = load_park(project).snapshot()
    assert run_app([str(project), "--screenshot", str(out), "--size", "1200x800"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert load_park(project).snapshot() == before


def test_entry_point_reports_a_missing_file_in_one_line(tmp_path, capsys):
    assert run_app([str(tmp_path / "nowhere.gpkg")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("ecopark: error:")


def test_standard_shortcuts(window):
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)


# ----- layers, legend and labels reach the map ----------------------------------------------------
def test_layer_visibility_locks_and_labels_reach_the_map_and_the_legend(qtbot, window):
    canvas, layers, legend = window.canvas, window.layers_dock, window.legend_dock
    assert "Zones" in legend.shown_labels()
    layers.set_visible("zones", False)
    assert not canvas.layer_visible("zones")
    assert "Zones" not in legend.shown_labels()
    layers.set_locked("firms", True)
    assert canvas.layer_locked("firms")
    window.exchanges_action.trigger()
    assert not canvas.layer_visible("exchanges") and not layers.is_visible("exchanges")
    window.labels_action.trigger()
    assert not canvas.label_layer.isVisible() and not layers.labels_box.isChecked()
    layers.labels_box.setChecked(True)
    assert canvas.label_layer.isVisible() and window.labels_action.isChecked()
    # the map follows the dock's state into the next project
    window.files.open_path(window.document.path)
    assert not window.canvas.layer_visible("zones") and window.canvas.layer_locked("firms")


def test_launcher_opens_the_project_chosen_on_the_start_page(qtbot, project):
    from ecopark.ui.app import Launcher

    launcher = Launcher()
    page = launcher.show_start_page()
    qtbot.addWidget(page)
    page.open_requested.emit(str(project))
    assert launcher.start_page is None and not page.isVisible()
    (win,) = launcher.windows
    qtbot.addWidget(win)
    assert win.document.path == project and win.isVisible()
    assert ui_settings.recent_files()[0] == project.resolve()


def test_the_ecopark_command_opens_the_editor_for_a_file(project, tmp_path, monkeypatch):
    from ecopark.cli import main

    monkeypatch.setenv(ui_settings.SETTINGS_DIR_ENV, str(tmp_path / "cli-settings"))
    out = tmp_path / "cli.png"
    assert main([str(project), "--screenshot", str(out)]) == 0
    assert QImage(str(out)).width() == 1600


# ----- features of other modules offered by the window --------------------------------------------
def test_import_underlay_export_and_optimise_entries_are_offered(window, monkeypatch, tmp_path):
    import ecopark.ui.dialogs.import_dialog as import_dialog

    file_entries = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    assert "Import…" in file_entries
    assert any(t.startswith("Export") for t in file_entries)
    assert file_entries[-1] == "Quit"
    assert [a.text() for a in window.menus["Optimise"].actions()]

    calls: list[tuple] = []

    def fake_run_import(parent, path, park, scenario_id, push):
        calls.append((parent, path, park, scenario_id, push))
        return True

    monkeypatch.setattr(import_dialog, "run_import", fake_run_import)
    window.prompts.import_path = lambda: str(tmp_path / "plan.dxf")
    assert window.features.import_interactive()
    doc = window.document
    assert calls == [(window, str(tmp_path / "plan.dxf"), doc.park, "base", doc.push)]


def test_autosave_writes_a_copy_and_leaves_the_project_alone(window, project):
    assert window.autosave() is None  # nothing unsaved
    set_iav(window, "F1", 99_000)
    copy = window.autosave()
    assert copy == project.with_name("tiny.autosave.gpkg")
    assert load_park(copy).scenario("base").firms["F1"].iav_10k_rmb == 99_000
    assert load_park(project).scenario("base").firms["F1"].iav_10k_rmb == 45_000
    assert window.isWindowModified() and window.document.path == project


# ----- crash journal ---------------------------------------------------------------------------
def test_edits_are_journaled_and_recovered_after_a_crash(qtbot, window, project, monkeypatch):
    from ecopark.storage.journal import Journal, journal_path

    assert not journal_path(project).exists()  # opening to look writes nothing
    set_iav(window, "F1", 77_000)
    set_iav(window, "F1", 88_000)
    window.undo_action.trigger()  # F1 at 77,000
    assert Journal.pending(project) == 3  # do, do, undo
    edited = window.document.park.snapshot()

    # the session dies here (no close); the next start offers to replay the journal
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Answer.Yes)
    again = MainWindow(load_document(project), prompts=ScriptedPrompts())
    qtbot.addWidget(again)
    assert again.document.park.snapshot() == edited
    assert again.isWindowModified()

    assert again.files.save()
    assert Journal.pending(project) == 0
    assert load_park(project).scenario("base").firms["F1"].iav_10k_rmb == 77_000
    set_iav(again, "F1", 1_000)
    assert again.close()  # discarding on purpose leaves no journal
    assert not journal_path(project).exists()


def test_start_page_says_why_a_file_cannot_be_opened_and_stays(qtbot, tmp_path, monkeypatch):
    from ecopark.ui.app import Launcher

    broken = tmp_path / "broken.gpkg"
    broken.write_bytes(b"not a geopackage")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    launcher = Launcher()
    page = launcher.show_start_page()
    qtbot.addWidget(page)
    page.open_requested.emit(str(broken))
    assert len(shown) == 1 and shown[0].startswith("Cannot open broken.gpkg:")
    assert launcher.start_page is page and page.isVisible() and not launcher.windows


def test_new_park_dialog_places_the_park_from_the_gazetteer(qtbot):
    dialog = NewParkDialog(default_crs="EPSG:4546")
    qtbot.addWidget(dialog)
    assert dialog.spec().lon is None  # no place chosen: as before
    assert dialog.choose_place("盘锦")
    assert dialog.crs_combo.currentData() == "EPSG:4550"  # Panjin 122.17°E -> CM 123°E
    spec = dialog.spec()
    assert (spec.lon, spec.lat) == (pytest.approx(122.1706), pytest.approx(40.7198))
    dialog.lon_spin.setValue(109.6)  # typed: Guigang's longitude
    assert dialog.crs_combo.currentData() == "EPSG:4546"


def test_new_park_at_a_place_opens_its_view_there(window):
    window.prompts.save_changes = lambda: Answer.Discard
    window.prompts.new_park = lambda: NewParkSpec("辽滨", "EPSG:4550", 2024, lon=122.03, lat=40.68)
    assert window.files.new_park()
    window.canvas.zoom_to_extent()
    x0, y0, x1, y1 = window.canvas.extent()
    assert (x0 + x1) / 2 == pytest.approx(417_994.8, abs=1) and (y0 + y1) / 2 == pytest.approx(
        4_505_489.5, abs=1
    )
    assert x1 - x0 < 20_000  # a park-sized view, not the whole zone


def test_a_project_replaced_by_another_is_freed(window, qtbot):
    """Opening another file in the same window lets the old park go: views had connected
    closures holding their canvas to the old document, which Qt kept alive from C++ (a
    100,000-feature park stayed in memory, some 200 MB, after each File > Open)."""
    import gc
    import weakref

    old_park = weakref.ref(window.document.park)
    old_document = weakref.ref(window.document)
    old_canvas = weakref.ref(window.canvas)
    assert window.files.open_path(window.document.path)
    qtbot.wait(20)  # the old canvas is deleted from the event loop (deleteLater)
    gc.collect()
    assert old_canvas() is None
    assert old_document() is None
    assert old_park() is None
    assert window.document.park.scenarios  # the new project is open and whole
