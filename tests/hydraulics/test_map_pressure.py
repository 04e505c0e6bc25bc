"""The exported map can colour the pipes by pressure (`ecopark export --network-pressure`)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from hyd_parks import single_pipe_park  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PIL import Image  # noqa: E402

from ecopark.export.map_export import export_map  # noqa: E402
from ecopark.export.map_network import draw_network_pressure  # noqa: E402
from ecopark.hydraulics.colours import SHORT  # noqa: E402


def test_pressure_layer_colours_segments_and_marks_the_short_consumer() -> None:
    ax = Figure().add_subplot()
    assert draw_network_pressure(ax, single_pipe_park(length_m=4000.0), "plan") == 1
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    assert len(lines) == 2  # an outline and the coloured segment
    (marker,) = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert matplotlib.colors.to_hex(marker.get_facecolor()[0]) == SHORT
    (label,) = ax.texts
    assert label.get_text().startswith("F1 -")  # its negative pressure margin


def test_exported_map_with_pressure_colours(tmp_path: Path) -> None:
    path = export_map(single_pipe_park(), "plan", tmp_path / "map.png", network_pressure=True,
                      scorecard=False)  # fmt: skip
    with Image.open(path) as im:
        assert im.size[0] > 1000


def test_pressure_legend_gives_the_ramp_in_mpa_and_explains_the_marks() -> None:
    """The key of the colouring: the ramp of each network from its lowest need (0.7 MPa) to its
    source (1.0 MPa), and the consumer marks, in both languages with the chosen one first."""
    ax = Figure().add_subplot()
    draw_network_pressure(ax, single_pipe_park(length_m=4000.0), "plan", legend_lang="en")
    (box,) = ax.child_axes
    texts = [t.get_text() for t in box.texts]
    assert texts[0].startswith("Network pressure, MPa (absolute) 管网压力")
    assert any(t.startswith("MP steam 中压蒸汽") for t in texts)
    assert ["0.70", "0.85", "1.00"] == [t for t in texts if t[:1].isdigit()]
    assert any(t.startswith("consumer short: label = margin, MPa") for t in texts)
    ax = Figure().add_subplot()
    draw_network_pressure(ax, single_pipe_park(), "plan", legend_lang="zh")
    assert ax.child_axes[0].texts[0].get_text().startswith("管网压力 MPa（绝对） Network")
