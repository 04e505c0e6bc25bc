"""Qt pens, brushes and symbol images built from :mod:`ecopark.symbology`, cached.

The canvas asks for the same few dozen styles thousands of times per frame; building a QPen or
rendering a symbol once and reusing it keeps painting in C++.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPainter, QPen, QPixmap, QPolygonF

from ecopark import symbology as sym
from ecopark.model import Park

try:  # the shared vocabulary module; fall back to codes if it is not there
    from ecopark import terms as _terms
except ImportError:  # pragma: no cover - depends on the tree
    _terms = None  # type: ignore[assignment]


@lru_cache(maxsize=512)
def qcolor(hex_colour: str, alpha: float = 1.0) -> QColor:
    c = QColor(hex_colour)
    c.setAlphaF(alpha)
    return c


@lru_cache(maxsize=256)
def zone_brush(kind: str, translucent: bool = False) -> QBrush:
    """The zone fill as it looks over the map background, but opaque: Qt fills opaque polygons
    about three times faster than translucent ones, and nothing but the background is drawn
    under zones (their outlines are drawn after all fills, so overlapping zones still show
    their edges). ``translucent`` when a scanned plan (underlay) shows under them."""
    if translucent:
        return QBrush(qcolor(sym.zone_colour(kind), sym.ZONE_FILL_OPACITY))
    return QBrush(qcolor(sym.blend(sym.zone_colour(kind), sym.ZONE_FILL_OPACITY)))


@lru_cache(maxsize=256)
def zone_pen(kind: str) -> QPen:
    return cosmetic_pen(sym.zone_outline_colour(kind), 1.0)


def cosmetic_pen(
    colour: str, width: float, dash: tuple[float, ...] | None = None, alpha: float = 1.0
) -> QPen:
    pen = QPen(qcolor(colour, alpha), width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if dash is None else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern(list(dash))
    return pen


@lru_cache(maxsize=256)
def line_pen(style: sym.LineStyle, thin: bool = False) -> QPen:
    """The pen of a line style; ``thin`` = one pixel wide (zoomed far out)."""
    if thin:
        dash = tuple(d * style.width_px for d in style.dash) if style.dash else None
        return cosmetic_pen(style.colour, 1.0, dash)
    return cosmetic_pen(style.colour, style.width_px, style.dash)


def symbol_polygon(shape: str, size: float, cx: float = 0.0, cy: float = 0.0) -> QPolygonF:
    return QPolygonF([QPointF(cx + x, cy + y) for x, y in sym.shape_outline(shape, size)])


def draw_symbol(
    painter: QPainter,
    shape: str,
    fill: str,
    outline: str,
    size: float,
    cx: float,
    cy: float,
    *,
    hollow: bool = False,
) -> None:
    """Draw one point symbol centred on device point (cx, cy); hollow = planned (outline only)."""
    pen = QPen(qcolor(fill if hollow else outline), 2.0 if hollow else 1.0)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(QBrush(qcolor("#ffffff")) if hollow else QBrush(qcolor(fill)))
    if shape == "circle" or not sym.shape_outline(shape, size):
        r = size / 2.0
        painter.drawEllipse(QRectF(cx - r, cy - r, size, size))
    else:
        painter.drawPolygon(symbol_polygon(shape, size, cx, cy))


@lru_cache(maxsize=1024)
def symbol_image(shape: str, fill: str, outline: str, size: int, hollow: bool = False) -> QImage:
    """A pre-rendered, antialiased symbol; the canvas blits it per firm or facility."""
    side = size + 4
    img = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_symbol(p, shape, fill, outline, size, side / 2.0, side / 2.0, hollow=hollow)
    p.end()
    return img


def argb(hex_colour: str) -> int:
    """Opaque 0xAARRGGBB, the in-memory pixel of Format_ARGB32(_Premultiplied) on little-endian."""
    r, g, b = sym.rgb(hex_colour)
    return (0xFF << 24) | (r << 16) | (g << 8) | b


# ----- legend ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LegendEntry:
    """A legend line for the legend dock: data plus a ready swatch icon."""

    item: sym.LegendItem

    @property
    def section(self) -> str:
        return self.item.section

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def label(self) -> str:
        return self.item.label

    def pixmap(self, width: int = 28, height: int = 16) -> QPixmap:
        return legend_swatch(self.item, width, height)

    def icon(self, width: int = 28, height: int = 16) -> QIcon:
        return QIcon(self.pixmap(width, height))


def legend_swatch(item: sym.LegendItem, width: int = 28, height: int = 16) -> QPixmap:
    pm = QPixmap(width, height)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if item.swatch == "fill":
        p.setPen(QPen(qcolor(item.outline or item.colour), 1.0))
        p.setBrush(QBrush(qcolor(item.colour, sym.ZONE_FILL_OPACITY + 0.2)))
        p.drawRect(QRectF(1.5, 1.5, width - 3, height - 3))
    elif item.swatch == "line":
        pen = QPen(qcolor(item.colour), max(1.0, item.width_px))
        if item.dash:
            pen.setDashPattern(list(item.dash))
        p.setPen(pen)
        p.drawLine(QPointF(2, height / 2), QPointF(width - 2, height / 2))
        if item.section == "exchanges":
            p.setBrush(QBrush(qcolor(item.colour)))
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(width - 2, height / 2),
                        QPointF(width - 8, height / 2 - 4),
                        QPointF(width - 8, height / 2 + 4),
                    ]
                )
            )
    else:
        size = min(item.size_px or 10, height - 2)
        draw_symbol(
            p, item.shape, item.colour, item.outline or "#202020", size, width / 2, height / 2
        )
    p.end()
    return pm


def legend_items(park: Park, scenario_id: str, language: str = "en") -> list[sym.LegendItem]:
    """Qt-free legend lines of what the scenario uses (also for map export)."""
    s = park.scenario(scenario_id)
    zone_labels = {}
    for kind, zk in park.zone_kinds.items():
        zone_labels[kind] = (zk.label_zh if language.startswith("zh") else zk.label_en) or kind
    return sym.legend_items(
        zone_kinds=sorted({z.kind for z in s.zones.values()}, key=_zone_order(park)),
        zone_labels=zone_labels,
        pipelines={(p.medium, p.status) for p in s.layers["pipelines"].values()},  # type: ignore[attr-defined]
        sectors={f.sector for f in s.firms.values()},
        iav_classes={sym.iav_class(f.iav_10k_rmb) for f in s.firms.values()},
        facility_kinds={f.kind for f in s.facilities.values()},
        corridor_kinds=sorted({c.kind for c in s.layers["corridors"].values()}),  # type: ignore[attr-defined]
        has_exchanges=bool(s.exchanges),
        has_plots=bool(s.layers["plots"]),
        labels=sym.legend_words(language),
    )


def _zone_order(park: Park):  # type: ignore[no-untyped-def]
    order = {k: i for i, k in enumerate(park.zone_kinds)}
    return lambda k: order.get(k, len(order))


def legend_entries(park: Park, scenario_id: str, language: str = "en") -> list[LegendEntry]:
    """Legend lines (with swatches) for the symbols the scenario actually uses."""
    return [LegendEntry(item) for item in legend_items(park, scenario_id, language)]
