"""The canvas at district size: zoomed-out views drawn from the overview pyramid, batches larger
than the view culled to what it meets. What the planner sees must not change: every feature in
view is drawn, edits show at once, the selection is always drawn on top."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage
from shapely.geometry import Point, box

from ecopark import symbology as sym
from ecopark.commands import AddObjects
from ecopark.model import Firm, Zone
from ecopark.ui.canvas import overview as overview_mod
from ecopark.ui.canvas.path_layers import _Group
from ecopark.ui.document import ProjectDocument
from parks import at, ui_park

pytestmark = pytest.mark.gui


def render(canvas, w: int = 800, h: int = 600) -> QImage:
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    return canvas.render_to_image(image)


def close(a: QColor, hex_colour: str, tol: int) -> bool:
    b = QColor(hex_colour)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol


def crowded_park(firms: int = 1200):
    """The test park with a grid of steel firms over its southern half."""
    park = ui_park()
    for i in range(firms):
        where = Point(at((i % 60) * 30 + 100, (i // 60) * 20 + 60))
        park.add("plan", Firm(firm_id=f"D{i}", name="", sector="steel", geometry=where))
    return park


@pytest.fixture
def big_canvas(qtbot, monkeypatch):
    """A canvas over a park counted as large (the threshold lowered so the test stays quick)."""
    from ecopark.ui.canvas.map_canvas import MapCanvas

    monkeypatch.setattr(overview_mod, "MIN_FEATURES", 500)
    document = ProjectDocument(crowded_park())
    c = MapCanvas(document)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.zoom_to_extent()
    yield c
    document.close()


def test_zoomed_out_views_come_from_the_overview_and_look_like_the_exact_drawing(big_canvas):
    c = big_canvas
    c.overview.clear()
    exact = render(c)
    c.warm_up()  # what the application does when idle after opening
    assert c.overview.levels, "a large park gets an overview"
    uses = c.overview.uses
    fast = render(c)
    assert c.overview.uses == uses + 1
    steel = sym.sector_symbol("steel").colour
    for i in (0, 61, 125, 700, 1199):  # firms: the same dot colour at the same place
        p = c.map_to_view(*at((i % 60) * 30 + 100, (i // 60) * 20 + 60))
        assert close(exact.pixelColor(p), steel, 30)
        assert close(fast.pixelColor(p), steel, 45)
    # zones, the pipe and the background agree pixel for pixel within resampling error
    diff = np.abs(_rgb(exact) - _rgb(fast)).max(axis=2)
    assert np.mean(diff <= 40) > 0.9


def _rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), -1)
    return (
        raw[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].astype(int)
    )


def test_an_edit_shows_at_once_and_the_overview_catches_up(big_canvas):
    c = big_canvas
    c.warm_up()
    document = c.document
    where = at(1000, 900)  # empty ground in the north of the park
    new = Firm(firm_id="NEW", name="", sector="chemical", geometry=Point(where))
    assert document.push(AddObjects("plan", [new]))
    uses = c.overview.uses
    image = render(c)
    assert c.overview.uses == uses, "a stale overview is not used"
    colour = sym.sector_symbol("chemical").colour
    assert close(image.pixelColor(c.map_to_view(*where)), colour, 30)
    c._rebuild_overview()  # the edit's timer fired
    c.warm_up()
    image = render(c)
    assert c.overview.uses == uses + 1
    assert close(image.pixelColor(c.map_to_view(*where)), colour, 45)


def test_close_views_hidden_layers_and_selection_are_drawn_exactly(big_canvas):
    c = big_canvas
    c.warm_up()
    uses = c.overview.uses
    c.zoom_by(8)  # street level: a few features, drawn one by one
    render(c)
    assert c.overview.uses == uses
    c.zoom_to_extent()
    c.set_layer_visible("firms", False)
    image = render(c)
    assert c.overview.uses == uses, "another set of layers than the overview shows"
    p = c.map_to_view(*at(100 + 30 * 20, 60 + 20 * 10))
    assert not close(image.pixelColor(p), sym.sector_symbol("steel").colour, 30)
    c.set_layer_visible("firms", True)
    c.warm_up()  # re-rendered when idle
    c.select([("firms", "D620")])
    image = render(c)
    assert c.overview.uses == uses + 1
    p = c.map_to_view(*at(100 + 30 * 20, 60 + 20 * 10))
    ring = [image.pixelColor(p + QPoint(dx, dy)) for dx in range(-9, 10) for dy in (-9, 0, 9)]
    assert any(close(colour, sym.SELECTION_COLOUR, 40) for colour in ring)


def test_small_parks_have_no_overview(canvas):
    canvas.warm_up()
    assert canvas.overview.levels == []
    assert overview_mod.Overview.scales(10.0, 20_000.0, 10_000.0)[0] > 10.0
    scales = overview_mod.Overview.scales(10.0, 1e6, 1e6)
    assert sum(4 * (1e6 / m + 32) ** 2 for m in scales) <= overview_mod.BUDGET_BYTES * 1.01


def test_a_batch_larger_than_the_view_draws_only_the_members_in_view(canvas, document):
    """A street-level view of a cell full of zones passes Qt only the zones it meets: a zone in
    view is drawn, one out of view is not given to Qt at all."""
    zones = [
        Zone(
            zone_id=f"G{i}",
            name="",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(
                *at(50 + (i % 20) * 95, 50 + (i // 20) * 95),
                *at(120 + (i % 20) * 95, 120 + (i // 20) * 95),
            ),
        )
        for i in range(200)
    ]
    assert document.push(AddObjects("plan", zones))
    group = next(
        g
        for level in canvas.zone_layer._levels[:1]
        for cell in level.cells.values()
        for g in cell.values()
        if "G0" in g.geoms
    )
    frame = canvas.frame
    inside = frame.to_scene(*at(60, 60))
    view = QRectF(inside.x() - 5, inside.y() - 5, 10, 10)  # within zone G0 only
    subsets = _Group.subsets
    path = group.path_in(frame, view)
    assert _Group.subsets == subsets + 1
    full = group.path(frame)
    assert path.elementCount() < full.elementCount() / 10
    assert path.boundingRect().intersects(view)
    far = frame.to_scene(*at(1900, 950))
    assert not path.boundingRect().contains(far)
    # and the planner sees the zone in view filled, from a frame drawing that large batch
    # (the finest grid level of so small a park would hold few zones per batch)
    canvas.zone_layer.level_for = lambda width: canvas.zone_layer._levels[0]
    canvas.set_view(at(60, 60), 0.05)
    image = render(canvas)
    assert image.pixelColor(QPoint(400, 300)) != QColor(sym.BACKGROUND_COLOUR)
    assert _Group.subsets > subsets + 1, "the frame drew the cell's zones culled to the view"


def test_points_in_view_follow_edits_between_questions(canvas, document):
    """The firms in a box: a box inside the last one asked about is answered from that answer,
    and still sees a firm moved into it, or deleted, in between (the labels then place names
    of the firms that are really there)."""
    from ecopark.commands import RemoveObjects, ReplaceObjects

    firms = canvas.point_layers["firms"]

    def full_scan(rect: QRectF) -> list[int]:
        inside = (
            firms.alive
            & (firms.xs >= rect.left())
            & (firms.xs <= rect.right())
            & (firms.ys >= rect.top())
            & (firms.ys <= rect.bottom())
        )
        return np.flatnonzero(inside).tolist()

    x0, x1 = float(firms.xs[firms.alive].min()), float(firms.xs[firms.alive].max())
    y0, y1 = float(firms.ys[firms.alive].min()), float(firms.ys[firms.alive].max())
    outer = QRectF(x0 - 10, y0 - 10, x1 - x0 + 20, y1 - y0 + 20)
    inner = QRectF(x0, y0, (x1 - x0) / 2, (y1 - y0) / 2)
    assert firms.visible_slots(outer).tolist() == full_scan(outer)
    assert firms.visible_slots(inner).tolist() == full_scan(inner)
    scenario = document.scenario
    moved = next(iter(scenario.firms.values()))
    slot = firms.slot_of[moved.id]
    before = slot in firms.visible_slots(inner).tolist()
    # move it out of the inner box if it was in, into it if not
    target = (x1 - 1.0, y1 - 1.0) if before else (x0 + 1.0, y0 + 1.0)
    map_x, map_y = target[0] + canvas.frame.ox, canvas.frame.oy - target[1]
    assert firms.visible_slots(outer).tolist() == full_scan(outer)
    document.push(
        ReplaceObjects(document.scenario_id, [moved.with_changes(geometry=Point(map_x, map_y))])
    )
    assert (slot in firms.visible_slots(inner).tolist()) is not before
    assert firms.visible_slots(inner).tolist() == full_scan(inner)
    document.push(RemoveObjects(document.scenario_id, [("firms", moved.id)]))
    assert slot not in firms.visible_slots(outer).tolist()
    assert firms.visible_slots(inner).tolist() == full_scan(inner)
