"""The swipe compares like with like (issue 20): both maps share one view transform, so the same
ground point is at the same pixel in the baseline and the plan, and the plan's clip follows the
divider, whatever the presenter does (zoom, pan, [ ] to the edges and back, resize)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ecopark.model import SavedView
from ecopark.storage import load_park
from ecopark.ui.document import ProjectDocument
from ecopark.ui.presentation import PresentationWindow
from ecopark.ui.swipe import visible_strip

pytestmark = pytest.mark.gui
LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
GROUND = [(414_500.0, 4_502_000.0), (418_000.0, 4_505_000.0), (421_800.0, 4_508_500.0)]


@pytest.fixture
def swiping(qtbot):  # type: ignore[no-untyped-def]
    park = load_park(LIAOBIN)
    v = park.views[0]
    park.views = [
        SavedView(view_id="VC", name="对比 Compare", xmin=v.xmin, ymin=v.ymin, xmax=v.xmax,
                  ymax=v.ymax, scenario_id="plan2030", compare_with="baseline"),
    ]  # fmt: skip
    w = PresentationWindow(ProjectDocument(park), lang="en")
    qtbot.addWidget(w)
    w.resize(1300, 850)
    with qtbot.waitExposed(w):
        w.show()
    qtbot.keyClick(w, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: w.swiping)
    return w


def _aligned(w: PresentationWindow) -> bool:
    under, over = w.swipe.under, w.swipe.over
    same_px = all(under.map_to_view(*p) == over.map_to_view(*p) for p in GROUND)  # type: ignore[union-attr]
    same_size = under.viewport().size() == over.viewport().size()  # type: ignore[union-attr]
    return same_px and same_size


def _clip_follows_divider(w: PresentationWindow) -> None:
    x, width, h = w.swipe.divider_x(), w.swipe.width(), w.swipe.height()
    over = w.swipe.over
    assert over is not None and over.isVisible()
    assert over.mask().boundingRect() == visible_strip(x, width, h)
    assert abs(w.swipe.divider.geometry().center().x() - x) <= 1


def test_same_ground_point_same_pixel_in_both_maps(qtbot, swiping) -> None:  # type: ignore[no-untyped-def]
    w = swiping
    qtbot.waitUntil(lambda: _aligned(w))
    _clip_follows_divider(w)
    under, over = w.swipe.under, w.swipe.over
    under.zoom_by(1.7)  # type: ignore[union-attr]
    assert _aligned(w)
    over.pan_pixels(37, -21)  # type: ignore[union-attr]
    assert _aligned(w)
    for _ in range(12):  # ] all the way: the divider reaches the right edge, the plan is gone
        qtbot.keyClick(w, Qt.Key.Key_BracketRight)
        _clip_follows_divider(w)
    assert w.swipe.fraction == 1.0
    w.resize(w.width() + 160, w.height() - 60)  # resized while the plan shows nothing
    qtbot.waitUntil(lambda: w.swipe.divider_x() == w.swipe.width())
    for _ in range(5):  # and back with [
        qtbot.keyClick(w, Qt.Key.Key_BracketLeft)
        _clip_follows_divider(w)
        assert _aligned(w)
    zoomed = under.metres_per_pixel  # type: ignore[union-attr]
    assert over.metres_per_pixel == zoomed  # type: ignore[union-attr]


def test_the_window_fits_the_screen(qtbot, swiping) -> None:  # type: ignore[no-untyped-def]
    """Large-type scorecards side by side once made the window wider than a 1600 px screen,
    so the swipe's middle was not the screen's."""
    w = swiping
    assert w.minimumSizeHint().width() <= 1280
