"""Two sheets of the work plan for phasing (issue 17 part B; docs/phasing.md): the targets by
milestone year of the plan, and the annual progress report of each monitoring scenario that
follows it. Bilingual like every sheet; "met" and the subsidy verdict are formulas over the
sheet's own cells, so a panel member who edits a figure sees them change.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.labels import both
from ecopark.export.xlsx_tables import FMT_3, FMT_PCT, Column, Formula, put_text, write_table
from ecopark.indicators.sets import indicator_set
from ecopark.indicators.targets import SECOND_TRANCHE_SHARE, targets_for
from ecopark.model import Park
from ecopark.phasing.milestones import targets_by_year
from ecopark.phasing.progress import progress_report

PHASING_SHEETS: dict[str, tuple[str, str]] = {
    "targets_by_year": ("分年度目标", "Targets by year"),
    "progress": ("年度进展", "Annual progress"),
}
_MET = ("达标", "met")
_NOT_MET = ("未达标", "not met")
_NOTE = (
    "目标按基准值到目标值逐年直线推进；预计值为该年已建成的园区（见 docs/phasing.md）。",
    "Each year's target lies on the straight line from the baseline to the target; values are "
    "the park as built by that year (docs/phasing.md).",
)


def _names(park: Park) -> dict[tuple[str, str], tuple[str, str]]:
    """(programme, id) -> (Chinese name, English name)."""
    out = {}
    for programme in ("hj274", "ctip", "lowcarbon"):
        for d in indicator_set(programme, park.settings):
            out[(programme, d.id)] = (d.name_zh, d.name_en)
    return out


def _met_formula(value: str, goal: str, comparator: str, lang: str) -> Formula:
    op = ">=" if comparator == ">=" else "<=" if comparator in ("<=", "<") else "="
    yes, no = both(_MET, lang), both(_NOT_MET, lang)
    return Formula(
        f'=IF(AND(ISNUMBER({value}),ISNUMBER({goal})),IF({value}{op}{goal},"{yes}","{no}"),"—")'
    )


def write_phasing_sheets(wb: Workbook, park: Park, scenario_id: str, lang: str) -> list[str]:
    """Add the sheets that have something to show (a plan with a baseline and targets; its
    monitoring scenarios); returns the keys of the sheets written."""
    written = []
    scenario = park.scenario(scenario_id)
    base = park.baseline()
    if scenario.info.kind == "plan" and base is not None and targets_for(park, scenario_id)[1]:
        ws = wb.create_sheet(both(PHASING_SHEETS["targets_by_year"], lang))
        write_targets_by_year(ws, park, scenario_id, lang)
        written.append("targets_by_year")
    monitors = [
        sid
        for sid, s in park.scenarios.items()
        if s.info.kind == "monitoring" and targets_for(park, sid)[0] == scenario_id
    ]
    if monitors:
        ws = wb.create_sheet(both(PHASING_SHEETS["progress"], lang))
        write_progress(ws, park, monitors, lang)
        written.append("progress")
    return written


def write_targets_by_year(ws: Worksheet, park: Park, scenario_id: str, lang: str) -> None:
    table = targets_by_year(park, scenario_id)
    names = _names(park)
    columns = [
        Column("id", ("指标", "Indicator")),
        Column("name", ("名称", "Name")),
        Column("unit", ("单位", "Unit")),
        Column("base", (f"基准值 {table.base_year}", f"Baseline {table.base_year}"), fmt=FMT_3),
    ]
    for y in table.years:
        columns += [
            Column(f"t{y}", (f"{y} 目标", f"Target {y}"), fmt=FMT_3),
            Column(f"v{y}", (f"{y} 预计值", f"Value {y}"), fmt=FMT_3),
            Column(f"m{y}", (f"{y} 达标", f"Met {y}")),
        ]
    rows: list[list[Any]] = []
    for i, r in enumerate(table.rows, start=2):
        zh, en = names.get((r.programme, r.indicator_id), (r.name, r.name))
        values: list[Any] = [f"{r.programme.upper()} {r.indicator_id}", both((zh, en), lang),
                             r.unit, r.baseline_value]  # fmt: skip
        for k, c in enumerate(r.cells):
            col = 5 + 3 * k
            goal, value = _letter(col) + str(i), _letter(col + 1) + str(i)
            values += [c.target, c.value, _met_formula(value, goal, r.comparator, lang)]
        rows.append(values)
    write_table(ws, columns, rows, lang, total_label=None, freeze="C2")
    note = ws.cell(row=len(rows) + 3, column=1)
    put_text(note, both(_NOTE, lang))


def write_progress(ws: Worksheet, park: Park, monitors: list[str], lang: str) -> None:
    names = _names(park)
    columns = [
        Column("scenario", ("监测情景", "Monitoring scenario")),
        Column("year", ("年份", "Year")),
        Column("id", ("指标", "Indicator")),
        Column("name", ("名称", "Name")),
        Column("unit", ("单位", "Unit")),
        Column("target", ("当年目标", "Target this year"), fmt=FMT_3),
        Column("actual", ("实际值", "Actual"), fmt=FMT_3),
        Column("met", ("达标", "Met")),
    ]
    rows: list[list[Any]] = []
    blocks: list[tuple[int, int, Any]] = []
    for sid in monitors:
        rep = progress_report(park, sid)
        first = len(rows) + 2
        for r in rep.rows:
            i = len(rows) + 2
            zh, en = names.get((r.programme, r.indicator_id), (r.name, r.name))
            rows.append([sid, rep.year, f"{r.programme.upper()} {r.indicator_id}",
                         both((zh, en), lang), r.unit, r.target, r.actual,
                         _met_formula(f"G{i}", f"F{i}", r.comparator, lang)])  # fmt: skip
        blocks.append((first, len(rows) + 1, rep))
    write_table(ws, columns, rows, lang, total_label=None, freeze="D2")
    row = len(rows) + 3
    met = both(_MET, lang)
    yes, no = both(("是", "yes"), lang), both(("否", "no"), lang)
    for first, last, rep in blocks:
        label = ws.cell(row=row, column=1)
        put_text(label, f"{rep.monitoring_id} ({rep.year})")
        label.font = Font(bold=True)
        put_text(ws.cell(row=row, column=2),
                 both(("目标达成比例", "Share of targets met"), lang))  # fmt: skip
        share = ws.cell(row=row, column=6)
        share.value = (
            Formula(f'=COUNTIF(H{first}:H{last},"{met}")/ROWS(H{first}:H{last})')
            if last >= first else None
        )  # fmt: skip
        share.number_format = FMT_PCT
        put_text(ws.cell(row=row + 1, column=2),
                 both(("第二笔补助资金（达成≥90%）", "Second subsidy tranche due (≥ 90 % met)"),
                      lang))  # fmt: skip
        ws.cell(row=row + 1, column=6).value = Formula(
            f'=IF(ISNUMBER(F{row}),IF(F{row}>={SECOND_TRANCHE_SHARE},"{yes}","{no}"),"")'
        )
        put_text(ws.cell(row=row + 2, column=2),
                 both(("已建成的规划对象", "Planned objects in service"), lang))  # fmt: skip
        ws.cell(row=row + 2, column=6).value = rep.objects_in_service
        ws.cell(row=row + 2, column=7).value = rep.objects_planned
        if rep.projects_total:
            put_text(ws.cell(row=row + 3, column=2),
                     both(("已完成项目", "Projects completed"), lang))  # fmt: skip
            put_text(
                ws.cell(row=row + 3, column=6),
                ", ".join(p.name or p.project_id for p in rep.projects_completed) or "—",
            )
        row += 5


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)
