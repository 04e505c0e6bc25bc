"""Benchmark the year slider on the Liaobin plan (issue 17: ≤ 100 ms per move).

Usage::

    python bench/timeline.py [--file layouts/liaobin_coastal.gpkg] [--rounds 5]

Opens the main window offscreen on the plan, then moves the slider through every year from the
baseline to the plan year and back, ``--rounds`` times. One move = the slider's new value
applied (objects entering or leaving service put on or taken off the map, the indicator panel's
figures of that year read and drawn) and the map repainted. Prints one line::

    timeline file=liaobin_coastal.gpkg years=2023-2030 moves=70 p50_ms=.. p95_ms=.. max_ms=..
    first_visit_ms=.. target_ms=100
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
try:
    import ecopark  # noqa: F401
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(ROOT / "desktop"))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TARGET_MS = 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=ROOT / "layouts" / "liaobin_coastal.gpkg")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    from ecopark.ui.settings import isolate_settings

    isolate_settings(tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow

    window = MainWindow(ProjectDocument.open(args.file))
    window.resize(QSize(1600, 1000))
    window.show()
    app.processEvents()
    window.canvas.warm_up()
    slider = window.timeline_bar.slider
    first, last = slider.minimum(), slider.maximum()
    years = list(range(first, last + 1))
    path = years[::-1][1:] + years[1:]  # down to the baseline and back up to the plan

    def move(year: int) -> float:
        start = time.perf_counter()
        slider.setValue(year)
        window.canvas.viewport().repaint()
        return (time.perf_counter() - start) * 1000.0

    first_visit = max(move(y) for y in path)
    times = [move(y) for _ in range(args.rounds) for y in path]
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(
        f"timeline file={args.file.name} years={first}-{last} moves={len(times)} "
        f"p50_ms={statistics.median(times):.1f} p95_ms={p95:.1f} max_ms={times[-1]:.1f} "
        f"first_visit_ms={first_visit:.1f} target_ms={TARGET_MS:.0f}"
    )
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
