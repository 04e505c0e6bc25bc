"""Baseline versus plan change table (issue 20), checked on a park edited by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from shapely.geometry import Point

from ecopark.commands import AddObjects, AddScenario, CommandStack, RemoveObjects, ReplaceObjects
from ecopark.compare import diff_scenarios, indicator_deltas
from ecopark.model import Firm, ScenarioInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from small_park import build_small_park  # noqa: E402


def test_added_removed_changed_and_deltas() -> None:
    park = build_small_park()
    stack = CommandStack(park)
    info = ScenarioInfo(scenario_id="p2", name="plan", kind="plan", year=2030)
    stack.push(AddScenario(info, copy_from="base"))
    s = park.scenario("p2")
    stack.push(AddObjects("p2", [Firm(firm_id="F9", name="new", geometry=Point(500_500, 4_400_500),
                                      iav_10k_rmb=100_000.0)]))  # fmt: skip
    stack.push(RemoveObjects("p2", [("firms", "F4")]))
    f3 = s.firms["F3"]
    stack.push(ReplaceObjects("p2", [f3.with_changes(iav_10k_rmb=f3.iav_10k_rmb + 10_000)]))
    diff = diff_scenarios(park, "base", "p2")
    got = {(r.layer, r.object_id, r.status, r.fields) for r in diff.rows}
    assert ("firms", "F9", "added", ()) in got
    assert ("firms", "F4", "removed", ()) in got
    assert ("firms", "F3", "changed", ("iav_10k_rmb",)) in got
    assert diff.count("added") == 1 and diff.count("removed") >= 1 and diff.count("changed") == 1
    rows = {d.key: d for d in indicator_deltas(park, "base", "p2")}
    lo = rows["land_output"]
    assert (
        lo.base is not None and lo.plan is not None and lo.delta == pytest.approx(lo.plan - lo.base)
    )
    # by hand: industrial land Z1 + Z2 = 3 km²; industrial IAV 280,000 x 10^4 RMB = 28 x 10^8
    # -> 28 / 3 = 9.33; plan: + 10,000 (F3) + 100,000 (F9 in Z1), F4 sat in the city:
    # 39 / 3 = 13.00 10^8 RMB/km², delta 3.67
    assert lo.base == pytest.approx(28 / 3, rel=1e-6)
    assert lo.plan == pytest.approx(13.0, rel=1e-6)
    assert lo.delta == pytest.approx(11 / 3, rel=1e-6)
