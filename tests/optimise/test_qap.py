"""QAP solver: exact agreement on small instances, incremental deltas, run control."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from ecopark.optimise import qap_kernel
from ecopark.optimise.progress import RunClock, SolveControl
from ecopark.optimise.qap import (
    _CompiledTabu,
    _Incumbent,
    _prepare,
    _SwapSearch,
    _validate,
    qap_cost,
    solve_qap,
    solve_qap_exact,
)

# Iteration-bounded runs are deterministic and independent of machine speed.
LONG = 60.0
ITERS = 1500


def _instance(
    rng: np.random.Generator, n_f: int, n_l: int, *, sym: bool, linear: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    flow = rng.integers(0, 10, (n_f, n_f)).astype(float)
    dist = rng.integers(0, 10, (n_l, n_l)).astype(float)
    if sym:
        flow, dist = flow + flow.T, dist + dist.T
    lin = rng.integers(0, 30, (n_f, n_l)).astype(float) if linear else None
    return flow, dist, lin


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_f=st.integers(2, 6),
    extra=st.integers(0, 2),
    sym_flow=st.booleans(),
    sym_dist=st.booleans(),
    linear=st.booleans(),
)
def test_incremental_deltas_match_recomputation(
    seed: int, n_f: int, extra: int, sym_flow: bool, sym_dist: bool, linear: bool
) -> None:
    """Taillard's O(n^2) update must equal re-scoring every swap, for any symmetry mix."""
    rng = np.random.default_rng(seed)
    n_l = n_f + extra
    flow = rng.integers(0, 9, (n_f, n_f)).astype(float)
    dist = rng.integers(0, 9, (n_l, n_l)).astype(float)
    if sym_flow:
        flow += flow.T
    if sym_dist:
        dist += dist.T
    lin = rng.integers(0, 9, (n_f, n_l)).astype(float) if linear else None
    search = _SwapSearch(_prepare(*_validate(flow, dist, lin)), rng.permutation(n_l))

    def cost(perm: np.ndarray) -> float:
        return qap_cost(flow, dist, perm[:n_f], lin)

    for _ in range(6):
        assert search.cost == pytest.approx(cost(search.perm))
        for r in range(n_l):
            for s in range(r + 1, n_l):
                swapped = search.perm.copy()
                swapped[[r, s]] = swapped[[s, r]]
                assert search.delta[r, s] == pytest.approx(cost(swapped) - cost(search.perm))
        u, v = rng.choice(n_l, 2, replace=False)
        search.swap(int(u), int(v))


@pytest.mark.parametrize("case", range(12))
def test_tabu_search_finds_the_optimum_of_small_instances(case: int) -> None:
    rng = np.random.default_rng(case)
    n = 5 + case % 3
    flow, dist, lin = _instance(rng, n, n, sym=case % 2 == 0, linear=case % 4 == 1)
    exact = solve_qap_exact(flow, dist, linear=lin)
    res = solve_qap(
        flow, dist, linear=lin, seconds=LONG, seed=case, max_iterations=ITERS, exact_up_to=0
    )
    assert res.cost == pytest.approx(exact.cost)
    assert res.cost == pytest.approx(qap_cost(flow, dist, res.permutation, lin))
    assert not res.optimal


@pytest.mark.parametrize(("n_f", "n_l"), [(3, 7), (4, 6), (5, 7)])
def test_more_locations_than_facilities(n_f: int, n_l: int) -> None:
    rng = np.random.default_rng(n_f * 10 + n_l)
    flow, dist, lin = _instance(rng, n_f, n_l, sym=True, linear=True)
    exact = solve_qap_exact(flow, dist, linear=lin)
    res = solve_qap(
        flow, dist, linear=lin, seconds=LONG, seed=1, max_iterations=ITERS, exact_up_to=0
    )
    assert res.permutation.shape == (n_f,)
    assert len(set(res.permutation.tolist())) == n_f
    assert res.permutation.min() >= 0 and res.permutation.max() < n_l
    assert res.cost == pytest.approx(exact.cost)


