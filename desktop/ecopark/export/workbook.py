"""The Excel work plan a CTIP / EIP expert panel expects (see DOMAIN.md).

Sheets: summary, targets, key projects, cost table, firms, zones, pipelines, exchanges, the
HJ 274 evaluation and a chart of land output per zone against the threshold. Figures come from
the indicator engine (:func:`ecopark.indicators.evaluate_scenario`); totals, prices, changes and
pass/fail are formulas over the sheets' own cells, so a panel member who edits a number sees
everything that depends on it follow. The file is written through ``atomic_target``: a failed
export leaves no half-written workbook.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyproj
from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.costs import plan_costs
from ecopark.export.errors import ExportError
from ecopark.export.labels import (
    LANGS,
    both,
    ctip_pair,
    hj274_name,
    medium_pair,
    pick,
    status_label,
)
from ecopark.export.workbook_sheets import (
    write_cost_table,
    write_exchanges,
    write_firms,
    write_key_projects,
    write_pipelines,
    write_zones,
)
from ecopark.export.xlsx_tables import (
    FMT_1,
    FMT_2,
    FMT_3,
    FMT_INT,
    FMT_PCT,
    Column,
    Formula,
    TableInfo,
    put_text,
    write_table,
)
from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.indicators.results import LAND_OUTPUT_THRESHOLD
from ecopark.model import Park
from ecopark.storage import atomic_target

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("汇总", "Summary"),
    "targets": ("目标", "Targets"),
    "projects": ("重点项目", "Key projects"),
    "costs": ("造价表", "Cost table"),
    "firms": ("企业", "Firms"),
    "zones": ("功能区", "Zones"),
    "pipelines": ("管线", "Pipelines"),
    "exchanges": ("共生交换", "Exchanges"),
    "hj274": ("HJ 274 评价", "Evaluation"),
    "chart": ("地均产出图", "Land output chart"),
}

COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "<": "<", "==": "="}
_EXCEL_OPS = {">=": ">=", "<=": "<=", "<": "<", "==": "="}
PASS_FILL = PatternFill("solid", fgColor="C6EFCE")
FAIL_FILL = PatternFill("solid", fgColor="FFC7CE")
PASS_FONT = Font(color="006100")
FAIL_FONT = Font(color="9C0006")


def sheet_title(key: str, lang: str = "zh") -> str:
    """The sheet's name: both languages, ``lang`` first (e.g. "汇总 Summary")."""
    return both(SHEETS[key], lang)


@dataclass(frozen=True)
class _Context:
    park: Park
    scenario_id: str
    lang: str
    result: ScenarioResult
    base_result: ScenarioResult | None
    baseline_id: str | None


def export_workbook(
    park: Park, scenario_id: str | None, path: str | os.PathLike[str], lang: str = "zh"
) -> Path:
    """Write the work plan of ``scenario_id`` (None: the park's default plan) to ``path``.

    Raises ``UnknownReferenceError`` for an unknown scenario and :class:`ExportError` for an
    unknown language; nothing is written then.
    """
    wb = build_work_plan(park, scenario_id, lang)
    target = Path(path)
    with atomic_target(target) as tmp:
        wb.save(tmp)
    return target


def build_work_plan(park: Park, scenario_id: str | None, lang: str = "zh") -> Workbook:
    """The work plan as an in-memory workbook (evaluates the scenario and its baseline)."""
    if lang not in LANGS:
        raise ExportError(f"unknown language {lang!r}: use zh or en")
    sid = scenario_id or park.default_scenario().scenario_id
    scenario = park.scenario(sid)
    result = evaluate_scenario(park, sid)
    baseline = park.baseline()
    base_result: ScenarioResult | None = None
    baseline_id = baseline.scenario_id if baseline is not None else None
    if baseline is not None and baseline.scenario_id != sid:
        base_result = evaluate_scenario(park, baseline.scenario_id)
    elif scenario.info.kind == "baseline":
        base_result = result
    return build_workbook(_Context(park, sid, lang, result, base_result, baseline_id))


