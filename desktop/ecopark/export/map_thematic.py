"""The exported map's thematic mode: firms coloured by CO₂ or energy per IAV, with its legend.

Drawn over the firm symbols when the project's ``thematic_map`` setting is on (the same setting,
values and classes as the canvas: ecopark.carbon.thematic), with a legend box in the map's upper
left corner so the classes travel with the printed map.
"""

from __future__ import annotations

import shapely
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ecopark.carbon.thematic import colour_of, firm_values, legend, thematic_spec
from ecopark.model import Park

DISC_PT = 7.0


def draw_thematic(ax: Axes, park: Park, scenario_id: str, lang: str, fontsize: float) -> bool:
    """Colour the firms of ``scenario_id`` and add the legend; False when the mode is off."""
    spec = thematic_spec(park.settings)
    firms = park.scenario(scenario_id).firms
    if not spec.active or not firms:
        return False
    values = firm_values(park, scenario_id, spec.measure)
    ids = sorted(firms)
    xy = shapely.get_coordinates([firms[i].geometry for i in ids])
    colours = [colour_of(values[i], spec.breaks) for i in ids]
    ax.scatter(xy[:, 0], xy[:, 1], s=DISC_PT**2, c=colours, edgecolors="#37474f",
               linewidths=0.5, zorder=7)  # fmt: skip
    title, items = legend(spec, lang)
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=DISC_PT * 0.8, markerfacecolor=c,
               markeredgecolor="#37474f", label=text)
        for c, text in items
    ]  # fmt: skip
    leg = ax.legend(
        handles=handles,
        title=title,
        loc="upper left",
        fontsize=fontsize,
        title_fontsize=fontsize + 0.5,
        framealpha=0.92,
        alignment="left",
    )
    leg.set_zorder(40)
    return True


__all__ = ["draw_thematic"]
