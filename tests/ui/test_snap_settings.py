"""Snapping options (issue 20): tolerance, what attracts (vertex / segment / intersection /
points) and which layers, kept across sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely.geometry import LineString

from ecopark.commands import AddObjects
from ecopark.model import Corridor
from ecopark.ui import settings as ui_settings
from ecopark.ui.dialogs.snap_settings import (
    SnapSettingsDialog,
    load_snap_settings,
    save_snap_settings,
)
from ecopark.ui.tools.snapping import SnapSettings, SnapTargets
from parks import at

pytestmark = pytest.mark.gui
ROADS = SnapTargets(shapes=("corridors",))


@pytest.fixture
def crossing(canvas, tools, document):  # type: ignore[no-untyped-def]
    """Two roads crossing at (1200, 600) of the test park, away from any vertex."""
    roads = [
        Corridor(corridor_id="R1", geometry=LineString([at(900, 600), at(1500, 600)])),
        Corridor(corridor_id="R2", geometry=LineString([at(1000, 300), at(1400, 900)])),
    ]
    document.push(AddObjects(document.scenario_id, roads))
    canvas.set_layer_visible("corridors", True)
    canvas.set_extent(*at(1100, 500), *at(1300, 700))
    canvas.snapper = tools.snapper
    return canvas


def test_intersection_segment_and_layer_options(crossing) -> None:  # type: ignore[no-untyped-def]
    snapper = crossing.snapper
    mupp = crossing.metres_per_pixel
    near = (at(1200, 600)[0] - 3 * mupp, at(1200, 600)[1] + 3 * mupp)  # 3 px off R1, 4.2 off R2
    hit = snapper.snap(near, ROADS)
    assert hit is not None and hit.kind == "intersection"
    assert hit.xy == pytest.approx(at(1200, 600))
    snapper.settings = SnapSettings(intersections=False)
    hit = snapper.snap(near, ROADS)
    assert hit is not None and hit.kind == "edge"
    snapper.settings = SnapSettings(intersections=False, edges=False)
    assert snapper.snap(near, ROADS) is None
    snapper.settings = SnapSettings(tolerance_px=2.0)
    assert snapper.snap(near, ROADS) is None  # 3 px and more away: out of a 2 px tolerance
    snapper.settings = SnapSettings(layers=frozenset({"zones"}))
    assert snapper.snap(near, ROADS) is None  # roads do not attract
    snapper.settings = SnapSettings(enabled=False)
    assert snapper.snap(near, ROADS) is None


def test_options_dialog_round_trip(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ui_settings.isolate_settings(tmp_path / "s")
    opts = SnapSettings(tolerance_px=14, edges=False, layers=frozenset({"firms", "zones"}))
    dialog = SnapSettingsDialog(opts)
    qtbot.addWidget(dialog)
    assert dialog.settings() == opts
    dialog.kinds["intersections"].setChecked(False)
    save_snap_settings(dialog.settings())
    again = load_snap_settings()
    assert again.tolerance_px == 14 and not again.edges and not again.intersections
    assert again.layers == frozenset({"firms", "zones"})
