"""A drawing sheet for an expert panel: paper A4-A0, an exact round scale, frame, coordinate
grid, legend, north arrow, scale bar and a title block (图签), labels placed without overlap.

The sheet is laid out in page millimetres. The map frame's ground extent is its paper size times
the scale denominator, so 1 mm on the sheet is exactly ``scale / 1000`` metres: the printed
figure "1:10,000" is the truth, not a rounded estimate of a fitted extent. "Fit" picks the
smallest round scale (see ``data/sheet_template.json``) at which the objects fit. Several
scenarios print as pages of one PDF, at the same scale and extent so they compare sheet to sheet.
Qt-free (matplotlib without pyplot).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Polygon as MplPolygon
from matplotlib.patches import Rectangle

from ecopark import symbology as sym
from ecopark.export.errors import ExportError
from ecopark.export.label_placement import (
    LabelRequest,
    PlacedLabel,
    Rect,
    place_labels,
    symbol_rect,
)
from ecopark.export.labels import LANGS, both
from ecopark.export.map_furniture import draw_legend, nice_length, true_north_angle
from ecopark.export.map_layers import DRAW_ORDER, PT_PER_PX, draw_scenario, scenario_bounds
from ecopark.export.map_underlays import draw_underlays
from ecopark.model import Park
from ecopark.model.labelling import DEFAULTS as LABEL_DEFAULTS
from ecopark.model.labelling import label_styles, label_text
from ecopark.numbers import format_plain

MM_PER_INCH = 25.4
MM_PER_PT = MM_PER_INCH / 72.0
PAPER_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
}
"""ISO 216 / GB/T 14689 sizes, portrait (width, height) in millimetres."""
ORIENTATIONS = ("landscape", "portrait")
RASTER_DPI = 300
GRID_COLOUR = "#6f8fb0"
TITLE_KEYS = (
    "unit",
    "project",
    "title",
    "scenario",
    "scale",
    "drawn_by",
    "date",
    "checked_by",
    "drawing_no",
)

Extent = tuple[float, float, float, float]


class ExportCancelled(ExportError):
    """The planner cancelled a print export (nothing was written)."""


@cache
def sheet_template() -> dict[str, Any]:
    """The sheet and title-block template (data file, source in its ``_source``)."""
    text = resources.files("ecopark.export").joinpath("data/sheet_template.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


def round_scales() -> tuple[int, ...]:
    return tuple(int(s) for s in sheet_template()["round_scales"])


@dataclass(frozen=True)
class SheetSpec:
    paper: str = "A1"
    orientation: str = "landscape"
    scale: int | None = None
    """Scale denominator (10000 for 1:10,000); None picks the smallest round scale that fits."""
    lang: str = "zh"

    def __post_init__(self) -> None:
        if self.paper not in PAPER_MM:
            raise ExportError(f"unknown paper size {self.paper!r}: use {', '.join(PAPER_MM)}")
        if self.orientation not in ORIENTATIONS:
            raise ExportError(
                f"unknown orientation {self.orientation!r}: use landscape or portrait"
            )
        if self.scale is not None and not (
            isinstance(self.scale, int) and 1 <= self.scale <= 10_000_000
        ):
            raise ExportError(f"scale 1:{self.scale} must be a whole number from 1 to 10,000,000")
        if self.lang not in LANGS:
            raise ExportError(f"unknown language {self.lang!r}: use zh or en")

    @property
    def page_mm(self) -> tuple[float, float]:
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)


@dataclass(frozen=True)
class SheetGeometry:
    """Boxes (x, y, w, h) in page mm, origin at the lower left."""

    page: tuple[float, float]
    frame: tuple[float, float, float, float]
    map_box: tuple[float, float, float, float]
    column: tuple[float, float, float, float]
    font_scale: float


def sheet_geometry(spec: SheetSpec) -> SheetGeometry:
    tpl = sheet_template()
    paper = tpl["papers"][spec.paper]
    pw, ph = spec.page_mm
    m = float(tpl["frame_margin_mm"])
    k = float(paper["font_scale"])
    col_w = min(float(paper["column_mm"]), (pw - 2 * m) * 0.45)
    frame = (m, m, pw - 2 * m, ph - 2 * m)
    edge = 7.0 * k  # room for the grid's coordinate labels round the map
    map_box = (m + edge, m + edge, pw - 2 * m - col_w - 2 * edge, ph - 2 * m - 2 * edge)
    column = (pw - m - col_w, m, col_w, ph - 2 * m)
    return SheetGeometry((pw, ph), frame, map_box, column, k)


def choose_scale(bounds: Extent, map_w_mm: float, map_h_mm: float, margin: float = 0.04) -> int:
    """The smallest round scale at which ``bounds`` (grown by ``margin``) fits the map box."""
    w = (bounds[2] - bounds[0]) * (1 + 2 * margin)
    h = (bounds[3] - bounds[1]) * (1 + 2 * margin)
    need = max(w / (map_w_mm / 1000.0), h / (map_h_mm / 1000.0), 1.0)
    for s in round_scales():
        if s >= need:
            return s
    raise ExportError(f"the park needs a scale smaller than 1:{round_scales()[-1]:,}")


def scale_text(denominator: int) -> str:
    return f"1:{denominator:,}"


@dataclass
class SheetReport:
    """What a sheet shows, for the caller's message and the tests."""

    scenario_id: str
    scale: int
    extent: Extent
    map_box: tuple[float, float, float, float]
    labels: list[PlacedLabel] = field(default_factory=list)
    left_off: list[LabelRequest] = field(default_factory=list)
    cut_off: int = 0
    """Objects that reach beyond the sheet at this scale (the planner may want fit or a
    larger paper)."""

    def ground_to_page(self, x: float, y: float) -> tuple[float, float]:
        bx, by, _, _ = self.map_box
        return bx + (x - self.extent[0]) * 1000.0 / self.scale, by + (
            y - self.extent[1]
        ) * 1000.0 / self.scale


