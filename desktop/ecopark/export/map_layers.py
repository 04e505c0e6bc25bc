"""Drawing a scenario's layers on a matplotlib Axes with the canvas's colours (no Qt).

Objects of one style are drawn as one collection (a LineCollection of all planned MP steam
pipes, one scatter per sector and size class), so a 1,000-firm park renders in well under a
second. Styles come from :mod:`ecopark.symbology`, the table the on-screen canvas uses too.
Every text drawn from user data is drawn with ``parse_math=False``: a firm called "$5$" stays
that text instead of becoming mathematics.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import shapely
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.path import Path as MplPath
from shapely.geometry.base import BaseGeometry

from ecopark import symbology as sym
from ecopark.model import Park, ParkObject, Scenario

PT_PER_PX = 0.75
"""Screen pixel (1/96 in) to printer's point (1/72 in): symbology sizes are in screen pixels."""

DRAW_ORDER: tuple[str, ...] = sym.MAP_LAYERS
"""The layers bottom to top; each prints at ``sym.layer_z(layer)``, as on screen."""
LABEL_Z = len(sym.MAP_LAYERS) + 2
"""Labels print above every layer."""
MAX_FIRM_LABELS = 40


@dataclass
class LayerUsage:
    """What was drawn, so the legend lists only symbols in use."""

    zone_kinds: list[str] = field(default_factory=list)
    pipelines: set[tuple[str, str]] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    iav_classes: set[int] = field(default_factory=set)
    facility_kinds: set[str] = field(default_factory=set)
    corridor_kinds: list[str] = field(default_factory=list)
    exchanges: bool = False
    plots: bool = False


def geometry_of(obj: ParkObject) -> BaseGeometry:
    """The geometry of a spatial object (every layer but exchanges has one)."""
    geom: BaseGeometry = obj.geometry  # type: ignore[attr-defined]
    return geom


def scenario_bounds(
    scenario: Scenario, layers: Iterable[str] = DRAW_ORDER
) -> tuple[float, float, float, float] | None:
    """Bounds of every drawable object in ``layers`` (None when there is nothing to draw)."""
    geoms = [
        geometry_of(obj)
        for layer in layers
        if layer != "exchanges"
        for obj in scenario.layers.get(layer, {}).values()
    ]
    if not geoms:
        return None
    b = shapely.total_bounds(np.asarray(geoms, dtype=object))
    return float(b[0]), float(b[1]), float(b[2]), float(b[3])


def polygon_path(geoms: Iterable[BaseGeometry]) -> MplPath | None:
    """One compound path of all polygon rings (holes included) of ``geoms``."""
    parts: list[MplPath] = []
    for geom in geoms:
        for poly in shapely.get_parts(geom):
            for ring in (poly.exterior, *poly.interiors):
                xy = np.asarray(ring.coords)
                codes = np.full(len(xy), MplPath.LINETO, dtype=np.uint8)
                codes[0] = MplPath.MOVETO
                codes[-1] = MplPath.CLOSEPOLY
                parts.append(MplPath(xy, codes))
    return MplPath.make_compound_path(*parts) if parts else None


def _dashes(dash: tuple[float, ...] | None) -> tuple[float, tuple[float, ...]] | str:
    """matplotlib scales dash lengths by the line width, as the symbology table means them."""
    if not dash:
        return "solid"
    return (0.0, tuple(dash))


