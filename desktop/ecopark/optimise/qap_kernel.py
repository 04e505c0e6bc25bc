"""Compiled inner loop of the QAP robust tabu search (numba), with a plain-Python twin.

Why compiled: one tabu iteration at n = 100 touches ~5,000 swap deltas twice (update, then
choice of the next move). In numpy that is a dozen array calls whose Python overhead dominates
(~4,700 iterations/s measured at n = 100); the same loop compiled does an order of magnitude
more, and on random ("tai-a") instances the quality reached in a fixed time grows with the
number of iterations. The kernel keeps the whole search state in arrays owned by the caller,
so the driver in :mod:`ecopark.optimise.qap` decides kicks, restarts, time and cancellation.

When numba cannot be imported (a frozen bundle without it, an exotic platform) the functions run
as plain Python: correct but slow; :data:`COMPILED` tells the driver, which then uses its numpy
search instead.

State arrays (all owned by the caller):

- ``delta[r, s]`` (``r < s``): cost change when facilities ``r`` and ``s`` exchange locations.
- ``tabu[i, loc]``: iteration until which facility ``i`` may not return to location ``loc``.
- ``scal = [current cost, best cost of this search]``.
- ``ints = [iteration, iteration of the last improvement, a lower bound of ``tabu``]``.
- ``rng = [xorshift state]``: a private generator, so runs are reproducible and independent of
  numpy's global state and of other threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np


def _plain(*args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    """Stand-in for ``numba.njit``: leaves the function as plain Python."""

    def wrap(fn: Any) -> Any:
        return fn

    return wrap


_njit: Callable[..., Callable[[Any], Any]]
try:  # pragma: no cover - exercised through COMPILED
    from numba import njit as _numba_njit

    _njit = _numba_njit
    COMPILED = True
except ImportError:  # pragma: no cover - environment without numba
    _njit = _plain
    COMPILED = False


def _compiler(**options: Any) -> Callable[[Any], Any]:
    """``njit`` with an on-disk cache where the sources have a place for one.

    The cache saves the ~5 s compilation on every later start; a frozen bundle has no source
    files to key it on, and numba refuses ``cache=True`` there, so compile per process instead.
    """

    def wrap(fn: Any) -> Any:
        try:
            return _njit(cache=True, **options)(fn)
        except RuntimeError:  # pragma: no cover - frozen app without source files
            return _njit(**options)(fn)

    return wrap


_jit = _compiler(nogil=True)
# Reassociating float sums lets the compiler vectorise the O(n) loops; integer-valued data
# (every QAPLIB instance, integer flows) is summed exactly in any order, and other data is
# periodically recomputed by the driver anyway.
_jit_fast = _compiler(nogil=True, fastmath=True)

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


@_jit
def _rand_below(rng: np.ndarray, k: int) -> int:
    """Uniform integer in ``[0, k)`` from a xorshift64* generator held in ``rng[0]``."""
    x = rng[0]
    x ^= x >> np.uint64(12)
    x ^= x << np.uint64(25)
    x ^= x >> np.uint64(27)
    rng[0] = x
    y = (x * np.uint64(2685821657736338717)) >> np.uint64(11)
    return int(y % np.uint64(k))


@_jit
def permuted(b: np.ndarray, perm: np.ndarray, bp: np.ndarray, bpt: np.ndarray) -> None:
    """Fill ``bp[r, s] = b[perm[r], perm[s]]`` and its transpose ``bpt`` (contiguous rows)."""
    n = perm.shape[0]
    for r in range(n):
        for s in range(n):
            bp[r, s] = b[perm[r], perm[s]]
            bpt[s, r] = bp[r, s]


@_jit_fast
def _sum_sym(a: np.ndarray, bp: np.ndarray, r: int, s: int) -> float:
    total = 0.0
    for k in range(a.shape[0]):
        total += (a[r, k] - a[s, k]) * (bp[s, k] - bp[r, k])
    return total


@_jit_fast
def _sum_sym2(a: np.ndarray, bp: np.ndarray, u: int, v: int, s: int) -> tuple[float, float]:
    """``_sum_sym`` for pairs ``(u, s)`` and ``(v, s)`` in one pass over row ``s``."""
    tu = 0.0
    tv = 0.0
    for k in range(a.shape[0]):
        x = a[s, k]
        y = bp[s, k]
        tu += (a[u, k] - x) * (y - bp[u, k])
        tv += (a[v, k] - x) * (y - bp[v, k])
    return tu, tv


@_jit_fast
def _sum_general(
    a: np.ndarray, at: np.ndarray, bp: np.ndarray, bpt: np.ndarray, r: int, s: int
) -> float:
    total = 0.0
    for k in range(a.shape[0]):
        total += (at[r, k] - at[s, k]) * (bpt[s, k] - bpt[r, k]) + (a[r, k] - a[s, k]) * (
            bp[s, k] - bp[r, k]
        )
    return total


@_jit
def pair_delta(
    a: np.ndarray,
    at: np.ndarray,
    bp: np.ndarray,
    bpt: np.ndarray,
    c: np.ndarray,
    sym: bool,
    perm: np.ndarray,
    r: int,
    s: int,
) -> float:
    """Exact cost change of swapping facilities ``r`` and ``s`` (zero diagonals), O(n).

    Sums over every ``k`` (a branch-free loop the compiler vectorises) and then corrects for
    ``k = r`` and ``k = s``, which Taillard's formula leaves out.
    """
    if sym:
        total = 2.0 * (_sum_sym(a, bp, r, s) + 2.0 * a[r, s] * bp[r, s])
    else:
        total = _sum_general(a, at, bp, bpt, r, s)
        total += 2.0 * (a[r, s] * bp[r, s] + a[s, r] * bp[s, r])
        total += (a[r, s] - a[s, r]) * (bp[s, r] - bp[r, s])
    if c.shape[0] > 0:
        pr = perm[r]
        ps = perm[s]
        total += c[r, ps] + c[s, pr] - c[r, pr] - c[s, ps]
    return total


@_jit
def full_delta(
    a: np.ndarray,
    at: np.ndarray,
    bp: np.ndarray,
    bpt: np.ndarray,
    c: np.ndarray,
    sym: bool,
    perm: np.ndarray,
    delta: np.ndarray,
) -> None:
    """Recompute every ``delta[r, s]`` (``r < s``) from scratch, O(n^3)."""
    n = a.shape[0]
    for r in range(n - 1):
        for s in range(r + 1, n):
            delta[r, s] = pair_delta(a, at, bp, bpt, c, sym, perm, r, s)


@_jit_fast
def _update_disjoint(
    delta: np.ndarray,
    alpha: np.ndarray,
    beta: np.ndarray,
    gamma: np.ndarray,
    eta: np.ndarray,
    sym: bool,
) -> None:
    """Taillard's O(1) update of every pair (those touching the swapped pair are redone after)."""
    n = delta.shape[0]
    for r in range(n - 1):
        ar = alpha[r]
        br = beta[r]
        if sym:
            for s in range(r + 1, n):
                delta[r, s] += 2.0 * (ar - alpha[s]) * (beta[s] - br)
        else:
            gr = gamma[r]
            er = eta[r]
            for s in range(r + 1, n):
                delta[r, s] += (ar - alpha[s]) * (beta[s] - br) + (gr - gamma[s]) * (eta[s] - er)


