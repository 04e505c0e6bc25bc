"""How the map looks, as plain data: colours, line styles and point symbols per kind.

Kept free of Qt so the on-screen canvas (``ecopark.ui.canvas.styles`` builds pens and brushes
from it) and the Qt-free map export (matplotlib) draw a park with the same colours; a planner
who learns "dark orange dashed = planned HP steam" on screen reads the exported PDF the same way.
Colours are hex strings ``#rrggbb``. Zone colours follow the Chinese land-use plan convention
(GB 50137: industrial brown, logistics purple, utilities teal, green space green, city yellow).
"""

from __future__ import annotations

import functools
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from ecopark.model.kinds import FACILITY_KINDS, MEDIA, SECTORS
from ecopark.numbers import format_plain

# ----- zones ---------------------------------------------------------------------------------
ZONE_COLOURS: dict[str, str] = {
    "harbor": "#a3acd0",
    "lingang_industrial": "#c9a27e",
    "city": "#f3df7c",
    "logistics": "#b89fd4",
    "utilities": "#7cc3d3",
    "ecological": "#8ccb7c",
    "reserve": "#d6d6d0",
}
CUSTOM_ZONE_PALETTE: tuple[str, ...] = (
    "#e4a3c4",
    "#d4b06a",
    "#97cfc0",
    "#c5a8e8",
    "#e8c7a0",
    "#a3bce6",
    "#b5d38a",
)
"""Colours for zone kinds a park declares itself, picked by a stable hash of the kind code."""
ZONE_FILL_OPACITY = 0.55
ZONE_OUTLINE_DARKEN = 0.55
"""Outline colour = fill colour scaled by this factor (same hue, darker)."""


def zone_colour(kind: str) -> str:
    if kind in ZONE_COLOURS:
        return ZONE_COLOURS[kind]
    return CUSTOM_ZONE_PALETTE[zlib.crc32(kind.encode("utf-8")) % len(CUSTOM_ZONE_PALETTE)]


def zone_outline_colour(kind: str) -> str:
    return darken(zone_colour(kind), ZONE_OUTLINE_DARKEN)


# ----- pipelines -------------------------------------------------------------------------------
MEDIUM_COLOURS: dict[str, str] = {
    "heat": "#d62728",
    "steam_hp": "#b34700",
    "steam_mp": "#ff8c1a",
    "steam_lp": "#e0bb00",
    "reclaimed_water": "#1f6fd1",
}
PLANNED_DASH: tuple[float, ...] = (4.0, 2.5)
"""Dash pattern of planned pipes, in multiples of the line width (Qt and matplotlib both scale)."""
DIAMETER_WIDTH_BREAKS_MM: tuple[float, ...] = (300.0, 600.0)
LINE_WIDTHS_PX: tuple[float, ...] = (2.0, 3.0, 4.5)


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width_px: float
    dash: tuple[float, ...] | None = None
    """None = solid; otherwise on/off lengths in multiples of the width."""


def diameter_class(diameter_mm: float) -> int:
    return sum(1 for b in DIAMETER_WIDTH_BREAKS_MM if diameter_mm >= b)


@functools.lru_cache(maxsize=1024)
def pipeline_style(medium: str, status: str, diameter_mm: float = 0.0) -> LineStyle:
    colour = MEDIUM_COLOURS.get(medium, "#555555")
    width = LINE_WIDTHS_PX[diameter_class(diameter_mm)]
    return LineStyle(colour, width, PLANNED_DASH if status == "planned" else None)


CORRIDOR_STYLES: dict[str, LineStyle] = {
    "road": LineStyle("#a0a0a0", 3.0),
    "utility": LineStyle("#6f9a78", 2.0, (1.0, 2.0)),
}
PLOT_STYLE = LineStyle("#707070", 1.0, (2.0, 2.0))

# ----- point symbols ---------------------------------------------------------------------------
SHAPES: tuple[str, ...] = (
    "circle",
    "square",
    "triangle",
    "triangle_down",
    "diamond",
    "pentagon",
    "hexagon",
    "star",
    "cross",
)
MATPLOTLIB_MARKERS: dict[str, str] = {
    "circle": "o",
    "square": "s",
    "triangle": "^",
    "triangle_down": "v",
    "diamond": "D",
    "pentagon": "p",
    "hexagon": "h",
    "star": "*",
    "cross": "P",
}


@dataclass(frozen=True)
class PointSymbol:
    shape: str
    colour: str
    outline: str = "#202020"


