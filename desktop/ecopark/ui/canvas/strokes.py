"""Wide solid antialiased lines drawn as Qt draws them fastest: flat-capped segments plus one
round dot per segment end, which together cover exactly the pixels of round-capped segments.

Qt's antialiased stroker is about ten times slower for a round-capped pen than for a flat one
(40 segments 4.5 px wide: 3.3 ms against 0.3 ms), and a street-level view of pipelines or
exchange curves is made of just such segments. Dots are drawn by ``drawPoints`` with the round
pen, which Qt renders as discs without stroking anything. Without antialiasing round caps cost
nothing extra, and the segments are drawn as they are.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen

from ecopark.ui.canvas.qpaths import lines_polygon, polygon_from_xy


def draw_segments(painter: QPainter, rows: np.ndarray, pen: QPen) -> None:
    """Draw rows (x0, y0, x1, y1) of segments with ``pen``, as ``drawLines`` would."""
    if not len(rows):
        return
    round_ends = (
        painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        and pen.capStyle() == Qt.PenCapStyle.RoundCap
        and pen.style() == Qt.PenStyle.SolidLine
        and pen.widthF() > 1.0
    )
    if not round_ends:
        painter.setPen(pen)
        painter.drawLines(lines_polygon(rows))  # type: ignore[call-overload]
        return
    flat = QPen(pen)
    flat.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(flat)
    painter.drawLines(lines_polygon(rows))  # type: ignore[call-overload]
    painter.setPen(pen)
    painter.drawPoints(polygon_from_xy(segment_ends(rows)))  # type: ignore[call-overload]


def segment_ends(rows: np.ndarray) -> np.ndarray:
    """Every segment's start, and its end unless the next segment starts there (the segments
    of a polyline come in order, so a joint is drawn once, not twice)."""
    rows = np.asarray(rows, dtype=np.float64)
    ends = rows[:, 2:]
    last = np.ones(len(rows), dtype=bool)
    last[:-1] = np.any(ends[:-1] != rows[1:, :2], axis=1)
    return np.concatenate([rows[:, :2], ends[last]])
