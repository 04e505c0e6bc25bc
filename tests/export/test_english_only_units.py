"""An English-only export shows English units: "t/10⁴ RMB", not "t/万元" (carbon sheet, summary,
the report's baseline history)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from ecopark.export.labels import unit_in
from ecopark.export.workbook_carbon import FIRM_COLS, SUMMARY_ROWS
from ecopark.export.workbook_projects import HISTORY_QUANTITIES

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "layouts" / "liaobin_coastal.gpkg"
CJK = re.compile(r"[\u3400-\u9fff]")


def test_every_carbon_and_history_unit_has_an_english_half_and_a_chinese_one():
    units = [u for _k, _t, u in FIRM_COLS] + [row[3] for row in SUMMARY_ROWS]
    units += [u for _label, u in HISTORY_QUANTITIES.values()]
    assert "t/万元 t/10⁴ RMB" in units
    for unit in units:
        assert not CJK.search(unit_in(unit, "en")), unit
    assert unit_in("t/万元 t/10⁴ RMB", "en") == "t/10⁴ RMB"
    assert unit_in("t/万元 t/10⁴ RMB", "zh") == "吨/万元"
    assert unit_in("万元 10⁴ RMB", "zh") == "万元"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_english_only_workbook_and_report_carry_no_chinese_units(tmp_path):
    xlsx, report = tmp_path / "x.xlsx", tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "ecopark", "export", str(DEMO), "--scenario", "plan2030",
         "--excel", str(xlsx), "--report", str(report), "--language", "en"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(xlsx)
    texts = [
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
        if isinstance(c.value, str) and c.data_type != "f"
    ]  # fmt: skip
    assert "t/10⁴ RMB" in texts
    assert not [t for t in texts if t in ("t/万元", "万元/a", "万元 10⁴ RMB")]
    text = subprocess.run(
        ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    history = [line for line in text.splitlines() if line.startswith("Industrial added value")]
    assert history == ["Industrial added value 10⁴ RMB"]
