"""The evaluation sheets of the work plan: targets (baseline -> target, change, threshold,
pass/fail), the HJ 274 evaluation and the chart of land output per zone against the threshold.

Change, relative change and pass/fail are formulas over the row's own cells, so a panel member
who types another target value sees whether it would pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import column_index_from_string
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.export_states import ExportStates
from ecopark.export.labels import both, ctip_pair, hj274_name, medium_pair, status_label, term
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
    set_print_layout,
    write_table,
)
from ecopark.indicators import ScenarioResult
from ecopark.indicators.results import LAND_OUTPUT_THRESHOLD
from ecopark.indicators.verdicts import judged
from ecopark.messages import render
from ecopark.model import Park
from ecopark.numbers import format_plain

COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", "<": "<", "==": "="}
_EXCEL_OPS = {">=": ">=", "<=": "<=", "<": "<", "==": "="}
PASS_FILL = PatternFill("solid", fgColor="C6EFCE")
FAIL_FILL = PatternFill("solid", fgColor="FFC7CE")
PASS_FONT = Font(color="006100")
FAIL_FONT = Font(color="9C0006")


@dataclass(frozen=True)
class WorkPlanContext:
    """What every sheet writer needs: the park, the scenario, its results and the baseline's."""

    park: Park
    scenario_id: str
    lang: str
    result: ScenarioResult
    base_result: ScenarioResult | None
    baseline_id: str | None
    states: ExportStates | None = None
    """The export's shared scenario states (None: each sheet builds what it needs)."""


# ----- targets -----------------------------------------------------------------------------------
_TARGET_COLUMNS = [
    Column("id", ("编号", "Id")),
    Column("indicator", ("指标", "Indicator")),
    Column("unit", ("单位", "Unit")),
    Column("baseline", ("基准值", "Baseline"), "", FMT_2),
    Column("target", ("目标值", "Target"), "", FMT_2),
    Column("change", ("变化量", "Change"), "", FMT_2),
    Column("change_pct", ("变化率", "Relative change"), "%", FMT_PCT),
    Column("comparator", ("要求", "Requirement")),
    Column("threshold", ("HJ 274 限值", "HJ 274 threshold"), "", FMT_2),
    Column("pass", ("是否达标", "Pass/fail")),
    Column("source", ("来源", "Source")),
]


def _target_rows(ctx: WorkPlanContext) -> list[tuple[list[Any], str | None]]:
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
    base_ctip = {r.id: r for r in base.ctip} if base else {}
    for c in result.ctip:
        bval = (
            c.baseline_value
            if c.baseline_value is not None
            else (base_ctip[c.id].value if c.id in base_ctip else None)
        )
        has_target = c.target is not None
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
                    COMPARATOR_SIGNS.get(c.comparator, c.comparator) if has_target else "",
                    c.target,
                    c.comparator if has_target else None,
                    "CTIP" + (f" ({both(_PARK_TARGET, lang)})" if has_target else ""),
                ],
                _ctip_format(c.unit),
            )
        )
    cov, bcov = result.coverage, base.coverage if base else None
    out.append(
        _figure_row(
            "C",
            ("共享基础设施覆盖率", "Shared-infrastructure coverage"),
            "%",
            bcov.combined if bcov else None,
            cov.combined,
            FMT_PCT,
            lang,
        )
    )
    for medium, mc in cov.media.items():
        bm = bcov.media.get(medium) if bcov else None
        if mc.demand <= 0 and (bm is None or bm.demand <= 0):
            continue
        zh, en = medium_pair(medium)
        out.append(
            _figure_row(
                f"C-{medium}",
                (f"覆盖率 {zh}", f"Coverage {en}"),
                "%",
                bm.share if bm else None,
                mc.share,
                FMT_PCT,
                lang,
            )
        )
    for service, ps in cov.point_services.items():
        bps = bcov.point_services.get(service) if bcov else None
        zh, en = term("point_service", service)
        out.append(
            _figure_row(
                f"C-{service}",
                (f"服务半径覆盖 {zh}", f"Within reach: {en}"),
                "%",
                bps.share if bps else None,
                ps.share,
                FMT_PCT,
                lang,
            )
        )
    out.append(
        _figure_row(
            "B",
            ("替代小锅炉", "Small boilers replaced"),
            "台 units",
            bcov.boilers_replaced if bcov else None,
            cov.boilers_replaced,
            FMT_INT,
            lang,
        )
    )
    out.append(
        _figure_row(
            "S",
            ("空间优化得分", "Space-optimization score"),
            "0–100",
            base.space.score if base else None,
            result.space.score,
            FMT_1,
            lang,
        )
    )
    out += _space_component_rows(result, base, lang)
    return out


def _space_component_rows(
    result: ScenarioResult, base: ScenarioResult | None, lang: str
) -> list[tuple[list[Any], str | None]]:
    """One row per space-score component with its weight (and why it scored 0, if it did), so
    the workbook shows what the score is made of, as the panel and the CLI do."""
    rows = []
    for name, value in result.space.components.items():
        zh, en = term("space_component", name)
        w = result.space.weights.get(name, 0.0)
        why = result.space.notes.get(name)
        label_zh = f"空间得分分项：{zh}（权重 {format_plain(w)}）" + (
            "（无法计算，计 0 分）" if why else ""
        )
        label_en = f"Space component: {en} (weight {format_plain(w)})" + (
            f" (0: {why})" if why else ""
        )
        b = base.space.components.get(name) if base else None
        rows.append(
            _figure_row(
                f"S-{name}",
                (label_zh, label_en),
                "0–100",
                None if b is None else 100 * b,
                None if value is None else 100 * value,
                FMT_1,
                lang,
            )  # fmt: skip
        )
    return rows