def build_workbook(ctx: _Context) -> Workbook:
    wb = Workbook()
    sheets: dict[str, Worksheet] = {}
    for n, key in enumerate(SHEETS):
        ws = wb.active if n == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = sheet_title(key, ctx.lang)
        sheets[key] = ws
    park, sid, lang, result = ctx.park, ctx.scenario_id, ctx.lang, ctx.result
    costs = plan_costs(park, sid, result)
    cost_info, cost_rows = write_cost_table(sheets["costs"], costs, lang)
    tables = {
        "projects": write_key_projects(sheets["projects"], costs, cost_info, cost_rows, lang),
        "firms": write_firms(sheets["firms"], park, sid, result, lang),
        "zones": write_zones(sheets["zones"], park, result, lang),
        "pipelines": write_pipelines(sheets["pipelines"], park, sid, lang),
        "exchanges": write_exchanges(sheets["exchanges"], park, sid, lang),
        "hj274": _write_hj274(sheets["hj274"], ctx),
        "costs": cost_info,
    }
    _write_targets(sheets["targets"], ctx)
    _write_chart(sheets["chart"], tables["zones"], lang)
    _write_summary(sheets["summary"], ctx, tables, cost_rows)
    return wb


# ----- summary ---------------------------------------------------------------------------------
def _write_summary(
    ws: Worksheet, ctx: _Context, t: dict[str, TableInfo], cost_rows: dict[str, int]
) -> None:
    park, lang, result = ctx.park, ctx.lang, ctx.result
    info = park.scenario(ctx.scenario_id).info
    zones, firms, projects, pipes = t["zones"], t["firms"], t["projects"], t["pipelines"]
    yes = status_label("yes", lang)
    ind = zones.data_range("industrial")

    def count(table: TableInfo, key: str) -> Formula | int:
        return Formula(f"=COUNTA({_xref(table, key)})") if table.last_row >= 2 else 0

    def total(table: TableInfo, key: str) -> Formula | int:
        return Formula(f"={table.total_ref(key)}") if table.total_row is not None else 0

    crs_name = _crs_name(park.crs)
    baseline = park.scenarios[ctx.baseline_id].info if ctx.baseline_id else None
    rows: list[tuple[tuple[str, str], Any, str, str | None, tuple[str, str]]] = [
        (("园区", "Park"), park.name, "", None, ("", "")),
        (("方案", "Scenario"), f"{info.name} ({info.scenario_id})", "", None, ("", "")),
        (("规划年", "Plan year"), info.year, "", "0", ("", "")),
        (
            ("基准方案", "Baseline"),
            f"{baseline.name} ({baseline.scenario_id}, {baseline.year})" if baseline else "—",
            "",
            None,
            ("", ""),
        ),
        (("坐标系", "Coordinate system"), f"{park.crs} {crs_name}".strip(), "", None, ("", "")),
        (("导出日期", "Exported on"), dt.date.today().isoformat(), "", None, ("", "")),
        (("企业数", "Firms"), count(firms, "firm_id"), "", FMT_INT, ("企业表", "Firms sheet")),
        (
            ("工业增加值合计", "Industrial added value"),
            total(firms, "iav_10k_rmb"),
            "万元/a 10⁴ RMB/a",
            FMT_1,
            ("企业表合计", "Firms sheet total"),
        ),
        (
            ("工业用地面积", "Industrial land area"),
            Formula(f'=SUMIF({_xr(zones, ind)},"{yes}",{_xref(zones, "area_km2")})')
            if zones.last_row >= 2
            else 0,
            "km²",
            FMT_3,
            ("功能区表", "Zones sheet"),
        ),
        (
            ("地均工业增加值", "Land output (IAV per industrial land)"),
            total(zones, "land_output") if zones.last_row >= 2 else None,
            "亿元/km² 10⁸ RMB/km²",
            FMT_2,
            ("功能区表合计；HJ 274 第1.2项", "Zones sheet total; HJ 274 row 1.2"),
        ),
        (("HJ 274 限值", "HJ 274 threshold"), LAND_OUTPUT_THRESHOLD, "亿元/km² ≥", FMT_1, ("", "")),
        (("地均产出是否达标", "Land output meets threshold"), None, "", None, ("", "")),
        (
            ("共享基础设施覆盖率", "Shared-infrastructure coverage"),
            result.coverage.combined,
            "%",
            FMT_PCT,
            ("各介质平均", "Mean over media with demand"),
        ),
    ]
    for medium, cov in result.coverage.media.items():
        rows.append(
            (
                ("  覆盖率 " + medium_pair(medium)[0], "  Coverage " + medium_pair(medium)[1]),
                cov.share,
                "%",
                FMT_PCT,
                ("", ""),
            )
        )
    rows += [
        (
            ("替代小锅炉", "Small boilers replaced"),
            result.coverage.boilers_replaced,
            "台 units",
            FMT_INT,
            ("", ""),
        ),
        (
            ("空间优化得分", "Space-optimization score"),
            result.space.score,
            "0–100",
            FMT_1,
            ("", ""),
        ),
        (
            ("管线总长", "Pipeline length"),
            Formula(f"={pipes.total_ref('length_m')}/1000") if pipes.total_row else 0,
            "km",
            FMT_3,
            ("管线表合计", "Pipelines sheet total"),
        ),
        (("重点项目数", "Key projects"), count(projects, "no"), "", FMT_INT, ("", "")),
        (
            ("重点项目总投资", "Key-project investment"),
            total(projects, "investment"),
            "万元 10⁴ RMB",
            FMT_1,
            ("重点项目表合计", "Key projects sheet total"),
        ),
        (
            ("申请补贴合计", "Subsidy requested"),
            total(projects, "subsidy"),
            "万元 10⁴ RMB",
            FMT_1,
            ("重点项目表合计", "Key projects sheet total"),
        ),
        (
            ("补贴比例", "Subsidy rate"),
            Formula(f"={t['costs'].ref('unit_cost', cost_rows['subsidy_rate'])}"),
            "%",
            FMT_PCT,
            ("造价表，可修改", "Cost table, editable"),
        ),
        (
            ("HJ 274 达标项数", "HJ 274 rows passing"),
            Formula(f'=COUNTIF({_xref(t["hj274"], "status")},"{status_label("pass", lang)}")')
            if t["hj274"].last_row >= 2
            else 0,
            "",
            FMT_INT,
            ("HJ 274 评价表", "Evaluation sheet"),
        ),
        (
            ("共生交换数", "Symbiosis exchanges"),
            count(t["exchanges"], "exchange_id"),
            "",
            FMT_INT,
            ("", ""),
        ),
    ]
    columns = [
        Column("item", ("项目", "Item")),
        Column("value", ("数值", "Value")),
        Column("unit", ("单位", "Unit")),
        Column("note", ("说明", "Source")),
    ]
    table_rows = [
        [both(label, lang), value, unit, pick(note, lang)]
        for label, value, unit, _fmt, note in rows
    ]
    info_t = write_table(
        ws, columns, table_rows, lang, total_label=None, extra_widths={"value": 16}
    )
    for k, (_label, _value, _unit, fmt, _note) in enumerate(rows, start=2):
        if fmt:
            ws.cell(row=k, column=2).number_format = fmt
    lo_row = 2 + next(i for i, r in enumerate(rows) if r[0][1].startswith("Land output ("))
    pass_row = lo_row + 2
    ws.cell(row=pass_row, column=2).value = Formula(
        f'=IF(ISNUMBER(B{lo_row}),IF(B{lo_row}>=B{lo_row + 1},"{status_label("pass", lang)}",'
        f'"{status_label("fail", lang)}"),"—")'
    )
    _pass_fail_rules(ws, f"B{pass_row}", lang)
    del info_t


