"""The year slider drives the map and the indicator panel (pytest-qt, offscreen)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "phasing"))
from phased_park import PLAN, phased_park  # noqa: E402

from ecopark.phasing.commands import set_year_in_service  # noqa: E402
from ecopark.storage import save_park  # noqa: E402


@pytest.fixture
def phased_window(qtbot, tmp_path, prompts):
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow

    path = tmp_path / "phased.gpkg"
    save_park(phased_park(), path)
    win = MainWindow(ProjectDocument.open(path), prompts=prompts)
    qtbot.addWidget(win)
    win.show()
    win.document.switch_scenario(PLAN)
    return win


def firms_on_map(win) -> set[str]:
    return {i for i in win.canvas.layers["firms"].ids if i}


def land_output_text(win) -> str:
    return win.indicator_panel.park_land_output_text()


def test_the_slider_steps_map_and_indicators(phased_window, qtbot) -> None:
    win = phased_window
    slider = win.timeline_bar.slider
    assert (slider.minimum(), slider.maximum(), slider.value()) == (2025, 2028, 2028)
    assert "18.0" in land_output_text(win)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)  # the baseline year
    assert slider.value() == 2025
    assert win.timeline.year == 2025
    assert "8.0" in land_output_text(win) and "18.0" not in land_output_text(win)
    assert firms_on_map(win) == {"F1"}
    assert win.timeline_bar.year_label.text().startswith("2025")
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert win.timeline.year == 2026
    assert "13.0" in land_output_text(win)
    win.year_next_action.trigger()
    assert slider.value() == 2027 and "15.0" in land_output_text(win)
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert win.timeline.year == 2028 and "18.0" in land_output_text(win)


def test_the_map_hides_what_is_not_yet_in_service(phased_window) -> None:
    win = phased_window
    win.timeline.set_year(2025)
    assert firms_on_map(win) == {"F1"}
    assert set(win.canvas.index.layer("firms").ids) == {"F1"}  # a click cannot pick F2
    win.timeline.set_year(2027)
    assert firms_on_map(win) == {"F1", "F2"}
    win.timeline.set_year(2028)
    assert firms_on_map(win) == {"F1", "F2", "F3"}
    assert set(win.canvas.index.layer("firms").ids) == {"F1", "F2", "F3"}


def test_an_edit_while_looking_at_an_earlier_year(phased_window, qtbot) -> None:
    win = phased_window
    win.timeline.set_year(2026)
    assert "13.0" in land_output_text(win)
    win.document.push(set_year_in_service(win.document.park, PLAN, [("firms", "F2")], 2027))
    qtbot.waitUntil(lambda: "8.0" in land_output_text(win))
    assert "F2" not in firms_on_map(win)
    win.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "13.0" in land_output_text(win))
    assert "F2" in firms_on_map(win)


def test_presentation_steps_through_the_milestone_years(qtbot, tmp_path) -> None:
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.presentation import PresentationWindow

    path = tmp_path / "phased.gpkg"
    save_park(phased_park(), path)
    doc = ProjectDocument.open(path)
    doc.switch_scenario(PLAN)
    win = PresentationWindow(doc, lang="en")
    qtbot.addWidget(win)
    win.show()
    pane = next(p for p in win.panes if p.document.scenario_id == PLAN and not p.isHidden())
    assert pane.caption.text().endswith("(2028)")
    seen = []
    for _ in range(4):
        qtbot.keyClick(win, Qt.Key.Key_Y)
        seen.append(pane.caption.text())
    assert "2025" in seen[0] and "2026" in seen[1] and "2027" in seen[2]
    assert seen[3].endswith("(2028)")  # round again to the plan as is
    qtbot.keyClick(win, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    assert "2027" in pane.caption.text()
    assert {i for i in pane.canvas.layers["firms"].ids if i} == {"F1", "F2"}
    win.close()
    doc.close()


def test_an_edit_at_the_plan_year_is_seen_on_the_next_move(phased_window, qtbot) -> None:
    win = phased_window
    win.document.push(set_year_in_service(win.document.park, PLAN, [("firms", "F2")], 2027))
    qtbot.waitUntil(lambda: win.timeline._stale)  # the re-read is due on the next move
    win.timeline_bar.slider.setValue(2026)
    assert firms_on_map(win) == {"F1"} and "8.0" in land_output_text(win)
