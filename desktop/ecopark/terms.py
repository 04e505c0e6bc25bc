"""Domain vocabulary in English and Chinese, as planners say it, without Qt.

The UI translates its own sentences with Qt's ``tr``; but the words that come from the model
(zone kinds, media, sectors, facility kinds, statuses, field labels, units, HJ 274 indicator
names) are data, used by the UI *and* by Qt-free exports (the Excel work plan has bilingual
headers). Keeping them here, keyed by the model's own codes, gives one spelling everywhere.
Zone-kind labels are read from :data:`ecopark.model.kinds.BUILTIN_ZONE_KINDS` so the two can
never disagree.

Use :func:`label` for one language, :func:`bilingual` for "中文 / English" headers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from ecopark.model.kinds import BUILTIN_ZONE_KINDS, ZoneKind

LANGUAGES: tuple[str, ...] = ("en", "zh")

Pair = tuple[str, str]
"""(English, Chinese)."""

MEDIA: dict[str, Pair] = {
    "heat": ("Heat (hot water)", "供热（热水）"),
    "steam_hp": ("HP steam", "高压蒸汽"),
    "steam_mp": ("MP steam", "中压蒸汽"),
    "steam_lp": ("LP steam", "低压蒸汽"),
    "reclaimed_water": ("Reclaimed water", "再生水"),
}

SECTORS: dict[str, Pair] = {
    "power": ("Power generation", "电力"),
    "petrochemical": ("Petrochemical", "石化"),
    "chemical": ("Chemical", "化工"),
    "steel": ("Iron and steel", "钢铁"),
    "nonferrous": ("Non-ferrous metals", "有色金属"),
    "cement": ("Cement", "水泥"),
    "building_materials": ("Building materials", "建材"),
    "brewery": ("Brewery", "啤酒"),
    "food": ("Food processing", "食品"),
    "sugar": ("Sugar refining", "制糖"),
    "alcohol": ("Alcohol", "酒精"),
    "paper": ("Pulp and paper", "造纸"),
    "pharmaceutical": ("Pharmaceutical", "医药"),
    "textile": ("Textile", "纺织"),
    "equipment": ("Equipment manufacturing", "装备制造"),
    "electronics": ("Electronics", "电子"),
    "logistics": ("Logistics", "物流"),
    "port": ("Port operations", "港口"),
    "services": ("Services", "服务业"),
    "other": ("Other", "其他"),
}

FACILITY_KINDS: dict[str, Pair] = {
    "chp": ("Combined heat and power (CHP) plant", "热电联产电厂"),
    "energy_centre": ("Central energy supply centre", "集中供能中心"),
    "wwtp": ("Wastewater treatment plant", "污水处理厂"),
    "reclaimed_water_plant": ("Reclaimed-water plant", "再生水厂"),
    "solid_waste_centre": ("Solid-waste recycling centre", "固废综合利用中心"),
    "desalination_plant": ("Seawater desalination plant", "海水淡化厂"),
}

STATUSES: dict[str, Pair] = {
    "existing": ("Existing", "现状"),
    "planned": ("Planned", "规划"),
}

LAYINGS: dict[str, Pair] = {
    "": ("Park default", "园区默认"),
    "rack": ("On racks", "架空"),
    "buried": ("Buried", "直埋"),
}

SCENARIO_KINDS: dict[str, Pair] = {
    "baseline": ("Baseline (current state)", "现状基准"),
    "plan": ("Plan", "规划方案"),
    "monitoring": ("Monitoring (actual values of a year)", "监测（年度实际值）"),
}

CORRIDOR_KINDS: dict[str, Pair] = {
    "road": ("Road", "道路"),
    "utility": ("Utility corridor", "综合管廊"),
}

LAYERS: dict[str, Pair] = {
    "zones": ("Zones", "功能分区"),
    "firms": ("Firms", "企业"),
    "facilities": ("Shared facilities", "共享设施"),
    "pipelines": ("Pipelines", "管线"),
    "corridors": ("Corridors", "廊道"),
    "plots": ("Plots", "地块"),
    "exchanges": ("Symbiosis exchanges", "共生交换"),
}

POINT_SERVICES: dict[str, Pair] = {
    "wastewater": ("Wastewater treatment", "污水集中处理"),
    "solid_waste": ("Solid-waste recycling", "固废综合利用"),
}

FIGURES: dict[str, Pair] = {
    "land_output": ("Land output", "土地产出率"),
    "coverage": ("Shared-infrastructure coverage", "基础设施共享覆盖率"),
    "space_score": ("Space-optimization score", "空间优化评分"),
    "iav": ("Industrial added value", "工业增加值"),
    "iav_per_mu": ("IAV per mu", "亩均工业增加值"),
    "iav_class": ("IAV {} ×10⁸ RMB", "工业增加值 {} 亿元"),
    "industrial_land": ("Industrial land", "工业用地"),
    "boilers_replaced": ("Small boilers replaced", "替代小锅炉"),
    "eip": ("Eco-industrial park", "生态工业园区"),
    "ctip": ("Circular transformation of industrial parks", "园区循环化改造"),
    "hj274": ("HJ 274-2009 evaluation", "HJ 274-2009 评价"),
}

SPACE_COMPONENTS: dict[str, Pair] = {
    "symbiosis_proximity": ("Symbiosis proximity", "共生邻近度"),
    "zoning_compatibility": ("Zoning compatibility", "功能分区相容性"),
    "land_use_intensity": ("Land-use intensity", "土地集约利用"),
    "idle_land": ("Idle industrial land", "闲置工业用地"),
    "investment_intensity": ("Investment intensity", "投资强度"),
    "output_per_area": ("Output per area", "地均产出"),
}
"""Keys of ``SpaceScore.components`` (ecopark.indicators.space)."""

STATUS_WORDS: dict[str, Pair] = {
    "pass": ("Pass", "达标"),
    "fail": ("Fail", "未达标"),
    "entered": ("Entered", "手工填报"),
    "insufficient_data": ("Insufficient data", "数据不足"),
    "available": ("Available", "具备"),
}


_NOTES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(f"^{pattern}$"), zh)
    for pattern, zh in (
        (r"(\d+) firms", "{0} 家企业"),
        (r"([\d.,]+) km² industrial land", "工业用地 {0} km²"),
        (r"(\d+) of (\d+) firms recorded it", "{1} 家企业中 {0} 家有记录"),
        (r"(\d+) of (\d+) firms recorded both", "{1} 家企业中 {0} 家两项均有记录"),
        (r"entered by the user; meets the requirement", "用户填报；达到要求"),
        (r"entered by the user; does not meet the requirement", "用户填报；未达到要求"),
        (r"enter this value \(the map cannot derive it\)", "请填写此值（无法由地图推算）"),
        (r"no employees recorded", "未记录从业人数"),
        (r"no industrial land", "无工业用地"),
        (r"no firm recorded this quantity", "没有企业记录此项数据"),
        (r"firms that recorded it have no IAV", "有记录的企业无工业增加值"),
        (r"no firm recorded both quantities", "没有企业同时记录两项数据"),
        (r"nothing generated", "产生量为零"),
        (r"not recorded in both the baseline and this scenario", "现状基准与本方案未同时记录"),
        (r"baseline total is zero", "现状基准总量为零"),
        (r"IAV does not change from the baseline", "工业增加值较现状基准无变化"),
        (
            r"quantity ([+-][\d.]+%), IAV ([+-][\d.]+%) vs baseline",
            "较现状基准：总量 {0}，工业增加值 {1}",
        ),
        (
            r"quantity ([+-][\d.]+%), IAV ([+-][\d.]+%) vs baseline \(some firms not recorded\)",
            "较现状基准：总量 {0}，工业增加值 {1}（部分企业未记录）",
        ),
        (r"IAV used as output value", "以工业增加值作为产出值"),
        (r"the park has no baseline scenario", "园区没有现状基准方案"),
        (r"this is the baseline scenario", "本方案即现状基准"),
        # issue 15: annual-rate elasticities, CTIP, low-carbon rows, space-score reasons
        (r"IAV did not grow \(([+-][\d.]+%)\): not met", "工业增加值未增长（{0}）：不达标"),
        (
            r"quantity ([+-][\d.]+%)/a, IAV ([+-][\d.]+%)/a over (\d+) years",
            "{2} 年年均增速：总量 {0}，工业增加值 {1}",
        ),
        (
            r"quantity ([+-][\d.]+%)/a, IAV ([+-][\d.]+%)/a over (\d+) years "
            r"\(some firms not recorded\)",
            "{2} 年年均增速：总量 {0}，工业增加值 {1}（部分企业未记录）",
        ),
        (r"this scenario's year is not after the baseline year", "本方案年份不晚于现状基准年份"),
        (
            r"(\d+) of (\d+) firms recorded it; IAV used as output value",
            "{1} 家企业中 {0} 家有记录；以工业增加值作为产出值",
        ),
        (r"(\d+) of (\d+) firms", "{1} 家企业中 {0} 家"),
        (r"(\d+) of (\d+) firms take part in an exchange", "{1} 家企业中 {0} 家参与共生交换"),
        (r"no firm is flagged as key industrial sector", "没有企业标记为重点行业"),
        (r"no firms", "没有企业"),
        (r"total is zero", "总量为零"),
        (r"no IAV", "无工业增加值"),
        (r"entered by the user", "用户填报"),
        (
            r"needs the energy and carbon results \(energy and carbon module not available\)",
            "需要能源与碳排放计算结果（能源与碳模块不可用）",
        ),
        (r"from the energy and carbon results", "来自能源与碳排放计算结果"),
        (r"needs the energy and carbon results", "需要能源与碳排放计算结果"),
        (r"no firm recorded energy carriers or this emission", "没有企业记录能源品种或此项排放"),
        (r"not in the energy and carbon results", "能源与碳排放计算结果中没有此项"),
        (r"no energy use or CO₂ recorded", "未记录能耗或二氧化碳排放"),
        (r"no CO₂ or no IAV", "无二氧化碳排放或无工业增加值"),
        (r"([\d,]+) t CO₂ / ([\d,]+) tce", "{0} 吨二氧化碳 / {1} 吨标煤"),
        (r"([\d,]+) t CO₂", "{0} 吨二氧化碳"),
        (
            r"applies to parks using ([\d,]+)-([\d,inf]+) tce/a; this one uses ([\d,]+)",
            "适用于年综合能耗 {0}-{1} 吨标煤的园区；本园区为 {2}",
        ),
        (
            r"no symbiosis exchanges: a park without symbiosis scores 0",
            "无共生交换：无共生的园区此项得 0 分",
        ),
        (r"no firm on industrial land with a plot area", "工业用地上没有填报用地面积的企业"),
        (
            r"no industrial land outside roads, corridors and facility sites",
            "扣除道路、廊道和设施用地后无工业用地",
        ),
        (
            r"no firm on industrial land recorded fixed-asset investment",
            "工业用地上没有企业填报固定资产投资",
        ),
        (
            r"no MLR 2008 reference values: enter them per industry code or sector "
            r"\(space_params.investment_min, 10\^4 RMB/ha, MLR 2008 Table 1 for the park's "
            r"region class; not shipped\)",
            "缺少《工业项目建设用地控制指标》(2008) 投资强度参考值：请按行业代码或行业填写"
            "（space_params.investment_min，万元/公顷，按园区所在地区分类；软件未附带）",
        ),
        (
            r"no exchange in a unit that converts to mass or energy \((.*)\)",
            "没有可折算为质量或能量的交换（{0}）",
        ),
    )
)
"""The notes the indicator engine writes beside a figure (ecopark.indicators.hj274, assemble),
as patterns: the engine stays language-free and the views translate what they show."""


def translate_note(note: str, language: str | None) -> str:
    """An indicator note in ``language``; a note without a known pattern comes back unchanged."""
    if normalise_language(language) != "zh" or not note:
        return note
    for pattern, zh in _NOTES:
        match = pattern.match(note)
        if match:
            return zh.format(*match.groups())
    return note


@dataclasses.dataclass(frozen=True)
class IndicatorTerm:
    """One HJ 274 or CTIP indicator: its names and units in both languages."""

    indicator_id: str
    name_en: str
    name_zh: str
    unit_en: str
    unit_zh: str


def _ind(iid: str, en: str, zh: str, unit_en: str, unit_zh: str) -> IndicatorTerm:
    return IndicatorTerm(iid, en, zh, unit_en, unit_zh)


def _sup(unit: str) -> str:
    return unit.replace("10^4", "10⁴").replace("10^8", "10⁸")


def _indicator_terms(programme: str) -> dict[str, IndicatorTerm]:
    """Names and units of a programme's rows, from its shipped table (indicators/data)."""
    import csv
    from importlib import resources

    path = resources.files("ecopark").joinpath("indicators", "data", f"{programme}.csv")
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return {
        r["id"]: _ind(r["id"], r["name_en"], r["name_zh"], _sup(r["unit"]), r["unit_zh"])
        for r in rows
    }