def test_linear_only_is_an_assignment_problem() -> None:
    rng = np.random.default_rng(7)
    lin = rng.integers(0, 100, (9, 12)).astype(float)
    rows, cols = linear_sum_assignment(lin)
    res = solve_qap(
        np.zeros((9, 9)),
        np.ones((12, 12)),
        linear=lin,
        seconds=LONG,
        seed=0,
        max_iterations=ITERS,
    )
    assert res.cost == pytest.approx(lin[rows, cols].sum())


def test_linear_term_changes_the_optimum() -> None:
    """A zoning penalty must push a facility off an otherwise ideal location."""
    flow = np.array([[0, 5, 0], [5, 0, 1], [0, 1, 0]], dtype=float)
    dist = np.abs(np.subtract.outer(np.arange(4.0), np.arange(4.0)))
    free = solve_qap_exact(flow, dist)
    lin = np.zeros((3, 4))
    lin[1, free.permutation[1]] = 1e6  # facility 1 may not use its favourite plot
    res = solve_qap(flow, dist, linear=lin, seconds=LONG, max_iterations=200, exact_up_to=0)
    assert res.permutation[1] != free.permutation[1]
    assert res.cost == pytest.approx(solve_qap_exact(flow, dist, linear=lin).cost)


def test_exact_enumeration_for_tiny_instances() -> None:
    rng = np.random.default_rng(3)
    flow, dist, _ = _instance(rng, 4, 5, sym=False, linear=False)
    res = solve_qap(flow, dist, seconds=LONG)
    assert res.optimal
    brute = min(qap_cost(flow, dist, p) for p in (rng.permutation(5)[:4] for _ in range(3000)))
    assert res.cost <= brute


def test_same_seed_same_result() -> None:
    rng = np.random.default_rng(11)
    flow, dist, _ = _instance(rng, 14, 16, sym=True, linear=False)
    runs = [solve_qap(flow, dist, seconds=LONG, seed=5, max_iterations=400) for _ in range(2)]
    assert runs[0].cost == runs[1].cost
    np.testing.assert_array_equal(runs[0].permutation, runs[1].permutation)
    assert [h[1:] for h in runs[0].history] == [h[1:] for h in runs[1].history]


def test_cancelled_run_still_returns_a_valid_assignment() -> None:
    rng = np.random.default_rng(2)
    flow, dist, lin = _instance(rng, 12, 15, sym=False, linear=True)
    control = SolveControl()
    control.cancel()
    res = solve_qap(flow, dist, linear=lin, seconds=LONG, control=control)
    assert sorted(set(res.permutation.tolist())) == sorted(res.permutation.tolist())
    assert res.permutation.size == 12 and res.permutation.max() < 15
    assert res.cost == pytest.approx(qap_cost(flow, dist, res.permutation, lin))
    assert res.iterations <= 1


def test_progress_is_reported_and_control_supplies_defaults() -> None:
    rng = np.random.default_rng(4)
    flow, dist, _ = _instance(rng, 10, 10, sym=True, linear=False)
    calls: list[tuple[float, float]] = []
    control = SolveControl(seconds=LONG, seed=3, on_progress=lambda f, c: calls.append((f, c)))
    res = solve_qap(flow, dist, control=control, max_iterations=300)
    assert calls, "progress callback never called"
    assert calls[-1] == (1.0, res.cost)
    assert all(0.0 <= f <= 1.0 for f, _ in calls)
    again = solve_qap(flow, dist, seconds=LONG, seed=3, max_iterations=300)
    assert again.cost == res.cost


