"""The canvas's faster ways of drawing must draw what the plain ways drew: wide lines with
round ends, labels blitted from rendered images (at any screen density, in any size the planner
sets), and the work done ahead of need in idle time."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from shapely.geometry import LineString

from ecopark import symbology as sym
from ecopark.commands import ReplaceObjects
from ecopark.model import Pipeline
from ecopark.model.labelling import DEFAULTS
from ecopark.ui.canvas import overview as overview_mod
from ecopark.ui.canvas.path_layers import _Group
from ecopark.ui.canvas.strokes import draw_segments, segment_ends
from parks import at, ui_park

pytestmark = pytest.mark.gui


def _image(w: int = 400, h: int = 300, dpr: float = 1.0) -> QImage:
    image = QImage(round(w * dpr), round(h * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(QColor("#f7f7f2"))
    return image


def _rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), -1)
    pixels = raw[:, : 4 * image.width()].reshape(image.height(), image.width(), 4)
    return pixels[:, :, 2::-1].astype(int)  # B, G, R, A in memory: R, G, B


def _pen(width: float, dash: list[float] | None = None) -> QPen:
    pen = QPen(QColor("#d62728"), width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if dash else Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern(dash)
    return pen


# a pipe bending twice, a short spur and a lone segment, in device pixels
ROWS = np.array(
    [
        [20.0, 40.0, 180.0, 60.0],
        [180.0, 60.0, 230.0, 170.0],
        [230.0, 170.0, 370.0, 150.0],
        [60.0, 250.0, 75.0, 262.0],
        [300.0, 30.0, 300.5, 100.0],
    ]
)


def _draw(rows: np.ndarray, pen: QPen, fast: bool, flat_only: bool = False) -> np.ndarray:
    image = _image()
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if fast:
        draw_segments(p, rows, pen)
    else:
        if flat_only:
            pen = QPen(pen)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLines([QLineF(*row) for row in rows.tolist()])
    p.end()
    return _rgb(image)


@pytest.mark.parametrize("width", [3.0, 4.5, 9.0])
def test_wide_lines_keep_their_round_ends_and_joints(width: float) -> None:
    """Flat segments plus a dot per end cover the pixels of round-capped segments: the same
    ink, the same ends and joints, differing only in the shade of a few edge pixels."""
    plain = _draw(ROWS, _pen(width), fast=False)
    fast = _draw(ROWS, _pen(width), fast=True)
    flat = _draw(ROWS, _pen(width), fast=False, flat_only=True)
    background = np.array(sym.rgb("#f7f7f2"))
    ink_plain, ink_fast, ink_flat = (
        np.abs(image - background).max(axis=2) > 60 for image in (plain, fast, flat)
    )
    allowed = 0.006 * ink_plain.sum()  # a few edge pixels of a 1,000-5,000 pixel drawing
    assert ink_plain.sum() > 1000
    assert (ink_plain != ink_fast).sum() <= allowed
    assert (np.abs(plain - fast).max(axis=2) > 60).sum() <= allowed
    # without the dots, the ends and the outer side of each joint would be cut square
    assert (ink_plain != ink_flat).sum() > allowed


def test_dashed_and_crisp_lines_are_drawn_as_before() -> None:
    dashed = _pen(4.5, [4.0, 2.5])
    assert np.array_equal(_draw(ROWS, dashed, fast=True), _draw(ROWS, dashed, fast=False))
    image_a, image_b = _image(), _image()
    for image, fast in ((image_a, True), (image_b, False)):
        p = QPainter(image)  # no antialiasing: round caps cost nothing extra there
        if fast:
            draw_segments(p, ROWS, _pen(4.5))
        else:
            p.setPen(_pen(4.5))
            p.drawLines([QLineF(*row) for row in ROWS.tolist()])
        p.end()
    assert np.array_equal(_rgb(image_a), _rgb(image_b))


def test_each_joint_of_a_polyline_gets_one_dot() -> None:
    ends = segment_ends(ROWS)
    assert len(ends) == 5 + 3  # every start, plus the ends not shared with the next segment
    assert {tuple(p) for p in ends.tolist()} == {
        (20.0, 40.0),
        (180.0, 60.0),
        (230.0, 170.0),
        (370.0, 150.0),
        (60.0, 250.0),
        (75.0, 262.0),
        (300.0, 30.0),
        (300.5, 100.0),
    }


# ----- labels -------------------------------------------------------------------------------------
def _render(canvas, w: int = 800, h: int = 600, dpr: float = 1.0) -> QImage:
    image = _image(w, h, dpr)
    return canvas.render_to_image(image)


def _label(canvas, text: str) -> QRectF:
    labels = canvas.label_layer
    return labels.placed_rects[labels.placed.index(text)]


def _ink_columns(image: QImage, r: QRectF, dpr: float) -> int:
    """Device pixel columns of the label box holding dark text pixels."""
    rgb = _rgb(image)
    x0, x1 = int(r.left() * dpr), int(r.right() * dpr)
    y0, y1 = int(r.top() * dpr), int(r.bottom() * dpr)
    dark = rgb[y0:y1, x0:x1].max(axis=2) < 110
    return int(dark.any(axis=0).sum())


def test_labels_show_their_text_and_halo(canvas) -> None:
    image = _render(canvas)
    r = _label(canvas, "CHP")  # a facility: dark bold text on a white halo
    rgb = _rgb(image)
    box = rgb[int(r.top()) + 1 : int(r.bottom()) - 1, int(r.left()) + 1 : int(r.right()) - 1]
    assert (box.max(axis=2) < 110).sum() > 15, "the text is drawn"
    assert (box.min(axis=2) > 235).sum() > 0.3 * box.shape[0] * box.shape[1], "on its halo"
    assert _ink_columns(image, r, 1.0) >= 0.6 * (r.width() - 4)


def test_a_label_size_change_shows_at_once(canvas) -> None:
    _render(canvas)
    small = _label(canvas, "CHP")
    labels = canvas.label_layer
    styles = dict(labels.styles)
    styles["facilities"] = DEFAULTS["facilities"].__class__(
        on=True, field="name", size=2 * styles["facilities"].size, halo=True
    )
    labels.apply_styles(styles, labels.texts)
    image = _render(canvas)
    large = _label(canvas, "CHP")
    assert large.width() > 1.6 * small.width()
    assert _ink_columns(image, large, 1.0) >= 0.6 * (large.width() - 4)


def test_labels_are_sharp_on_a_high_density_screen(canvas) -> None:
    """At two device pixels per point a label's text spans twice the device pixels: it is
    rendered at the screen's density, not enlarged from a one-to-one image."""
    one = _render(canvas)
    r1 = _label(canvas, "Harbor")
    cols1 = _ink_columns(one, r1, 1.0)
    two = _render(canvas, dpr=2.0)
    r2 = _label(canvas, "Harbor")
    cols2 = _ink_columns(two, r2, 2.0)
    assert cols1 > 10
    assert 1.7 * cols1 <= cols2 <= 2.3 * cols1
    # drawn from an image rendered at the screen's density, not one enlarged from one to one
    labels = canvas.label_layer
    sprites = [v for k, v in labels._sprite_cache.items() if k[1] == "Harbor" and k[4] == 2.0]
    assert sprites
    sheet, _, _, sw, sh = sprites[0]
    assert sheet.devicePixelRatio() == 2.0
    assert sw >= 2 * r2.width() - 1 and sh >= 2 * r2.height() - 1