HJ274: dict[str, IndicatorTerm] = _indicator_terms("hj274")
"""HJ 274-2009 (as amended 2012), Table 1 of the sector-integrated standard, numbered as seed 004
prints it (land output 2.1, material rows 2.2-2.9, 4.0)."""

CTIP: dict[str, IndicatorTerm] = _indicator_terms("ctip")
"""CTIP (园区循环化改造) Table 2 of seed 004: the twenty-two rows."""

LOWCARBON: dict[str, IndicatorTerm] = _indicator_terms("lowcarbon")
"""Low-carbon pilot (seed 004 §3.3.3) and zero-carbon park rows."""

UNITS: dict[str, str] = {
    "year": "年",  # year in service (issue 17)
    "MPa": "兆帕",
    "°C": "摄氏度",
    "W/(m·K)": "瓦/(米·开)",
    "m²": "平方米",
    "m": "米",
    "mm": "毫米",
    "km": "公里",
    "km²": "平方公里",
    "ha": "公顷",
    "mu": "亩",
    "persons": "人",
    "units": "台",
    "10⁴ RMB": "万元",
    "10⁴ RMB/a": "万元/年",
    "10⁸ RMB": "亿元",
    "10⁸ RMB/km²": "亿元/平方公里",
    "10⁴ RMB/mu": "万元/亩",
    "tce": "吨标煤",
    "tce/a": "吨标煤/年",
    "t/a": "吨/年",
    "t/d": "吨/日",
    "t/h": "吨/小时",
    "kg/a": "千克/年",
    "m³/a": "立方米/年",
    "m³/d": "立方米/日",
    "MW": "兆瓦",
    "GJ/a": "吉焦/年",
    "MWh/a": "兆瓦时/年",
    "10⁴ m³/a": "万立方米/年",
    "0-1": "0-1",
    "10^4 RMB": "万元",
    "10^8 RMB": "亿元",
    "10^4 RMB/person": "万元/人",
    "10⁴ RMB/person": "万元/人",
    "10^8 RMB/km²": "亿元/平方公里",
    "tce/10^4 RMB": "吨标煤/万元",
    "tce/10⁴ RMB": "吨标煤/万元",
    "m³/10^4 RMB": "立方米/万元",
    "m³/10⁴ RMB": "立方米/万元",
    "t/10^4 RMB": "吨/万元",
    "t/10⁴ RMB": "吨/万元",
    "kg/10^4 RMB": "千克/万元",
    "kg/10⁴ RMB": "千克/万元",
    "issue/year": "期/年",
    "RMB/km²": "元/平方公里",
    "RMB/tce": "元/吨标煤",
    "RMB/m³": "元/立方米",
    "RMB/t": "元/吨",
    "tce/RMB": "吨标煤/元",
    "m³/RMB": "立方米/元",
    "t/RMB": "吨/元",
    "t": "吨",
    "tce/t": "吨标煤/吨",
    "tCO₂/tce": "吨二氧化碳/吨标煤",
    "tCO₂/10^4 RMB": "吨二氧化碳/万元",
    "10^4 RMB/mu": "万元/亩",
    "tce/mu": "吨标煤/亩",
    "kg/mu": "千克/亩",
    "%": "%",
    "-": "-",
    "": "",
}
"""Units as the model writes them (``ecopark.model.fields`` metadata) -> Chinese."""

