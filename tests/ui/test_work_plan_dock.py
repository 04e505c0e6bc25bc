"""The Work plan dock: propose projects, edit one in the table, remove one, write a safeguard
text; every edit undoes through the document's undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.projects.work_plan_example import example_park

from ecopark.projects import projects_of
from ecopark.ui.docks.work_plan_dock import WorkPlanDock
from ecopark.ui.document import ProjectDocument

pytestmark = pytest.mark.gui


def test_the_dock_edits_projects_and_safeguards_with_undo(qtbot) -> None:  # type: ignore[no-untyped-def]
    park = example_park()
    park.settings.pop("projects")
    doc = ProjectDocument(park)
    doc.switch_scenario("plan")
    dock = WorkPlanDock(doc)
    qtbot.addWidget(dock)
    dock.set_document(doc)
    dock.show()
    qtbot.mouseClick(dock.propose_button, Qt.MouseButton.LeftButton)
    dock.refresh()
    proposed = projects_of(park)
    assert [p.kind for p in proposed] == ["symbiosis", "pipeline", "pipeline"]
    assert dock.table.rowCount() == 3
    assert dock.table.item(1, 6).text() == "75.0"  # W1: 0.5 km x 150 (cost table)
    assert dock.table.item(2, 6).text() == "400.0"  # S1: 1 km DN 200 x 400
    # the plan's savings computed jointly: A's boiler (43.25) + B's water (60), docs/work-plan.md
    qtbot.waitUntil(lambda: "computed jointly" in dock.plan_figures.text())
    assert "savings 103.3" in dock.plan_figures.text()
    dock.table.item(2, 7).setText("12.5")  # subsidy rate, %
    assert projects_of(park)[2].subsidy_rate == pytest.approx(0.125)
    dock.table.item(2, 4).setText("2031")  # start after completion: refused, nothing changes
    assert "Not changed" in dock.message.text()
    assert projects_of(park)[2].start_year == 2026
    dock.table.selectRow(1)
    qtbot.mouseClick(dock.remove_button, Qt.MouseButton.LeftButton)
    assert len(projects_of(park)) == 2
    dock.tabs.setCurrentIndex(1)
    dock.topic_combo.setCurrentIndex(2)  # funding
    dock.safeguard_text.setPlainText("园区专项资金 2 亿元")
    qtbot.mouseClick(dock.apply_text_button, Qt.MouseButton.LeftButton)
    assert park.settings["work_plan_safeguards"] == {"funding": "园区专项资金 2 亿元"}
    dock.tabs.setCurrentIndex(2)
    assert dock.history_years() == [2022, 2023, 2024]  # baseline 2025
    dock.history_table.item(0, 2).setText("13,500")  # IAV of 2023
    assert park.settings["baseline_history"] == {"2023": {"iav_10k_rmb": 13_500.0}}
    doc.undo_stack.undo()
    assert not park.settings.get("baseline_history")
    for _ in range(4):
        doc.undo_stack.undo()
    assert projects_of(park) == []
    assert not park.settings.get("work_plan_safeguards")
    doc.undo_stack.redo()
    assert len(projects_of(park)) == 3
