"""Editing the map with the tools, clicking and typing as a planner does.

Every test checks the model after the gesture and that one undo puts the park back.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from shapely.geometry import Polygon

from ecopark.ui.delete_prompt import DeleteChoice
from ecopark.ui.tools.exchange_dialog import ExchangeDialog
from ecopark.ui.tools.measure import format_area
from parks import X0, Y0, at

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def pos(canvas, x: float, y: float) -> QPoint:
    """View position of a point given relative to the test park's corner."""
    return canvas.map_to_view(*at(x, y))


def click(qtbot, canvas, x, y, modifier=NONE, button=LEFT) -> None:
    p = pos(canvas, x, y)
    qtbot.mouseMove(canvas.viewport(), p)
    qtbot.mouseClick(canvas.viewport(), button, modifier, p)


def double_click(qtbot, canvas, x, y) -> None:
    """What a mouse sends: press, release, then the double-click event."""
    p = pos(canvas, x, y)
    qtbot.mouseClick(canvas.viewport(), LEFT, NONE, p)
    qtbot.mouseDClick(canvas.viewport(), LEFT, NONE, p)


def drag(qtbot, canvas, start: QPoint, end: QPoint, modifier=NONE) -> None:
    vp = canvas.viewport()
    qtbot.mousePress(vp, LEFT, modifier, start)
    qtbot.mouseMove(vp, (start + end) / 2)
    qtbot.mouseMove(vp, end)
    qtbot.mouseRelease(vp, LEFT, modifier, end)


def near(a: tuple[float, float], b: tuple[float, float], tol: float) -> bool:
    return math.hypot(a[0] - b[0], a[1] - b[1]) <= tol


def snapshot(document):
    return document.park.snapshot()


# ----- draw zone --------------------------------------------------------------------------------
def test_draw_zone_with_clicks_and_double_click_then_undo(qtbot, canvas, document, tools):
    before = snapshot(document)
    tools.zone_kind = "city"
    tools.set_tool("draw_zone")
    assert "city" in canvas.last_hint.lower()
    for x, y in ((100, 100), (600, 100), (600, 500)):
        click(qtbot, canvas, x, y)
    double_click(qtbot, canvas, 100, 500)
    zones = document.scenario.zones
    assert len(zones) == 3
    new = zones["Z3"]
    assert new.kind == "city" and not new.industrial and new.name == "City area"
    tol = canvas.metres_per_pixel
    expected = Polygon([at(100, 100), at(600, 100), at(600, 500), at(100, 500)])
    assert abs(new.geometry.area - expected.area) < 1000 * 2 * tol * 2
    assert new.geometry.symmetric_difference(expected).area < 4000 * tol
    assert document.selection == [("zones", "Z3")]
    assert "Z3 added" in canvas.last_hint
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(document) == before
    document.undo_stack.redo()
    assert "Z3" in document.scenario.zones


def test_draw_zone_industrial_flag_comes_from_the_kind_and_enter_finishes(
    qtbot, canvas, document, tools
):
    tools.zone_kind = "harbor"
    tools.set_tool("draw_zone")
    for x, y in ((100, 100), (400, 100), (400, 400)):
        click(qtbot, canvas, x, y)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    zone = document.scenario.zones["Z3"]
    assert zone.industrial and zone.kind == "harbor"
    assert len(zone.geometry.exterior.coords) == 4  # a triangle (closed ring)


def test_backspace_drops_the_last_vertex_and_esc_cancels(qtbot, canvas, document, tools):
    tools.set_tool("draw_zone")
    tool = canvas.tool
    for x, y in ((100, 100), (600, 100), (900, 900)):
        click(qtbot, canvas, x, y)
    qtbot.keyClick(canvas, Qt.Key.Key_Backspace)
    assert len(tool.vertices) == 2
    click(qtbot, canvas, 600, 500)
    double_click(qtbot, canvas, 100, 500)
    zone = document.scenario.zones["Z3"]
    assert len(zone.geometry.exterior.coords) == 5  # four corners, 900/900 was dropped
    assert not zone.geometry.covers(Polygon([at(890, 890), at(895, 890), at(895, 895)]))

    for x, y in ((100, 100), (300, 100), (300, 300)):
        click(qtbot, canvas, x, y)
    assert canvas.sketch.isVisible()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert tool.vertices == [] and not canvas.sketch.isVisible()
    assert "Cancelled" in canvas.last_hint
    assert len(document.scenario.zones) == 3
    assert document.undo_stack.count() == 1


