"""Match suggestions from the by-product library, accepted then undone (docs/symbiosis.md §5)."""

from __future__ import annotations

import pytest
from sym_parks import SID, suggestion_park

from ecopark.commands import CommandStack, RemoveObjects
from ecopark.symbiosis.library import library
from ecopark.symbiosis.suggest import accept, suggestions


def test_every_library_row_names_a_source() -> None:
    rows = library()
    assert len(rows) >= 25
    assert all(r.source for r in rows)
    seeds = " ".join(r.source for r in rows)
    for case in ("Guigang", "Caofeidian", "Yeji", "CRT", "biodesulphurisation", "park A"):
        assert case in seeds


def test_cement_and_brewery_pairs_by_hand() -> None:
    found = {(s.from_id, s.to_id, s.material): s for s in suggestions(suggestion_park(), SID)}
    assert set(found) == {
        ("K", "B", "余热蒸汽 waste-heat steam (LP)"),
        ("B", "K", "废硅藻土 waste diatomite (raw meal)"),
    }
    steam = found[("K", "B", "余热蒸汽 waste-heat steam (LP)")]
    assert steam.quantity == pytest.approx(12.0)  # 0.0006 t/h x 20,000, below K's 15 t/h
    assert steam.unit == "t/h" and steam.medium == "steam_lp"
    assert steam.distance_m == pytest.approx(400.0)
    diatomite = found[("B", "K", "废硅藻土 waste diatomite (raw meal)")]
    assert diatomite.quantity == pytest.approx(500.0) and diatomite.medium is None


def test_existing_exchange_is_not_suggested_again() -> None:
    park = suggestion_park()
    s = next(s for s in suggestions(park, SID) if s.medium)
    stack = CommandStack(park)
    stack.push(accept(park, SID, s).command)
    assert all(x.medium is None for x in suggestions(park, SID))


def test_accept_records_exchange_and_routes_pipe_then_undo() -> None:
    park = suggestion_park()
    before = park.snapshot()
    s = next(s for s in suggestions(park, SID) if s.medium == "steam_lp")
    acc = accept(park, SID, s)
    assert park.snapshot() == before  # building the command changes nothing
    stack = CommandStack(park)
    stack.push(acc.command)
    sc = park.scenario(SID)
    assert list(sc.exchanges) == [acc.exchange.exchange_id]
    assert sc.exchanges[acc.exchange.exchange_id].quantity == pytest.approx(12.0)
    pipes = list(sc.layers["pipelines"].values())
    assert pipes and {p.medium for p in pipes} == {"steam_lp"}
    assert sum(p.length_m for p in pipes) == pytest.approx(500.0)  # 50 + 400 + 50 m
    stack.undo()
    assert park.snapshot() == before
    stack.redo()
    assert len(park.scenario(SID).layers["pipelines"]) == len(pipes)


def test_accept_without_corridors_records_exchange_and_says_why() -> None:
    park = suggestion_park()
    RemoveObjects(SID, [("corridors", "R1")]).redo(park)
    s = next(s for s in suggestions(park, SID) if s.medium)
    acc = accept(park, SID, s)
    assert acc.proposal is None and "corridors" in acc.note
    stack = CommandStack(park)
    stack.push(acc.command)
    assert len(park.scenario(SID).exchanges) == 1


def test_name_keywords_pick_the_bamboo_mill_among_other_firms() -> None:
    from sym_parks import firm, park_with

    park = park_with(
        firm("M", 100, 100, sector="other", iav_10k_rmb=1_000, name="竹木加工厂"),
        firm("R", 300, 100, sector="other", iav_10k_rmb=1_000, name="再生资源回收"),
        firm("P", 500, 100, sector="power", iav_10k_rmb=1_000),
    )
    residues = [s for s in suggestions(park, SID) if "bamboo" in s.material]
    assert {(s.from_id, s.to_id) for s in residues} == {("M", "P")}
    assert residues[0].quantity == pytest.approx(2_000.0)  # 2 t per 10^4 RMB x 1,000
