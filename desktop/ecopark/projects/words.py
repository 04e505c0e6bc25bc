"""The work plan's own words in both languages (project kinds, owner, benefit names, section
titles), kept beside the package like :mod:`ecopark.terms` keeps the model's vocabulary: exports
and the UI pick a language with :func:`word`."""

from __future__ import annotations

from ecopark import terms

_WORDS: dict[str, tuple[str, str]] = {
    # project kinds
    "kind.pipeline": ("Pipeline", "管线工程"),
    "kind.facility": ("Facility", "设施工程"),
    "kind.boiler_replacement": ("Boiler replacement", "小锅炉替代"),
    "kind.symbiosis": ("Symbiosis", "共生链接"),
    "kind.measure": ("Measure", "管理措施"),
    "owner.park_committee": ("Park management committee", "园区管委会"),
    # name parts
    "name.pipeline": ("{medium} pipeline, {place}, {km:.1f} km", "{place}{medium}管线 {km:.1f} km"),
    "name.facility": ("{facility}, {place}", "{place}{facility}"),
    "name.boiler_replacement": (
        "Boiler replacement, {place}, {count} boiler(s)",
        "{place}小锅炉替代 {count} 台",
    ),
    "name.symbiosis": ("{material} from {source} to {sink}", "{source}至{sink}{material}利用"),
    "name.measure": ("Measure {n}", "管理措施 {n}"),
    "place.park": ("park", "园区"),
    # benefits
    "benefit.coverage_pp": ("Coverage of supply (percentage points)", "集中供给覆盖率（百分点）"),
    "benefit.boilers": ("Small boilers replaced", "替代小锅炉（台）"),
    "benefit.fuel_tce": ("Fuel saved (tce/a)", "节约燃料（tce/a）"),
    "benefit.so2_t": ("SO₂ avoided (t/a)", "减排 SO₂（t/a）"),
    "benefit.co2_t": ("CO₂ avoided (t/a)", "减排 CO₂（t/a）"),
    "benefit.fresh_water_m3": ("Fresh water saved (m³/a)", "节约新鲜水（m³/a）"),
    "benefit.land_output": ("Land output (10⁴ RMB/km²)", "土地产出率（万元/km²）"),
    "benefit.reuse_t": ("By-products reused (t/a)", "副产物利用（t/a）"),
    # plan totals (benefits are not additive: the plan's figure is computed jointly)
    "total.projects": ("Sum over projects", "各项目之和"),
    "total.overlap": (
        "Overlap between projects (claimed more than once)",
        "项目间重叠（同一效益被多个项目计入）",
    ),
    "total.synergy": (
        "Gain only from projects together",
        "项目协同增量（仅共同实施时产生）",
    ),
    "total.plan": (
        "Plan total (all projects together, computed jointly)",
        "方案合计（全部项目共同实施，联合计算）",
    ),
    "note.joint": (
        "Each project's benefit is the plan with it minus without it, so projects can claim the "
        "same saving. The plan's savings, NPV and payback come from one joint run (the plan "
        "without every project), not from the sum; investment and subsidy are summed.",
        "各项目效益为有无该项目之差，不同项目可能计入同一效益。方案的年节约、净现值和回收期按全部"
        "项目联合计算（去掉全部项目后一次比较），不是各项目之和；投资和补贴为各项目之和。",
    ),
    # safeguards
    "safeguard.organisation": ("Organisation", "组织保障"),
    "safeguard.policy": ("Policy", "政策保障"),
    "safeguard.funding": ("Funding", "资金保障"),
    "safeguard.monitoring": ("Monitoring", "监测考核"),
}


def word(key: str, language: str | None = "en") -> str:
    """The word for ``key`` in ``language`` (en or zh/zh_CN); the key itself when unknown."""
    pair = _WORDS.get(key)
    if pair is None:
        return key
    return pair[1] if terms.normalise_language(language) == "zh" else pair[0]


def bilingual_word(key: str) -> str:
    """ "中文 English" for the bilingual workbook headers."""
    return f"{word(key, 'zh')} {word(key, 'en')}"
