"""Quadratic assignment: place facilities (firms) on locations (plots).

Cost of an assignment ``p`` (facility ``i`` sits on location ``p[i]``)::

    sum_{i,j} flow[i, j] * dist[p[i], p[j]]  +  sum_i linear[i, p[i]]

The quadratic part models material/energy exchanges between the firms being placed; the linear
part carries everything that depends on one firm only (flows to fixed firms and facilities,
zoning penalties), which the park layer precomputes.

Method: Taillard's robust tabu search (Ro-TS) with the full swap-delta matrix kept up to date in
O(n^2) numpy work per iteration, randomised tabu tenure, aspiration (by objective and by "not
moved for a long time") and random tie-breaking. Two such searches run interleaved on the
same budget: one kicks its incumbent (random swaps) soon after it stalls, the other only after
long stagnation, which covers both rugged and wide-basin instance families. Exact enumeration
is used for tiny instances, where it is cheaper than searching.
"""

from __future__ import annotations

import itertools
import math
import os
import random
import threading
from dataclasses import dataclass, field
from types import ModuleType

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .progress import RunClock, SolveControl, resolve_budget

FloatMatrix = NDArray[np.float64]
IntVector = NDArray[np.int64]

EXACT_MAX_PERMUTATIONS = 40_320
"""Enumerate instead of searching when there are at most this many assignments (8!)."""

_STALL_FACTORS = (2.0, 20.0)
"""One search per entry, interleaved; each is kicked after ``factor * n^2`` idle iterations.

Frequent kicks suit rugged, sparse instances (e.g. tree-like flows) and long undisturbed Ro-TS
runs suit instances whose good solutions sit in wide basins; which one an instance needs is not
known in advance, so both run side by side on the same time budget."""
_PORTFOLIO = ((1.0, 0.1, 0.2), (50.0, 0.1, 0.2), (2.0, 0.9, 1.1))
"""Compiled searches run side by side: ``(stall factor, tenure range as fractions of n)``.

The first is the original Ro-TS (Taillard's tenure 0.9n-1.1n) kicked soon after it stalls,
which suits structured and sparse instances; the second runs long with a short tenure
(0.1n-0.2n), which measured better on random dense instances (tai-a type) where a long tenure
keeps the search away from the better swaps for too long."""
_CHUNK = 256
"""Iterations one search runs before the next takes over."""
_KICK_STRENGTH = (0.125, 0.34)
"""Random swaps per kick, as fractions of n (drawn uniformly in between)."""
_TENURE = (0.9, 1.1)
"""Taillard's randomised tabu tenure range, as fractions of n."""
_ASPIRATION = 5.0
"""Long-term aspiration after ``_ASPIRATION * n^2`` iterations away from a location."""
_RESYNC_EVERY = 2_000
"""Iterations between full delta recomputations; bounds float drift for non-integer data."""
_KERNEL_WORK = 2_000_000
"""Pair updates per compiled kernel call (iterations per call = this / n^2): a few ms, so
time limits and *Cancel* are honoured promptly while call overhead stays negligible."""


@dataclass(frozen=True)
class QapResult:
    """Best assignment found.

    ``permutation[i]`` is the location of facility ``i`` (length = number of facilities).
    ``history`` lists ``(seconds, iteration, cost)`` at each improvement so callers can plot
    convergence. ``optimal`` is True only when the result was proved by enumeration.
    """

    permutation: IntVector
    cost: float
    iterations: int
    seconds: float
    history: list[tuple[float, int, float]] = field(default_factory=list)
    optimal: bool = False


@dataclass(frozen=True)
class _Problem:
    """Square, preprocessed instance the search works on.

    Diagonals are moved into the linear term (``a_ii * b_ll`` depends on one facility only),
    which simplifies the delta formulas; a one-sided asymmetric instance is symmetrised, which
    halves the update work without changing any cost.
    """

    a: FloatMatrix
    b: FloatMatrix
    c: FloatMatrix | None
    n_real: int
    symmetric: bool
    pair_mask: NDArray[np.bool_]


