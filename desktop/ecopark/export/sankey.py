"""The flow diagram (Sankey) of one or two scenarios as PNG, SVG or PDF, drawn with matplotlib
from the Qt-free layout of :mod:`ecopark.symbiosis.sankey` (the same picture the app shows).
Two scenarios (baseline, plan) are drawn side by side for the panel."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import Polygon, Rectangle

from ecopark.export.labels import both
from ecopark.export.map_export import map_format, map_rendering, save_figure
from ecopark.model import Park
from ecopark.numbers import format_number
from ecopark.storage import atomic_target
from ecopark.symbiosis.sankey import (
    NODE_W,
    STREAM_COLOURS,
    SankeyLayout,
    band_path,
    layout,
)

LEGEND: tuple[tuple[str, str, str], ...] = (
    ("steam_hp", "高压蒸汽", "HP steam"),
    ("steam_mp", "中压蒸汽", "MP steam"),
    ("steam_lp", "低压蒸汽", "LP steam"),
    ("heat", "热水", "heat"),
    ("water", "再生水/废水", "water"),
    ("solid_waste", "固废/副产品", "by-products"),
    ("product", "产品/原料", "products"),
)


def draw_layout(ax: object, lay: SankeyLayout, lang: str = "zh") -> None:
    """Draw one layout on a matplotlib Axes (y grows downwards, as on screen)."""
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    ax.set_xlim(0, lay.width)
    ax.set_ylim(lay.height, 0)
    ax.set_axis_off()
    ax.set_title(lay.title, fontsize=11)
    if lay.empty:
        ax.text(lay.width / 2, lay.height / 2,
                "无共生流" if lang == "zh" else "no symbiosis flows", ha="center")  # fmt: skip
        return
    for band in lay.bands:
        xs, ys = band_path(band)
        ax.add_patch(Polygon(list(zip(xs, ys, strict=True)), closed=True, facecolor=band.colour,
                             alpha=0.45, edgecolor="none"))  # fmt: skip
    for node in lay.nodes:
        ax.add_patch(Rectangle((node.x, node.y), NODE_W, node.h, facecolor="#333333"))
        left = node.column == 0
        ax.text(node.x - 4 if left else node.x + NODE_W + 4, node.y + node.h / 2, node.label,
                ha="right" if left else "left", va="center", fontsize=6.5)  # fmt: skip
    for band in lay.bands:
        if band.width >= 6:
            ax.text((band.x0 + band.x1) / 2, (band.y0 + band.y1) / 2, band.flow.label,
                    ha="center", va="center", fontsize=5, color="#222222")  # fmt: skip
    scales = "; ".join(f"{unit}: max {format_number(q, 4)}" for unit, q in lay.units)
    ax.text(0, 22, both(("宽度按单位分别缩放", "widths scaled per unit"), lang) + " — " + scales,
            fontsize=5.5, color="#555555")  # fmt: skip


def sankey_figure(park: Park, scenario_ids: Sequence[str], lang: str = "zh") -> Figure:
    n = len(scenario_ids)
    fig = Figure(figsize=(11.69, 8.27) if n == 1 else (16.5, 7.0))
    axes = fig.subplots(1, n, squeeze=False)[0]
    for ax, sid in zip(axes, scenario_ids, strict=True):
        draw_layout(ax, layout(park, sid, lang=lang), lang)
    handles = [Rectangle((0, 0), 1, 1, facecolor=STREAM_COLOURS[k], alpha=0.6)
               for k, _, _ in LEGEND]  # fmt: skip
    names = [f"{zh} {en}" if lang == "zh" else f"{en} {zh}" for _, zh, en in LEGEND]
    fig.legend(handles, names, loc="lower center", ncol=len(LEGEND), fontsize=7, frameon=False)
    fig.subplots_adjust(left=0.02, right=0.98, top=0.94, bottom=0.07, wspace=0.05)
    return fig


def export_sankey(
    park: Park, scenario_ids: Sequence[str], path: str | os.PathLike[str], lang: str = "zh"
) -> Path:
    """Write the diagram of ``scenario_ids`` (one, or baseline and plan side by side) to
    ``path``; the format follows the suffix (.pdf .png .svg)."""
    target = Path(path)
    fmt = map_format(target)
    for sid in scenario_ids:
        park.scenario(sid)  # a planner-readable error for an unknown scenario
    with map_rendering():
        fig = sankey_figure(park, scenario_ids, lang)
        with atomic_target(target) as tmp:
            save_figure(fig, tmp, fmt, f"{park.name} Sankey")
    return target
