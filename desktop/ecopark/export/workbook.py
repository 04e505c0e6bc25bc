"""The Excel work plan a CTIP / EIP expert panel expects (see DOMAIN.md).

Sheets: summary, targets, key projects, cost table, firms, zones, pipelines, exchanges, the
HJ 274 evaluation, a chart of land output per zone against the threshold, the symbiosis chains and
the key-plant withdrawal ranking. Figures come from
the indicator engine (the export's shared :class:`~ecopark.export.export_states.ExportStates`,
the same figures as :func:`ecopark.indicators.evaluate_scenario`); totals, prices, changes and
pass/fail are formulas over the sheets' own cells, so a panel member who edits a number sees
everything that depends on it follow. The file is written through ``atomic_target``: a failed
export leaves no half-written workbook.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pyproj
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.collector import collector_paused
from ecopark.export.costs import plan_costs
from ecopark.export.errors import ExportError
from ecopark.export.export_states import ExportStates
from ecopark.export.formula_values import ValuedWorkbook
from ecopark.export.labels import (
    LANGS,
    both,
    medium_pair,
    pick,
    status_label,
    unit_text,
)
from ecopark.export.workbook_carbon import CarbonSheet, summary_rows, write_carbon
from ecopark.export.workbook_evaluation import (
    WorkPlanContext,
    pass_fail_rules,
    write_chart,
    write_hj274,
    write_targets,
)
from ecopark.export.workbook_network import NETWORK_SHEETS, write_network_sheets
from ecopark.export.workbook_phasing import write_phasing_sheets
from ecopark.export.workbook_projects import WORK_PLAN_SHEETS, write_work_plan
from ecopark.export.workbook_sheets import (
    write_cost_table,
    write_exchanges,
    write_firms,
    write_key_projects,
    write_pipelines,
    write_zones,
)
from ecopark.export.workbook_symbiosis import SYMBIOSIS_SHEETS, write_chains, write_withdrawal
from ecopark.export.xlsx_tables import (
    FMT_1,
    FMT_2,
    FMT_3,
    FMT_INT,
    FMT_PCT,
    Column,
    Formula,
    TableInfo,
    write_table,
)
from ecopark.hydraulics import HydraulicResult, solve_scenario
from ecopark.indicators import ScenarioResult
from ecopark.indicators.results import LAND_OUTPUT_THRESHOLD
from ecopark.messages import render
from ecopark.model import Park
from ecopark.storage import atomic_target

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("汇总", "Summary"),
    "targets": ("目标", "Targets"),
    "projects": ("重点项目", "Key projects"),
    "items": WORK_PLAN_SHEETS["items"],  # priced objects; "projects" groups them (issue 17)
    "costs": ("造价表", "Cost table"),
    "firms": ("企业", "Firms"),
    "zones": ("功能区", "Zones"),
    "pipelines": ("管线", "Pipelines"),
    "exchanges": ("共生交换", "Exchanges"),
    "hj274": ("HJ 274 评价", "Evaluation"),
    "carbon": ("能源与碳排放", "Energy & carbon"),
    "chart": ("地均产出图", "Land output chart"),
    **SYMBIOSIS_SHEETS,
    **NETWORK_SHEETS,  # steam and hot-water hydraulics (ecopark.hydraulics)
    **{k: v for k, v in WORK_PLAN_SHEETS.items() if k != "items"},
}


def sheet_title(key: str, lang: str = "zh") -> str:
    """The sheet's name: both languages, ``lang`` first (e.g. "汇总 Summary")."""
    return both(SHEETS[key], lang)


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
    with collector_paused():  # tens of thousands of cells: no full collection passes meanwhile
        return _build_work_plan(park, scenario_id, lang)


def _build_work_plan(park: Park, scenario_id: str | None, lang: str) -> Workbook:
    sid = scenario_id or park.default_scenario().scenario_id
    scenario = park.scenario(sid)
    with ExportStates(park) as states:  # one state build per scenario for the whole export
        result = states.result(sid)
        baseline = park.baseline()
        base_result: ScenarioResult | None = None
        baseline_id = baseline.scenario_id if baseline is not None else None
        if baseline is not None and baseline.scenario_id != sid:
            base_result = states.result(baseline.scenario_id)
        elif scenario.info.kind == "baseline":
            base_result = result
        ctx = WorkPlanContext(park, sid, lang, result, base_result, baseline_id, states)
        return build_workbook(ctx)