def qap_cost(
    flow: ArrayLike, dist: ArrayLike, permutation: ArrayLike, linear: ArrayLike | None = None
) -> float:
    """Objective of ``permutation`` (location of each facility), evaluated from scratch."""
    f = np.asarray(flow, dtype=np.float64)
    d = np.asarray(dist, dtype=np.float64)
    p = np.asarray(permutation, dtype=np.int64)
    total = float(np.sum(f * d[np.ix_(p, p)]))
    if linear is not None:
        c = np.asarray(linear, dtype=np.float64)
        total += float(c[np.arange(len(p)), p].sum())
    return total


def _validate(
    flow: ArrayLike, dist: ArrayLike, linear: ArrayLike | None
) -> tuple[FloatMatrix, FloatMatrix, FloatMatrix | None]:
    """Convert inputs to float arrays and check shapes, so errors surface before a long run."""
    f = np.asarray(flow, dtype=np.float64)
    d = np.asarray(dist, dtype=np.float64)
    if f.ndim != 2 or f.shape[0] != f.shape[1]:
        raise ValueError(f"flow must be a square matrix, got shape {f.shape}")
    if d.ndim != 2 or d.shape[0] != d.shape[1]:
        raise ValueError(f"dist must be a square matrix, got shape {d.shape}")
    if f.shape[0] > d.shape[0]:
        raise ValueError(f"{f.shape[0]} facilities do not fit on {d.shape[0]} locations")
    c = None
    if linear is not None:
        c = np.asarray(linear, dtype=np.float64)
        if c.shape != (f.shape[0], d.shape[0]):
            raise ValueError(
                f"linear must have shape (facilities, locations) = {(f.shape[0], d.shape[0])},"
                f" got {c.shape}"
            )
    for name, m in (("flow", f), ("dist", d), ("linear", c)):
        if m is not None and not np.all(np.isfinite(m)):
            raise ValueError(f"{name} contains non-finite values")
    return f, d, c


def _prepare(f: FloatMatrix, d: FloatMatrix, c: FloatMatrix | None) -> _Problem:
    """Pad to a square problem with dummy facilities and normalise diagonals/symmetry."""
    n_real, n = f.shape[0], d.shape[0]
    a = np.zeros((n, n))
    a[:n_real, :n_real] = f
    b = d.copy()
    lin = np.zeros((n, n))
    if c is not None:
        lin[:n_real] = c
    lin += np.outer(np.diag(a), np.diag(b))
    np.fill_diagonal(a, 0.0)
    np.fill_diagonal(b, 0.0)
    sym_a = bool(np.array_equal(a, a.T))
    sym_b = bool(np.array_equal(b, b.T))
    if sym_a and not sym_b:
        b = 0.5 * (b + b.T)
    elif sym_b and not sym_a:
        a = 0.5 * (a + a.T)
    # Swapping two dummy facilities never changes anything; excluding those pairs keeps the
    # tabu search from wasting iterations on null moves.
    real = np.arange(n) < n_real
    pair_mask = np.triu(np.ones((n, n), dtype=bool), k=1) & (real[:, None] | real[None, :])
    has_linear = bool(np.any(lin))
    return _Problem(
        a=a,
        b=b,
        c=lin if has_linear else None,
        n_real=n_real,
        symmetric=sym_a or sym_b,
        pair_mask=pair_mask,
    )


