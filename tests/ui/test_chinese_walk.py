"""The Chinese walk: with the UI in zh_CN, what a planner reads is Chinese.

It walks what the widget walker of test_translations.py cannot see because it only appears after
an action: the undo history of edits made with the tools, the docks and the presentation; the
status bar; the scenario menu; the import dialog's problem list (with warnings and errors); the
drawing hint of a refused outline; open errors; and it checks every line with the reusable
checker :mod:`english_check` (codes, unit symbols, ids and the park's own names allowed).
"""

from __future__ import annotations

import json
import re
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


def _click_at(qtbot, canvas, fx: float, fy: float, double: bool = False) -> None:
    """Click at a share (fx, fy) of the canvas's current extent."""
    from PySide6.QtCore import Qt

    x0, y0, x1, y1 = (float(v) for v in canvas.extent())
    p = canvas.map_to_view(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0))
    qtbot.mouseMove(canvas.viewport(), p)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), p)
    if double:
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), p)


def test_status_bar_and_properties_say_planned_and_existing_in_chinese(chinese, qtbot):
    """Finding 1: "planned" / "existing" in the status bar. A facility and a pipe drawn in the
    plan (planned) and in the baseline (existing): the status bar and the Properties dock name
    their status in Chinese."""
    from PySide6.QtWidgets import QComboBox

    window, document = _demo_window(qtbot)
    tools = window.tool_manager
    said: list[tuple[str, str]] = []
    for sid, word in (("plan2030", "规划"), ("baseline", "现状")):
        document.switch_scenario(sid)
        QApplication.processEvents()
        tools.facility_kind = "chp"
        tools.set_tool("place_facility")
        _click_at(qtbot, window.canvas, 0.41, 0.43)
        placed = window.statusBar().currentMessage()
        tools.medium = "steam_mp"
        tools.set_tool("draw_pipeline")
        _click_at(qtbot, window.canvas, 0.43, 0.47)
        _click_at(qtbot, window.canvas, 0.47, 0.52, double=True)
        drawn = window.statusBar().currentMessage()
        assert word in placed and word in drawn, (placed, drawn)
        said += [(f"{sid} facility placed", placed), (f"{sid} pipe drawn", drawn)]
        QApplication.processEvents()
        dock = window.properties_dock
        qtbot.waitUntil(lambda: "status" in window.properties_dock.field_names())
        status = dock.editor("status")
        assert isinstance(status, QComboBox) and status.currentText() == word
        said += [(f"{sid} properties status", status.itemText(i)) for i in range(status.count())]
        tools.set_tool("select")
    _forget(window, document)
    joined = " ".join(text for _, text in said)
    assert "planned" not in joined and "existing" not in joined
    assert_chinese(said, _park_words(document.park))


def _visible_texts(widget, where: str) -> list[tuple[str, str]]:
    """What a planner reads on ``widget``: visible labels, buttons, check boxes, group titles,
    combo box entries, table headers and cells, and its window title."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QTableWidget,
    )

    out = [(f"{where} title", widget.windowTitle())]
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text().strip():
            out.append((f"{where} label", label.text()))
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.text().strip():
            out.append((f"{where} button", button.text().replace("&", "")))
    for box in widget.findChildren(QGroupBox):
        if box.isVisible():
            out.append((f"{where} group", box.title()))
    for combo in widget.findChildren(QComboBox):
        if combo.isVisible():
            out += [(f"{where} choice", combo.itemText(i)) for i in range(combo.count())]
    for table in widget.findChildren(QTableWidget):
        if table.isVisible():
            for c in range(table.columnCount()):
                head = table.horizontalHeaderItem(c)
                if head is not None:
                    out.append((f"{where} header", head.text()))
    for w in [widget, *widget.findChildren(QLabel)]:
        if w.isVisible() and w.toolTip():
            out.append((f"{where} tooltip", w.toolTip()))
    return [(w, t) for w, t in out if t.strip()]


def test_presentation_slides_speak_chinese(chinese, qtbot):
    """Every slide of the Liaobin demo in presentation mode, as the panel sees it: titles, slide
    numbers, captions, scorecards, the keys footer, the swipe of the compare slide, the flow
    diagram (F) and the plan's milestone years (Y)."""
    from ecopark.ui.dialogs.export_dialogs import export_language
    from ecopark.ui.presentation import PresentationWindow

    window, document = _demo_window(qtbot)
    park = document.park
    assert export_language() == "zh"
    pres = PresentationWindow(document, lang=export_language())
    qtbot.addWidget(pres)
    pres.resize(1600, 1000)
    pres.show()
    texts: list[tuple[str, str]] = []
    counters = []
    for i in range(len(pres.slides)):
        pres.show_slide(i)
        QApplication.processEvents()
        where = f"slide {i + 1}"
        texts += _visible_texts(pres, where)
        counters.append(pres.counter.text())
        if not pres.panes[1].isHidden():  # the compare slide, as a swipe too
            pres.toggle_swipe()
            QApplication.processEvents()
            texts += _visible_texts(pres, f"{where} swipe")
            pres.toggle_swipe()
        pres.flows.show_scenarios(park, pres.shown_scenarios())
        for view in pres.flows.views:
            lay = view.sankey
            if view.isVisible() and lay is not None:
                texts.append((f"{where} flows title", lay.title))
                texts += [(f"{where} flows node", n.label) for n in lay.nodes]
                texts += [(f"{where} flows band", b.flow.label) for b in lay.bands]
        pres.flows.hide()
    pres.show_slide(0)
    year = pres.phases.step(1)  # Y: the plan as built in its first milestone year
    assert year is not None
    QApplication.processEvents()
    texts += _visible_texts(pres, "milestone year")
    assert counters == [f"{k} / {len(pres.slides)}" for k in range(1, len(pres.slides) + 1)]
    assert len(pres.slides) == 4 and any("flows band" in w for w, _ in texts)
    bands = [t for w, t in texts if "flows band" in w]
    assert not any(re.search(r"\d[eE][-+]?\d", t) for t in bands), bands  # never 1.2e+06
    pres.close()
    _forget(window, document)
    views = data_words(v.name for v in park.views)
    assert_chinese(texts, _park_words(park) | views)


