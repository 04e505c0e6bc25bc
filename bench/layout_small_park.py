"""Lay out the issue-20 small park from a new file at Liaobin with typed dimensions only,
driving the real window with key events and counting every one.

Usage::

    QT_QPA_PLATFORM=offscreen python bench/layout_small_park.py

Opens the real main window offscreen and does what a planner does, every step a key press or a
click sent with QtTest to the widget that has the keyboard focus: Ctrl+N, the new-park dialog
(``Liaobin`` typed into "Where", Enter: the park is named after the place and EPSG:4550 is picked
from its longitude; the new map takes the keyboard), then on the map the tools' one-key
shortcuts (Z, A, F, P, X) and the entries typed into the CAD input bar (a digit or ``@`` typed
on the map opens it, Tab opens it for ids; Enter takes an entry, Esc gives the keyboard back to
the map), and the exchange dialog answered by keys (material, Tab, quantity, Tab, Down for t/h,
Enter). The keys, in order, with the same arithmetic, are in
docs/drafting-and-georeferencing.md ("A park in two minutes"). Result: two zones, a CHP, four
firms, three steam pipes from the CHP to firms and one exchange along one of them (checked, and
the bench fails otherwise).

The actions are counted as they are sent (:class:`Driver`), not estimated. A planner's time is
then estimated with the keystroke-level model (Card, Moran & Newell 1980) from that count:
K = 0.28 s per keystroke (average skilled typist; 0.5 s is printed as the slow figure),
P + B = 1.1 + 0.1 s per mouse click, M = 1.35 s of mental preparation per step (each tool
choice, typed entry, dialog field). No planner was timed: klm_s is a model figure. Prints::

    zones=2 facilities=1 firms=4 pipelines=3 exchanges=1 keystrokes=.. clicks=.. steps=..
    run_s=.. klm_s=.. klm_slow_s=.. load_avg=..
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (tool, typed entries), metres from the new park's home point (where its first view is centred)
SCRIPT: list[tuple[str, list[str]]] = [
    ("draw_zone", ["1200x800", "1000x800"]),  # two 800 m deep blocks side by side from home
    ("place_facility", ["@-1000,400"]),  # the CHP on their shared edge, 400 m up
    ("place_firm", ["@-925,-200", "@550,0", "", ""]),  # a row of four firms 550 m apart
    ("draw_pipeline", ["S1 F2", "S1 F3", "S1 F4"]),  # steam from the CHP, orthogonal routes
    ("record_exchange", ["S1 F3"]),  # steam along the second pipe
]  # fmt: skip
TOOL_KEYSTROKES = 1
KLM_KEY_S, KLM_KEY_SLOW_S, KLM_MENTAL_S, KLM_CLICK_S = 0.28, 0.5, 1.35, 1.2
PLACE, PARK_NAME = "Liaobin", "Liaobin Coastal Economic Zone"
TOOL_KEYS = {"draw_zone": "Z", "place_facility": "A", "place_firm": "F", "draw_pipeline": "P",
             "record_exchange": "X"}  # fmt: skip
OPENS_BAR = frozenset("0123456789@<-.+")
"""First characters that open the CAD input bar when typed on the map (others need Tab)."""


def lay_out(window: Any, type_entry: Any) -> dict[str, int]:
    """Run :data:`SCRIPT` in ``window``; ``type_entry(text)`` types one entry and Enter."""
    window.tool_manager.exchange_prompt = lambda a, b: ("蒸汽 steam", 20.0, "t/h")
    keystrokes = entries = 0
    for tool, typed in SCRIPT:
        window.tool_actions[tool].trigger()
        keystrokes += TOOL_KEYSTROKES
        entries += 1
        for text in typed:
            type_entry(text)
            keystrokes += len(text) + 1
            entries += 1
    s = window.document.scenario
    counts = {layer: len(objs) for layer, objs in s.layers.items() if objs}
    return {**counts, "keystrokes": keystrokes, "entries": entries}


class Driver:
    """Sends key presses and clicks with QtTest, as a planner makes them, and counts them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.keystrokes = 0
        self.clicks = 0
        self.steps = 0
        """Mental preparations (KLM "M"): one per tool choice, typed entry or dialog field."""

    def focus(self) -> Any:
        widget = self.app.focusWidget()
        if widget is None:
            raise RuntimeError("no widget has the keyboard focus")
        return widget

    def key(self, key: Any, modifier: Any = None, widget: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        target = widget or self.focus()
        QTest.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)
        self.keystrokes += 1 + (modifier is not None)
        self.app.processEvents()

    def type(self, text: str) -> None:
        """One key per character, each to whichever widget has the focus at that moment."""
        from PySide6.QtTest import QTest

        for ch in text:
            QTest.keyClicks(self.focus(), ch)
            self.keystrokes += 1
            self.app.processEvents()

    def click(self, widget: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.clicks += 1
        self.app.processEvents()

    def seconds(self, key_s: float) -> float:
        return self.keystrokes * key_s + self.clicks * KLM_CLICK_S + self.steps * KLM_MENTAL_S


def answer_dialog(driver: Driver, answer: Any) -> None:
    """Answer the next modal dialog (opened inside the key press that follows) with keys."""
    from PySide6.QtCore import QTimer

    def run() -> None:
        dialog = driver.app.activeModalWidget()
        focus = driver.app.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(10, run)  # until the window system gives the dialog the keyboard
            return
        answer(dialog)

    QTimer.singleShot(0, run)


def new_park_by_keys(window: Any, driver: Driver) -> None:
    """Ctrl+N, then the new-park dialog by keys: it opens in "Where"; the place typed, Enter
    (the first match is taken, the park named after it, and the dialog accepted)."""
    from PySide6.QtCore import Qt

    def fill(dialog: Any) -> None:
        assert driver.focus() is dialog.place_edit, driver.focus()
        driver.type(PLACE)
        driver.steps += 1
        driver.key(Qt.Key.Key_Return, widget=dialog.place_edit)

    answer_dialog(driver, fill)
    driver.steps += 1
    driver.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, widget=window.canvas)


