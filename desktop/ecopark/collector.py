"""Pausing Python's cyclic garbage collector while a large park is built in memory.

Opening 100,000 features creates millions of long-lived objects (model objects, their value
dictionaries, geometries, canvas records) and no garbage; the collector would otherwise scan the
growing heap again and again, about a fifth of the opening time. Exporting a 1,000-firm work
plan is the same case: some 100,000 cells on top of the park, and full passes took about a tenth
of the export (bench/export.py).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (restored as it was, also on errors)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