@_jit
def _choose(
    pair_ok: np.ndarray,
    perm: np.ndarray,
    delta: np.ndarray,
    tabu: np.ndarray,
    rng: np.ndarray,
    it: int,
    gain: float,
) -> tuple[int, int]:
    """Best non-tabu or cost-aspired swap while no long-term aspiration can apply.

    A swap aspired by cost (``delta < gain``, it beats the search's best) always has a lower
    delta than any swap that is not, so Taillard's "aspired first, then best authorised" is the
    minimum over both kinds, and the tabu memory is read only for deltas that could win.
    """
    n = delta.shape[0]
    bu = -1
    bv = -1
    min_d = np.inf
    ties = 0
    for r in range(n - 1):
        pr = perm[r]
        for s in range(r + 1, n):
            d = delta[r, s]
            if d > min_d or not pair_ok[r, s]:
                continue
            if d >= gain and tabu[r, perm[s]] >= it and tabu[s, pr] >= it:
                continue
            if d < min_d:
                min_d = d
                bu = r
                bv = s
                ties = 1
            else:
                ties += 1
                if _rand_below(rng, ties) == 0:
                    bu = r
                    bv = s
    if bu < 0:
        return _least(pair_ok, delta)
    return bu, bv


@_jit
def _least(pair_ok: np.ndarray, delta: np.ndarray) -> tuple[int, int]:
    """Lowest-delta swap regardless of tabu status (when every move is tabu)."""
    n = delta.shape[0]
    bu = -1
    bv = -1
    min_d = np.inf
    for r in range(n - 1):
        for s in range(r + 1, n):
            if pair_ok[r, s] and delta[r, s] < min_d:
                min_d = delta[r, s]
                bu = r
                bv = s
    return bu, bv


