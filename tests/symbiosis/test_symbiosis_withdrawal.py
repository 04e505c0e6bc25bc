"""Key-plant withdrawal: a supplier whose departure strands two consumers, the ranking, and the
fast ranking against full re-evaluation (docs/symbiosis.md §4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sym_parks import SID, withdrawal_park

from ecopark.symbiosis.withdrawal import rank_withdrawals, what_if


def test_withdrawal_strands_two_consumers() -> None:
    park = withdrawal_park()
    before = park.snapshot()
    w = what_if(park, SID, "S").withdrawal
    assert park.snapshot() == before  # a what-if, not an edit
    assert w.broken_exchanges == ("E1",)
    assert w.stranded_consumers == ("F1", "F2")
    assert w.coverage_drop == pytest.approx(0.5)
    assert w.land_output_change == pytest.approx(-1.0)
    assert w.damage == pytest.approx(72.0)
    assert w.lost_supply == {"steam_mp": pytest.approx(25.0)}


def test_ranking_by_damage() -> None:
    ranking = rank_withdrawals(withdrawal_park(), SID)
    assert [(w.id, round(w.damage, 6)) for w in ranking] == [
        ("S", 72.0), ("H", 55.0), ("F3", 40.0), ("F2", 32.0), ("F1", 20.0),
    ]  # fmt: skip


def test_what_if_lists_every_indicator_change() -> None:
    wi = what_if(withdrawal_park(), SID, "S")
    changes = {c.key: c for c in wi.changes}
    assert changes["coverage.steam_mp"].before == 1.0
    assert changes["coverage.steam_mp"].after == 0.0
    assert changes["land_output"].change == pytest.approx(-1.0)
    assert any(k.startswith("hj274.") for k in changes)


def test_knock_on_supply_loss_strands_the_facilitys_consumers() -> None:
    from sym_parks import ex

    park = withdrawal_park()
    # S's waste heat feeds H, which has 10 MW: without S's 8 MW, H keeps 2 MW for F3's 4 MW
    park.add(SID, ex("E2", "S", "H", "余热 waste heat", 8, "MW"))
    w = what_if(park, SID, "S").withdrawal
    assert w.stranded_consumers == ("F1", "F2", "F3", "H")
    fast = next(r for r in rank_withdrawals(park, SID) if r.id == "S")
    assert fast.stranded_consumers == w.stranded_consumers
    assert fast.coverage_drop == pytest.approx(w.coverage_drop)


@pytest.mark.parametrize("name", ["liaobin_coastal", "guigang_sugar", "caofeidian_steel"])
def test_fast_ranking_equals_full_evaluation(name: str) -> None:
    from ecopark.storage import load_park

    park = load_park(Path(__file__).resolve().parents[2] / "layouts" / f"{name}.gpkg")
    for w in rank_withdrawals(park, "plan2030"):
        full = what_if(park, "plan2030", w.id).withdrawal
        assert w.stranded_consumers == full.stranded_consumers, w.id
        assert w.broken_exchanges == full.broken_exchanges, w.id
        assert w.coverage_drop == pytest.approx(full.coverage_drop, abs=1e-12), w.id
        assert w.land_output_change == pytest.approx(full.land_output_change, abs=1e-12), w.id
        assert w.damage == pytest.approx(full.damage, abs=1e-9), w.id


def test_short_supply_fast_ranking_matches_full() -> None:
    """A supplier too small for both consumers: F1 (first in id order) gets all 10 t/h, F2
    nothing. Withdrawing F2 changes nobody's supply; withdrawing F1 lets F2 be served."""
    from shapely.geometry import LineString
    from sym_parks import firm, park_with

    from ecopark.model import Pipeline

    park = park_with(
        firm("S", 100, 100, iav_10k_rmb=1_000, steam_mp_supply_tph=10),
        firm("F1", 300, 100, iav_10k_rmb=1_000, steam_mp_demand_tph=10),
        firm("F2", 500, 100, iav_10k_rmb=1_000, steam_mp_demand_tph=5),
        Pipeline(pipeline_id="P1", medium="steam_mp",
                 geometry=LineString([(100, 100), (300, 100), (500, 100)])),
    )  # fmt: skip
    fast = {w.id: w for w in rank_withdrawals(park, SID)}
    for sid in ("S", "F1", "F2"):
        full = what_if(park, SID, sid).withdrawal
        assert fast[sid].coverage_drop == pytest.approx(full.coverage_drop, abs=1e-12)
        assert fast[sid].stranded_consumers == full.stranded_consumers
    assert fast["F2"].coverage_drop == pytest.approx(10 / 15 - 1)  # coverage rises to 1
    assert fast["F1"].coverage_drop == pytest.approx(10 / 15 - 1)  # F2 now served 5 of 5
    assert fast["S"].stranded_consumers == ("F1",)
