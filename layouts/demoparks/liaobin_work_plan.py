"""The Liaobin plan's work plan (issue 17): grouped projects with phased years, per-project
subsidy rates, safeguard texts and a three-year baseline history.

Demo data: the projects are the automatic proposal (ecopark.projects.propose) phased over the
three plan years; the subsidy rates are taken from the range of seed 004 Table A1 (2.3-14.5 %);
the history scales the baseline's own totals by a plausible growth path. A real park types these.
"""

from __future__ import annotations

from ecopark.indicators import evaluate_scenario
from ecopark.model import Park
from ecopark.projects.model import HISTORY_SETTING, SAFEGUARDS_SETTING, projects_value
from ecopark.projects.propose import propose_projects

SUBSIDY_RATES = (0.085, 0.145, 0.060, 0.023, 0.120, 0.100, 0.050, 0.090)
"""Per-project subsidy rates within seed 004 Table A1's range (2.3-14.5 %, 8.5 % on average)."""

SAFEGUARDS = {
    "organisation": (
        "成立由管委会主任任组长的生态工业园区建设领导小组，下设办公室负责项目调度、年度考核与信息"
        "报送。"
    ),
    "policy": (
        "将集中供热覆盖范围内的小锅炉纳入淘汰计划；新入园项目须接入园区蒸汽与再生水管网。"
    ),
    "funding": (
        "园区设立循环化改造专项资金，争取中央财政补助（按项目核定比例，批复时拨付一半，目标完成"
        "90%后拨付其余）。"
    ),
    "monitoring": "重点企业能源与水计量在线监测，每年编制实施进展报告并对照年度目标考核。",
}
"""Safeguard texts as a Chinese park types them (the planner's own words, printed as typed)."""

GROWTH = {2020: 0.82, 2021: 0.88, 2022: 0.94}
"""Baseline-history scale of the baseline year's totals (demo path, about 6 % a year)."""


def add_work_plan(park: Park, plan_id: str = "plan2030") -> None:
    result = evaluate_scenario(park, plan_id)
    proposed = propose_projects(park, plan_id, language="zh", result=result)
    plan_year = park.scenario(plan_id).info.year
    projects = []
    plan = park.scenario(plan_id)
    for k, p in enumerate(proposed):
        # A project completes when its last member enters service (the phasing of
        # demoparks/phasing.py); members without a year spread over the three plan years.
        member_years = [
            year
            for layer, oid in p.members
            if (obj := plan.objects(layer).get(oid)) is not None
            and (year := getattr(obj, "year_in_service", None)) is not None
        ]
        done = max(member_years) if member_years else plan_year - 2 + k % 3
        projects.append(
            p.with_changes(
                start_year=done - 2,
                completion_year=done,
                subsidy_rate=SUBSIDY_RATES[k % len(SUBSIDY_RATES)],
            )
        )
    park.settings["projects"] = projects_value(projects)
    park.settings[SAFEGUARDS_SETTING] = dict(SAFEGUARDS)
    base = park.baseline()
    assert base is not None
    b = evaluate_scenario(park, base.scenario_id)
    firms = base.firms.values()
    iav = sum(f.iav_10k_rmb for f in firms)
    energy = sum(f.energy_tce or 0.0 for f in firms)
    water = sum(f.fresh_water_m3 or 0.0 for f in firms)
    co2 = b.carbon.park.total_t if b.carbon is not None else None
    so2 = b.carbon.park.so2_t if b.carbon is not None else None
    history: dict[str, dict[str, float]] = {}
    for year, g in GROWTH.items():
        row: dict[str, float] = {
            "iav_10k_rmb": round(iav * g),
            "energy_tce": round(energy * (0.5 + g / 2)),
            "fresh_water_m3": round(water * (0.6 + 0.4 * g)),
            "firms": len(base.firms),
        }
        if co2:
            row["co2_t"] = round(co2 * (0.55 + g / 2))
        if so2:
            row["so2_t"] = round(so2 * (1.25 - g / 4), 1)
        history[str(year)] = {k: float(v) for k, v in row.items()}
    park.settings[HISTORY_SETTING] = history
