"""Map furniture an expert panel expects on a printed plan: scale bar, north arrow, legend.

All drawn with matplotlib, sized in points/inches so a map looks the same on A4 and A3, in PDF,
SVG and a 300 dpi PNG.
"""

from __future__ import annotations

import math
from typing import Any, cast

import pyproj
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Polygon, Rectangle
from matplotlib.transforms import Affine2D, ScaledTranslation, blended_transform_factory

from ecopark import symbology as sym
from ecopark import terms
from ecopark.export.labels import both
from ecopark.export.map_layers import PT_PER_PX, LayerUsage
from ecopark.model import Park
from ecopark.numbers import format_plain


def nice_length(max_m: float) -> float:
    """The largest 1, 2 or 5 x 10^k metres not longer than ``max_m`` (a round scale-bar length)."""
    if max_m <= 0 or not math.isfinite(max_m):
        return 0.0
    k = math.floor(math.log10(max_m))
    for m in (5, 2, 1):
        if m * 10**k <= max_m:
            return float(m * 10**k)
    return float(10 ** (k - 1) * 5)


def _length_text(metres: float, unit_km: bool) -> str:
    value = metres / 1000.0 if unit_km else metres
    return format_plain(value, grouped=False)


def draw_scale_bar(ax: Axes, width_m: float, fontsize: float = 7.0) -> float:
    """A two-segment bar at the lower left, a round length about a fifth of the map width.

    Returns its length in metres.
    """
    length = nice_length(width_m / 4.0)
    if length <= 0:
        return 0.0
    x0, x1 = ax.get_xlim()
    start = x0 + (x1 - x0) * 0.04
    trans = blended_transform_factory(ax.transData, ax.transAxes)
    unit_km = length >= 1000
    y, h = 0.045, 0.012
    pad_x = (x1 - x0) * 0.015
    ax.add_patch(
        Rectangle(
            (start - pad_x, y - 0.035),
            length + 2.5 * pad_x,
            0.075,
            transform=trans,
            facecolor="white",
            edgecolor="none",
            alpha=0.8,
            zorder=20,
        )
    )
    half = length / 2.0
    for k, colour in enumerate(("black", "white")):
        ax.add_patch(
            Rectangle(
                (start + k * half, y),
                half,
                h,
                transform=trans,
                facecolor=colour,
                edgecolor="black",
                linewidth=0.6,
                zorder=21,
            )
        )
    for pos in (0.0, half, length):
        ax.text(
            start + pos,
            y - 0.006,
            _length_text(pos, unit_km),
            transform=trans,
            ha="center",
            va="top",
            fontsize=fontsize,
            zorder=22,
        )
    ax.text(
        start + length + pad_x * 0.6,
        y + h / 2,
        "km" if unit_km else "m",
        transform=trans,
        ha="left",
        va="center",
        fontsize=fontsize,
        zorder=22,
    )
    return length


def true_north_angle(crs: str, x: float, y: float) -> float:
    """Angle (radians, counter-clockwise from the map's +y axis) of true north at (x, y).

    Gauss-Kruger grid north departs from true north away from the central meridian; the arrow
    shows true north. Falls back to grid north when the CRS cannot be transformed.
    """
    try:
        to_geo = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lon, lat = to_geo.transform(x, y)
        x2, y2 = to_geo.transform(lon, lat + 0.01, direction="INVERSE")
    except (pyproj.exceptions.ProjError, pyproj.exceptions.CRSError):
        return 0.0
    dx, dy = x2 - x, y2 - y
    if not (math.isfinite(dx) and math.isfinite(dy)) or (dx == 0 and dy == 0):
        return 0.0
    return math.atan2(-dx, dy)


def draw_north_arrow(ax: Axes, angle: float = 0.0, size_in: float = 0.45) -> None:
    """A half-filled arrow with "N", top right, rotated to true north."""
    fig = ax.figure
    place = ScaledTranslation(0.94, 0.86, cast(Any, ax.transAxes))
    shape = Affine2D().rotate(angle).scale(size_in)
    trans = shape + fig.dpi_scale_trans + place  # type: ignore[union-attr]
    back = Rectangle(
        (-0.75, -0.85),
        1.5,
        2.35,
        facecolor="white",
        edgecolor="none",
        alpha=0.8,
        transform=Affine2D().scale(size_in) + fig.dpi_scale_trans + place,
        zorder=20,
    )  # type: ignore[union-attr]
    ax.add_patch(back)
    left = Polygon(
        [(0, 1), (-0.45, -0.7), (0, -0.35)],
        closed=True,
        facecolor="black",
        edgecolor="black",
        linewidth=0.7,
        transform=trans,
        zorder=21,
    )
    right = Polygon(
        [(0, 1), (0.45, -0.7), (0, -0.35)],
        closed=True,
        facecolor="white",
        edgecolor="black",
        linewidth=0.7,
        transform=trans,
        zorder=21,
    )
    ax.add_patch(left)
    ax.add_patch(right)
    nx, ny = -math.sin(angle) * 1.25, math.cos(angle) * 1.25
    ax.text(
        nx,
        ny,
        "N",
        transform=shape + fig.dpi_scale_trans + place,  # type: ignore[union-attr]
        ha="center",
        va="center",
        fontsize=10,
        fontweight="bold",
        zorder=22,
    )


