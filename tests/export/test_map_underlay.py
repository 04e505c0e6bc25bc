"""Scanned plans (underlays) under the exported map: placed by their transform, under the zones,
at their opacity, clipped to the map frame, never moving the extent, and left out on request.

Positions are checked by hand. With ``extent`` given and no scorecard, an A4 landscape page
(297 x 210 mm) has its map frame 10 mm from the left and 18 mm from the bottom (margin 10 +
footer 8), 220 mm wide (297 - 2*10 - legend panel 52 - gap 5) and 168 mm high (210 - 2*10 -
title 14 - footer 8). ``EXTENT`` is 3300 m x 2520 m, the frame's shape exactly, so 1 mm of paper
is 15 m and map (x, y) lands at page (10 + (x - ex0)/15, 210 - 18 - (y - ey0)/15) mm; at 300 dpi
that is mm * 300/25.4 pixels.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure
from PIL import Image

from ecopark import symbology as sym
from ecopark.export.map_export import export_map, render_map_figure
from ecopark.export.map_underlays import prepare
from ecopark.model import Park, Underlay

X0, Y0 = 500_000.0, 4_400_000.0  # the small park's origin (Z1's lower-left corner)
EXTENT = (X0 - 150, Y0 - 260, X0 + 3150, Y0 + 2260)
M_PER_MM = 15.0
DPI = 300
WHITE = np.array([255.0, 255.0, 255.0])
RED, BLUE = np.array([255.0, 0.0, 0.0]), np.array([0.0, 0.0, 255.0])
OPACITY = 0.5
RED_SEEN = OPACITY * RED + (1 - OPACITY) * WHITE  # (255, 127.5, 127.5)
BLUE_SEEN = OPACITY * BLUE + (1 - OPACITY) * WHITE


def halves_png(cols: int = 16, rows: int = 12, mode: str = "RGB") -> bytes:
    """Left half pure red, right half pure blue."""
    pixels = np.zeros((rows, cols, 3), dtype=np.uint8)
    pixels[:, : cols // 2] = (255, 0, 0)
    pixels[:, cols // 2 :] = (0, 0, 255)
    image = Image.fromarray(pixels)
    if mode != "RGB":
        image = image.convert(mode)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def scan(transform: tuple[float, ...], **kw: object) -> Underlay:
    return Underlay(
        underlay_id="U1",
        name="总规 scan",
        image_png=halves_png(),
        transform=transform,  # type: ignore[arg-type]
        opacity=OPACITY,
        **kw,  # type: ignore[arg-type]
    )


# 100 m per pixel, top-left corner of the image at park (1200, 1800): the 16 x 12 image covers
# x 1200..2800, y 600..1800; red x 1200..2000, blue 2000..2800. y 600..1000 lies in zone Z2.
NORTH_UP = (100.0, 0.0, X0 + 1200, 0.0, -100.0, Y0 + 1800)


def page_pixel(dx: float, dy: float) -> tuple[int, int]:
    """(row, col) of the 300 dpi page pixel showing park point (X0 + dx, Y0 + dy)."""
    mm_x = 10 + (X0 + dx - EXTENT[0]) / M_PER_MM
    mm_y = 210 - 18 - (Y0 + dy - EXTENT[1]) / M_PER_MM
    return int(mm_y * DPI / 25.4), int(mm_x * DPI / 25.4)


def export_png(park: Park, path: Path, **kw: object) -> np.ndarray:
    out = export_map(park, "base", path, scorecard=False, extent=EXTENT, **kw)  # type: ignore[arg-type]
    with Image.open(out) as image:
        return np.asarray(image.convert("RGB"), dtype=float)


def at(page: np.ndarray, dx: float, dy: float) -> np.ndarray:
    row, col = page_pixel(dx, dy)
    return page[row, col]


def test_underlay_is_placed_by_its_transform_under_the_zones(
    small_park: Park, tmp_path: Path
) -> None:
    small_park.underlays = [scan(NORTH_UP)]
    page = export_png(small_park, tmp_path / "map.png")
    # both halves at half opacity over the white map, outside any zone
    assert at(page, 1500, 1400) == pytest.approx(RED_SEEN, abs=3)
    assert at(page, 2500, 1400) == pytest.approx(BLUE_SEEN, abs=3)
    # outside the image: the white background (30 m = 24 px from its left and top edges)
    assert at(page, 1170, 1400) == pytest.approx(WHITE, abs=1)
    assert at(page, 1500, 1830) == pytest.approx(WHITE, abs=1)
    # pixel (0, 0) is the image's corner, not a pixel centre: the edge is at x 1200 and the
    # red/blue change at x 2000 (a pixel-centre reading would move both 50 m west and north)
    assert at(page, 1230, 1400) == pytest.approx(RED_SEEN, abs=3)
    assert at(page, 1500, 1770) == pytest.approx(RED_SEEN, abs=3)
    left, right = at(page, 1970, 1400), at(page, 2030, 1400)
    assert left[0] > left[2] and right[2] > right[0]
    # zone Z2 is drawn on top: its fill at the zone opacity over the red half
    zone = np.array(sym.rgb(sym.zone_colour("lingang_industrial")), dtype=float)
    a = sym.ZONE_FILL_OPACITY
    assert at(page, 1500, 800) == pytest.approx(a * zone + (1 - a) * RED_SEEN, abs=3)
    assert at(page, 2900, 800) == pytest.approx(a * zone + (1 - a) * WHITE, abs=3)


def page_texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.texts]


def test_hidden_or_left_out_underlays_draw_nothing(small_park: Park, tmp_path: Path) -> None:
    small_park.underlays = [scan(NORTH_UP)]
    shown = render_map_figure(small_park, "base", extent=EXTENT)
    assert len(shown.axes[0].images) == 1
    assert "底图 Underlay: 总规 scan" in page_texts(shown)  # the footer's second line
    left_out = render_map_figure(small_park, "base", extent=EXTENT, underlays=False)
    small_park.underlays = [scan(NORTH_UP, visible=False)]
    hidden = render_map_figure(small_park, "base", extent=EXTENT)
    for figure in (left_out, hidden):
        assert len(figure.axes[0].images) == 0
        assert not any("Underlay" in text for text in page_texts(figure))
    page = export_png(small_park, tmp_path / "hidden.png")
    assert at(page, 1500, 1400) == pytest.approx(WHITE)
    assert at(page, 2500, 1400) == pytest.approx(WHITE)


def test_a_quarter_turned_scan_lands_where_its_transform_says(
    small_park: Park, tmp_path: Path
) -> None:
    # across the page goes north, down the page goes east (a turn, not a mirror image):
    # x = 100*row + 1400, y = 100*col + 600. Red (columns 0-7) is the south half, y 600..1400;
    # blue the north half, y 1400..2200; rows 0-11 span x 1400..2600.
    small_park.underlays = [scan((0.0, 100.0, X0 + 1400, 100.0, 0.0, Y0 + 600))]
    page = export_png(small_park, tmp_path / "turned.png")
    assert at(page, 2000, 1200) == pytest.approx(RED_SEEN, abs=3)
    assert at(page, 2000, 1800) == pytest.approx(BLUE_SEEN, abs=3)
    assert at(page, 1450, 2150) == pytest.approx(BLUE_SEEN, abs=3)
    assert at(page, 1350, 1800) == pytest.approx(WHITE, abs=1)
    assert at(page, 2650, 1800) == pytest.approx(WHITE, abs=1)
    south, north = at(page, 2000, 1370), at(page, 2000, 1430)
    assert south[0] > south[2] and north[2] > north[0]


def test_a_scan_larger_than_the_map_neither_grows_it_nor_prints_outside_the_frame(
    small_park: Park, tmp_path: Path
) -> None:
    plain = render_map_figure(small_park, "base").axes[0]
    # 10 km per pixel: the 160 km x 120 km scan covers the 3 km park with its red half
    small_park.underlays = [scan((10_000.0, 0.0, X0 - 60_000, 0.0, -10_000.0, Y0 + 60_000))]
    figure = render_map_figure(small_park, "base")
    ax = figure.axes[0]
    assert ax.get_xlim() == pytest.approx(plain.get_xlim())
    assert ax.get_ylim() == pytest.approx(plain.get_ylim())
    page = export_png(small_park, tmp_path / "big.png")
    # the map's centre column (park x 1500) is the red half; the page margins stay white
    assert at(page, 1500, 1400) == pytest.approx(RED_SEEN, abs=3)
    assert at(page, 1500, EXTENT[3] - Y0 - 30) == pytest.approx(RED_SEEN, abs=3)
    row, col = page_pixel(1500, 0)
    margin = int(5 * DPI / 25.4)  # 5 mm into the 10 mm left page margin
    assert page[row, margin] == pytest.approx(WHITE)
    assert page[int(12 * DPI / 25.4), col] == pytest.approx(WHITE)  # in the title band


def test_a_big_scan_is_cropped_to_the_view_and_shrunk_to_the_page() -> None:
    # 4000 x 3000 pixels at 1 m each; the view shows its left 2000 m at 0.3 output px per m:
    # 1/0.3 = 3.3 source pixels per output pixel, so blocks of 3 are averaged (1.1 px left).
    big = Underlay(
        underlay_id="U9",
        name="big",
        image_png=halves_png(4000, 3000),
        transform=(1.0, 0.0, 0.0, 0.0, -1.0, 3000.0),
    )
    prepared = prepare(big, (0.0, 0.0, 2000.0, 3000.0), out_px_per_m=0.3)
    assert prepared is not None
    col0, row0, col1, row1 = prepared.box
    assert (col0, row0) == (0, 0) and 2002 <= col1 <= 2005 and row1 == 3000
    assert prepared.pixels.shape == (1000, (col1 + 2) // 3, 3)
    assert (prepared.pixels[:, : 2000 // 3 - 1] == (255, 0, 0)).all()
    # a view that misses the scan entirely draws nothing
    assert prepare(big, (10_000.0, 0.0, 12_000.0, 1000.0), out_px_per_m=0.3) is None


def kind_png(mode: str) -> bytes:
    """A 40 x 30 PNG of one kind, its left and right halves different."""
    if mode == "1":  # line art: white left, black right, no dithering
        grey = np.zeros((30, 40), dtype=np.uint8)
        grey[:, :20] = 255
        image = Image.fromarray(grey).convert("1", dither=Image.Dither.NONE)
    elif mode == "I;16":  # a 16-bit grey scan: white left, dark grey right
        grey16 = np.full((30, 40), 0x2000, dtype=np.uint16)
        grey16[:, :20] = 0xFFFF
        image = Image.fromarray(grey16)
    elif mode == "RGBA":  # the right half half transparent
        pixels = np.zeros((30, 40, 4), dtype=np.uint8)
        pixels[:, :20] = (255, 0, 0, 255)
        pixels[:, 20:] = (0, 0, 255, 128)
        image = Image.fromarray(pixels)
    else:
        image = Image.open(io.BytesIO(halves_png(40, 30))).convert(mode)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    assert Image.open(io.BytesIO(buffer.getvalue())).mode == mode
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("mode", "left", "right"),
    [
        ("RGBA", (255, 0, 0, 255), (0, 0, 255, 128)),
        ("P", (255, 0, 0), (0, 0, 255)),  # red and blue are in the web palette
        ("L", (76, 76, 76), (29, 29, 29)),  # ITU-R 601 luma of red and of blue
        ("1", (255, 255, 255), (0, 0, 0)),
        ("I;16", (255, 255, 255), (32, 32, 32)),  # 0x2000 >> 8
    ],
)
def test_scans_of_any_png_kind_keep_their_colours_when_shrunk(
    mode: str, left: tuple[int, ...], right: tuple[int, ...]
) -> None:
    u = Underlay(
        underlay_id="U2",
        name=mode,
        image_png=kind_png(mode),
        transform=(1.0, 0.0, 0.0, 0.0, -1.0, 30.0),
    )
    prepared = prepare(u, (0.0, 0.0, 40.0, 30.0), out_px_per_m=0.5)  # 2 x 2 blocks: 20 x 15
    assert prepared is not None and prepared.pixels.shape[:2] == (15, 20)
    assert tuple(prepared.pixels[7, 2]) == left
    assert tuple(prepared.pixels[7, 17]) == right


def test_a_broken_image_is_named_in_the_error(small_park: Park, tmp_path: Path) -> None:
    from ecopark.export.errors import ExportError

    small_park.underlays = [
        Underlay(
            underlay_id="U3", name="damaged", image_png=b"\x89PNG\r\n\x1a\n", transform=NORTH_UP
        )
    ]
    with pytest.raises(ExportError, match="underlay damaged: .*leave underlays out"):
        export_map(small_park, "base", tmp_path / "map.png")
    assert list(tmp_path.iterdir()) == []


def test_pdf_and_svg_with_an_underlay(small_park: Park, tmp_path: Path) -> None:
    small_park.underlays = [scan(NORTH_UP)]
    pdf = export_map(small_park, "base", tmp_path / "map.pdf", scorecard=False, extent=EXTENT)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Subtype /Image" in data
    svg = export_map(small_park, "base", tmp_path / "map.svg", scorecard=False, extent=EXTENT)
    assert "<image " in svg.read_text(encoding="utf-8")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed; the PDF was checked as a file")
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    with Image.open(tmp_path / "page.png") as image:
        page = np.asarray(image.convert("RGB"), dtype=float)
    row, col = (int(v * 50 / DPI) for v in page_pixel(1500, 1400))
    assert page[row, col] == pytest.approx(RED_SEEN, abs=4)
    row, col = (int(v * 50 / DPI) for v in page_pixel(2500, 1400))
    assert page[row, col] == pytest.approx(BLUE_SEEN, abs=4)
    row, col = (int(v * 50 / DPI) for v in page_pixel(1100, 1400))
    assert page[row, col] == pytest.approx(WHITE, abs=1)
