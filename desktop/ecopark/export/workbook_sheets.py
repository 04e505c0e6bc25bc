"""The data sheets of the work plan: firms, zones, pipelines, exchanges, key projects, costs.

Each function fills one sheet and returns its :class:`TableInfo` so the summary can point at its
totals with formulas. Values are the model's and the indicator engine's; totals and prices are
formulas over the sheet's own ranges, so an edited cell propagates.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
import shapely
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ecopark import terms
from ecopark.export.costs import DEFAULT_OWNER, DEFAULT_OWNER_PAIR, KeyProject, PlanCosts
from ecopark.export.labels import (
    both,
    medium_pair,
    pick,
    sector_label,
    status_label,
    term,
    zone_kind_label,
)
from ecopark.export.xlsx_tables import (
    FMT_0,
    FMT_1,
    FMT_2,
    FMT_3,
    FMT_INT,
    FMT_PCT,
    TOTAL_BORDER,
    TOTAL_FONT,
    Column,
    Formula,
    TableInfo,
    put_text,
    write_table,
)
from ecopark.indicators import ScenarioResult
from ecopark.model import Firm, Park, Pipeline
from ecopark.model.fields import Role, role_of, unit_of


def _unit(unit: str) -> str:
    """Unit for a header: the model's symbol, with the Chinese wording when it differs."""
    zh = terms.unit_label(unit, "zh")
    return unit if zh == unit else f"{zh} {unit}"


def _firm_field_columns() -> list[tuple[dataclasses.Field[Any], Column]]:
    out = []
    for f in dataclasses.fields(Firm):
        role = role_of(f)
        if role in (Role.GEOMETRY, Role.ID) or f.name in ("name", "sector"):
            continue
        unit = unit_of(f)
        numeric = role in (Role.QUANTITY, Role.OPTIONAL_QUANTITY, Role.COUNT)
        fmt = FMT_INT if role is Role.COUNT else (FMT_1 if numeric else None)
        col = Column(
            f.name,
            (terms.field_label(Firm, f.name, "zh"), terms.field_label(Firm, f.name, "en")),
            _unit(unit),
            fmt,
            total=numeric,
        )
        out.append((f, col))
    return out


def _project_name(p: KeyProject, lang: str) -> str:
    """A name for a project whose object has none (a new pipe): its description, less "new"."""
    zh = p.description_zh.removeprefix("新建")
    en = p.description_en.removeprefix("New ")
    return both((f"{zh} {p.object_id}", f"{en[:1].upper()}{en[1:]} {p.object_id}"), lang)


def _coded(field_name: str, value: object, lang: str) -> object:
    """A model code shown as its word (boiler fuel "coal" -> 煤)."""
    if field_name == "boiler_fuel" and isinstance(value, str) and value:
        return both(term("boiler_fuel", value), lang)
    return value


def write_firms(
    ws: Worksheet, park: Park, scenario_id: str, result: ScenarioResult, lang: str
) -> TableInfo:
    scenario = park.scenario(scenario_id)
    firms = [scenario.firms[k] for k in sorted(scenario.firms)]
    fields = _firm_field_columns()
    columns = [
        Column("firm_id", ("编号", "Id")),
        Column("name", ("名称", "Name")),
        Column("sector", ("行业", "Sector")),
        Column("zone_id", ("所在功能区", "Zone")),
        Column("x", ("X坐标", "X"), "m", FMT_1),
        Column("y", ("Y坐标", "Y"), "m", FMT_1),
    ]
    field_cols = [c for _f, c in fields]
    iav_at = next(i for i, c in enumerate(field_cols) if c.key == "iav_10k_rmb") + 1
    field_cols.insert(
        iav_at, Column("iav_per_mu", ("亩均工业增加值", "IAV per mu"), "万元/亩 10⁴ RMB/mu", FMT_2)
    )
    columns.extend(field_cols)
    xy = shapely.get_coordinates([f.geometry for f in firms]) if firms else np.zeros((0, 2))
    zone_of = result.land_output.firm_zone
    per_mu = result.land_output.firm_iav_per_mu
    names = [f.name for f, _c in fields]
    rows = []
    for firm, (x, y) in zip(firms, xy, strict=True):
        values = [getattr(firm, n) for n in names]
        values = [_coded(n, v, lang) for n, v in zip(names, values, strict=True)]
        values.insert(iav_at, per_mu.get(firm.firm_id))
        rows.append(
            [
                firm.firm_id,
                firm.name,
                sector_label(firm.sector, lang),
                zone_of.get(firm.firm_id) or "",
                float(x),
                float(y),
                *values,
            ]
        )
    return write_table(ws, columns, rows, lang, freeze="C2")


