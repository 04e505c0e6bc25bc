"""The network physics in the window: the Networks tab lists segments and consumers, the map
mode colours the pipes and marks the short consumer, edits re-solve (debounced), and Size pipes
applies the ticked sizes as one undo step."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shapely.geometry import LineString, Point

from ecopark.commands import ReplaceObjects
from ecopark.ui import settings as ui_settings
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hydraulics"))
from hyd_parks import single_pipe_park  # noqa: E402


@pytest.fixture
def window(qtbot, tmp_path: Path, prompts) -> MainWindow:
    """The main window on the single-pipe park at 4 km (its consumer short of pressure), asking
    through the scripted ``prompts`` of conftest (closing discards unsaved changes)."""
    ui_settings.isolate_settings(tmp_path / "settings")
    win = MainWindow(ProjectDocument(single_pipe_park(length_m=4000.0)), prompts=prompts)
    qtbot.addWidget(win)
    win.show()
    return win


def _cells(table, row: int) -> list[str]:
    return [table.item(row, k).text() for k in range(table.columnCount())]


def test_tab_and_map_show_the_short_consumer_then_an_edit_restores_it(qtbot, window) -> None:
    feature = window.hydraulics
    panel = window.indicator_panel
    panel.tabs.setCurrentIndex(feature.tab_index)
    qtbot.waitUntil(lambda: feature.controller.result is not None)
    tab = feature.tab
    row = _cells(tab.consumer_table, 0)
    assert row[0] == "F1" and row[-1] == "no"
    assert float(row[5]) < 0  # negative pressure margin
    assert _cells(tab.segment_table, 0)[0] == "P1"
    tab.set_mode("pressure")
    overlay = feature.overlay
    assert overlay.isVisible() and len(overlay.lines) == 1
    ((_, _, colour, label),) = overlay.marks
    assert label.startswith("F1 -") and colour == "#d7191c"
    assert window.hydraulics.map_action.isChecked()
    # move the firm to 2 km and shorten the pipe: served after the debounced re-solve
    scenario = window.document.park.scenario("plan")
    count = feature.controller.solve_count
    window.document.push(ReplaceObjects("plan", [
        scenario.layers["pipelines"]["P1"].with_changes(geometry=LineString([(0, 0), (2000, 0)])),
        scenario.firms["F1"].with_changes(geometry=Point(2000, 0)),
    ]))  # fmt: skip
    qtbot.waitUntil(lambda: feature.controller.solve_count == count + 1)
    assert _cells(tab.consumer_table, 0)[-1] == "yes"
    assert overlay.marks[0][2] == "#1a9641" and overlay.marks[0][3] == ""


def test_size_pipes_applies_the_ticked_sizes_as_one_undo_step(qtbot, window) -> None:
    feature = window.hydraulics
    feature.tab.set_mode("pressure")
    seen = []

    def tick_all(dialog) -> None:
        seen.append([c.pipeline_id for c in dialog.proposal.changes])
        dialog.set_checked({"P1"})

    assert feature.size_pipes(dialog_hook=tick_all)
    assert seen == [["P1"]]
    pipes = window.document.park.scenario("plan").layers["pipelines"]
    assert pipes["P1"].diameter_mm > 250
    qtbot.waitUntil(lambda: feature.controller.result.networks[0].consumers[0].served)
    window.document.undo_stack.undo()
    assert pipes["P1"].diameter_mm == 250.0
    assert "Size 1 pipe" in window.document.undo_stack.redoText()
