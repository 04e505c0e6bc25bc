"""The map canvas as a planner sees it: what is drawn, where, and how the view moves."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QWheelEvent
from shapely.geometry import LineString, Point

from ecopark import symbology as sym
from ecopark.commands import AddObjects, RemoveObjects, ReplaceObjects
from ecopark.model import Firm
from ecopark.ui.canvas.path_layers import _Group
from ecopark.ui.canvas.styles import legend_entries, legend_items
from ecopark.ui.document import ProjectDocument
from ecopark.ui.tools import TOOLS
from parks import X0, Y0, at, ui_park

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


def render(canvas, w: int = 800, h: int = 600) -> QImage:
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    return canvas.render_to_image(image)


def pixel(image: QImage, p: QPoint) -> QColor:
    return image.pixelColor(p.x(), p.y())


def close(a: QColor, hex_colour: str, tol: int = 40) -> bool:
    b = QColor(hex_colour)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol


def blend(hex_colour: str, alpha: float, under: str = sym.BACKGROUND_COLOUR) -> str:
    f, u = sym.rgb(hex_colour), sym.rgb(under)
    r, g, b = (round(alpha * a + (1 - alpha) * c) for a, c in zip(f, u, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


# ----- drawing ------------------------------------------------------------------------------------
def test_zones_firms_facilities_and_furniture_are_drawn_in_their_colours(canvas):
    image = render(canvas)
    harbor = pixel(image, canvas.map_to_view(*at(800, 150)))
    lingang = pixel(image, canvas.map_to_view(*at(1200, 900)))
    assert close(harbor, blend(sym.zone_colour("harbor"), sym.ZONE_FILL_OPACITY), 12)
    assert close(lingang, blend(sym.zone_colour("lingang_industrial"), sym.ZONE_FILL_OPACITY), 12)
    cement = pixel(image, canvas.map_to_view(*at(300, 300)))
    assert close(cement, sym.sector_symbol("cement").colour)
    chp = pixel(image, canvas.map_to_view(*at(500, 800)))
    assert close(chp, sym.facility_symbol("chp").colour)
    # north arrow (top right) and scale bar (bottom left) are dark ink on the map
    dark = [
        (x, y)
        for x in range(0, 140)
        for y in range(560, 600)
        if image.pixelColor(x, y).lightness() < 60
    ]
    assert dark, "no scale bar drawn"
    assert any(
        image.pixelColor(x, y).lightness() < 60 for x in range(740, 800) for y in range(0, 70)
    )


def test_pipelines_are_coloured_by_medium_and_planned_ones_dashed(canvas, document):
    pipe = document.scenario.layers["pipelines"]["P1"]
    planned = pipe.with_changes(
        pipeline_id="P2", status="planned", geometry=LineString([at(100, 950), at(900, 950)])
    )
    assert document.push(AddObjects("plan", [planned]))
    canvas.zoom_by(1.0)
    image = render(canvas)
    row_y = canvas.map_to_view(*at(0, 950)).y()
    xs = range(canvas.map_to_view(*at(150, 0)).x(), canvas.map_to_view(*at(850, 0)).x())
    on = [close(image.pixelColor(x, row_y), sym.MEDIUM_COLOURS["steam_hp"], 60) for x in xs]
    assert any(on) and not all(on), "a planned pipe is drawn dashed"
    mid = canvas.map_to_view(*at(400, 550))  # on the existing pipe from C1 to F1
    assert any(
        close(image.pixelColor(mid.x() + dx, mid.y() + dy), sym.MEDIUM_COLOURS["steam_hp"], 60)
        for dx in range(-2, 3)
        for dy in range(-2, 3)
    )


def test_exchange_arrows_can_be_hidden(canvas):
    a = canvas.map_to_view(*at(1700, 200))
    b = canvas.map_to_view(*at(1500, 500))
    mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)

    def exchange_ink(image: QImage) -> int:
        return sum(
            close(image.pixelColor(mid.x() + dx, mid.y() + dy), sym.EXCHANGE_COLOUR, 50)
            for dx in range(-15, 16)
            for dy in range(-15, 16)
        )

    assert exchange_ink(render(canvas)) > 0
    canvas.set_exchanges_visible(False)
    assert exchange_ink(render(canvas)) == 0
    assert canvas.objects_at(at(1600, 350), layers=["exchanges"]) == []


def test_labels_show_names_and_never_overlap(canvas, document):
    for i in range(40):  # a crowd of firms around F2
        where = Point(at(1500 + (i % 8) * 12, 500 + (i // 8) * 12))
        firm = Firm(firm_id=f"G{i}", name=f"Firm number {i}", sector="food", geometry=where)
        document.park.add("plan", firm.with_changes(iav_10k_rmb=float(i)))
    render(canvas)
    labels = canvas.label_layer
    assert "Harbor" in labels.placed and "CHP" in labels.placed
    rects = labels.placed_rects
    assert len(rects) == len(labels.placed)
    for i, r in enumerate(rects):
        for other in rects[i + 1 :]:
            assert not r.intersects(other)
    assert 0 < sum(name.startswith("Firm number") for name in labels.placed) < 40
    canvas.set_labels_visible(False)
    render(canvas)
    labels.placed = []
    render(canvas)
    assert labels.placed == []


def test_many_firms_are_drawn_as_dots_until_zoomed_in(qtbot):
    from ecopark.ui.canvas.map_canvas import MapCanvas

    park = ui_park()
    for i in range(3000):
        where = Point(at((i % 60) * 30 + 10, (i // 60) * 18 + 5))
        park.add("plan", Firm(firm_id=f"D{i}", name="", sector="steel", geometry=where))
    c = MapCanvas(ProjectDocument(park))
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.zoom_to_extent()
    image = render(c)
    firms = c.point_layers["firms"]
    assert firms.last_mode == "dots" and firms.last_visible >= 3000
    steel = sym.sector_symbol("steel").colour
    assert close(pixel(image, c.map_to_view(*at(10 + 30 * 20, 5 + 18 * 20))), steel, 30)
    c.zoom_by(8)
    render(c)
    assert firms.last_mode == "symbols"


def test_dots_written_into_the_frame_match_dots_drawn_as_an_image_and_clip_at_the_border(qtbot):
    """The firm layer stamps dots straight into the map frame; painted on any other device it
    stamps its own image. Both must give the same pixels, and dots cut by the window edge
    must not wrap round to the other side."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from ecopark.ui.canvas.map_canvas import MapCanvas

    park = ui_park()
    for i in range(3000):
        where = Point(at((i % 60) * 30 + 10, (i // 60) * 18 + 5))
        park.add("plan", Firm(firm_id=f"D{i}", name="", sector="steel", geometry=where))
    c = MapCanvas(ProjectDocument(park))
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.zoom_to_extent()
    for layer, item in c.layers.items():
        item.setVisible(layer == "firms")
    c.label_layer.setVisible(False)
    firms = c.point_layers["firms"]
    # shift the view so the leftmost column of dots straddles the window's left edge
    left = c.map_to_view(*at(10, 500)).x()
    c.pan_pixels(left, 0)
    direct = render(c)
    assert firms.last_mode == "dots" and firms.last_direct
    on_edge = c.map_to_view(*at(10, 5 + 18 * 20))
    assert abs(on_edge.x()) <= 1
    steel = sym.sector_symbol("steel").colour
    assert close(pixel(direct, QPoint(0, on_edge.y())), steel, 30)
    # nothing wrapped to the right edge of the row above or below
    background = sym.BACKGROUND_COLOUR
    for dy in range(-5, 6):
        assert close(pixel(direct, QPoint(799, on_edge.y() + dy)), background, 3)

    image = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setWorldTransform(c.viewportTransform())
    option = QStyleOptionGraphicsItem()
    option.exposedRect = c.sceneRect()  # the part of the scene in view
    firms.paint(painter, option, None)
    painter.end()
    assert firms.last_mode == "dots" and not firms.last_direct
    differing = [  # away from the scale bar (bottom left) and north arrow (top right)
        (x, y)
        for x in range(0, 720, 3)
        for y in range(0, 540, 3)
        if direct.pixel(x, y) != image.pixel(x, y)
    ]
    assert differing == []


def test_line_detail_follows_what_is_on_screen_not_the_whole_batch(canvas, document):
    """Zoomed in on a short stretch of a long pipe network, the few segments in view are drawn
    at full width and antialiased; zoomed out over thousands of them, one pixel wide."""
    rng = np.random.default_rng(3)
    pipes = []
    for k in range(1500):
        x, y = float(rng.uniform(0, 2000)), float(rng.uniform(0, 1000))
        pts = [at(x, y), at(x + 40, y + 25), at(x + 90, y - 10)]
        pipe = document.scenario.layers["pipelines"]["P1"].with_changes(
            pipeline_id=f"Q{k}", geometry=LineString(pts)
        )
        pipes.append(pipe)
    assert document.push(AddObjects("plan", pipes))
    lines = canvas.layers["pipelines"]
    canvas.zoom_to_extent()
    render(canvas)
    assert lines.last_thin and not lines.last_antialiased
    canvas.set_view(at(1000, 500), 0.05)
    render(canvas)
    assert lines.last_antialiased and not lines.last_thin


# ----- view -------------------------------------------------------------------------------------
def test_map_and_view_coordinates_round_trip(canvas):
    for x, y in (at(0, 0), at(2000, 1000), at(1234.5, 777.7)):
        p = canvas.map_to_view(x, y)
        back = canvas.view_to_map(p)
        assert math.hypot(back[0] - x, back[1] - y) <= canvas.metres_per_pixel
    assert canvas.view_to_map(QPointF(0, 0))[1] > canvas.view_to_map(QPointF(0, 100))[1]


def test_zoom_to_extent_shows_the_whole_park(canvas):
    xmin, ymin, xmax, ymax = canvas.extent()
    assert xmin <= X0 and ymin <= Y0 and xmax >= X0 + 2000 and ymax >= Y0 + 1000
    assert (xmax - xmin) < 2000 * 1.2


def test_wheel_zooms_about_the_cursor(qtbot, canvas):
    target = at(1500, 500)
    pos = canvas.map_to_view(*target)
    before = canvas.view_to_map(QPointF(pos))
    mupp = canvas.metres_per_pixel
    event = QWheelEvent(
        QPointF(pos),
        QPointF(canvas.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 240),  # two notches towards the screen
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(event)
    assert canvas.metres_per_pixel == pytest.approx(mupp / 1.25**2)
    after = canvas.view_to_map(QPointF(pos))
    assert math.hypot(after[0] - before[0], after[1] - before[1]) < 1e-6


def test_middle_drag_space_drag_and_arrow_keys_pan(qtbot, canvas):
    vp = canvas.viewport()
    mupp = canvas.metres_per_pixel
    cx, cy = canvas.center
    start = QPoint(400, 300)
    qtbot.mousePress(vp, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(100, 50))
    qtbot.mouseRelease(vp, Qt.MouseButton.MiddleButton, pos=start + QPoint(100, 50))
    assert canvas.center == pytest.approx((cx - 100 * mupp, cy + 50 * mupp))

    cx, cy = canvas.center
    qtbot.keyPress(canvas, Qt.Key.Key_Space)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(-40, 0))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(-40, 0))
    qtbot.keyRelease(canvas, Qt.Key.Key_Space)
    assert canvas.center == pytest.approx((cx + 40 * mupp, cy))
    assert canvas.document.undo_stack.count() == 0  # panning never edits

    cx, cy = canvas.center
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.center[0] == pytest.approx(cx + 200 * mupp)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.center[1] == pytest.approx(cy + 150 * mupp)


def test_zoom_to_selection_centres_on_it(canvas, document):
    document.set_selection([("firms", "F2")])
    canvas.zoom_to_selection()
    assert canvas.center == pytest.approx(at(1500, 500))
    assert canvas.metres_per_pixel < 2.0


def test_cursor_position_is_reported_in_project_coordinates(qtbot, canvas):
    seen = []
    canvas.cursor_moved.connect(lambda x, y: seen.append((x, y)))
    qtbot.mouseMove(canvas.viewport(), canvas.map_to_view(*at(700, 400)))
    x, y = seen[-1]
    assert math.hypot(x - X0 - 700, y - Y0 - 400) <= canvas.metres_per_pixel


# ----- following the model ----------------------------------------------------------------------
def test_an_edit_rebuilds_only_its_own_batches_and_the_cache(canvas, document):
    """On screen, repaints of an unchanged view (a rubber band, a hover) reuse the cached map
    frame; an edit redraws it once and rebuilds only the batches it touched."""
    canvas.warm_up()
    view = canvas.viewport()
    view.grab()
    renders, hits = canvas.stack.renders, canvas.stack.cache_hits
    view.grab()
    assert canvas.stack.renders == renders, "an unchanged view is served from the cache"
    assert canvas.stack.cache_hits == hits + 1
    builds = _Group.builds
    zone = document.scenario.zones["Z2"]
    moved = zone.with_changes(geometry=zone.geometry.buffer(-50, join_style="mitre"))
    assert document.push(ReplaceObjects("plan", [moved]))
    view.grab()
    assert canvas.stack.renders == renders + 1
    assert _Group.builds - builds <= canvas.zone_layer.LEVELS
    assert canvas.objects_at(at(1020, 500), layers=["zones"]) == [], "hit index follows"
    document.undo_stack.undo()
    assert canvas.objects_at(at(1020, 500), layers=["zones"]) == [("zones", "Z2")]


def test_other_scenarios_edits_are_ignored_and_a_switch_redraws(canvas, document):
    firms = canvas.point_layers["firms"]
    document.park.add("base", Firm(firm_id="B9", name="b", geometry=Point(at(50, 50))))
    assert "B9" not in firms.slot_of
    RemoveObjects("plan", [("firms", "F3")]).redo(document.park)  # E1 goes with it
    assert len(firms) == 2
    document.switch_scenario("base")
    assert len(firms) == 4 and "B9" in firms.slot_of
    assert canvas.objects_at(at(1700, 200), layers=["firms"]) == [("firms", "F3")]


def test_hidden_and_locked_layers(canvas):
    where = at(300, 300)
    assert canvas.objects_at(where)[0] == ("firms", "F1")
    canvas.set_layer_locked("firms", True)
    assert ("firms", "F1") not in canvas.objects_at(where, editable=True)
    assert ("firms", "F1") in canvas.objects_at(where)
    canvas.set_layer_visible("firms", False)
    assert ("firms", "F1") not in canvas.objects_at(where)
    # the pipe that ends on the firm is picked before the zone under it
    assert canvas.objects_at(where) == [("pipelines", "P1"), ("zones", "Z1")]


def test_selection_is_highlighted(canvas, document):
    p = canvas.map_to_view(*at(1500, 500))
    ring = QPoint(p.x() + 11, p.y())

    def cyan(image: QImage) -> bool:
        return any(
            close(image.pixelColor(ring.x() + d, ring.y()), sym.SELECTION_COLOUR, 60)
            for d in range(-2, 3)
        )

    assert not cyan(render(canvas))
    document.set_selection([("firms", "F2")])
    assert cyan(render(canvas))


# ----- legend, tools registry -------------------------------------------------------------------
def test_legend_lists_only_what_the_scenario_uses(document):
    items = legend_items(document.park, "plan")
    keys = {(i.section, i.key) for i in items}
    assert ("zones", "harbor") in keys and ("zones", "city") not in keys
    assert ("pipelines", "steam_hp:existing") in keys and ("pipelines", "heat:existing") not in keys
    assert {("firms", "cement"), ("firms", "brewery"), ("firms", "power")} <= keys
    assert ("firms", "steel") not in keys
    assert ("facilities", "chp") in keys and ("exchanges", "exchange") in keys
    entries = legend_entries(document.park, "plan")
    assert all(not e.icon().isNull() for e in entries)
    zones = [e.label for e in entries if e.section == "zones"]
    assert zones == ["Harbor area", "Lingang industrial area"]


def test_tools_have_unique_shortcuts_tooltips_and_drive_the_canvas(qtbot, canvas, tools):
    shortcuts = [cls.shortcut for cls in TOOLS.values()]
    assert len(set(shortcuts)) == len(shortcuts) == len(TOOLS)
    assert all(cls.tooltip and cls.label for cls in TOOLS.values())
    actions = tools.create_actions(canvas)
    assert actions["draw_zone"].shortcut() == QKeySequence("Z")
    assert "(Z)" in actions["draw_zone"].toolTip()
    changes = []
    tools.tool_changed.connect(changes.append)
    hints = []
    canvas.status_hint.connect(hints.append)
    actions["draw_pipeline"].trigger()
    assert canvas.current_tool == "draw_pipeline" and changes == ["draw_pipeline"]
    assert "HP steam" in hints[-1] or "steam_hp" in hints[-1]
    tools.set_tool("select")
    assert actions["select"].isChecked()


def test_demo_park_opens_and_renders_if_present(qtbot):
    path = REPO / "layouts" / "liaobin_coastal.gpkg"
    from ecopark.ui.canvas.map_canvas import MapCanvas

    doc = ProjectDocument.open(path)
    c = MapCanvas(doc)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.zoom_to_extent()
    image = render(c)
    background = QColor(sym.BACKGROUND_COLOUR)
    drawn = sum(
        image.pixelColor(x, y) != background for x in range(0, 800, 10) for y in range(0, 600, 10)
    )
    assert drawn > 1000
    assert len(c.point_layers["firms"]) == len(doc.scenario.firms)


def test_an_empty_park_shows_an_empty_map_and_tools_explain(qtbot):
    from ecopark.model import Park
    from ecopark.ui.canvas.map_canvas import MapCanvas
    from ecopark.ui.tools.manager import ToolManager

    c = MapCanvas(ProjectDocument(Park("Empty", "EPSG:4550")))
    qtbot.addWidget(c)
    c.resize(400, 300)
    c.show()
    render(c, 400, 300)
    ToolManager(c, c).set_tool("place_firm")
    qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    assert "no scenarios" in c.last_hint or "scenario" in c.last_hint


def test_a_failing_tool_reports_instead_of_crashing(qtbot, canvas, monkeypatch, tools):
    def broken(event, xy):
        raise RuntimeError("bug in a tool")

    monkeypatch.setattr(tools.tools["select"], "mouse_press", broken)
    tools.set_tool("select")
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    assert "failed" in canvas.last_hint and "bug in a tool" in canvas.last_hint
