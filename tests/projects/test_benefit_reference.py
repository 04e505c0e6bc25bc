"""The benefit runs recompute only what a project's layers can change; here every benefit (each
project and the joint plan) is checked against two full evaluations
(``ecopark.indicators.evaluate_scenario``) of parks built with and without the project's objects
by plain dictionary edits: no engine, no commands, nothing reused."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.projects.test_joint_totals import water_park
from tests.projects.work_plan_example import example_park

from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.model import Park
from ecopark.projects import Project, projects_of
from ecopark.projects.benefits import plan_benefits
from ecopark.projects.propose import propose_projects
from ecopark.storage import load_park

DEMO = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"


def _copy(park: Park) -> Park:
    out = Park(park.name, park.crs, zone_kinds=park.zone_kinds.values())
    out.settings = dict(park.settings)
    for sid, src in park.scenarios.items():
        dst = out.add_scenario(src.info)
        dst.layers = {k: dict(v) for k, v in src.layers.items()}
        dst.entered_values = dict(src.entered_values)
        assert dst.scenario_id == sid
    return out


def _without(park: Park, sid: str, projects: list[Project]) -> Park:
    out = _copy(park)
    plan, base = out.scenario(sid), out.baseline()
    for p in projects:
        for layer, oid in p.members:
            if layer in ("pipelines", "facilities", "exchanges"):
                plan.layers[layer].pop(oid, None)
            if layer == "facilities":  # its exchanges go with it (as deleting it on the map)
                for eid in [e for e, ex in plan.exchanges.items() if oid in (ex.from_id, ex.to_id)]:
                    del plan.layers["exchanges"][eid]
            elif layer == "firms" and p.kind == "boiler_replacement" and base is not None:
                firm, before = plan.firms.get(oid), base.firms.get(oid)
                if firm and before and before.boiler_count > firm.boiler_count:
                    plan.layers["firms"][oid] = firm.with_changes(
                        own_boiler=before.own_boiler, boiler_count=before.boiler_count
                    )
    return out


def _figures(r: ScenarioResult) -> dict[str, float]:
    assert r.carbon is not None
    s = r.carbon.savings
    return {
        "coverage_pp": 100.0 * (r.coverage.combined or 0.0),
        "boilers": float(r.coverage.boilers_replaced),
        "fuel_tce": s.fuel_tce,
        "so2_t": s.so2_t,
        "co2_t": s.co2_t,
        "fresh_water_m3": s.fresh_water_m3,
    }


def _ctip(r: ScenarioResult) -> dict[str, float]:
    return {row.id: row.value for row in r.ctip if row.value is not None}


def _check(park: Park, sid: str, projects: list[Project]) -> None:
    got = plan_benefits(park, sid, projects)
    with_r = evaluate_scenario(park, sid)
    cases = [(got.by_project[p.project_id], [p]) for p in projects]
    cases.append((got.joint, projects))
    for benefit, taken in cases:
        wo = evaluate_scenario(_without(park, sid, taken), sid)
        want = {k: v - _figures(wo)[k] for k, v in _figures(with_r).items()}
        # the rule of docs/work-plan.md: firms of boiler-replacement projects that the plan
        # serves with their boilers on file add their savings (with the project for one
        # project; in the run without all of them for the joint figure)
        firms = {oid for p in taken if p.kind == "boiler_replacement"
                 for layer, oid in p.members if layer == "firms"}  # fmt: skip
        credited = (wo if taken is projects else with_r).carbon
        assert credited is not None
        for s in credited.savings.by_firm:
            if s.firm_id in firms:
                want["boilers"] += park.scenario(sid).firms[s.firm_id].boiler_count
                for key in ("fuel_tce", "so2_t", "co2_t"):
                    want[key] += getattr(s, key)
        for key, value in want.items():
            assert benefit.figures[key] == pytest.approx(value, rel=1e-9, abs=1e-6), (
                benefit.project_id,
                key,
            )
        ctip_w, ctip_wo = _ctip(with_r), _ctip(wo)
        moved = {k: v - ctip_wo[k] for k, v in ctip_w.items() if k in ctip_wo}
        moved = {k: v for k, v in moved.items() if abs(v) > 1e-9}
        assert benefit.ctip_delta.keys() == moved.keys(), benefit.project_id
        for k, v in moved.items():
            assert benefit.ctip_delta[k] == pytest.approx(v, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("which", ["example", "water", "water_parallel"])
def test_benefits_equal_full_evaluations_with_and_without(which: str) -> None:
    park = {"example": example_park, "water": lambda: water_park(False),
            "water_parallel": lambda: water_park(True)}[which]()  # fmt: skip
    _check(park, "plan", projects_of(park))


@pytest.mark.skipif(not DEMO.exists(), reason="the Liaobin demo park is not built")
def test_the_liaobin_proposal_equals_full_evaluations() -> None:
    park = load_park(DEMO)
    sid = "plan2030"
    projects = projects_of(park) or propose_projects(park, sid)
    _check(park, sid, projects)