def lay_out_by_keys(window: Any, driver: Driver) -> dict[str, int]:
    """Run :data:`SCRIPT` with key events only (the exchange dialog answered by keys)."""
    from PySide6.QtCore import Qt

    def exchange(dialog: Any) -> None:
        driver.type("steam")
        driver.steps += 1
        driver.key(Qt.Key.Key_Tab)
        driver.type("20")
        driver.steps += 1
        driver.key(Qt.Key.Key_Tab)
        driver.key(Qt.Key.Key_Down)  # unit t/a -> t/h
        driver.steps += 1
        driver.key(Qt.Key.Key_Return)

    bar = window.cad_input_bar.edit
    for tool, typed in SCRIPT:
        if driver.focus() is not window.canvas:
            driver.key(Qt.Key.Key_Escape)  # the bar gives the keyboard back to the map
        driver.steps += 1
        driver.type(TOOL_KEYS[tool])
        assert window.canvas.current_tool == tool, (tool, window.canvas.current_tool)
        for n, text in enumerate(typed):
            if tool == "record_exchange" and n == len(typed) - 1:
                answer_dialog(driver, exchange)
            driver.steps += 1
            if driver.focus() is not bar and not (text and text[0] in OPENS_BAR):
                driver.key(Qt.Key.Key_Tab)  # ids: Tab gives the bar the keyboard
            driver.type(text)
            assert driver.focus() is bar, (tool, text, driver.focus())
            driver.key(Qt.Key.Key_Return)
    s = window.document.scenario
    return {layer: len(objs) for layer, objs in s.layers.items() if objs}