# ----- idle-time work ---------------------------------------------------------------------------
def test_idle_time_prepares_close_views(qtbot) -> None:
    """After the canvas's idle-time warm-up, a close view builds nothing more: wide pipelines
    come from segment rows made ahead, zone names were measured ahead; an edit keeps them."""
    from ecopark.ui.canvas.map_canvas import MapCanvas
    from ecopark.ui.document import ProjectDocument

    park = ui_park()
    park.add(
        "plan",
        Pipeline(
            pipeline_id="P9",
            medium="steam_hp",
            geometry=LineString([at(100, 100), at(900, 150), at(1800, 900)]),
            diameter_mm=500.0,
        ),
    )
    document = ProjectDocument(park)
    canvas = MapCanvas(document)
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.zoom_to_extent()
    canvas.warm_up()
    labels = canvas.label_layer
    measured = {(1, "Harbor"), (1, "Lingang"), (2, "CHP")}
    assert labels._widths.keys() >= measured
    builds = _Group.builds
    canvas.set_view(at(900, 150), canvas.metres_per_pixel / 8)
    _render(canvas)
    assert canvas.layers["pipelines"].last_antialiased  # drawn at full width, from rows
    assert not canvas.layers["pipelines"].last_thin
    assert _Group.builds == builds
    firm = document.scenario.firms["F1"]
    document.push(ReplaceObjects("plan", [firm.with_changes(name="Cement works")]))
    assert labels._widths.keys() >= measured, "an edit keeps what was measured"
    document.close()


