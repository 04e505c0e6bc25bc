"""A printable map of one scenario: PDF, SVG or 300 dpi PNG on A4 or A3 paper.

The page holds a title, the map (with scale bar and north arrow, over the visible scanned
underlays unless left out), a panel with the legend of the symbols in use and, optionally, the
indicator scorecard, and a footer with the coordinate system, scenario, date, print scale and
the underlays shown. Drawn with matplotlib without pyplot (no GUI backend), so it
runs in the CLI, in tests and inside the Qt application alike. Written through
``atomic_target``: a failed export leaves no partial file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import matplotlib
import pyproj
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ecopark.export.errors import ExportError
from ecopark.export.fonts import font_rc
from ecopark.export.labels import LANGS, both
from ecopark.export.map_furniture import (
    draw_legend,
    draw_north_arrow,
    draw_scale_bar,
    true_north_angle,
)
from ecopark.export.map_layers import DRAW_ORDER, draw_scenario, scenario_bounds
from ecopark.export.map_thematic import draw_thematic
from ecopark.export.map_underlays import draw_underlays
from ecopark.export.scorecard import ScoreRow, park_scorecard
from ecopark.messages import render
from ecopark.model import Park
from ecopark.storage import atomic_target

MM_PER_INCH = 25.4
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
"""ISO 216 sizes, portrait (width, height) in millimetres."""
ORIENTATIONS = ("portrait", "landscape")
FORMATS = ("pdf", "png", "svg")
RASTER_DPI = 300
PASS_COLOUR = "#1e7b34"
FAIL_COLOUR = "#b3261e"

Extent = tuple[float, float, float, float]


@dataclass(frozen=True)
class MapPage:
    """Paper and layout of one page, in millimetres."""

    paper: str
    orientation: str

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)

    @property
    def scale(self) -> float:
        """Font and panel scale: A3 prints everything 1.25 times larger than A4."""
        return 1.25 if self.paper == "A3" else 1.0


def page_size_mm(paper: str, orientation: str) -> tuple[float, float]:
    """(width, height) in mm; raises :class:`ExportError` for an unknown paper or orientation."""
    if paper not in PAPER_MM:
        raise ExportError(f"unknown paper size {paper!r}: use {' or '.join(PAPER_MM)}")
    if orientation not in ORIENTATIONS:
        raise ExportError(f"unknown orientation {orientation!r}: use portrait or landscape")
    return MapPage(paper, orientation).size_mm


def fit_extent(extent: Extent, box_w: float, box_h: float, margin: float = 0.0) -> Extent:
    """Grow ``extent`` (by ``margin`` share, then to the box's aspect) about its centre."""
    x0, y0, x1, y1 = extent
    w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    w, h = w * (1 + 2 * margin), h * (1 + 2 * margin)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if w / h < box_w / box_h:
        w = h * box_w / box_h
    else:
        h = w * box_h / box_w
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _crs_text(crs: str) -> str:
    try:
        name = pyproj.CRS.from_user_input(crs).name
    except pyproj.exceptions.CRSError:
        return crs
    return f"{crs} {name}" if crs.upper().startswith("EPSG") else str(name)


def _round_scale(denominator: float) -> str:
    if denominator <= 0:
        return "—"
    digits = len(str(int(denominator))) - 3
    rounded = round(denominator, -digits) if digits > 0 else round(denominator)
    return f"1 : {int(rounded):,}"


def render_map_figure(
    park: Park,
    scenario_id: str | None,
    *,
    paper: str = "A4",
    orientation: str = "landscape",
    scorecard: bool = True,
    title: str | None = None,
    visible_layers: Iterable[str] | None = None,
    extent: Extent | None = None,
    lang: str = "zh",
    date: dt.date | None = None,
    underlays: bool = True,
    network_pressure: bool = False,
    scorecard_rows: list[ScoreRow] | None = None,
) -> Figure:
    """Lay out and draw the page; the figure's size is the paper size exactly.

    ``scorecard_rows``: the scorecard when the caller has already evaluated the scenario
    (the work-plan report); None evaluates it here.

    ``underlays`` draws the park's visible scanned plans under the map; they never change the
    extent, which comes from ``extent`` or the scenario's objects.
    """
    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r}: use zh or en")
    page_w, page_h = page_size_mm(paper, orientation)
    page = MapPage(paper, orientation)
    sid = scenario_id or park.default_scenario().scenario_id
    scenario = park.scenario(sid)
    layers = tuple(DRAW_ORDER if visible_layers is None else visible_layers)
    bounds = extent or scenario_bounds(scenario, layers)
    if bounds is None:
        raise ExportError(
            f"scenario {sid} has nothing to draw in the layers shown; add objects or show layers"
        )
    k = page.scale
    fig = Figure(figsize=(page_w / MM_PER_INCH, page_h / MM_PER_INCH))
    margin, title_h, footer_h = 10.0, 14.0 * k, 8.0 * k
    landscape = orientation == "landscape"
    panel = (72.0 if scorecard else 52.0) * k
    map_x, map_y = margin, margin + footer_h
    if landscape:
        map_w = page_w - 2 * margin - panel - 5.0
        map_h = page_h - 2 * margin - title_h - footer_h
        panel_box = (page_w - margin - panel, map_y, panel, map_h)
    else:
        panel_h = (78.0 if scorecard else 55.0) * k
        map_w = page_w - 2 * margin
        map_h = page_h - 2 * margin - title_h - footer_h - panel_h - 5.0
        panel_box = (margin, map_y, map_w, panel_h)
        map_y = map_y + panel_h + 5.0

    def frac(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        return x / page_w, y / page_h, w / page_w, h / page_h

    ax = fig.add_axes(frac(map_x, map_y, map_w, map_h))
    x0, y0, x1, y1 = fit_extent(bounds, map_w, map_h, margin=0.0 if extent else 0.04)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor("#ffffff")
    for spine in ax.spines.values():
        spine.set_linewidth(0.8)
    shown = draw_underlays(ax, park.underlays, RASTER_DPI) if underlays else []
    usage = draw_scenario(ax, park, sid, layers, label_scale=k)
    if network_pressure:  # steam and hot-water pipes coloured by pressure (ecopark.hydraulics)
        from ecopark.export.map_network import draw_network_pressure

        draw_network_pressure(ax, park, sid, k, legend_lang=lang)
    if "firms" in layers:  # firms by CO₂ / energy per IAV when the thematic mode is on
        draw_thematic(ax, park, sid, lang, 6.5 * k)
    draw_scale_bar(ax, x1 - x0, fontsize=7 * k)
    draw_north_arrow(ax, true_north_angle(park.crs, (x0 + x1) / 2, (y0 + y1) / 2), 0.4 * k)

    info = scenario.info
    heading = title or f"{park.name} — {info.name} ({info.year})"
    fig.text(
        margin / page_w,
        1 - (margin + title_h * 0.45) / page_h,
        heading,
        fontsize=15 * k,
        fontweight="bold",
        va="center",
        ha="left",
        parse_math=False,
    )
    when = (date or dt.date.today()).isoformat()
    scale = _round_scale((x1 - x0) * 1000.0 / map_w)
    footer = "   ·   ".join(
        [
            f"{both(('坐标系', 'CRS'), lang)}: {render(_crs_text(park.crs), lang)}",
            f"{both(('方案', 'Scenario'), lang)}: {info.name} ({info.scenario_id}, {info.year})",
            f"{both(('日期', 'Date'), lang)}: {when}",
            f"{both(('比例尺', 'Scale'), lang)} {scale} ({paper})",
        ]
    )
    lines = [footer]
    if shown:  # a line of its own: the first already fills an A4 portrait page's width
        names = ", ".join(u.name or u.underlay_id for u in shown)
        lines.append(f"{both(('底图', 'Underlay'), lang)}: {names}")
    for row, text in enumerate(lines):
        fig.text(
            margin / page_w,
            (margin + footer_h * 0.35 - row * 3.0 * k) / page_h,
            text,
            fontsize=6.5 * k,
            va="center",
            ha="left",
            color="#303030",
            parse_math=False,
        )

    px, py, pw, ph = panel_box
    if scorecard:
        if landscape:
            leg_box = (px, py + ph * 0.45, pw, ph * 0.55)
            card_box = (px, py, pw, ph * 0.42)
        else:
            leg_box = (px, py, pw * 0.6, ph)
            card_box = (px + pw * 0.62, py, pw * 0.38, ph)
    else:
        leg_box, card_box = (px, py, pw, ph), None
    leg_ax = fig.add_axes(frac(*leg_box))
    leg_ax.set_axis_off()
    draw_legend(leg_ax, park, usage, lang, (leg_box[2], leg_box[3]), fontsize=6.5 * k)
    if card_box is not None:
        card_ax = fig.add_axes(frac(*card_box))
        draw_scorecard(card_ax, park, sid, lang, fontsize=7 * k, rows=scorecard_rows)
    return fig


def draw_scorecard(
    ax: Axes,
    park: Park,
    scenario_id: str,
    lang: str,
    fontsize: float = 7.0,
    rows: list[ScoreRow] | None = None,
) -> None:
    """The scenario's scorecard as a small table (label, value, threshold, pass/fail mark)."""
    ax.set_axis_off()
    rows = park_scorecard(park, scenario_id) if rows is None else rows
    ax.text(
        0.0,
        1.0,
        both(("指标", "Indicators"), lang),
        fontsize=fontsize + 1,
        fontweight="bold",
        va="top",
        ha="left",
        transform=ax.transAxes,
    )
    step = min(0.085, 0.9 / max(len(rows), 1))
    y = 1.0 - step * 1.4
    for row in rows:
        label = row.label[0] if lang == "zh" else row.label[1]
        ax.text(0.0, y, label, fontsize=fontsize, va="top", ha="left", transform=ax.transAxes)
        ax.text(0.72, y, row.text, fontsize=fontsize, va="top", ha="right", transform=ax.transAxes)
        if row.threshold_text:
            ax.text(
                0.75,
                y,
                row.threshold_text,
                fontsize=fontsize * 0.9,
                va="top",
                ha="left",
                color="#555555",
                transform=ax.transAxes,
            )
        if row.status:
            mark, colour = ("✓", PASS_COLOUR) if row.status == "pass" else ("✗", FAIL_COLOUR)
            ax.text(
                0.98,
                y,
                mark,
                fontsize=fontsize + 1,
                va="top",
                ha="right",
                color=colour,
                fontweight="bold",
                transform=ax.transAxes,
            )
        y -= step


def export_map(
    park: Park,
    scenario_id: str | None,
    path: str | os.PathLike[str],
    paper: str = "A4",
    orientation: str = "landscape",
    scorecard: bool = True,
    title: str | None = None,
    visible_layers: Iterable[str] | None = None,
    extent: Extent | None = None,
    lang: str = "zh",
    underlays: bool = True,
    network_pressure: bool = False,
) -> Path:
    """Render the scenario's map to ``path``; the format follows the suffix (.pdf .png .svg).

    PNG is rendered at 300 dpi; PDF embeds TrueType font subsets (Chinese prints anywhere).
    ``underlays=False`` leaves the scanned plans out.
    """
    target = Path(path)
    fmt = map_format(target)
    with map_rendering():
        fig = render_map_figure(
            park,
            scenario_id,
            paper=paper,
            orientation=orientation,
            scorecard=scorecard,
            title=title,
            visible_layers=visible_layers,
            extent=extent,
            lang=lang,
            underlays=underlays,
            network_pressure=network_pressure,
        )
        with atomic_target(target) as tmp:
            save_figure(fig, tmp, fmt, title or park.name)
    return target


def map_format(path: Path) -> str:
    """pdf, png or svg from the file name; :class:`ExportError` for anything else."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(
            f"{path.name}: cannot tell the map format; name the file .pdf, .png or .svg"
        )
    return fmt


@contextlib.contextmanager
def map_rendering() -> Iterator[None]:
    """Fonts for Chinese and embedded TrueType, and no font-fallback chatter on stderr."""
    log = logging.getLogger("matplotlib.font_manager")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        with matplotlib.rc_context(cast(Any, font_rc())):
            yield
    finally:
        log.setLevel(level)


def save_figure(fig: Figure, path: Path, fmt: str, title: str) -> None:
    """Save inside :func:`map_rendering` (font embedding is decided at save time)."""
    key = "Software" if fmt == "png" else "Creator"
    fig.savefig(path, format=fmt, dpi=RASTER_DPI, metadata={"Title": title, key: "EcoPark Planner"})


__all__ = [
    "FORMATS",
    "ORIENTATIONS",
    "PAPER_MM",
    "RASTER_DPI",
    "draw_scorecard",
    "export_map",
    "fit_extent",
    "map_format",
    "map_rendering",
    "page_size_mm",
    "render_map_figure",
    "save_figure",
]