def legend_entries(park: Park, usage: LayerUsage, lang: str) -> list[sym.LegendItem]:
    zone_labels = {k: terms.zone_kind_label(k, lang, park.zone_kinds) for k in usage.zone_kinds}
    items = sym.legend_items(
        zone_kinds=usage.zone_kinds,
        zone_labels=zone_labels,
        pipelines=usage.pipelines,
        sectors=usage.sectors,
        iav_classes=usage.iav_classes,
        facility_kinds=usage.facility_kinds,
        corridor_kinds=usage.corridor_kinds,
        has_exchanges=usage.exchanges,
        has_plots=usage.plots,
        labels=sym.legend_words(lang),
    )
    if lang == "zh":
        items = [_zh_size(i) if i.section == "firm_size" else i for i in items]
    return items


def _zh_size(item: sym.LegendItem) -> sym.LegendItem:
    from dataclasses import replace

    return replace(item, label=item.label.replace("IAV", "工业增加值").replace("×10⁸ RMB", "亿元"))


def legend_handles(items: list[sym.LegendItem]) -> list[Patch | Line2D]:
    handles: list[Patch | Line2D] = []
    for it in items:
        if it.swatch == "fill":
            handles.append(
                Patch(
                    facecolor=it.colour,
                    edgecolor=it.outline or it.colour,
                    alpha=sym.ZONE_FILL_OPACITY + 0.2,
                    label=it.label,
                )
            )
        elif it.swatch == "line":
            w = max(it.width_px, 1.0) * PT_PER_PX
            dashes: Any = (0.0, tuple(it.dash)) if it.dash else "solid"
            handles.append(
                Line2D([], [], color=it.colour, linewidth=w, linestyle=dashes, label=it.label)
            )
        else:
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=sym.MATPLOTLIB_MARKERS.get(it.shape, "o"),
                    markersize=it.size_px * PT_PER_PX,
                    markerfacecolor=it.colour,
                    markeredgecolor=it.outline or "#202020",
                    markeredgewidth=0.6,
                    label=it.label,
                )
            )
    return handles


MM_PER_PT = 25.4 / 72


def legend_layout(n: int, box_w_mm: float, box_h_mm: float, fontsize: float) -> tuple[int, float]:
    """(columns, font size) so ``n`` legend lines fit a box: more columns first, then smaller
    type (not below 4.5 pt). Row height and column width are estimates in em of the font."""
    size = fontsize
    while True:
        row_mm = 1.75 * size * MM_PER_PT
        rows = max(1, int((box_h_mm - 2.4 * size * MM_PER_PT) / row_mm))
        max_cols = max(1, int(box_w_mm / (15.0 * size * MM_PER_PT)))
        ncol = -(-n // rows)
        if ncol <= max_cols or size <= 4.5:
            return min(ncol, max_cols), size
        size = max(4.5, size * 0.9)


def draw_legend(
    ax: Axes,
    park: Park,
    usage: LayerUsage,
    lang: str,
    box_mm: tuple[float, float],
    fontsize: float = 7.0,
) -> int:
    """Draw the legend of the symbols in use on ``ax`` (a panel ``box_mm`` = width, height in
    millimetres, which it is fitted into); returns the number of lines."""
    items = legend_entries(park, usage, lang)
    if not items:
        return 0
    ncol, size = legend_layout(len(items), box_mm[0], box_mm[1], fontsize)
    title = both(("图例", "Legend"), lang)
    options: dict[str, Any] = {"loc": "upper left"}
    leg = ax.legend(
        handles=legend_handles(items),
        **options,
        fontsize=size,
        ncol=ncol,
        title=title,
        title_fontsize=size + 1,
        frameon=False,
        handlelength=2.4,
        borderaxespad=0.0,
        alignment="left",
        columnspacing=1.2,
    )
    leg.set_zorder(30)
    return len(items)


__all__ = [
    "draw_legend",
    "draw_north_arrow",
    "draw_scale_bar",
    "legend_entries",
    "legend_handles",
    "legend_layout",
    "nice_length",
    "true_north_angle",
]