def _crs_name(crs: str) -> str:
    try:
        return str(pyproj.CRS.from_user_input(crs).name)
    except pyproj.exceptions.CRSError:
        return ""


def _xref(table: TableInfo, key: str) -> str:
    return _xr(table, table.data_range(key, absolute=True))


def _xr(table: TableInfo, cell_range: str) -> str:
    from openpyxl.utils import quote_sheetname

    return f"{quote_sheetname(table.sheet)}!{cell_range}"


# ----- targets -----------------------------------------------------------------------------------
_TARGET_COLUMNS = [
    Column("id", ("编号", "Id")),
    Column("indicator", ("指标", "Indicator")),
    Column("unit", ("单位", "Unit")),
    Column("baseline", ("基准值", "Baseline"), "", FMT_2),
    Column("target", ("目标值", "Target"), "", FMT_2),
    Column("change", ("变化量", "Change"), "", FMT_2),
    Column("change_pct", ("变化率", "Change"), "%", FMT_PCT),
    Column("comparator", ("要求", "Requirement")),
    Column("threshold", ("HJ 274 限值", "HJ 274 threshold"), "", FMT_2),
    Column("pass", ("是否达标", "Pass/fail")),
    Column("source", ("来源", "Source")),
]


def _target_rows(ctx: _Context) -> list[tuple[list[Any], str | None]]:
    """(row values, number format for the value cells) of every target."""
    lang, result, base = ctx.lang, ctx.result, ctx.base_result
    base_hj = {r.id: r for r in base.hj274} if base else {}
    out: list[tuple[list[Any], str | None]] = []
    for r in result.hj274:
        b = base_hj.get(r.id)
        source = (
            both(("用户填报", "entered"), lang)
            if r.status == "entered"
            else both(("地图计算", "from the map"), lang)
        )
        out.append(
            (
                [
                    r.id,
                    hj274_name(r.id, r.name, lang),
                    r.unit,
                    b.value if b else None,
                    r.value,
                    None,
                    None,
                    COMPARATOR_SIGNS.get(r.comparator, r.comparator),
                    r.threshold,
                    r.comparator,
                    source,
                ],
                FMT_2,
            )
        )
    if not any(r.id == "1.2" for r in result.hj274):
        lo_base = base.land_output.park_value if base else None
        out.append(
            (
                [
                    "1.2",
                    hj274_name("1.2", "IAV per industrial land area", lang),
                    "10^8 RMB/km²",
                    lo_base,
                    result.land_output.park_value,
                    None,
                    None,
                    "≥",
                    LAND_OUTPUT_THRESHOLD,
                    ">=",
                    both(("地图计算", "from the map"), lang),
                ],
                FMT_2,
            )
        )
    base_ctip = {r.id: r for r in base.ctip} if base else {}
    for c in result.ctip:
        bval = (
            c.baseline_value
            if c.baseline_value is not None
            else (base_ctip[c.id].value if c.id in base_ctip else None)
        )
        out.append(
            (
                [
                    f"CTIP {c.id}",
                    both(ctip_pair(c.id, c.name), lang),
                    c.unit,
                    bval,
                    c.value,
                    None,
                    None,
                    "",
                    None,
                    None,
                    "CTIP",
                ],
                FMT_2,
            )
        )
    cov, bcov = result.coverage, base.coverage if base else None
    out.append(
        (
            [
                "C",
                both(("共享基础设施覆盖率", "Shared-infrastructure coverage"), lang),
                "%",
                bcov.combined if bcov else None,
                cov.combined,
                None,
                None,
                "",
                None,
                None,
                both(("地图计算", "from the map"), lang),
            ],
            FMT_PCT,
        )
    )
    for medium, mc in cov.media.items():
        bm = bcov.media.get(medium) if bcov else None
        out.append(
            (
                [
                    f"C-{medium}",
                    both(
                        (f"覆盖率 {medium_pair(medium)[0]}", f"Coverage {medium_pair(medium)[1]}"),
                        lang,
                    ),
                    "%",
                    bm.share if bm else None,
                    mc.share,
                    None,
                    None,
                    "",
                    None,
                    None,
                    both(("地图计算", "from the map"), lang),
                ],
                FMT_PCT,
            )
        )
    out.append(
        (
            [
                "B",
                both(("替代小锅炉", "Small boilers replaced"), lang),
                "台 units",
                bcov.boilers_replaced if bcov else None,
                cov.boilers_replaced,
                None,
                None,
                "",
                None,
                None,
                both(("地图计算", "from the map"), lang),
            ],
            FMT_INT,
        )
    )
    out.append(
        (
            [
                "S",
                both(("空间优化得分", "Space-optimization score"), lang),
                "0–100",
                base.space.score if base else None,
                result.space.score,
                None,
                None,
                "",
                None,
                None,
                both(("地图计算", "from the map"), lang),
            ],
            FMT_1,
        )
    )
    return out


