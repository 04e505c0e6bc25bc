"""Tools > Check park…: the planner sees the park's problems and jumps to each on the map.

The overlapping park is the GUI test park (conftest) with, in scenario "plan", a zone Z3 drawn
at x 800-1000 m, y 0-500 m: wholly inside Z1 (x 0-1000 m), so the shared land is
200 m x 500 m = 100,000 m²; along x = 1000 m Z3 only touches Z2, which is no overlap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import box

from ecopark.commands import ReplaceObjects
from ecopark.model import Zone
from ecopark.ui import i18n
from ecopark.ui.dialogs.check_dialog import CheckDialog
from parks import at

REPO = Path(__file__).resolve().parents[2]


def _add_overlapping_zone(document) -> None:
    zone = Zone(
        zone_id="Z3",
        name="Extension",
        kind="harbor",
        industrial=True,
        geometry=box(*at(800, 0), *at(1000, 500)),
    )
    document.park.add("plan", zone)


@pytest.fixture
def dialog(qtbot, document, canvas):
    _add_overlapping_zone(document)
    zoomed: list[list[tuple[str, str]]] = []

    def zoom(refs: list[tuple[str, str]]) -> None:
        zoomed.append(refs)
        canvas.zoom_to_selection()

    d = CheckDialog(document, zoom, None)
    qtbot.addWidget(d)
    d.zoomed = zoomed  # type: ignore[attr-defined]
    return d


def _row(d: CheckDialog, row: int) -> list[str]:
    return [d.table.item(row, c).text() for c in range(d.table.columnCount())]


def test_an_overlap_is_listed_once_as_a_warning_naming_both_zones_and_the_area(dialog):
    assert dialog.document.scenario_id == "plan"
    assert dialog.table.rowCount() == 1
    severity, scenario, layer, ids, message = _row(dialog, 0)
    assert severity == "Warning"
    assert scenario == "Plan 2030"  # the baseline has no Z3, so no problem there
    assert layer == "Zones"
    assert ids == "Z1, Z3"
    assert "Z1" in message and "Z3" in message
    assert "100,000 m²" in message  # 200 m x 500 m
    assert dialog.summary_label.text() == "1 warning(s), 0 error(s)"
    assert dialog.counts() == (1, 0)


def test_show_on_map_selects_both_zones_and_zooms_the_canvas_to_them(dialog, canvas):
    canvas.set_extent(*at(1500, 800), *at(1600, 900))  # somewhere else first
    dialog.table.selectRow(0)
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    assert dialog.document.selection == [("zones", "Z1"), ("zones", "Z3")]
    assert dialog.zoomed == [[("zones", "Z1"), ("zones", "Z3")]]
    xmin, ymin, xmax, ymax = canvas.extent()
    x0, y0 = at(0, 0)
    x1, y1 = at(1000, 1000)  # Z1's corners; Z3 lies inside Z1
    assert xmin <= x0 and ymin <= y0 and xmax >= x1 and ymax >= y1
    assert xmax - xmin < 3000  # zoomed to the zones, not left somewhere wide


def test_show_on_map_switches_to_the_problems_scenario(dialog):
    dialog.document.switch_scenario("base")
    dialog.run_check()
    assert _row(dialog, 0)[1] == "Plan 2030"
    dialog.table.selectRow(0)
    dialog.show_current()
    assert dialog.document.scenario_id == "plan"
    assert dialog.document.selection == [("zones", "Z1"), ("zones", "Z3")]


def test_check_again_after_an_undoable_fix_finds_nothing_and_undo_brings_it_back(dialog):
    document = dialog.document
    z3 = document.park.scenario("plan").zones["Z3"]
    moved = z3.with_changes(geometry=box(*at(0, 1000), *at(200, 1500)))  # touches Z1 at y 1000
    assert document.push(ReplaceObjects("plan", [moved]))
    assert dialog.table.rowCount() == 1  # not refreshed until asked
    dialog.again_button.click()
    assert dialog.table.rowCount() == 0
    assert dialog.summary_label.text() == "No problems found"
    assert not dialog.show_button.isEnabled()
    document.undo_stack.undo()
    dialog.again_button.click()
    assert dialog.table.rowCount() == 1


def test_a_clean_park_shows_no_problems(qtbot, document):
    d = CheckDialog(document, lambda refs: pytest.fail("nothing to show"), None)
    qtbot.addWidget(d)
    assert d.table.rowCount() == 0
    assert d.summary_label.text() == "No problems found"
    assert not d.show_button.isEnabled()
    d.show_current()  # nothing selected: nothing happens


def test_a_broken_exchange_is_an_error_listed_before_warnings(qtbot, document):
    _add_overlapping_zone(document)
    scenario = document.park.scenario("plan")
    # A file repaired by hand can hold what the editor would refuse: put it in directly.
    broken = scenario.exchanges["E1"].with_changes(from_id="F9")
    scenario.layers["exchanges"]["E1"] = broken
    d = CheckDialog(document, lambda refs: None, None)
    qtbot.addWidget(d)
    assert d.counts() == (1, 1)
    assert [_row(d, r)[0] for r in range(2)] == ["Error", "Warning"]
    assert _row(d, 0)[3] == "E1"
    assert d.summary_label.text() == "1 warning(s), 1 error(s)"


# ----- in Chinese --------------------------------------------------------------------------------
def test_the_overlap_reads_in_chinese(chinese, qtbot, document):
    _add_overlapping_zone(document)
    d = CheckDialog(document, lambda refs: None, None)
    qtbot.addWidget(d)
    assert d.windowTitle() == "园区检查"
    severity, _, layer, _, message = _row(d, 0)
    assert severity == "警告"
    assert layer == i18n.term("layer", "zones")
    assert message == "功能分区 Z1 与 Z3 重叠 100,000 平方米"
    assert d.summary_label.text() == "1 个警告，0 个错误"


# ----- from the main window ----------------------------------------------------------------------
def test_tools_menu_opens_the_check_and_it_shows_the_overlap_on_the_map(qtbot, document):
    from ecopark.ui.main_window import MainWindow

    _add_overlapping_zone(document)
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window.action_registry["tools.check"]
    assert action in window.menus["Tools"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    assert action.toolTip()
    action.trigger()
    d = window.features.check_dialog
    assert d.isVisible() and not d.isModal()
    assert d.table.rowCount() == 1
    d.table.selectRow(0)
    d.show_current()
    assert document.selection == [("zones", "Z1"), ("zones", "Z3")]
    xmin, ymin, xmax, ymax = window.canvas.extent()
    assert xmin <= at(0, 0)[0] and xmax >= at(1000, 0)[0]
    assert ymin <= at(0, 0)[1] and ymax >= at(0, 1000)[1]
    action.trigger()  # again: the same dialog, checked afresh
    assert window.features.check_dialog is d
    document.undo_stack.setClean()
    window.setWindowModified(False)


# ----- what a deleted plant leaves behind (issue 21) --------------------------------------------
def _delete_only_the_chp(document) -> None:
    from ecopark.commands import RemoveObjects

    assert document.push(RemoveObjects("plan", [("facilities", "C1")]))


def test_a_deleted_plant_leaves_its_pipe_flagged_and_show_on_map_selects_it(qtbot, document):
    _delete_only_the_chp(document)
    d = CheckDialog(document, lambda refs: None, None)
    qtbot.addWidget(d)
    rows = [_row(d, r) for r in range(d.table.rowCount())]
    assert [r[2:4] for r in rows if r[1] == "Plan 2030"] == [["Pipelines", "P1"]]
    assert "reach no source" in rows[0][4]
    d.table.selectRow(0)
    d.show_current()
    assert document.selection == [("pipelines", "P1")]


def test_the_disconnected_pipe_reads_in_chinese(chinese, qtbot, document):
    _delete_only_the_chp(document)
    d = CheckDialog(document, lambda refs: None, None)
    qtbot.addWidget(d)
    messages = [_row(d, r)[4] for r in range(d.table.rowCount())]
    assert messages[0] == "1 条高压蒸汽管线未连接任何供应源：P1"
