"""The key-projects sheet of the Excel work plan: one row per project with the Contract's
headers, and formulas that LibreOffice recalculates to the same figures as the core."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.projects.work_plan_example import example_park

from ecopark.export.workbook import export_workbook, sheet_title
from ecopark.export.workbook_projects import KEY_PROJECT_HEADERS
from ecopark.projects.plan import work_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _recalculated(path: Path, tmp: Path) -> Path:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot recalculate the workbook")
    out = tmp / "recalculated"
    out.mkdir()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo_profile'}", "--headless", "--calc",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out / path.name


def _columns(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """English header line -> column number."""
    out = {}
    for cell in ws[1]:
        if isinstance(cell.value, str):
            for line in cell.value.split("\n"):
                out[line] = cell.column
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_row_per_project_with_the_contract_headers(tmp_path: Path, lang: str) -> None:
    wb = load_workbook(export_workbook(example_park(), "plan", tmp_path / "p.xlsx", lang=lang))
    ws = wb[sheet_title("projects", lang)]
    cols = _columns(ws)
    for _zh, en in KEY_PROJECT_HEADERS.values():
        assert en in cols, f"missing header {en}"
    ids = [ws.cell(row=r, column=2).value for r in range(2, 5)]
    assert ids == ["P1", "P2", "P3"]
    assert ws.cell(row=5, column=1).value in ("合计", "Total")
    assert ws.cell(row=2, column=cols["Start year"]).value == 2026
    assert ws.cell(row=4, column=cols["Subsidy rate"]).value == pytest.approx(0.145)
    assert str(ws.cell(row=2, column=cols["Investment"]).value).startswith("=SUMIF(")
    assert ws.cell(row=3, column=cols["Investment"]).value == 150.0  # typed: a number
    assert "5,000" in ws.cell(row=4, column=cols["Benefit"]).value


def test_the_workbook_recalculates_in_libreoffice_to_the_same_totals(tmp_path: Path) -> None:
    park = example_park()
    plan = work_plan(park, "plan")
    path = export_workbook(park, "plan", tmp_path / "p.xlsx", lang="en")
    wb = load_workbook(_recalculated(path, tmp_path), data_only=True)
    ws = wb[sheet_title("projects", "en")]
    cols = _columns(ws)
    total = 5
    assert ws.cell(row=total, column=cols["Investment"]).value == pytest.approx(600.0)
    assert ws.cell(row=total, column=cols["Subsidy"]).value == pytest.approx(54.75)
    assert ws.cell(row=total, column=cols["NPV"]).value == pytest.approx(
        plan.totals.npv_10k_rmb, abs=1e-6
    )
    for r, pid in ((2, "P1"), (3, "P2")):
        e = plan.economics[pid]
        assert ws.cell(row=r, column=cols["NPV"]).value == pytest.approx(e.npv_10k_rmb, abs=1e-6)
        assert ws.cell(row=r, column=cols["Payback (years)"]).value == pytest.approx(
            e.payback_years, abs=1e-9
        )
    assert ws.cell(row=4, column=cols["Payback (years)"]).value == "—"
    summary = wb[sheet_title("summary", "en")]
    values = {row[0]: row[1] for row in summary.iter_rows(min_col=1, max_col=2, values_only=True)}
    assert values["Key-project investment 重点项目总投资"] == pytest.approx(600.0)
