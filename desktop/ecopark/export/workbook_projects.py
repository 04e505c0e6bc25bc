"""The work plan's project sheets (issue 17): key projects (one row per project), the economic
assumptions, the three-year baseline history and the safeguard measures.

The key-projects sheet's money is live: a project priced from the cost table sums its member
lines on the project-items sheet (``SUMIF`` on the project column written there), the subsidy is
investment × the project's rate (a formula pointing at the cost table's park rate when the
project has none of its own), and O&M, NPV and payback are formulas over the assumptions sheet,
so a panel member who edits a unit cost, a rate or the discount rate sees every figure follow.
Annual savings and benefits come from the indicator engine (ecopark.projects.benefits).

Benefits are not additive (two projects can claim the same saving), so below the projects come
three rows: the sum over the projects, the overlap between them (joint minus sum) and the plan's
total, whose savings are the joint figure (every project taken out in one run) and whose NPV and
payback are formulas over that row. The summary's key-project totals point at the plan row.
"""

from __future__ import annotations

from copy import copy

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.costs import PlanCosts
from ecopark.export.labels import Bilingual, both, pick
from ecopark.export.workbook_evaluation import WorkPlanContext
from ecopark.export.xlsx_tables import (
    FMT_1,
    FMT_2,
    FMT_INT,
    FMT_PCT,
    TOTAL_BORDER,
    TOTAL_FONT,
    Column,
    Formula,
    TableInfo,
    header_text,
    put,
    put_text,
    write_table,
)
from ecopark.projects import words
from ecopark.projects.benefits import BENEFIT_KEYS, Benefit
from ecopark.projects.model import PARK_COMMITTEE, SAFEGUARD_TOPICS
from ecopark.projects.plan import WorkPlan, work_plan

WORK_PLAN_SHEETS: dict[str, Bilingual] = {
    "items": ("项目清单", "Project items"),
    "assumptions": ("经济假定", "Economic assumptions"),
    "history": ("近三年情况", "Baseline history"),
    "safeguards": ("保障措施", "Safeguard measures"),
}
"""Sheets this module adds to the workbook (``ecopark.export.workbook.SHEETS``)."""

KEY_PROJECT_HEADERS: dict[str, Bilingual] = {
    "start_year": ("开工年", "Start year"),
    "completion_year": ("完工年", "Completion year"),
    "investment": ("投资（万元）", "Investment"),
    "subsidy_rate": ("补贴比例", "Subsidy rate"),
    "subsidy": ("补贴（万元）", "Subsidy"),
    "npv": ("净现值（万元）", "NPV"),
    "benefit": ("主要效益", "Benefit"),
}
"""The Contract's column titles (English exactly as the issue names them)."""

_ASSUMPTION_WORDS: dict[str, Bilingual] = {
    "discount_rate": ("折现率", "Discount rate"),
    "lifetime_years": ("计算期", "Appraisal period"),
    "om_rate": ("运行维护费率", "O&M rate"),
    "price.coal": ("煤价", "Coal price"),
    "price.fuel_oil": ("燃料油价", "Fuel oil price"),
    "price.natural_gas": ("天然气价", "Natural gas price"),
    "price.biomass": ("生物质价", "Biomass price"),
    "price.fresh_water": ("新鲜水价", "Fresh water price"),
    "charge.so2": ("SO₂ 环境保护税", "SO₂ emission charge"),
    "charge.co2": ("碳价", "CO₂ price"),
    "months_to_second_tranche": ("第二笔补贴（完工后月数）", "Second subsidy tranche (months)"),
}

HISTORY_QUANTITIES: dict[str, tuple[Bilingual, str]] = {
    "iav_10k_rmb": (("工业增加值", "Industrial added value"), "万元 10⁴ RMB"),
    "energy_tce": (("综合能耗", "Energy use"), "tce"),
    "co2_t": (("CO₂ 排放", "CO₂ emissions"), "t"),
    "so2_t": (("SO₂ 排放", "SO₂ emissions"), "t"),
    "fresh_water_m3": (("新鲜水用量", "Fresh water use"), "m³"),
    "solid_waste_reuse_share": (("工业固废综合利用率", "Solid waste reused"), "%"),
    "firms": (("企业数", "Firms"), ""),
}
"""The park-level quantities of the baseline history, in print order (others follow)."""


def _lang(language: str) -> str:
    return "zh" if language == "zh" else "en"