def draw_scenario(
    ax: Axes,
    park: Park,
    scenario_id: str,
    visible_layers: Iterable[str] | None = None,
    *,
    label_scale: float = 1.0,
    zone_labels: bool = True,
) -> LayerUsage:
    """Draw the visible layers of one scenario on ``ax`` in map coordinates (metres)."""
    scenario = park.scenario(scenario_id)
    visible = set(DRAW_ORDER if visible_layers is None else visible_layers)
    usage = LayerUsage()
    s = label_scale
    if "zones" in visible:
        _draw_zones(ax, scenario, usage, s if zone_labels else 0.0)
    if "plots" in visible and scenario.layers["plots"]:
        path = polygon_path(geometry_of(p) for p in scenario.layers["plots"].values())
        if path is not None:
            st = sym.PLOT_STYLE
            w = st.width_px * PT_PER_PX
            ax.add_collection(
                PathCollection(
                    [path],
                    facecolors="none",
                    edgecolors=st.colour,
                    linewidths=w,
                    linestyles=[_dashes(st.dash)],
                    zorder=sym.layer_z("plots"),
                )
            )
            usage.plots = True
    if "corridors" in visible:
        groups: dict[str, list[np.ndarray]] = defaultdict(list)
        for c in scenario.layers["corridors"].values():
            groups[getattr(c, "kind", "road")].append(np.asarray(geometry_of(c).coords))
        for kind, lines in groups.items():
            st = sym.CORRIDOR_STYLES.get(kind, sym.CORRIDOR_STYLES["road"])
            w = st.width_px * PT_PER_PX
            ax.add_collection(
                LineCollection(
                    lines,
                    colors=st.colour,
                    linewidths=w,
                    linestyles=[_dashes(st.dash)],
                    zorder=sym.layer_z("corridors"),
                )
            )
            usage.corridor_kinds.append(kind)
    if "pipelines" in visible:
        _draw_pipelines(ax, scenario, usage)
    if "exchanges" in visible:
        _draw_exchanges(ax, scenario, usage)
    if "facilities" in visible:
        _draw_facilities(ax, scenario, usage, s)
    if "firms" in visible:
        _draw_firms(ax, scenario, usage, s)
    return usage


def _draw_zones(ax: Axes, scenario: Scenario, usage: LayerUsage, label_scale: float) -> None:
    by_kind: dict[str, list[BaseGeometry]] = defaultdict(list)
    for z in scenario.zones.values():
        by_kind[z.kind].append(z.geometry)
    for kind, geoms in by_kind.items():
        path = polygon_path(geoms)
        if path is None:
            continue
        ax.add_collection(
            PathCollection(
                [path],
                facecolors=sym.zone_colour(kind),
                edgecolors=sym.zone_outline_colour(kind),
                linewidths=0.8,
                alpha=sym.ZONE_FILL_OPACITY,
                zorder=sym.layer_z("zones"),
            )
        )
        ax.add_collection(
            PathCollection(
                [path],
                facecolors="none",
                edgecolors=sym.zone_outline_colour(kind),
                linewidths=0.8,
                zorder=sym.layer_z("zones") + 0.1,
            )
        )
        usage.zone_kinds.append(kind)
    if label_scale > 0:
        for z in scenario.zones.values():
            if not z.name:
                continue
            p = z.geometry.representative_point()
            ax.text(
                p.x,
                p.y,
                z.name,
                fontsize=8 * label_scale,
                ha="center",
                va="center",
                color="#303030",
                zorder=LABEL_Z,
                parse_math=False,
                clip_on=True,
                alpha=0.85,
            )


def _draw_pipelines(ax: Axes, scenario: Scenario, usage: LayerUsage) -> None:
    groups: dict[sym.LineStyle, list[np.ndarray]] = defaultdict(list)
    for p in scenario.layers["pipelines"].values():
        medium, status = getattr(p, "medium", ""), getattr(p, "status", "existing")
        style = sym.pipeline_style(medium, status, getattr(p, "diameter_mm", 0.0))
        groups[style].append(np.asarray(geometry_of(p).coords))
        usage.pipelines.add((medium, status))
    for st, lines in sorted(groups.items(), key=lambda kv: kv[0].width_px):
        w = st.width_px * PT_PER_PX
        ax.add_collection(
            LineCollection(
                lines,
                colors=st.colour,
                linewidths=w,
                linestyles=[_dashes(st.dash)],
                capstyle="round",
                zorder=sym.layer_z("pipelines"),
            )
        )


def _end_point(scenario: Scenario, oid: str) -> tuple[float, float] | None:
    obj = scenario.firms.get(oid) or scenario.facilities.get(oid)
    if obj is None:
        return None
    return float(obj.geometry.x), float(obj.geometry.y)


def _draw_exchanges(ax: Axes, scenario: Scenario, usage: LayerUsage) -> None:
    curves = []
    for e in scenario.exchanges.values():
        a, b = _end_point(scenario, e.from_id), _end_point(scenario, e.to_id)
        if a is None or b is None or a == b:
            continue
        curves.append(np.asarray(sym.exchange_curve(a[0], a[1], b[0], b[1])))
    if not curves:
        return
    w = sym.EXCHANGE_WIDTH_PX * PT_PER_PX
    ax.add_collection(
        LineCollection(
            curves,
            colors=sym.EXCHANGE_COLOUR,
            linewidths=w,
            alpha=0.85,
            zorder=sym.layer_z("exchanges"),
        )
    )
    heads = arrow_heads(
        np.asarray([c[-3] for c in curves]), np.asarray([c[-1] for c in curves]), _head_length(ax)
    )
    ax.add_collection(
        PolyCollection(
            list(heads),
            facecolors=sym.EXCHANGE_COLOUR,
            edgecolors="none",
            zorder=sym.layer_z("exchanges"),
        )
    )
    usage.exchanges = True