def test_the_overview_reaches_two_octaves_in_for_a_park_as_wide_as_the_view() -> None:
    whole = 77_320.0 / 1600  # a district 77 km wide in a 1600 x 1000 view
    scales = overview_mod.Overview.scales(whole, 77_320.0, 47_120.0)
    assert min(scales) == pytest.approx(whole / 4)
    used = sum(2 * (np.ceil(77_320.0 / m) + 32) * (np.ceil(47_120.0 / m) + 32) for m in scales)
    assert used <= overview_mod.BUDGET_BYTES


def test_symbols_taken_at_once_take_the_same_pixels_as_one_by_one() -> None:
    """The labels keep clear of symbols: boxes of many sizes, some cut by the border or
    outside it, mark exactly the pixels that marking them one by one marks."""
    from ecopark.ui.canvas.labels import _Occupancy

    rng = np.random.default_rng(5)
    n = 400
    x0 = rng.uniform(-30, 330, n)
    y0 = rng.uniform(-30, 230, n)
    size = rng.choice([6.0, 9.0, 13.5, 20.0, 0.0], n)
    fast = _Occupancy(300, 200)
    fast.mark(x0, y0, x0 + size, y0 + size * 0.8)
    slow = np.zeros((200, 300), dtype=bool)
    for a, b, c, d in zip(x0, y0, x0 + size, y0 + size * 0.8, strict=True):
        slow[
            int(np.clip(np.floor(b), 0, 200)) : int(np.clip(np.ceil(d), 0, 200)),
            int(np.clip(np.floor(a), 0, 300)) : int(np.clip(np.ceil(c), 0, 300)),
        ] = True
    assert slow.sum() > 10_000
    assert np.array_equal(fast.mask, slow)


def _subpaths(path) -> list[tuple[tuple[float, float], ...]]:
    out: list[list[tuple[float, float]]] = []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        if e.type == e.type.MoveToElement:
            out.append([])
        out[-1].append((round(e.x, 9), round(e.y, 9)))
    return sorted(tuple(s) for s in out)


def test_a_path_of_some_members_holds_exactly_their_rings_and_lines() -> None:
    """A street-level view of a large batch draws a path of the members it meets, picked from
    element ranges made once: the same rings (holes included) and lines as building that path
    from the members' geometries."""
    from shapely.geometry import MultiLineString, MultiPolygon, Point, Polygon, box

    from ecopark.ui.canvas.qpaths import MapFrame, member_elements, path_from_geometries

    frame = MapFrame(1000.0, 2000.0)
    holed = Polygon(
        [(0, 0), (40, 0), (40, 40), (0, 40)], [[(10, 10), (20, 10), (20, 20), (10, 20)]]
    )
    geoms = np.array(
        [
            box(0, 0, 10, 10),
            holed,
            MultiPolygon([box(50, 50, 60, 60), box(70, 50, 80, 60)]),
            LineString([(0, 0), (5, 5), (9, 2)]),
            MultiLineString([[(1, 1), (2, 2)], [(3, 3), (4, 4), (5, 3)]]),
            Point(3, 3),
            box(100, 100, 130, 120),
        ],
        dtype=object,
    )
    elements = member_elements(geoms, frame)
    for members in ([0], [1], [1, 2], [3, 4], [0, 2, 4, 5, 6], list(range(len(geoms)))):
        chosen = np.array(members)
        fast = elements.path_of(chosen)
        slow = path_from_geometries(geoms[chosen], frame)
        assert fast.elementCount() == slow.elementCount()
        assert _subpaths(fast) == _subpaths(slow)
        assert fast.fillRule() == slow.fillRule()
    assert elements.path_of(np.array([5])).isEmpty()  # a point has no rings or lines


def test_the_members_met_by_the_last_view_are_reused_until_an_edit() -> None:
    from shapely.geometry import box

    from ecopark.ui.canvas.qpaths import MapFrame

    frame = MapFrame(0.0, 1000.0)
    group = _Group()
    group.geoms = {f"Z{i}": box(i * 50, 0, i * 50 + 40, 40) for i in range(20)}
    view = QRectF(0, 955, 90, 50)  # meets Z0 and Z1 (scene y is 1000 - map y)
    subsets = _Group.subsets
    first = group.path_in(frame, view)
    assert first.elementCount() == 2 * 5
    again = group.path_in(frame, QRectF(1, 956, 88, 48))  # a small pan: the same members
    assert again is first and _Group.subsets == subsets + 1
    group.geoms["Z99"] = box(5, 5, 30, 30)  # an edit in view (the layer marks its group dirty)
    group.dirty()
    edited = group.path_in(frame, view)
    assert edited.elementCount() == 3 * 5
    assert _Group.subsets == subsets + 2
