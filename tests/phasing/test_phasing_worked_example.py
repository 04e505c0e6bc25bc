"""docs/phasing.md "Worked example": every figure of the page, computed by the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from phased_park import PLAN, p1_in_project, phased_park, same_figures

from ecopark.indicators import evaluate_scenario
from ecopark.phasing import (
    Timeline,
    effective_years,
    milestone_years,
    scenario_in_year,
    targets_by_year,
)
from ecopark.phasing.years import register_completion_years, unregister_completion_years

DOC = Path(__file__).resolve().parents[2] / "docs" / "phasing.md"


@pytest.fixture
def projects():
    register_completion_years(p1_in_project)
    yield
    unregister_completion_years(p1_in_project)


def test_effective_years_follow_the_four_rules(projects) -> None:
    years = effective_years(phased_park(), PLAN)
    assert years == {
        ("zones", "Z1"): 2025,
        ("firms", "F1"): 2027,
        ("firms", "F2"): 2026,
        ("firms", "F3"): 2028,
        ("pipelines", "P1"): 2027,
        ("exchanges", "X1"): 2028,
    }


def test_without_projects_the_pipe_waits_for_the_plan_year() -> None:
    assert effective_years(phased_park(), PLAN)[("pipelines", "P1")] == 2028


@pytest.mark.parametrize(
    ("year", "firms", "iav", "land_output"),
    [
        (2025, {"F1": 80_000.0}, 80_000.0, 8.0),
        (2026, {"F1": 80_000.0, "F2": 50_000.0}, 130_000.0, 13.0),
        (2027, {"F1": 100_000.0, "F2": 50_000.0}, 150_000.0, 15.0),
        (2028, {"F1": 100_000.0, "F2": 50_000.0, "F3": 30_000.0}, 180_000.0, 18.0),
    ],
)
def test_the_park_in_each_year(projects, year, firms, iav, land_output) -> None:
    park = phased_park()
    scenario = scenario_in_year(park, PLAN, year)
    assert {k: f.iav_10k_rmb for k, f in scenario.firms.items()} == firms
    assert ("P1" in scenario.layers["pipelines"]) == (year >= 2027)
    assert ("X1" in scenario.exchanges) == (year >= 2028)
    timeline = Timeline(park, PLAN)
    timeline.set_year(year)
    result = timeline.result()
    assert result.land_output.iav_on_industrial_10k_rmb == pytest.approx(iav)
    assert result.land_output.park_value == pytest.approx(land_output)
    assert f"**{land_output:.1f}**" in DOC.read_text(encoding="utf-8")


def test_targets_by_year_run_straight_from_the_baseline(projects) -> None:
    park = phased_park()
    park.settings["targets"] = {PLAN: [{"programme": "hj274", "id": "2.1", "value": 18,
                                        "year": 2028}]}  # fmt: skip
    assert milestone_years(park, PLAN) == [2026, 2027, 2028]
    table = targets_by_year(park, PLAN)
    (row,) = table.rows
    assert row.baseline_value == pytest.approx(8.0)
    goals = [c.target for c in row.cells]
    assert goals == pytest.approx([8 + 10 / 3, 8 + 20 / 3, 18.0])
    assert [c.value for c in row.cells] == pytest.approx([13.0, 15.0, 18.0])
    assert [c.met for c in row.cells] == [True, True, True]
    doc = DOC.read_text(encoding="utf-8")
    assert "11.33" in doc and "14.67" in doc


def test_the_plan_year_is_the_plan_itself(projects) -> None:
    park = phased_park()
    timeline = Timeline(park, PLAN)
    timeline.set_year(2025)
    timeline.set_year(2028)
    assert timeline.scenario.snapshot()["layers"] == park.scenario(PLAN).snapshot()["layers"]
    assert same_figures(timeline.result().to_json(), evaluate_scenario(park, PLAN).to_json())
