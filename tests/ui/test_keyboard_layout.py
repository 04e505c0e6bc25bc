"""Laying out a park from the keyboard (issue 20, "a park in two minutes"): the new-park dialog
answered with a place name and Enter, the new map taking the keys, relative entries starting at
the park's home point, rectangles typed before any corner, a row of firms by empty Enters, and
pipes and exchanges between objects named by their ids. Keys are sent as a planner presses
them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ecopark.places import create_empty_park, home_point
from ecopark.ui import settings as ui_settings
from ecopark.ui.dialogs.new_park import NewParkDialog
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui


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


def _enter(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _on_map(qtbot, window, tool: str) -> None:  # type: ignore[no-untyped-def]
    window.tool_actions[tool].trigger()
    window.canvas.setFocus()


def test_new_park_dialog_takes_a_place_name_and_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewParkDialog(default_crs="EPSG:4546")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.place_edit.hasFocus())  # it opens on "Where"
    _enter(qtbot, dialog.place_edit, "Liaobin")
    assert dialog.result() == QDialog.DialogCode.Accepted
    spec = dialog.spec()
    assert spec.name == "Liaobin Coastal Economic Zone"  # named after the place
    assert spec.crs == "EPSG:4550" and (spec.lon, spec.lat) == (122.03, 40.68)


def test_a_typed_park_name_is_kept_and_an_unknown_place_is_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewParkDialog(default_crs="EPSG:4550")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Binhai eco park")
    dialog.place_edit.setFocus()
    _enter(qtbot, dialog.place_edit, "Atlantis")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "Atlantis" in dialog.problem_label.text()
    dialog.place_edit.clear()
    ime = QInputMethodEvent()  # what a Chinese input method delivers for "liaobin" + space
    ime.setCommitString("辽滨")
    QApplication.sendEvent(dialog.place_edit, ime)
    assert dialog.place_edit.text() == "辽滨"
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.spec().name == "Binhai eco park"  # the planner's own name stays
    assert dialog.spec().crs == "EPSG:4550"


def test_ctrl_n_liaobin_enter_and_the_new_map_takes_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The real dialog, answered by keys as bench/layout_small_park.py does; no click after."""
    import importlib.util

    from ecopark.ui.file_controller import DialogPrompts

    bench_file = Path(__file__).resolve().parents[2] / "bench" / "layout_small_park.py"
    spec = importlib.util.spec_from_file_location("layout_small_park", bench_file)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    window.prompts.new_park = DialogPrompts(window).ask_new_park
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)
    driver = bench.Driver(QApplication.instance())
    bench.new_park_by_keys(window, driver)
    park = window.document.park
    assert (park.name, park.crs) == ("Liaobin Coastal Economic Zone", "EPSG:4550")
    assert (driver.keystrokes, driver.steps) == (2 + len("Liaobin") + 1, 2)
    window.activateWindow()  # the window system's doing when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)
    window.tool_actions["draw_zone"].trigger()
    qtbot.keyClicks(QApplication.focusWidget(), "5")  # a digit on the map opens the bar
    assert window.cad_input_bar.edit.hasFocus() and window.cad_input_bar.edit.text() == "5"


def test_rectangles_typed_before_a_corner_start_at_home_and_line_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.cad_input_bar
    hx, hy = home_point(window.document.park)
    _on_map(qtbot, window, "draw_zone")
    qtbot.keyClicks(window.canvas, "5")
    _enter(qtbot, bar.edit, "00x300")
    _enter(qtbot, bar.edit, "200x300")  # the next block, where the first one's width ends
    z1, z2 = (window.document.scenario.zones[k].geometry for k in sorted(
        window.document.scenario.zones))  # fmt: skip
    assert z1.bounds == (hx, hy, hx + 500, hy + 300)
    assert z2.bounds == (hx + 500, hy, hx + 700, hy + 300) and z1.touches(z2)
    _enter(qtbot, bar.edit, "F1")  # a zone takes no object ids: said, nothing drawn
    assert "not object ids" in bar.info.text() and len(window.document.scenario.zones) == 2
    window.document.undo_stack.undo()
    assert len(window.document.scenario.zones) == 1


def test_at_is_home_and_an_empty_enter_places_the_next_firm_of_a_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.cad_input_bar
    hx, hy = home_point(window.document.park)
    _on_map(qtbot, window, "place_facility")
    qtbot.keyClicks(window.canvas, "@")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # "@" alone: the last point, here home
    (chp,) = window.document.scenario.facilities.values()
    assert (chp.geometry.x, chp.geometry.y) == (hx, hy)
    window.tool_actions["place_firm"].trigger()
    _enter(qtbot, bar.edit, "@300,-200")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # empty: the same step again
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    firms = window.document.scenario.firms
    offsets = [(round(f.geometry.x - hx, 6), round(f.geometry.y - hy, 6)) for f in firms.values()]
    assert offsets == [(300, -200), (600, -400), (900, -600)]
    window.document.undo_stack.undo()
    assert len(firms) == 2  # each firm its own undo step


def test_typed_ids_join_a_pipe_to_objects_along_an_orthogonal_route(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.cad_input_bar
    hx, hy = home_point(window.document.park)
    _on_map(qtbot, window, "place_facility")
    qtbot.keyClicks(window.canvas, "@")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    window.tool_actions["place_firm"].trigger()
    _enter(qtbot, bar.edit, "@-400,-300")
    _enter(qtbot, bar.edit, "@800,0")
    _on_map(qtbot, window, "draw_pipeline")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)  # Tab gives the bar the keys (for ids)
    assert bar.edit.hasFocus() and bar.edit.text() == ""
    _enter(qtbot, bar.edit, "s1 f2")  # short, any case: S0001 to F0002
    pipes = window.document.scenario.layers["pipelines"]
    (pipe,) = pipes.values()
    assert list(pipe.geometry.coords) == [(hx, hy), (hx + 400, hy), (hx + 400, hy - 300)]
    assert pipe.medium == "steam_hp"
    assert "joined to S0001 and F0002" in window.canvas.tool.status_hint
    _enter(qtbot, bar.edit, "S1 F9")
    assert "F9" in bar.info.text() and len(pipes) == 1  # no such firm: said, nothing drawn
    bar.edit.clear()
    _enter(qtbot, bar.edit, "F1")  # one id: one vertex on that object, straight on
    _enter(qtbot, bar.edit, "F2")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # empty Enter finishes
    straight = [p for p in pipes.values() if p.id != pipe.id][0]
    assert list(straight.geometry.coords) == [(hx - 400, hy - 300), (hx + 400, hy - 300)]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert not pipes


def test_an_exchange_between_objects_named_by_id(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    bar = window.cad_input_bar
    asked = []
    window.tool_manager.exchange_prompt = lambda a, b: asked.append((a.id, b.id)) or (
        "steam", 20.0, "t/h")  # fmt: skip
    _on_map(qtbot, window, "place_facility")
    qtbot.keyClicks(window.canvas, "@")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    window.tool_actions["place_firm"].trigger()
    _enter(qtbot, bar.edit, "@500,0")
    _on_map(qtbot, window, "record_exchange")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    _enter(qtbot, bar.edit, "S1 F1")
    assert asked == [("S0001", "F0001")]
    (ex,) = window.document.scenario.exchanges.values()
    assert (ex.from_id, ex.to_id, ex.material, ex.quantity, ex.unit) == (
        "S0001", "F0001", "steam", 20.0, "t/h")  # fmt: skip
    window.document.undo_stack.undo()
    assert not window.document.scenario.exchanges
