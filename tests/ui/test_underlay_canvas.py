"""Scanned master plans (underlays) on the map: where they land, how they blend, what hides them.

The view used throughout shows map x from -1000 to 3000 and y from -1000 to 2000 (relative to
the test park's corner, 5 m per pixel on an 800 x 600 canvas). The test park's zones fill
x 0..2000, y 0..1000. The test image is 100 x 50 pixels, left half red, right half blue.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint
from PySide6.QtGui import QColor, QImage, QPainter

from ecopark import symbology as sym
from ecopark.commands import SetUnderlays
from ecopark.model import Underlay
from ecopark.ui.canvas.underlays import UnderlayLayer, pyramid_level
from ecopark.ui.document import ProjectDocument
from parks import X0, Y0, at, ui_park

pytestmark = pytest.mark.gui

RED, BLUE = "#ff0000", "#0000ff"
OPACITY = 0.6


def png_bytes(w: int = 100, h: int = 50) -> bytes:
    """A w x h image: left half red, right half blue."""
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(BLUE))
    painter = QPainter(image)
    painter.fillRect(0, 0, w // 2, h, QColor(RED))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


PNG = png_bytes()

NORTH_OF_ZONES = (10.0, 0.0, X0 + 200, 0.0, -10.0, Y0 + 1700)
"""10 m per pixel, upright: the image covers x 200..1200, y 1200..1700 (red west of x=700)."""
OVER_HARBOR = (10.0, 0.0, X0 + 0, 0.0, -10.0, Y0 + 500)
"""The image covers x 0..1000, y 0..500, inside zone Z1 (harbor); red west of x=500."""
TURNED = (0.0, 10.0, X0 + 2200, 10.0, 0.0, Y0 + 0)
"""Turned 90 degrees anticlockwise: columns run north, rows run east. The image covers
x 2200..2700, y 0..1000; column 50 (the red/blue edge) lies at y=500, so red is south."""


def underlay(transform=NORTH_OF_ZONES, uid: str = "U1", **changes) -> Underlay:
    fields = {"opacity": OPACITY, "visible": True} | changes
    return Underlay(
        underlay_id=uid, name="Master plan", image_png=PNG, transform=transform, **fields
    )


def over(top: str, alpha: float, under: str = sym.BACKGROUND_COLOUR) -> tuple[int, int, int]:
    t, u = sym.rgb(top), sym.rgb(under)
    return tuple(alpha * a + (1 - alpha) * b for a, b in zip(t, u, strict=True))  # type: ignore[return-value]


def render(canvas, w: int = 800, h: int = 600) -> QImage:
    return canvas.render_to_image(QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied))


def colour_at(canvas, image: QImage, x: float, y: float) -> tuple[int, int, int]:
    p: QPoint = canvas.map_to_view(*at(x, y))
    c = image.pixelColor(p.x(), p.y())
    return c.red(), c.green(), c.blue()


def near(got: tuple[int, int, int], want: tuple[float, ...], tol: float = 3.0) -> bool:
    """Within ``tol`` per channel (8-bit alpha and premultiplied rounding cost ~1-2)."""
    return max(abs(g - w) for g, w in zip(got, want, strict=True)) <= tol


@pytest.fixture
def view(canvas):
    canvas.set_view(at(1000, 500), 5.0)
    return canvas


def test_an_underlay_is_drawn_where_its_transform_puts_it_blended_with_its_opacity(view, document):
    canvas = view
    assert document.push(SetUnderlays([underlay()], text="Add underlay"))
    image = render(canvas)
    # pixel (20, 25) of the image, red half: x = 10*20 + 200 = 400, y = 1700 - 10*25 = 1450
    assert near(colour_at(canvas, image, 400, 1450), over(RED, OPACITY))
    # pixel (80, 25), blue half: x = 1000
    assert near(colour_at(canvas, image, 1000, 1450), over(BLUE, OPACITY))
    # just beyond the image's east edge (x = 1200) and north edge (y = 1700): background
    background = sym.rgb(sym.BACKGROUND_COLOUR)
    assert near(colour_at(canvas, image, 1230, 1450), background, 0)
    assert near(colour_at(canvas, image, 400, 1730), background, 0)


def test_undo_takes_the_underlay_off_the_map_and_redo_puts_it_back(view, document):
    canvas = view
    background = sym.rgb(sym.BACKGROUND_COLOUR)
    assert near(colour_at(canvas, render(canvas), 400, 1450), background, 0)
    assert document.push(SetUnderlays([underlay()], text="Add underlay"))
    assert near(colour_at(canvas, render(canvas), 400, 1450), over(RED, OPACITY))
    document.undo_stack.undo()
    assert near(colour_at(canvas, render(canvas), 400, 1450), background, 0)
    assert canvas.underlay_layer.cached_keys() == set()  # the decoded image is let go
    document.undo_stack.redo()
    assert near(colour_at(canvas, render(canvas), 400, 1450), over(RED, OPACITY))


def test_zones_are_drawn_on_top_of_the_underlay(view, document):
    canvas = view
    assert document.push(SetUnderlays([underlay(OVER_HARBOR, opacity=1.0)]))
    image = render(canvas)
    harbor = sym.zone_colour("harbor")
    # (200, 150) is red in the image (x < 500) and inside zone Z1, away from its firm and pipe
    on_red = over(harbor, sym.ZONE_FILL_OPACITY, RED)
    assert near(colour_at(canvas, image, 200, 150), on_red)
    # (800, 150): blue under the zone
    on_blue = over(harbor, sym.ZONE_FILL_OPACITY, BLUE)
    assert near(colour_at(canvas, image, 800, 150), on_blue)
    # hiding the zones shows the plain image
    canvas.set_layer_visible("zones", False)
    assert near(colour_at(canvas, render(canvas), 800, 150), sym.rgb(BLUE))


def test_a_hidden_underlay_or_a_hidden_layer_draws_nothing(view, document):
    canvas = view
    background = sym.rgb(sym.BACKGROUND_COLOUR)
    assert document.push(SetUnderlays([underlay(visible=False)]))
    assert near(colour_at(canvas, render(canvas), 400, 1450), background, 0)
    assert not canvas.zone_layer.something_under()  # zones keep their fast opaque fill
    assert document.push(SetUnderlays([underlay()]))
    assert near(colour_at(canvas, render(canvas), 400, 1450), over(RED, OPACITY))
    assert canvas.zone_layer.something_under()
    canvas.set_layer_visible("underlays", False)
    assert not canvas.layer_visible("underlays")
    assert not canvas.zone_layer.something_under()
    assert near(colour_at(canvas, render(canvas), 400, 1450), background, 0)
    canvas.set_layer_visible("underlays", True)
    assert near(colour_at(canvas, render(canvas), 400, 1450), over(RED, OPACITY))


def test_a_turned_underlay_puts_its_halves_where_the_transform_says(view, document):
    canvas = view
    assert document.push(SetUnderlays([underlay(TURNED)]))
    image = render(canvas)
    # map (2450, 250): row = (2450 - 2200) / 10 = 25, col = 250 / 10 = 25 -> red half
    assert near(colour_at(canvas, image, 2450, 250), over(RED, OPACITY))
    # map (2450, 750): col = 75 -> blue half
    assert near(colour_at(canvas, image, 2450, 750), over(BLUE, OPACITY))
    # east of the last row (x = 2700): background
    assert near(colour_at(canvas, image, 2730, 500), sym.rgb(sym.BACKGROUND_COLOUR), 0)


def test_later_underlays_cover_earlier_ones_and_each_image_is_decoded_once(view, document):
    canvas = view
    first = underlay(OVER_HARBOR, uid="U1", opacity=1.0)
    second = Underlay(
        underlay_id="U2",
        name="Shifted copy",
        image_png=PNG,
        transform=(10.0, 0.0, X0 + 500, 0.0, -10.0, Y0 + 500),  # red now starts at x=500
        opacity=0.5,
    )
    assert document.push(SetUnderlays([first, second]))
    canvas.set_layer_visible("zones", False)
    image = render(canvas)
    # x=700: U1 is blue there, U2 (on top, half opaque) red
    assert near(colour_at(canvas, image, 700, 250), over(RED, 0.5, BLUE))
    # x=200: only U1 (red)
    assert near(colour_at(canvas, image, 200, 250), sym.rgb(RED))
    layer = canvas.underlay_layer
    decoded = layer.decodes
    canvas.zoom_by(1.25)
    render(canvas)
    document.switch_scenario("base")
    render(canvas)
    assert layer.decodes == decoded == 2
    assert document.push(SetUnderlays([second]))
    assert {uid for uid, _ in layer.cached_keys()} == {"U2"}


def test_a_project_opened_with_underlays_shows_them(qtbot):
    from ecopark.ui.canvas.map_canvas import MapCanvas

    park = ui_park()
    SetUnderlays([underlay()]).redo(park)
    canvas = MapCanvas(ProjectDocument(park))
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.set_view(at(1000, 500), 5.0)
    assert near(colour_at(canvas, render(canvas), 400, 1450), over(RED, OPACITY))


def test_zoomed_far_out_a_large_scan_is_drawn_from_a_halved_copy(view, document):
    canvas = view
    big = Underlay(
        underlay_id="U9",
        name="Large scan",
        image_png=png_bytes(1600, 800),
        transform=(1.0, 0.0, X0 + 200, 0.0, -1.0, Y0 + 1900),  # 1 m per pixel, x 200..1800
        opacity=1.0,
    )
    assert document.push(SetUnderlays([big]))
    image = render(canvas)
    # 5 m per screen pixel = 0.2 screen pixels per image pixel: log2(5) = 2.32 -> level 2
    assert canvas.underlay_layer.last_levels == {"U9": 2}
    assert near(colour_at(canvas, image, 500, 1500), sym.rgb(RED))
    assert near(colour_at(canvas, image, 1500, 1500), sym.rgb(BLUE))
    canvas.set_view(at(1000, 1500), 0.5)  # zoomed in: 2 screen pixels per image pixel
    render(canvas)
    assert canvas.underlay_layer.last_levels == {"U9": 0}


def test_pyramid_level_is_the_closest_to_one_image_pixel_per_screen_pixel():
    assert pyramid_level(2.0, 8) == 0
    assert pyramid_level(1.0, 8) == 0
    assert pyramid_level(0.5, 8) == 1
    assert pyramid_level(0.3, 8) == 2  # log2(1/0.3) = 1.74
    assert pyramid_level(1e-6, 8) == 7
    assert pyramid_level(0.0, 8) == 0


def test_an_unreadable_image_is_skipped_without_breaking_the_map(view, document, caplog):
    canvas = view
    broken = Underlay(
        underlay_id="UX",
        name="Broken",
        image_png=b"\x89PNG\r\n\x1a\nnot really",
        transform=OVER_HARBOR,
    )
    assert document.push(SetUnderlays([broken, underlay()]))
    image = render(canvas)
    assert near(colour_at(canvas, image, 400, 1450), over(RED, OPACITY))
    assert "UX" in caplog.text
    assert isinstance(canvas.underlay_layer, UnderlayLayer)


def test_the_layers_dock_counts_underlays_and_hides_them(view, document, qtbot):
    from ecopark.ui.docks.layers_dock import LayersDock

    canvas = view
    dock = LayersDock(document)
    qtbot.addWidget(dock)
    dock.set_canvas(canvas)
    row = dock._items["underlays"]
    assert row.text(0) == "Underlays (0)"
    assert not dock.is_locked("underlays")
    assert document.push(SetUnderlays([underlay()]))
    qtbot.waitUntil(lambda: row.text(0) == "Underlays (1)")
    dock.set_visible("underlays", False)
    assert not canvas.layer_visible("underlays")
    assert near(colour_at(canvas, render(canvas), 400, 1450), sym.rgb(sym.BACKGROUND_COLOUR), 0)


def test_a_new_park_with_only_a_scan_zooms_to_the_scan(qtbot):
    """Tracing starts from an empty park: zoom to extent frames the underlay (x 200..1200,
    y 1200..1700 by hand), and once objects exist it frames the objects instead."""
    from shapely.geometry import Point

    from ecopark.model import Firm, Park, ScenarioInfo
    from ecopark.ui.canvas.map_canvas import MapCanvas
    from ecopark.ui.document import ProjectDocument

    park = Park("New", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="plan", name="Plan", kind="plan", year=2030))
    document = ProjectDocument(park)
    canvas = MapCanvas(document)
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    assert canvas.scenario_bounds() is None
    assert document.push(SetUnderlays([underlay()], text="Add underlay"))
    assert canvas.scenario_bounds() == pytest.approx((X0 + 200, Y0 + 1200, X0 + 1200, Y0 + 1700))
    canvas.zoom_to_extent()
    xmin, ymin, xmax, ymax = canvas.extent()
    assert xmin <= X0 + 200 and xmax >= X0 + 1200 and ymin <= Y0 + 1200 and ymax >= Y0 + 1700
    assert xmax - xmin < 1200  # the scan fills the view (4 % margin), not a default scale
    canvas.set_layer_visible("underlays", False)
    assert canvas.scenario_bounds() is None
    park.add("plan", Firm(firm_id="F1", name="f", geometry=Point(X0 + 5000, Y0 + 5000)))
    canvas.set_layer_visible("underlays", True)
    assert canvas.scenario_bounds() == (X0 + 5000, Y0 + 5000, X0 + 5000, Y0 + 5000)
