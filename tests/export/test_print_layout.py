"""Drawing sheets for a panel (issue 20): exact scale measured on the PDF, labels that do not
overlap, title block, several sheets in one PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from shapely.geometry import Point, box

from ecopark.cli import main
from ecopark.export.errors import ExportError
from ecopark.export.label_placement import LabelRequest, any_overlap, place_labels
from ecopark.export.map_export import map_rendering
from ecopark.export.print_layout import (
    GRID_COLOUR,
    PAPER_MM,
    SheetSpec,
    choose_scale,
    grid_step,
    render_sheet,
    sheet_extent,
)
from ecopark.model import Facility, Park
from ecopark.storage import load_park

ROOT = Path(__file__).resolve().parents[2]
LIAOBIN = ROOT / "layouts" / "liaobin_coastal.gpkg"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)


def _grid_columns(png: Path) -> list[int]:
    """x pixels of the vertical grid lines: columns with many pixels of the grid colour."""
    rgb = np.asarray(Image.open(png).convert("RGB")).astype(int)
    target = np.array([int(GRID_COLOUR[i : i + 2], 16) for i in (1, 3, 5)])
    hits = (np.abs(rgb - target).sum(axis=2) <= 6).sum(axis=0)
    cols = np.flatnonzero(hits > 40)
    groups: list[list[int]] = []
    for c in cols.tolist():
        if groups and c - groups[-1][-1] <= 1:
            groups[-1].append(c)
        else:
            groups.append([c])
    return [round(float(np.mean(g))) for g in groups]


@needs_poppler
def test_contract_a1_at_exactly_1_to_10000(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    args = ["export", str(LIAOBIN), "--scenario", "plan2030", "--map", str(out)]
    args += ["--paper", "A1", "--orientation", "landscape", "--scale", "10000"]
    assert main(args) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    w_mm, h_mm = PAPER_MM["A1"][1], PAPER_MM["A1"][0]
    assert f"{w_mm / 25.4 * 72:.2f} x {h_mm / 25.4 * 72:.2f} pts" in info  # A1 landscape
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "1:10,000" in text and "比例尺" in text  # written on the sheet
    for word in ("图名", "工程名称", "方案", "日期", "制图", "审核", "图号", "设计单位"):
        assert word in text  # the title block
    # Measure: the 1,000 m grid must be 100 mm apart on paper at 1:10,000.
    dpi = 72
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-aa", "no", "-aaVector", "no", str(out),
         str(tmp_path / "p")],
        check=True,
    )  # fmt: skip
    cols = _grid_columns(next(tmp_path.glob("p*.png")))
    assert len(cols) >= 4
    gaps_mm = np.diff(cols) / dpi * 25.4
    ground_m = grid_step(10000)
    assert ground_m == 1000.0
    # one pixel is 0.35 mm: over four lines the scale is right within 0.5 %
    measured = (cols[-1] - cols[0]) / dpi * 25.4 / (len(cols) - 1)
    assert ground_m * 1000 / measured == pytest.approx(10000, rel=0.005)
    assert np.all(np.abs(gaps_mm - 100.0) <= 0.8)


def test_extent_follows_the_scale_exactly() -> None:
    park = load_park(LIAOBIN)
    spec = SheetSpec("A1", "landscape", 10000)
    with map_rendering():
        fig, rep = render_sheet(park, "plan2030", spec)
    map_ax = fig.axes[0]
    pos = map_ax.get_position()
    width_mm = pos.width * fig.get_figwidth() * 25.4
    x0, x1 = map_ax.get_xlim()
    y0, y1 = map_ax.get_ylim()
    height_mm = pos.height * fig.get_figheight() * 25.4
    assert (x1 - x0) / (width_mm / 1000) == pytest.approx(10000, rel=1e-9)
    assert (y1 - y0) / (height_mm / 1000) == pytest.approx(10000, rel=1e-9)
    assert rep.scale == 10000


def _drawn_label_rects(fig: object, rep: object) -> list[tuple[float, float, float, float]]:
    """Page-space rectangles (mm) of the label texts as drawn (measured by the renderer)."""
    page_ax = fig.axes[1]  # type: ignore[attr-defined]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    texts = {lab.request.text for lab in rep.labels}  # type: ignore[attr-defined]
    rects = []
    for t in page_ax.texts:
        if t.get_text() in texts and t.get_zorder() == 6:
            bb = t.get_window_extent(renderer)
            k = 25.4 / fig.dpi  # type: ignore[attr-defined]
            rects.append((bb.x0 * k, bb.y0 * k, bb.x1 * k, bb.y1 * k))
    return rects


@pytest.mark.parametrize(("paper", "scale"), [("A1", 10000), ("A3", None), ("A4", None)])
def test_labels_never_overlap(paper: str, scale: int | None) -> None:
    park = load_park(LIAOBIN)
    with map_rendering():
        fig, rep = render_sheet(park, "plan2030", SheetSpec(paper, "landscape", scale))
    rects = [lab.rect for lab in rep.labels]
    assert rects and not any_overlap(rects)
    drawn = _drawn_label_rects(fig, rep)
    assert len(drawn) == len(rects)
    shrunk = [(a + 0.05, b + 0.05, c - 0.05, d - 0.05) for a, b, c, d in drawn]
    assert not any_overlap(shrunk)
    bx, by, bw, bh = rep.map_box
    for lab in rep.labels:
        x0, y0, x1, y1 = lab.rect
        assert bx <= x0 and x1 <= bx + bw and by <= y0 and y1 <= by + bh
        if lab.request.area is not None:  # zone names lie inside their zone, off its boundary
            assert lab.request.area.contains(box(*lab.rect))


def test_a1_labels_the_wwtp_and_reclaimed_plant_and_firms() -> None:
    park = load_park(LIAOBIN)
    with map_rendering():
        _, rep = render_sheet(park, "plan2030", SheetSpec("A1", "landscape", 10000))
    placed = {lab.request.text for lab in rep.labels}
    facilities = {f.name for f in park.scenario("plan2030").facilities.values()}
    shown = [lab for lab in rep.labels if lab.request.layer == "firms"]
    assert {"辽滨污水处理厂", "辽滨再生水厂"} <= placed
    assert facilities & placed == {lab.request.text for lab in rep.labels if lab.request.layer
                                   == "facilities"}  # fmt: skip
    assert len(shown) >= 30  # firm names are printed


def test_priority_when_crowded() -> None:
    """Three labels wanting one spot: the facility wins, then the firm, the zone gives way."""
    zone = box(0, 0, 30, 12)
    reqs = [
        LabelRequest("zone", "zones", (15, 6), (28, 10), area=zone),
        LabelRequest("firm", "firms", (15, 6), (12, 3), 1.0),
        LabelRequest("CHP", "facilities", (15, 6), (12, 3), 1.0),
    ]
    placed, dropped = place_labels(reqs, (0, 0, 30, 12))
    assert [p.request.text for p in placed] == ["CHP", "firm"]
    assert [d.text for d in dropped] == ["zone"]


def test_fit_picks_a_round_scale_that_fits() -> None:
    assert choose_scale((0, 0, 5000, 2000), 500, 300) == 20000  # needs 10,800 -> 20,000
    assert choose_scale((0, 0, 4000, 2000), 500, 300) == 10000  # needs 8,640
    park = load_park(LIAOBIN)
    spec = SheetSpec("A3", "landscape", None)
    extent, scale = sheet_extent(park, ["baseline", "plan2030"], spec)
    b = park.scenario("plan2030")
    assert scale in (25000, 50000)
    for obj in b.facilities.values():
        assert extent[0] < obj.geometry.x < extent[2] and extent[1] < obj.geometry.y < extent[3]


@needs_poppler
def test_one_sheet_per_scenario_in_one_pdf(tmp_path: Path) -> None:
    out = tmp_path / "both.pdf"
    args = ["export", str(LIAOBIN), "--scenario", "baseline,plan2030", "--map", str(out)]
    assert main([*args, "--paper", "A3", "--scale", "fit", "--drawing-no", "LB-{page}"]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           2" in info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "LB-1" in text and "LB-2" in text


def test_bad_requests_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ExportError):
        SheetSpec("B2", "landscape", 1000)
    out = tmp_path / "m.pdf"
    base = ["export", str(LIAOBIN), "--map", str(out)]
    assert main([*base, "--scale", "ten"]) == 2
    assert main([*base, "--paper", "A1"]) == 2  # a large sheet needs a scale
    assert main([*base, "--scenario", "nope", "--scale", "5000"]) == 2
    assert not out.exists()


def test_empty_park_is_refused() -> None:
    park = Park("empty", "EPSG:4550")
    from ecopark.model import ScenarioInfo

    park.add_scenario(ScenarioInfo(scenario_id="b", name="b", kind="baseline", year=2024))
    with pytest.raises(ExportError, match="nothing to print"):
        sheet_extent(park, ["b"], SheetSpec())
    park.add("b", Facility(facility_id="S1", name="CHP", kind="chp", geometry=Point(5e5, 4.4e6)))
    assert sheet_extent(park, ["b"], SheetSpec("A4", "landscape", 5000))[1] == 5000


def test_objects_beyond_the_sheet_are_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "a4.pdf"
    assert (
        main(["export", str(LIAOBIN), "--map", str(out), "--paper", "A4", "--scale", "5000"]) == 0
    )
    assert "reach beyond the sheet at 1:5,000" in capsys.readouterr().out
    assert main(["export", str(LIAOBIN), "--map", str(out), "--paper", "A4", "--scale", "fit"]) == 0
    assert "beyond the sheet" not in capsys.readouterr().out
