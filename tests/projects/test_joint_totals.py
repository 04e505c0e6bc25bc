"""Plan totals never add up project benefits: two projects that claim the same saving (a new
reclaimed-water plant and the pipe that carries its water) each show it, the plan counts it once;
two pipes either of which serves the firm each show nothing, the plan shows the saving."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point, box

from ecopark.export.workbook import build_work_plan, sheet_title
from ecopark.model import Facility, Firm, Park, Pipeline, ScenarioInfo, Zone
from ecopark.projects import Project
from ecopark.projects.model import projects_value
from ecopark.projects.plan import joint_totals, work_plan

WATER_PRICE = 4.0  # RMB/m³ (economics.json)
HOURS = 7200.0


def water_park(parallel: bool) -> Park:
    """Firm B needs 500 m³/d of reclaimed water. ``parallel``: the plant exists and two new
    pipes each join it to B; otherwise the plan builds the plant and one pipe."""
    park = Park("Joint 联合", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="现状", kind="baseline", year=2025))
    park.add("base", Zone(zone_id="Z1", name="临港", kind="lingang_industrial", industrial=True,
                          geometry=box(-1000, -1000, 2000, 2000)))  # fmt: skip
    park.add("base", Firm(firm_id="B", name="建材乙", sector="building_materials",
                          geometry=Point(500, 1000), reclaimed_water_demand_m3d=500.0,
                          iav_10k_rmb=5_000.0))  # fmt: skip
    plant = Facility(facility_id="RW", name="再生水厂", kind="reclaimed_water_plant",
                     geometry=Point(0, 1000), reclaimed_water_capacity_m3d=1000.0,
                     status="existing" if parallel else "planned")  # fmt: skip
    if parallel:
        park.add("base", plant)
    park.add_scenario(
        ScenarioInfo(scenario_id="plan", name="规划", kind="plan", year=2028), copy_from="base"
    )
    if not parallel:
        park.add("plan", plant)
    park.add("plan", Pipeline(pipeline_id="W1", medium="reclaimed_water", status="planned",
                              diameter_mm=150.0,
                              geometry=LineString([(0, 1000), (500, 1000)])))  # fmt: skip
    first = ("facilities", "RW")
    if parallel:
        park.add("plan", Pipeline(pipeline_id="W2", medium="reclaimed_water", status="planned",
                                  diameter_mm=150.0,
                                  geometry=LineString([(0, 1000), (250, 1200),
                                                       (500, 1000)])))  # fmt: skip
        first = ("pipelines", "W2")
    park.settings["projects"] = projects_value(
        [
            Project(project_id="PA", name="First", kind="facility" if not parallel else "pipeline",
                    start_year=2026, completion_year=2028, subsidy_rate=0.10,
                    investment_10k_rmb=200.0, members=(first,)),
            Project(project_id="PB", name="Pipe to B", kind="pipeline", start_year=2026,
                    completion_year=2028, subsidy_rate=0.05, investment_10k_rmb=100.0,
                    members=(("pipelines", "W1"),)),
        ]
    )  # fmt: skip
    return park


def test_two_projects_claiming_the_same_saving_count_it_once_in_the_plan() -> None:
    plan = work_plan(water_park(parallel=False), "plan")
    water = 500.0 * HOURS / 24.0  # 150 000 m³/a
    saving = water * WATER_PRICE / 1e4  # 60 (10⁴ RMB/a)
    for pid in ("PA", "PB"):  # without the plant, or without the pipe, B gets no water
        assert plan.benefits[pid].figures["fresh_water_m3"] == pytest.approx(water)
        assert plan.economics[pid].annual_savings_10k_rmb == pytest.approx(saving)
    t = plan.totals
    assert plan.joint.figures["fresh_water_m3"] == pytest.approx(water)
    assert t.project_savings_sum_10k_rmb == pytest.approx(2 * saving)
    assert t.annual_savings_10k_rmb == pytest.approx(saving)  # joint < sum
    assert t.overlap_savings_10k_rmb == pytest.approx(-saving)
    assert t.investment_10k_rmb == pytest.approx(300.0)  # money still adds up
    assert t.subsidy_10k_rmb == pytest.approx(25.0)
    net = saving - 0.02 * 300.0
    assert t.payback_years == pytest.approx((300.0 - 25.0) / net)  # 5.09 a, not 2.42 a
    annuity = (1 - 1.08**-20) / 0.08
    assert t.npv_10k_rmb == pytest.approx(-300.0 + 12.5 + 12.5 / 1.08 + net * annuity)
    assert t.npv_10k_rmb == pytest.approx(t.project_npv_sum_10k_rmb - saving * annuity)


def test_projects_that_only_deliver_together_show_a_gain_in_the_plan() -> None:
    plan = work_plan(water_park(parallel=True), "plan")
    for pid in ("PA", "PB"):  # either pipe alone serves B: each project adds nothing
        assert plan.benefits[pid].figures["fresh_water_m3"] == pytest.approx(0.0)
    t = plan.totals
    assert t.annual_savings_10k_rmb == pytest.approx(60.0)
    assert t.overlap_savings_10k_rmb == pytest.approx(60.0)


def test_the_dock_figure_from_one_run_equals_the_work_plans() -> None:
    park = water_park(parallel=False)
    full = work_plan(park, "plan").totals
    quick = joint_totals(park, "plan", list(work_plan(park, "plan").projects))
    assert quick.annual_savings_10k_rmb == pytest.approx(full.annual_savings_10k_rmb)
    assert quick.npv_10k_rmb == pytest.approx(full.npv_10k_rmb)
    assert quick.payback_years == pytest.approx(full.payback_years)


@pytest.mark.parametrize(("lang", "overlap", "gain"), [
    ("en", "Overlap between projects", "Gain only from projects together"),
    ("zh", "项目间重叠", "项目协同增量"),
])  # fmt: skip
def test_the_workbook_shows_the_overlap_and_the_joint_plan_row(
    lang: str, overlap: str, gain: str
) -> None:
    for parallel, word in ((False, overlap), (True, gain)):
        ws = build_work_plan(water_park(parallel), "plan", lang)[sheet_title("projects", lang)]
        labels = [str(ws.cell(row=r, column=1).value or "") for r in range(4, 7)]
        assert labels[0] in ("各项目之和", "Sum over projects")
        assert labels[1].startswith(word)
        assert labels[2].startswith(("方案合计", "Plan total"))
