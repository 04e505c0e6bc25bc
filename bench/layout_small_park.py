"""Lay out the issue-20 small park from a new file at Liaobin with typed dimensions only,
driving the real window with key events and counting every one.

Usage::

    QT_QPA_PLATFORM=offscreen python bench/layout_small_park.py

Opens the real main window offscreen and does what a planner does, every step a key press or a
click sent with QtTest to the widget that has the keyboard focus: Ctrl+N, the new-park dialog
(name typed, longitude 122.03 and latitude 40.68 typed, Enter: EPSG:4550 picked from the
longitude), then on the map the tools' one-key shortcuts (Z, A, F, P, X) and the dimensions
typed into the CAD input bar (the first character typed on the map opens it; Enter takes an
entry, an empty Enter finishes a pipe, Esc gives the keyboard back to the map), and the
exchange dialog answered by keys (material, Tab, quantity, Enter). Result: two zones, a CHP,
four firms, three steam pipes and one exchange (checked, and the bench fails otherwise).

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

# (tool, typed entries); "" finishes a shape. Coordinates in EPSG:4550 metres.
X, Y = 417_000, 4_504_000
SCRIPT: list[tuple[str, list[str]]] = [
    ("draw_zone", [f"{X},{Y}", "1200x800"]),  # first corner, then a 1,200 x 800 m rectangle
    ("draw_zone", ["@1200,-800", "1000x800"]),
    ("place_facility", ["@0,-400"]),  # CHP on the shared edge, 400 m up
    ("place_firm", ["@-800,-200", "@0,400", "@1400,-400", "@0,400"]),
    ("draw_pipeline", ["@-600,-200", "@800<180", "@200<270", ""]),
    ("draw_pipeline", ["@800,200", "@600<0", "@200<90", ""]),
    ("draw_pipeline", ["@-600,-200", "@600<0", "@200<270", ""]),
    ("record_exchange", ["@-1400,400", "@1400,0"]),
]  # fmt: skip
TOOL_KEYSTROKES = 1
KLM_KEY_S, KLM_KEY_SLOW_S, KLM_MENTAL_S, KLM_CLICK_S = 0.28, 0.5, 1.35, 1.2
PARK_NAME, LON, LAT = "Liaobin small park", "122.03", "40.68"
TOOL_KEYS = {"draw_zone": "Z", "place_facility": "A", "place_firm": "F", "draw_pipeline": "P",
             "record_exchange": "X"}  # fmt: skip


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
    """Ctrl+N, then the new-park dialog filled in by keys: name, Tab Tab, longitude, Tab,
    latitude, Enter."""
    from PySide6.QtCore import Qt

    def fill(dialog: Any) -> None:
        dialog.name_edit.setFocus()  # where the dialog opens (its first field)
        driver.key(Qt.Key.Key_End)
        driver.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # select the default
        driver.type(PARK_NAME)
        driver.steps += 1
        driver.key(Qt.Key.Key_Tab)  # to "Where"
        driver.key(Qt.Key.Key_Tab)  # to the longitude (selected on entry)
        assert driver.focus() is dialog.lon_spin, driver.focus()
        driver.type(LON)
        driver.steps += 1
        driver.key(Qt.Key.Key_Tab)
        driver.type(LAT)
        driver.steps += 1
        driver.key(Qt.Key.Key_Return)

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
        driver.key(Qt.Key.Key_Return)

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
            driver.type(text)
            driver.key(Qt.Key.Key_Return)
    s = window.document.scenario
    return {layer: len(objs) for layer, objs in s.layers.items() if objs}


def main() -> int:
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
        driver.click(win.canvas.viewport())  # the new map: one click gives it the keyboard
    counts = lay_out_by_keys(win, driver)
    run_s = time.perf_counter() - start
    wanted = {"zones": 2, "facilities": 1, "firms": 4, "pipelines": 3, "exchanges": 1}
    got = {k: counts.get(k, 0) for k in wanted}
    (ex,) = win.document.scenario.exchanges.values()
    if got != wanted or (ex.material, ex.quantity) != ("steam", 20.0):
        print(f"layout incomplete: {got} {ex}", file=sys.stderr)
        return 1
    print(
        " ".join(f"{k}={v}" for k, v in got.items())
        + f" keystrokes={driver.keystrokes} clicks={driver.clicks} steps={driver.steps}"
        + f" run_s={run_s:.2f} klm_s={driver.seconds(KLM_KEY_S):.0f}"
        + f" klm_slow_s={driver.seconds(KLM_KEY_SLOW_S):.0f}"
        + f" load_avg={os.getloadavg()[0]:.2f}"
    )
    win.document.undo_stack.clear()
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
