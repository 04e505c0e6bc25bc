"""The Targets dock (with undo), the per-mu grades dock and the map's grade mode, driven on
worked example W of docs/indicators.md §7 (2 of 4 targets met; grades F2 B, F1 C, F3 D)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from ecopark.indicators.permu import grade_firms
from ecopark.storage import save_park

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "indicators"))
from worked_park import worked_park  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Worked example W as a project file; the conftest's ``window`` opens it."""
    path = tmp_path / "w.gpkg"
    save_park(worked_park(), path)
    return path


def test_targets_dock_shows_attainment_and_edits_with_undo(qtbot, window) -> None:
    window.targets_action.trigger()
    dock = window.targets_dock
    assert dock.isVisible()
    window.document.switch_scenario("plan")
    qtbot.waitUntil(lambda: dock.table.rowCount() == 4)
    assert "2 of 4 targets met (50 %)" in dock.attainment_label.text()
    assert "not due" in dock.attainment_label.text()
    assert [dock.table.item(r, 8).text() for r in range(4)] == ["met", "not met", "not met", "met"]
    # the 2.1 target (row 1) relaxed to 1.6E-5: now met, 3 of 4
    assert dock.set_cell(1, 4, "1.6e-5")
    qtbot.waitUntil(lambda: "3 of 4 targets met" in dock.attainment_label.text())
    assert window.document.park.settings["targets"]["plan"][1]["value"] == pytest.approx(1.6e-5)
    # small targets read as decimals (never 1.600E-05), each with its unit
    assert dock.table.item(1, 4).text() == "0.000016"
    assert dock.table.item(1, 3).text() == "tce/RMB"
    shown = [dock.table.item(r, c).text() for r in range(4) for c in range(9)]
    assert not any(re.search(r"\d[eE][-+]?\d", text) for text in shown), shown
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "2 of 4 targets met" in dock.attainment_label.text())
    # a typing mistake changes nothing
    assert dock.set_cell(0, 4, "sixty thousand")
    assert "Not a number" in dock.attainment_label.text()
    assert window.document.park.settings["targets"]["plan"][0]["value"] == 60_000


def test_monitoring_scenario_is_judged_against_its_plan(qtbot, window) -> None:
    window.targets_action.trigger()
    dock = window.targets_dock
    window.document.switch_scenario("mon")
    qtbot.waitUntil(lambda: "judged against the targets of plan" in dock.heading.text())
    assert dock.table.rowCount() == 4 and "2 of 4" in dock.attainment_label.text()
    window.document.switch_scenario("base")
    qtbot.waitUntil(lambda: "A baseline has no targets" in dock.heading.text())
    assert not dock.add_button.isEnabled()


def test_example_target_set_loads_and_undoes(qtbot, window) -> None:
    window.targets_action.trigger()
    dock = window.targets_dock
    window.document.switch_scenario("plan")
    dock.example_combo.setCurrentIndex(dock.example_combo.findData("tianjin_etdz"))
    assert dock.load_example()
    qtbot.waitUntil(lambda: dock.table.rowCount() == 7)
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.table.rowCount() == 4)


def test_grades_table_sorted_by_grade_and_map_mode(qtbot, window) -> None:
    window.grades_action.trigger()
    dock = window.grades_dock
    window.document.switch_scenario("plan")
    qtbot.waitUntil(lambda: dock.table.rowCount() == 3)
    assert [dock.table.item(r, 0).text() for r in range(3)] == ["grade B", "grade C", "grade D"]
    assert [dock.table.item(r, 1).text() for r in range(3)] == ["F2", "F1", "F3"]
    window.grade_action.trigger()
    layer = window.canvas.grade_layer
    assert layer.isVisible() and layer.grades == {"F1": "C", "F2": "B", "F3": "D"}
    window.grade_action.trigger()
    assert not layer.isVisible()


def test_grade_table_headers_use_chinese_units(chinese, qtbot, window) -> None:
    window.grades_action.trigger()
    table = window.grades_dock.table
    heads = " ".join(table.horizontalHeaderItem(c).text() for c in range(table.columnCount()))
    assert "亩均工业增加值 (万元/亩)" in heads and "(万元/人)" in heads
    assert "RMB" not in heads and "mu)" not in heads


def test_targets_table_shows_units_in_chinese(chinese, qtbot, window) -> None:
    window.targets_action.trigger()
    dock = window.targets_dock
    window.document.switch_scenario("plan")
    qtbot.waitUntil(lambda: dock.table.rowCount() == 4)
    header = dock.table.horizontalHeaderItem(3).text()
    assert header == "单位"
    assert dock.table.item(1, 3).text() == "吨标煤/元"
    assert dock.table.item(1, 4).text() == "0.000014"


def test_targets_by_year_show_units_and_small_values_as_decimals(qtbot, chinese, window) -> None:
    """The phasing dock's Targets-by-year table: every row has its unit, in Chinese, and the
    CTIP 2.1 energy intensity (0.000014 tce/RMB) reads as a decimal, never 1.400E-05."""
    window.document.switch_scenario("plan")
    window.phasing_action.trigger()
    dock = window.phasing_dock
    table = dock.by_year_table
    qtbot.waitUntil(lambda: table.rowCount() == 4)
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[:2] == ["指标", "单位"], heads
    units = [table.item(r, 1).text() for r in range(4)]
    assert all(units) and "吨标煤/元" in units, units
    shown = [table.item(r, c).text() for r in range(4) for c in range(table.columnCount())]
    assert not any(re.search(r"\d[eE][-+]?\d", t) for t in shown), shown
    row = units.index("吨标煤/元")
    cells = [table.item(row, c).text() for c in range(2, table.columnCount())]
    assert any(re.match(r"0\.0000\d", t) for t in cells), cells


def test_hidden_grades_dock_grades_when_shown(qtbot, window) -> None:
    """The dock is hidden by default: it grades when the planner opens it, not at every
    opening and edit (filling its table for 70,000 firms took 3 s)."""
    dock = window.grades_dock
    window.document.switch_scenario("plan")
    qtbot.wait(10)  # the switch's refresh is due
    assert not dock.isVisible() and dock.table.rowCount() == 0
    window.grades_action.trigger()
    qtbot.waitUntil(lambda: dock.table.rowCount() == 3)
    plan_rows = [dock.table.item(r, 0).text() for r in range(3)]
    dock.hide()
    window.document.switch_scenario("base")
    qtbot.wait(10)
    assert [dock.table.item(r, 0).text() for r in range(3)] == plan_rows  # not re-graded hidden
    dock.show()  # shown again: the current scenario's grades at once
    base = grade_firms(window.document.park, "base")
    assert [dock.table.item(r, 1).text() for r in range(3)] == [g.name or g.firm_id for g in base]
    assert [dock.table.item(r, 0).text() for r in range(3)] == [
        f"grade {g.grade}" if g.grade else "—" for g in base
    ]
