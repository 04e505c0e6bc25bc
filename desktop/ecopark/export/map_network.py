"""Pressure colouring on the exported map: the steam and hot-water segments coloured as the
window's network map mode colours them (share of the pressure left between the source and the
consumers' need; purple where a pipe cannot carry its flow), consumers marked green (served) or
red (short) with the short ones' pressure margin."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from shapely.geometry import LineString
from shapely.ops import substring

from ecopark.hydraulics import solve_scenario
from ecopark.hydraulics.colours import consumer_colour, margin_text, segment_colour
from ecopark.model import Park


def draw_network_pressure(ax: Axes, park: Park, scenario_id: str, label_scale: float = 1.0) -> int:
    """Draw over the map; returns how many segments were coloured."""
    result = solve_scenario(park, scenario_id)
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