@_jit
def _choose_long_term(
    pair_ok: np.ndarray,
    perm: np.ndarray,
    delta: np.ndarray,
    tabu: np.ndarray,
    rng: np.ndarray,
    it: int,
    aspiration: int,
    gain: float,
) -> tuple[int, int]:
    """Taillard's full rule, with swaps to long-unused locations aspired (and preferred)."""
    n = delta.shape[0]
    old = it - aspiration
    bu = -1
    bv = -1
    min_d = np.inf
    aspired_found = False
    ties = 0
    for r in range(n - 1):
        pr = perm[r]
        for s in range(r + 1, n):
            d = delta[r, s]
            if aspired_found and d > min_d:
                continue
            if not pair_ok[r, s]:
                continue
            t1 = tabu[r, perm[s]]
            t2 = tabu[s, pr]
            aspired = d < gain or t1 < old or t2 < old
            if aspired:
                if not aspired_found:
                    aspired_found = True
                    min_d = d
                    bu = r
                    bv = s
                    ties = 1
                    continue
            elif aspired_found or (t1 >= it and t2 >= it):
                continue
            if d < min_d:
                min_d = d
                bu = r
                bv = s
                ties = 1
            elif d == min_d:
                ties += 1
                if _rand_below(rng, ties) == 0:
                    bu = r
                    bv = s
    if bu < 0:
        return _least(pair_ok, delta)
    return bu, bv