SECTOR_SYMBOLS: dict[str, PointSymbol] = {
    "power": PointSymbol("circle", "#c0392b"),
    "petrochemical": PointSymbol("triangle", "#7d3c98"),
    "chemical": PointSymbol("triangle", "#b07cd0"),
    "steel": PointSymbol("square", "#3b4d61"),
    "nonferrous": PointSymbol("square", "#8a9597"),
    "cement": PointSymbol("diamond", "#8d6e63"),
    "building_materials": PointSymbol("diamond", "#c4b2aa"),
    "brewery": PointSymbol("circle", "#f0a020"),
    "food": PointSymbol("circle", "#2ea862"),
    "sugar": PointSymbol("pentagon", "#8fcf2a"),
    "alcohol": PointSymbol("pentagon", "#e67e22"),
    "paper": PointSymbol("hexagon", "#16a085"),
    "pharmaceutical": PointSymbol("cross", "#e84393"),
    "textile": PointSymbol("hexagon", "#f78fb3"),
    "equipment": PointSymbol("square", "#2f80c0"),
    "electronics": PointSymbol("star", "#10a8f0"),
    "logistics": PointSymbol("triangle_down", "#62768a"),
    "port": PointSymbol("triangle_down", "#2c3e50"),
    "services": PointSymbol("circle", "#9aa7a8"),
    "other": PointSymbol("circle", "#c8ced2"),
}
FACILITY_SYMBOLS: dict[str, PointSymbol] = {
    "chp": PointSymbol("hexagon", "#e74c3c", "#5a1010"),
    "energy_centre": PointSymbol("hexagon", "#f39c12", "#5a3a05"),
    "wwtp": PointSymbol("square", "#2e86de", "#0c2d55"),
    "reclaimed_water_plant": PointSymbol("square", "#48c6ef", "#0c4055"),
    "solid_waste_centre": PointSymbol("diamond", "#6ab04c", "#1f4012"),
    "desalination_plant": PointSymbol("circle", "#0abde3", "#043f4d"),
}
FACILITY_SIZE_PX = 16
"""Facilities are few and shared by many firms: one size, larger than any firm."""


def sector_symbol(sector: str) -> PointSymbol:
    return SECTOR_SYMBOLS.get(sector, SECTOR_SYMBOLS["other"])


def facility_symbol(kind: str) -> PointSymbol:
    return FACILITY_SYMBOLS.get(kind, PointSymbol("circle", "#888888"))


IAV_BREAKS_10K_RMB: tuple[float, ...] = (5_000.0, 20_000.0, 80_000.0)
"""Firm size classes by industrial added value (10⁴ RMB/a): <0.5, 0.5-2, 2-8, ≥8 ×10⁸ RMB."""
SYMBOL_SIZES_PX: tuple[int, ...] = (7, 9, 12, 15)
"""Firm symbol size per IAV class when zoomed in."""
DOT_SIZES_PX: tuple[int, ...] = (3, 4, 5, 6)
"""Firm dot size per IAV class when zoomed out (thousands of firms on screen)."""


def iav_class(iav_10k_rmb: float) -> int:
    return sum(1 for b in IAV_BREAKS_10K_RMB if iav_10k_rmb >= b)


def iav_class_label(cls: int) -> str:
    """'< 0.5', '0.5-2', ... in 10⁸ RMB/a (亿元), the unit planners quote firm output in."""
    edges = [b / 10_000.0 for b in IAV_BREAKS_10K_RMB]
    if cls == 0:
        return f"< {format_plain(edges[0])}"
    if cls >= len(edges):
        return f"≥ {format_plain(edges[-1])}"
    return f"{format_plain(edges[cls - 1])}-{format_plain(edges[cls])}"


def shape_outline(shape: str, size: float) -> list[tuple[float, float]]:
    """Vertices of a symbol of diameter ``size`` centred on (0, 0), y down (screen); empty for a
    circle, which renderers draw natively."""
    r = size / 2.0
    if shape == "square":
        s = r * 0.85
        return [(-s, -s), (s, -s), (s, s), (-s, s)]
    if shape == "diamond":
        return [(0.0, -r), (r, 0.0), (0.0, r), (-r, 0.0)]
    if shape in ("triangle", "triangle_down"):
        sign = 1.0 if shape == "triangle" else -1.0
        return [(0.0, -r * sign), (r * 0.95, r * 0.75 * sign), (-r * 0.95, r * 0.75 * sign)]
    if shape in ("pentagon", "hexagon"):
        n = 5 if shape == "pentagon" else 6
        return [
            (r * math.sin(2 * math.pi * i / n), -r * math.cos(2 * math.pi * i / n))
            for i in range(n)
        ]
    if shape == "star":
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.45
            a = math.pi * i / 5
            pts.append((rr * math.sin(a), -rr * math.cos(a)))
        return pts
    if shape == "cross":
        a, b = r, r * 0.38
        return [
            (-b, -a), (b, -a), (b, -b), (a, -b), (a, b), (b, b),
            (b, a), (-b, a), (-b, b), (-a, b), (-a, -b), (-b, -b),
        ]  # fmt: skip
    return []