class _SwapSearch:
    """Current assignment plus its full swap-delta matrix, updated incrementally.

    ``delta[r, s]`` is the change of cost when facilities ``r`` and ``s`` exchange locations.
    After a swap of ``(u, v)`` Taillard's formula updates every pair disjoint from ``{u, v}``
    in O(1) each (vectorised here as two outer products); rows ``u`` and ``v`` are recomputed
    in O(n) each with matrix-vector products. Total O(n^2) per iteration, all in numpy.
    """

    def __init__(self, prob: _Problem, perm: IntVector) -> None:
        self.prob = prob
        self.n = prob.a.shape[0]
        self.perm = perm.copy()
        self.bp = np.empty((self.n, self.n))
        self.delta = np.empty((self.n, self.n))
        self.cost = 0.0
        self.reset(perm)

    def reset(self, perm: IntVector) -> None:
        """Load an assignment and recompute cost and deltas from scratch (O(n^3) BLAS)."""
        self.perm = perm.copy()
        b = self.prob.b
        self.bp = b[np.ix_(self.perm, self.perm)]
        self.cost = self.full_cost()
        self.delta = self._full_delta()

    def full_cost(self) -> float:
        """Objective of the current assignment, from scratch."""
        total = float(np.sum(self.prob.a * self.bp))
        if self.prob.c is not None:
            total += float(self.prob.c[np.arange(self.n), self.perm].sum())
        return total

    def _full_delta(self) -> FloatMatrix:
        a, bp = self.prob.a, self.bp
        g_mat = a.T @ bp
        h_mat = a @ bp.T
        gh = np.diag(g_mat) + np.diag(h_mat)
        delta = g_mat + g_mat.T + h_mat + h_mat.T
        delta -= gh[:, None]
        delta -= gh[None, :]
        delta += (a + a.T) * (bp + bp.T)
        if self.prob.c is not None:
            cp = self.prob.c[:, self.perm]
            cd = np.diag(cp)
            delta += cp + cp.T - cd[:, None] - cd[None, :]
        np.fill_diagonal(delta, 0.0)
        return delta

    def _rows(self, rows: IntVector) -> FloatMatrix:
        """Exact deltas of all pairs involving ``rows`` (shape ``len(rows) x n``)."""
        a, bp = self.prob.a, self.bp
        ar, br = a[rows], bp[rows]
        if self.prob.symmetric:
            gh = 2.0 * np.einsum("ij,ij->j", a, bp)
            out = 2.0 * (ar @ bp + br @ a)
            out += 4.0 * ar * br
        else:
            ac, bc = a[:, rows].T, bp[:, rows].T
            gh = np.einsum("ij,ij->j", a, bp) + np.einsum("ij,ij->i", a, bp)
            out = ac @ bp + bc @ a + ar @ bp.T + br @ a.T
            out += (ar + ac) * (br + bc)
        out -= gh[rows][:, None]
        out -= gh[None, :]
        c = self.prob.c
        if c is not None:
            cd = c[np.arange(self.n), self.perm]
            out += c[rows][:, self.perm] + c[:, self.perm[rows]].T
            out -= cd[rows][:, None]
            out -= cd[None, :]
        out[np.arange(len(rows)), rows] = 0.0
        return out

    def swap(self, u: int, v: int) -> None:
        """Exchange the locations of facilities ``u`` and ``v`` and update cost and deltas."""
        self.cost += self.delta[u, v]
        p = self.perm
        p[u], p[v] = p[v], p[u]
        bp = self.bp
        row = bp[u].copy()
        bp[u] = bp[v]
        bp[v] = row
        col = bp[:, u].copy()
        bp[:, u] = bp[:, v]
        bp[:, v] = col
        if self.prob.symmetric:
            self._update_symmetric(u, v)
        else:
            self._update_general(u, v)

    def _update_symmetric(self, u: int, v: int) -> None:
        """Taillard's update for symmetric ``a`` and ``b`` (the common case: both terms equal)."""
        a, bp, delta = self.prob.a, self.bp, self.delta
        alpha = a[u] - a[v]
        alpha *= 2.0
        beta = bp[u] - bp[v]
        upd = alpha[:, None] - alpha
        upd *= beta[:, None] - beta
        delta -= upd
        # Rows u and v exactly: 2 (G[r] + G[:, r]) - 2 g_r - 2 g + 4 a_r * bp_r, G = a @ bp.
        # A strided slice selects both rows as a view, so the pair is done in one pass.
        u, v = min(u, v), max(u, v)
        rows = slice(u, v + 1, v - u)
        g2 = np.einsum("ij,ij->j", a, bp)
        g2 *= 2.0
        ar, br = a[rows], bp[rows]
        out = ar @ bp
        out += br @ a
        out *= 2.0
        out += 4.0 * ar * br
        out -= g2
        out -= g2[rows][:, None]
        c = self.prob.c
        if c is not None:
            cd = c[np.arange(self.n), self.perm]
            out += c[rows][:, self.perm]
            out += c[:, self.perm[rows]].T
            out -= cd
            out -= cd[rows][:, None]
        out[0, u] = 0.0
        out[1, v] = 0.0
        delta[rows] = out
        delta[:, rows] = out.T

    def _update_general(self, u: int, v: int) -> None:
        """Taillard's update for asymmetric ``a`` and ``b`` (two outer-product terms)."""
        a, bp = self.prob.a, self.bp
        alpha = a[:, u] - a[:, v]
        beta = bp[:, u] - bp[:, v]
        upd = np.subtract.outer(alpha, alpha)
        upd *= np.subtract.outer(beta, beta)
        gamma = a[u] - a[v]
        dlt = bp[u] - bp[v]
        upd += np.subtract.outer(gamma, gamma) * np.subtract.outer(dlt, dlt)
        self.delta -= upd
        rows = np.array([u, v])
        fresh = self._rows(rows)
        self.delta[rows, :] = fresh
        self.delta[:, rows] = fresh.T