def write_zones(ws: Worksheet, park: Park, result: ScenarioResult, lang: str) -> TableInfo:
    columns = [
        Column("zone_id", ("编号", "Id")),
        Column("name", ("名称", "Name")),
        Column("kind", ("类型", "Kind")),
        Column("industrial", ("工业用地", "Industrial land")),
        Column("area_km2", ("面积", "Area"), "km²", FMT_3, total=True),
        Column("firm_count", ("企业数", "Firms"), "", FMT_INT, total=True),
        Column("iav", ("工业增加值", "IAV"), "万元/a 10⁴ RMB/a", FMT_1, total=True),
        Column("land_output", ("地均工业增加值", "Land output"), "亿元/km² 10⁸ RMB/km²", FMT_2),
        Column("threshold", ("HJ 274 限值 ≥", "HJ 274 threshold ≥"), "亿元/km²", FMT_1),
        Column("passes", ("是否达标", "Passes")),
        Column("plot_area_m2", ("企业用地面积", "Firm plot area"), "m²", FMT_0, total=True),
        Column("iav_per_mu", ("亩均工业增加值", "IAV per mu"), "万元/亩 10⁴ RMB/mu", FMT_2),
    ]
    lo = result.land_output
    rows = []
    for z in lo.zones:
        passes: Any = "" if z.passes is None else status_label("pass" if z.passes else "fail", lang)
        rows.append(
            [
                z.zone_id,
                z.name,
                zone_kind_label(z.kind, lang, park.zone_kinds),
                z.industrial,
                z.area_km2,
                z.firm_count,
                z.iav_10k_rmb,
                z.land_output,
                lo.threshold,
                passes,
                z.plot_area_m2,
                z.iav_per_mu,
            ]
        )
    info = write_table(ws, columns, rows, lang)
    if info.total_row is not None and rows:
        yes = status_label("yes", lang)
        ind, area, iav = (info.data_range(k) for k in ("industrial", "area_km2", "iav"))
        cell = ws[f"{info.letter('land_output')}{info.total_row}"]
        land = f'SUMIF({ind},"{yes}",{area})'
        overlap = lo.industrial_overlap_km2
        if overlap > 0:  # land shared by overlapping industrial zones counts once
            land = f"({land}-{overlap!r})"
        cell.value = Formula(f'=IFERROR(SUMIF({ind},"{yes}",{iav})/10000/{land},"")')
        cell.number_format = FMT_2
    return info


def write_pipelines(ws: Worksheet, park: Park, scenario_id: str, lang: str) -> TableInfo:
    scenario = park.scenario(scenario_id)
    pipes = [p for _k, p in sorted(scenario.layers["pipelines"].items())]
    columns = [
        Column("pipeline_id", ("编号", "Id")),
        Column("name", ("名称", "Name")),
        Column("medium", ("介质", "Medium")),
        Column("status", ("状态", "Status")),
        Column("diameter_mm", ("管径", "Diameter"), "mm", FMT_0),
        Column("length_m", ("长度", "Length"), "m", FMT_1, total=True),
    ]
    rows = []
    for p in pipes:
        assert isinstance(p, Pipeline)
        rows.append(
            [
                p.pipeline_id,
                p.name,
                pick(medium_pair(p.medium), lang),
                status_label(p.status, lang),
                p.diameter_mm,
                p.length_m,
            ]
        )
    info = write_table(ws, columns, rows, lang)
    if info.total_row is not None:
        row = info.total_row + 1
        put_text(ws.cell(row=row, column=1), both(("其中规划", "of which planned"), lang))
        put_text(
            ws.cell(row=row, column=info.columns.index("status") + 1), status_label("planned", lang)
        )
        cell = ws[f"{info.letter('length_m')}{row}"]
        cell.value = Formula(
            f"=SUMPRODUCT(({info.data_range('status')}={info.letter('status')}{row})"
            f"*{info.data_range('length_m')})"
            if rows
            else "=0"
        )
        cell.number_format = FMT_1
        for j in range(1, len(columns) + 1):
            ws.cell(row=row, column=j).font = TOTAL_FONT
    return info


def write_exchanges(ws: Worksheet, park: Park, scenario_id: str, lang: str) -> TableInfo:
    """Exchanges with both ends named and their straight-line distance; totals per unit."""
    scenario = park.scenario(scenario_id)
    exchanges = [scenario.exchanges[k] for k in sorted(scenario.exchanges)]

    def end(oid: str) -> Any:
        return scenario.firms.get(oid) or scenario.facilities.get(oid)

    ends = [(end(e.from_id), end(e.to_id)) for e in exchanges]
    a = [s.geometry for s, _t in ends]
    b = [t.geometry for _s, t in ends]
    distances = shapely.distance(a, b) if exchanges else np.zeros(0)
    columns = [
        Column("exchange_id", ("编号", "Id")),
        Column("from_id", ("供方编号", "From id")),
        Column("from_name", ("供方", "From")),
        Column("to_id", ("受方编号", "To id")),
        Column("to_name", ("受方", "To")),
        Column("material", ("物料/能量", "Material")),
        Column("quantity", ("数量", "Quantity"), "", FMT_1),
        Column("unit", ("单位", "Unit")),
        Column("distance_m", ("直线距离", "Distance"), "m", FMT_0),
    ]
    rows = [
        [
            e.exchange_id,
            e.from_id,
            s.name,
            e.to_id,
            t.name,
            e.material,
            e.quantity,
            e.unit,
            float(d),
        ]
        for e, (s, t), d in zip(exchanges, ends, distances, strict=True)
    ]
    info = write_table(ws, columns, rows, lang, total_label=None)
    units = list(dict.fromkeys(e.unit for e in exchanges))
    for k, unit in enumerate(units):
        row = info.last_row + 1 + k
        put_text(ws.cell(row=row, column=1), pick(("合计", "Total"), lang))
        unit_cell = put_text(ws.cell(row=row, column=info.columns.index("unit") + 1), unit)
        qty = ws[f"{info.letter('quantity')}{row}"]
        qty.value = Formula(
            f"=SUMPRODUCT(({info.data_range('unit')}={unit_cell.coordinate})"
            f"*{info.data_range('quantity')})"
        )
        qty.number_format = FMT_1
        for j in range(1, len(columns) + 1):
            ws.cell(row=row, column=j).font = TOTAL_FONT
            if k == 0:
                ws.cell(row=row, column=j).border = TOTAL_BORDER
    if units:
        info = dataclasses.replace(info, total_row=info.last_row + 1)
    return info