def benefit_text(benefit: Benefit, lang: str) -> str:
    """The project's benefits in one cell: "CO₂ avoided (t/a) 752; SO₂ avoided (t/a) 22.5"."""
    parts = []
    for key, value in benefit.figures.items():
        if abs(value) < 1e-9 or key == "land_output":
            continue
        shown = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}"
        parts.append(f"{words.word('benefit.' + key, _lang(lang))} {shown}")
    return "; ".join(parts) or "—"


def write_assumptions(ws: Worksheet, plan: WorkPlan, lang: str) -> dict[str, str]:
    """The assumptions table; returns key -> absolute cell reference of its value."""
    columns = [
        Column("key", ("代码", "Key")),
        Column("item", ("项目", "Item")),
        Column("value", ("数值", "Value"), "", "General"),
        Column("unit", ("单位", "Unit")),
        Column("source", ("依据", "Source")),
    ]
    rows = [
        [
            a.key,
            pick(_ASSUMPTION_WORDS.get(a.key, (a.key, a.key)), lang),
            a.value,
            both((a.unit_zh or a.unit, a.unit), lang),
            both((a.source_zh or a.source, a.source), lang),
        ]
        for a in plan.assumptions.values()
    ]
    info = write_table(ws, columns, rows, lang, total_label=None)
    return {a: info.ref("value", r) for r, a in enumerate(plan.assumptions, start=2)}


def mark_items(ws: Worksheet, items: TableInfo, costs: PlanCosts, plan: WorkPlan, lang: str) -> str:
    """Add a project column to the project-items sheet; returns its column letter."""
    col = len(items.columns) + 1
    letter = get_column_letter(col)
    cell = put_text(
        ws.cell(row=1, column=col), header_text(Column("project", ("所属项目", "Project")), lang)
    )
    src = ws.cell(row=1, column=1)
    cell.font, cell.fill = copy(src.font), copy(src.fill)
    cell.alignment = copy(src.alignment)
    layer_of = {"pipeline": "pipelines", "facility": "facilities", "boiler_replacement": "firms"}
    owner: dict[tuple[str, str], str] = {}
    for p in plan.projects:
        for m in p.members:
            owner.setdefault(m, p.project_id)
    for n, kp in enumerate(costs.projects, start=2):
        pid = owner.get((layer_of[kp.kind], kp.object_id))
        if pid:
            put(ws.cell(row=n, column=col), pid)
    ws.column_dimensions[letter].width = 12
    return letter


def write_projects(
    ws: Worksheet,
    plan: WorkPlan,
    lang: str,
    items: TableInfo,
    item_project_col: str,
    park_rate_ref: str,
    a: dict[str, str],
    owner_names: dict[str, str],
) -> TableInfo:
    """One row per project (money columns are live formulas), then the sum over the projects,
    the overlap between them and the plan's total computed jointly (:func:`_write_plan_rows`)."""
    h = KEY_PROJECT_HEADERS
    columns = [
        Column("no", ("序号", "No."), "", FMT_INT),
        Column("project_id", ("项目编号", "Project id")),
        Column("name", ("项目名称", "Project")),
        Column("kind", ("类别", "Type")),
        Column("owner", ("实施主体", "Owner")),
        Column("start_year", h["start_year"], "", "0"),
        Column("completion_year", h["completion_year"], "", "0"),
        Column("investment", h["investment"], "", FMT_1, total=True),
        Column("subsidy_rate", h["subsidy_rate"], "", FMT_PCT),
        Column("subsidy", h["subsidy"], "", FMT_1, total=True),
        Column("savings", ("年节约（万元/年）", "Annual savings"), "", FMT_1, total=True),
        Column("om", ("年运维（万元/年）", "Annual O&M"), "", FMT_1, total=True),
        Column("npv", h["npv"], "", FMT_1, total=True),
        Column("payback", ("静态回收期（年）", "Payback (years)"), "", FMT_2),
        Column("benefit", h["benefit"]),
        Column("description", ("建设内容", "Description")),
    ]
    L = {c.key: get_column_letter(j) for j, c in enumerate(columns, start=1)}
    items_sheet = quote_sheetname(items.sheet)
    inv_range = f"{items_sheet}!${items.letter('investment')}$2:${items.letter('investment')}$" + (
        f"{max(items.last_row, 2)}"
    )
    pid_range = f"{items_sheet}!${item_project_col}$2:${item_project_col}${max(items.last_row, 2)}"
    r_, n_, om_ = a["discount_rate"], a["lifetime_years"], a["om_rate"]
    k_ = a["months_to_second_tranche"]
    rows = []
    for n, p in enumerate(plan.projects, start=1):
        r = n + 1
        price, econ = plan.prices[p.project_id], plan.economics[p.project_id]
        inv: object = (
            Formula(f'=SUMIF({pid_range},"{p.project_id}",{inv_range})')
            if price.from_cost_table and p.members and items.last_row >= 2
            else price.investment_10k_rmb
        )
        rate: object = (
            p.subsidy_rate if p.subsidy_rate is not None else Formula(f"={park_rate_ref}")
        )
        i, s, v, o = (f"{L[k]}{r}" for k in ("investment", "subsidy", "savings", "om"))
        rows.append(
            [
                n,
                p.project_id,
                p.name,
                words.word(f"kind.{p.kind}", _lang(lang)),
                owner_names.get(p.owner, p.owner),
                p.start_year,
                p.completion_year,
                inv,
                rate,
                Formula(f"={i}*{L['subsidy_rate']}{r}"),
                econ.annual_savings_10k_rmb,
                Formula(f"={i}*{om_}"),
                Formula(
                    f"=-{i}+{s}/2+{s}/2/(1+{r_})^({k_}/12)+({v}-{o})*(1-(1+{r_})^(-{n_}))/{r_}"
                ),
                Formula(f'=IF({v}-{o}>0,({i}-{s})/({v}-{o}),"—")'),
                benefit_text(plan.benefits[p.project_id], lang),
                p.description,
            ]
        )
    info = write_table(ws, columns, rows, lang, freeze="D2", total_label=_pair("total.projects"))
    return _write_plan_rows(ws, plan, lang, info, L, a)


