"""The source notes of the CTIP and low-carbon tables in both languages: data with their
sources (English ``source``, Chinese ``source_zh``), the Chinese one shown in the Chinese
"what is this" pane, the English one kept for English."""

from __future__ import annotations

from worked_park import worked_park

from ecopark.indicators import evaluate_scenario
from ecopark.indicators.explain import explain_row
from ecopark.indicators.sets import custom_def, shipped_set
from english_check import english_words


def test_every_ctip_and_low_carbon_row_has_its_source_in_both_languages() -> None:
    for programme in ("ctip", "lowcarbon"):
        rows = shipped_set(programme)
        assert rows
        for row in rows:
            assert row.source and row.source_zh, (programme, row.id)
            assert not english_words(row.source_zh), (programme, row.id, row.source_zh)
    ctip = {r.id: r for r in shipped_set("ctip")}
    # the row whose English note holds a comma reads in full (the CSV field is quoted)
    assert ctip["4.7"].source.endswith("the fourth 12th FYP controlled pollutant)")


def test_the_pane_shows_the_chinese_source_in_chinese_and_the_english_one_in_english() -> None:
    park = worked_park()
    result = evaluate_scenario(park, "plan")
    ctip = {r.id: r for r in shipped_set("ctip")}
    row = next(r for r in result.ctip if r.id == "2.2")
    zh = explain_row("ctip", row, "zh_CN", park.settings)
    en = explain_row("ctip", row, "en", park.settings)
    assert zh.source == ctip["2.2"].source_zh
    assert (
        zh.source == "国家发展改革委（2012），见资料 004 表 2 第 2.2 行；按标记为重点行业的企业计算"
    )
    assert en.source == ctip["2.2"].source
    assert "来源：国家发展改革委" in zh.text("zh_CN")
    low = next(r for r in result.lowcarbon if r.id == "LC.1")
    assert explain_row("lowcarbon", low, "zh", park.settings).source.startswith("工业和信息化部")
    assert explain_row("lowcarbon", low, "en", park.settings).source.startswith("MIIT & NDRC")


def test_a_custom_indicator_without_a_source_says_so_in_chinese() -> None:
    raw = {"programme": "ctip", "id": "X.1", "how": "per_iav:energy_tce", "name_en": "Energy"}
    d = custom_def(raw)
    assert d is not None
    assert d.source == "custom indicator of this project" and d.source_zh == "本项目自定义指标"
