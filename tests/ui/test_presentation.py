"""Presentation mode: full screen, steps through the saved views, side by side, leaves with Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ecopark.model import Park, SavedView
from ecopark.ui.document import ProjectDocument
from ecopark.ui.presentation import PresentationWindow, add_slide, default_slides
from factories import small_park

pytestmark = pytest.mark.gui


class RecordingCanvas(QWidget):
    """Stands in for the map canvas: records what the presentation asks it to show."""

    def __init__(self, document: ProjectDocument):
        super().__init__()
        self.document = document
        self.extents: list[tuple[float, float, float, float]] = []
        self.visible: dict[str, bool] = {}

    def set_extent(self, xmin: float, ymin: float, xmax: float, ymax: float) -> None:
        self.extents.append((xmin, ymin, xmax, ymax))

    def set_layer_visible(self, layer: str, visible: bool) -> None:
        self.visible[layer] = visible


def _park_with_slides() -> Park:
    park = small_park()
    park.views = [
        SavedView(view_id="V1", name="全园 Whole park", xmin=0, ymin=0, xmax=5000, ymax=3000,
                  scenario_id="plan2030", compare_with="base"),
        SavedView(view_id="V2", name="港口区 Harbor", xmin=0, ymin=0, xmax=2000, ymax=1500,
                  scenario_id="base", visible_layers=("zones", "pipelines")),
        SavedView(view_id="V3", name="规划 Plan", xmin=1000, ymin=0, xmax=3000, ymax=1000,
                  scenario_id="plan2030", visible_layers=("zones", "firms")),
    ]  # fmt: skip
    return park


@pytest.fixture
def window(qtbot) -> PresentationWindow:  # type: ignore[no-untyped-def]
    doc = ProjectDocument(_park_with_slides())
    doc.switch_scenario("base")
    w = PresentationWindow(doc, RecordingCanvas, lang="en")
    qtbot.addWidget(w)
    w.start()
    return w


def _canvas(pane: object) -> RecordingCanvas:
    canvas = pane.canvas  # type: ignore[attr-defined]
    assert isinstance(canvas, RecordingCanvas)
    return canvas


def test_steps_through_the_saved_views_with_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.isFullScreen()
    assert window.title.text() == "全园 Whole park" and window.counter.text() == "1 / 3"
    assert window.shown_scenarios() == ["base", "plan2030"]  # baseline left, plan right
    left, right = (_canvas(p) for p in window.panes)
    assert left.extents[-1] == right.extents[-1] == (0, 0, 5000, 3000)
    assert all(left.visible.values())
    for key, expected in [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_PageDown, 2),
        (Qt.Key.Key_Space, 2),  # stays on the last slide
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_End, 2),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Down, 1),
    ]:
        qtbot.keyClick(window, key)
        assert window.index == expected, key
    assert window.title.text() == "港口区 Harbor"
    assert window.shown_scenarios() == ["base"]
    assert _canvas(window.panes[0]).extents[-1] == (0, 0, 2000, 1500)
    shown = {k for k, v in _canvas(window.panes[0]).visible.items() if v}
    assert shown == {"zones", "pipelines"}
    # the main window's scenario is not touched by what the slides show
    assert window.document.scenario_id == "base"


def test_each_side_has_its_scorecard(window) -> None:  # type: ignore[no-untyped-def]
    left, right = window.panes
    base_rows = dict(r.split(": ", 1) for r in left.scorecard.text_rows())
    plan_rows = dict(r.split(": ", 1) for r in right.scorecard.text_rows())
    assert "Land output" in base_rows and "Land output" in plan_rows
    # F1's IAV rises from 52,000 to 80,000 (10^4 RMB) in the plan: land output goes up
    assert base_rows["Land output"] != plan_rows["Land output"]
    assert left.caption.text() == "现状 2024 (2024)" and right.caption.text() == "规划 2030 (2030)"


def test_esc_leaves(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.closed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    park = window.park
    assert window._on_park_change not in park._listeners
    assert all(p.document._on_change not in park._listeners for p in window.panes)


def test_without_saved_views_the_whole_park_is_one_slide(qtbot) -> None:  # type: ignore[no-untyped-def]
    park = small_park()
    park.views = []
    doc = ProjectDocument(park)
    assert doc.scenario_id == "plan2030"
    slides = default_slides(park, doc.scenario_id)
    assert len(slides) == 1 and slides[0].compare_with == "base"
    w = PresentationWindow(doc, RecordingCanvas)
    qtbot.addWidget(w)
    assert w.shown_scenarios() == ["base", "plan2030"]
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert w.index == 0


def test_with_the_real_map_canvas(qtbot) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("ecopark.ui.canvas.map_canvas")
    doc = ProjectDocument(_park_with_slides())
    w = PresentationWindow(doc)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    canvas = w.panes[0].canvas
    x0, y0, x1, y1 = canvas.extent()  # type: ignore[attr-defined]
    assert x0 <= 0 and x1 >= 5000 and y0 <= 0 and y1 >= 3000
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert not canvas.layer_visible("firms") and canvas.layer_visible("pipelines")  # type: ignore[attr-defined]
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.isVisible()


class ShowingCanvas:
    """What add_slide reads from the editor's canvas."""

    def extent(self) -> tuple[float, float, float, float]:
        return (100.0, 200.0, 2100.0, 1700.0)

    def layer_visible(self, layer: str) -> bool:
        return layer != "plots"


def test_add_slide_saves_the_current_view_undoably(qtbot) -> None:  # type: ignore[no-untyped-def]
    park = small_park()
    doc = ProjectDocument(park)
    before = list(park.views)
    view = add_slide(doc, ShowingCanvas(), compare_baseline=True)
    assert park.views == [*before, view]
    assert (view.xmin, view.ymin, view.xmax, view.ymax) == (100, 200, 2100, 1700)
    assert view.scenario_id == "plan2030" and view.compare_with == "base"
    assert "plots" not in view.visible_layers and "firms" in view.visible_layers
    assert view.name == "现状 2024 | 规划 2030"
    doc.undo_stack.undo()
    assert park.views == before