def test_a_self_crossing_zone_is_refused_with_a_message(qtbot, canvas, document, tools):
    before = snapshot(document)
    tools.set_tool("draw_zone")
    for x, y in ((100, 100), (600, 500), (600, 100)):
        click(qtbot, canvas, x, y)
    double_click(qtbot, canvas, 100, 500)  # a bow tie
    assert snapshot(document) == before
    assert document.undo_stack.count() == 0
    assert "crosses itself" in canvas.last_hint
    assert len(canvas.tool.vertices) == 4, "kept so the planner can fix it with Backspace"


def test_zone_corners_snap_onto_existing_vertices_with_a_visible_marker(
    qtbot, canvas, document, tools
):
    tools.set_tool("draw_zone")
    corner = at(1000, 1000)  # the shared corner of Z1 and Z2
    off = pos(canvas, 1000, 1000) + QPoint(4, -3)
    qtbot.mouseMove(canvas.viewport(), off)
    assert canvas.snap_marker.isVisible()
    assert canvas.snap_marker.kind == "vertex"
    assert canvas.snap_marker.map_xy == corner
    marker = canvas.mapFromScene(canvas.snap_marker.scenePos())
    assert marker == pos(canvas, 1000, 1000)
    qtbot.mouseClick(canvas.viewport(), LEFT, NONE, off)
    qtbot.mouseMove(canvas.viewport(), pos(canvas, 1400, 1004))  # 4 m above Z2's top edge
    assert canvas.snap_marker.kind == "edge"
    assert canvas.snap_marker.map_xy[1] == pytest.approx(Y0 + 1000)
    qtbot.mouseClick(canvas.viewport(), LEFT, NONE, pos(canvas, 1400, 1004))
    click(qtbot, canvas, 1200, 1250)
    double_click(qtbot, canvas, 1000, 1200)
    zone = document.scenario.zones["Z3"]
    coords = list(zone.geometry.exterior.coords)
    assert coords[0] == corner
    assert coords[1][1] == pytest.approx(Y0 + 1000)
    assert zone.geometry.intersection(document.scenario.zones["Z2"].geometry).area < 1e-6


# ----- points -----------------------------------------------------------------------------------
def test_place_firm_adds_a_default_firm_and_selects_it(qtbot, canvas, document, tools):
    created = []
    canvas.object_created.connect(lambda layer, oid: created.append((layer, oid)))
    tools.set_tool("place_firm")
    click(qtbot, canvas, 800, 600)
    firm = document.scenario.firms["F4"]
    assert firm.name == "New firm" and firm.sector == "other" and firm.iav_10k_rmb == 0
    assert near((firm.geometry.x, firm.geometry.y), at(800, 600), canvas.metres_per_pixel)
    assert document.selection == [("firms", "F4")] == created
    assert "Properties" in canvas.last_hint
    assert canvas.objects_at(at(800, 600), layers=["firms"]) == [("firms", "F4")]
    document.undo_stack.undo()
    assert "F4" not in document.scenario.firms
    assert canvas.objects_at(at(800, 600), layers=["firms"]) == []


def test_place_facility_of_the_toolbar_kind_is_planned_in_a_plan(qtbot, canvas, document, tools):
    tools.facility_kind = "wwtp"
    tools.set_tool("place_facility")
    click(qtbot, canvas, 1800, 900)
    facility = document.scenario.facilities["C2"]
    assert facility.kind == "wwtp" and facility.status == "planned"
    document.switch_scenario("base")
    click(qtbot, canvas, 1800, 900)
    assert document.park.scenario("base").facilities["C2"].status == "existing"


# ----- pipelines --------------------------------------------------------------------------------
def test_draw_pipeline_from_facility_to_firm_snaps_its_ends(qtbot, canvas, document, tools):
    tools.medium = "steam_mp"
    tools.set_tool("draw_pipeline")
    vp = canvas.viewport()
    start = pos(canvas, 500, 800) + QPoint(3, 4)  # a few pixels off the CHP
    qtbot.mouseMove(vp, start)
    assert canvas.snap_marker.isVisible() and canvas.snap_marker.kind == "point"
    qtbot.mouseClick(vp, LEFT, NONE, start)
    click(qtbot, canvas, 1100, 800)
    end = pos(canvas, 1500, 500) + QPoint(-4, 2)  # next to the brewery
    qtbot.mouseClick(vp, LEFT, NONE, end)
    qtbot.mouseDClick(vp, LEFT, NONE, end)
    pipe = document.scenario.layers["pipelines"]["P2"]
    coords = list(pipe.geometry.coords)
    assert coords[0] == at(500, 800) and coords[-1] == at(1500, 500)
    assert len(coords) == 3
    assert pipe.medium == "steam_mp" and pipe.status == "planned"
    assert "joined to C1 and F2" in canvas.last_hint
    document.undo_stack.undo()
    assert "P2" not in document.scenario.layers["pipelines"]