def _pair(key: str) -> Bilingual:
    return (words.word(key, "zh"), words.word(key, "en"))


def overlap_benefit(plan: WorkPlan) -> Benefit:
    """The joint benefit minus the sum over projects, figure by figure (negative where
    projects claim the same saving); rounding noise is dropped."""
    summed = {k: sum(b.figures.get(k, 0.0) for b in plan.benefits.values()) for k in BENEFIT_KEYS}
    diff = {}
    for k in BENEFIT_KEYS:
        d = plan.joint.figures.get(k, 0.0) - summed[k]
        diff[k] = d if abs(d) > 1e-6 * max(1.0, abs(summed[k])) else 0.0
    return Benefit("overlap", diff)


def _write_plan_rows(
    ws: Worksheet,
    plan: WorkPlan,
    lang: str,
    info: TableInfo,
    L: dict[str, str],
    a: dict[str, str],
) -> TableInfo:
    """Below the sum over the projects: the overlap row and the plan's total (computed jointly).

    Investment, subsidy and O&M of the plan are the sums (live); its annual savings are the
    joint figure the app computed (a value, with the note beside it), the overlap row is that
    figure minus the sum, and the plan's NPV and payback are formulas over the plan row, so the
    savings and NPV columns reconcile: sum over projects + overlap = plan."""
    assert info.total_row is not None
    s_row, o_row, p_row = info.total_row, info.total_row + 1, info.total_row + 2
    r_, n_, k_ = a["discount_rate"], a["lifetime_years"], a["months_to_second_tranche"]
    annuity = f"(1-(1+{r_})^(-{n_}))/{r_}"
    col = {key: info.columns.index(key) + 1 for key in info.columns}
    t = plan.totals
    over = t.overlap_savings_10k_rmb
    label = "total.overlap" if over <= 0 else "total.synergy"
    i, s, v, o = (f"{L[k]}{p_row}" for k in ("investment", "subsidy", "savings", "om"))
    cells: dict[int, dict[str, object]] = {
        o_row: {
            "no": words.word(label, _lang(lang)),
            "savings": Formula(f"={L['savings']}{p_row}-{L['savings']}{s_row}"),
            "om": 0.0,
            "npv": Formula(f"={L['savings']}{o_row}*{annuity}"),
            "benefit": benefit_text(overlap_benefit(plan), lang),
        },
        p_row: {
            "no": words.word("total.plan", _lang(lang)),
            "investment": Formula(f"={L['investment']}{s_row}"),
            "subsidy_rate": Formula(f'=IF({i}>0,{s}/{i},"—")'),
            "subsidy": Formula(f"={L['subsidy']}{s_row}"),
            "savings": t.annual_savings_10k_rmb,
            "om": Formula(f"={L['om']}{s_row}"),
            "npv": Formula(f"=-{i}+{s}/2+{s}/2/(1+{r_})^({k_}/12)+({v}-{o})*{annuity}"),
            "payback": Formula(f'=IF({v}-{o}>0,({i}-{s})/({v}-{o}),"—")'),
            "benefit": benefit_text(plan.joint, lang),
            "description": words.word("note.joint", _lang(lang)),
        },
    }
    formats = {"investment": FMT_1, "subsidy": FMT_1, "savings": FMT_1, "om": FMT_1,
               "npv": FMT_1, "payback": FMT_2, "subsidy_rate": FMT_PCT}  # fmt: skip
    for row, values in cells.items():
        for j in range(1, len(info.columns) + 1):
            cell = ws.cell(row=row, column=j)
            cell.font = TOTAL_FONT
        for key, value in values.items():
            cell = put(ws.cell(row=row, column=col[key]), value, lang)
            if key in formats:
                cell.number_format = formats[key]
        ws.cell(row=p_row, column=col["description"]).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
    for j in range(1, len(info.columns) + 1):
        ws.cell(row=p_row, column=j).border = TOTAL_BORDER
    return TableInfo(info.sheet, info.columns, info.first_row, info.last_row, p_row)


