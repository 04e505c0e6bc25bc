"""Lay out the issue-20 small park from a new file at Liaobin with typed dimensions only.

Usage::

    QT_QPA_PLATFORM=offscreen python bench/layout_small_park.py

Creates a new park at 122.03°E 40.68°N (EPSG:4550) in the real main window and draws, through
the CAD input bar and the tools' shortcuts (no mouse): two zones, a CHP, four firms, three steam
pipes and one exchange. It measures the program's own time and counts the planner's actions,
then estimates a planner's time with the keystroke-level model (Card, Moran & Newell 1980):
0.28 s per keystroke (average skilled typist; 0.5 s for coordinates is also printed as the
pessimistic figure), 1.35 s of mental preparation per typed entry or tool change, and the one
dialog answer (material, quantity, unit of the exchange) as 12 s. Prints one line:
``zones=2 facilities=1 firms=4 pipelines=3 exchanges=1 keystrokes=.. entries=.. run_s=..
klm_s=.. klm_slow_s=..``
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
KLM_KEY_S, KLM_KEY_SLOW_S, KLM_MENTAL_S, DIALOG_S = 0.28, 0.5, 1.35, 12.0


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


def main() -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ecopark.ui.dialogs.new_park import NewParkSpec
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    start = time.perf_counter()
    win = MainWindow(ProjectDocument(__import__("ecopark.places", fromlist=["x"]).create_empty_park(
        "x", 122.03, 40.68, baseline_year=2024)))  # fmt: skip
    win.prompts.ask_new_park = lambda: NewParkSpec(  # type: ignore[method-assign]
        "辽滨小园区", "EPSG:4550", 2024, 122.03, 40.68
    )
    win.prompts.ask_save_changes = lambda title: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    win.resize(1400, 900)
    win.show()
    win.files.new_park()
    app.processEvents()
    bar = win.cad_input_bar

    def type_entry(text: str) -> None:
        bar.edit.setText(text)
        bar.submit()
        app.processEvents()

    result = lay_out(win, type_entry)
    run_s = time.perf_counter() - start
    dialogs = 1

    def klm(key: float) -> float:
        return result["keystrokes"] * key + result["entries"] * KLM_MENTAL_S + dialogs * DIALOG_S

    fields = {
        k: result.get(k, 0) for k in ("zones", "facilities", "firms", "pipelines", "exchanges")
    }
    print(
        " ".join(f"{k}={v}" for k, v in fields.items())
        + f" keystrokes={result['keystrokes']} entries={result['entries']} run_s={run_s:.2f}"
        + f" klm_s={klm(KLM_KEY_S):.0f} klm_slow_s={klm(KLM_KEY_SLOW_S):.0f}"
        + f" load_avg={os.getloadavg()[0]:.2f}"
    )
    win.document.undo_stack.clear()
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
