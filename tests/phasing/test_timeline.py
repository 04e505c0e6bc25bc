"""The timeline at each milestone year equals a scenario built by hand with only the objects in
service (issue 17's test), on the Liaobin demo plan and on the worked example; year edits undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from phased_park import PLAN, phased_park, same_figures

from ecopark.commands import CommandStack
from ecopark.indicators import evaluate_scenario
from ecopark.model import InvalidValueError, Park, ScenarioInfo
from ecopark.phasing import Timeline, effective_years, milestone_years
from ecopark.phasing.commands import set_year_in_service
from ecopark.storage import load_park, save_park

LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"


def by_hand(park: Park, plan_id: str, year: int) -> Park:
    """A copy of the park whose plan holds only what is in service in ``year``, written out
    object by object from the years (not through ecopark.phasing.as_of)."""
    years = effective_years(park, plan_id)
    plan, base = park.scenario(plan_id), park.baseline()
    assert base is not None
    out = Park(park.name, park.crs)
    out.zone_kinds = park.zone_kinds
    out.settings = park.settings
    out.scenarios[base.scenario_id] = base
    s = out.add_scenario(ScenarioInfo(scenario_id=plan_id, name=plan.info.name, kind="plan",
                                      year=year))  # fmt: skip
    s.entered_values = dict(plan.entered_values)
    for layer in ("zones", "firms", "facilities", "pipelines", "corridors", "plots"):
        for oid, obj in plan.layers[layer].items():
            if years[(layer, oid)] <= year:
                out.add(plan_id, obj)
            elif oid in base.layers[layer]:
                out.add(plan_id, base.layers[layer][oid])
        if year < plan.info.year:
            for oid, obj in base.layers[layer].items():
                if oid not in plan.layers[layer]:
                    out.add(plan_id, obj)
    ends = s.firms.keys() | s.facilities.keys()
    chosen = []
    for oid, ex in plan.exchanges.items():
        if years[("exchanges", oid)] <= year:
            chosen.append(ex)
        elif oid in base.exchanges:
            chosen.append(base.exchanges[oid])
    if year < plan.info.year:
        chosen += [ex for oid, ex in base.exchanges.items() if oid not in plan.exchanges]
    for ex in chosen:
        if ex.from_id in ends and ex.to_id in ends:
            out.add(plan_id, ex)
    return out


@pytest.mark.skipif(not LIAOBIN.exists(), reason="the Liaobin demo park is not built")
def test_liaobin_timeline_equals_the_hand_built_scenario_at_each_milestone() -> None:
    park = load_park(LIAOBIN)
    years = milestone_years(park, "plan2030")
    assert years == [2028, 2029, 2030]
    timeline = Timeline(park, "plan2030")
    counts = []
    for year in [2023, *years]:
        timeline.set_year(year)
        hand = by_hand(park, "plan2030", year)
        assert timeline.scenario.snapshot()["layers"] == hand.scenario("plan2030").snapshot()[
            "layers"
        ]
        assert same_figures(timeline.result().to_json(),
                            evaluate_scenario(hand, "plan2030").to_json())  # fmt: skip
        counts.append(len(timeline.scenario.layers["pipelines"]))
    assert counts == sorted(counts) and len(set(counts)) == 4  # the network grows each year


def test_steps_back_and_forth_give_the_same_figures() -> None:
    park = phased_park()
    timeline = Timeline(park, PLAN)
    first = {}
    for year in (2025, 2026, 2027, 2028):
        timeline.set_year(year)
        first[year] = timeline.result().to_json()
    for year in (2026, 2028, 2025, 2027):
        timeline.set_year(year)
        assert same_figures(timeline.result().to_json(), first[year])


def test_an_edit_of_the_plan_reaches_the_year_shown() -> None:
    park = phased_park()
    timeline = Timeline(park, PLAN)
    timeline.set_year(2026)
    assert "F2" in timeline.scenario.firms
    stack = CommandStack(park)
    stack.push(set_year_in_service(park, PLAN, [("firms", "F2")], 2027))
    timeline.refresh()
    assert "F2" not in timeline.scenario.firms
    stack.undo()
    timeline.refresh()
    assert "F2" in timeline.scenario.firms


def test_every_year_edit_undoes_and_redoes() -> None:
    park = phased_park()
    before = park.snapshot()
    stack = CommandStack(park)
    refs = [("zones", "Z1"), ("firms", "F3"), ("pipelines", "P1"), ("exchanges", "X1")]
    stack.push(set_year_in_service(park, PLAN, refs, 2027))
    assert {effective_years(park, PLAN)[r] for r in refs} == {2027}
    after = park.snapshot()
    stack.push(set_year_in_service(park, PLAN, [("firms", "F2")], None))
    assert effective_years(park, PLAN)[("firms", "F2")] == 2028
    stack.undo()
    assert park.snapshot() == after
    stack.undo()
    assert park.snapshot() == before
    stack.redo()
    assert park.snapshot() == after


def test_a_year_is_a_whole_plausible_year() -> None:
    park = phased_park()
    f = park.scenario(PLAN).firms["F2"]
    with pytest.raises(InvalidValueError, match="year like"):
        f.with_changes(year_in_service=2026.5)
    with pytest.raises(InvalidValueError, match="year like"):
        f.with_changes(year_in_service=26)
    with pytest.raises(InvalidValueError, match="only zones"):
        set_year_in_service(park, PLAN, [("corridors", "C1")], 2027)


def test_years_survive_the_file_and_older_files_read_null(tmp_path) -> None:
    park = phased_park()
    path = tmp_path / "p.gpkg"
    save_park(park, path)
    again = load_park(path)
    f2 = again.scenario(PLAN).firms["F2"]
    assert f2.year_in_service == 2026 and isinstance(f2.year_in_service, int)
    assert again.scenario(PLAN).firms["F3"].year_in_service is None
    import pyogrio

    frame = pyogrio.read_dataframe(path, layer="firms")
    assert sorted(frame["year_in_service"].dropna().tolist()) == [2026.0, 2027.0]


def test_a_file_without_the_column_loads_with_no_years(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "old.gpkg"
    save_park(phased_park(), path)
    with sqlite3.connect(path) as db:
        for layer in ("zones", "firms", "pipelines", "exchanges"):
            db.execute(f'ALTER TABLE "{layer}" DROP COLUMN year_in_service')
    park = load_park(path)
    assert all(
        getattr(o, "year_in_service", None) is None for s in park.scenarios.values()
        for o in s.all_objects()
    )  # fmt: skip
    assert effective_years(park, PLAN)[("firms", "F2")] == 2028
