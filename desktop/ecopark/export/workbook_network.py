"""The work plan's network sheets: every solved pipe segment (flow, pressures, temperatures,
velocity against its limit, heat loss) and every consumer (pressure needed and delivered,
margin, served). The pressure drop and the margin are formulas over the row's own cells, so a
panel sees how they were obtained."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.labels import medium_pair, pick
from ecopark.export.xlsx_tables import FMT_1, FMT_2, FMT_3, Column, Formula, TableInfo, write_table
from ecopark.hydraulics import HydraulicResult, solve_scenario
from ecopark.messages import render
from ecopark.model import Park
from ecopark.numbers import format_plain

FMT_4 = "#,##0.0000"

NETWORK_SHEETS: dict[str, tuple[str, str]] = {
    "network": ("管网水力", "Network"),
    "network_consumers": ("用汽用热户", "Network consumers"),
}


def write_network_sheets(
    segments_ws: Worksheet,
    consumers_ws: Worksheet,
    park: Park,
    scenario_id: str,
    lang: str,
    result: HydraulicResult | None = None,
) -> dict[str, TableInfo]:
    result = result or solve_scenario(park, scenario_id)
    return {
        "network": _segments(segments_ws, result, lang),
        "network_consumers": _consumers(consumers_ws, result, lang),
    }


def _segments(ws: Worksheet, result: HydraulicResult, lang: str) -> TableInfo:
    columns = [
        Column("medium", ("介质", "Medium")),
        Column("pipeline_id", ("管线", "Pipeline")),
        Column("dn", ("公称直径", "Nominal diameter"), "DN"),
        Column("diameter_mm", ("内径", "Inner diameter"), "mm", FMT_1),
        Column("length_m", ("长度", "Length"), "m", FMT_1, total=True),
        Column("equivalent_length_m", ("当量长度(含局部阻力)", "Equivalent length"), "m", FMT_1),
        Column("roughness_mm", ("粗糙度", "Roughness"), "mm", FMT_2),
        Column("mass_flow_tph", ("流量", "Mass flow"), "t/h", FMT_2),
        Column("inlet_pressure_mpa", ("入口压力(绝压)", "Inlet pressure (abs.)"), "MPa", FMT_4),
        Column("outlet_pressure_mpa", ("出口压力(绝压)", "Outlet pressure (abs.)"), "MPa", FMT_4),
        Column("pressure_drop_mpa", ("压降", "Pressure drop"), "MPa", FMT_4),
        Column("inlet_temperature_c", ("入口温度", "Inlet temperature"), "°C", FMT_1),
        Column("outlet_temperature_c", ("出口温度", "Outlet temperature"), "°C", FMT_1),
        Column("velocity_ms", ("流速", "Velocity"), "m/s", FMT_1),
        Column("velocity_limit_ms", ("允许流速", "Velocity limit"), "m/s", FMT_1),
        Column("heat_loss_kw", ("散热损失", "Heat loss"), "kW", FMT_1, total=True),
        Column("condensate_tph", ("凝结水", "Condensate"), "t/h", FMT_3),
        Column("note", ("说明", "Note")),
    ]
    rows: list[list[object]] = []
    keys = [c.key for c in columns]
    col = {k: i for i, k in enumerate(keys)}
    for net in result.networks:
        for s in net.segments:
            r = len(rows) + 2
            i_in = _letter(col["inlet_pressure_mpa"])
            i_out = _letter(col["outlet_pressure_mpa"])
            drop = (Formula(f"={i_in}{r}-{i_out}{r}") if s.outlet_pressure_mpa is not None
                    else None)  # fmt: skip
            rows.append([
                pick(medium_pair(net.medium), lang), s.pipeline_id,
                f"DN{format_plain(s.dn, grouped=False)}",
                s.diameter_mm, s.length_m, s.equivalent_length_m, s.roughness_mm,
                s.mass_flow_tph, s.inlet_pressure_mpa, s.outlet_pressure_mpa, drop,
                s.inlet_temperature_c, s.outlet_temperature_c, s.velocity_ms,
                s.velocity_limit_ms, s.heat_loss_kw, s.condensate_tph, render(s.message, lang),
            ])  # fmt: skip
    return write_table(ws, columns, rows, lang)


def _consumers(ws: Worksheet, result: HydraulicResult, lang: str) -> TableInfo:
    columns = [
        Column("id", ("用户", "Consumer")),
        Column("medium", ("介质", "Medium")),
        Column("mass_flow_tph", ("流量", "Mass flow"), "t/h", FMT_2, total=True),
        Column(
            "required_pressure_mpa", ("所需压力(绝压)", "Required pressure (abs.)"), "MPa", FMT_3
        ),  # fmt: skip
        Column(
            "delivered_pressure_mpa", ("到达压力(绝压)", "Delivered pressure (abs.)"), "MPa", FMT_4
        ),  # fmt: skip
        Column("margin_mpa", ("压力裕量", "Pressure margin"), "MPa", FMT_4),
        Column("delivered_temperature_c", ("到达温度", "Delivered temperature"), "°C", FMT_1),
        Column("superheat_k", ("过热度", "Superheat"), "K", FMT_1),
        Column("condensate_tph", ("凝结水", "Condensate"), "t/h", FMT_3),
        Column("served", ("实际满足", "Physically served")),
        Column("note", ("说明", "Note")),
    ]
    rows: list[list[object]] = []
    col = {c.key: i for i, c in enumerate(columns)}
    for net in result.networks:
        for c in net.consumers:
            r = len(rows) + 2
            need, got = (
                _letter(col["required_pressure_mpa"]),
                _letter(col["delivered_pressure_mpa"]),
            )
            margin = (Formula(f"={got}{r}-{need}{r}") if c.delivered_pressure_mpa is not None
                      and c.required_pressure_mpa is not None else None)  # fmt: skip
            rows.append([
                c.id, pick(medium_pair(net.medium), lang), c.mass_flow_tph,
                c.required_pressure_mpa, c.delivered_pressure_mpa, margin,
                c.delivered_temperature_c, c.superheat_k, c.condensate_tph, c.served,
                render(c.message, lang),
            ])  # fmt: skip
    return write_table(ws, columns, rows, lang)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