def test_pipeline_snaps_to_pipes_of_its_medium_only(qtbot, canvas, document, tools):
    tools.set_tool("draw_pipeline")
    mid = pos(canvas, 400, 550)  # on P1 (steam_hp) half-way from C1 to F1
    tools.medium = "reclaimed_water"
    qtbot.mouseMove(canvas.viewport(), mid)
    assert not canvas.snap_marker.isVisible()
    tools.medium = "steam_hp"
    qtbot.mouseMove(canvas.viewport(), mid + QPoint(1, 0))
    assert canvas.snap_marker.isVisible() and canvas.snap_marker.kind == "edge"


# ----- exchanges --------------------------------------------------------------------------------
def test_record_exchange_between_two_firms(qtbot, canvas, document, tools):
    asked = []

    def prompt(source, target):
        asked.append((source.id, target.id))
        return ("fly ash", 30_000.0, "t/a")

    tools.exchange_prompt = prompt
    canvas.set_exchanges_visible(False)
    tools.set_tool("record_exchange")
    click(qtbot, canvas, 1700, 200)  # the power plant
    assert "From firm F3" in canvas.last_hint
    click(qtbot, canvas, 300, 300)  # the cement plant
    assert asked == [("F3", "F1")]
    ex = document.scenario.exchanges["E2"]
    assert (ex.from_id, ex.to_id, ex.material, ex.quantity, ex.unit) == (
        "F3",
        "F1",
        "fly ash",
        30_000.0,
        "t/a",
    )
    assert canvas.layer_visible("exchanges")
    document.undo_stack.undo()
    assert "E2" not in document.scenario.exchanges


def test_record_exchange_cancelled_or_on_empty_ground_adds_nothing(qtbot, canvas, document, tools):
    tools.exchange_prompt = lambda source, target: None
    tools.set_tool("record_exchange")
    click(qtbot, canvas, 800, 950)  # nothing there
    assert canvas.tool.source is None
    click(qtbot, canvas, 1700, 200)
    click(qtbot, canvas, 1700, 200)  # same firm twice
    assert "two different" in canvas.last_hint
    click(qtbot, canvas, 500, 800)
    assert "No exchange" in canvas.last_hint
    assert document.undo_stack.count() == 0


def test_exchange_dialog_values_can_be_set_and_read():
    dialog = ExchangeDialog("firm F3", "firm F1")
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_values("slag", 1200.5, "t/a")
    assert ok.isEnabled()
    assert dialog.values() == ("slag", 1200.5, "t/a")


# ----- move, reshape, delete --------------------------------------------------------------------
def test_move_a_firm_and_its_attached_pipe_end_follows(qtbot, canvas, document, tools):
    before = snapshot(document)
    tools.set_tool("move")
    start = pos(canvas, 300, 300)
    drag(qtbot, canvas, start, start + QPoint(40, -20))
    mupp = canvas.metres_per_pixel
    firm = document.scenario.firms["F1"]
    assert firm.geometry.x == pytest.approx(X0 + 300 + 40 * mupp)
    assert firm.geometry.y == pytest.approx(Y0 + 300 + 20 * mupp)
    pipe = document.scenario.layers["pipelines"]["P1"]
    assert pipe.geometry.coords[-1] == (firm.geometry.x, firm.geometry.y)
    assert pipe.geometry.coords[0] == at(500, 800)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(document) == before


def test_move_drags_the_whole_selection(qtbot, canvas, document, tools):
    document.set_selection([("zones", "Z1"), ("firms", "F1")])
    tools.set_tool("move")
    start = pos(canvas, 700, 700)  # inside the selected zone
    drag(qtbot, canvas, start, start + QPoint(0, 30))
    dy = -30 * canvas.metres_per_pixel
    assert document.scenario.zones["Z1"].geometry.bounds[1] == pytest.approx(Y0 + dy)
    assert document.scenario.firms["F1"].geometry.y == pytest.approx(Y0 + 300 + dy)
    assert document.scenario.zones["Z2"].geometry.bounds[1] == Y0


