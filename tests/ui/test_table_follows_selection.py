"""The attribute table follows a new selection's layer (select a pipe: the table shows the
pipelines, scrolled to its row) without overriding the layer the planner picked in the table,
without reacting to selections made in the table, and without taking the keyboard focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ecopark.storage import load_park
from ecopark.ui import settings as ui_settings
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui
LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    ui_settings.isolate_settings(tmp_path / "settings")
    doc = ProjectDocument(load_park(LIAOBIN))
    doc.switch_scenario("plan2030")
    win = MainWindow(doc, prompts=ScriptedPrompts())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    yield win
    win.document.undo_stack.clear()
    win.close()


def _selected_ids(table) -> list[str]:  # type: ignore[no-untyped-def]
    rows = table.view.selectionModel().selectedRows()
    return sorted(table.model.ids[table.proxy.mapToSource(i).row()] for i in rows)


def test_a_firm_clicked_on_the_map_switches_the_table_to_firms(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.attribute_table
    table.show_layer("zones")
    window.set_tool("select")
    canvas = window.canvas
    fid = sorted(window.document.scenario.firms)[-1]
    firm = window.document.scenario.firms[fid].geometry
    canvas.set_extent(firm.x - 150, firm.y - 150, firm.x + 150, firm.y + 150)
    canvas.setFocus()
    qtbot.mouseClick(
        canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.map_to_view(firm.x, firm.y)
    )
    assert window.document.selection == [("firms", fid)]
    assert table.layer == "firms"
    assert _selected_ids(table) == [fid]
    index = table.view.selectionModel().selectedRows()[0]
    assert table.view.viewport().rect().intersects(table.view.visualRect(index))  # scrolled to
    assert not table.has_focus()  # the map keeps the keyboard


def test_a_selection_set_elsewhere_leaves_the_table_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.attribute_table
    table.show_layer("zones")
    fid = sorted(window.document.scenario.firms)[0]
    window.document.set_selection([("firms", fid)])  # e.g. the grades dock or a program
    assert table.layer == "zones"


def test_a_pipe_selected_switches_to_pipelines_and_a_mixed_selection_leaves_the_layer(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    table = window.attribute_table
    table.show_layer("firms")
    pid = sorted(window.document.scenario.objects("pipelines"))[-1]
    window.canvas.select([("pipelines", pid)])
    assert table.layer == "pipelines"
    assert _selected_ids(table) == [pid]
    zid = sorted(window.document.scenario.zones)[0]
    window.canvas.select([("zones", zid), ("pipelines", pid)])
    assert table.layer == "pipelines"  # two layers: nothing to follow
    assert _selected_ids(table) == [pid]


def test_the_layer_picked_in_the_table_wins_over_the_old_selection(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    fid = sorted(window.document.scenario.firms)[0]
    window.canvas.select([("firms", fid)])
    table = window.attribute_table
    assert table.layer == "firms"
    table.show_layer("pipelines")  # the planner's choice: not switched back to firms
    assert table.layer == "pipelines"
    table.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_A, CTRL)
    assert {layer for layer, _ in window.document.selection} == {"pipelines"}
    assert len(window.document.selection) == len(window.document.scenario.objects("pipelines"))
    assert table.layer == "pipelines"
