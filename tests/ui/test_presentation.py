"""Presentation mode: full screen, steps through the saved views, side by side or as a swipe,
leaves with Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ecopark.commands import ReplaceObjects
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
    doc = ProjectDocument(_park_with_slides())
    w = PresentationWindow(doc)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    canvas = w.panes[0].canvas

    def shows_slide() -> bool:
        x0, y0, x1, y1 = canvas.extent()  # type: ignore[attr-defined]
        return x0 <= 0 and x1 >= 5000 and y0 <= 0 and y1 >= 3000

    qtbot.waitUntil(shows_slide)  # the slide is fitted once the window is laid out
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


# ----- swipe comparison ------------------------------------------------------------------------
def _swipe_state(w: PresentationWindow) -> tuple[QWidget, QWidget, int]:
    """(under, over, divider x) of a window in swipe mode, after checking the stacking."""
    assert w.swiping and w.swipe.isVisible()
    under, over = w.swipe.under, w.swipe.over
    assert under is w.panes[0].canvas and over is w.panes[1].canvas  # baseline under, plan over
    assert under.parent() is w.swipe and over.parent() is w.swipe
    assert under.geometry() == over.geometry() == w.swipe.rect()
    x = w.swipe.divider_x()
    assert over.mask().boundingRect() == QRect(x, 0, w.swipe.width() - x, w.swipe.height())
    assert w.swipe.divider.geometry().center().x() in range(x - 1, x + 2)
    return under, over, x


def test_s_switches_a_compare_slide_to_a_swipe_and_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    park = window.park
    before = park.snapshot()
    assert not window.swiping and "S swipe" in window.hint.text()
    qtbot.keyClick(window, Qt.Key.Key_S)
    under, over, x = _swipe_state(window)
    assert window.swipe.fraction == 0.5 and abs(x - window.swipe.width() / 2) <= 1
    assert window.swipe.left_label.text() == "◀ 现状 2024 (2024)"
    assert window.swipe.right_label.text() == "规划 2030 (2030) ▶"
    # both scorecards stay, baseline left and plan right, under the one map
    left, right = window.panes
    assert left.isVisible() and right.isVisible() and not left.canvas.isHidden()
    assert left.scorecard.isVisible() and right.scorecard.isVisible()

    def top_left(widget: QWidget) -> QPoint:
        return widget.mapTo(window, QPoint(0, 0))

    qtbot.waitUntil(lambda: top_left(left.scorecard).y() > window.swipe.geometry().bottom())
    assert top_left(left.scorecard).x() < top_left(right.scorecard).x()
    assert "S side by side" in window.hint.text() and "[ ]" in window.hint.text()
    # ] and [ (and Shift+arrows) nudge the divider by 5 %; the mask follows
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert window.swipe.fraction == pytest.approx(0.55)
    _swipe_state(window)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert window.swipe.fraction == pytest.approx(0.45) and window.index == 0
    # plain arrows still step the slides; a slide without comparison is one plain map
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.index == 1 and not window.swiping and window.swipe.isHidden()
    assert window.panes[0].canvas.parent() is window.panes[0] and under.mask().isEmpty()
    assert window.shown_scenarios() == ["base"]
    assert "S swipe" not in window.hint.text() and "S side" not in window.hint.text()
    qtbot.keyClick(window, Qt.Key.Key_S)  # no comparison on this slide: nothing to swipe
    assert not window.swiping
    qtbot.keyClick(window, Qt.Key.Key_Left)  # the choice holds for the compare slide
    assert window.index == 0
    _swipe_state(window)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert not window.swiping and window.swipe.isHidden()
    for pane in window.panes:
        assert pane.canvas.parent() is pane and pane.canvas.isVisible()
        assert pane.canvas.mask().isEmpty()
    assert window.shown_scenarios() == ["base", "plan2030"]
    assert _canvas(window.panes[0]).extents[-1] == (0, 0, 5000, 3000)
    assert park.snapshot() == before


def drag_divider(qtbot, divider: QWidget, grab_dx: int, dx: int) -> None:  # type: ignore[no-untyped-def]
    """Press ``grab_dx`` px beside the divider's line, move in three steps by ``dx``, release.
    Positions are given relative to the divider where it is at each step (it follows)."""
    start = divider.mapToParent(QPoint(divider.width() // 2 + grab_dx, divider.height() // 2))
    qtbot.mousePress(divider, Qt.MouseButton.LeftButton, pos=divider.mapFromParent(start))
    for k in (1, 2, 3):
        QTest.mouseMove(divider, divider.mapFromParent(start + QPoint(dx * k // 3, 0)))
    end = divider.mapFromParent(start + QPoint(dx, 0))
    qtbot.mouseRelease(divider, Qt.MouseButton.LeftButton, pos=end)


def _colour(image: QImage, p: QPoint) -> tuple[int, int, int]:
    c = image.pixelColor(p)
    return c.red(), c.green(), c.blue()


def test_swipe_shows_the_baseline_left_and_the_plan_right(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On the real map: the city (Z3) becomes a green belt in the plan, so the same zone is
    painted in two colours either side of the divider, and dragging the divider moves the
    boundary between them."""
    park = _park_with_slides()
    z3 = park.scenario("plan2030").zones["Z3"]
    ReplaceObjects("plan2030", [z3.with_changes(kind="ecological", industrial=False)]).redo(park)
    before = park.snapshot()
    w = PresentationWindow(ProjectDocument(park), lang="en")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    with qtbot.waitExposed(w):
        w.show()
    with qtbot.waitActive(w):
        w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_S)

    def fitted() -> bool:
        """Both maps show the slide (0, 0, 5000, 3000) as large as it fits, and the same."""
        x0, y0, x1, y1 = w.swipe.under.extent()  # type: ignore[union-attr]
        tight = (abs(x0) < 1 and abs(x1 - 5000) < 1) or (abs(y0) < 1 and abs(y1 - 3000) < 1)
        return tight and w.swipe.over.extent() == (x0, y0, x1, y1)  # type: ignore[union-attr]

    qtbot.waitUntil(fitted)
    under, over, x = _swipe_state(w)
    assert over.cursor().shape() != Qt.CursorShape.SizeHorCursor
    assert w.swipe.divider.cursor().shape() == Qt.CursorShape.SizeHorCursor

    def on_screen(dx: int) -> QPoint:
        """A window pixel inside Z3 (clear of its label), ``dx`` px right of the divider."""
        y = under.map_to_view(2500, 2800).y()  # type: ignore[attr-defined]
        return w.swipe.mapTo(w, QPoint(w.swipe.divider_x() + dx, y))

    def z3_holds(p: QPoint) -> bool:
        from shapely.geometry import Point

        return z3.geometry.contains(Point(under.view_to_map(under.mapFrom(w, p))))  # type: ignore[attr-defined]

    left_px, right_px = on_screen(-60), on_screen(60)
    assert z3_holds(left_px) and z3_holds(right_px)
    shot = w.grab().toImage()
    baseline, plan = _colour(shot, left_px), _colour(shot, right_px)
    assert baseline != plan
    # the baseline is what the baseline map alone paints there; the plan's green is greener
    alone = under.grab().toImage()
    assert _colour(alone, under.mapFrom(w, left_px)) == baseline
    assert _colour(alone, under.mapFrom(w, right_px)) == baseline
    assert plan[1] - plan[0] > baseline[1] - baseline[0]

    # drag the divider 120 px to the right: the baseline now shows at the right point too
    drag_divider(qtbot, w.swipe.divider, 6, 120)
    _, _, moved = _swipe_state(w)
    assert abs(moved - (x + 120)) <= 1
    shot = w.grab().toImage()
    assert _colour(shot, right_px) == baseline
    # ] moves it 5 % of the width further, and the mask with it
    qtbot.keyClick(w, Qt.Key.Key_BracketRight)
    _, _, nudged = _swipe_state(w)
    assert abs(nudged - moved - 0.05 * w.swipe.width()) <= 1
    # drag it left past the left point: the plan shows there
    drag_divider(qtbot, w.swipe.divider, -4, x - 120 - nudged)
    _, _, dragged = _swipe_state(w)
    assert abs(dragged - (x - 120)) <= 1
    assert _colour(w.grab().toImage(), left_px) == plan

    # a resize keeps the divider's relative position
    fraction = w.swipe.fraction
    old_width = w.swipe.width()
    w.resize(w.width() + 200, w.height())
    qtbot.waitUntil(lambda: w.swipe.width() != old_width)
    assert w.swipe.fraction == fraction
    _, _, x = _swipe_state(w)
    assert x == round(fraction * w.swipe.width())

    # panning the plan side pans the baseline with it, and the keys still step the slides
    qtbot.waitUntil(lambda: under.extent() == over.extent())  # type: ignore[attr-defined]
    centre = over.center  # type: ignore[attr-defined]
    y = w.swipe.height() // 2 + 40
    # the mask lets the pointer through to the baseline left of the divider
    assert w.childAt(w.swipe.mapTo(w, QPoint(x - 100, y))) is under.viewport()  # type: ignore[attr-defined]
    plan_map = w.childAt(w.swipe.mapTo(w, QPoint(x + 100, y)))
    assert plan_map is over.viewport()  # type: ignore[attr-defined]
    grab_at = plan_map.mapFrom(w.swipe, QPoint(x + 100, y))
    qtbot.mousePress(plan_map, Qt.MouseButton.LeftButton, pos=grab_at)
    QTest.mouseMove(plan_map, grab_at + QPoint(-50, 0))
    qtbot.mouseRelease(plan_map, Qt.MouseButton.LeftButton, pos=grab_at + QPoint(-50, 0))
    assert over.center != centre  # type: ignore[attr-defined]
    assert under.center == over.center  # type: ignore[attr-defined]
    assert under.metres_per_pixel == over.metres_per_pixel  # type: ignore[attr-defined]
    # a click on the map leaves the keyboard with the slides (arrows would pan the canvas)
    assert QApplication.focusWidget() is w
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert w.index == 1 and not w.swiping
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert w.index == 0 and w.swiping
    qtbot.keyClick(w, Qt.Key.Key_S)
    assert not w.swiping and w.shown_scenarios() == ["base", "plan2030"]
    assert park.snapshot() == before
    w.close()