def sheet_extent(park: Park, scenario_ids: Sequence[str], spec: SheetSpec) -> tuple[Extent, int]:
    """The common ground extent and scale of the sheets of ``scenario_ids``."""
    geo = sheet_geometry(spec)
    boxes = [scenario_bounds(park.scenario(sid), DRAW_ORDER) for sid in scenario_ids]
    found = [b for b in boxes if b is not None]
    if not found:
        raise ExportError("nothing to print: the scenarios have no objects")
    arr = np.asarray(found)
    bounds = (arr[:, 0].min(), arr[:, 1].min(), arr[:, 2].max(), arr[:, 3].max())
    _, _, mw, mh = geo.map_box
    scale = spec.scale or choose_scale(bounds, mw, mh)
    cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
    gw, gh = mw / 1000.0 * scale, mh / 1000.0 * scale
    ext = (cx - gw / 2, cy - gh / 2, cx + gw / 2, cy + gh / 2)
    return (float(ext[0]), float(ext[1]), float(ext[2]), float(ext[3])), scale


def title_values(
    park: Park, scenario_id: str, scale: int, given: dict[str, str] | None, page: int, lang: str
) -> dict[str, str]:
    """Title-block values: what was given, else the park's ``settings["title_block"]``, else
    defaults (park name, scenario, today, the scale)."""
    info = park.scenario(scenario_id).info
    stored = park.settings.get("title_block")
    values: dict[str, str] = {k: "" for k in TITLE_KEYS}
    values.update(
        {
            "project": park.name,
            "title": both(("园区总体布局规划图", "Park layout plan"), lang),
            "date": dt.date.today().isoformat(),
            "drawing_no": f"EP-{page:02d}",
        }
    )
    if isinstance(stored, dict):
        values.update({k: str(v) for k, v in stored.items() if k in values and v})
    if given:
        values.update({k: v for k, v in given.items() if k in values and v})
    if "{page" in values["drawing_no"]:
        values["drawing_no"] = values["drawing_no"].format(page=page)
    values["scenario"] = f"{info.name} ({info.scenario_id}, {info.year})"
    values["scale"] = scale_text(scale)
    return values


