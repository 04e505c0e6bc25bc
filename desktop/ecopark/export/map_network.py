"""Pressure colouring on the exported map: the steam and hot-water segments coloured as the
window's network map mode colours them (share of the pressure left between the source and the
consumers' need; purple where a pipe cannot carry its flow), consumers marked green (served) or
red (short) with the short ones' pressure margin."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import LinearSegmentedColormap
from shapely.geometry import LineString
from shapely.ops import substring

from ecopark.export.labels import both, term
from ecopark.hydraulics import HydraulicResult, NetworkResult, solve_scenario
from ecopark.hydraulics.colours import (
    FAILED,
    PRESSURE_STOPS,
    SERVED,
    SHORT,
    consumer_colour,
    margin_text,
    segment_colour,
)
from ecopark.model import Park

RAMP_TICKS = (0.0, 0.5, 1.0)
"""Where the legend's ramps are labelled in MPa (share of the range)."""


def draw_network_pressure(
    ax: Axes, park: Park, scenario_id: str, label_scale: float = 1.0, legend_lang: str | None = None
) -> int:
    """Draw over the map; returns how many segments were coloured. With ``legend_lang`` (zh or
    en) the map also gets the legend of the colouring (:func:`draw_pressure_legend`)."""
    result = solve_scenario(park, scenario_id)
    if legend_lang is not None:
        draw_pressure_legend(ax, result, legend_lang, 6.0 * label_scale)
    scenario = park.scenario(scenario_id)
    pipes = scenario.layers["pipelines"]
    lines: list[np.ndarray] = []
    colours: list[str] = []
    for net in result.networks:
        for seg in net.segments:
            pipe = pipes.get(seg.pipeline_id)
            part = substring(getattr(pipe, "geometry"), seg.start_m, seg.end_m) if pipe else None  # noqa: B009
            if isinstance(part, LineString) and not part.is_empty:
                lines.append(np.asarray(part.coords))
                colours.append(segment_colour(net, seg, "pressure"))
    if lines:
        ax.add_collection(LineCollection(lines, colors="#202020", linewidths=3.2, zorder=6.9))
        ax.add_collection(LineCollection(lines, colors=colours, linewidths=2.2, zorder=7))
    for net in result.networks:
        for c in net.consumers:
            g = getattr(scenario.find(c.id), "geometry", None)
            if g is None or g.geom_type != "Point":
                continue
            ax.scatter([g.x], [g.y], s=22, c=consumer_colour(c), edgecolors="white",
                       linewidths=0.6, zorder=8)  # fmt: skip
            if not c.served and label_scale > 0:
                ax.annotate(margin_text(c), (g.x, g.y), xytext=(4, 3),
                            textcoords="offset points", fontsize=5.5 * label_scale,
                            color=consumer_colour(c), zorder=9)  # fmt: skip
    return len(lines)


def pressure_ranges(result: HydraulicResult) -> list[tuple[str, float, float]]:
    """(medium, lowest requirement, highest source pressure) of each solved network's ramp,
    as :func:`ecopark.hydraulics.colours.pressure_share` spans it; one row per distinct range."""
    out: list[tuple[str, float, float]] = []
    for net in result.networks:
        rng = _range(net)
        if rng is not None and (net.medium, *rng) not in out:
            out.append((net.medium, *rng))
    return out


def _range(net: NetworkResult) -> tuple[float, float] | None:
    if not net.sources or not net.segments:
        return None
    top = max(s.outlet_pressure_mpa for s in net.sources)
    needs = [c.required_pressure_mpa for c in net.consumers if c.required_pressure_mpa]
    return (round(min(needs) if needs else 0.0, 3), round(top, 3))


def draw_pressure_legend(ax: Axes, result: HydraulicResult, lang: str, fontsize: float) -> None:
    """The key of the pressure colouring, boxed in the map's lower right corner (the scale bar
    holds the lower left, the north arrow the upper right): one colour ramp
    per network with its pressures in MPa (left end: the lowest pressure a consumer of it
    needs; right end: its source's outlet), then the consumer marks and the failed-pipe
    colour, in both languages (``lang`` first)."""
    ranges = pressure_ranges(result)
    ramp_h, mark_h = 1.9, 1.0
    rows = 2.3 + ramp_h * len(ranges) + 4 * mark_h + 0.3
    w, h = 0.42, 0.03 * rows
    box = ax.inset_axes((1.0 - w - 0.008, 0.008, w, h))
    box.set_xlim(0, 1)
    box.set_ylim(0, rows)
    box.set_xticks([])
    box.set_yticks([])
    box.set_facecolor((1, 1, 1, 0.9))
    for spine in box.spines.values():
        spine.set_linewidth(0.5)
        spine.set_color("#606060")
    box.set_zorder(20)
    y = rows - 0.75

    def text(x: float, yy: float, s: str, **kw: object) -> None:
        box.text(x, yy, s, fontsize=kw.pop("size", fontsize), va="center", ha=kw.pop("ha", "left"),
                 parse_math=False, **kw)  # type: ignore[arg-type]  # fmt: skip

    text(0.03, y, both(("管网压力 MPa（绝对）", "Network pressure, MPa (absolute)"), lang),
         size=fontsize + 0.4, fontweight="bold")  # fmt: skip
    y -= 1.0
    text(0.03, y, both(("色带：用户最低需求 → 热源出口", "ramp: lowest need → source outlet"),
                       lang),
         size=fontsize - 0.6, color="#404040")  # fmt: skip
    y -= 0.45
    grad = np.linspace(0.0, 1.0, 128)
    cmap = LinearSegmentedColormap.from_list("pressure", PRESSURE_STOPS)
    x0, x1 = 0.40, 0.95
    for medium, low, top in ranges:
        y -= ramp_h / 2
        text(0.03, y + 0.15, both(term("medium", medium), lang))
        box.imshow(grad[None, :], extent=(x0, x1, y, y + 0.55), aspect="auto", cmap=cmap)
        for share in RAMP_TICKS:
            x = x0 + share * (x1 - x0)
            box.plot([x, x], [y - 0.12, y], color="#303030", linewidth=0.5)
            text(x, y - 0.5, f"{low + share * (top - low):.2f}", size=fontsize - 1.0, ha="center")
        y -= ramp_h / 2
    marks = [
        ("o", SERVED, both(("用户：压力、温度满足", "consumer served (pressure, temperature)"),
                           lang)),
        ("o", SHORT, both(("用户不足：标注压力裕量 MPa", "consumer short: label = margin, MPa"),
                          lang)),
        ("", SHORT, both(("“wet”：蒸汽到达时已凝结", "“wet”: the steam arrives condensed"), lang)),
        ("-", FAILED, both(("管段无法输送其流量", "pipe cannot carry its flow"), lang)),
    ]  # fmt: skip
    for marker, colour, label in marks:
        y -= mark_h
        if marker == "o":
            box.scatter([0.07], [y], s=14, c=colour, edgecolors="white", linewidths=0.5)
        elif marker == "-":
            box.plot([0.03, 0.11], [y, y], color=colour, linewidth=2.2)
        text(0.15, y, label, size=fontsize - 0.4)
