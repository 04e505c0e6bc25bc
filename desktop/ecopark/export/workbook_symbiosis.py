"""Work-plan sheets of the symbiosis network: the park's symbiosis chains and cycles (with the
network measures), and the key-plant withdrawal ranking (docs/symbiosis.md §3-4)."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from ecopark.export.export_states import ExportStates
from ecopark.export.labels import pick
from ecopark.export.xlsx_tables import (
    FMT_1,
    FMT_2,
    FMT_3,
    FMT_PCT,
    Column,
    TableInfo,
    put_text,
    write_table,
)
from ecopark.model import Park
from ecopark.symbiosis.chains import structure
from ecopark.symbiosis.withdrawal import rank_withdrawals

SYMBIOSIS_SHEETS: dict[str, tuple[str, str]] = {
    "chains": ("共生链", "Symbiosis chains"),
    "withdrawal": ("关键企业退出", "Key-plant withdrawal"),
}


def write_chains(ws: Worksheet, park: Park, scenario_id: str, lang: str) -> TableInfo:
    """One row per chain and cycle: kind, steps, the sites by name and id, the materials; under
    the table the network measures (association degree, linked firms, links per firm)."""
    st = structure(park, scenario_id)
    columns = [
        Column("no", ("序号", "No.")),
        Column("kind", ("类型", "Kind")),
        Column("steps", ("环节数", "Links")),
        Column("chain", ("共生链", "Chain")),
        Column("ids", ("企业编号", "Ids")),
        Column("materials", ("物料/能量", "Materials")),
    ]
    rows = []
    for k, c in enumerate([*st.chains, *st.cycles], start=1):
        kind = pick(("循环", "cycle") if c.cycle else ("链", "chain"), lang)
        steps = len(c.ids) if c.cycle else len(c.ids) - 1
        rows.append([k, kind, steps, c.name, " → ".join(c.ids), " | ".join(c.materials)])
    info = write_table(ws, columns, rows, lang, total_label=None, extra_widths={"chain": 40})
    row = info.last_row + 2
    measures = [
        (("企业数", "Firms"), st.firms, None),
        (("参与交换的企业", "Firms in an exchange"), st.linked_firms, None),
        (("参与交换企业占比", "Share of firms in an exchange"), st.linked_firm_share, FMT_PCT),
        (("园区关联度 (按工业增加值)", "Association degree (IAV share)"),
         None if st.association_degree_pct is None else st.association_degree_pct / 100,
         FMT_PCT),
        (("平均每企业关联数", "Mean links per firm"), st.mean_links_per_firm, FMT_2),
    ]  # fmt: skip
    for k, (label, value, fmt) in enumerate(measures):
        put_text(ws.cell(row=row + k, column=1), pick(label, lang))
        cell = ws.cell(row=row + k, column=3, value=value)
        if fmt:
            cell.number_format = fmt
    if st.truncated:
        put_text(ws.cell(row=row + len(measures), column=1),
                 pick(("仅列出前 500 条", "only the first 500 are listed"), lang))  # fmt: skip
    return info


def write_withdrawal(
    ws: Worksheet, park: Park, scenario_id: str, lang: str, states: ExportStates | None = None
) -> TableInfo:
    """Every firm and facility, most damaging withdrawal first (ranked on the export's shared
    state when ``states`` is given)."""
    columns = [
        Column("rank", ("排名", "Rank")),
        Column("id", ("编号", "Id")),
        Column("name", ("名称", "Name")),
        Column("damage", ("损害分值", "Damage"), "", FMT_1),
        Column("broken", ("中断的交换", "Broken exchanges")),
        Column("stranded", ("失去供应的用户", "Stranded consumers")),
        Column("coverage_drop", ("覆盖率下降", "Coverage drop"), "", FMT_PCT),
        Column("land_output_change", ("地均产出变化", "Land output change"),
               "亿元/km² 10⁸ RMB/km²", FMT_3),
        Column("broken_ids", ("中断交换编号", "Broken exchange ids")),
        Column("stranded_ids", ("失去供应用户编号", "Stranded consumer ids")),
    ]  # fmt: skip
    rows = [
        [
            k,
            w.id,
            w.name,
            w.damage,
            len(w.broken_exchanges),
            len(w.stranded_consumers),
            w.coverage_drop,
            w.land_output_change,
            ", ".join(w.broken_exchanges),
            ", ".join(w.stranded_consumers),
        ]
        for k, w in enumerate(
            rank_withdrawals(park, scenario_id, states.state(scenario_id) if states else None),
            start=1,
        )
    ]
    return write_table(ws, columns, rows, lang, total_label=None)
