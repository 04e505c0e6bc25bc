"""docs/work-plan.md's worked example, computed by hand there and checked here."""

from __future__ import annotations

import pytest
from tests.projects.work_plan_example import example_park

from ecopark.projects.plan import work_plan


def test_the_hand_worked_plan() -> None:
    plan = work_plan(example_park(), "plan")
    assert not plan.proposed
    b = {pid: plan.benefits[pid].figures for pid in ("P1", "P2", "P3", "P4")}
    e = plan.economics
    # P1: the steam pipe retires A's coal boiler
    assert b["P1"]["boilers"] == 1
    assert b["P1"]["coverage_pp"] == pytest.approx(50.0)
    assert b["P1"]["fuel_tce"] == pytest.approx(282.73, abs=0.01)
    assert plan.benefits["P1"].fuel_saved["coal"] == pytest.approx(395.81, abs=0.01)
    assert b["P1"]["so2_t"] == pytest.approx(22.47, abs=0.01)
    assert b["P1"]["co2_t"] == pytest.approx(752.05, abs=0.01)
    assert e["P1"].investment_10k_rmb == pytest.approx(400.0)
    assert e["P1"].subsidy_10k_rmb == pytest.approx(40.0)
    assert e["P1"].annual_savings_10k_rmb == pytest.approx(43.25, abs=0.005)
    assert e["P1"].npv_10k_rmb == pytest.approx(-15.39, abs=0.01)
    assert e["P1"].payback_years == pytest.approx(10.21, abs=0.01)
    # P2: reclaimed water, investment typed
    assert b["P2"]["fresh_water_m3"] == pytest.approx(150_000.0)
    assert e["P2"].investment_10k_rmb == pytest.approx(150.0)
    assert e["P2"].annual_savings_10k_rmb == pytest.approx(60.0)
    assert e["P2"].npv_10k_rmb == pytest.approx(416.86, abs=0.01)
    assert e["P2"].payback_years == pytest.approx(2.50, abs=0.005)
    # P3: a symbiosis exchange reuses slag but saves no money
    assert b["P3"]["reuse_t"] == pytest.approx(5000.0)
    assert e["P3"].subsidy_10k_rmb == pytest.approx(7.25)
    assert e["P3"].npv_10k_rmb == pytest.approx(-52.84, abs=0.01)
    assert e["P3"].payback_years is None
    # P4: the boiler replacement of A claims the same saving as P1 (A keeps its boiler on file)
    assert b["P4"]["boilers"] == 1
    assert b["P4"]["fuel_tce"] == pytest.approx(282.73, abs=0.01)
    assert e["P4"].annual_savings_10k_rmb == pytest.approx(43.25, abs=0.005)
    assert e["P4"].subsidy_10k_rmb == pytest.approx(3.6)
    assert e["P4"].npv_10k_rmb == pytest.approx(392.21, abs=0.01)
    assert e["P4"].payback_years == pytest.approx(0.62, abs=0.005)
    # the plan: money summed, savings from one joint run (A's saving counted once)
    t = plan.totals
    assert t.investment_10k_rmb == pytest.approx(630.0)
    assert t.subsidy_10k_rmb == pytest.approx(58.35)
    assert t.annual_om_10k_rmb == pytest.approx(12.6)
    assert t.project_savings_sum_10k_rmb == pytest.approx(146.50, abs=0.01)
    assert t.annual_savings_10k_rmb == pytest.approx(103.25, abs=0.005)
    assert t.overlap_savings_10k_rmb == pytest.approx(-43.25, abs=0.005)
    assert t.project_npv_sum_10k_rmb == pytest.approx(740.84, abs=0.02)
    assert t.overlap_npv_10k_rmb == pytest.approx(-424.63, abs=0.02)
    assert t.npv_10k_rmb == pytest.approx(316.20, abs=0.01)
    assert t.payback_years == pytest.approx(6.31, abs=0.005)
    joint = plan.joint.figures
    assert joint["boilers"] == 1  # not 2: the pipe and the replacement share A's boiler
    assert joint["fuel_tce"] == pytest.approx(282.73, abs=0.01)
    assert joint["fresh_water_m3"] == pytest.approx(150_000.0)
    assert joint["coverage_pp"] == pytest.approx(100.0)
    assert joint["reuse_t"] == pytest.approx(5000.0)


def test_the_planners_park_is_not_touched_by_the_benefit_runs() -> None:
    park = example_park()
    before = {sid: s.snapshot() for sid, s in park.scenarios.items()}
    work_plan(park, "plan")
    assert {sid: s.snapshot() for sid, s in park.scenarios.items()} == before


def test_assumptions_are_overridden_per_park() -> None:
    park = example_park()
    park.settings["work_plan_economics"] = {"price.fresh_water": 2.0}
    plan = work_plan(park, "plan")
    assert plan.economics["P2"].annual_savings_10k_rmb == pytest.approx(30.0)
    assert plan.assumptions["price.fresh_water"].source == "set for this park"
