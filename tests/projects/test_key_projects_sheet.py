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
    ids = [ws.cell(row=r, column=2).value for r in range(2, 6)]
    assert ids == ["P1", "P2", "P3", "P4"]
    assert ws.cell(row=6, column=1).value in ("各项目之和", "Sum over projects")
    assert str(ws.cell(row=7, column=1).value).startswith(("项目间重叠", "Overlap between"))
    assert str(ws.cell(row=8, column=1).value).startswith(("方案合计", "Plan total"))
    assert str(ws.cell(row=8, column=cols["Investment"]).value).startswith("=")  # live sum
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
    t = plan.totals
    sums, overlap, total = 6, 7, 8

    def at(row: int, header: str) -> object:
        return ws.cell(row=row, column=cols[header]).value

    assert at(sums, "Investment") == pytest.approx(630.0)
    assert at(sums, "NPV") == pytest.approx(t.project_npv_sum_10k_rmb, abs=1e-6)
    assert at(sums, "Annual savings") == pytest.approx(t.project_savings_sum_10k_rmb, abs=1e-6)
    # the overlap row reconciles the column: sum over projects + overlap = the joint plan
    assert at(overlap, "Annual savings") == pytest.approx(-43.25, abs=0.005)
    assert at(overlap, "NPV") == pytest.approx(t.overlap_npv_10k_rmb, abs=1e-6)
    assert at(total, "Investment") == pytest.approx(630.0)
    assert at(total, "Subsidy") == pytest.approx(58.35)
    assert at(total, "Annual savings") == pytest.approx(t.annual_savings_10k_rmb, abs=1e-6)
    assert at(total, "NPV") == pytest.approx(t.npv_10k_rmb, abs=1e-6)
    assert at(total, "Payback (years)") == pytest.approx(t.payback_years, abs=1e-9)
    for r, pid in ((2, "P1"), (3, "P2"), (5, "P4")):
        e = plan.economics[pid]
        assert at(r, "NPV") == pytest.approx(e.npv_10k_rmb, abs=1e-6)
        assert at(r, "Payback (years)") == pytest.approx(e.payback_years, abs=1e-9)
    assert at(4, "Payback (years)") == "—"
    summary = wb[sheet_title("summary", "en")]
    values = {row[0]: row[1] for row in summary.iter_rows(min_col=1, max_col=2, values_only=True)}
    assert values["Key-project investment 重点项目总投资"] == pytest.approx(630.0)
