"""Typed dimensions while drawing (issue 20): the small park laid out from a new file at Liaobin
through the CAD input bar has exact vertices; keys typed on the map open the bar; the
right-angle and parallel constraints hold the rubber band."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ecopark.places import create_empty_park, home_point
from ecopark.ui import settings as ui_settings
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui
BENCH = Path(__file__).resolve().parents[2] / "bench" / "layout_small_park.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("layout_small_park", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    ui_settings.isolate_settings(tmp_path / "settings")
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: pytest.fail(f"dialog {a[1:3]}"))
    win = MainWindow(
        ProjectDocument(create_empty_park("辽滨", 122.03, 40.68, baseline_year=2024)),
        prompts=ScriptedPrompts(),
    )
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    return win


def test_small_park_typed_from_a_new_file_has_exact_geometry(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bench = _bench()
    bar = window.cad_input_bar

    def type_entry(text: str) -> None:
        bar.edit.setFocus()
        bar.edit.clear()
        qtbot.keyClicks(bar.edit, text)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)

    x, y = home_point(window.document.park)  # the place chosen for the new park
    result = bench.lay_out(window, type_entry)
    wanted = {"zones": 2, "facilities": 1, "firms": 4, "pipelines": 3, "exchanges": 1}
    assert {k: result.get(k) for k in wanted} == wanted
    s = window.document.scenario
    z1, z2 = (s.zones[k].geometry for k in sorted(s.zones))
    assert list(z1.exterior.coords) == [(x, y), (x + 1200, y), (x + 1200, y + 800), (x, y + 800),
                                        (x, y)]  # fmt: skip
    assert z1.area == pytest.approx(960_000.0) and z2.area == pytest.approx(800_000.0)
    assert z1.intersection(z2).area == 0.0 and z1.touches(z2)  # they share an edge exactly
    assert z2.exterior.coords[0] == (x + 1200, y)  # the second block starts where the first ends
    (chp,) = s.facilities.values()
    assert (chp.geometry.x, chp.geometry.y) == pytest.approx((x + 1200, y + 400), abs=1e-6)
    assert chp.kind == "chp"
    firms = sorted(
        (round(f.geometry.x - x, 6), round(f.geometry.y - y, 6)) for f in s.firms.values()
    )
    assert firms == [(275, 200), (825, 200), (1375, 200), (1925, 200)]
    points = {(f.geometry.x, f.geometry.y): f.id for f in s.firms.values()}
    for pipe in s.layers["pipelines"].values():
        coords = list(pipe.geometry.coords)  # type: ignore[attr-defined]
        assert coords[0] == (chp.geometry.x, chp.geometry.y)  # from the CHP exactly
        assert coords[-1] in points  # to a firm exactly
        assert len(coords) == 3  # one elbow: east-west, then north-south
        (ax, ay), (bx, by), (cx, cy) = coords
        assert ay == by and bx == cx
    assert bench.check_layout(window.document) == [
        "exchange E0001: 蒸汽 steam 20.0 t/h"  # the prompt stub's material, not the dialog's
    ]
    (ex,) = s.exchanges.values()
    assert (ex.from_id, ex.to_id) == (chp.id, "F0003")
    assert sorted(s.firms) == ["F0001", "F0002", "F0003", "F0004"]


def test_the_bench_lays_out_the_park_by_key_presses_alone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """bench/layout_small_park.py's keyboard path: tool keys on the map, dimensions and ids
    typed into the bar, the exchange dialog answered by keys; every action counted."""
    from PySide6.QtWidgets import QApplication

    bench = _bench()
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)
    driver = bench.Driver(QApplication.instance())
    counts = bench.lay_out_by_keys(window, driver)
    wanted = {"zones": 2, "facilities": 1, "firms": 4, "pipelines": 3, "exchanges": 1}
    assert {k: counts.get(k) for k in wanted} == wanted
    assert bench.check_layout(window.document) == []  # steam 20 t/h, pipes CHP -> firms
    typed = sum(len(t) + 1 for _, entries in bench.SCRIPT for t in entries)
    assert driver.keystrokes >= typed + len(bench.SCRIPT)  # entries, Enters and tool keys
    assert driver.clicks == 0
    # the walkthrough in the docs counts the same keys (plus Ctrl+N, the place and Enter)
    doc = (BENCH.parents[1] / "docs" / "drafting-and-georeferencing.md").read_text("utf-8")
    total = re.search(r"\| \| \| total \| (\d+) \| (\d+) \|", doc)
    assert total is not None
    keys, steps = int(total[1]), int(total[2])
    assert (keys, steps) == (driver.keystrokes + 2 + len(bench.PLACE) + 1, driver.steps + 2)
    assert f"{keys} × 0.28 + {steps} × 1.35" in doc
    assert f"≈ {round(keys * bench.KLM_KEY_S + steps * bench.KLM_MENTAL_S)} s" in doc
    stack = window.document.undo_stack
    assert stack.count() == 11  # every object is one undo step
    while stack.canUndo():
        stack.undo()
    assert not any(window.document.scenario.layers.values())


def test_typing_on_the_map_opens_the_bar_and_constraints_hold(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    bar = window.cad_input_bar
    window.tool_actions["draw_pipeline"].trigger()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_4)
    assert bar.edit.hasFocus() and bar.edit.text() == "4"
    qtbot.keyClicks(bar.edit, "18000,4505000")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.edit, "@300<30")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    tool = canvas.tool
    a, b = tool.vertices
    assert a == (418000.0, 4505000.0)
    bar.right_angle.setChecked(True)
    held, snap = tool.snapped((418400.0, 4505400.0))
    assert snap is None
    d1 = (b[0] - a[0], b[1] - a[1])
    d2 = (held[0] - b[0], held[1] - b[1])
    assert d1[0] * d2[0] + d1[1] * d2[1] == pytest.approx(0.0, abs=1e-6)
    bar.parallel.setChecked(True)
    assert not bar.right_angle.isChecked()
    held, _ = tool.snapped((418400.0, 4505400.0))
    cross = d1[0] * (held[1] - b[1]) - d1[1] * (held[0] - b[0])
    assert cross == pytest.approx(0.0, abs=1e-6)
    bar.parallel.setChecked(False)
    qtbot.keyClicks(bar.edit, "<90")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    held, _ = tool.snapped((418100.0, 4505900.0))
    assert held[0] == pytest.approx(b[0])  # locked straight north
    qtbot.keyClicks(bar.edit, "250")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert tool.vertices[-1] == pytest.approx((b[0], b[1] + 250.0))
    qtbot.keyClicks(bar.edit, "nonsense")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert "cannot read" in bar.info.text() and len(tool.vertices) == 3
    bar.edit.clear()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # empty Enter finishes the pipe
    (pipe,) = window.document.scenario.layers["pipelines"].values()
    assert len(pipe.geometry.coords) == 3  # type: ignore[attr-defined]
    window.document.undo_stack.undo()
    assert not window.document.scenario.layers["pipelines"]