_PARK_TARGET = ("园区目标", "park target")


def _ctip_format(unit: str) -> str:
    """Intensities per RMB are tiny (2.0E-5 tce/RMB): scientific format, not 0.00."""
    return "0.00E+00" if unit.endswith("/RMB") else FMT_2


def _figure_row(
    row_id: str,
    label: tuple[str, str],
    unit: str,
    baseline: float | None,
    target: float | None,
    fmt: str,
    lang: str,
) -> tuple[list[Any], str | None]:
    """A target row for a figure from the map without an HJ 274 threshold."""
    source = both(("地图计算", "from the map"), lang)
    return [
        row_id,
        both(label, lang),
        unit,
        baseline,
        target,
        None,
        None,
        "",
        None,
        None,
        source,
    ], fmt


def write_targets(ws: Worksheet, ctx: WorkPlanContext) -> None:
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
    numbers = [v for values, _f in specs for v in values[3:5] if isinstance(v, int | float)]
    digits = max((len(f"{abs(v):,.2f}") + 1 for v in numbers), default=10)
    write_table(
        ws,
        _TARGET_COLUMNS,
        rows,
        lang,
        total_label=None,
        freeze="C2",
        extra_widths={"change": digits, "change_pct": 9},
    )
    for i, (_values, fmt) in enumerate(specs, start=2):
        if fmt:
            for col in ("D", "E", "F"):
                ws[f"{col}{i}"].number_format = fmt
            if fmt == FMT_PCT:
                ws[f"G{i}"].value = None
    if specs:
        pass_fail_rules(ws, f"J2:J{len(specs) + 1}", lang)
        _attainment_rows(ws, len(specs) + 1, passed, lang)


def _attainment_rows(ws: Worksheet, last: int, passed: str, lang: str) -> None:
    """Share of the park's CTIP targets met and whether the second subsidy tranche is due
    (at least 90 %, seed 004 §3.2.3), as formulas over the rows above so a panel member who
    edits a value sees them change."""
    ids, targets, verdicts = f"A2:A{last}", f"I2:I{last}", f"J2:J{last}"
    share_row, due_row = last + 2, last + 3
    n_targets = f'COUNTIFS({ids},"CTIP*",{targets},"<>")'
    put_text(ws.cell(row=share_row, column=2),
             both(("园区目标达成比例", "Share of park targets met"), lang))  # fmt: skip
    ws.cell(row=share_row, column=5).value = Formula(
        f'=IF({n_targets}=0,"",COUNTIFS({ids},"CTIP*",{verdicts},"{passed}")/{n_targets})'
    )
    ws.cell(row=share_row, column=5).number_format = FMT_PCT
    put_text(ws.cell(row=due_row, column=2),
             both(("第二笔补助资金（达成≥90%）", "Second subsidy tranche due (≥ 90 % met)"),
                  lang))  # fmt: skip
    yes, no = both(("是", "yes"), lang), both(("否", "no"), lang)
    ws.cell(row=due_row, column=5).value = Formula(
        f'=IF(ISNUMBER(E{share_row}),IF(E{share_row}>=0.9,"{yes}","{no}"),"")'
    )
    for row in (share_row, due_row):
        ws.cell(row=row, column=2).font = Font(bold=True)


# ----- HJ 274 evaluation -----------------------------------------------------------------------
def write_hj274(ws: Worksheet, ctx: WorkPlanContext) -> TableInfo:
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
            render(r.note, lang),
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
        pass_fail_rules(ws, f"G2:G{info.last_row}", lang)
    return info


def _hj_status(status: str, meets: bool | None) -> str:
    """Entered rows are judged by their value like any other (the one rule,
    :mod:`ecopark.indicators.verdicts`); the source column says they were entered."""
    if status == "entered":
        return {"pass": "pass", "fail": "fail"}.get(judged(status, meets), "insufficient_data")
    return status


# ----- chart -------------------------------------------------------------------------------------
def write_chart(ws: Worksheet, zones: TableInfo, lang: str) -> None:
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
    src = ws.parent[zones.sheet]
    lo_col = column_index_from_string(zones.letter("land_output"))
    th_col = column_index_from_string(zones.letter("threshold"))
    name_col = column_index_from_string(zones.letter("name"))
    bars = BarChart()
    bars.type = "col"
    bars.title = both(("各功能区地均工业增加值", "Land output per zone"), lang)
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
    bars.series[0].tx = SeriesLabel(v=both(("地均工业增加值", "Land output"), lang))
    line.series[0].tx = SeriesLabel(v=f"HJ 274 ≥ {format_plain(LAND_OUTPUT_THRESHOLD)}")
    line.series[0].graphicalProperties.line.solidFill = "C00000"
    line.series[0].graphicalProperties.line.dashStyle = "dash"
    line.series[0].marker.symbol = "none"
    bars.y_axis.delete = False
    bars.x_axis.delete = False
    line.y_axis.axId = bars.y_axis.axId
    line.x_axis = bars.x_axis
    bars += line
    bars.width = 24
    bars.height = 13
    bars.legend.position = "b"
    set_print_layout(ws, 1)
    ws.add_chart(bars, "A3")


def pass_fail_rules(ws: Worksheet, cell_range: str, lang: str) -> None:
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


__all__ = [
    "COMPARATOR_SIGNS",
    "WorkPlanContext",
    "pass_fail_rules",
    "write_chart",
    "write_hj274",
    "write_targets",
]
