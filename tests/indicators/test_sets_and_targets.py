"""Indicator sets as data (overrides, custom rows) and targets (docs/indicators.md §4-§5)."""

from __future__ import annotations

import pytest
from worked_park import worked_park

from ecopark.commands import CommandStack, ReplaceObjects, SetParkSetting
from ecopark.indicators import IndicatorEngine, evaluate_scenario
from ecopark.indicators.targets import example_targets


def test_a_project_threshold_override_changes_the_verdict_and_undo_restores_it() -> None:
    park = worked_park()
    engine = IndicatorEngine(park)
    assert engine.result("plan").hj274_row("2.1").status == "fail"  # 5 < 9
    stack = CommandStack(park)
    stack.push(SetParkSetting("indicator_overrides", {"hj274": {"2.1": 4.5}}))  # a province's
    row = engine.result("plan").hj274_row("2.1")
    assert (row.threshold, row.status) == (4.5, "pass")
    stack.undo()
    assert engine.result("plan").hj274_row("2.1").status == "fail"


def test_a_custom_indicator_over_existing_quantities() -> None:
    park = worked_park()
    park.settings["custom_indicators"] = [
        {"programme": "hj274", "id": "X.1", "name_en": "Tax per IAV", "name_zh": "单位增加值税收",
         "unit": "-", "how": "per_iav:tax_10k_rmb", "comparator": ">=", "threshold": 0.05},
        {"programme": "hj274", "id": "X.2", "how": "per_iav:not_a_field"},  # ignored
    ]  # fmt: skip
    rows = {r.id: r for r in evaluate_scenario(park, "plan").hj274}
    assert rows["X.1"].value == pytest.approx(8_000 / 80_000) and rows["X.1"].status == "pass"
    assert "X.2" not in rows


def test_table_a2_example_sets_ship_with_their_sources() -> None:
    tianjin = {t.indicator_id: t for t in example_targets("tianjin_etdz")}
    assert tianjin["1.3"].value == 50_000 and tianjin["1.3"].change_pct == 25
    assert tianjin["2.3"].value == pytest.approx(7.6e-4) and "typo" in tianjin["2.3"].note
    rizhao = {t.indicator_id: t for t in example_targets("rizhao_etdz")}
    assert rizhao["2.3"].value is None and rizhao["2.3"].change_pct == -30
    assert rizhao["2.1"].value == pytest.approx(7.5e-5)


def test_ninety_percent_of_targets_met_releases_the_second_tranche() -> None:
    park = worked_park()
    targets = [{"programme": "ctip", "id": i, "value": v}
               for i, v in (("1.3", 60_000), ("1.4", 1_500), ("5.1", 60), ("3.2", 25),
                            ("1.1", 900), ("1.2", 4e8), ("3.1", 80), ("2.3", 6e-4),
                            ("2.4", 7e-4), ("2.1", 1.4e-5))]  # fmt: skip
    park.settings["targets"] = {"plan": targets}
    a = evaluate_scenario(park, "mon").attainment
    assert (a.met, a.total, a.share_met, a.second_tranche_due) == (9, 10, 0.9, True)
    targets[0]["value"] = 70_000  # 1.3 now missed too: 8 of 10
    a = evaluate_scenario(park, "mon").attainment
    assert (a.share_met, a.second_tranche_due) == (0.8, False)


def test_a_target_without_data_counts_as_not_met() -> None:
    park = worked_park()
    park.settings["targets"] = {
        "plan": [
            {"programme": "ctip", "id": "5.1", "value": 50},
            {"programme": "ctip", "id": "5.3", "value": 10},
            {"programme": "lowcarbon", "id": "LC.4", "value": 10},
        ]
    }
    for f in ("F1", "F2"):
        firm = park.scenario("plan").firms[f]
        ReplaceObjects("plan", [firm.with_changes(green_certified_floor_m2=None)]).redo(park)
    r = evaluate_scenario(park, "plan")
    assert (r.attainment.met, r.attainment.no_data, r.attainment.total) == (1, 1, 3)
