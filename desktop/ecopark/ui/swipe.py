"""Swipe comparison for presentation mode: one full-width map, the plan over the baseline.

Expert panels read a change more easily on one map than on two: the baseline canvas lies
underneath, the plan canvas is stacked exactly on top of it (same geometry, same view) and
masked to the part right of a vertical divider, so the baseline shows on the left and the plan
on the right. The presenter drags the divider (or nudges it from the keyboard, see
:class:`ecopark.ui.presentation.PresentationWindow`) to sweep one into the other.

The canvases stay the presentation's own (each over its own document); this widget only lends
them a place, keeps their views in step and draws the divider and the corner labels. It never
edits the park.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QWidget

LINE_COLOUR = QColor("#ffffff")
EDGE_COLOUR = QColor("#1a1a1a")
LABEL_STYLE = (
    "background: rgba(20, 20, 20, 190); color: #ffffff; padding: 5px 12px; border-radius: 4px;"
)
LABEL_MARGIN = 12
NORTH_ARROW_ROOM = 48
"""The canvas draws its north arrow in the top right corner: the right label stays clear of it."""


def visible_strip(x: int, width: int, height: int) -> QRect:
    """The part of the plan map shown right of a divider at ``x`` (never an empty rectangle:
    at the right edge it lies just outside the widget, so nothing of the plan shows)."""
    if x >= width:
        return QRect(width, 0, 1, height)
    return QRect(max(x, 0), 0, width - max(x, 0), height)


class SwipeDivider(QWidget):
    """The divider: a white line edged in black (reads on any map), with a round grip half way
    down. The widget is wider than the line so a press near it catches it too; its cursor is
    the horizontal-resize one. ``dragged`` gives the wanted line position in the parent."""

    dragged = Signal(int)
    HIT_WIDTH = 32
    LINE_WIDTH = 4
    GRIP_RADIUS = 15

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._offset: float | None = None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        cx, h = self.width() / 2, self.height()
        w = self.LINE_WIDTH
        p.fillRect(QRectF(cx - w / 2 - 1, 0, w + 2, h), EDGE_COLOUR)
        p.fillRect(QRectF(cx - w / 2, 0, w, h), LINE_COLOUR)
        r, cy = self.GRIP_RADIUS, h / 2
        p.setPen(QPen(EDGE_COLOUR, 1.5))
        p.setBrush(LINE_COLOUR)
        p.drawEllipse(QPointF(cx, cy), r, r)
        arrows = QPainterPath()
        for sign in (-1, 1):  # a small ◀ ▶ pair: "this moves sideways"
            tip = cx + sign * (r - 4)
            arrows.moveTo(tip, cy)
            arrows.lineTo(tip - sign * 6, cy - 5)
            arrows.lineTo(tip - sign * 6, cy + 5)
            arrows.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(EDGE_COLOUR)
        p.drawPath(arrows)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        # keep the grab point under the pointer: a press 5 px off the line does not jump it
        self._offset = event.position().x() - self.width() / 2
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._offset is None:
            event.ignore()
            return
        x = self.mapToParent(event.position()).x() - self._offset
        self.dragged.emit(round(x))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._offset = None
        event.accept()


class SwipeView(QWidget):
    """Baseline canvas under, plan canvas over (masked right of the divider), divider on top,
    a label in each top corner naming the side's scenario.

    ``attach(under, over)`` takes the two canvases in, ``detach()`` gives them back (unmasked)
    for the caller to put where they were. The divider sits at ``fraction`` of the width, so a
    resize keeps its relative position; ``moved`` reports a new fraction.
    """

    moved = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("swipe")
        self.under: QWidget | None = None
        self.over: QWidget | None = None
        self._fraction = 0.5
        self._syncing = False
        self.left_label = self._corner_label()
        self.right_label = self._corner_label()
        self.divider = SwipeDivider(self)
        self.divider.dragged.connect(self._on_dragged)

    def _corner_label(self) -> QLabel:
        label = QLabel(self)
        font = label.font()
        font.setPointSizeF(17)
        font.setBold(True)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(LABEL_STYLE)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    # ----- public API --------------------------------------------------------------------------
    @property
    def fraction(self) -> float:
        """Where the divider is, 0 (left edge: all plan) to 1 (right edge: all baseline)."""
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        fraction = min(max(float(fraction), 0.0), 1.0)
        if fraction == self._fraction:
            return
        self._fraction = fraction
        self._place()
        self.moved.emit(fraction)

    def nudge(self, delta: float) -> None:
        self.set_fraction(self._fraction + delta)

    def divider_x(self) -> int:
        """The divider line's x in this widget's pixels."""
        return round(self._fraction * self.width())

    def set_names(self, left: str, right: str) -> None:
        self.left_label.setText(f"◀ {left}")
        self.right_label.setText(f"{right} ▶")
        for label in (self.left_label, self.right_label):
            label.adjustSize()
        self._place()

    def attach(self, under: QWidget, over: QWidget) -> None:
        """Stack ``over`` on ``under`` here, both showing what ``under`` shows."""
        self.detach()
        self.under, self.over = under, over
        for canvas in (under, over):
            canvas.setParent(self)
            canvas.show()
            signal = getattr(canvas, "view_changed", None)
            if signal is not None:
                signal.connect(self._on_view_changed)
        self._place()
        self._follow(under, over)

    def detach(self) -> tuple[QWidget, QWidget] | None:
        """Let the canvases go (no mask, no syncing); the caller re-parents them."""
        if self.under is None or self.over is None:
            return None
        pair = (self.under, self.over)
        for canvas in pair:
            signal = getattr(canvas, "view_changed", None)
            if signal is not None:
                signal.disconnect(self._on_view_changed)
            canvas.clearMask()
            canvas.setVisible(True)
        self.under = self.over = None
        return pair

    # ----- internals ---------------------------------------------------------------------------
    def _on_dragged(self, x: int) -> None:
        if self.width() > 0:
            self.set_fraction(x / self.width())

    def _on_view_changed(self) -> None:
        """Pan or zoom on either side moves the other (guarded: the follower's own
        ``view_changed`` must not bounce back)."""
        source = self.sender()
        if source is self.under and self.over is not None:
            self._follow(self.under, self.over)
        elif source is self.over and self.under is not None:
            self._follow(self.over, self.under)

    def _follow(self, source: QWidget, target: QWidget) -> None:
        center = getattr(source, "center", None)
        mupp = getattr(source, "metres_per_pixel", None)
        set_view = getattr(target, "set_view", None)
        if self._syncing or center is None or mupp is None or not callable(set_view):
            return
        self._syncing = True
        try:
            set_view(center, mupp)
        finally:
            self._syncing = False

    def _place(self) -> None:
        w, h = self.width(), self.height()
        x = self.divider_x()
        if self.under is not None and self.over is not None:
            for canvas in (self.under, self.over):
                canvas.setGeometry(0, 0, w, h)
            # The plan stays shown (a hidden widget is resized only when shown again, and its
            # stale viewport would map the view to other pixels); with the divider at the right
            # edge its mask is a strip just outside it (an empty region would clear the mask).
            self.over.setMask(QRegion(visible_strip(x, w, h)))
            self.over.raise_()
            # One view for both maps: whatever moved or resized, the plan takes the baseline's.
            self._follow(self.under, self.over)
        left, right = self.left_label, self.right_label
        left.move(LABEL_MARGIN, LABEL_MARGIN)
        right.move(w - right.width() - LABEL_MARGIN - NORTH_ARROW_ROOM, LABEL_MARGIN)
        left.raise_()
        right.raise_()
        half = SwipeDivider.HIT_WIDTH // 2
        self.divider.setGeometry(x - half, 0, SwipeDivider.HIT_WIDTH, h)
        self.divider.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()


__all__ = ["SwipeDivider", "SwipeView", "visible_strip"]