def build_workbook(ctx: WorkPlanContext) -> Workbook:
    wb = ValuedWorkbook()  # saves every formula's cached value (formula_values)
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
        "items": write_key_projects(sheets["items"], costs, cost_info, cost_rows, lang),
        "firms": write_firms(sheets["firms"], park, sid, result, lang),
        "zones": write_zones(sheets["zones"], park, result, lang),
        "pipelines": write_pipelines(sheets["pipelines"], park, sid, lang),
        "exchanges": write_exchanges(sheets["exchanges"], park, sid, lang),
        "hj274": write_hj274(sheets["hj274"], ctx),
        "costs": cost_info,
        **write_network_sheets(
            sheets["network"], sheets["network_consumers"], park, sid, lang, _hydraulics(ctx)
        ),
    }
    tables["projects"] = write_work_plan(sheets, ctx, costs, cost_info, cost_rows, tables["items"])
    carbon = write_carbon(sheets["carbon"], park, result, lang)  # docs/carbon.md
    write_targets(sheets["targets"], ctx)
    write_chart(sheets["chart"], tables["zones"], lang)
    write_chains(sheets["chains"], park, sid, lang)
    write_withdrawal(sheets["withdrawal"], park, sid, lang, ctx.states)
    write_phasing_sheets(wb, park, sid, lang)  # targets by year, progress (issue 17)
    _write_summary(sheets["summary"], ctx, tables, cost_rows, carbon)
    return wb


def _hydraulics(ctx: WorkPlanContext) -> HydraulicResult | None:
    """The hydraulic solve on the export's shared state (None: the sheet solves its own)."""
    if ctx.states is None:
        return None
    return solve_scenario(ctx.park, ctx.scenario_id, ctx.states.state(ctx.scenario_id))


# ----- summary ---------------------------------------------------------------------------------
def _write_summary(
    ws: Worksheet,
    ctx: WorkPlanContext,
    t: dict[str, TableInfo],
    cost_rows: dict[str, int],
    carbon: CarbonSheet | None = None,
) -> None:
    park, lang, result = ctx.park, ctx.lang, ctx.result
    info = park.scenario(ctx.scenario_id).info
    zones, firms, projects, pipes = t["zones"], t["firms"], t["projects"], t["pipelines"]
    yes = status_label("yes", lang)
    ind = zones.data_range("industrial")
    overlap = result.land_output.industrial_overlap_km2

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
        (
            ("坐标系", "Coordinate system"),
            f"{park.crs} {render(crs_name, lang)}".strip(),
            "",
            None,
            ("", ""),
        ),
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
            Formula(
                f'=SUMIF({_xr(zones, ind)},"{yes}",{_xref(zones, "area_km2")})'
                + (f"-{overlap!r}" if overlap > 0 else "")
            )
            if zones.last_row >= 2
            else 0,
            "km²",
            FMT_3,
            (
                ("功能区表", "Zones sheet")
                if overlap <= 0
                else (
                    f"功能区表，重叠部分 {overlap:.3f} km² 只计一次",
                    f"Zones sheet, less {overlap:.3f} km² where zones overlap",
                )
            ),
        ),
        (
            ("地均工业增加值", "Land output (IAV per industrial land)"),
            total(zones, "land_output") if zones.last_row >= 2 else None,
            "亿元/km² 10⁸ RMB/km²",
            FMT_2,
            ("功能区表合计；HJ 274 第2.1项", "Zones sheet total; HJ 274 row 2.1"),
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
        if cov.demand <= 0:
            continue
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
        *summary_rows(carbon),  # savings next to the boilers, carbon totals (workbook_carbon)
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
        [
            both(label, lang),
            value,
            "" if fmt == FMT_PCT else unit_text(unit, lang),  # the % format says "%" already
            pick(note, lang),
        ]
        for label, value, unit, fmt, note in rows
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
    pass_fail_rules(ws, f"B{pass_row}", lang)
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


__all__ = ["SHEETS", "ExportError", "build_work_plan", "export_workbook", "sheet_title"]
