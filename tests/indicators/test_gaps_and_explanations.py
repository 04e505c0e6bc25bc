"""The gap of a failing land output, the one rule for entered rows and the "what is this" text,
all Qt-free (docs/indicators.md §1.1, §4.5 and §4.6)."""

from __future__ import annotations

import pytest
from ind_parks import firm, park_with, zone

from ecopark.indicators import Hj274Row, evaluate_scenario
from ecopark.indicators.explain import (
    explain_component,
    explain_row,
    explain_zone,
    land_gap_text,
)
from ecopark.indicators.gaps import land_gap, row_gap, zone_gap
from ecopark.indicators.params import SPACE_COMPONENTS
from ecopark.indicators.sets import PROGRAMMES, indicator_set
from ecopark.indicators.verdicts import tally, verdict


def test_hand_worked_land_gap_of_docs_section_1_1() -> None:
    # 1 km² with IAV 50,400 x 10^4 RMB: 5.04 x 10^8 RMB/km² against 9
    gap = land_gap(5.04, 9.0, 1.0, 50_400.0)
    assert gap is not None
    assert gap.iav_needed_10k_rmb == pytest.approx(90_000)  # 9 x 1 x 10^4
    assert gap.extra_iav_10k_rmb == pytest.approx(39_600)  # 3.96 x 10^8 RMB more
    assert gap.extra_iav_pct == pytest.approx(78.571, abs=1e-3)
    assert gap.land_meeting_km2 == pytest.approx(0.56)  # 5.04 / 9
    assert gap.release_km2 == pytest.approx(0.44)
    assert gap.release_mu == pytest.approx(660.0, abs=0.01)  # 440,000 m² / 666.67
    zh = land_gap_text(gap, "zh_CN")
    assert "39,600 万元" in zh and "3.96 亿元" in zh and "0.440 平方公里" in zh and "660 亩" in zh
    assert land_gap(9.0, 9.0, 1.0, 90_000.0) is None  # meeting it: no gap


def test_a_failing_zone_of_a_park_gets_its_gap() -> None:
    park = park_with(
        zone("Z1", "harbor", 0, 0, 1000, 1000),  # 1 km²
        firm("F1", 100, 100, iav_10k_rmb=30_000),
        firm("F2", 500, 500, iav_10k_rmb=20_400),
    )
    z1 = evaluate_scenario(park, "plan").land_output.zones[0]
    assert z1.land_output == pytest.approx(5.04) and z1.passes is False
    gap = zone_gap(z1, 9.0)
    assert gap is not None and gap.extra_iav_10k_rmb == pytest.approx(39_600)
    text = explain_zone(z1, 9.0, "en").text("en")
    assert "IAV must rise by 39,600" in text and "releasing 0.440 km²" in text


def _row(status: str, meets: bool | None, value: float | None = 1.0) -> Hj274Row:
    return Hj274Row("x", "x", "", value, 2.0, ">=", status, meets)  # type: ignore[arg-type]


def test_entered_rows_count_by_their_value_the_same_everywhere() -> None:
    rows = [
        _row("pass", True),
        _row("fail", False),
        _row("entered", True),
        _row("entered", False),
        _row("entered", None),  # a yes/no without threshold: shown, not judged
        _row("insufficient_data", None, None),
        _row("no_target", None),
    ]
    t = tally(rows)
    assert (t.passed, t.failed, t.no_data, t.not_judged) == (2, 2, 1, 2)
    assert (t.entered, t.entered_passed, t.entered_failed) == (3, 1, 1)
    assert t.judged == 4 and t.total == len(rows)
    assert verdict(rows[2]) == "pass" and verdict(rows[3]) == "fail"


def test_a_failing_row_says_how_far_it_is() -> None:
    below = Hj274Row("2.2", "Energy", "tce/10^4 RMB", 0.8, 0.5, "<=", "fail", False)
    gap = row_gap(below)
    assert gap is not None and gap.change == pytest.approx(-0.3)
    assert "fall by 0.300" in explain_row("hj274", below, "en").gap
    assert "降低 0.300" in explain_row("hj274", below, "zh").gap


@pytest.mark.parametrize("programme", PROGRAMMES)
def test_every_shipped_row_has_a_definition_formula_and_source(programme: str) -> None:
    for spec in indicator_set(programme):
        row = Hj274Row(spec.id, spec.name_en, spec.unit, None, spec.threshold,
                       ">=", "insufficient_data", None)  # fmt: skip
        for lang in ("en", "zh"):
            e = explain_row(programme, row, lang)
            assert e.definition and e.formula and e.source, (programme, spec.id, lang)
            assert "{" not in e.definition + e.formula  # every placeholder filled
        assert spec.name_zh in explain_row(programme, row, "zh").title


def test_every_space_component_is_explained_with_its_weight() -> None:
    park = park_with(zone("Z1", "harbor", 0, 0, 1000, 1000), firm("F1", 100, 100))
    space = evaluate_scenario(park, "plan").space
    for name in SPACE_COMPONENTS:
        e = explain_component(space, name, "zh")
        assert e.definition and e.formula and e.source
        assert dict(e.inputs)["权重"].startswith("1 / 6")
    # no exchanges: symbiosis proximity scored 0 and the pane says why, in Chinese
    why = dict(explain_component(space, "symbiosis_proximity", "zh").inputs)["计 0 分原因"]
    assert "共生" in why


def test_the_chinese_explanation_of_hj274_rows_and_components_has_no_english_words() -> None:
    import re

    # codes, document paths and math, as the Chinese walk test allows
    allowed = {"HJ", "CTIP", "MLR", "COD", "NaN", "docs", "indicators", "carbon", "md"}
    allowed |= {"CAGR", "ref", "max", "min"}
    park = park_with(zone("Z1", "harbor", 0, 0, 1000, 1000), firm("F1", 100, 100))
    space = evaluate_scenario(park, "plan").space
    texts = [explain_component(space, n, "zh") for n in SPACE_COMPONENTS]
    for spec in indicator_set("hj274"):
        row = Hj274Row(spec.id, spec.name_en, spec.unit, 1.0, spec.threshold, ">=", "pass", True)
        texts.append(explain_row("hj274", row, "zh"))
    for e in texts:
        said = " ".join([e.title, e.definition, e.formula, e.requirement, e.source])
        words = set(re.findall(r"[A-Za-z]{3,}", said)) - allowed
        assert not words, (e.title, words)