FIELD_LABELS_ZH: dict[str, str] = {
    "zone_id": "分区编号",
    "firm_id": "企业编号",
    "facility_id": "设施编号",
    "pipeline_id": "管线编号",
    "corridor_id": "廊道编号",
    "plot_id": "地块编号",
    "exchange_id": "交换编号",
    "from_id": "来源（企业或设施编号）",
    "to_id": "去向（企业或设施编号）",
    "name": "名称",
    "kind": "类型",
    "industrial": "工业用地",
    "sector": "行业",
    "status": "状态",
    "medium": "介质",
    "material": "物料",
    "quantity": "数量",
    "unit": "单位",
    "diameter_mm": "管径",
    "plot_area_m2": "用地面积",
    "floor_area_m2": "建筑面积",
    "building_footprint_m2": "建筑基底面积",
    "admin_area_m2": "行政办公及生活服务设施用地面积",
    "green_area_m2": "绿地面积",
    "employees": "从业人数",
    "iav_10k_rmb": "工业增加值",
    "energy_tce": "综合能耗",
    "fresh_water_m3": "新鲜水用量",
    "water_reused_m3": "重复用水量",
    "wastewater_t": "工业废水产生量",
    "solid_waste_t": "工业固体废物产生量",
    "solid_waste_reused_t": "工业固体废物综合利用量",
    "solid_waste_disposed_t": "工业固体废物处置量",
    "byproduct_intake_t": "副产品接收能力",
    "cod_kg": "COD排放量",
    "so2_kg": "SO₂排放量",
    "own_boiler": "自备小锅炉",
    "boiler_count": "小锅炉台数",
    "heat_demand_mw": "热负荷需求",
    "steam_hp_demand_tph": "高压蒸汽需求",
    "steam_mp_demand_tph": "中压蒸汽需求",
    "steam_lp_demand_tph": "低压蒸汽需求",
    "reclaimed_water_demand_m3d": "再生水需求",
    "heat_supply_mw": "余热供应",
    "steam_hp_supply_tph": "高压蒸汽供应",
    "steam_mp_supply_tph": "中压蒸汽供应",
    "steam_lp_supply_tph": "低压蒸汽供应",
    "reclaimed_water_supply_m3d": "再生水供应",
    "fixed_asset_investment_10k_rmb": "固定资产投资",
    "tax_10k_rmb": "税收",
    "mineral_resources_t": "主要矿产资源消耗量",
    "key_sector": "重点行业企业",
    "wastewater_recycled_t": "工业废水回用量",
    "wastewater_discharged_t": "工业废水排放量",
    "solid_waste_handled_t": "工业固体废物处理量",
    "cleaner_production_audit": "已开展清洁生产审核",
    "green_certified_floor_m2": "绿色建筑认证面积",
    "year_in_service": "投运年份",  # issue 17 (ecopark.phasing)
    "industry_code": "国民经济行业代码",
    "heat_capacity_mw": "供热能力",
    "steam_hp_capacity_tph": "高压蒸汽供应能力",
    "steam_mp_capacity_tph": "中压蒸汽供应能力",
    "steam_lp_capacity_tph": "低压蒸汽供应能力",
    "reclaimed_water_capacity_m3d": "再生水供应能力",
    "wastewater_capacity_m3d": "污水处理能力",
    "solid_waste_capacity_tpd": "固废处理能力",
    "service_radius_m": "服务半径",
    "steam_hp_min_mpa": "高压蒸汽最低压力",
    "steam_mp_min_mpa": "中压蒸汽最低压力",
    "steam_lp_min_mpa": "低压蒸汽最低压力",
    "steam_hp_outlet_mpa": "高压蒸汽出口压力",
    "steam_hp_outlet_c": "高压蒸汽出口温度",
    "steam_mp_outlet_mpa": "中压蒸汽出口压力",
    "steam_mp_outlet_c": "中压蒸汽出口温度",
    "steam_lp_outlet_mpa": "低压蒸汽出口压力",
    "steam_lp_outlet_c": "低压蒸汽出口温度",
    "heat_supply_c": "热水供水温度",
    "insulation_mm": "保温层厚度",
    "insulation_w_mk": "保温材料导热系数",
    "laying": "敷设方式（架空或直埋）",
    "coal_t": "煤炭消费量",
    "fuel_oil_t": "燃料油消费量",
    "natural_gas_10k_m3": "天然气消费量",
    "electricity_mwh": "外购电网电力",
    "purchased_steam_t": "外购蒸汽（非园区管网）",
    "purchased_heat_gj": "外购热力（非园区管网）",
    "renewable_electricity_mwh": "自发可再生能源电力",
    "biomass_t": "生物质消费量",
    "process_co2_t": "工业过程CO₂排放量",
    "nox_kg": "氮氧化物排放量",
    "ammonia_kg": "氨氮排放量",
    "boiler_fuel": "自备锅炉燃料",
    "boiler_efficiency": "自备锅炉效率",
    "geometry": "几何图形",
}
"""Chinese labels of model fields, keyed by field name; English comes from field metadata."""

