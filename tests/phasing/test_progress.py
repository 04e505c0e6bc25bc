"""The annual progress report (issue 17 point 6): a monitoring scenario of 2027 on the worked
example of docs/phasing.md, judged against that year's targets; the CLI's ``progress`` object."""

from __future__ import annotations

import json

import pytest
from phased_park import PLAN, monitored_park

from ecopark.cli import main
from ecopark.model import Park
from ecopark.phasing import progress_report
from ecopark.phasing.years import ProjectYear, register_project_list, unregister_project_list
from ecopark.storage import save_park


def projects(park: Park) -> list[ProjectYear]:
    return [ProjectYear("PR1", "MP steam main", 2027), ProjectYear("PR2", "East block", 2028)]


@pytest.fixture
def with_projects():
    register_project_list(projects)
    yield
    unregister_project_list(projects)


def test_progress_against_the_targets_of_the_year(with_projects) -> None:
    rep = progress_report(monitored_park(), "m2027")
    assert rep.plan_id == PLAN and rep.year == 2027
    land, per_capita = rep.rows
    # land output: 8 + (18 - 8) x 2/3 = 14.67 to reach; 150,000 / 1 km² / 10^4 = 15.0 reached
    assert land.target == pytest.approx(8 + 10 * 2 / 3)
    assert land.actual == pytest.approx(15.0) and land.met is True
    # IAV per capita: baseline 80,000 / 850 = 94.12; 2027 target 94.12 + (100 - 94.12) x 2/3;
    # actual 150,000 / 1,700 = 88.24: not met
    base = 80_000 / 850
    assert per_capita.target == pytest.approx(base + (100 - base) * 2 / 3)
    assert per_capita.actual == pytest.approx(150_000 / 1_700) and per_capita.met is False
    assert (rep.met, rep.total, rep.share_met) == (1, 2, 0.5)
    assert rep.second_tranche_due is False
    assert [p.project_id for p in rep.projects_completed] == ["PR1"] and rep.projects_total == 2
    # planned: F1 (changed), F2, F3, P1, X1; in service by 2027: F1, F2
    assert (rep.objects_in_service, rep.objects_planned) == (2, 5)


def test_the_second_tranche_is_due_at_ninety_percent() -> None:
    park = monitored_park()
    park.settings["targets"][PLAN].pop()  # only the land output target, met
    rep = progress_report(park, "m2027")
    assert rep.share_met == 1.0 and rep.second_tranche_due is True


def test_a_plan_has_no_progress_report() -> None:
    with pytest.raises(Exception, match="not a monitoring scenario"):
        progress_report(monitored_park(), PLAN)


def test_cli_json_gains_a_progress_object(tmp_path, capsys) -> None:
    path = tmp_path / "m.gpkg"
    save_park(monitored_park(), path)
    assert main(["evaluate", str(path), "--scenario", "m2027", "--json"]) == 0
    progress = json.loads(capsys.readouterr().out)["progress"]
    assert set(progress) == {
        "monitoring_scenario", "year", "plan_scenario", "targets", "targets_met",
        "targets_total", "targets_without_data", "share_met", "second_tranche_threshold",
        "second_tranche_due", "projects_completed", "projects_total",
        "planned_objects_in_service", "planned_objects",
    }  # fmt: skip
    assert progress["share_met"] == 0.5 and progress["second_tranche_due"] is False
    assert progress["targets"][0]["target_this_year"] == pytest.approx(14.6667, abs=1e-4)
    assert main(["evaluate", str(path), "--scenario", PLAN, "--json"]) == 0
    by_year = json.loads(capsys.readouterr().out)["targets_by_year"]
    assert by_year["years"] == [2026, 2027, 2028]
    assert by_year["met_by_year"]["2028"] == {"met": 1, "total": 2}