def check_layout(document: Any) -> list[str]:
    """What is wrong with the laid-out park ([] when it is the small park asked for)."""
    s = document.scenario
    wanted = {"zones": 2, "facilities": 1, "firms": 4, "pipelines": 3, "exchanges": 1}
    got = {k: len(s.layers.get(k, {})) for k in wanted}
    problems = [] if got == wanted else [f"counts {got}"]
    if document.park.crs != "EPSG:4550":
        problems.append(f"CRS {document.park.crs}")
    points = {
        (o.geometry.x, o.geometry.y): o.id
        for layer in ("facilities", "firms")
        for o in s.layers.get(layer, {}).values()
    }
    chp = [f.id for f in s.facilities.values() if f.kind == "chp"]
    for pipe in s.layers.get("pipelines", {}).values():
        coords = list(pipe.geometry.coords)  # type: ignore[attr-defined]
        ends = [points.get(coords[0]), points.get(coords[-1])]
        if pipe.medium.split("_")[0] != "steam" or ends[0] not in chp or ends[1] not in s.firms:
            problems.append(f"pipe {pipe.id}: {pipe.medium} from {ends[0]} to {ends[1]}")
    for ex in s.exchanges.values():
        if (ex.material, ex.quantity, ex.unit) != ("steam", 20.0, "t/h"):
            problems.append(f"exchange {ex.id}: {ex.material} {ex.quantity} {ex.unit}")
    zones = [z.geometry for z in s.zones.values()]
    if len(zones) == 2 and zones[0].intersection(zones[1]).area > 0:
        problems.append("the zones overlap")
    return problems


def main(screenshot: str = "") -> int:
    """Lay the park out and print the line; ``--screenshot PATH`` saves the window after."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from ecopark.places import create_empty_park
    from ecopark.ui import settings as ui_settings
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    ui_settings.isolate_settings(tempfile.mkdtemp(prefix="ecopark-bench-"))
    win = MainWindow(ProjectDocument(create_empty_park("start", 100.0, 30.0, baseline_year=2024)))
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    win.canvas.setFocus()
    app.processEvents()
    driver = Driver(app)
    start = time.perf_counter()
    new_park_by_keys(win, driver)
    park = win.document.park
    assert park.name == PARK_NAME and park.crs == "EPSG:4550", (park.name, park.crs)
    win.activateWindow()  # what the window system does when the dialog closes (not an action)
    app.processEvents()
    if app.focusWidget() is not win.canvas:
        driver.click(win.canvas.viewport())  # only if the new map did not take the keyboard
    counts = lay_out_by_keys(win, driver)
    run_s = time.perf_counter() - start
    wanted = ("zones", "facilities", "firms", "pipelines", "exchanges")
    got = {k: counts.get(k, 0) for k in wanted}
    problems = check_layout(win.document)
    if problems:
        print(f"layout wrong: {'; '.join(problems)}", file=sys.stderr)
        return 1
    print(
        " ".join(f"{k}={v}" for k, v in got.items())
        + f" keystrokes={driver.keystrokes} clicks={driver.clicks} steps={driver.steps}"
        + f" run_s={run_s:.2f} klm_s={driver.seconds(KLM_KEY_S):.0f}"
        + f" klm_slow_s={driver.seconds(KLM_KEY_SLOW_S):.0f}"
        + f" load_avg={os.getloadavg()[0]:.2f}"
    )
    if screenshot:  # for the docs: the window, then the map alone with the park in view
        from PySide6.QtWidgets import QDockWidget

        win.canvas.zoom_to_extent()
        app.processEvents()
        win.grab().save(screenshot)
        for dock in win.findChildren(QDockWidget):
            dock.hide()
        app.processEvents()
        win.canvas.zoom_to_extent()
        app.processEvents()
        root, dot, ext = screenshot.rpartition(".")
        win.grab().save(f"{root}_map.{ext}" if dot else f"{screenshot}_map")
    win.document.undo_stack.clear()
    win.close()
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[1] if len(args) == 2 and args[0] == "--screenshot" else ""))