BOILER_FUELS: dict[str, Pair] = {
    "": ("(from the firm's carriers)", "（按企业能源品种推定）"),
    "coal": ("Coal", "煤"),
    "fuel_oil": ("Fuel oil", "燃料油"),
    "natural_gas": ("Natural gas", "天然气"),
    "biomass": ("Biomass", "生物质"),
}

_TABLES: dict[str, Mapping[str, Pair]] = {
    "boiler_fuel": BOILER_FUELS,
    "medium": MEDIA,
    "sector": SECTORS,
    "facility_kind": FACILITY_KINDS,
    "status": STATUSES,
    "laying": LAYINGS,
    "scenario_kind": SCENARIO_KINDS,
    "corridor_kind": CORRIDOR_KINDS,
    "layer": LAYERS,
    "point_service": POINT_SERVICES,
    "figure": FIGURES,
    "space_component": SPACE_COMPONENTS,
    "status_word": STATUS_WORDS,
}
PROGRAMME_TERMS: dict[str, dict[str, IndicatorTerm]] = {
    "hj274": HJ274,
    "ctip": CTIP,
    "lowcarbon": LOWCARBON,
}
CATEGORIES: tuple[str, ...] = ("zone_kind", *_TABLES, *PROGRAMME_TERMS, "unit")