def test_export_dialogs_and_their_files_speak_chinese(chinese, qtbot, tmp_path):
    """File ▸ Export map… (the print sheet), the simple map export, Export work plan… and
    Export report… in the Chinese UI: every dialog reads Chinese, and with "Chinese only" the
    files they write (PDF text read by poppler, workbook cells read by openpyxl) too."""
    import shutil

    from ecopark.ui.dialogs.export_dialogs import (
        FileExportDialog,
        MapExportDialog,
        export_map_dialog,
    )
    from ecopark.ui.dialogs.print_dialog import PrintSheetDialog
    from english_check import pdf_texts, workbook_texts

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    window, document = _demo_window(qtbot)
    document.switch_scenario("plan2030")
    park = document.park
    texts: list[tuple[str, str]] = []

    sheet = PrintSheetDialog(document, window)
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.paper.setCurrentIndex(sheet.paper.findData("A3"))
    sheet.set_scale(None)
    sheet.language.set_choice("zh")
    assert sheet.update_preview()
    texts += _visible_texts(sheet, "print dialog")
    written = sheet.export_to(tmp_path / "sheet.pdf")
    assert written is not None
    texts += [("print sheet " + w, t) for w, t in pdf_texts(written)]

    simple = MapExportDialog(window)
    qtbot.addWidget(simple)
    simple.show()
    simple.language.set_choice("zh")
    texts += _visible_texts(simple, "map dialog")
    options = simple.options()
    assert options.language == "zh"
    out = export_map_dialog(window, document, window.canvas, str(tmp_path / "m.pdf"), options)
    assert out is not None
    texts += [("map " + w, t) for w, t in pdf_texts(out)]

    for kind, name in (("work_plan", "plan.xlsx"), ("report", "report.pdf")):
        dialog = FileExportDialog(document, kind, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.language.set_choice("zh")
        texts += _visible_texts(dialog, f"{kind} dialog")
        path = dialog.export_to(tmp_path / name)
        assert path is not None and path.exists()
        read = workbook_texts(path) if kind == "work_plan" else pdf_texts(path)
        assert len(read) > 20
        texts += [(f"{kind} {w}", t) for w, t in read]
    _forget(window, document)
    allowed = _park_words(park) | data_words(
        str(getattr(o, "note", "") or "")
        for s in park.scenarios.values()
        for layer in s.layers.values()
        for o in layer.values()
    )
    assert_chinese(texts, allowed)


def test_underlay_dialog_hints_are_chinese(chinese, qtbot, tmp_path):
    """Finding 1's underlay hint: the scanned-plan dialog explains what it still needs in
    Chinese (the fit's own messages come from the core, through the message catalogue)."""
    from PySide6.QtGui import QColor, QImage

    from ecopark.ui.dialogs.underlay_dialog import UnderlayDialog

    window, document = _demo_window(qtbot)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    scan = tmp_path / "总体规划.png"
    assert image.save(str(scan))
    dialog = UnderlayDialog(document.park, document.push, window)
    qtbot.addWidget(dialog)
    dialog.show()
    said = [("no image", dialog.status.text())]
    dialog.load_image(scan)
    said.append(("no points", dialog.status.text()))
    dialog.set_point(0, 0, 0, 1000, 1000)
    dialog.set_point(1, 0, 0, 1000, 1000)
    said.append(("same place", dialog.status.text()))
    dialog.set_point(1, 40, 0, 1400, 1000)
    dialog.set_point(2, 80, 0, 1800, 1000)
    said.append(("one line", dialog.status.text()))
    assert "控制点" in said[1][1] and "同一位置" in said[2][1] and "直线" in said[3][1], said
    said += _visible_texts(dialog, "underlay dialog")
    _forget(window, document)
    assert_chinese(said, _park_words(document.park))


def test_ctip_and_low_carbon_sources_are_chinese_in_the_what_is_this_pane(chinese, qtbot):
    """Finding 3's pane: the source notes of CTIP and low-carbon rows are shown from the
    tables' Chinese column in the Chinese UI."""
    from ecopark.ui.docks.indicator_panel import IndicatorPanel

    window, document = _demo_window(qtbot)
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    panel.tabs.setCurrentWidget(panel.programme)
    table = panel.programme.explain_table
    assert table.rowCount() >= 28  # 22 CTIP rows and the low-carbon / zero-carbon rows
    sources = []
    for r in range(table.rowCount()):
        table.setCurrentCell(r, 0)
        pane = panel.explain.shown_text()
        line = next(x for x in pane.splitlines() if x.startswith("来源"))
        sources.append((f"row {r}", line))
    assert any("国家发展改革委" in s for _, s in sources)
    assert any("工业和信息化部" in s for _, s in sources)
    _forget(window, document)
    assert_chinese(sources)
