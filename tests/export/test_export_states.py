"""The export's shared scenario states (ecopark.export.export_states): the same figures as the
readers that build their own, and never a stale figure after an edit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from ecopark.commands import ReplaceObjects
from ecopark.export.export_states import ExportStates
from ecopark.export.workbook import export_workbook, sheet_title
from ecopark.hydraulics import solve_scenario
from ecopark.indicators import evaluate_scenario
from ecopark.model import Park
from ecopark.symbiosis.withdrawal import rank_withdrawals


def _double_f3(park: Park) -> None:
    """The planner doubles the brewery's added value in the plan (an undoable edit)."""
    f3 = park.scenario("plan").firms["F3"]
    ReplaceObjects("plan", [f3.with_changes(iav_10k_rmb=2 * f3.iav_10k_rmb)]).redo(park)


def _withdrawal_change(path: Path, site_id: str) -> float:
    """The land-output change the withdrawal sheet gives for ``site_id`` (cached value)."""
    ws = load_workbook(path)[sheet_title("withdrawal")]
    header = [str(c.value).split("\n")[-1] for c in ws[1]]
    id_col, change_col = header.index("Id"), header.index("Land output change")
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[id_col] == site_id:
            return float(row[change_col])  # type: ignore[arg-type]
    raise AssertionError(f"{site_id} not on the withdrawal sheet")


def _zone_output(path: Path, zone_id: str) -> float:
    ws = load_workbook(path)[sheet_title("zones")]
    header = [str(c.value).split("\n")[-1] for c in ws[1]]
    id_col, output_col = header.index("Id"), header.index("Land output")
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[id_col] == zone_id:
            return float(row[output_col])  # type: ignore[arg-type]
    raise AssertionError(f"{zone_id} not on the zones sheet")


def test_shared_results_equal_the_reference_evaluation(small_park: Park) -> None:
    with ExportStates(small_park) as states:
        for sid in ("plan", "base"):
            assert repr(states.result(sid)) == repr(evaluate_scenario(small_park, sid))
        assert states.state("plan") is states.state("plan")  # built once, then shared


def test_readers_on_the_shared_state_give_their_own_figures_and_leave_it_as_found(
    small_park: Park,
) -> None:
    with ExportStates(small_park) as states:
        state = states.state("plan")
        demand, source = state.demand.copy(), state.source.copy()
        before = repr(states.result("plan"))
        assert rank_withdrawals(small_park, "plan", state) == rank_withdrawals(small_park, "plan")
        assert repr(solve_scenario(small_park, "plan", state)) == repr(
            solve_scenario(small_park, "plan")
        )
        assert np.array_equal(state.demand, demand) and np.array_equal(state.source, source)
        assert repr(states.result("plan")) == before


def test_an_edit_between_two_exports_gives_fresh_figures(small_park: Park, tmp_path: Path) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    export_workbook(small_park, "plan", first)
    # F3 (200,000 x 10^4 RMB) sits in Z2 (2 km^2); the park's industrial land is Z1 + Z2 = 3 km^2
    assert _zone_output(first, "Z2") == pytest.approx(10.0)
    assert _withdrawal_change(first, "F3") == pytest.approx(-20 / 3)
    _double_f3(small_park)
    export_workbook(small_park, "plan", second)
    assert _zone_output(second, "Z2") == pytest.approx(20.0)
    assert _withdrawal_change(second, "F3") == pytest.approx(-40 / 3)


def test_an_edit_while_the_states_are_open_is_applied_before_the_next_read(
    small_park: Park,
) -> None:
    listeners = len(small_park._listeners)
    with ExportStates(small_park) as states:
        stale = states.result("plan")
        state = states.state("plan")
        _double_f3(small_park)
        fresh = states.result("plan")
        assert repr(fresh) == repr(evaluate_scenario(small_park, "plan"))
        assert stale.land_output.park_value == pytest.approx(28 / 3)
        assert fresh.land_output.park_value == pytest.approx(48 / 3)  # (5+3+40)/3 km^2
        assert rank_withdrawals(small_park, "plan", states.state("plan")) == rank_withdrawals(
            small_park, "plan"
        )
        assert states.state("plan").num["iav_10k_rmb"][state.sites.slot_of["F3"]] == 400_000
    assert len(small_park._listeners) == listeners  # closed: the park is no longer followed
