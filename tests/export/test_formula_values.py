"""Every formula of the work plan carries a cached value, equal to LibreOffice's recalculation.

A viewer that does not recalculate (file previews, pandas, review portals) shows the cached
values; they are computed by :mod:`ecopark.export.formula_values` and must agree with what a
spreadsheet computes from the same formulas.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from ecopark.export.formula_values import (
    Evaluator,
    UnsupportedFormula,
    ValuedWorkbook,
    formula_values,
)
from ecopark.export.workbook import build_work_plan
from ecopark.storage import load_park

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "layouts" / "liaobin_coastal.gpkg"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _formula_cells(path: Path) -> dict[tuple[str, str], str]:
    wb = openpyxl.load_workbook(path)
    return {
        (ws.title, c.coordinate): c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    }


def _values(path: Path) -> dict[tuple[str, str], object]:
    wb = openpyxl.load_workbook(path, data_only=True)
    return {
        (ws.title, c.coordinate): c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
    }


def _same(ours: object, theirs: object) -> bool:
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        return math.isclose(float(ours), float(theirs), rel_tol=1e-9, abs_tol=1e-9)
    if ours in ("", None) and theirs in ("", None):
        return True
    return ours == theirs


def test_small_formulas_give_what_a_spreadsheet_gives():
    wb = ValuedWorkbook()
    ws = wb.active
    assert ws is not None
    for r, (name, kind, qty) in enumerate(
        [("CTIP 1.1", "是", 2.0), ("CTIP 1.2", "否", 3.0), ("HJ 2.1", "是", 5.0)], start=1
    ):
        ws.cell(r, 1, name), ws.cell(r, 2, kind), ws.cell(r, 3, qty)
    ws["E1"] = '=SUMIF(B1:B3,"是",C1:C3)'
    ws["E2"] = '=COUNTIFS(A1:A3,"CTIP*",B1:B3,"<>否")'
    ws["E3"] = "=SUMPRODUCT((B1:B3=B1)*C1:C3)"
    ws["E4"] = '=IFERROR(C1/0,"—")'
    ws["E5"] = '=IF(AND(ISNUMBER(C2),C2>0),C2*10%&" t","")'
    ws["E6"] = "=C1/0"
    ws["E7"] = '=COUNTIF(B1:B3,"是")/ROWS(B1:B3)'
    got = {k[1]: v for k, v in formula_values(wb).items()}
    assert got == {
        "E1": 7.0, "E2": 1, "E3": 7.0, "E4": "—", "E5": "0.3 t", "E6": "#DIV/0!", "E7": 2 / 3
    }  # fmt: skip


def test_a_column_of_formulas_is_read_once_and_keeps_each_rows_references():
    wb = ValuedWorkbook()
    ws = wb.active
    assert ws is not None
    ws.title = "数据 Data"
    rates = wb.create_sheet("Rates")
    rates["B1"] = 0.5
    for r in range(1, 6):
        ws.cell(r, 1, r), ws.cell(r, 2, 10 * r)
        ws.cell(r, 3, f"=A{r}*B{r}*Rates!$B$1")
        ws.cell(r, 4, f"=SUM($A$1:A{r})")  # running total: first row fixed, last row moves
        ws.cell(r, 5, f"=-A{r}^2+A{r}%")  # Excel: the sign binds before ^
    ws["F1"] = "=SUM(A:A)"
    ws["F2"] = "='数据 Data'!C5+1e-05"
    ws["F3"] = "=SUM(C1:C5)-ROUND(  MAX(B1:B5) / 3 , 1)"
    got = {k[1]: v for k, v in formula_values(wb).items()}
    for r in range(1, 6):
        assert got[f"C{r}"] == pytest.approx(5 * r * r)
        assert got[f"D{r}"] == r * (r + 1) / 2
        assert got[f"E{r}"] == pytest.approx(r * r + r / 100)
    assert got["F1"] == 15
    assert got["F2"] == pytest.approx(125 + 1e-5)
    assert got["F3"] == pytest.approx(275 - 16.7)
    ev = Evaluator(wb)
    for sheet, row, col, _f in ev.formula_cells():
        ev.value(sheet, row, col)
    assert len(ev.shapes) == 3 + 3  # one per column of C, D, E, and each of F1-F3


def test_formulas_outside_the_subset_are_refused():
    for formula in ("=VLOOKUP(A1,B1:C3,2)", "=A1 B1", "=SUM(A1", "=A1:", "={1,2}"):
        wb = ValuedWorkbook()
        ws = wb.active
        assert ws is not None
        ws["A1"], ws["B1"] = 1, formula
        with pytest.raises(UnsupportedFormula):
            formula_values(wb)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_cached_value_equals_libreoffices_recalculation(tmp_path, lang):
    wb = build_work_plan(load_park(DEMO), None, lang)
    ours = tmp_path / "ours.xlsx"
    wb.save(ours)
    plain = tmp_path / "plain" / "plan.xlsx"  # the same formulas, no cached values
    plain.parent.mkdir()
    Workbook.save(wb, plain)
    out = tmp_path / "lo"
    subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/u",
         "--convert-to", "xlsx", "--outdir", str(out), str(plain)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    formulas = _formula_cells(ours)
    assert len(formulas) > 500
    cached, recalculated = _values(ours), _values(out / "plan.xlsx")
    computed = formula_values(wb)
    missing = [k for k in formulas if cached[k] is None and computed[k] != ""]
    with zipfile.ZipFile(ours) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert xml.count("<f>") == xml.count("</f><v>") == len(formulas)  # a <v> after every <f>
    assert not missing, f"{len(missing)} formulas without a cached value, e.g. {missing[:5]}"
    differ = [
        f"{s}!{c} {formulas[(s, c)]}: ours {cached[(s, c)]!r}, LibreOffice "
        f"{recalculated.get((s, c))!r}"
        for s, c in formulas
        if not _same(cached[(s, c)], recalculated.get((s, c)))
    ]
    assert not differ, f"{len(differ)} of {len(formulas)} differ:\n" + "\n".join(differ[:30])
