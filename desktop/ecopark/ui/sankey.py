"""The flow diagram (Sankey) drawn in Qt from the core layout (:mod:`ecopark.symbiosis.sankey`):
the same bands, nodes and labels the exported file has, scaled to the widget."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ecopark.symbiosis.sankey import NODE_W, SankeyLayout, band_path


class SankeyView(QWidget):
    """Paints one :class:`SankeyLayout`; ``set_layout`` replaces it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sankey_view")
        self.sankey: SankeyLayout | None = None
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_layout(self, sankey: SankeyLayout | None) -> None:
        self.sankey = sankey
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        lay = self.sankey
        if lay is None:
            return
        sx = self.width() / lay.width
        sy = self.height() / lay.height
        p.setPen(QColor("#222222"))
        title = QFont(self.font())
        title.setBold(True)
        p.setFont(title)
        p.drawText(QRectF(0, 2, self.width(), 22), Qt.AlignmentFlag.AlignHCenter, lay.title)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        p.setFont(small)
        if lay.empty:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No symbiosis flows"))
            return
        for band in lay.bands:
            xs, ys = band_path(band)
            path = QPainterPath(QPointF(xs[0] * sx, ys[0] * sy))
            for x, y in zip(xs[1:], ys[1:], strict=True):
                path.lineTo(x * sx, y * sy)
            path.closeSubpath()
            colour = QColor(band.colour)
            colour.setAlphaF(0.45)
            p.fillPath(path, colour)
        for node in lay.nodes:
            rect = QRectF(node.x * sx, node.y * sy, NODE_W * sx, max(1.0, node.h * sy))
            p.fillRect(rect, QColor("#333333"))
            left = node.column == 0
            text_rect = (
                QRectF(0, rect.center().y() - 8, rect.left() - 4, 16)
                if left
                else QRectF(rect.right() + 4, rect.center().y() - 8, 240, 16)
            )
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if left else Qt.AlignmentFlag.AlignLeft
            )
            p.drawText(text_rect, align, node.label)
        for band in lay.bands:
            if band.width * sy >= 9:
                c = QPointF((band.x0 + band.x1) / 2 * sx, (band.y0 + band.y1) / 2 * sy)
                p.drawText(QRectF(c.x() - 90, c.y() - 7, 180, 14),
                           Qt.AlignmentFlag.AlignCenter, band.flow.label)  # fmt: skip
        p.end()
