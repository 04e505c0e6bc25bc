"""The Excel work plan, re-read with openpyxl: sheets, headers, formulas, numbers, safe text."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from small_park import HOSTILE_NAME

from ecopark.commands import ReplaceObjects
from ecopark.export.costs import CostTableError, plan_costs
from ecopark.export.errors import ExportError
from ecopark.export.workbook import SHEETS, export_workbook, sheet_title
from ecopark.export.xlsx_tables import put_text
from ecopark.indicators import evaluate_scenario
from ecopark.model import Park, UnknownReferenceError

HOSTILE_TEXTS = [HOSTILE_NAME, "+1", "-1", "@SUM(A1)", "=1+1"]


class Sheets:
    """Evaluates the few formula shapes the exporter writes, so tests can check recalculated
    totals by hand: references, SUM over a range, products, SUMPRODUCT of a unit match."""

    def __init__(self, wb: Workbook):
        self.wb = wb

    def value(self, ws: Worksheet, coord: str) -> Any:
        v = ws[coord].value
        if isinstance(v, str) and v.startswith("=") and ws[coord].data_type == "f":
            return self.formula(ws, v[1:])
        return v

    def formula(self, ws: Worksheet, f: str) -> Any:
        if m := re.fullmatch(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", f):
            col, r0, r1 = m.group(1), int(m.group(2)), int(m.group(4))
            return sum(self.value(ws, f"{col}{r}") or 0 for r in range(r0, r1 + 1))
        if m := re.fullmatch(r"([A-Z]+\d+)\*([A-Z]+\d+)", f):
            return self.value(ws, m.group(1)) * self.value(ws, m.group(2))
        if m := re.fullmatch(r"([A-Z]+\d+)\*'([^']+)'!\$([A-Z]+)\$(\d+)", f):
            return self.value(ws, m.group(1)) * self.value(
                self.wb[m.group(2)], m.group(3) + m.group(4)
            )
        if m := re.fullmatch(r"'([^']+)'!\$([A-Z]+)\$(\d+)", f):
            return self.value(self.wb[m.group(1)], m.group(2) + m.group(3))
        raise AssertionError(f"formula shape not expected: ={f}")


@pytest.fixture
def plan_xlsx(small_park: Park, tmp_path: Path) -> Path:
    return export_workbook(small_park, "plan", tmp_path / "plan.xlsx")


def _headers(ws: Worksheet) -> list[str]:
    return [c.value for c in ws[1] if c.value is not None]


def _column(ws: Worksheet, header_start: str) -> str:
    for cell in ws[1]:
        if isinstance(cell.value, str) and cell.value.startswith(header_start):
            return cell.column_letter
    raise AssertionError(f"no column {header_start!r} in {ws.title}: {_headers(ws)}")


def _row_of(ws: Worksheet, first_cell: Any) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[0].value == first_cell:
            return row[0].row
    raise AssertionError(f"no row {first_cell!r} in {ws.title}")


def test_every_sheet_is_there_with_bilingual_headers_frozen_and_filtered(plan_xlsx: Path) -> None:
    wb = load_workbook(plan_xlsx)
    assert wb.sheetnames == [sheet_title(k, "zh") for k in SHEETS]
    assert wb.sheetnames[:3] == ["汇总 Summary", "目标 Targets", "重点项目 Key projects"]
    for key in SHEETS:
        ws = wb[sheet_title(key)]
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2"), ws.title
        if key == "chart":
            continue
        headers = _headers(ws)
        assert headers, ws.title
        for h in headers:
            zh, _, en = h.partition("\n")
            assert re.search(r"[\u4e00-\u9fff]", zh), (ws.title, h)
            assert re.search(r"[A-Za-z]", en), (ws.title, h)
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert ws.column_dimensions["A"].width >= 6
    firms = wb[sheet_title("firms")]
    assert "工业增加值 (万元/年 10⁴ RMB/a)\nIndustrial added value" in _headers(firms)
    zones = wb[sheet_title("zones")]
    assert any("(亿元/km² 10⁸ RMB/km²)" in h for h in _headers(zones))
    assert wb[sheet_title("chart")]._charts, "the land-output chart is missing"


def test_english_first_when_asked(small_park: Park, tmp_path: Path) -> None:
    wb = load_workbook(export_workbook(small_park, "plan", tmp_path / "en.xlsx", lang="en"))
    assert wb.sheetnames[0] == "Summary 汇总"
    ws = wb["Project items 项目清单"]
    assert ws["I1"].value == "Investment (万元 10⁴ RMB)\n投资"
    assert ws["B2"].value == "Pipeline"


def test_key_project_totals_are_sums_that_recalculate_to_the_hand_figures(
    plan_xlsx: Path,
) -> None:
    wb = load_workbook(plan_xlsx)
    ws = wb[sheet_title("items")]  # the priced objects; "projects" groups them (issue 17)
    ev = Sheets(wb)
    rows = {ws[f"C{r}"].value: r for r in range(2, 6)}
    assert set(rows) == {"P1", "P3", "CHP1", "F2"}
    # quantity (km, MW, boilers) x unit cost from the cost table (10^4 RMB)
    expected = {"P1": 1.5 * 700, "P3": 2.0 * 900, "CHP1": 55.0 * 350, "F2": 2 * 50}
    for oid, r in rows.items():
        assert ws[f"I{r}"].value == f"=F{r}*H{r}"
        assert ev.value(ws, f"I{r}") == pytest.approx(expected[oid])
        assert ev.value(ws, f"J{r}") == pytest.approx(expected[oid] * 0.085)
        assert (ws[f"K{r}"].value, ws[f"L{r}"].value) == (2023, 2025)
    assert ws["A6"].value == "合计"
    assert ws["I6"].value == "=SUM(I2:I5)"
    assert ws["J6"].value == "=SUM(J2:J5)"
    assert ev.value(ws, "I6") == pytest.approx(22_200.0)
    assert ev.value(ws, "J6") == pytest.approx(1_887.0)
    # the panel edits a unit cost on the cost table and the total follows
    costs = wb[sheet_title("costs")]
    chp = _row_of(costs, "facility.chp")
    costs[f"D{chp}"].value = 400.0
    assert ev.value(ws, "I6") == pytest.approx(22_200.0 + 55 * 50)


def test_summary_points_at_the_totals(plan_xlsx: Path) -> None:
    wb = load_workbook(plan_xlsx)
    ws = wb[sheet_title("summary")]
    items = {ws[f"A{r}"].value: r for r in range(2, ws.max_row + 1)}
    invest = items["重点项目总投资 Key-project investment"]
    assert ws[f"B{invest}"].value.startswith("='重点项目 Key projects'!$H$")
    iav = items["工业增加值合计 Industrial added value"]
    assert Sheets(wb).value(ws, f"B{iav}") == pytest.approx(300_000.0)
    assert ws[f"B{items['园区 Park']}"].value == "小园区 Small park"


def test_data_sheet_totals_cover_exactly_the_data_rows(plan_xlsx: Path) -> None:
    wb = load_workbook(plan_xlsx)
    firms = wb[sheet_title("firms")]
    iav = _column(firms, "工业增加值 (")
    assert firms["A6"].value == "合计"
    assert firms[f"{iav}6"].value == f"=SUM({iav}2:{iav}5)"
    pipes = wb[sheet_title("pipelines")]
    assert pipes["F5"].value == "=SUM(F2:F4)"
    assert pipes["F6"].value == "=SUMPRODUCT((D2:D4=D6)*F2:F4)"
    assert pipes["D6"].value == "规划"
    zones = wb[sheet_title("zones")]
    assert zones["E5"].value == "=SUM(E2:E4)"
    assert zones["H5"].value == (
        '=IFERROR(SUMIF(D2:D4,"是",G2:G4)/10000/SUMIF(D2:D4,"是",E2:E4),"")'
    )
    ex = wb[sheet_title("exchanges")]
    units = {ex[f"H{r}"].value: ex[f"G{r}"].value for r in range(5, 8)}
    assert units == {
        "t/a": "=SUMPRODUCT((H2:H4=H5)*G2:G4)",
        "t/h": "=SUMPRODUCT((H2:H4=H6)*G2:G4)",
        "m³/a": "=SUMPRODUCT((H2:H4=H7)*G2:G4)",
    }


def test_numbers_equal_the_engine(small_park: Park, plan_xlsx: Path) -> None:
    result = evaluate_scenario(small_park, "plan")
    base = evaluate_scenario(small_park, "base")
    wb = load_workbook(plan_xlsx)
    zones = wb[sheet_title("zones")]
    for z in result.land_output.zones:
        r = _row_of(zones, z.zone_id)
        assert zones[f"H{r}"].value == pytest.approx(z.land_output)
        assert zones[f"E{r}"].value == pytest.approx(z.area_km2)
    assert [zones[f"H{r}"].value for r in (2, 3)] == pytest.approx([8.0, 10.0])
    hj = wb[sheet_title("hj274")]
    assert len(result.hj274) == 24
    for row in result.hj274:
        r = _row_of(hj, row.id)
        assert hj[f"D{r}"].value == (pytest.approx(row.value) if row.value is not None else None)
        assert hj[f"F{r}"].value == pytest.approx(row.threshold)
    assert hj[f"G{_row_of(hj, '2.1')}"].value == "达标"
    targets = wb[sheet_title("targets")]
    r = _row_of(targets, "2.1")
    assert targets[f"D{r}"].value == pytest.approx(base.hj274_row("2.1").value)
    assert targets[f"E{r}"].value == pytest.approx(28 / 3)
    assert targets[f"I{r}"].value == 9
    assert targets[f"J{r}"].value == f'=IF(ISNUMBER(E{r}),IF(E{r}>=I{r},"达标","未达标"),"—")'
    assert targets[f"F{r}"].value == f'=IF(AND(ISNUMBER(D{r}),ISNUMBER(E{r})),E{r}-D{r},"")'
    firms = wb[sheet_title("firms")]
    assert [firms[f"M{r}"].value for r in range(2, 6)] == [50_000, 30_000, 200_000, 20_000]


def test_user_text_is_never_a_formula(plan_xlsx: Path) -> None:
    wb = load_workbook(plan_xlsx)
    firms = wb[sheet_title("firms")]
    hostile = firms[f"B{_row_of(firms, 'F3')}"]
    assert hostile.value == HOSTILE_NAME and hostile.data_type == "s"
    assert hostile.quotePrefix
    assert firms[f"B{_row_of(firms, 'F4')}"].value == "+1"
    ex = wb[sheet_title("exchanges")]
    assert ex[f"F{_row_of(ex, 'E3')}"].value == "@SUM(A1)"
    assert ex[f"F{_row_of(ex, 'E3')}"].data_type == "s"
    projects = wb[sheet_title("items")]
    assert projects["D4"].value == "-1" and projects["D4"].data_type == "s"
    with zipfile.ZipFile(plan_xlsx) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    formulas = re.findall(r"<f>(.*?)</f>", xml)
    assert formulas, "the workbook has formulas"
    assert not any("HYPERLINK" in f or "@SUM" in f for f in formulas)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_safe_writer_keeps_formula_like_text(text: str, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    put_text(ws["A1"], text)
    put_text(ws["A2"], "bell\x07 and nul\x00 are dropped")
    wb.save(tmp_path / "t.xlsx")
    again = load_workbook(tmp_path / "t.xlsx").active
    assert again is not None
    assert again["A1"].value == text
    assert again["A1"].data_type == "s"
    assert again["A2"].value == "bell and nul are dropped"


def test_unknown_scenario_or_language_writes_nothing(small_park: Park, tmp_path: Path) -> None:
    out = tmp_path / "plan.xlsx"
    with pytest.raises(UnknownReferenceError, match="nope"):
        export_workbook(small_park, "nope", out)
    with pytest.raises(ExportError, match="zh or en"):
        export_workbook(small_park, "plan", out, lang="fr")
    assert list(tmp_path.iterdir()) == []


def test_cost_table_and_subsidy_follow_park_settings(small_park: Park, tmp_path: Path) -> None:
    small_park.settings["cost_table"] = {"facilities": {"chp": 400}, "boiler_replacement": 80}
    small_park.settings["subsidy_rate"] = 0.1
    small_park.settings["project_lead_years"] = 3
    costs = plan_costs(small_park, "plan")
    assert costs.total_investment_10k_rmb == pytest.approx(1050 + 1800 + 55 * 400 + 2 * 80)
    assert costs.total_subsidy_10k_rmb == pytest.approx(0.1 * costs.total_investment_10k_rmb)
    assert {p.start_year for p in costs.projects} == {2022}
    wb = load_workbook(export_workbook(small_park, "plan", tmp_path / "p.xlsx"))
    table = wb[sheet_title("costs")]
    assert table[f"D{_row_of(table, 'facility.chp')}"].value == 400
    assert table[f"D{_row_of(table, 'subsidy_rate')}"].value == 0.1
    assert table[f"D{_row_of(table, 'subsidy_rate')}"].number_format == "0.0%"


@pytest.mark.parametrize(
    "settings",
    [
        {"cost_table": {"facilities": {"chp": -1}}},
        {"cost_table": {"pipelines": {"steam": [[200, 100]]}}},
        {"cost_table": {"pipelines": {"heat": [[200, "cheap"]]}}},
        {"subsidy_rate": 8.5},
    ],
)
def test_bad_cost_settings_are_named(small_park: Park, settings: dict[str, Any]) -> None:
    small_park.settings.update(settings)
    with pytest.raises(CostTableError):
        plan_costs(small_park, "plan")


def test_pipeline_diameter_classes(small_park: Park) -> None:
    small_park.settings["cost_table"] = {"pipelines": {"steam_mp": [[250, 500], [500, 900]]}}
    costs = plan_costs(small_park, "plan")
    steam = next(p for p in costs.projects if p.object_id == "P1")
    assert (steam.cost_key, steam.unit_cost_10k_rmb) == ("pipe.steam_mp.500", 900)
    assert (
        costs.items[[i.key for i in costs.items].index("pipe.steam_mp.max")].unit_cost_10k_rmb
        == 900
    )


def test_baseline_export_has_no_planned_projects(small_park: Park, tmp_path: Path) -> None:
    wb = load_workbook(export_workbook(small_park, "base", tmp_path / "b.xlsx"))
    projects = wb[sheet_title("items")]
    assert projects.max_row == 2 and projects["I2"].value == 0
    assert wb[sheet_title("projects")]["H2"].value == 0  # no projects: a zero total


def test_overlapping_industrial_zones_count_their_shared_land_once(
    small_park: Park, tmp_path: Path
) -> None:
    """Z2 redrawn 200 m over Z1: industrial land is 1.0 + 2.2 - 0.2 = 3.0 km², and the
    workbook's land-output total and summary say so, as the HJ 274 evaluation does."""
    from shapely.geometry import box

    z2 = small_park.scenario("plan").zones["Z2"]
    x0, y0 = 500_000.0, 4_400_000.0
    wider = z2.with_changes(geometry=box(x0 + 800, y0, x0 + 3000, y0 + 1000))
    ReplaceObjects("plan", [wider]).redo(small_park)
    result = evaluate_scenario(small_park, "plan")
    assert result.land_output.industrial_area_km2 == pytest.approx(3.0)
    path = export_workbook(small_park, "plan", tmp_path / "overlap.xlsx")
    wb = load_workbook(path)
    zones = wb[sheet_title("zones")]
    ind, area = _column(zones, "工业用地"), _column(zones, "面积")
    iav = _column(zones, "工业增加值")
    total = _row_of(zones, "合计")
    m = re.fullmatch(
        r'=IFERROR\(SUMIF\((\w+)2:\w+(\d+),"是",(\w+)2:\w+\d+\)/10000/'
        r'\(SUMIF\(\w+2:\w+\d+,"是",(\w+)2:\w+\d+\)-([0-9.e-]+)\),""\)',
        zones[f"{_column(zones, '地均工业增加值')}{total}"].value,
    )
    assert m, zones[f"{_column(zones, '地均工业增加值')}{total}"].value
    assert (m.group(1), m.group(3), m.group(4)) == (ind, iav, area)
    rows = range(2, int(m.group(2)) + 1)
    industrial = [r for r in rows if zones[f"{ind}{r}"].value == "是"]
    land = sum(zones[f"{area}{r}"].value for r in industrial) - float(m.group(5))
    value = sum(zones[f"{iav}{r}"].value for r in industrial) / 10_000 / land
    assert land == pytest.approx(3.0)
    assert value == pytest.approx(result.land_output.park_value)
    summary = wb[sheet_title("summary")]
    items = {summary[f"A{r}"].value: r for r in range(2, summary.max_row + 1)}
    row = items["工业用地面积 Industrial land area"]
    assert summary[f"B{row}"].value.endswith(f"-{float(m.group(5))!r}")
    assert "0.200 km²" in str(summary[f"D{row}"].value) + str(summary[f"E{row}"].value)