# ----- exchanges and selection -----------------------------------------------------------------
EXCHANGE_COLOUR = "#1b8a6b"
EXCHANGE_WIDTH_PX = 1.8
EXCHANGE_BULGE = 0.18
"""Sideways offset of an exchange arrow's control point, as a share of its length (to the right
of the flow), so that A->B and B->A stay apart."""
SELECTION_COLOUR = "#00c8ff"
SKETCH_COLOUR = "#e6007e"
SNAP_COLOUR = "#ff00ff"
BACKGROUND_COLOUR = "#f6f6f2"


def exchange_curve(
    x0: float, y0: float, x1: float, y1: float, steps: int = 16
) -> list[tuple[float, float]]:
    """Points along the quadratic curve an exchange is drawn with (map coordinates, y up).

    The control point sits to the right of the flow direction; both the canvas and hit tests
    use this same curve.
    """
    dx, dy = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2 + dy * EXCHANGE_BULGE, (y0 + y1) / 2 - dx * EXCHANGE_BULGE
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        out.append((a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1))
    return out


def exchange_control_point(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float]:
    dx, dy = x1 - x0, y1 - y0
    return (x0 + x1) / 2 + dy * EXCHANGE_BULGE, (y0 + y1) / 2 - dx * EXCHANGE_BULGE


