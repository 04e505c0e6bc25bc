"""The work plan's network sheets: read back with openpyxl, and recalculated by LibreOffice
(headless) so the pressure-drop and margin formulas give the solved figures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hyd_parks import single_pipe_park

from ecopark.export.workbook import export_workbook


def test_network_sheets_hold_segments_and_consumers(tmp_path: Path) -> None:
    path = export_workbook(single_pipe_park(length_m=4000.0), "plan", tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["管网水力 Network"]
    header = [c.value for c in ws[1]]
    assert header[1] == "管线\nPipeline" and "压降 (MPa)\nPressure drop" in header
    row = [c.value for c in ws[2]]
    assert row[1] == "P1" and row[2] == "DN250" and row[3] == 259
    drop = header.index("压降 (MPa)\nPressure drop")
    assert row[drop] == "=I2-J2"  # a formula over the row's pressures
    consumers = wb["用汽用热户 Network consumers"]
    c = [x.value for x in consumers[2]]
    assert c[0] == "F1" and c[-2] == "否"  # not physically served at 4 km
    assert c[5] == "=E2-D2"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_and_recalculates_the_network_sheets(tmp_path: Path) -> None:
    src = export_workbook(single_pipe_park(), "plan", tmp_path / "plan.xlsx")
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    wb = openpyxl.load_workbook(out / "plan.xlsx", data_only=True)
    ws = wb["管网水力 Network"]
    row = [c.value for c in ws[2]]
    assert row[8] == pytest.approx(1.0, abs=1e-4)
    assert row[10] == pytest.approx(row[8] - row[9])  # LibreOffice computed the drop
    assert row[10] == pytest.approx(0.2032, abs=0.001)
    consumers = wb["用汽用热户 Network consumers"]
    assert consumers["F2"].value == pytest.approx(0.0968, abs=0.001)  # margin over 0.7 MPa