def _write_targets(ws: Worksheet, ctx: _Context) -> None:
    lang = ctx.lang
    specs = _target_rows(ctx)
    passed, failed = status_label("pass", lang), status_label("fail", lang)
    rows = []
    for i, (values, _fmt) in enumerate(specs, start=2):
        comparator = values[9]
        values[5] = Formula(f'=IF(AND(ISNUMBER(D{i}),ISNUMBER(E{i})),E{i}-D{i},"")')
        values[6] = Formula(
            f'=IF(AND(ISNUMBER(D{i}),ISNUMBER(E{i})),IF(D{i}<>0,(E{i}-D{i})/ABS(D{i}),""),"")'
        )
        if comparator in _EXCEL_OPS:
            op = _EXCEL_OPS[comparator]
            values[9] = Formula(f'=IF(ISNUMBER(E{i}),IF(E{i}{op}I{i},"{passed}","{failed}"),"—")')
        else:
            values[9] = ""
        rows.append(values)
    write_table(ws, _TARGET_COLUMNS, rows, lang, total_label=None, freeze="C2")
    for i, (_values, fmt) in enumerate(specs, start=2):
        if fmt:
            for col in ("D", "E", "F"):
                ws[f"{col}{i}"].number_format = fmt
            if fmt == FMT_PCT:
                ws[f"G{i}"].value = None
    if specs:
        _pass_fail_rules(ws, f"J2:J{len(specs) + 1}", lang)


