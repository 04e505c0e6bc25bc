"""The work plan's energy-and-carbon sheet: factors, firms, facilities, zones, park, savings.

Everything a panel may question is a live formula over cells of this sheet: each firm's energy,
scope 1 and scope 2 CO₂ multiply its carriers by the factor cells at the top (edit a factor, or a
firm's coal, and every total follows); zones are SUMIFs over the firm rows; the park block adds
firms and facilities; the savings of replaced boilers are computed from the heat the park now
delivers (a value from the network allocation) and the efficiency and emission factor cells.
Definitions: docs/carbon.md. A test recalculates the sheet in LibreOffice and compares it with the
indicator engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ecopark.carbon.carriers import BOILER_FUEL_FIELD, CARRIERS
from ecopark.carbon.factors import FactorTable
from ecopark.export.labels import both, term, unit_text
from ecopark.export.xlsx_tables import (
    FMT_1,
    FMT_2,
    FMT_3,
    FMT_PCT,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    TOTAL_BORDER,
    TOTAL_FONT,
    CellWriter,
    Column,
    Formula,
    header_text,
    put,
    put_text,
    set_print_layout,
)
from ecopark.indicators.carbon import CarbonResult
from ecopark.indicators.results import ScenarioResult
from ecopark.model import Park

TITLE: tuple[str, str] = ("能源与碳排放", "Energy & carbon")

CARRIER_ZH = {
    "coal_t": "煤炭", "fuel_oil_t": "燃料油", "natural_gas_10k_m3": "天然气",
    "electricity_mwh": "外购电力", "purchased_steam_t": "外购蒸汽", "purchased_heat_gj": "外购热力",
    "renewable_electricity_mwh": "可再生电力", "biomass_t": "生物质",
}  # fmt: skip

# Firm block columns (facilities reuse the carrier and result columns).
IAV_UNIT = "万元/a 10⁴ RMB/a"
PER_IAV_UNIT = "t/万元 t/10⁴ RMB"
"""Bilingual units, so that a one-language export shows only its half (``labels.unit_text``)."""

FIRM_COLS: tuple[tuple[str, tuple[str, str], str], ...] = (
    ("id", ("编号", "Id"), ""),
    ("name", ("名称", "Name"), ""),
    ("zone", ("功能区", "Zone"), ""),
    ("iav", ("工业增加值", "IAV"), IAV_UNIT),
    ("recorded", ("有能源数据", "Recorded"), "1/0"),
    *((c.field, (CARRIER_ZH[c.field], c.label), c.unit) for c in CARRIERS),
    ("process_co2_t", ("工业过程CO₂", "Process CO₂"), "t/a"),
    ("energy", ("综合能耗", "Energy"), "tce/a"),
    ("scope1", ("直接排放", "Scope 1 CO₂"), "t/a"),
    ("scope2", ("间接排放", "Scope 2 CO₂"), "t/a"),
    ("total", ("CO₂排放合计", "Total CO₂"), "t/a"),
    ("per_iav", ("单位增加值CO₂", "CO₂ per IAV"), PER_IAV_UNIT),
    ("so2", ("SO₂排放", "SO₂"), "t/a"),
    ("cod", ("COD排放", "COD"), "t/a"),
    ("nox", ("氮氧化物", "NOx"), "t/a"),
    ("ammonia", ("氨氮", "Ammonia N"), "t/a"),
    ("primary", ("一次能源（发电煤耗法）", "Primary energy"), "tce/a"),
    ("renewable", ("可再生能源", "Renewable"), "tce/a"),
    ("non_fossil", ("非化石能源", "Non-fossil"), "tce/a"),
)
COL: dict[str, str] = {key: get_column_letter(i) for i, (key, _t, _u) in enumerate(FIRM_COLS, 1)}
TOTALLED = (
    "iav", *(c.field for c in CARRIERS), "process_co2_t", "energy", "scope1", "scope2", "total",
    "so2", "cod", "nox", "ammonia", "primary", "renewable", "non_fossil",
)  # fmt: skip


@dataclass
class CarbonSheet:
    """Where the park and savings figures landed, for the summary sheet to refer to."""

    sheet: str
    park: dict[str, str] = field(default_factory=dict)
    savings: dict[str, str] = field(default_factory=dict)


class _Writer:
    def __init__(self, ws: Worksheet, lang: str):
        self.ws = ws
        self.lang = lang
        self.row = 1
        self.cells = CellWriter(ws, lang)

    def title(self, pair: tuple[str, str]) -> None:
        cell = put_text(self.ws.cell(row=self.row, column=1), both(pair, self.lang))
        cell.font = HEADER_FONT
        self.row += 1

    def header(self, cols: list[tuple[tuple[str, str], str]], first_column: int = 1) -> None:
        for j, (pair, unit) in enumerate(cols, first_column):
            text = header_text(Column("", pair, unit), self.lang)
            cell = put_text(self.ws.cell(row=self.row, column=j), text)
            cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        self.ws.row_dimensions[self.row].height = 32
        self.row += 1

    def put_row(
        self, values: list[Any], fmts: dict[int, str] | None = None, first_column: int = 1
    ) -> int:
        r = self.row
        put_value = self.cells.put
        for j, v in enumerate(values, first_column):
            fmt = fmts[j] if fmts and j - first_column + 1 in fmts and v is not None else None
            cell = put_value(r, j, v, fmt)
            if fmt and (cell.value is None or cell.data_type == "s"):
                cell.number_format = fmt  # formatted whatever it holds, as before
        self.row += 1
        return r

    def gap(self) -> None:
        self.row += 1


def write_carbon(
    ws: Worksheet, park: Park, result: ScenarioResult, lang: str
) -> CarbonSheet | None:
    """Write the sheet; returns the cells of the park and savings totals (None: no figures)."""
    carbon = result.carbon
    if carbon is None:
        return None
    scenario_id = result.scenario_id
    w = _Writer(ws, lang)
    out = CarbonSheet(ws.title)
    f = carbon.factors
    fac = _write_factors(w, f, FACTOR_COLUMN)  # to the right of the firm table, from row 1
    w.row = 1
    scenario = park.scenario(scenario_id)
    zone_of = result.land_output.firm_zone
    firms = [scenario.firms[k] for k in sorted(scenario.firms)]
    fr = _write_sites(w, [(o, zone_of.get(o.firm_id) or "", True) for o in firms], fac, lang)
    last_letter = get_column_letter(len(FIRM_COLS))
    ws.auto_filter.ref = f"A1:{last_letter}{max(fr.last, 1)}"
    w.gap()
    w.title(("共享设施（直接排放计入园区；外购电力不计入范围二）",
             "Facilities (scope 1 counts for the park; scope 2 is the firms')"))  # fmt: skip
    facilities = [scenario.facilities[k] for k in sorted(scenario.facilities)]
    kinds = [both(term("facility_kind", o.kind), lang) for o in facilities]
    ar = _write_sites(w, [(o, k, False) for o, k in zip(facilities, kinds, strict=True)], fac, lang)
    w.gap()
    _write_zones(w, carbon, fr)
    w.gap()
    out.park = _write_park(w, fr, ar)
    w.gap()
    out.savings = _write_savings(w, carbon, fac)
    ws.freeze_panes = "C2"
    set_print_layout(ws, len(FIRM_COLS))
    for j, (key, _t, _u) in enumerate(FIRM_COLS, 1):
        ws.column_dimensions[get_column_letter(j)].width = 24 if key == "name" else 14
    for j, width in enumerate((30, 40, 10, 14, 60, 8), FACTOR_COLUMN):
        ws.column_dimensions[get_column_letter(j)].width = width
    return out


FACTOR_COLUMN = len(FIRM_COLS) + 2
"""The factor table stands to the right of the firm table (one empty column between)."""


def _write_factors(w: _Writer, f: FactorTable, column: int) -> dict[str, str]:
    """The factor table (editable: the sheet's formulas read these cells); returns key ->
    absolute cell of its value."""
    heads = (("采用的因子（可修改，全表随之重算）", "Factor used (edit: the sheet recalculates)"),
             ("说明", "Meaning"), ("数值", "Value"), ("单位", "Unit"), ("来源", "Source"),
             ("年份", "Year"))  # fmt: skip
    w.header([(h, "") for h in heads], column)
    value_col = get_column_letter(column + 2)
    cells: dict[str, str] = {}
    for row in f.used_rows():
        label, unit, source = row.words(w.lang)
        r = w.put_row([row.key, label, row.value, unit, source, row.year], None, column)
        cells[row.key] = f"${value_col}${r}"
    cells["grid"] = cells[f"grid_t_per_mwh.{f.region}"]
    return cells


@dataclass(frozen=True)
class _Rows:
    first: int
    last: int
    total: int | None


def _site_formulas(r: int, fac: dict[str, str], firm: bool) -> dict[str, Formula]:
    c = {k: f"{COL[k]}{r}" for k in COL}
    tce = {x.field: fac[x.tce_factor] for x in CARRIERS}
    gen = fac["electricity_generation_tce_per_mwh"]
    energy = "+".join(f"{c[x.field]}*{tce[x.field]}" for x in CARRIERS)
    scope1 = (
        "+".join(
            f"{c[x.field]}*{fac[x.co2_factor]}"
            for x in CARRIERS
            if x.co2_factor and x.kind not in ("grid", "bought")
        )
        + f"+{c['process_co2_t']}"
    )
    scope2 = (
        f"{c['electricity_mwh']}*{fac['grid']}+{c['purchased_steam_t']}*"
        f"{fac['purchased_steam_t_per_t']}+{c['purchased_heat_gj']}*{fac['purchased_heat_t_per_gj']}"
    )
    fuels = "+".join(
        f"{c[x.field]}*{tce[x.field]}" for x in CARRIERS if x.primary_factor == x.tce_factor
    )
    elec = f"({c['electricity_mwh']}+{c['renewable_electricity_mwh']})*{gen}"
    renewable = f"{c['renewable_electricity_mwh']}*{gen}+{c['biomass_t']}*{tce['biomass_t']}"
    return {
        "energy": Formula(f"={energy}"),
        "scope1": Formula(f"={scope1}"),
        "scope2": Formula(f"={scope2}" if firm else "=0"),
        "total": Formula(f"={c['scope1']}+{c['scope2']}"),
        "per_iav": Formula(f'=IF(AND({c["recorded"]}=1,{c["iav"]}>0),{c["total"]}/{c["iav"]},"")'),
        "primary": Formula(f"={fuels}+{elec}"),
        "renewable": Formula(f"={renewable}"),
        "non_fossil": Formula(
            f"={c['renewable']}+{c['electricity_mwh']}*{gen}*{fac['grid_non_fossil_share']}"
        ),
    }


def _write_sites(
    w: _Writer, sites: list[tuple[Any, str, bool]], fac: dict[str, str], lang: str
) -> _Rows:
    w.header([(t, u) for _k, t, u in FIRM_COLS])
    first = w.row
    fmts = {i: FMT_1 for i in range(4, len(FIRM_COLS) + 1)}
    fmts[COL_INDEX["per_iav"]] = FMT_3
    fmts[COL_INDEX["recorded"]] = "0"
    for obj, zone, firm in sites:
        r = w.row
        formulas = _site_formulas(r, fac, firm)
        rec = any(getattr(obj, x.field) is not None for x in CARRIERS) or (
            obj.process_co2_t is not None
        )
        values: dict[str, Any] = {
            "id": obj.id,
            "name": obj.name,
            "zone": zone,
            "iav": obj.iav_10k_rmb if firm else None,
            "recorded": 1 if rec else 0,
            "process_co2_t": obj.process_co2_t,
            "so2": _t(getattr(obj, "so2_kg", None)),
            "cod": _t(getattr(obj, "cod_kg", None)),
            "nox": _t(obj.nox_kg),
            "ammonia": _t(obj.ammonia_kg),
            **{x.field: getattr(obj, x.field) for x in CARRIERS},
            **formulas,
        }
        if not firm:
            values["per_iav"] = None
        w.put_row([values[k] for k, _t2, _u in FIRM_COLS], fmts)
    last = w.row - 1
    if last < first:
        return _Rows(first, last, None)
    r = w.row
    put_text(w.ws.cell(row=r, column=1), "合计" if lang == "zh" else "Total")
    for key in TOTALLED:
        j = COL_INDEX[key]
        cell = w.ws.cell(row=r, column=j)
        cell.value = Formula(f"=SUM({COL[key]}{first}:{COL[key]}{last})")
        cell.number_format = FMT_1
    for j in range(1, len(FIRM_COLS) + 1):
        w.ws.cell(row=r, column=j).font = TOTAL_FONT
        w.ws.cell(row=r, column=j).border = TOTAL_BORDER
    w.row += 1
    return _Rows(first, last, r)


COL_INDEX: dict[str, int] = {key: i for i, (key, _t, _u) in enumerate(FIRM_COLS, 1)}


def _t(kg: float | None) -> float | None:
    return None if kg is None else kg / 1000.0


def _rng(rows: _Rows, key: str) -> str:
    return f"${COL[key]}${rows.first}:${COL[key]}${max(rows.last, rows.first)}"


def _write_zones(w: _Writer, carbon: CarbonResult, fr: _Rows) -> None:
    w.title(("功能区", "Zones (their firms)"))
    keys = ("energy", "scope1", "scope2", "total", "so2", "nox")
    w.header([(("编号", "Id"), ""), (("有数据企业增加值", "IAV of firms recorded"), IAV_UNIT),
              *((t, u) for k, t, u in FIRM_COLS if k in keys),
              (("单位增加值CO₂", "CO₂ per IAV"), PER_IAV_UNIT)])  # fmt: skip
    fmts = {j: FMT_1 for j in range(2, len(keys) + 3)}
    fmts[len(keys) + 3] = FMT_3
    for zid in carbon.zones:
        r = w.row
        z = f'"{zid}"'
        zone_rng = _rng(fr, "zone")
        iav = Formula(f"=SUMIFS({_rng(fr, 'iav')},{zone_rng},{z},{_rng(fr, 'recorded')},1)")
        sums = [Formula(f"=SUMIF({zone_rng},{z},{_rng(fr, k)})") for k in keys]
        total_col = get_column_letter(2 + keys.index("total") + 1)
        per = Formula(f'=IF(B{r}>0,{total_col}{r}/B{r},"")')
        w.put_row([zid, iav, *sums, per], fmts)


def _write_park(w: _Writer, fr: _Rows, ar: _Rows) -> dict[str, str]:
    w.title(("园区", "Park"))
    w.header([(("指标", "Figure"), ""), (("数值", "Value"), ""), (("单位", "Unit"), "")])

    def tot(key: str, rows: _Rows) -> str:
        return f"{COL[key]}{rows.total}" if rows.total is not None else "0"

    def both_sum(key: str) -> str:
        return f"{tot(key, fr)}+{tot(key, ar)}"

    cells: dict[str, str] = {}
    r0 = w.row
    recorded_iav = f"SUMPRODUCT({_rng(fr, 'iav')},{_rng(fr, 'recorded')})"
    per_iav = f'=IFERROR(B{r0 + 3}/{recorded_iav},"")' if fr.total is not None else '=""'
    spec: list[tuple[str, tuple[str, str], str, str, str]] = [
        ("energy_tce", ("综合能耗（企业+设施）", "Energy (firms + facilities)"), "tce/a",
         f"={both_sum('energy')}", FMT_1),
        ("scope1_t", ("直接排放（范围一）", "Scope 1 CO₂"), "t/a", f"={both_sum('scope1')}", FMT_1),
        ("scope2_t", ("间接排放（范围二，企业）", "Scope 2 CO₂ (firms)"), "t/a",
         f"={tot('scope2', fr)}", FMT_1),
        ("total_t", ("CO₂排放合计", "Total CO₂"), "t/a", f"=B{r0 + 1}+B{r0 + 2}", FMT_1),
        ("per_iav_t_per_10k_rmb", ("单位工业增加值CO₂（CTIP 4.8）", "CO₂ per IAV (CTIP 4.8)"),
         PER_IAV_UNIT, per_iav, FMT_3),
        ("per_tce_t", ("单位能耗CO₂", "CO₂ per tce"), "t/tce", f'=IFERROR(B{r0 + 3}/B{r0},"")',
         FMT_3),
        ("non_fossil_share", ("非化石能源占比（CTIP 5.2）", "Non-fossil share (CTIP 5.2)"), "%",
         f'=IFERROR(({both_sum("non_fossil")})/({both_sum("primary")}),"")', FMT_PCT),
        ("renewable_share", ("可再生能源占比（CTIP 5.3）", "Renewable share (CTIP 5.3)"), "%",
         f'=IFERROR(({both_sum("renewable")})/({both_sum("primary")}),"")', FMT_PCT),
        ("so2_t", ("SO₂排放量", "SO₂"), "t/a", f"={tot('so2', fr)}", FMT_1),
        ("cod_t", ("COD排放量", "COD"), "t/a", f"={tot('cod', fr)}", FMT_1),
        ("nox_t", ("氮氧化物排放量", "NOx"), "t/a", f"={both_sum('nox')}", FMT_1),
        ("ammonia_t", ("氨氮排放量", "Ammonia nitrogen"), "t/a", f"={both_sum('ammonia')}", FMT_1),
    ]  # fmt: skip
    for key, label, unit, formula, fmt in spec:
        shown = "" if fmt == FMT_PCT else unit_text(unit, w.lang)  # the % format already says "%"
        r = w.put_row([both(label, w.lang), Formula(formula), shown], {2: fmt})
        cells[key] = f"$B${r}"
    return cells


def _write_savings(w: _Writer, carbon: CarbonResult, fac: dict[str, str]) -> dict[str, str]:
    s = carbon.savings
    w.title(("集中供热替代小锅炉的节约（减去热电厂为其多烧的煤）",
             "Savings of replaced boilers (net of the coal the CHP burns for them)"))  # fmt: skip
    cols = [
        (("企业", "Firm"), ""), (("锅炉燃料", "Boiler fuel"), ""), (("锅炉效率", "Efficiency"), ""),
        (("园区供热量", "Heat delivered"), "GJ/a"), (("少烧燃料", "Own fuel saved"),
         "吨或万立方米 t or 10⁴ m³"),
        (("热电厂耗煤", "CHP coal"), "t/a"), (("节能", "Fuel saved"), "tce/a"),
        (("SO₂减排", "SO₂ avoided"), "t/a"), (("NOx减排", "NOx avoided"), "t/a"),
        (("CO₂减排", "CO₂ avoided"), "t/a"),
    ]  # fmt: skip
    w.header(cols)
    first = w.row
    tce_key = {x.field: x.tce_factor for x in CARRIERS}
    co2_key = {x.field: x.co2_factor for x in CARRIERS}
    gj = fac["gj_per_tce"]
    fmts = {3: FMT_2, 4: FMT_1, 5: FMT_1, 6: FMT_1, 7: FMT_1, 8: FMT_1, 9: FMT_1, 10: FMT_1}
    for row in s.by_firm:
        r = w.row
        name = BOILER_FUEL_FIELD[row.boiler_fuel]
        own = Formula(f"=D{r}/C{r}/{gj}/{fac[tce_key[name]]}")
        chp = Formula(f"=D{r}/{fac['chp_boiler_efficiency']}/{gj}/{fac['coal_tce_per_t']}")
        fuel = Formula(f"=D{r}/C{r}/{gj}-D{r}/{fac['chp_boiler_efficiency']}/{gj}")
        so2 = Formula(
            f"=(E{r}*{fac[f'so2_kg_per_t.{row.boiler_fuel}']}-F{r}*{fac['chp_so2_kg_per_t']})/1000"
        )
        nox = Formula(
            f"=(E{r}*{fac[f'nox_kg_per_t.{row.boiler_fuel}']}-F{r}*{fac['chp_nox_kg_per_t']})/1000"
        )
        co2 = Formula(f"=E{r}*{fac[co2_key[name]]}-F{r}*{fac['coal_co2_t_per_t']}")  # type: ignore[index]
        fuel_word = both(term("boiler_fuel", row.boiler_fuel), w.lang)
        w.put_row([row.firm_id, fuel_word, row.boiler_efficiency, row.heat_gj, own, chp,
                   fuel, so2, nox, co2], fmts)  # fmt: skip
    last = w.row - 1
    r = w.row
    cells: dict[str, str] = {}
    put_text(w.ws.cell(row=r, column=1), "合计" if w.lang == "zh" else "Total")
    for j, key in ((7, "fuel_tce"), (8, "so2_t"), (9, "nox_t"), (10, "co2_t")):
        letter = get_column_letter(j)
        cell = w.ws.cell(row=r, column=j)
        cell.value = Formula(f"=SUM({letter}{first}:{letter}{last})") if last >= first else 0
        cell.number_format = FMT_1
        cell.font = TOTAL_FONT
        cells[key] = f"${letter}${r}"
    cells["boilers_replaced"] = f"$B${r}"
    put(w.ws.cell(row=r, column=2), s.boilers_replaced)
    w.row += 2
    w.header(
        [
            (("再生水替代新鲜水", "Reclaimed water replacing fresh water"), ""),
            (("供水量", "Delivered"), "m³/d"),
            (("节约新鲜水", "Fresh water saved"), "m³/a"),
        ]
    )
    hours = fac["operating_hours_per_year"]
    per_day = s.fresh_water_m3 * 24.0 / carbon.factors["operating_hours_per_year"]
    r = w.row
    w.put_row([both(("再生水", "Reclaimed water"), w.lang), per_day,
               Formula(f"=B{r}*{hours}/24")], {2: FMT_1, 3: FMT_1})  # fmt: skip
    cells["fresh_water_m3"] = f"$C${r}"
    return cells


__all__ = ["TITLE", "CarbonSheet", "write_carbon"]


SUMMARY_ROWS: tuple[tuple[str, str, tuple[str, str], str, str], ...] = (
    ("savings", "fuel_tce", ("  替代小锅炉节能", "  Fuel saved by replaced boilers"), "tce/a",
     FMT_1),
    ("savings", "so2_t", ("  替代小锅炉SO₂减排", "  SO₂ avoided"), "t/a", FMT_1),
    ("savings", "nox_t", ("  替代小锅炉NOx减排", "  NOx avoided"), "t/a", FMT_1),
    ("savings", "co2_t", ("  替代小锅炉CO₂减排", "  CO₂ avoided"), "t/a", FMT_1),
    ("savings", "fresh_water_m3", ("再生水节约新鲜水", "Fresh water saved by reclaimed water"),
     "m³/a", FMT_1),
    ("park", "total_t", ("CO₂排放合计", "Total CO₂"), "t/a", FMT_1),
    ("park", "per_iav_t_per_10k_rmb", ("单位工业增加值CO₂", "CO₂ per IAV"), PER_IAV_UNIT, FMT_3),
    ("park", "per_tce_t", ("单位能耗CO₂", "CO₂ per tce"), "t/tce", FMT_3),
)  # fmt: skip


def summary_rows(sheet: CarbonSheet | None) -> list[Any]:
    """Rows for the summary sheet (label, formula, unit, format, source) pointing at this sheet."""
    if sheet is None:
        return []
    from openpyxl.utils import quote_sheetname

    src = ("能源与碳排放表", "Energy & carbon sheet")
    rows = []
    for block, key, label, unit, fmt in SUMMARY_ROWS:
        cell = getattr(sheet, block)[key]
        rows.append((label, Formula(f"={quote_sheetname(sheet.sheet)}!{cell}"), unit, fmt, src))
    return rows