def write_cost_table(
    ws: Worksheet, costs: PlanCosts, lang: str
) -> tuple[TableInfo, dict[str, int]]:
    """The unit costs and the subsidy rate; returns the row of every cost key (and
    ``"subsidy_rate"``) for the key-project formulas."""
    columns = [
        Column("key", ("代码", "Key")),
        Column("item", ("项目", "Item")),
        Column("unit", ("计量单位", "Unit of quantity")),
        Column("unit_cost", ("单价", "Unit cost"), "万元/单位 10⁴ RMB/unit", FMT_2),
    ]
    rows: list[list[Any]] = [
        [i.key, both((i.name_zh, i.name_en), lang), i.unit, i.unit_cost_10k_rmb]
        for i in costs.items
    ]
    rows.append(
        [
            "subsidy_rate",
            both(("申请补贴比例（占投资）", "Subsidy requested (share of investment)"), lang),
            "%",
            costs.subsidy_rate,
        ]
    )
    info = write_table(ws, columns, rows, lang, total_label=None)
    rate_cell = ws[f"{info.letter('unit_cost')}{info.last_row}"]
    rate_cell.number_format = FMT_PCT
    row_of = {key: 2 + k for k, key in enumerate(r[0] for r in rows)}
    note_row = info.last_row + 2
    put_text(
        ws.cell(row=note_row, column=1),
        both(
            (
                "单价为规划阶段估算默认值，依据见 docs/cost-table.md；"
                "可直接修改，投资与补贴随之更新。",
                "Planning-stage default unit costs (basis: docs/cost-table.md); edit them and the "
                "investments and subsidies follow.",
            ),
            lang,
        ),
    )
    return info, row_of


def write_key_projects(
    ws: Worksheet, costs: PlanCosts, cost_info: TableInfo, cost_rows: dict[str, int], lang: str
) -> TableInfo:
    kind_names = {
        "pipeline": ("管线", "Pipeline"),
        "facility": ("设施", "Facility"),
        "boiler_replacement": ("小锅炉替代", "Boiler replacement"),
    }
    columns = [
        Column("no", ("序号", "No."), "", FMT_INT),
        Column("kind", ("类别", "Type")),
        Column("object_id", ("对象编号", "Object id")),
        Column("name", ("名称", "Name")),
        Column("description", ("建设内容", "Scope")),
        Column("quantity", ("规模", "Size"), "", FMT_2),
        Column("quantity_unit", ("规模单位", "Unit of size")),
        Column("unit_cost", ("单价", "Unit cost"), "万元/单位 10⁴ RMB/unit", FMT_2),
        Column("investment", ("投资", "Investment"), "万元 10⁴ RMB", FMT_1, total=True),
        Column("subsidy", ("申请补贴", "Subsidy requested"), "万元 10⁴ RMB", FMT_1, total=True),
        Column("start_year", ("开工年", "Start year"), "", "0"),
        Column("finish_year", ("完工年", "Finish year"), "", "0"),
        Column("owner", ("实施主体", "Owner")),
    ]
    letters = {c.key: get_column_letter(j) for j, c in enumerate(columns, start=1)}
    rate_ref = cost_info.ref("unit_cost", cost_rows["subsidy_rate"])
    rows = []
    for n, p in enumerate(costs.projects, start=1):
        r = n + 1
        rows.append(
            [
                n,
                pick(kind_names[p.kind], lang),
                p.object_id,
                p.name or _project_name(p, lang),
                pick((p.description_zh, p.description_en), lang),
                p.quantity,
                p.quantity_unit,
                Formula(f"={cost_info.ref('unit_cost', cost_rows[p.cost_key])}"),
                Formula(f"={letters['quantity']}{r}*{letters['unit_cost']}{r}"),
                Formula(f"={letters['investment']}{r}*{rate_ref}"),
                p.start_year,
                p.finish_year,
                both(DEFAULT_OWNER_PAIR, lang) if p.owner == DEFAULT_OWNER else p.owner,
            ]
        )
    return write_table(ws, columns, rows, lang, freeze="E2")


__all__ = [
    "write_cost_table",
    "write_exchanges",
    "write_firms",
    "write_key_projects",
    "write_pipelines",
    "write_zones",
]
