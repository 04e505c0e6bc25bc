"""Steiner tree solver: exhaustive agreement on small graphs, validity, run control."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import minimum_spanning_tree

from ecopark.optimise.progress import SolveControl
from ecopark.optimise.steiner import SteinerResult, solve_steiner, solve_steiner_nx

Edges = tuple[np.ndarray, np.ndarray, np.ndarray]
LONG = 60.0  # round-bounded runs: deterministic and independent of machine speed


def _random_graph(rng: np.random.Generator, n: int, extra: int, max_w: int = 9) -> Edges:
    """Connected graph: a random spanning tree plus ``extra`` random edges."""
    order = rng.permutation(n)
    us = [int(order[i]) for i in range(1, n)]
    vs = [int(order[rng.integers(0, i)]) for i in range(1, n)]
    for _ in range(extra):
        a, b = rng.choice(n, 2, replace=False)
        us.append(int(a))
        vs.append(int(b))
    w = rng.integers(1, max_w + 1, len(us)).astype(float)
    return np.array(us), np.array(vs), w


def _brute_force(n: int, edges: Edges, terminals: list[int]) -> float:
    """Optimum = min over Steiner-node subsets S of MST(induced on terminals + S)."""
    u, v, w = edges
    others = [x for x in range(n) if x not in terminals]
    best = np.inf
    for k in range(len(others) + 1):
        for extra in itertools.combinations(others, k):
            nodes = set(terminals) | set(extra)
            mask = np.array([a in nodes and b in nodes for a, b in zip(u, v, strict=True)])
            if not mask.any():
                continue
            # keep the cheapest of parallel edges; csr_matrix would sum duplicates
            cheapest: dict[tuple[int, int], float] = {}
            for a, b, x in zip(u[mask], v[mask], w[mask], strict=True):
                key = (min(a, b), max(a, b))
                cheapest[key] = min(cheapest.get(key, np.inf), float(x))
            rows = [a for a, _ in cheapest]
            cols = [b for _, b in cheapest]
            m = csr_matrix((list(cheapest.values()), (rows, cols)), shape=(n, n))
            mst = minimum_spanning_tree(m)
            if mst.nnz == len(nodes) - 1:
                best = min(best, float(mst.sum()))
    return best


def _check_tree(res: SteinerResult, n: int, edges: Edges, terminals: list[int]) -> None:
    """The result is a tree containing every terminal, and its cost adds up."""
    u, v, w = edges
    weight: dict[tuple[int, int], float] = {}
    for a, b, x in zip(u.tolist(), v.tolist(), w.tolist(), strict=True):
        key = (min(a, b), max(a, b))
        weight[key] = min(weight.get(key, np.inf), x)
    g = nx.Graph()
    g.add_nodes_from(terminals)
    g.add_edges_from(res.edges)
    assert nx.is_tree(g)
    assert set(terminals) <= set(g.nodes)
    assert all(a < b for a, b in res.edges)
    assert res.cost == pytest.approx(sum(weight[e] for e in res.edges))
    leaves = [x for x in g.nodes if g.degree(x) == 1]
    assert len(terminals) <= 1 or set(leaves) <= set(terminals), "non-terminal leaf left"


@pytest.mark.parametrize("case", range(16))
def test_heuristic_matches_exhaustive_search(case: int) -> None:
    rng = np.random.default_rng(case)
    n = int(rng.integers(6, 12))
    edges = _random_graph(rng, n, int(rng.integers(2, 2 * n)))
    terminals = sorted(rng.choice(n, int(rng.integers(2, 6)), replace=False).tolist())
    res = solve_steiner(n, edges, terminals, seconds=LONG, seed=case, max_rounds=6, exact=False)
    _check_tree(res, n, edges, terminals)
    assert res.cost == pytest.approx(_brute_force(n, edges, terminals))


@pytest.mark.parametrize("case", range(6))
def test_dreyfus_wagner_is_exact_and_flagged(case: int) -> None:
    rng = np.random.default_rng(100 + case)
    n = 11
    edges = _random_graph(rng, n, 14)
    terminals = sorted(rng.choice(n, 5, replace=False).tolist())
    res = solve_steiner(n, edges, terminals, seconds=LONG, seed=0, max_rounds=1)
    _check_tree(res, n, edges, terminals)
    assert res.optimal
    assert res.cost == pytest.approx(_brute_force(n, edges, terminals))


def test_grid_with_hub_needs_a_steiner_node() -> None:
    """Four corners of a plus shape: the centre (non-terminal) must be used."""
    u = np.array([0, 1, 2, 3, 0, 1, 2, 3])
    v = np.array([4, 4, 4, 4, 1, 2, 3, 0])
    w = np.array([1.0, 1.0, 1.0, 1.0, 1.9, 1.9, 1.9, 1.9])
    res = solve_steiner(5, (u, v, w), [0, 1, 2, 3], seconds=LONG, max_rounds=2, exact=False)
    assert res.cost == pytest.approx(4.0)
    assert 4 in res.nodes


def test_same_seed_same_tree() -> None:
    rng = np.random.default_rng(5)
    n = 120
    edges = _random_graph(rng, n, 200, max_w=50)
    terminals = rng.choice(n, 30, replace=False)
    runs = [
        solve_steiner(n, edges, terminals, seconds=LONG, seed=9, max_rounds=3) for _ in range(2)
    ]
    assert runs[0].edges == runs[1].edges
    assert runs[0].cost == runs[1].cost


def test_cancelled_run_still_returns_a_tree() -> None:
    rng = np.random.default_rng(6)
    n = 150
    edges = _random_graph(rng, n, 250, max_w=30)
    terminals = sorted(rng.choice(n, 40, replace=False).tolist())
    control = SolveControl()
    control.cancel()
    res = solve_steiner(n, edges, terminals, seconds=LONG, control=control)
    _check_tree(res, n, edges, terminals)
    assert res.iterations == 1


def test_progress_is_reported() -> None:
    rng = np.random.default_rng(7)
    n = 60
    edges = _random_graph(rng, n, 90)
    terminals = rng.choice(n, 15, replace=False)
    calls: list[tuple[float, float]] = []
    control = SolveControl(seconds=LONG, on_progress=lambda f, c: calls.append((f, c)))
    res = solve_steiner(n, edges, terminals, control=control, max_rounds=3)
    assert calls
    assert calls[-1] == (1.0, res.cost)
    assert all(0.0 <= f <= 1.0 for f, _ in calls)


def test_forbidden_nodes_are_avoided() -> None:
    # a path 0-1-2 with a cheap shortcut through 3 that is forbidden
    u, v, w = np.array([0, 1, 0, 3]), np.array([1, 2, 3, 2]), np.array([5.0, 5.0, 1.0, 1.0])
    free = solve_steiner(4, (u, v, w), [0, 2], seconds=LONG)
    assert free.cost == 2.0
    res = solve_steiner(4, (u, v, w), [0, 2], seconds=LONG, forbidden_nodes=[3])
    assert res.cost == 10.0 and 3 not in res.nodes
    with pytest.raises(ValueError, match="forbidden"):
        solve_steiner(4, (u, v, w), [0, 3], forbidden_nodes=[3])


def test_disconnected_terminals_raise() -> None:
    u, v, w = np.array([0, 2]), np.array([1, 3]), np.array([1.0, 1.0])
    with pytest.raises(ValueError, match="not all connected"):
        solve_steiner(4, (u, v, w), [0, 3])


def test_zero_weights_parallel_edges_and_row_input() -> None:
    rows = np.array([[0, 1, 0.0], [1, 2, 4.0], [1, 2, 1.0], [2, 3, 0.0], [3, 3, 5.0]])
    res = solve_steiner(4, rows, [0, 3], seconds=LONG)
    assert res.edges == [(0, 1), (1, 2), (2, 3)]
    assert res.cost == 1.0


def test_trivial_terminal_sets() -> None:
    edges = (np.array([0]), np.array([1]), np.array([3.0]))
    assert solve_steiner(2, edges, []).edges == []
    one = solve_steiner(2, edges, [1, 1])
    assert one.edges == [] and one.cost == 0.0 and one.optimal
    two = solve_steiner(2, edges, [0, 1])
    assert two.edges == [(0, 1)] and two.cost == 3.0 and two.optimal


def test_networkx_wrapper_uses_node_labels() -> None:
    g = nx.Graph()
    g.add_edge("a", "hub", weight=1)
    g.add_edge("b", "hub", weight=1)
    g.add_edge("c", "hub", weight=1)
    g.add_edge("a", "b", weight=3)
    g.add_edge("b", "c", weight=3)
    edges, cost = solve_steiner_nx(g, ["a", "b", "c"], seconds=LONG, max_rounds=2)
    assert cost == 3
    assert {frozenset(e) for e in edges} == {
        frozenset(("a", "hub")),
        frozenset(("b", "hub")),
        frozenset(("c", "hub")),
    }


def test_beats_or_matches_networkx_on_a_mid_size_graph() -> None:
    rng = np.random.default_rng(8)
    n = 200
    u, v, w = _random_graph(rng, n, 350, max_w=100)
    terminals = sorted(rng.choice(n, 40, replace=False).tolist())
    g = nx.Graph()
    for a, b, x in zip(u.tolist(), v.tolist(), w.tolist(), strict=True):
        if not g.has_edge(a, b) or g[a][b]["weight"] > x:
            g.add_edge(a, b, weight=x)
    peer = nx.algorithms.approximation.steiner_tree(g, terminals, method="mehlhorn")
    res = solve_steiner(n, (u, v, w), terminals, seconds=LONG, max_rounds=2)
    _check_tree(res, n, (u, v, w), terminals)
    assert res.cost <= peer.size(weight="weight")