def render_sheet(
    park: Park,
    scenario_id: str,
    spec: SheetSpec,
    *,
    extent: Extent | None = None,
    scale: int | None = None,
    given: dict[str, str] | None = None,
    page: int = 1,
    underlays: bool = True,
) -> tuple[Figure, SheetReport]:
    """One sheet; ``extent`` and ``scale`` (from :func:`sheet_extent`) keep pages alike."""
    if extent is None or scale is None:
        extent, scale = sheet_extent(park, [scenario_id], spec)
    geo = sheet_geometry(spec)
    pw, ph = geo.page
    k = geo.font_scale
    fig = Figure(figsize=(pw / MM_PER_INCH, ph / MM_PER_INCH), dpi=72)
    FigureCanvasAgg(fig)
    bx, by, bw, bh = geo.map_box
    ax = fig.add_axes((bx / pw, by / ph, bw / pw, bh / ph), zorder=1)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_linewidth(0.9)
    report = SheetReport(scenario_id, scale, extent, geo.map_box)
    report.cut_off = _cut_off(park, scenario_id, extent)
    if underlays:
        draw_underlays(ax, park.underlays, RASTER_DPI)
    usage = draw_scenario(ax, park, scenario_id, DRAW_ORDER, label_scale=0.0)
    page_ax = fig.add_axes((0, 0, 1, 1), zorder=5)
    page_ax.set_xlim(0, pw)
    page_ax.set_ylim(0, ph)
    page_ax.set_axis_off()
    page_ax.patch.set_visible(False)
    _draw_grid(ax, page_ax, report, k)
    _draw_labels(fig, page_ax, park, report, k, spec.lang)
    _draw_frame(page_ax, geo)
    _draw_column(fig, page_ax, park, spec, geo, report, usage, given, page)
    return fig, report


def _cut_off(park: Park, scenario_id: str, extent: Extent) -> int:
    geoms = [
        g
        for layer, objs in park.scenario(scenario_id).layers.items()
        if layer != "exchanges"
        for o in objs.values()
        if (g := getattr(o, "geometry", None)) is not None
    ]
    if not geoms:
        return 0
    inside = shapely.within(np.asarray(geoms, dtype=object), shapely.box(*extent))
    return int((~inside).sum())


# ----- map grid --------------------------------------------------------------------------------
def grid_step(scale: int) -> float:
    """A round ground distance about 100 mm apart on paper (1:10,000 -> 1,000 m)."""
    return nice_length(scale * 0.1)


def _draw_grid(ax: Axes, page_ax: Axes, rep: SheetReport, k: float) -> None:
    x0, y0, x1, y1 = rep.extent
    step = grid_step(rep.scale)
    xs = np.arange(math.ceil(x0 / step) * step, x1 + 1e-6, step)
    ys = np.arange(math.ceil(y0 / step) * step, y1 + 1e-6, step)
    for x in xs:
        ax.axvline(x, color=GRID_COLOUR, linewidth=0.35, zorder=1.5)
    for y in ys:
        ax.axhline(y, color=GRID_COLOUR, linewidth=0.35, zorder=1.5)
    bx, by, bw, bh = rep.map_box
    fs = 5.5 * k
    for x in xs:
        px, _ = rep.ground_to_page(x, y0)
        for py, va in ((by - 1.0, "top"), (by + bh + 1.0, "bottom")):
            page_ax.text(px, py, f"E {x:,.0f}", fontsize=fs, ha="center", va=va, color="#303030")
    for y in ys:
        _, py = rep.ground_to_page(x0, y)
        page_ax.text(
            bx - 1.0,
            py,
            f"N {y:,.0f}",
            fontsize=fs,
            ha="right",
            va="center",
            rotation=90,
            rotation_mode="anchor",
            color="#303030",
        )


# ----- labels ----------------------------------------------------------------------------------
def _measure(fig: Figure, page_ax: Axes, text: str, size: float) -> tuple[float, float]:
    t = page_ax.text(0, 0, text, fontsize=size, parse_math=False)
    bb = t.get_window_extent(fig.canvas.get_renderer())  # type: ignore[attr-defined]
    t.remove()
    return bb.width / fig.dpi * MM_PER_INCH, bb.height / fig.dpi * MM_PER_INCH