def normalise_language(language: str | None) -> str:
    """'zh', 'zh_CN', 'zh-Hans-CN' -> 'zh'; anything else (None, 'en_US', 'C') -> 'en'."""
    if language and language.replace("-", "_").lower().startswith("zh"):
        return "zh"
    return "en"


def _pick(pair: Pair, language: str | None) -> str:
    return pair[1] if normalise_language(language) == "zh" else pair[0]


def zone_kind_label(
    kind: str | ZoneKind, language: str | None, zone_kinds: Mapping[str, ZoneKind] | None = None
) -> str:
    """Label of a zone kind, built-in or declared by the park (``park.zone_kinds``)."""
    if isinstance(kind, str):
        table = zone_kinds if zone_kinds is not None else BUILTIN_ZONE_KINDS
        found = table.get(kind) or BUILTIN_ZONE_KINDS.get(kind)
        if found is None:
            return kind
        kind = found
    return _pick(
        (kind.label_en or kind.kind, kind.label_zh or kind.label_en or kind.kind), language
    )


def label(category: str, key: str, language: str | None = "en") -> str:
    """The word for ``key`` (a model code such as "steam_hp") in ``category`` and language.

    An unknown key comes back unchanged, so user-defined codes still show.
    """
    if category == "zone_kind":
        return zone_kind_label(key, language)
    if category in PROGRAMME_TERMS:
        term = PROGRAMME_TERMS[category].get(key)
        if term is None:
            return key
        return _pick((term.name_en, term.name_zh), language)
    if category == "unit":
        return unit_label(key, language)
    if category not in _TABLES:
        raise KeyError(f"unknown term category {category!r}; known: {', '.join(CATEGORIES)}")
    pair = _TABLES[category].get(key)
    return key if pair is None else _pick(pair, language)


