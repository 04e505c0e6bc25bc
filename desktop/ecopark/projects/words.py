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