@_jit
def tabu_run(
    a: np.ndarray,
    at: np.ndarray,
    bp: np.ndarray,
    bpt: np.ndarray,
    c: np.ndarray,
    sym: bool,
    pair_ok: np.ndarray,
    perm: np.ndarray,
    delta: np.ndarray,
    tabu: np.ndarray,
    best_perm: np.ndarray,
    scal: np.ndarray,
    ints: np.ndarray,
    rng: np.ndarray,
    max_iters: int,
    stall_limit: int,
    t_min: int,
    t_max: int,
    aspiration: int,
    target: float,
) -> int:
    """Run up to ``max_iters`` iterations of Taillard's robust tabu search; return how many.

    ``bp``/``bpt`` hold the distance matrix permuted by ``perm`` (and its transpose) and are
    kept in step with every swap, so all inner loops read contiguous rows. Stops early when the
    search has not improved its best for ``stall_limit`` iterations (the driver then kicks it)
    or when it reaches ``target`` (a known optimum). Move choice follows Taillard's rules: a
    swap is tabu only if both facilities would return to locations they left recently; it is
    aspired when it beats this search's best or when either facility has not used the target
    location for ``aspiration`` iterations, and aspired moves win. Ties are broken uniformly at
    random (reservoir sampling): sparse instances have many equal deltas and always taking the
    first makes the search cycle.
    """
    n = a.shape[0]
    alpha = np.empty(n)
    beta = np.empty(n)
    gamma = np.empty(n)
    eta = np.empty(n)
    done = 0
    while done < max_iters:
        it = ints[0]
        if it - ints[1] > stall_limit or scal[1] <= target:
            break
        cur = scal[0]
        best = scal[1]
        # --- choose the move ---
        gain = best - cur - 1e-9  # a swap with a lower delta beats this search's best
        if it - aspiration > ints[2]:
            ints[2] = tabu.min()  # tabu entries only grow between restarts
        if it - aspiration > ints[2]:
            bu, bv = _choose_long_term(pair_ok, perm, delta, tabu, rng, it, aspiration, gain)
        else:
            bu, bv = _choose(pair_ok, perm, delta, tabu, rng, it, gain)
        if bu < 0:
            break
        u = bu
        v = bv
        # --- apply it ---
        scal[0] = cur + delta[u, v]
        it += 1
        tabu[u, perm[u]] = it + t_min + _rand_below(rng, t_max - t_min + 1)
        tabu[v, perm[v]] = it + t_min + _rand_below(rng, t_max - t_min + 1)
        pu = perm[v]
        perm[v] = perm[u]
        perm[u] = pu
        for m in (bp, bpt):
            for k in range(n):
                x = m[u, k]
                m[u, k] = m[v, k]
                m[v, k] = x
            for k in range(n):
                x = m[k, u]
                m[k, u] = m[k, v]
                m[k, v] = x
        ints[0] = it
        done += 1
        # --- update deltas ---
        for k in range(n):
            if sym:
                alpha[k] = a[u, k] - a[v, k]
                beta[k] = bp[u, k] - bp[v, k]
            else:
                alpha[k] = at[u, k] - at[v, k]
                beta[k] = bpt[u, k] - bpt[v, k]
                gamma[k] = a[u, k] - a[v, k]
                eta[k] = bp[u, k] - bp[v, k]
        _update_disjoint(delta, alpha, beta, gamma, eta, sym)
        if sym and c.shape[0] == 0:
            for k in range(n):
                if k == u or k == v:
                    continue
                tu, tv = _sum_sym2(a, bp, u, v, k)
                if k < u:
                    delta[k, u] = 2.0 * (tu + 2.0 * a[u, k] * bp[u, k])
                else:
                    delta[u, k] = 2.0 * (tu + 2.0 * a[u, k] * bp[u, k])
                if k < v:
                    delta[k, v] = 2.0 * (tv + 2.0 * a[v, k] * bp[v, k])
                else:
                    delta[v, k] = 2.0 * (tv + 2.0 * a[v, k] * bp[v, k])
            delta[min(u, v), max(u, v)] = pair_delta(a, at, bp, bpt, c, sym, perm, u, v)
        else:
            for k in range(n):
                if k != u:
                    if k < u:
                        delta[k, u] = pair_delta(a, at, bp, bpt, c, sym, perm, k, u)
                    else:
                        delta[u, k] = pair_delta(a, at, bp, bpt, c, sym, perm, u, k)
                if k != v and k != u:
                    if k < v:
                        delta[k, v] = pair_delta(a, at, bp, bpt, c, sym, perm, k, v)
                    else:
                        delta[v, k] = pair_delta(a, at, bp, bpt, c, sym, perm, v, k)
        if scal[0] < best - 1e-9:
            scal[1] = scal[0]
            best_perm[:] = perm
            ints[1] = it
    return done


def warm_up() -> None:
    """Compile (or load from the on-disk cache) every kernel specialisation the search uses.

    Called once at the start of a run, before the searches set up their state, so compiling
    (first run after installation: a few seconds) never happens in the middle of a search.
    """
    n = 4
    a = np.ones((n, n)) - np.eye(n)
    perm = np.arange(n, dtype=np.int64)
    for sym, c in ((True, np.zeros((0, 0))), (False, np.ones((n, n)))):
        bp = np.empty((n, n))
        bpt = np.empty((n, n))
        permuted(a, perm, bp, bpt)
        delta = np.zeros((n, n))
        full_delta(a, a, bp, bpt, c, sym, perm, delta)
        tabu_run(
            a, a, bp, bpt, c, sym, np.triu(np.ones((n, n), dtype=np.bool_), 1), perm, delta,
            np.zeros((n, n), dtype=np.int64), perm.copy(), np.zeros(2), np.zeros(3, np.int64),
            np.ones(1, np.uint64), 2, 10, 1, 2, 100, -np.inf,
        )  # fmt: skip