# ----- HJ 274 evaluation -----------------------------------------------------------------------
def _write_hj274(ws: Worksheet, ctx: _Context) -> TableInfo:
    lang = ctx.lang
    columns = [
        Column("id", ("编号", "Id")),
        Column("indicator", ("指标", "Indicator")),
        Column("unit", ("单位", "Unit")),
        Column("value", ("数值", "Value"), "", FMT_3),
        Column("comparator", ("要求", "Requirement")),
        Column("threshold", ("限值", "Threshold"), "", FMT_2),
        Column("status", ("评价", "Status")),
        Column("source", ("来源", "Source")),
        Column("note", ("说明", "Note")),
    ]
    rows = [
        [
            r.id,
            hj274_name(r.id, r.name, lang),
            r.unit,
            r.value,
            COMPARATOR_SIGNS.get(r.comparator, r.comparator),
            r.threshold,
            status_label(_hj_status(r.status, r.meets), lang),
            both(("用户填报", "entered"), lang)
            if r.status == "entered"
            else both(("地图计算", "from the map"), lang),
            r.note,
        ]
        for r in ctx.result.hj274
    ]
    info = write_table(ws, columns, rows, lang, total_label=None, freeze="C2")
    if rows:
        status_range = info.data_range("status")
        for k, status in enumerate(("pass", "fail", "insufficient_data")):
            row = info.last_row + 1 + k
            put_text(
                ws.cell(row=row, column=2),
                both(
                    {
                        "pass": ("达标项数", "Rows passing"),
                        "fail": ("未达标项数", "Rows failing"),
                        "insufficient_data": ("数据不足项数", "Rows without data"),
                    }[status],
                    lang,
                ),
            )
            put_text(ws.cell(row=row, column=7), status_label(status, lang))
            ws.cell(row=row, column=4).value = Formula(f"=COUNTIF({status_range},G{row})")
            ws.cell(row=row, column=4).number_format = FMT_INT
            ws.cell(row=row, column=2).font = Font(bold=True)
        _pass_fail_rules(ws, f"G2:G{info.last_row}", lang)
    return info