def unit_label(unit: str, language: str | None) -> str:
    """Units stay symbolic in English; in Chinese the planner's wording (万元, 吨标煤/年)."""
    if normalise_language(language) == "zh":
        return UNITS.get(unit, unit)
    return unit


def indicator_unit(category: str, key: str, language: str | None) -> str:
    term = PROGRAMME_TERMS.get(category, CTIP).get(key)
    if term is None:
        return ""
    return _pick((term.unit_en, term.unit_zh), language)


def field_label(cls: type, field_name: str, language: str | None) -> str:
    """Label of a model field: English from its metadata, Chinese from :data:`FIELD_LABELS_ZH`."""
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    english = (
        str(fields[field_name].metadata.get("label") or field_name)
        if (field_name in fields)
        else field_name
    )
    if normalise_language(language) == "zh":
        return FIELD_LABELS_ZH.get(field_name, english)
    return english


def bilingual(zh: str, en: str, sep: str = " / ") -> str:
    """One header for a bilingual table: "中文 / English" (the order Chinese panels expect)."""
    if not en or zh == en:
        return zh or en
    return f"{zh}{sep}{en}"


def bilingual_label(category: str, key: str, sep: str = " / ") -> str:
    return bilingual(label(category, key, "zh"), label(category, key, "en"), sep)


__all__ = [
    "CATEGORIES",
    "CTIP",
    "FIELD_LABELS_ZH",
    "HJ274",
    "IndicatorTerm",
    "LANGUAGES",
    "bilingual",
    "bilingual_label",
    "field_label",
    "indicator_unit",
    "label",
    "normalise_language",
    "translate_note",
    "unit_label",
    "zone_kind_label",
]