def label_requests(
    fig: Figure, page_ax: Axes, park: Park, rep: SheetReport, k: float, lang: str = "zh"
) -> tuple[list[LabelRequest], list[Rect]]:
    """Labels wanted (facilities, firms, zones; every named one) and the symbols to keep clear."""
    scenario = park.scenario(rep.scenario_id)
    styles = label_styles(park.settings)
    sizes_pt = {layer: _label_pt(layer, styles[layer].size) * k for layer in styles}
    reqs: list[LabelRequest] = []
    obstacles: list[Rect] = []
    bx, by, bw, bh = rep.map_box

    def shown(p: tuple[float, float]) -> bool:  # objects off the sheet need no label
        return bx <= p[0] <= bx + bw and by <= p[1] <= by + bh

    fac_half = sym.FACILITY_SIZE_PX * PT_PER_PX * MM_PER_PT / 2
    for f in scenario.facilities.values():
        p = rep.ground_to_page(f.geometry.x, f.geometry.y)
        obstacles.append(symbol_rect(*p, fac_half))
        text = label_text(f, styles["facilities"], lang)
        if text and shown(p):
            size = _measure(fig, page_ax, text, sizes_pt["facilities"])
            reqs.append(LabelRequest(text, "facilities", p, size, fac_half))
    sizes = sym.SYMBOL_SIZES_PX if len(scenario.firms) <= 300 else sym.DOT_SIZES_PX
    for firm in scenario.firms.values():
        p = rep.ground_to_page(firm.geometry.x, firm.geometry.y)
        half = sizes[sym.iav_class(firm.iav_10k_rmb)] * PT_PER_PX * MM_PER_PT / 2
        obstacles.append(symbol_rect(*p, half))
        text = label_text(firm, styles["firms"], lang)
        if text and shown(p):
            size = _measure(fig, page_ax, text, sizes_pt["firms"])
            reqs.append(LabelRequest(text, "firms", p, size, half, rank=firm.iav_10k_rmb))
    mm_per_m = 1000.0 / rep.scale
    sheet = shapely.box(bx, by, bx + bw, by + bh)
    for z in scenario.zones.values():
        text = label_text(z, styles["zones"], lang)
        if not text:
            continue
        area = shapely.transform(
            z.geometry,
            lambda c: np.column_stack(
                [
                    bx + (c[:, 0] - rep.extent[0]) * mm_per_m,
                    by + (c[:, 1] - rep.extent[1]) * mm_per_m,
                ]
            ),
        )
        area = area.intersection(sheet)
        if area.is_empty or area.area <= 0:
            continue
        size = _measure(fig, page_ax, text, sizes_pt["zones"])
        pt = area.representative_point()
        reqs.append(LabelRequest(text, "zones", (pt.x, pt.y), size, area=area, rank=z.area_m2))
    return reqs, obstacles


PRINT_LABEL_PT = {"facilities": 7.0, "firms": 5.5, "zones": 8.0}
"""Printed label sizes (points on A4, grown by the paper's font scale) at the default screen
size of :data:`ecopark.model.labelling.DEFAULTS`; a planner's screen size scales them alike."""


def _label_pt(layer: str, screen_pt: float) -> float:
    return PRINT_LABEL_PT[layer] * screen_pt / LABEL_DEFAULTS[layer].size


def _draw_labels(
    fig: Figure, page_ax: Axes, park: Park, rep: SheetReport, k: float, lang: str
) -> None:
    reqs, obstacles = label_requests(fig, page_ax, park, rep, k, lang)
    bx, by, bw, bh = rep.map_box
    placed, dropped = place_labels(reqs, (bx, by, bx + bw, by + bh), obstacles)
    styles = label_styles(park.settings)
    style = {
        "facilities": ("bold", "#101010"),
        "firms": ("normal", "#202020"),
        "zones": ("normal", "#404040"),
    }
    for lab in placed:
        layer = lab.request.layer
        weight, colour = style[layer]
        page_ax.text(
            lab.rect[0],
            lab.rect[1],
            lab.request.text,
            fontsize=_label_pt(layer, styles[layer].size) * k,
            fontweight=weight,
            color=colour,
            ha="left",
            va="bottom",
            parse_math=False,
            zorder=6,
            bbox=None
            if not styles[layer].halo
            else {
                "boxstyle": "square,pad=0.05",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.7,
            },
        )
    rep.labels, rep.left_off = placed, dropped


# ----- frame, column, title block --------------------------------------------------------------
def _draw_frame(page_ax: Axes, geo: SheetGeometry) -> None:
    x, y, w, h = geo.frame
    page_ax.add_patch(Rectangle((x, y), w, h, fill=False, linewidth=1.4, edgecolor="black"))
    cx = geo.column[0]
    page_ax.plot([cx, cx], [y, y + h], color="black", linewidth=0.8)


