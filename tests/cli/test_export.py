"""`ecopark export`: both outputs in one call; on any refusal one line, exit 2, no file left."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from ecopark.cli import main
from ecopark.export.map_layers import scenario_bounds
from ecopark.model import Underlay
from ecopark.storage import save_park
from factories import small_park


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "park.gpkg"
    save_park(small_park(), path)
    return path


def _outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".gpkg")


def test_workbook_and_map_in_one_call(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx, pdf = tmp_path / "plan.xlsx", tmp_path / "map.pdf"
    args = ["export", str(project), "--excel", str(xlsx), "--map", str(pdf), "--paper", "A3"]
    assert main([*args, "--scenario", "plan2030", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"wrote work plan: {xlsx}" in out and "map (A3 landscape)" in out
    wb = load_workbook(xlsx)
    assert wb.sheetnames[0] == "Summary 汇总"
    summary = wb["Summary 汇总"]
    assert summary["B3"].value == "规划 2030 (plan2030)"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert b"/MediaBox [ 0 0 1190.55" in pdf.read_bytes()
    assert _outputs(tmp_path) == ["map.pdf", "plan.xlsx"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--scenario", "nope"], "unknown scenario 'nope'"),
        ([], "not an EcoPark project"),
    ],
    ids=["unknown-scenario", "bad-file"],
)
def test_refusals_are_one_line_exit_2_and_leave_nothing(
    project: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    source = project
    if message.startswith("not an"):
        source = tmp_path / "broken.gpkg"
        source.write_bytes(b"this is not a GeoPackage")
    code = main(
        [
            "export",
            str(source),
            "--excel",
            str(tmp_path / "p.xlsx"),
            "--map",
            str(tmp_path / "m.pdf"),
            *extra,
        ]  # fmt: skip
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("ecopark: error: ") and message in err
    assert _outputs(tmp_path) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "nothing to export"),
        (["--map", "MAP.docx"], ".pdf or .png or .svg"),
        (["--excel", "missing/plan.xlsx"], "does not exist"),
        (["--excel", "plan.csv"], "must be named .xlsx"),
    ],
)
def test_bad_requests_are_refused_before_reading(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    never_read = tmp_path / "never-read.gpkg"  # does not exist: the request fails first
    assert main(["export", str(never_read), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert _outputs(tmp_path) == []


def test_no_underlays_leaves_the_scanned_plan_off_the_map(tmp_path: Path) -> None:
    park = small_park()
    x0, y0, x1, y1 = scenario_bounds(park.scenario("plan2030")) or (0, 0, 0, 0)
    png = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 30, 30)).save(png, "PNG")
    size = max(x1 - x0, y1 - y0) / 2  # metres a pixel: the 4 px scan covers the whole park
    park.underlays = [
        Underlay(
            underlay_id="U1",
            name="scan",
            image_png=png.getvalue(),
            transform=(size, 0.0, x0 - size, 0.0, -size, y1 + size),
        )
    ]
    project = tmp_path / "scan.gpkg"
    save_park(park, project)
    with_scan, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    assert main(["export", str(project), "--map", str(with_scan)]) == 0
    assert main(["export", str(project), "--map", str(without), "--no-underlays"]) == 0
    assert b"/Subtype /Image" in with_scan.read_bytes()
    assert b"/Subtype /Image" not in without.read_bytes()
