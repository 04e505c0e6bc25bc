"""Map export: page size, something drawn, legend of symbols in use, Chinese fonts, safe text."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread
from shapely.geometry import Point

from ecopark.commands import ReplaceObjects
from ecopark.export.errors import ExportError
from ecopark.export.fonts import cjk_font_name
from ecopark.export.map_export import export_map, fit_extent
from ecopark.export.map_furniture import legend_entries, nice_length, true_north_angle
from ecopark.export.map_layers import LayerUsage, draw_scenario
from ecopark.model import Firm, Park, ScenarioInfo

PT_PER_MM = 72 / 25.4


def _media_box(pdf: Path) -> tuple[float, float]:
    m = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes())
    assert m, "no MediaBox in the PDF"
    return float(m.group(1)), float(m.group(2))


def _pdf_to_png(pdf: Path, tmp_path: Path) -> np.ndarray:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed; installer/bootstrap.sh adds it")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    return imread(tmp_path / "page.png")


@pytest.mark.parametrize(
    ("paper", "orientation", "size_mm"),
    [("A4", "landscape", (297, 210)), ("A3", "portrait", (297, 420))],
)
def test_pdf_has_the_page_size_and_is_not_blank_with_chinese_fonts(
    small_park: Park,
    tmp_path: Path,
    paper: str,
    orientation: str,
    size_mm: tuple[int, int],
) -> None:
    pdf = export_map(small_park, "plan", tmp_path / "map.pdf", paper=paper, orientation=orientation)
    w, h = _media_box(pdf)
    assert w == pytest.approx(size_mm[0] * PT_PER_MM, abs=0.5)
    assert h == pytest.approx(size_mm[1] * PT_PER_MM, abs=0.5)
    image = _pdf_to_png(pdf, tmp_path)
    rgb = image[..., :3]
    ink = (rgb < 0.9).any(axis=2).mean()
    assert ink > 0.02, f"only {ink:.1%} of the page has ink"
    harbor = np.array([0xA3, 0xAC, 0xD0]) / 255
    zone_fill = 1 - 0.55 * (1 - harbor)  # harbor colour at the zone opacity over white
    near = (np.abs(rgb - zone_fill) < 0.06).all(axis=2).mean()
    assert near > 0.01, "the harbor zone is not drawn"
    assert list(tmp_path.glob(".*tmp*")) == []
    font = cjk_font_name()
    if font is not None:  # without one Chinese prints as boxes; bootstrap installs WenQuanYi
        data = pdf.read_bytes()
        assert font.replace(" ", "").encode() in data
        assert b"/FontFile2" in data, "TrueType (Type 42) font program embedded"


def test_png_is_300_dpi_and_svg_is_vector(small_park: Park, tmp_path: Path) -> None:
    png = export_map(small_park, "plan", tmp_path / "map.png", scorecard=False)
    image = imread(png)
    assert image.shape[1] == math.floor(297 / 25.4 * 300)
    assert image.shape[0] == math.floor(210 / 25.4 * 300)
    svg = export_map(small_park, "plan", tmp_path / "map.svg", orientation="portrait")
    root = ET.parse(svg).getroot()
    assert root.get("width", "").endswith("pt")
    assert float(root.get("width", "0")[:-2]) == pytest.approx(210 * PT_PER_MM, abs=0.5)


def test_legend_lists_only_symbols_in_use(small_park: Park) -> None:
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    usage = draw_scenario(ax, small_park, "plan")
    keys = {(i.section, i.key) for i in legend_entries(small_park, usage, "en")}
    assert ("zones", "harbor") in keys and ("zones", "city") in keys
    assert {k for s, k in keys if s == "firms"} == {"power", "cement", "brewery", "electronics"}
    assert {k for s, k in keys if s == "pipelines"} == {
        "heat:existing",
        "steam_mp:planned",
        "reclaimed_water:planned",
    }
    assert {k for s, k in keys if s == "facilities"} == {"chp"}
    assert ("exchanges", "exchange") in keys
    assert not any(s in ("corridors", "plots") for s, _k in keys)
    hidden = draw_scenario(Figure().add_subplot(), small_park, "plan", ["zones", "pipelines"])
    sections = {i.section for i in legend_entries(small_park, hidden, "zh")}
    assert sections == {"zones", "pipelines"}
    assert legend_entries(small_park, LayerUsage(), "zh") == []


def test_text_that_looks_like_mathematics_is_printed_as_typed(
    small_park: Park, tmp_path: Path
) -> None:
    base = small_park.scenario("plan").firms["F1"]
    ReplaceObjects("plan", [base.with_changes(name=r"$\frac{1}{")]).redo(small_park)
    pdf = export_map(small_park, "plan", tmp_path / "map.pdf", title="$x^2$ 园区")
    assert pdf.exists()


def test_bad_requests_write_nothing(small_park: Park, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=".pdf, .png or .svg"):
        export_map(small_park, "plan", tmp_path / "map.docx")
    with pytest.raises(ExportError, match="A4 or A3"):
        export_map(small_park, "plan", tmp_path / "map.pdf", paper="Letter")
    with pytest.raises(ExportError, match="portrait or landscape"):
        export_map(small_park, "plan", tmp_path / "map.pdf", orientation="sideways")
    small_park.add_scenario(ScenarioInfo(scenario_id="empty", name="E", kind="plan", year=2030))
    with pytest.raises(ExportError, match="nothing to draw"):
        export_map(small_park, "empty", tmp_path / "map.pdf")
    assert list(tmp_path.iterdir()) == []


def test_scale_bar_length_is_round() -> None:
    assert nice_length(2300) == 2000
    assert nice_length(480) == 200
    assert nice_length(5000) == 5000
    assert nice_length(0.7) == 0.5
    assert nice_length(0) == 0


def test_fit_extent_keeps_the_centre_and_matches_the_box() -> None:
    x0, y0, x1, y1 = fit_extent((0, 0, 1000, 100), box_w=200, box_h=100)
    assert ((x0 + x1) / 2, (y0 + y1) / 2) == (500, 50)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(2.0)
    assert x1 - x0 == pytest.approx(1000)


def test_north_arrow_points_to_true_north() -> None:
    # EPSG:4550 is 3-degree Gauss-Kruger with its central meridian at 123 E, false easting 500 km
    assert true_north_angle("EPSG:4550", 500_000, 4_400_000) == pytest.approx(0, abs=1e-4)
    east = true_north_angle("EPSG:4550", 600_000, 4_400_000)
    assert 0.005 < east < 0.05, "east of the meridian true north leans towards it (west)"
    assert true_north_angle("EPSG:4550", 400_000, 4_400_000) == pytest.approx(-east, rel=0.05)


def test_many_firms_are_drawn_as_dots(tmp_path: Path) -> None:
    park = Park("Dots", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="s", name="S", kind="plan", year=2030))
    for k in range(400):
        park.add(
            "s",
            Firm(
                firm_id=f"F{k}",
                name=f"F{k}",
                sector="food",
                geometry=Point(500_000 + (k % 20) * 50, 4_400_000 + (k // 20) * 50),
            ),
        )
    pdf = export_map(park, "s", tmp_path / "dots.pdf", scorecard=False)
    assert pdf.stat().st_size > 1000


def test_legend_layout_fits_its_box() -> None:
    from ecopark.export.map_furniture import legend_layout

    assert legend_layout(8, 70, 90, 6.5) == (1, 6.5)
    ncol, size = legend_layout(31, 70, 90, 6.5)
    assert ncol == 2 and size == 6.5
    ncol, size = legend_layout(60, 60, 40, 8.0)
    assert size < 8.0 and ncol >= 1
