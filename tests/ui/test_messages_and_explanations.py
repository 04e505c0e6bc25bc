"""Issue 21 (findings 2 and 3) as a planner with the Chinese UI meets them: a refused value is
explained in place in Chinese, naming the field's label, and the field goes back to its last
valid value; a failing zone shows its gap; every indicator row explains itself; a zone's row
selects (and brings into view) the zone; entered HJ 274 rows are counted by one rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ecopark.cli.evaluate import report_lines
from ecopark.export.scorecard import park_scorecard
from ecopark.export.workbook import build_work_plan, sheet_title
from ecopark.indicators import evaluate_scenario
from ecopark.indicators.verdicts import tally
from ecopark.storage import load_park
from ecopark.ui.docks.attribute_table import AttributeTableDock
from ecopark.ui.docks.indicator_panel import IndicatorPanel
from ecopark.ui.docks.properties_dock import PropertiesDock

pytestmark = pytest.mark.gui

LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
LATIN_WORD = re.compile(r"[A-Za-z_]{4,}")


def _type_into(qtbot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _properties(qtbot, document, ref):
    dock = PropertiesDock(document)
    qtbot.addWidget(dock)
    dock.resize(320, 700)  # a narrow dock, as docked at the right: the message must still fit
    dock.show()
    document.set_selection([ref])
    qtbot.waitUntil(lambda: len(dock.field_names()) > 1)
    qtbot.waitUntil(lambda: dock.editor("name").isVisible())  # children show on the next loop
    return dock


@pytest.mark.parametrize(
    ("field", "typed", "says", "kept"),
    [
        ("iav_10k_rmb", "abc", "「工业增加值」必须是数字，“abc”不是数字。", "52000"),
        ("iav_10k_rmb", "-5", "不能为负数（-5）", "52000"),
        ("employees", "2.5", "必须是整数，不能是 2.5", "0"),
        ("name", "Cement\x07plant", "含有不可见的控制字符", "Cement plant"),
    ],
)
def test_a_refused_value_is_explained_in_chinese_under_the_field_and_put_back(
    qtbot, chinese, document, field, typed, says, kept
):
    dock = _properties(qtbot, document, ("firms", "F1"))
    before = document.park.snapshot()
    editor = dock.editor(field)
    assert isinstance(editor, QLineEdit)
    if "\x07" in typed:  # a pasted control character cannot be typed with keyClicks
        editor.setText(typed)
        editor.editingFinished.emit()
    else:
        _type_into(qtbot, editor, typed)
    message = dock.error_text(field)
    assert says in message
    assert f"已恢复为上一个有效值（{kept}）" in message
    assert field not in message and "原文" not in message  # the label, not the column
    assert editor.text() == kept  # nothing half-applied, nothing lost
    assert document.park.snapshot() == before and document.undo_stack.count() == 0
    # shown in full: visible, wrapped, as tall as its text needs at the dock's width
    label = dock._rows[field].error.label
    assert label.isVisible() and label.wordWrap()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()) > 0)
    # the model's English stays one click away
    details = dock._rows[field].error.details
    assert details.isHidden() and field in dock.error_details(field)
    label.linkActivated.emit("details")
    assert details.isVisible()
    # the next good value clears the message
    _type_into(qtbot, dock.editor("iav_10k_rmb"), "60000")
    assert dock.error_text(field) == "" or field != "iav_10k_rmb"
    assert document.scenario.firms["F1"].iav_10k_rmb == 60_000.0


def test_a_refused_cell_in_the_attribute_table_says_why_in_chinese(qtbot, chinese, document):
    dock = AttributeTableDock(document)
    qtbot.addWidget(dock)
    dock.resize(900, 300)
    dock.show()
    dock.show_layer("firms")
    column = dock.column_of("iav_10k_rmb")
    index = dock.proxy.index(0, column)  # F1
    dock.view.setCurrentIndex(index)
    dock.view.edit(index)
    editor = dock.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dock.message.text() != "")
    message = dock.message.text()
    assert message.startswith("企业 F1：「工业增加值」必须是数字，“abc”不是数字。")
    assert "iav_10k_rmb" not in message and "已恢复为上一个有效值（52000）" in message
    assert dock.shown_text(0, "iav_10k_rmb") == "52000"
    assert document.undo_stack.count() == 0
    # a choice outside the allowed values (a pasted code) is refused the same way
    sector = dock.proxy.index(0, dock.column_of("sector"))
    assert not dock.proxy.setData(sector, "spaceship", Qt.ItemDataRole.EditRole)
    assert "「行业」：该值不在允许的选项中" in dock.message.text()
    assert document.scenario.firms["F1"].sector == "cement"


def test_a_failing_zone_shows_its_gap_and_its_row_selects_it(qtbot, chinese, document):
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    panel.resize(520, 800)
    panel.show()
    # Z1: 52,000 x 10^4 RMB on 1 km² = 5.20 against 9: 3.80 short
    assert panel.zone_verdict_text("Z1") == "未达标（差 3.80）"
    table = panel.land.zone_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == "Z1")
    assert "用地不变：工业增加值需增加 38,000 万元" in table.item(row, 2).toolTip()
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(row, 0)).center(),
    )
    assert document.selection == [("zones", "Z1")]
    pane = panel.explain.shown_text()
    assert "定义" in pane and "公式" in pane and "来源" in pane
    assert "腾退 0.422 平方公里" in pane  # 1 - 5.2 / 9 = 0.4222 km²


def test_every_indicator_row_has_a_what_is_this_in_chinese(qtbot, chinese, document):
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    for tab in (panel.space, panel.hj274, panel.programme):
        panel.tabs.setCurrentWidget(tab)
        table = tab.explain_table
        assert table.rowCount() > 0
        for r in range(table.rowCount()):
            table.setCurrentCell(r, 0)
            pane = panel.explain.shown_text()
            assert "定义" in pane and "公式" in pane and "来源" in pane, (tab.title(), r)
    panel.tabs.setCurrentWidget(panel.space)
    table = panel.space.space_table
    idle = next(
        r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == "idle_land"
    )
    table.setCurrentCell(idle, 0)
    pane = panel.explain.shown_text()
    assert pane.startswith("闲置工业用地") and "权重" in pane and "占总分" in pane
    definition = next(line for line in pane.splitlines() if line.startswith("定义"))
    assert not LATIN_WORD.search(definition)


def test_the_zone_row_brings_an_off_screen_zone_into_view(qtbot, window):
    canvas = window.canvas
    canvas.set_extent(50_000, 50_000, 51_000, 51_000)  # far from the park
    panel = window.indicator_panel
    panel.tabs.setCurrentWidget(panel.land)
    table = panel.land.zone_table
    qtbot.waitUntil(lambda: table.rowCount() == 1)  # the tiny park's one zone
    table.cellClicked.emit(0, 0)
    assert window.document.selection == [("zones", "Z1")]
    xmin, ymin, xmax, ymax = canvas.extent()
    zone = window.document.scenario.zones["Z1"].geometry.bounds
    assert xmin <= zone[0] and ymin <= zone[1] and xmax >= zone[2] and ymax >= zone[3]


@pytest.mark.skipif(not LIAOBIN.exists(), reason="the demo park is generated (layouts/)")
def test_entered_rows_count_the_same_in_the_tab_slides_workbook_and_cli(qtbot, chinese):
    from ecopark.ui.document import ProjectDocument

    park = load_park(LIAOBIN)
    sid = "plan2030"
    t = tally(evaluate_scenario(park, sid).hj274)
    assert t.entered > 0 and t.entered_passed > 0  # the case of the finding
    document = ProjectDocument(park)
    document.switch_scenario(sid)
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    panel.refresh()
    summary = panel.hj274.hj274_summary.text()
    assert summary.startswith(f"达标 {t.passed}，未达标 {t.failed}")
    assert f"其中规划人员填报 {t.entered} 项（达标 {t.entered_passed}" in summary
    slide = next(r for r in park_scorecard(park, sid) if r.key == "hj274")
    assert slide.text == f"{t.passed} / {t.judged}"
    ws = build_work_plan(park, sid, "zh")[sheet_title("hj274", "zh")]
    statuses = [c.value for c in ws["G"][1:]]
    shown = [v for v in statuses[: len(evaluate_scenario(park, sid).hj274)]]
    assert shown.count("达标") == t.passed and shown.count("未达标") == t.failed
    lines = report_lines(park, [evaluate_scenario(park, sid)], evaluate_scenario(park, sid))
    assert any(line.startswith(f"pass {t.passed} / {t.judged}, fail {t.failed}") for line in lines)
    document.close()


def test_a_refused_value_for_several_objects_changes_none_of_them(qtbot, chinese, document):
    dock = _properties(qtbot, document, ("firms", "F1"))
    document.set_selection([("firms", "F1"), ("firms", "F2")])
    qtbot.waitUntil(lambda: dock.editor("iav_10k_rmb").text() == "")
    editor = dock.editor("iav_10k_rmb")
    _type_into(qtbot, editor, "abc")
    message = dock.error_text("iav_10k_rmb")
    assert "必须是数字" in message and editor.placeholderText() in message
    assert editor.text() == ""
    firms = document.scenario.firms
    assert (firms["F1"].iav_10k_rmb, firms["F2"].iav_10k_rmb) == (52_000.0, 8_000.0)
    assert document.undo_stack.count() == 0