def _draw_column(
    fig: Figure,
    page_ax: Axes,
    park: Park,
    spec: SheetSpec,
    geo: SheetGeometry,
    rep: SheetReport,
    usage: Any,
    given: dict[str, str] | None,
    page: int,
) -> None:
    k = geo.font_scale
    cx, cy, cw, ch = geo.column
    pad = 4.0 * k
    values = title_values(park, rep.scenario_id, rep.scale, given, page, spec.lang)
    top = cy + ch - pad
    page_ax.text(
        cx + pad,
        top,
        values["title"],
        fontsize=14 * k,
        fontweight="bold",
        va="top",
        parse_math=False,
    )
    info = park.scenario(rep.scenario_id).info
    page_ax.text(
        cx + pad,
        top - 9 * k,
        f"{park.name} · {info.name} ({info.year})",
        fontsize=8 * k,
        va="top",
        parse_math=False,
    )
    # north arrow and scale
    furn_top = top - 16 * k
    _north_arrow(
        page_ax,
        (cx + cw - pad - 7 * k, furn_top - 10 * k),
        8 * k,
        true_north_angle(park.crs, *_centre(rep.extent)),
    )
    page_ax.text(
        cx + pad,
        furn_top - 2 * k,
        f"{both(('比例尺', 'Scale'), spec.lang)}  {scale_text(rep.scale)}",
        fontsize=10 * k,
        fontweight="bold",
        va="top",
    )
    _scale_bar(page_ax, (cx + pad, furn_top - 16 * k), rep.scale, k)
    crs = f"{both(('坐标系', 'CRS'), spec.lang)}: {park.crs}"
    page_ax.text(cx + pad, furn_top - 23 * k, crs, fontsize=6 * k, va="top", color="#303030")
    # title block at the bottom, legend between
    tb_h = _title_block(page_ax, (cx, cy, cw), values, spec.lang, k)
    leg_top = furn_top - 29 * k
    leg_y = cy + tb_h + pad
    if leg_top - leg_y > 10:
        pw, ph = geo.page
        box = (cx + pad, leg_y, cw - 2 * pad, leg_top - leg_y)
        leg_ax = fig.add_axes((box[0] / pw, box[1] / ph, box[2] / pw, box[3] / ph), zorder=4)
        leg_ax.set_axis_off()
        draw_legend(leg_ax, park, usage, spec.lang, (box[2], box[3]), fontsize=7 * k)


def _centre(e: Extent) -> tuple[float, float]:
    return (e[0] + e[2]) / 2, (e[1] + e[3]) / 2


def _north_arrow(ax: Axes, at: tuple[float, float], size: float, angle: float) -> None:
    c, s = math.cos(angle), math.sin(angle)

    def rot(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(at[0] + size * (x * c - y * s), at[1] + size * (x * s + y * c)) for x, y in pts]

    ax.add_patch(
        MplPolygon(
            rot([(0, 1), (-0.4, -0.7), (0, -0.35)]),
            closed=True,
            facecolor="black",
            edgecolor="black",
            linewidth=0.6,
        )
    )
    ax.add_patch(
        MplPolygon(
            rot([(0, 1), (0.4, -0.7), (0, -0.35)]),
            closed=True,
            facecolor="white",
            edgecolor="black",
            linewidth=0.6,
        )
    )
    ((nx, ny),) = rot([(0, 1.35)])
    ax.text(nx, ny, "N", ha="center", va="bottom", fontsize=9 * size / 8, fontweight="bold")


def _scale_bar(ax: Axes, at: tuple[float, float], scale: int, k: float) -> float:
    """A bar whose paper length is exactly its ground length / scale; returns ground metres."""
    length = nice_length(scale * 0.05)  # about 50 mm of paper
    mm = length * 1000.0 / scale
    x, y = at
    h = 2.0 * k
    for i in range(4):
        ax.add_patch(
            Rectangle(
                (x + i * mm / 4, y),
                mm / 4,
                h,
                linewidth=0.5,
                edgecolor="black",
                facecolor="black" if i % 2 == 0 else "white",
            )
        )
    unit_km = length >= 1000
    for frac in (0.0, 0.5, 1.0):
        v = length * frac / (1000.0 if unit_km else 1.0)
        ax.text(
            x + mm * frac,
            y - 0.8,
            format_plain(v, grouped=False),
            fontsize=6 * k,
            ha="center",
            va="top",
        )
    ax.text(x + mm + 2.0, y + h / 2, "km" if unit_km else "m", fontsize=6 * k, va="center")
    return length