def write_history(ws: Worksheet, plan: WorkPlan, lang: str) -> TableInfo:
    """Park-level quantities of the years before the baseline, one column per year."""
    years = sorted(plan.history)
    quantities = list(HISTORY_QUANTITIES)
    for row in plan.history.values():
        quantities += [q for q in row if q not in quantities]
    columns = [Column("item", ("指标", "Quantity")), Column("unit", ("单位", "Unit"))]
    columns += [Column(f"y{y}", (f"{y} 年", str(y)), "", FMT_1) for y in years]
    rows = []
    for q in quantities:
        values = [plan.history[y].get(q) for y in years]
        if all(v is None for v in values):
            continue
        label, unit = HISTORY_QUANTITIES.get(q, ((q, q), ""))
        rows.append([pick(label, lang), unit, *values])
    if not rows:
        rows.append(
            [
                pick(("尚未录入近三年数据", "No baseline history entered yet"), lang),
                "",
                *([None] * len(years)),
            ]
        )
    return write_table(ws, columns, rows, lang, total_label=None)


def write_safeguards(ws: Worksheet, plan: WorkPlan, lang: str) -> TableInfo:
    columns = [Column("topic", ("保障措施", "Safeguard")), Column("text", ("内容", "Measures"))]
    rows = [
        [words.word(f"safeguard.{t}", _lang(lang)), plan.safeguards.get(t) or "—"]
        for t in SAFEGUARD_TOPICS
    ]
    info = write_table(ws, columns, rows, lang, total_label=None, extra_widths={"text": 80})
    for r in range(2, len(rows) + 2):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    return info


__all__ = [
    "KEY_PROJECT_HEADERS",
    "WORK_PLAN_SHEETS",
    "benefit_text",
    "mark_items",
    "overlap_benefit",
    "write_assumptions",
    "write_history",
    "write_projects",
    "write_safeguards",
    "write_work_plan",
]


def write_work_plan(
    sheets: dict[str, Worksheet],
    ctx: WorkPlanContext,
    costs: PlanCosts,
    cost_info: TableInfo,
    cost_rows: dict[str, int],
    items: TableInfo,
) -> TableInfo:
    """Write the key-projects, assumptions, history and safeguard sheets; returns the
    key-projects table (the summary sums its investment and subsidy)."""
    plan = work_plan(ctx.park, ctx.scenario_id, ctx.result, language=ctx.lang)
    lang = ctx.lang
    project_col = mark_items(sheets["items"], items, costs, plan, lang)
    a = write_assumptions(sheets["assumptions"], plan, lang)
    scenario = ctx.park.scenario(ctx.scenario_id)
    owners = {fid: f.name or fid for fid, f in scenario.firms.items()}
    owners[PARK_COMMITTEE] = words.word("owner.park_committee", _lang(lang))
    rate_ref = cost_info.ref("unit_cost", cost_rows["subsidy_rate"])
    info = write_projects(sheets["projects"], plan, lang, items, project_col, rate_ref, a, owners)
    write_history(sheets["history"], plan, lang)
    write_safeguards(sheets["safeguards"], plan, lang)
    return info
