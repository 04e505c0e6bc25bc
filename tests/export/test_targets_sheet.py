"""The workbook's targets sheet: CTIP's twenty-two rows with the park's targets, and the share met
and second-tranche cells as formulas that LibreOffice recalculates (docs/indicators.md §5)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ecopark.export.workbook import export_workbook, sheet_title

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "indicators"))
from worked_park import worked_park  # noqa: E402

CTIP_IDS = "1.1 1.2 1.3 1.4 2.1 2.2 2.3 2.4 3.1 3.2 3.3 4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.8 5.1 5.2 5.3"
CTIP_IDS = CTIP_IDS.split()


def _ctip_rows(ws) -> dict[str, int]:
    return {
        str(ws.cell(row=r, column=1).value)[5:]: r
        for r in range(2, ws.max_row + 1)
        if str(ws.cell(row=r, column=1).value or "").startswith("CTIP ")
    }


def _label_row(ws, text: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if text in str(ws.cell(row=r, column=2).value))


def test_targets_sheet_lists_the_22_ctip_rows_with_targets(tmp_path: Path) -> None:
    path = export_workbook(worked_park(), "plan", tmp_path / "w.xlsx", lang="en")
    ws = load_workbook(path)[sheet_title("targets", "en")]
    rows = _ctip_rows(ws)
    assert list(rows) == CTIP_IDS
    r = rows["1.3"]
    assert ws[f"D{r}"].value == pytest.approx(64_000)  # baseline
    assert ws[f"E{r}"].value == pytest.approx(80_000e4 / 12_000)  # this plan
    assert ws[f"I{r}"].value == 60_000  # the park's target
    assert ws[f"J{r}"].value.startswith("=IF(ISNUMBER(E")
    share = _label_row(ws, "Share of park targets met")
    assert str(ws[f"E{share}"].value).startswith("=IF(COUNTIFS(")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_recalculates_share_met_and_second_tranche(tmp_path: Path) -> None:
    park = worked_park()
    path = export_workbook(park, "plan", tmp_path / "w.xlsx", lang="en")
    out = tmp_path / "out"
    profile = tmp_path / "profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    ws = load_workbook(out / "w.xlsx", data_only=True)[sheet_title("targets", "en")]
    rows = _ctip_rows(ws)
    assert ws[f"J{rows['1.3']}"].value == "Pass" and ws[f"J{rows['2.1']}"].value == "Fail"
    share = _label_row(ws, "Share of park targets met")
    due = _label_row(ws, "Second subsidy tranche due")
    assert ws[f"E{share}"].value == pytest.approx(0.5)  # 1.3 and 5.1 of 4, as the engine says
    assert str(ws[f"E{due}"].value).startswith("no")


def test_space_components_and_their_weights_are_in_the_workbook(tmp_path: Path) -> None:
    park = worked_park()
    park.settings["space_weights"] = {"idle_land": 2}
    ws = load_workbook(export_workbook(park, "plan", tmp_path / "w.xlsx", lang="en"))[
        sheet_title("targets", "en")
    ]
    idle = _label_row(ws, "Idle industrial land (weight 2)")
    assert ws[f"E{idle}"].value == pytest.approx(10.0)  # 200,000 m² of plots on 2 km²
    invest = _label_row(ws, "Investment intensity (weight 1) (0: no MLR 2008 reference")
    assert ws[f"E{invest}"].value == 0