# ----- helpers -----------------------------------------------------------------------------------
def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def blend(hex_colour: str, opacity: float, under: str = BACKGROUND_COLOUR) -> str:
    """The opaque colour of ``hex_colour`` laid at ``opacity`` over ``under``."""
    top, bottom = rgb(hex_colour), rgb(under)
    r, g, b = (round(opacity * a + (1.0 - opacity) * c) for a, c in zip(top, bottom, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def darken(hex_colour: str, factor: float) -> str:
    r, g, b = (max(0, min(255, round(c * factor))) for c in rgb(hex_colour))
    return f"#{r:02x}{g:02x}{b:02x}"


# ----- legend ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LegendItem:
    """One legend line: what it stands for and how to draw its swatch."""

    section: str
    """'zones', 'pipelines', 'firms', 'firm_size', 'facilities', 'exchanges', 'corridors',
    'plots' (layer names, so the legend can follow layer visibility)."""
    key: str
    label: str
    swatch: str
    """'fill' (zone), 'line' (pipe, corridor, exchange) or 'marker' (firm, facility)."""
    colour: str
    outline: str = ""
    dash: tuple[float, ...] | None = None
    shape: str = ""
    size_px: float = 0.0
    width_px: float = 0.0


def legend_items(
    *,
    zone_kinds: Iterable[str] = (),
    zone_labels: dict[str, str] | None = None,
    pipelines: Iterable[tuple[str, str]] = (),
    sectors: Iterable[str] = (),
    iav_classes: Iterable[int] = (),
    facility_kinds: Iterable[str] = (),
    corridor_kinds: Iterable[str] = (),
    has_exchanges: bool = False,
    has_plots: bool = False,
    labels: dict[str, str] | None = None,
) -> list[LegendItem]:
    """Legend lines for what is in use, in a stable order (vocabulary order, not data order).

    ``pipelines`` are (medium, status) pairs. ``labels`` maps 'medium:heat', 'sector:steel',
    'facility:chp', 'status:planned', 'corridor:road', 'exchanges', 'plots' to display words
    (the caller's language); missing keys fall back to the code.
    """
    words = labels or {}
    zl = zone_labels or {}
    out: list[LegendItem] = []
    kinds = list(dict.fromkeys(zone_kinds))
    for kind in kinds:
        out.append(
            LegendItem(
                "zones",
                kind,
                zl.get(kind, kind),
                "fill",
                zone_colour(kind),
                zone_outline_colour(kind),
            )
        )
    used_pipes = set(pipelines)
    for medium in MEDIA:
        for status in ("existing", "planned"):
            if (medium, status) in used_pipes:
                style = pipeline_style(medium, status, 0.0)
                name = words.get(f"medium:{medium}", medium)
                if status == "planned":
                    name = f"{name} ({words.get('status:planned', 'planned')})"
                out.append(
                    LegendItem(
                        "pipelines",
                        f"{medium}:{status}",
                        name,
                        "line",
                        style.colour,
                        dash=style.dash,
                        width_px=3.0,
                    )
                )
    used_sectors = set(sectors)
    for sector in SECTORS:
        if sector in used_sectors:
            sym = sector_symbol(sector)
            out.append(
                LegendItem(
                    "firms",
                    sector,
                    words.get(f"sector:{sector}", sector),
                    "marker",
                    sym.colour,
                    sym.outline,
                    shape=sym.shape,
                    size_px=SYMBOL_SIZES_PX[1],
                )
            )
    for cls in sorted(set(iav_classes)):
        out.append(
            LegendItem(
                "firm_size",
                str(cls),
                words.get("iav_class", "IAV {} ×10⁸ RMB").format(iav_class_label(cls)),
                "marker",
                "#ffffff",
                "#202020",
                shape="circle",
                size_px=SYMBOL_SIZES_PX[cls],
            )
        )
    used_fac = set(facility_kinds)
    for kind in FACILITY_KINDS:
        if kind in used_fac:
            sym = facility_symbol(kind)
            out.append(
                LegendItem(
                    "facilities",
                    kind,
                    words.get(f"facility:{kind}", kind),
                    "marker",
                    sym.colour,
                    sym.outline,
                    shape=sym.shape,
                    size_px=FACILITY_SIZE_PX,
                )
            )
    for kind in dict.fromkeys(corridor_kinds):
        style = CORRIDOR_STYLES.get(kind, CORRIDOR_STYLES["road"])
        out.append(
            LegendItem(
                "corridors",
                kind,
                words.get(f"corridor:{kind}", kind),
                "line",
                style.colour,
                dash=style.dash,
                width_px=style.width_px,
            )
        )
    if has_plots:
        out.append(
            LegendItem(
                "plots",
                "plot",
                words.get("plots", "Plot"),
                "line",
                PLOT_STYLE.colour,
                dash=PLOT_STYLE.dash,
                width_px=1.0,
            )
        )
    if has_exchanges:
        out.append(
            LegendItem(
                "exchanges",
                "exchange",
                words.get("exchanges", "Symbiosis exchange"),
                "line",
                EXCHANGE_COLOUR,
                width_px=EXCHANGE_WIDTH_PX,
            )
        )
    return out


# ----- layer order and legend words (one definition for screen, print and the Layers dock) ----
MAP_LAYERS: tuple[str, ...] = (
    "zones",
    "plots",
    "corridors",
    "pipelines",
    "exchanges",
    "firms",
    "facilities",
)
"""The map layers bottom to top: the order the canvas draws, the exported map prints
(:func:`layer_z`) and, reversed, the Layers dock lists. Scanned plans (:data:`UNDERLAYS`) go
under all of them."""
UNDERLAYS = "underlays"


def layer_z(layer: str) -> int:
    """Stacking height of a map layer (1 = bottom), the same on screen and in print."""
    return 1 + MAP_LAYERS.index(layer)


def legend_words(lang: str) -> dict[str, str]:
    """Words :func:`legend_items` needs, in ``lang`` ("en" or "zh"): the one vocabulary of the
    on-screen legend and the exported map's legend."""
    from ecopark import terms

    words: dict[str, str] = {}
    for medium in terms.MEDIA:
        words[f"medium:{medium}"] = terms.label("medium", medium, lang)
    for sector in terms.SECTORS:
        words[f"sector:{sector}"] = terms.label("sector", sector, lang)
    for kind in terms.FACILITY_KINDS:
        words[f"facility:{kind}"] = terms.label("facility_kind", kind, lang)
    for kind in terms.CORRIDOR_KINDS:
        words[f"corridor:{kind}"] = terms.label("corridor_kind", kind, lang)
    words["status:planned"] = terms.label("status", "planned", lang)
    words["exchanges"] = terms.label("layer", "exchanges", lang)
    words["plots"] = terms.label("layer", "plots", lang)
    words["iav_class"] = terms.label("figure", "iav_class", lang)
    return words


__all__ = [
    "MAP_LAYERS",
    "UNDERLAYS",
    "layer_z",
    "legend_words",
    "BACKGROUND_COLOUR",
    "CORRIDOR_STYLES",
    "DOT_SIZES_PX",
    "EXCHANGE_COLOUR",
    "FACILITY_SIZE_PX",
    "FACILITY_SYMBOLS",
    "IAV_BREAKS_10K_RMB",
    "LegendItem",
    "LineStyle",
    "MATPLOTLIB_MARKERS",
    "MEDIUM_COLOURS",
    "PLANNED_DASH",
    "PLOT_STYLE",
    "PointSymbol",
    "SECTOR_SYMBOLS",
    "SHAPES",
    "SYMBOL_SIZES_PX",
    "ZONE_COLOURS",
    "ZONE_FILL_OPACITY",
    "blend",
    "darken",
    "exchange_curve",
    "facility_symbol",
    "iav_class",
    "legend_items",
    "pipeline_style",
    "rgb",
    "sector_symbol",
    "shape_outline",
    "zone_colour",
]
