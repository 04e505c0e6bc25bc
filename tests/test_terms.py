"""The bilingual domain vocabulary: every model code has a Chinese and an English word, and the
words agree with the model's own labels (the UI, the Excel headers and the .ts all use them)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from ecopark import terms
from ecopark.model import kinds, objects

CJK = re.compile(r"[\u4e00-\u9fff]")

VOCABULARIES = [
    ("medium", kinds.MEDIA),
    ("sector", kinds.SECTORS),
    ("facility_kind", kinds.FACILITY_KINDS),
    ("status", kinds.PIPELINE_STATUSES),
    ("scenario_kind", kinds.SCENARIO_KINDS),
    ("corridor_kind", kinds.CORRIDOR_KINDS),
    ("point_service", tuple(kinds.POINT_SERVICE_KINDS.values())),
]


@pytest.mark.parametrize(("category", "codes"), VOCABULARIES, ids=[c for c, _ in VOCABULARIES])
def test_every_model_code_has_a_chinese_and_an_english_word(category, codes):
    for code in codes:
        zh, en = terms.label(category, code, "zh_CN"), terms.label(category, code, "en")
        assert CJK.search(zh), f"{category} {code}: {zh!r} is not Chinese"
        assert en != code and not CJK.search(en), f"{category} {code}: English {en!r}"


def test_planner_wording_of_the_words_the_mission_names():
    assert terms.label("zone_kind", "harbor", "zh") == "港口区"
    assert terms.label("zone_kind", "lingang_industrial", "zh") == "临港工业区"
    assert terms.label("zone_kind", "city", "zh") == "城区"
    assert terms.label("medium", "steam_hp", "zh") == "高压蒸汽"
    assert terms.label("medium", "steam_mp", "zh") == "中压蒸汽"
    assert terms.label("medium", "steam_lp", "zh") == "低压蒸汽"
    assert terms.label("medium", "reclaimed_water", "zh") == "再生水"
    assert terms.label("facility_kind", "chp", "zh") == "热电联产电厂"
    assert terms.label("figure", "iav", "zh") == "工业增加值"
    assert terms.unit_label("10⁸ RMB/km²", "zh") == "亿元/平方公里"
    assert terms.indicator_unit("hj274", "2.1", "zh") == "亿元/平方公里"


def test_zone_kind_words_are_the_model_labels():
    for kind in kinds.BUILTIN_ZONE_KINDS.values():
        assert terms.label("zone_kind", kind.kind, "zh") == kind.label_zh
        assert terms.label("zone_kind", kind.kind, "en") == kind.label_en


def test_a_park_declared_zone_kind_uses_its_own_labels():
    custom = kinds.ZoneKind("chem_cluster", True, "Chemical cluster", "化工集中区")
    table = {**kinds.BUILTIN_ZONE_KINDS, "chem_cluster": custom}
    assert terms.zone_kind_label("chem_cluster", "zh", table) == "化工集中区"
    assert terms.zone_kind_label(custom, "en") == "Chemical cluster"
    assert terms.zone_kind_label("nobody_knows", "zh") == "nobody_knows"


def test_every_labelled_model_field_has_a_chinese_label_and_a_known_unit():
    for cls in (*objects.SPATIAL_TYPES, objects.Exchange):
        for f in dataclasses.fields(cls):
            if not f.metadata.get("label"):
                continue
            zh = terms.field_label(cls, f.name, "zh")
            assert CJK.search(zh), f"{cls.__name__}.{f.name} has no Chinese label"
            assert terms.field_label(cls, f.name, "en") == f.metadata["label"]
            unit = str(f.metadata.get("unit", ""))
            assert unit in terms.UNITS, f"{cls.__name__}.{f.name}: unit {unit!r} untranslated"


def test_hj274_table_has_the_24_rows_of_the_seed_in_both_languages():
    assert len(terms.HJ274) == 24  # seed 004 Table 1, with 4.0; 1.2 removed in 2012
    assert list(terms.HJ274)[:2] == ["1.1", "2.1"] and list(terms.HJ274)[-1] == "4.5"
    assert "4.0" in terms.HJ274
    for row in terms.HJ274.values():
        assert CJK.search(row.name_zh) and not CJK.search(row.name_en)
    assert terms.label("hj274", "2.8", "zh") == "工业用水重复利用率"
    assert len(terms.CTIP) == 22 and terms.label("ctip", "5.1", "zh") == "园区产业关联度"


def test_language_codes_and_unknown_keys():
    assert terms.normalise_language("zh_CN") == "zh"
    assert terms.normalise_language("zh-Hans-CN") == "zh"
    assert terms.normalise_language("en_US") == "en"
    assert terms.normalise_language(None) == "en"
    assert terms.label("sector", "basket_weaving", "zh") == "basket_weaving"
    with pytest.raises(KeyError, match="unknown term category"):
        terms.label("colour", "red", "zh")


def test_bilingual_headers_put_chinese_first_and_do_not_repeat_identical_words():
    assert terms.bilingual_label("medium", "steam_lp") == "低压蒸汽 / LP steam"
    assert terms.bilingual("%", "%") == "%"


def test_the_indicator_engine_speaks_only_words_the_table_translates():
    """Row ids, units and notes of a real evaluation all have Chinese (the panel and the
    exports show them): a new note or unit in the engine fails here until it is added."""
    from ecopark.indicators import evaluate_scenario
    from factories import small_park

    park = small_park()
    for sid in park.scenarios:
        result = evaluate_scenario(park, sid)
        for row in result.hj274:
            assert row.id in terms.HJ274
            assert CJK.search(terms.unit_label(row.unit, "zh")) or row.unit in ("%", "-")
            if row.note:
                assert CJK.search(terms.translate_note(row.note, "zh")), row.note
        for row in result.ctip:
            assert row.id in terms.CTIP
            assert terms.unit_label(row.unit, "zh") == terms.indicator_unit("ctip", row.id, "zh")
            assert CJK.search(terms.translate_note(row.note, "zh")), row.note
        for component in result.space.components:
            assert CJK.search(terms.label("space_component", component, "zh")), component
        for note in result.space.notes.values():
            assert CJK.search(terms.translate_note(note, "zh")), note
        for row in result.lowcarbon:
            assert CJK.search(terms.translate_note(row.note, "zh")), row.note


def test_notes_keep_their_numbers_in_chinese():
    assert terms.translate_note("7 of 9 firms recorded it", "zh") == "9 家企业中 7 家有记录"
    assert (
        terms.translate_note("quantity -12.7%, IAV +36.2% vs baseline", "zh")
        == "较现状基准：总量 -12.7%，工业增加值 +36.2%"
    )
    assert terms.translate_note("7 of 9 firms recorded it", "en") == "7 of 9 firms recorded it"
    assert terms.translate_note("something new", "zh") == "something new"