def test_edit_vertices_drag_insert_and_delete(qtbot, canvas, document, tools):
    before = snapshot(document)
    document.set_selection([("zones", "Z1")])
    tools.set_tool("edit_vertices")
    assert len(canvas.handles.vertices) == 4
    corner = pos(canvas, 0, 0)
    drag(qtbot, canvas, corner, corner + QPoint(-20, 20))
    z1 = document.scenario.zones["Z1"].geometry
    mupp = canvas.metres_per_pixel
    moved_to = (X0 - 20 * mupp, Y0 - 20 * mupp)
    assert min(math.dist(moved_to, c) for c in z1.exterior.coords) <= 1.5 * mupp
    assert (X0, Y0) not in list(z1.exterior.coords)
    assert document.undo_stack.count() == 1

    double_click(qtbot, canvas, 500, 1000)  # on the top edge
    z1 = document.scenario.zones["Z1"].geometry
    assert len(z1.exterior.coords) == 6
    assert any(
        abs(y - (Y0 + 1000)) < 1e-6 and abs(x - X0 - 500) <= mupp for x, y in z1.exterior.coords
    )
    assert document.undo_stack.count() == 2

    top = next(c for c in z1.exterior.coords if abs(c[0] - X0 - 500) <= mupp)
    qtbot.mouseClick(canvas.viewport(), LEFT, NONE, canvas.map_to_view(*top))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(document.scenario.zones["Z1"].geometry.exterior.coords) == 5
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    assert len(canvas.handles.vertices) == 5, "the handles follow undo"
    for _ in range(2):
        document.undo_stack.undo()
    assert snapshot(document) == before
    assert (X0, Y0) in canvas.handles.vertices


def test_edit_vertices_refuses_to_leave_too_few_corners(qtbot, canvas, document, tools):
    tools.set_tool("edit_vertices")
    click(qtbot, canvas, 400, 850)  # picks zone Z1 (clicked away from its contents)
    assert canvas.tool.target == ("zones", "Z1")
    for corner in ((0, 0), (1000, 0)):
        qtbot.mouseClick(canvas.viewport(), LEFT, NONE, pos(canvas, *corner))
        qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(document.scenario.zones["Z1"].geometry.exterior.coords) == 4  # a triangle
    qtbot.mouseClick(canvas.viewport(), LEFT, NONE, pos(canvas, 0, 1000))
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert "at least 3" in canvas.last_hint
    assert document.undo_stack.count() == 1


def test_delete_tool_removes_the_selection_and_its_exchanges_in_one_step(
    qtbot, canvas, document, tools
):
    before = snapshot(document)
    asked = []
    tools.delete_prompt = lambda what, impact: asked.append(impact) or DeleteChoice.ONLY_CHOSEN
    tools.set_tool("select")
    document.set_selection([("firms", "F3")])
    tools.set_tool("delete")
    assert [i.exchanges for i in asked] == [["E1"]], "it asked first, naming the exchange"
    assert "F3" not in document.scenario.firms
    assert "E1" not in document.scenario.exchanges, "its exchange went with it"
    assert canvas.current_tool == "select"
    assert "1 exchange" in canvas.last_hint
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(document) == before


def test_delete_tool_clicks_and_select_tool_delete_key(qtbot, canvas, document, tools):
    tools.delete_prompt = lambda what, impact: DeleteChoice.ONLY_CHOSEN
    tools.set_tool("delete")
    click(qtbot, canvas, 500, 800)  # the CHP
    assert "C1" not in document.scenario.facilities
    assert "P1" in document.scenario.layers["pipelines"], "only the plant, as answered"
    tools.set_tool("select")
    click(qtbot, canvas, 1500, 500)
    assert document.selection == [("firms", "F2")]
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert "F2" not in document.scenario.firms and "E1" not in document.scenario.exchanges
    assert document.undo_stack.count() == 2


def test_locked_layers_cannot_be_deleted_or_moved(qtbot, canvas, document, tools):
    canvas.set_layer_locked("firms", True)
    tools.set_tool("delete")
    click(qtbot, canvas, 300, 300)
    assert "F1" in document.scenario.firms
    assert "P1" not in document.scenario.layers["pipelines"], "the unlocked pipe on top went"


