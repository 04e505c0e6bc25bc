"""The Chinese walk: with the UI in zh_CN, what a planner reads is Chinese.

It walks what the widget walker of test_translations.py cannot see because it only appears after
an action: the undo history of edits made with the tools, the docks and the presentation; the
status bar; the scenario menu; the import dialog's problem list (with warnings and errors); the
drawing hint of a refused outline; open errors; and it checks every line with the reusable
checker :mod:`english_check` (codes, unit symbols, ids and the park's own names allowed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from english_check import assert_chinese, data_words

pytestmark = pytest.mark.gui


def _park_words(park) -> frozenset[str]:
    texts = [park.name]
    for scenario in park.scenarios.values():
        texts += [scenario.info.name, scenario.info.scenario_id]
        for layer in scenario.layers.values():
            texts += [
                str(getattr(o, f, "") or "")
                for o in layer.values()
                for f in ("name", "material", "description")
            ]
    return data_words(texts)


def _demo_window(qtbot):
    from ecopark.paths import demo_layouts
    from ecopark.storage import load_park
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow

    path = demo_layouts()[0]
    document = ProjectDocument(load_park(path), None)
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    return window, document


def _forget(window, document) -> None:
    document.undo_stack.setClean()  # closing the window must not ask to save
    window.setWindowModified(False)


def test_undo_history_status_bar_and_scenario_menu_speak_chinese(chinese, qtbot):
    from ecopark.ui.docks.editing import edit_command, field_specs
    from ecopark.ui.presentation import add_slide

    window, document = _demo_window(qtbot)
    park, sid = document.park, document.scenario_id
    scenario = document.scenario
    for layer in ("zones", "firms", "facilities", "pipelines"):
        obj = next(iter(scenario.layers[layer].values()))
        spec = next(s for s in field_specs(type(obj)) if s.name == "name")
        command = edit_command(park, sid, [obj], spec, f"{obj.id} 新名称")
        assert command is not None
        document.push(command)
    add_slide(document, window.canvas)
    texts = [
        ("undo", document.undo_stack.text(i)) for i in range(document.undo_stack.count())
    ]
    assert len(texts) == 5
    firm = next(iter(scenario.firms))
    document.set_selection([("firms", firm)])
    QApplication.processEvents()
    bar = window.statusBar()
    status = [("status bar", bar.currentMessage())]
    status += [("status bar", label.text()) for label in bar.findChildren(QLabel)]
    window._fill_scenario_menu()
    menu = [("scenario menu", a.text()) for a in window.scenario_menu.actions()]
    assert len(menu) > len(park.scenarios)
    _forget(window, document)
    assert_chinese([*texts, *status, *menu], _park_words(park))


def _geojson(path: Path, polygons: list[list[list[float]]], crs: str) -> Path:
    features = [
        {"type": "Feature", "properties": {"名称": f"Z{i}"},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}
        for i, ring in enumerate(polygons)
    ]  # fmt: skip
    epsg = crs.split(":")[-1]
    named = {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{epsg}"}}
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": named, "features": features}))
    return path


def test_import_dialog_problems_are_chinese(chinese, qtbot, tmp_path):
    from ecopark.importers import inspect_source
    from ecopark.ui.dialogs.import_dialog import ImportDialog

    window, document = _demo_window(qtbot)
    x0, y0, x1, y1 = (float(v) for v in window.canvas.extent())
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    square = [[cx, cy], [cx + 100, cy], [cx + 100, cy + 100], [cx, cy + 100], [cx, cy]]
    bow_tie = [[cx, cy], [cx + 100, cy + 100], [cx + 100, cy], [cx, cy + 100], [cx, cy]]
    far = [[x + 900_000, y] for x, y in square]
    path = _geojson(tmp_path / "功能分区.geojson", [square, bow_tie, far], document.park.crs)
    dialog = ImportDialog(
        inspect_source(path), document.park, document.scenario_id, document.push, window
    )
    qtbot.addWidget(dialog)
    lines = dialog.problems.toPlainText().splitlines()
    assert any("自相交" in line for line in lines)  # the bow tie, in Chinese
    _forget(window, document)
    assert_chinese(
        [("import problem", line) for line in lines]
        + [("summary", dialog.summary.text()), ("mapping", dialog.mapping_label.text())],
        _park_words(document.park) | {"Z0", "Z1", "Z2"},
    )


def test_open_errors_and_exchange_amounts_are_chinese(chinese, qtbot, tmp_path, window, prompts):
    from ecopark.numbers import format_quantity

    messages: list[tuple[str, str]] = []
    prompts.show_error = lambda title, message: messages.append((title, message))
    text_file = tmp_path / "notes.gpkg"
    text_file.write_text("not a database")
    empty_gpkg = tmp_path / "empty.gpkg"
    import geopandas as gpd
    from shapely.geometry import Point

    gpd.GeoDataFrame({"名称": ["井"]}, geometry=[Point(0, 0)], crs="EPSG:4326").to_file(
        empty_gpkg, layer="wells"
    )  # a GeoPackage, but no EcoPark project
    assert not window.files.open_path(text_file)
    assert not window.files.open_path(empty_gpkg)
    assert len(messages) == 2
    assert "不是生态园区规划项目" in messages[1][1]
    amounts = [format_quantity(1.2e6, "t/a", "zh_CN"), format_quantity(35, "t/h", "zh_CN")]
    assert amounts == ["120 万吨/年", "35 吨/小时"]
    assert format_quantity(1.2e6, "t/a", "en") == "1,200,000 t/a"  # never 1.2e+06
    assert_chinese(
        [("open error", f"{title} {message}") for title, message in messages]
        + [("amount", a) for a in amounts]
    )


def test_new_objects_drawing_hints_and_their_undo_texts_are_chinese(
    chinese, qtbot, canvas, document, tools
):
    from PySide6.QtCore import Qt

    from parks import at

    def click(x: float, y: float, double: bool = False) -> None:
        p = canvas.map_to_view(*at(x, y))
        qtbot.mouseMove(canvas.viewport(), p)
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), p)
        if double:
            qtbot.mouseDClick(
                canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), p
            )

    before = {layer: set(objs) for layer, objs in document.scenario.layers.items()}
    hints: list[tuple[str, str]] = []
    tools.zone_kind = "city"
    tools.set_tool("draw_zone")
    for x, y in ((100, 100), (600, 500), (600, 100)):
        click(x, y)
    click(100, 500, double=True)  # a bow tie: refused with the reason
    hints.append(("refused outline", canvas.last_hint))
    assert "自相交" in canvas.last_hint
    tools.set_tool("select")
    tools.set_tool("draw_zone")
    for x, y in ((100, 100), (600, 100), (600, 500)):
        click(x, y)
    click(100, 500, double=True)
    tools.set_tool("place_firm")
    click(800, 600)
    hints.append(("firm placed", canvas.last_hint))
    tools.facility_kind = "chp"
    tools.set_tool("place_facility")
    click(1800, 900)
    tools.medium = "steam_mp"
    tools.set_tool("draw_pipeline")
    click(1800, 900)
    click(1100, 800)
    click(800, 600, double=True)
    hints.append(("pipe drawn", canvas.last_hint))
    new = [
        (f"new {layer}", obj.name)
        for layer, objs in document.scenario.layers.items()
        for oid, obj in objs.items()
        if oid not in before.get(layer, set()) and getattr(obj, "name", "")
    ]
    assert len(new) >= 3  # zone, firm, facility (a pipe has no default name)
    stack = document.undo_stack
    texts = [("undo", stack.text(i)) for i in range(stack.count())]
    assert len(texts) == 4
    stack.setClean()
    assert_chinese([*hints, *new, *texts], _park_words(document.park))
