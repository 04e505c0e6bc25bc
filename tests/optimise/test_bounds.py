"""Gilmore-Lawler bound: the hand-worked example of docs/optimisation.md, and validity."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecopark.optimise.bounds import gap_to_bound, gilmore_lawler_bound
from ecopark.optimise.qap import solve_qap_exact


def test_hand_worked_example_from_the_docs() -> None:
    """docs/optimisation.md, "Lower bound": three firms in a row of three plots."""
    flow = np.array([[0, 4, 1], [4, 0, 0], [1, 0, 0]], dtype=float)
    dist = np.array([[0, 1, 2], [1, 0, 1], [2, 1, 0]], dtype=float)
    # l[i, k] = x ascending . y descending over the off-diagonal rows:
    # firm rows (0 excluded): A = [1, 4], [0, 4], [0, 1]; plot rows: B = [2, 1], [1, 1], [2, 1]
    # l = [[1*2+4*1, 1*1+4*1, 6], [4, 4, 4], [1, 1, 1]] = [[6, 5, 6], [4, 4, 4], [1, 1, 1]]
    # cheapest assignment: firm 0 on plot 1 (5) + 4 + 1 = 10
    assert gilmore_lawler_bound(flow, dist) == pytest.approx(10.0)
    exact = solve_qap_exact(flow, dist)
    assert exact.cost == pytest.approx(10.0)  # firm 0 in the middle: 2*(4*1 + 1*1)
    assert gap_to_bound(12.0, 10.0) == pytest.approx(0.2)
    assert gap_to_bound(5.0, 0.0) is None


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_f=st.integers(1, 6),
    extra=st.integers(0, 2),
    linear=st.booleans(),
    sym=st.booleans(),
)
def test_bound_never_exceeds_the_optimum(
    seed: int, n_f: int, extra: int, linear: bool, sym: bool
) -> None:
    rng = np.random.default_rng(seed)
    n_l = n_f + extra
    flow = rng.integers(0, 9, (n_f, n_f)).astype(float)
    dist = rng.integers(0, 9, (n_l, n_l)).astype(float)
    if sym:
        flow, dist = flow + flow.T, dist + dist.T
    lin = rng.integers(0, 20, (n_f, n_l)).astype(float) if linear else None
    exact = solve_qap_exact(flow, dist, linear=lin)
    assert gilmore_lawler_bound(flow, dist, lin) <= exact.cost + 1e-9