def _title_block(
    ax: Axes, at: tuple[float, float, float], values: dict[str, str], lang: str, k: float
) -> float:
    """Draw the template's title block at the column's bottom; returns its height (mm)."""
    tb = sheet_template()["title_block"]
    x0, y0, width = at
    row_h = float(tb["row_height_mm"]) * max(k, 0.8)
    rows = tb["rows"]
    height = row_h * len(rows)
    ax.add_patch(Rectangle((x0, y0), width, height, fill=False, linewidth=1.2))
    for i, row in enumerate(rows):
        y = y0 + height - (i + 1) * row_h
        ax.plot([x0, x0 + width], [y, y], color="black", linewidth=0.5)
        x = x0
        for cell in row:
            cw = width * float(cell.get("w", 1.0))
            lw = cw * float(cell["label_w"]) if cell.get("w") else width * float(cell["label_w"])
            label = both(tuple(cell["label"]), lang)  # type: ignore[arg-type]
            fs = 6.0 * k
            ax.text(x + 1.2, y + row_h / 2, label, fontsize=fs * 0.9, va="center", color="#303030")
            ax.plot([x + lw, x + lw], [y, y + row_h], color="black", linewidth=0.4)
            if x > x0:
                ax.plot([x, x], [y, y + row_h], color="black", linewidth=0.6)
            value = values.get(cell["key"], "")
            ax.text(
                x + lw + 1.5,
                y + row_h / 2,
                value,
                fontsize=fs * 1.1,
                va="center",
                parse_math=False,
                clip_on=False,
            )
            x += cw
    return height


# ----- several pages ---------------------------------------------------------------------------
def export_sheets(
    park: Park,
    scenario_ids: Sequence[str],
    path: str | Path,
    spec: SheetSpec,
    *,
    given: dict[str, str] | None = None,
    underlays: bool = True,
    progress: Callable[[int, int], bool] | None = None,
) -> list[SheetReport]:
    """Write one sheet per scenario (same scale and extent) into one PDF, or one PNG/SVG sheet.

    ``progress(done, total)`` is called before each sheet and after the last; when it returns
    False the export stops with :class:`ExportCancelled` and no file is written."""

    def step(done: int) -> None:
        if progress is not None and not progress(done, len(scenario_ids)):
            raise ExportCancelled("export cancelled")

    from matplotlib.backends.backend_pdf import PdfPages

    from ecopark.export.map_export import map_format, map_rendering
    from ecopark.storage import atomic_target

    target = Path(path)
    fmt = map_format(target)
    if fmt != "pdf" and len(scenario_ids) != 1:
        raise ExportError(f"{target.name}: several sheets need a PDF; name the file .pdf")
    reports: list[SheetReport] = []
    with map_rendering():
        extent, scale = sheet_extent(park, scenario_ids, spec)
        with atomic_target(target) as tmp:
            if fmt == "pdf":
                meta = {"Title": park.name, "Creator": "EcoPark Planner"}
                with PdfPages(tmp, metadata=meta) as pdf:
                    for page, sid in enumerate(scenario_ids, start=1):
                        step(page - 1)
                        fig, rep = render_sheet(
                            park,
                            sid,
                            spec,
                            extent=extent,
                            scale=scale,
                            given=given,
                            page=page,
                            underlays=underlays,
                        )
                        pdf.savefig(fig)
                        reports.append(rep)
                    step(len(scenario_ids))
            else:
                step(0)
                fig, rep = render_sheet(
                    park,
                    scenario_ids[0],
                    spec,
                    extent=extent,
                    scale=scale,
                    given=given,
                    underlays=underlays,
                )
                fig.savefig(tmp, format=fmt, dpi=RASTER_DPI)
                reports.append(rep)
                step(1)
    return reports


__all__ = [
    "ExportCancelled",
    "ORIENTATIONS",
    "PAPER_MM",
    "SheetReport",
    "SheetSpec",
    "choose_scale",
    "export_sheets",
    "grid_step",
    "render_sheet",
    "round_scales",
    "scale_text",
    "sheet_extent",
    "sheet_geometry",
    "sheet_template",
    "title_values",
]
