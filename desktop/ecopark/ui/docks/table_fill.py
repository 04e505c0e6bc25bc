"""Filling many table cells at once without re-measuring columns after each cell.

A header in ``ResizeToContents`` mode measures its columns again for every ``setItem``: the
indicator panel's refresh (hundreds of cells) took about 150 ms on the Liaobin plan, too slow for
the year slider (issue 17: ≤ 100 ms per move). :func:`bulk_fill` sets such headers to
``Interactive`` while the cells are filled, then measures once and restores the mode.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget

_AUTO = QHeaderView.ResizeMode.ResizeToContents


@contextmanager
def bulk_fill(root: QWidget) -> Iterator[None]:
    """Inside: the tables under ``root`` do not re-measure columns per cell."""
    saved: list[tuple[QHeaderView, list[int]]] = []
    for table in root.findChildren(QTableWidget):
        header = table.horizontalHeader()
        auto = [i for i in range(header.count()) if header.sectionResizeMode(i) == _AUTO]
        if auto:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            saved.append((header, auto))
    try:
        yield
    finally:
        for header, auto in saved:
            for i in range(header.count()):
                if i in auto:
                    header.setSectionResizeMode(i, _AUTO)