# ----- selection --------------------------------------------------------------------------------
def test_click_and_rubber_band_selection_with_shift(qtbot, canvas, document, tools):
    tools.set_tool("select")
    click(qtbot, canvas, 300, 300)
    assert document.selection == [("firms", "F1")]
    click(qtbot, canvas, 300, 300)  # again: the object beneath
    assert document.selection == [("pipelines", "P1")]
    click(qtbot, canvas, 1700, 200, SHIFT)
    assert document.selection == [("pipelines", "P1"), ("firms", "F3")]
    click(qtbot, canvas, 1700, 200, SHIFT)  # shift-click again removes it
    assert document.selection == [("pipelines", "P1")]

    drag(qtbot, canvas, pos(canvas, 1300, 700), pos(canvas, 1800, 100))
    assert set(document.selection) == {("firms", "F2"), ("firms", "F3"), ("exchanges", "E1")}
    drag(qtbot, canvas, pos(canvas, 250, 250), pos(canvas, 350, 350), SHIFT)
    assert ("firms", "F1") in document.selection and ("firms", "F3") in document.selection
    drag(qtbot, canvas, pos(canvas, -50, -50), pos(canvas, 1050, 1050))
    assert ("zones", "Z1") in document.selection and ("zones", "Z2") not in document.selection
    click(qtbot, canvas, 1900, 1150)  # empty ground clears
    assert document.selection == []
    assert document.undo_stack.count() == 0


# ----- measure and pan --------------------------------------------------------------------------
def test_measure_distance_between_snapped_firms(qtbot, canvas, document, tools):
    tools.set_tool("measure_distance")
    click(qtbot, canvas, 300, 300)
    double_click(qtbot, canvas, 1700, 200)
    expected = math.hypot(1400, 100)
    assert canvas.tool.result == pytest.approx(expected)
    assert f"{expected / 1000:,.3f} km" in canvas.last_hint
    assert document.undo_stack.count() == 0


def test_measure_area_of_a_zone_by_its_corners(qtbot, canvas, document, tools):
    tools.set_tool("measure_area")
    for x, y in ((0, 0), (1000, 0), (1000, 1000)):
        click(qtbot, canvas, x, y)
    double_click(qtbot, canvas, 0, 1000)
    assert canvas.tool.result == pytest.approx(1_000_000.0)
    assert format_area(1_000_000.0) in canvas.last_hint
    assert "1,500.0 mu" in canvas.last_hint
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not canvas.sketch.isVisible()


def test_pan_tool_drags_the_map(qtbot, canvas, tools):
    tools.set_tool("pan")
    cx, cy = canvas.center
    drag(qtbot, canvas, QPoint(400, 300), QPoint(300, 350))
    mupp = canvas.metres_per_pixel
    assert canvas.center == pytest.approx((cx + 100 * mupp, cy + 50 * mupp))


def test_deleting_the_chp_asks_names_its_pipes_and_can_take_them_in_one_undo_step(
    qtbot, canvas, document, tools
):
    asked = []

    def answer(what, impact):
        asked.append((what, impact))
        return DeleteChoice.WITH_DEPENDANTS

    before = snapshot(document)
    tools.delete_prompt = answer
    tools.set_tool("delete")
    click(qtbot, canvas, 500, 800)  # the CHP: P1 reaches no other source, F1 needs its steam
    ((what, impact),) = asked
    assert "C1" in what
    assert impact.orphan_pipes == {"steam_hp": ["P1"]}
    assert (
        "C1" not in document.scenario.facilities
        and "P1" not in document.scenario.layers["pipelines"]
    )
    assert "1 pipe" in canvas.last_hint
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert snapshot(document) == before


def test_cancelling_the_delete_prompt_deletes_nothing(qtbot, canvas, document, tools):
    before = snapshot(document)
    tools.delete_prompt = lambda what, impact: DeleteChoice.CANCEL
    tools.set_tool("delete")
    click(qtbot, canvas, 500, 800)
    assert snapshot(document) == before and document.undo_stack.count() == 0
    assert "Nothing deleted" in canvas.last_hint


def test_a_firm_placed_outside_every_zone_is_named_in_the_status_bar(
    qtbot, canvas, document, tools
):
    tools.set_tool("place_firm")
    click(qtbot, canvas, 500, 500)
    assert "outside every zone" not in canvas.last_hint
    click(qtbot, canvas, 1900, -150)  # below the zones, still on screen
    assert "outside every zone" in canvas.last_hint
    assert document.undo_stack.count() == 2, "placed all the same (Ctrl+Z removes it)"