def test_rejects_bad_shapes() -> None:
    with pytest.raises(ValueError):
        solve_qap(np.zeros((4, 4)), np.zeros((3, 3)))
    with pytest.raises(ValueError):
        solve_qap(np.zeros((2, 2)), np.zeros((3, 3)), linear=np.zeros((3, 3)))
    with pytest.raises(ValueError):
        solve_qap(np.full((2, 2), np.nan), np.zeros((3, 3)))


def test_trivial_sizes() -> None:
    empty = solve_qap(np.zeros((0, 0)), np.zeros((3, 3)))
    assert empty.permutation.size == 0 and empty.cost == 0
    one = solve_qap(np.zeros((1, 1)), np.zeros((1, 1)), linear=np.array([[2.0]]))
    assert one.permutation.tolist() == [0] and one.cost == 2.0


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_f=st.integers(2, 7),
    extra=st.integers(0, 2),
    sym_flow=st.booleans(),
    sym_dist=st.booleans(),
    linear=st.booleans(),
    fractional=st.booleans(),
)
def test_compiled_kernel_deltas_match_recomputation(
    seed: int, n_f: int, extra: int, sym_flow: bool, sym_dist: bool, linear: bool, fractional: bool
) -> None:
    """The compiled search's delta matrix equals re-scoring every swap after each move."""
    rng = np.random.default_rng(seed)
    n_l = n_f + extra
    flow = rng.integers(0, 9, (n_f, n_f)).astype(float)
    dist = rng.integers(0, 9, (n_l, n_l)).astype(float)
    if fractional:
        dist += rng.random((n_l, n_l))
    if sym_flow:
        flow += flow.T
    if sym_dist:
        dist += dist.T
    lin = rng.integers(0, 9, (n_f, n_l)).astype(float) if linear else None
    prob = _prepare(*_validate(flow, dist, lin))
    shared = _Incumbent(np.arange(n_l), np.inf)
    search = _CompiledTabu(prob, seed % 1000, RunClock(LONG, None), shared, 2.0)

    def cost(perm: np.ndarray) -> float:
        return qap_cost(flow, dist, perm[:n_f], lin)

    for _ in range(8):
        assert search.scal[0] == pytest.approx(cost(search.perm))
        for r in range(n_l):
            for s in range(r + 1, n_l):
                if not prob.pair_mask[r, s]:
                    continue
                swapped = search.perm.copy()
                swapped[[r, s]] = swapped[[s, r]]
                assert search.delta[r, s] == pytest.approx(cost(swapped) - cost(search.perm))
        search.advance(1)
    assert shared.cost == pytest.approx(cost(shared.perm))


def test_numpy_search_still_works_without_the_compiled_kernel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where numba is missing the numpy Ro-TS runs instead, with the same results contract."""
    monkeypatch.setattr(qap_kernel, "COMPILED", False)
    rng = np.random.default_rng(5)
    flow, dist, lin = _instance(rng, 7, 7, sym=True, linear=True)
    exact = solve_qap_exact(flow, dist, linear=lin)
    res = solve_qap(
        flow, dist, linear=lin, seconds=LONG, seed=2, max_iterations=ITERS, exact_up_to=0
    )
    assert res.cost == pytest.approx(exact.cost)


def test_time_limited_run_uses_parallel_searches_and_returns_a_valid_assignment() -> None:
    """Without an iteration budget the searches run in threads; the result is still exact."""
    rng = np.random.default_rng(8)
    flow, dist, lin = _instance(rng, 7, 8, sym=False, linear=True)
    reports: list[tuple[float, float]] = []
    control = SolveControl(on_progress=lambda f, c: reports.append((f, c)))
    res = solve_qap(flow, dist, linear=lin, seconds=0.3, seed=1, control=control, exact_up_to=0)
    assert sorted(set(res.permutation.tolist())) == sorted(res.permutation.tolist())
    assert res.cost == pytest.approx(qap_cost(flow, dist, res.permutation, lin))
    assert res.cost == pytest.approx(solve_qap_exact(flow, dist, linear=lin).cost)
    assert reports[-1] == (1.0, res.cost)