@dataclass
class _Incumbent:
    """Best assignment seen so far, plus its improvement log and the iterations spent."""

    perm: IntVector
    cost: float
    history: list[tuple[float, int, float]] = field(default_factory=list)
    iterations: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)


class _RobustTabu:
    """One Ro-TS search with iterated perturbation (kicks) on stagnation.

    Tabu memory ``tabu[i, loc]`` holds the iteration until which facility ``i`` may not return to
    ``loc``. A swap is tabu only when both facilities would return to recently left locations
    (Taillard's rule). Aspiration lifts the ban when a move beats the incumbent, and a move that
    puts facilities on locations they have not used for ``aspiration`` iterations is forced,
    which gives Ro-TS its long-term diversification.

    Ties between equal deltas are broken by a tiny random matrix (redrawn at every kick):
    sparse instances have many equal deltas, and always taking the lowest index makes the
    search cycle through the same few moves.
    """

    def __init__(
        self, prob: _Problem, seed: int, clock: RunClock, shared: _Incumbent, stall_factor: float
    ) -> None:
        self.prob = prob
        self.shared = shared
        self.n = prob.a.shape[0]
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        self.clock = clock
        n = self.n
        self.t_min = max(2, int(math.floor(_TENURE[0] * n)))
        self.t_max = max(self.t_min + 1, int(math.ceil(_TENURE[1] * n)))
        self.aspiration = int(_ASPIRATION * n * n)
        self.stall_limit = max(200, int(stall_factor * n * n))
        self.kick_lo = max(2, int(_KICK_STRENGTH[0] * n))
        self.kick_hi = max(self.kick_lo + 1, int(_KICK_STRENGTH[1] * n))
        # tabu_t[loc, i]: iteration until which facility i may not return to loc.
        self.tabu_t = np.zeros((n, n), dtype=np.int64)
        self._pair_penalty = np.where(prob.pair_mask, 0.0, np.inf)
        self._pair_age_penalty = np.where(prob.pair_mask, 0, np.iinfo(np.int64).max // 4)
        self._cand = np.empty((n, n))
        self._last = np.empty((n, n), dtype=np.int64)
        self.iteration = 0
        start = self._random_perm()
        self.search = _SwapSearch(prob, start)
        self.best = _Incumbent(start.copy(), self.search.cost)
        self.improved_at = 0
        self._record()
        self._new_tie_noise()

    def _random_perm(self) -> IntVector:
        perm = list(range(self.n))
        self.rng.shuffle(perm)
        return np.array(perm, dtype=np.int64)

    def _new_tie_noise(self) -> None:
        # 1e-9 of the largest delta: below one unit for integer data up to 1e9, so only
        # exact ties are reordered.
        scale = 1e-9 * max(1.0, float(np.abs(self.search.delta).max()))
        noise = self.np_rng.random((self.n, self.n)) * scale
        self._pair_penalty = np.where(self.prob.pair_mask, noise, np.inf)

    def _record(self) -> None:
        """New best of this search; also the overall best if it beats the shared record."""
        cost = self.search.full_cost()
        self.search.cost = cost
        self.best = _Incumbent(self.search.perm.copy(), cost)
        shared = self.shared
        if cost < shared.cost:
            shared.perm, shared.cost = self.best.perm, cost
            shared.history.append((self.clock.elapsed(), shared.iterations, cost))
            self.clock.report(cost, shared.iterations)

    def _select(self) -> tuple[int, int]:
        """Best admissible swap under Taillard's tabu and aspiration rules.

        A move beating the incumbent is the global minimum of the (masked) delta matrix, so it
        is checked first; only otherwise are the tabu and long-term aspiration masks built.
        """
        s = self.search
        it = self.iteration
        cand = np.add(s.delta, self._pair_penalty, out=self._cand)
        k = int(cand.argmin())
        if cand.flat[k] < self.shared.cost - s.cost - 1e-9:
            return divmod(k, self.n)
        # t[s, r] = tabu[r, perm[s]]; a pair is tabu only if both facilities' entries are.
        t = self.tabu_t.take(s.perm, axis=0)
        last = np.minimum(t, t.T, out=self._last)
        last += self._pair_age_penalty
        if last.min() < it - self.aspiration:
            k = int(np.where(last < it - self.aspiration, cand, np.inf).argmin())
            return divmod(k, self.n)
        np.putmask(cand, last >= it, np.inf)
        k2 = int(cand.argmin())
        if np.isfinite(cand.flat[k2]):
            k = k2
        return divmod(k, self.n)

    def advance(self, iterations: int) -> bool:
        """Run up to ``iterations`` steps; False once the budget is spent or the run cancelled."""
        for _ in range(iterations):
            if self.clock.stop(self.shared.iterations):
                return False
            self.step()
        return True

    def step(self) -> None:
        """One tabu iteration (plus a kick when this search has stalled)."""
        if self.iteration - self.improved_at > self.stall_limit:
            self.perturb(self.rng.randint(self.kick_lo, self.kick_hi))
        self.shared.iterations += 1
        u, v = self._select()
        s = self.search
        old_u, old_v = int(s.perm[u]), int(s.perm[v])
        s.swap(u, v)
        self.iteration += 1
        self.tabu_t[old_u, u] = self.iteration + self.rng.randint(self.t_min, self.t_max)
        self.tabu_t[old_v, v] = self.iteration + self.rng.randint(self.t_min, self.t_max)
        if self.iteration % _RESYNC_EVERY == 0:
            s.reset(s.perm)
        if s.cost < self.best.cost - 1e-9:
            self._record()
            self.improved_at = self.iteration

    def _restart_from(self, perm: IntVector) -> None:
        self.search.reset(perm)
        # entries 'visited now': no move is tabu, long-term aspiration restarts its clock
        self.tabu_t.fill(self.iteration)
        self.improved_at = self.iteration
        self._new_tie_noise()

    def perturb(self, strength: int) -> None:
        """Continue from the incumbent with ``strength`` random swaps and fresh tabu memory."""
        perm = self.best.perm.copy()
        for _ in range(strength):
            i, j = self.rng.sample(range(self.n), 2)
            perm[i], perm[j] = perm[j], perm[i]
        self._restart_from(perm)


class _CompiledTabu:
    """The same Ro-TS as :class:`_RobustTabu`, its iterations run by the compiled kernel.

    The kernel (:func:`qap_kernel.tabu_run`) does the tabu iterations; this class keeps what
    happens rarely in Python: kicks after stagnation, float resynchronisation, sharing the
    best assignment and progress. Kernel calls have a fixed length that depends on ``n`` only,
    so a run with an iteration budget is reproducible whatever the machine's speed.
    """

    def __init__(
        self,
        prob: _Problem,
        seed: int,
        clock: RunClock,
        shared: _Incumbent,
        stall_factor: float,
        tenure: tuple[float, float] = _TENURE,
    ) -> None:
        self.prob = prob
        self.shared = shared
        self.clock = clock
        self.kernel = _kernel()
        n = self.n = prob.a.shape[0]
        self.rng = random.Random(seed)
        self.kernel_rng = np.array([(seed * 0x9E3779B97F4A7C15 + 1) % 2**64 or 1], np.uint64)
        self.a = np.ascontiguousarray(prob.a)
        self.at = np.ascontiguousarray(prob.a.T)
        self.b = np.ascontiguousarray(prob.b)
        self.bp = np.empty((n, n))
        self.bpt = np.empty((n, n))
        self.c = np.ascontiguousarray(prob.c) if prob.c is not None else np.zeros((0, 0))
        self.pair_ok = np.ascontiguousarray(prob.pair_mask)
        # Integer data whose largest possible cost fits a float's 53-bit mantissa is updated
        # exactly, so only other data needs periodic recomputation against drift.
        top = [float(np.abs(m).max(initial=0.0)) for m in (self.a, self.b, self.c)]
        self.integral = all(bool(np.all(m == np.round(m))) for m in (self.a, self.b, self.c))
        self.integral &= 4.0 * n * n * top[0] * top[1] + 4.0 * n * top[2] < 2.0**52
        self.t_min = max(2, int(math.floor(tenure[0] * n)))
        self.t_max = max(self.t_min + 1, int(math.ceil(tenure[1] * n)))
        self.aspiration = int(_ASPIRATION * n * n)
        self.stall_limit = max(200, int(stall_factor * n * n))
        self.kick_lo = max(2, int(_KICK_STRENGTH[0] * n))
        self.kick_hi = max(self.kick_lo + 1, int(_KICK_STRENGTH[1] * n))
        self.tabu = np.zeros((n, n), dtype=np.int64)
        self.delta = np.zeros((n, n))
        self.scal = np.zeros(2)
        self.ints = np.zeros(3, dtype=np.int64)
        self.perm = np.arange(n, dtype=np.int64)
        self.best_perm = self.perm.copy()
        self.since_resync = 0
        start = list(range(n))
        self.rng.shuffle(start)
        self._restart_from(np.array(start, dtype=np.int64))
        self.scal[1] = self.scal[0]
        self.best_perm[:] = self.perm
        self._share()

    @property
    def iteration(self) -> int:
        return int(self.ints[0])

    @property
    def best(self) -> _Incumbent:
        return _Incumbent(self.best_perm.copy(), float(self.scal[1]))

    def _cost(self, perm: IntVector) -> float:
        a, b = self.a, self.b
        total = float(np.sum(a * b[np.ix_(perm, perm)]))
        if self.c.size:
            total += float(self.c[np.arange(self.n), perm].sum())
        return total

    def _restart_from(self, perm: IntVector) -> None:
        self.perm[:] = perm
        self.scal[0] = self._cost(self.perm)
        self._full_delta()
        # entries 'visited now': no move is tabu, long-term aspiration restarts its clock
        self.tabu.fill(self.ints[0])
        self.ints[1] = self.ints[2] = self.ints[0]
        self.since_resync = 0

    def _full_delta(self) -> None:
        self.kernel.permuted(self.b, self.perm, self.bp, self.bpt)
        self.kernel.full_delta(
            self.a, self.at, self.bp, self.bpt, self.c, self.prob.symmetric, self.perm, self.delta
        )

    def _share(self) -> None:
        """Exact re-score of this search's best; publish it if it beats the shared record."""
        cost = self._cost(self.best_perm)
        self.scal[1] = cost
        with self.shared.lock:
            if cost < self.shared.cost:
                self.shared.perm, self.shared.cost = self.best_perm.copy(), cost
                self.shared.history.append((self.clock.elapsed(), self.shared.iterations, cost))
                self.clock.report(cost, self.shared.iterations)

    def perturb(self, strength: int) -> None:
        """Continue from this search's best with ``strength`` random swaps, fresh tabu memory."""
        perm = self.best_perm.copy()
        for _ in range(strength):
            i, j = self.rng.sample(range(self.n), 2)
            perm[i], perm[j] = perm[j], perm[i]
        self._restart_from(perm)

    def advance(self, iterations: int) -> bool:
        """Run ``iterations`` tabu steps in kernel calls; False once the budget is spent."""
        left = iterations
        step = max(16, _KERNEL_WORK // (self.n * self.n))
        while left > 0:
            if self.clock.stop(self.shared.iterations):
                return False
            k = min(left, step)
            if self.clock.max_iterations is not None:
                k = min(k, self.clock.max_iterations - self.shared.iterations)
            before = float(self.scal[1])
            done = self.kernel.tabu_run(
                self.a, self.at, self.bp, self.bpt, self.c, self.prob.symmetric, self.pair_ok,
                self.perm,
                self.delta, self.tabu, self.best_perm, self.scal, self.ints, self.kernel_rng,
                k, self.stall_limit, self.t_min, self.t_max, self.aspiration, -math.inf,
            )  # fmt: skip
            left -= done
            with self.shared.lock:
                self.shared.iterations += done
            self.since_resync += done
            if self.scal[1] < before:
                self._share()
            if done < k:  # stalled: kick
                self.perturb(self.rng.randint(self.kick_lo, self.kick_hi))
            elif not self.integral and self.since_resync >= _RESYNC_EVERY:
                self._restart_keep_tabu()
        return True

    def _restart_keep_tabu(self) -> None:
        """Recompute cost and deltas from scratch (float drift), tabu memory untouched."""
        self.scal[0] = self._cost(self.perm)
        self._full_delta()
        self.since_resync = 0


def solve_qap(
    flow: ArrayLike,
    dist: ArrayLike,
    *,
    linear: ArrayLike | None = None,
    seconds: float | None = None,
    seed: int | None = None,
    control: SolveControl | None = None,
    max_iterations: int | None = None,
    exact_up_to: int = EXACT_MAX_PERMUTATIONS,
) -> QapResult:
    """Assign facilities to locations minimising flow x distance (+ linear) cost.

    ``flow`` is ``n_f x n_f``, ``dist`` is ``n_l x n_l`` with ``n_f <= n_l`` (extra locations stay
    empty), ``linear`` is ``n_f x n_l``. Runs until ``seconds`` elapse, ``max_iterations`` tabu
    iterations are done, or ``control`` is cancelled; always returns a valid assignment. For a
    fixed seed and iteration budget the run is deterministic. Instances with at most
    ``exact_up_to`` assignments are solved by enumeration (pass 0 to force the search).
    """
    seconds, seed = resolve_budget(seconds, seed, control, default_seconds=10.0)
    f, d, c = _validate(flow, dist, linear)
    n_f, n_l = f.shape[0], d.shape[0]
    clock = RunClock(seconds, control, max_iterations)
    kernel = _kernel()
    if kernel.COMPILED and n_f > 0 and math.perm(n_l, n_f) > exact_up_to and n_l >= 2:
        # Compile (first run after installation, a few seconds) or load from the cache before
        # any search starts; inside the time limit, so "60 s" is 60 s on the planner's clock.
        kernel.warm_up()
    if n_f == 0:
        clock.report(0.0, final=True)
        return QapResult(np.zeros(0, dtype=np.int64), 0.0, 0, clock.elapsed(), optimal=True)
    if math.perm(n_l, n_f) <= exact_up_to or n_l < 2:
        result = solve_qap_exact(f, d, linear=c)
        clock.report(result.cost, final=True)
        return result
    prob = _prepare(f, d, c)
    shared = _Incumbent(np.arange(n_l, dtype=np.int64), math.inf)
    searches: list[_RobustTabu | _CompiledTabu]
    compiled = kernel.COMPILED
    if compiled:
        searches = [
            _CompiledTabu(prob, seed * len(_PORTFOLIO) + i, clock, shared, stall, (t_lo, t_hi))
            for i, (stall, t_lo, t_hi) in enumerate(_PORTFOLIO)
        ]
    else:
        searches = [
            _RobustTabu(prob, seed * len(_STALL_FACTORS) + i, clock, shared, factor)
            for i, factor in enumerate(_STALL_FACTORS)
        ]
    if compiled and max_iterations is None and (os.cpu_count() or 1) > 1:
        _run_parallel(searches, shared, clock)
    else:
        _run(searches, shared, clock)
    perm = shared.perm[:n_f].copy()
    cost = qap_cost(f, d, perm, c)
    clock.report(cost, shared.iterations, final=True)
    return QapResult(perm, cost, shared.iterations, clock.elapsed(), shared.history)


def _kernel() -> ModuleType:
    """The compiled kernel module, imported on first use: loading numba takes about a second,
    which the app should not pay at start-up for a dialog the planner may never open."""
    from . import qap_kernel

    return qap_kernel


def _run(
    searches: list[_RobustTabu | _CompiledTabu], shared: _Incumbent, clock: RunClock
) -> None:
    """Interleave the searches in chunks until the budget is spent.

    Chunks keep the switching overhead negligible while giving every search the same share
    of the time, so the result does not depend on which search an instance favours.
    """
    while True:
        for search in searches:
            if not search.advance(_CHUNK):
                return
            clock.report(shared.cost, shared.iterations)


def _run_parallel(
    searches: list[_RobustTabu | _CompiledTabu], shared: _Incumbent, clock: RunClock
) -> None:
    """Run each search in its own thread (the compiled kernel releases the GIL).

    Only for time-limited runs: with two cores both searches get the whole budget instead of
    half each. Iteration-limited runs stay sequential so that they are reproducible.
    """
    errors: list[BaseException] = []
    failed = threading.Event()

    def work(search: _RobustTabu | _CompiledTabu) -> None:
        try:
            while not failed.is_set() and search.advance(_CHUNK):
                clock.report(shared.cost, shared.iterations)
        except BaseException as exc:  # re-raised in the calling thread
            errors.append(exc)
            failed.set()

    threads = [
        threading.Thread(target=work, args=(s,), name=f"qap-search-{i}", daemon=True)
        for i, s in enumerate(searches)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def solve_qap_exact(
    flow: ArrayLike, dist: ArrayLike, *, linear: ArrayLike | None = None
) -> QapResult:
    """Optimal assignment by enumerating all of them (small instances and tests only).

    Vectorised in batches so the 8! = 40 320 assignments of an 8x8 instance take milliseconds.
    """
    f, d, c = _validate(flow, dist, linear)
    n_f, n_l = f.shape[0], d.shape[0]
    if math.perm(n_l, n_f) > 2_000_000:
        raise ValueError(f"{math.perm(n_l, n_f)} assignments are too many to enumerate")
    clock = RunClock(0.0, None)
    best_cost = math.inf
    best_perm = np.arange(n_f, dtype=np.int64)
    perms_iter = itertools.permutations(range(n_l), n_f)
    rows = np.arange(n_f)
    while True:
        batch = np.array(list(itertools.islice(perms_iter, 20_000)), dtype=np.int64)
        if batch.size == 0:
            break
        batch = batch.reshape(-1, n_f)
        sub = d[batch[:, :, None], batch[:, None, :]]
        costs = np.einsum("kij,ij->k", sub, f)
        if c is not None:
            costs += c[rows[None, :], batch].sum(axis=1)
        k = int(np.argmin(costs))
        if costs[k] < best_cost:
            best_cost = float(costs[k])
            best_perm = batch[k].copy()
        if n_f == 0:
            break
    return QapResult(best_perm, float(best_cost), 0, clock.elapsed(), optimal=True)
