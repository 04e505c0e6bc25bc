"""The export dialogs and menu entries: choices reach the exporters, F5 opens presentation."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ecopark.ui.dialogs.export_dialogs import (
    MapExportDialog,
    MapExportOptions,
    export_map_dialog,
    export_work_plan,
    install_export_actions,
)
from ecopark.ui.document import ProjectDocument
from factories import small_park

pytestmark = pytest.mark.gui


class FakeCanvas:
    def extent(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, 2000.0, 1500.0)

    def layer_visible(self, layer: str) -> bool:
        return layer in ("zones", "pipelines")


def test_dialog_defaults(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MapExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.options() == MapExportOptions()
    dialog.paper.setCurrentIndex(1)
    dialog.orientation.setCurrentIndex(1)
    dialog.format.setCurrentIndex(2)
    assert (dialog.options().paper, dialog.options().orientation, dialog.options().fmt) == (
        "A3",
        "portrait",
        "svg",
    )


def test_exports_write_files(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    doc = ProjectDocument(small_park())
    plan = export_work_plan(window, doc, str(tmp_path / "plan.xlsx"))
    assert plan is not None and "Summary" in load_workbook(plan).sheetnames[0]
    svg = export_map_dialog(
        window, doc, FakeCanvas(), str(tmp_path / "map.svg"), MapExportOptions(fmt="svg")
    )
    assert svg is not None and svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_menu_entries(qtbot) -> None:  # type: ignore[no-untyped-def]
    added: list[tuple[str, QAction]] = []

    class Window(QMainWindow):
        def add_action(self, menu: str, action: QAction) -> QAction:
            added.append((menu, action))
            return action

    window = Window()
    qtbot.addWidget(window)
    actions = install_export_actions(window)
    assert [m for m, _a in added] == ["File", "File", "File", "View", "View", "View"]
    assert actions["presentation"].shortcut() == QKeySequence("F5")


def test_underlays_can_be_left_out_of_the_map(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = MapExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.underlays.isChecked() and dialog.options().underlays
    dialog.underlays.setChecked(False)
    options = dialog.options()
    assert options.underlays is False
    asked: list[bool] = []

    def fake_export(*args, underlays: bool = True, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(underlays)
        return Path(args[2])

    monkeypatch.setattr("ecopark.export.map_export.export_map", fake_export)
    window = QMainWindow()
    qtbot.addWidget(window)
    doc = ProjectDocument(small_park())
    export_map_dialog(window, doc, FakeCanvas(), str(tmp_path / "map.pdf"), options)
    assert asked == [False]