def _hj_status(status: str, meets: bool | None) -> str:
    """Entered rows are judged too (``meets``); the source column says they were entered."""
    if status == "entered":
        return "insufficient_data" if meets is None else ("pass" if meets else "fail")
    return status


# ----- chart -------------------------------------------------------------------------------------
def _write_chart(ws: Worksheet, zones: TableInfo, lang: str) -> None:
    title = both(
        ("各功能区地均工业增加值与HJ 274限值", "Land output per zone against HJ 274"), lang
    )
    cell = put_text(ws.cell(row=1, column=1), title + "\n" + "亿元/km² 10⁸ RMB/km²")
    cell.font = Font(bold=True)
    ws.row_dimensions[1].height = 32
    ws.column_dimensions["A"].width = 70
    ws.freeze_panes = "A2"
    if zones.last_row < 2:
        put_text(ws.cell(row=2, column=1), both(("没有功能区", "No zones"), lang))
        return
    from openpyxl.utils import column_index_from_string

    src = ws.parent[zones.sheet]
    lo_col = column_index_from_string(zones.letter("land_output"))
    th_col = column_index_from_string(zones.letter("threshold"))
    name_col = column_index_from_string(zones.letter("name"))
    bars = BarChart()
    bars.type = "col"
    bars.title = title
    bars.y_axis.title = "亿元/km² 10⁸ RMB/km²"
    bars.x_axis.title = both(("功能区", "Zone"), lang)
    bars.add_data(
        Reference(src, min_col=lo_col, min_row=1, max_row=zones.last_row), titles_from_data=True
    )
    bars.set_categories(Reference(src, min_col=name_col, min_row=2, max_row=zones.last_row))
    line = LineChart()
    line.add_data(
        Reference(src, min_col=th_col, min_row=1, max_row=zones.last_row), titles_from_data=True
    )
    line.series[0].graphicalProperties.line.solidFill = "C00000"
    line.series[0].graphicalProperties.line.dashStyle = "dash"
    line.series[0].marker.symbol = "none"
    bars.y_axis.delete = False
    bars.x_axis.delete = False
    line.y_axis.axId = bars.y_axis.axId
    line.x_axis = bars.x_axis
    bars += line
    bars.width = 24
    bars.height = 12
    ws.add_chart(bars, "A3")


def _pass_fail_rules(ws: Worksheet, cell_range: str, lang: str) -> None:
    """Green for pass, red for fail: the panel scans colour before numbers."""
    ws.conditional_formatting.add(
        cell_range,
        CellIsRule(
            operator="equal",
            formula=[f'"{status_label("pass", lang)}"'],
            fill=PASS_FILL,
            font=PASS_FONT,
        ),
    )
    ws.conditional_formatting.add(
        cell_range,
        CellIsRule(
            operator="equal",
            formula=[f'"{status_label("fail", lang)}"'],
            fill=FAIL_FILL,
            font=FAIL_FONT,
        ),
    )


__all__ = ["SHEETS", "ExportError", "build_work_plan", "export_workbook", "sheet_title"]