def _head_length(ax: Axes) -> float:
    """Arrow heads 1.2 % of the map width: readable on A4, never larger than a short link."""
    x0, x1 = ax.get_xlim()
    return abs(x1 - x0) * 0.012


def arrow_heads(before: np.ndarray, tips: np.ndarray, length: float) -> np.ndarray:
    """Triangles (n, 3, 2) pointing from ``before`` to ``tips``, ``length`` long (map units)."""
    d = tips - before
    norm = np.hypot(d[:, 0], d[:, 1])[:, None]
    u = np.divide(d, norm, out=np.zeros_like(d), where=norm > 0)
    n = np.stack([-u[:, 1], u[:, 0]], axis=1)
    base = tips - u * length
    half = 0.4 * length
    return np.stack([tips, base + n * half, base - n * half], axis=1)


def _draw_facilities(ax: Axes, scenario: Scenario, usage: LayerUsage, label_scale: float) -> None:
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for f in scenario.facilities.values():
        by_kind[f.kind].append((f.geometry.x, f.geometry.y))
    size = sym.FACILITY_SIZE_PX * PT_PER_PX
    for kind, pts in by_kind.items():
        ps = sym.facility_symbol(kind)
        xy = np.asarray(pts)
        ax.scatter(
            xy[:, 0],
            xy[:, 1],
            s=size**2,
            marker=sym.MATPLOTLIB_MARKERS[ps.shape],
            c=ps.colour,
            edgecolors=ps.outline,
            linewidths=0.8,
            zorder=sym.layer_z("facilities"),
        )
        usage.facility_kinds.add(kind)
    if label_scale > 0:
        for f in scenario.facilities.values():
            if f.name:
                ax.annotate(
                    f.name,
                    (f.geometry.x, f.geometry.y),
                    xytext=(0, -size * 0.9),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=6.5 * label_scale,
                    color="#202020",
                    zorder=LABEL_Z,
                    parse_math=False,
                    annotation_clip=True,
                )


def _draw_firms(ax: Axes, scenario: Scenario, usage: LayerUsage, label_scale: float) -> None:
    firms = list(scenario.firms.values())
    if not firms:
        return
    xy = shapely.get_coordinates([f.geometry for f in firms])
    classes = np.array([sym.iav_class(f.iav_10k_rmb) for f in firms])
    sectors = np.array([f.sector for f in firms])
    sizes_px = sym.SYMBOL_SIZES_PX if len(firms) <= 300 else sym.DOT_SIZES_PX
    for sector in dict.fromkeys(sectors.tolist()):
        ps = sym.sector_symbol(sector)
        for cls in np.unique(classes[sectors == sector]).tolist():
            mask = (sectors == sector) & (classes == cls)
            size = sizes_px[cls] * PT_PER_PX
            ax.scatter(
                xy[mask, 0],
                xy[mask, 1],
                s=size**2,
                marker=sym.MATPLOTLIB_MARKERS[ps.shape],
                c=ps.colour,
                edgecolors=ps.outline,
                linewidths=0.4,
                zorder=sym.layer_z("firms"),
            )
            usage.iav_classes.add(int(cls))
        usage.sectors.add(sector)
    if label_scale > 0 and len(firms) <= MAX_FIRM_LABELS:
        for f, (x, y) in zip(firms, xy, strict=True):
            if f.name:
                ax.annotate(
                    f.name,
                    (x, y),
                    xytext=(4, 3),
                    textcoords="offset points",
                    fontsize=5.5 * label_scale,
                    color="#202020",
                    zorder=LABEL_Z,
                    parse_math=False,
                    annotation_clip=True,
                )


__all__ = [
    "DRAW_ORDER",
    "LayerUsage",
    "arrow_heads",
    "draw_scenario",
    "geometry_of",
    "polygon_path",
    "scenario_bounds",
]
