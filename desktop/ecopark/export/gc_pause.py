"""Python's cycle collector paused while a workbook is built and saved.

A 1,000-firm work plan creates some 100,000 cells (and their strings and style arrays) on top of
a park of several hundred thousand objects; the collector's full passes, triggered by that
growth, walk every object each time and took about a tenth of the export (bench/export.py).
Nothing the export builds depends on collection while it runs, so the collector is switched off
for its duration and switched back on (if it was on) afterwards, when the export's garbage goes
in one pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body with the cycle collector off; restore its previous state afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = ["gc_paused"]
