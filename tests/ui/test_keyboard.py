"""The keyboard as a planner uses it: Select all selects what the status bar then reports,
single-key tool shortcuts stay out of the way while typing in a form field, and the red refusal
under the attribute table goes once the planner moves on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
EVERY_OBJECT = {("zones", "Z1"), ("firms", "F1"), ("facilities", "S1"), ("pipelines", "P1")}


def _focus(qtbot, widget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _select_firm_with_the_select_tool(qtbot, window) -> None:
    window.set_tool("select")
    canvas = window.canvas
    canvas.zoom_to_extent()
    firm = window.document.scenario.firms["F1"].geometry
    point = canvas.map_to_view(firm.x, firm.y)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.document.selection == [("firms", "F1")]
    assert window.statusBar().currentMessage() == "1 object(s) selected"


def test_ctrl_a_on_the_map_selects_every_object_and_the_status_bar_says_how_many(qtbot, window):
    _select_firm_with_the_select_tool(qtbot, window)
    _focus(qtbot, window.canvas)
    qtbot.keyClick(window.canvas, Qt.Key.Key_A, CTRL)
    assert set(window.document.selection) == EVERY_OBJECT
    assert window.statusBar().currentMessage() == "4 object(s) selected"


def test_ctrl_a_in_the_attribute_table_selects_that_layer_and_says_so(qtbot, window):
    _select_firm_with_the_select_tool(qtbot, window)
    table = window.attribute_table
    table.show_layer("pipelines")
    _focus(qtbot, table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_A, CTRL)
    assert window.document.selection == [("pipelines", "P1")]
    assert window.statusBar().currentMessage() == "1 object(s) selected"
    assert len(table.view.selectionModel().selectedRows()) == 1


def test_a_later_selection_replaces_a_stale_count_in_the_status_bar(qtbot, window):
    _select_firm_with_the_select_tool(qtbot, window)
    window.document.set_selection([("zones", "Z1"), ("pipelines", "P1")])
    assert window.statusBar().currentMessage() == "2 object(s) selected"


@pytest.mark.parametrize("key", [Qt.Key.Key_A, Qt.Key.Key_F, Qt.Key.Key_P, Qt.Key.Key_Delete])
def test_tool_keys_typed_in_a_properties_field_go_to_the_field(qtbot, window, key):
    window.set_tool("select")
    window.document.set_selection([("facilities", "S1")])
    dock = window.properties_dock
    qtbot.waitUntil(lambda: "name" in dock.field_names())
    name = dock.editor("name")
    assert isinstance(name, QLineEdit)
    _focus(qtbot, name)
    name.selectAll()
    qtbot.keyClick(name, key)
    assert window.canvas.current_tool == "select"
    assert window.document.scenario.facilities["S1"]  # Del did not delete it
    if key != Qt.Key.Key_Delete:
        assert name.text() == chr(key).lower()


def test_tool_keys_in_a_choice_field_or_the_table_filter_do_not_switch_tools(qtbot, window):
    window.set_tool("select")
    window.document.set_selection([("facilities", "S1")])
    dock = window.properties_dock
    qtbot.waitUntil(lambda: "kind" in dock.field_names())
    kind = dock.editor("kind")
    assert isinstance(kind, QComboBox)
    _focus(qtbot, kind)
    qtbot.keyClick(kind, Qt.Key.Key_A)
    assert window.canvas.current_tool == "select"
    table_filter = window.attribute_table.filter_edit
    _focus(qtbot, table_filter)
    qtbot.keyClicks(table_filter, "zap")
    assert window.canvas.current_tool == "select"
    assert table_filter.text() == "zap"


def test_tool_keys_still_work_on_the_map(qtbot, window):
    window.set_tool("select")
    _focus(qtbot, window.canvas)
    qtbot.keyClick(window.canvas, Qt.Key.Key_F)
    assert window.canvas.current_tool == "place_firm"


def test_the_red_refusal_under_the_attribute_table_goes_after_the_next_action(qtbot, window):
    table = window.attribute_table
    table.show_layer("firms")
    model = table.model
    index = table.proxy.index(0, table.column_of("iav_10k_rmb"))
    assert not table.proxy.setData(index, "-5", Qt.ItemDataRole.EditRole)
    assert table.message.isVisible() and table.message.text()
    window.document.set_selection([("zones", "Z1")])  # the planner clicks something else
    assert not table.message.isVisible()
    assert model is table.model
    assert not table.proxy.setData(index, "lots", Qt.ItemDataRole.EditRole)
    assert table.message.isVisible()
    window.undo_action.trigger() if window.undo_action.isEnabled() else None
    window.zoom_extent_action.trigger()
    window.set_tool("pan")
    assert table.message.isVisible()  # looking around keeps it ...
    firm = window.document.scenario.firms["F1"]
    from ecopark.commands import ReplaceObjects

    window.document.push(ReplaceObjects("base", [firm.with_changes(name="Malt house")]))
    assert not table.message.isVisible()  # ... an edit clears it


def test_in_the_chinese_ui_new_firms_and_facilities_get_chinese_names(chinese, qtbot, window):
    canvas = window.canvas
    canvas.zoom_to_extent()
    x, y = 500_000.0 + 600, 4_400_000.0 + 400
    window.set_tool("place_firm")
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_view(x, y))
    window.set_facility_kind("wwtp")
    window.set_tool("place_facility")
    qtbot.mouseClick(
        canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_view(x + 100, y)
    )
    scenario = window.document.scenario
    new_firms = [f.name for f in scenario.firms.values() if f.firm_id != "F1"]
    new_facilities = [f.name for f in scenario.facilities.values() if f.facility_id != "S1"]
    assert new_firms == ["新企业"]
    assert new_facilities == ["污水处理厂"]
