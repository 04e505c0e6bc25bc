"""Steiner tree in graphs: the cheapest network of corridor edges joining all terminals.

Used by the pipeline router: terminals are the firms/facilities to connect, the graph is the
corridor network, and extra junction nodes (Steiner vertices) may be used freely.

Method (a standard, well-tested pipeline for this NP-hard problem):

1. Shortest-path heuristic (Takahashi-Matsuyama): grow a tree from one terminal by repeatedly
   attaching the nearest remaining terminal along its shortest path. Distances to the growing
   tree are maintained incrementally with bounded multi-source Dijkstra runs (scipy), so each
   step costs about one local search, not an all-pairs computation.
2. Clean-up: minimum spanning tree of the subgraph induced by the tree's nodes, then pruning of
   non-terminal leaves.
3. Local search until no move improves: key-path exchange (replace a path between key nodes by
   a shorter reconnection of the two halves), key-vertex elimination (drop a Steiner branching
   node and reconnect the pieces) and Steiner-vertex insertion (add a node, recompute the MST).
4. Multi-start: repeat from other root terminals with randomly perturbed edge weights until the
   time budget is spent, keeping the best tree.

Small instances (few terminals) are solved exactly by Dreyfus-Wagner dynamic programming.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray
from scipy.sparse.csgraph import connected_components, dijkstra, minimum_spanning_tree

from .progress import RunClock, SolveControl, resolve_budget

if TYPE_CHECKING:
    import networkx as nx

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]
EdgeInput = tuple[ArrayLike, ArrayLike, ArrayLike] | ArrayLike

_EPS = 1e-9
_DW_MAX_WORK = 4e7
"""Work Dreyfus-Wagner may take, in vector elements (about 0.1 s per 1e7 here), else skipped.

Estimated as ``3^k / 2 * (n + 300) + 2^k * n^2`` for k + 1 terminals and n nodes: the 300 is the
fixed cost of one numpy call, which dominates for small graphs with many terminals."""
_DW_MAX_NODES = 1500
"""Dreyfus-Wagner keeps all-pairs distances: n^2 floats must stay small."""
_NOISE = 0.25
"""Relative weight noise of restarts: enough to change SPH choices, small enough to stay good."""


@dataclass(frozen=True)
class SteinerResult:
    """Best tree found: ``edges`` as ``(u, v)`` node pairs (``u < v``), ``cost`` = sum of weights.

    ``optimal`` is True when the tree was proved optimal (exact dynamic programming).
    ``history`` lists ``(seconds, round, cost)`` at each improvement.
    """

    edges: list[tuple[int, int]]
    cost: float
    seconds: float
    nodes: list[int] = field(default_factory=list)
    iterations: int = 0
    optimal: bool = False
    history: list[tuple[float, int, float]] = field(default_factory=list)


class _Graph:
    """Undirected graph in the forms the algorithms need (edge arrays, CSR, weight lookup).

    Parallel edges keep their cheapest weight and self-loops are dropped. Zero weights get a tiny
    positive offset internally because scipy's sparse graphs cannot hold explicit zero edges;
    reported costs always use the true weights.
    """

    def __init__(self, n: int, u: IntArray, v: IntArray, w: FloatArray) -> None:
        self.n = n
        keep = u != v
        u, v, w = u[keep], v[keep], w[keep]
        lo, hi = np.minimum(u, v), np.maximum(u, v)
        order = np.lexsort((w, hi, lo))
        lo, hi, w = lo[order], hi[order], w[order]
        first = np.ones(lo.size, dtype=bool)
        first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
        self.eu, self.ev, self.w = lo[first], hi[first], w[first]
        offset = _EPS * max(1.0, float(self.w.max(initial=0.0))) if self.w.size else 0.0
        self.wi = np.where(self.w > 0, self.w, offset)
        self.csr = self.make_csr(self.wi)
        self.weight: dict[tuple[int, int], float] = {}
        for a, b, x in zip(self.eu.tolist(), self.ev.tolist(), self.wi.tolist(), strict=True):
            self.weight[(a, b)] = x
            self.weight[(b, a)] = x
        self.true_weight: dict[tuple[int, int], float] = {
            (a, b): x
            for a, b, x in zip(self.eu.tolist(), self.ev.tolist(), self.w.tolist(), strict=True)
        }

    def make_csr(self, weights: FloatArray) -> sp.csr_matrix:
        """Symmetric CSR (both directions stored) so Dijkstra can run as a directed search."""
        rows = np.concatenate([self.eu, self.ev])
        cols = np.concatenate([self.ev, self.eu])
        data = np.concatenate([weights, weights])
        return sp.csr_matrix((data, (rows, cols)), shape=(self.n, self.n))

    def true_cost(self, edges: Iterable[tuple[int, int]]) -> float:
        return float(sum(self.true_weight[(min(a, b), max(a, b))] for a, b in edges))


@dataclass
class _Tree:
    """A Steiner tree as node set and adjacency (internal weights)."""

    adj: dict[int, dict[int, float]]
    cost: float

    @property
    def nodes(self) -> list[int]:
        return list(self.adj)

    def edges(self) -> list[tuple[int, int]]:
        return [(a, b) for a, nbrs in self.adj.items() for b in nbrs if a < b]


def _tree_from_edges(edges: Iterable[tuple[int, int]], graph: _Graph, single: int) -> _Tree:
    adj: dict[int, dict[int, float]] = {single: {}} if single >= 0 else {}
    cost = 0.0
    for a, b in edges:
        w = graph.weight[(a, b)]
        adj.setdefault(a, {})[b] = w
        adj.setdefault(b, {})[a] = w
        cost += w
    return _Tree(adj, cost)


def _prune(tree: _Tree, is_terminal: NDArray[np.bool_]) -> _Tree:
    """Remove non-terminal leaves until none is left (they only add cost)."""
    adj = tree.adj
    cost = tree.cost
    stack = [x for x, nbrs in adj.items() if len(nbrs) <= 1 and not is_terminal[x]]
    while stack:
        x = stack.pop()
        if x not in adj or len(adj[x]) > 1 or is_terminal[x]:
            continue
        for y, w in adj.pop(x).items():
            cost -= w
            del adj[y][x]
            if len(adj[y]) <= 1 and not is_terminal[y]:
                stack.append(y)
    return _Tree(adj, cost)


@dataclass(frozen=True)
class _Rooting:
    """Preorder layout of a tree rooted at a terminal, so every subtree is a contiguous slice.

    This makes "the two halves of the tree after cutting a path" O(1) slices instead of a
    graph search per local-search move, which is what keeps large instances fast.
    """

    root: int
    order: IntArray
    tin: IntArray
    tout: IntArray
    parent: IntArray
    depth: IntArray

    def subtree(self, x: int) -> IntArray:
        return self.order[self.tin[x] : self.tout[x]]

    def outside(self, x: int) -> IntArray:
        """All tree nodes not in the subtree of ``x``."""
        return np.concatenate([self.order[: self.tin[x]], self.order[self.tout[x] :]])


def _root_tree(tree: _Tree, root: int, n: int) -> _Rooting:
    """Iterative DFS preorder (a stack DFS keeps each subtree contiguous)."""
    parent = np.full(n, -1, dtype=np.int64)
    depth = np.zeros(n, dtype=np.int64)
    tin = np.full(n, -1, dtype=np.int64)
    tout = np.full(n, -1, dtype=np.int64)
    order: list[int] = []
    par: dict[int, int] = {root: -1}
    dep: dict[int, int] = {root: 0}
    stack = [root]
    adj = tree.adj
    while stack:
        x = stack.pop()
        order.append(x)
        px, dx = par[x], dep[x] + 1
        for y in adj[x]:
            if y != px:
                par[y] = x
                dep[y] = dx
                stack.append(y)
    size = dict.fromkeys(order, 1)
    for x in reversed(order):
        p = par[x]
        if p >= 0:
            size[p] += size[x]
    idx = np.array(order, dtype=np.int64)
    tin[idx] = np.arange(len(order))
    tout[idx] = tin[idx] + np.array([size[x] for x in order], dtype=np.int64)
    parent[idx] = np.array([par[x] for x in order], dtype=np.int64)
    depth[idx] = np.array([dep[x] for x in order], dtype=np.int64)
    return _Rooting(root, idx, tin, tout, parent, depth)


def _prune_mask(
    rows: IntArray, cols: IntArray, is_terminal: NDArray[np.bool_], n: int
) -> NDArray[np.bool_]:
    """Edges that survive repeated removal of non-terminal leaves (vectorised peeling)."""
    alive = np.ones(rows.size, dtype=bool)
    while True:
        deg = np.bincount(rows[alive], minlength=n) + np.bincount(cols[alive], minlength=n)
        leaf = (deg == 1) & ~is_terminal
        kill = alive & (leaf[rows] | leaf[cols])
        if not kill.any():
            return alive
        alive &= ~kill


class _Solver:
    """State shared by construction, local search and exact DP for one instance."""

    def __init__(self, graph: _Graph, terminals: IntArray, clock: RunClock, seed: int) -> None:
        self.g = graph
        self.terminals = terminals
        self.is_terminal = np.zeros(graph.n, dtype=bool)
        self.is_terminal[terminals] = True
        self.clock = clock
        self.rng = np.random.default_rng(seed)
        self.best: _Tree | None = None
        self.history: list[tuple[float, int, float]] = []
        self.round = 0
        self.roots: IntArray = terminals
        self.root = int(terminals[0])  # local search roots trees at a terminal (never removed)

    # ----------------------------------------------------------------- basic tree operations

    def mst_prune(self, nodes: Iterable[int]) -> _Tree | None:
        """MST of the subgraph induced by ``nodes``, pruned; None if that subgraph is split."""
        mask = np.zeros(self.g.n, dtype=bool)
        node_list = list(nodes)
        mask[node_list] = True
        g = self.g
        sel = mask[g.eu] & mask[g.ev]
        if len(node_list) == 1:
            return _Tree({node_list[0]: {}}, 0.0)
        sub = sp.csr_matrix((g.wi[sel], (g.eu[sel], g.ev[sel])), shape=(g.n, g.n))
        mst = minimum_spanning_tree(sub).tocoo()
        if mst.nnz != len(node_list) - 1:
            return None
        edges = zip(mst.row.tolist(), mst.col.tolist(), strict=True)
        return _prune(_tree_from_edges(edges, g, -1), self.is_terminal)

    def offer(self, tree: _Tree) -> bool:
        """Keep ``tree`` if it beats the incumbent; True if it did."""
        if self.best is not None and tree.cost >= self.best.cost - _EPS:
            return False
        self.best = _Tree({x: dict(nb) for x, nb in tree.adj.items()}, tree.cost)
        true_cost = self.g.true_cost(tree.edges())
        self.history.append((self.clock.elapsed(), self.round, true_cost))
        self.clock.report(true_cost, self.round)
        return True

    # ----------------------------------------------------------------- growing / reconnecting

    def grow(
        self,
        csr: sp.csr_matrix,
        start: Sequence[int],
        groups: Sequence[Sequence[int] | IntArray],
        budget: float = math.inf,
    ) -> list[tuple[int, int]] | None:
        """Connect ``groups`` of nodes to the ``start`` nodes greedily by shortest paths.

        This is the shortest-path heuristic generalised from terminals to node groups, so the
        same code builds initial trees (groups = single terminals) and repairs a tree after a
        local-search move removed part of it (groups = the remaining pieces). Returns the new
        path edges, or None when a group is unreachable or the paths would cost ``budget`` or
        more (the caller's move would not pay off).
        """
        n = self.g.n
        in_tree = np.zeros(n, dtype=bool)
        in_tree[list(start)] = True
        group_of = np.full(n, -1, dtype=np.int64)
        target = np.zeros(n, dtype=bool)
        for gi, nodes in enumerate(groups):
            group_of[nodes] = gi
            target[nodes] = True
        target &= ~in_tree
        dist, pred, _ = dijkstra(
            csr,
            indices=list(start),
            min_only=True,
            return_predecessors=True,
            limit=budget,
        )
        new_edges: list[tuple[int, int]] = []
        total = 0.0
        left = int(np.unique(group_of[target]).size)
        while left:
            cand = np.where(target, dist, np.inf)
            t = int(cand.argmin())
            d = float(cand[t])
            if not math.isfinite(d) or total + d >= budget:
                return None
            total += d
            added = [t]
            x = t
            while not in_tree[x]:
                p = int(pred[x])
                if not in_tree[p]:
                    added.append(p)
                new_edges.append((x, p))
                in_tree[x] = True
                x = p
            members = np.flatnonzero(group_of == group_of[t])
            in_tree[members] = True
            target[members] = False
            left -= 1
            if not left:
                break
            sources = np.unique(np.concatenate([members, np.array(added, dtype=np.int64)]))
            dist[sources] = 0.0
            finite = dist[target]
            reach = float(finite.max()) if finite.size else 0.0
            limit = min(reach, budget - total)
            d2, p2, _ = dijkstra(
                csr,
                indices=sources,
                min_only=True,
                return_predecessors=True,
                limit=limit,
            )
            better = d2 < dist
            dist[better] = d2[better]
            pred[better] = p2[better]
        return new_edges

    def shortest_path_heuristic(self, root: int, csr: sp.csr_matrix) -> _Tree:
        """Takahashi-Matsuyama tree from ``root`` (weights of ``csr``), then MST + prune."""
        groups = [[int(t)] for t in self.terminals if t != root]
        edges = self.grow(csr, [root], groups) or []
        nodes = {root} | {x for e in edges for x in e}
        tree = self.mst_prune(nodes)
        if tree is None:  # cannot happen: the path union is connected
            tree = _prune(_tree_from_edges(edges, self.g, root), self.is_terminal)
        return tree

    # ----------------------------------------------------------------- local search

    def _is_key(self, tree: _Tree, x: int) -> bool:
        return bool(self.is_terminal[x]) or len(tree.adj[x]) >= 3

    def key_paths(self, tree: _Tree, rt: _Rooting) -> list[list[int]]:
        """Paths between key nodes (terminals, branching nodes) through degree-2 Steiner nodes.

        With the root at a terminal every key path is vertical; each is listed once, from its
        lower key node up to its upper one.
        """
        paths = []
        for z in tree.adj:
            if z == rt.root or not self._is_key(tree, z):
                continue
            path = [z]
            p = int(rt.parent[z])
            while not self._is_key(tree, p):
                path.append(p)
                p = int(rt.parent[p])
            path.append(p)
            paths.append(path)
        return paths

    def _path_valid(self, tree: _Tree, path: list[int]) -> bool:
        """True if ``path`` is still a key path of ``tree`` (earlier moves may have changed it)."""
        adj = tree.adj
        if any(x not in adj for x in path):
            return False
        if not (self._is_key(tree, path[0]) and self._is_key(tree, path[-1])):
            return False
        if any(self._is_key(tree, x) for x in path[1:-1]):
            return False
        return all(path[k + 1] in adj[path[k]] for k in range(len(path) - 1))

    def _replace(
        self,
        tree: _Tree,
        removed: set[int],
        dropped_edges: list[tuple[int, int]],
        new_edges: list[tuple[int, int]],
    ) -> _Tree:
        adj = {x: dict(nb) for x, nb in tree.adj.items() if x not in removed}
        cost = tree.cost
        for a, b in dropped_edges:
            cost -= tree.adj[a][b]
            if a in adj:
                adj[a].pop(b, None)
            if b in adj:
                adj[b].pop(a, None)
        for a, b in new_edges:
            w = self.g.weight[(a, b)]
            adj.setdefault(a, {})[b] = w
            adj.setdefault(b, {})[a] = w
            cost += w
        return _prune(_Tree(adj, cost), self.is_terminal)

    def reconnect_move(
        self,
        tree: _Tree,
        pieces: list[IntArray],
        removed: set[int],
        dropped_edges: list[tuple[int, int]],
    ) -> _Tree | None:
        """Delete ``removed`` nodes and ``dropped_edges``; reconnect ``pieces`` more cheaply.

        Returns the improved tree, or None when no reconnection is cheaper than what was
        removed (the bounded Dijkstra in :meth:`grow` stops as soon as that is certain).
        """
        saving = sum(tree.adj[a][b] for a, b in dropped_edges)
        new_edges: list[tuple[int, int]] | None
        if len(pieces) == 2:
            new_edges = self._bridge(pieces[0], pieces[1], saving - _EPS)
        else:
            pieces = sorted(pieces, key=len, reverse=True)
            new_edges = self.grow(self.g.csr, pieces[0].tolist(), pieces[1:], saving - _EPS)
        if new_edges is None:
            return None
        cand = self._replace(tree, removed, dropped_edges, new_edges)
        return cand if cand.cost < tree.cost - _EPS else None

    def _bridge(
        self, side_a: IntArray, side_b: IntArray, budget: float
    ) -> list[tuple[int, int]] | None:
        """Shortest path joining two node sets if it costs less than ``budget``, else None.

        One Dijkstra from the smaller set, cut off at ``budget``: most candidate moves fail,
        and the cut-off makes failing cheap because only a small ball is explored.
        """
        src, dst = (side_a, side_b) if side_a.size <= side_b.size else (side_b, side_a)
        dist, pred, _ = dijkstra(
            self.g.csr, indices=src, min_only=True, return_predecessors=True, limit=budget
        )
        reach = dist[dst]
        j = int(reach.argmin())
        if not reach[j] < budget:
            return None
        x = int(dst[j])
        edges = []
        while pred[x] >= 0:
            p = int(pred[x])
            edges.append((x, p))
            x = p
        return edges

    def key_path_exchange(self, tree: _Tree) -> _Tree:
        """Replace key paths by cheaper reconnections of the two halves (first improvement)."""
        improved = True
        while improved and not self.clock.stop():
            improved = False
            rt = _root_tree(tree, self.root, self.g.n)
            paths = self.key_paths(tree, rt)
            for i in self.rng.permutation(len(paths)).tolist():
                path = paths[i]
                if improved and not self._path_valid(tree, path):
                    continue
                if rt.depth[path[0]] < rt.depth[path[-1]]:
                    path = path[::-1]
                low, top = path[0], path[-2]
                inside = rt.subtree(low)
                outside = rt.outside(top)
                edges = list(zip(path[:-1], path[1:], strict=True))
                cand = self.reconnect_move(tree, [inside, outside], set(path[1:-1]), edges)
                if cand is not None:
                    tree = cand
                    improved = True
                    rt = _root_tree(tree, self.root, self.g.n)
                if self.clock.stop():
                    break
        return tree

    def key_vertex_elimination(self, tree: _Tree) -> _Tree:
        """Remove a Steiner branching node with its key paths and reconnect the pieces."""
        improved = True
        while improved and not self.clock.stop():
            improved = False
            rt = _root_tree(tree, self.root, self.g.n)
            hubs = [x for x, nb in tree.adj.items() if not self.is_terminal[x] and len(nb) >= 3]
            for i in self.rng.permutation(len(hubs)).tolist():
                hub = hubs[i]
                if hub not in tree.adj or len(tree.adj[hub]) < 3:
                    continue
                move = self._hub_pieces(tree, rt, hub)
                cand = self.reconnect_move(tree, *move)
                if cand is not None:
                    tree = cand
                    improved = True
                    rt = _root_tree(tree, self.root, self.g.n)
                if self.clock.stop():
                    break
        return tree

    def _hub_pieces(
        self, tree: _Tree, rt: _Rooting, hub: int
    ) -> tuple[list[IntArray], set[int], list[tuple[int, int]]]:
        """Pieces left when ``hub`` and the degree-2 chains hanging off it are removed."""
        removed = {hub}
        dropped: list[tuple[int, int]] = []
        pieces: list[IntArray] = []
        parent = int(rt.parent[hub])
        for child in tree.adj[hub]:
            if child == parent:
                continue
            prev, cur = hub, child
            dropped.append((prev, cur))
            while not self._is_key(tree, cur):
                removed.add(cur)
                nxt = next(z for z in tree.adj[cur] if z != prev)
                dropped.append((cur, nxt))
                prev, cur = cur, nxt
            pieces.append(rt.subtree(cur))
        prev, cur = hub, parent
        dropped.append((prev, cur))
        while not self._is_key(tree, cur):
            removed.add(cur)
            prev, cur = cur, int(rt.parent[cur])
            dropped.append((prev, cur))
        pieces.append(rt.outside(prev))
        return pieces, removed, dropped

    def vertex_insertion(self, tree: _Tree) -> _Tree:
        """Add a non-tree node adjacent to two or more tree nodes if the new MST is cheaper.

        MST(tree + node) equals the MST of the tree's edges plus the node's edges into the tree,
        so each candidate costs one small scipy MST; candidates are scored on arrays and a tree
        object is only built for an improving one.
        """
        g = self.g
        indptr, indices, data = g.csr.indptr, g.csr.indices, g.csr.data
        improved = True
        while improved and not self.clock.stop():
            improved = False
            in_tree = np.zeros(g.n, dtype=bool)
            in_tree[tree.nodes] = True
            hits = np.bincount(
                np.concatenate([g.ev[in_tree[g.eu]], g.eu[in_tree[g.ev]]]), minlength=g.n
            )
            cands = np.flatnonzero((hits >= 2) & ~in_tree)
            edges = tree.edges()
            rows = np.array([e[0] for e in edges], dtype=np.int64)
            cols = np.array([e[1] for e in edges], dtype=np.int64)
            wts = np.array([tree.adj[a][b] for a, b in edges], dtype=np.float64)
            for v in self.rng.permutation(cands).tolist():
                lo, hi = indptr[v], indptr[v + 1]
                nb = indices[lo:hi]
                sel = in_tree[nb]
                star = nb[sel]
                r = np.concatenate([rows, np.full(star.size, v, dtype=np.int64)])
                c = np.concatenate([cols, star.astype(np.int64)])
                w = np.concatenate([wts, data[lo:hi][sel]])
                mst = minimum_spanning_tree(sp.csr_matrix((w, (r, c)), shape=(g.n, g.n))).tocoo()
                mr, mc, mw = mst.row, mst.col, mst.data
                keep = _prune_mask(mr, mc, self.is_terminal, g.n)
                if float(mw[keep].sum()) < tree.cost - _EPS:
                    pairs = zip(mr[keep].tolist(), mc[keep].tolist(), strict=True)
                    tree = _tree_from_edges(pairs, g, -1)
                    improved = True
                    break  # the tree changed: rebuild candidates and arrays
                if self.clock.stop():
                    break
        return tree

    def local_search(self, tree: _Tree) -> _Tree:
        """Apply the neighbourhoods in turn until a full round finds nothing."""
        while not self.clock.stop():
            before = tree.cost
            tree = self.key_path_exchange(tree)
            tree = self.key_vertex_elimination(tree)
            tree = self.vertex_insertion(tree)
            cleaned = self.mst_prune(tree.nodes)
            if cleaned is not None and cleaned.cost < tree.cost - _EPS:
                tree = cleaned
            if tree.cost >= before - _EPS:
                break
        return tree

    # ----------------------------------------------------------------- driver

    def run(self, max_rounds: int | None) -> None:
        """Multi-start SPH + local search until the budget is spent (at least one round)."""
        terms = self.terminals
        if self.round == 0:
            self.roots = self.rng.permutation(terms)
        roots = self.roots
        while self.round == 0 or not self.clock.stop():
            if self.round == 0:
                csr = self.g.csr
            else:
                noise = 1.0 + _NOISE * self.rng.random(self.g.wi.size)
                csr = self.g.make_csr(self.g.wi * noise)
            root = int(roots[self.round % len(roots)])
            tree = self.shortest_path_heuristic(root, csr)
            self.offer(tree)
            tree = self.local_search(tree)
            self.offer(tree)
            self.round += 1
            if max_rounds is not None and self.round >= max_rounds:
                break
            self.clock.report(self._best_true_cost(), self.round)

    def _best_true_cost(self) -> float:
        return self.g.true_cost(self.best.edges()) if self.best is not None else math.inf

    # ----------------------------------------------------------------- exact

    def dreyfus_wagner(self) -> _Tree | None:
        """Optimal tree by Dreyfus-Wagner DP over terminal subsets; None if over budget.

        ``S[D][v]`` is the cheapest tree spanning terminal subset ``D`` plus node ``v``; it is
        built from splits of ``D`` at a node ``u`` plus the shortest path ``u``-``v``. Vectorised
        over nodes, so the work is about 3^k/2 vector operations and 2^k matrix minimisations.
        """
        g = self.g
        n = g.n
        k = len(self.terminals) - 1
        if n > _DW_MAX_NODES or 3.0**k / 2 * (n + 300) + 2.0**k * n * n > _DW_MAX_WORK:
            return None
        dist, pred = dijkstra(g.csr, return_predecessors=True)
        root = int(self.terminals[-1])
        others = [int(t) for t in self.terminals[:-1]]
        size = 1 << k
        best = np.full((size, n), np.inf)
        via = np.zeros((size, n), dtype=np.int64)  # u attaining S[D][v]
        split = np.zeros((size, n), dtype=np.int64)  # E attaining the split at u
        for i, t in enumerate(others):
            best[1 << i] = dist[t]
            via[1 << i] = t
        for mask in range(1, size):
            if mask & (mask - 1) == 0:
                continue
            if self.clock.stop():
                return None
            low = mask & -mask
            tmp = np.full(n, np.inf)
            arg = np.zeros(n, dtype=np.int64)
            sub = (mask - 1) & mask
            while sub:
                if sub & low:
                    val = best[sub] + best[mask ^ sub]
                    better = val < tmp
                    tmp[better] = val[better]
                    arg[better] = sub
                sub = (sub - 1) & mask
            total = tmp[:, None] + dist
            u = total.argmin(axis=0)
            best[mask] = total[u, np.arange(n)]
            via[mask] = u
            split[mask] = arg
        edges: set[tuple[int, int]] = set()

        def path(a: int, b: int) -> None:
            while b != a:
                p = int(pred[a, b])
                edges.add((min(p, b), max(p, b)))
                b = p

        stack = [(size - 1, root)]
        while stack:
            mask, v = stack.pop()
            u = int(via[mask, v])
            path(u, v)
            if mask & (mask - 1):
                e = int(split[mask, u])
                stack.append((e, u))
                stack.append((mask ^ e, u))
        nodes = {x for e in edges for x in e} | {root}
        tree = self.mst_prune(nodes)
        return tree


def _parse_edges(edges: EdgeInput) -> tuple[IntArray, IntArray, FloatArray]:
    """Accept ``(u, v, w)`` column arrays (a tuple) or an ``(m, 3)`` array of rows."""
    if isinstance(edges, tuple) and len(edges) == 3:
        u = np.asarray(edges[0], dtype=np.int64).ravel()
        v = np.asarray(edges[1], dtype=np.int64).ravel()
        w = np.asarray(edges[2], dtype=np.float64).ravel()
    else:
        arr = np.asarray(edges, dtype=np.float64)
        if arr.size == 0:
            arr = arr.reshape(0, 3)
        if arr.ndim != 2 or arr.shape[1] != 3:
            raise ValueError(f"edges must be (u, v, w) arrays or an (m, 3) array, got {arr.shape}")
        u, v, w = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64), arr[:, 2]
    if not (u.size == v.size == w.size):
        raise ValueError("edge arrays u, v, w must have the same length")
    return u, v, w


def solve_steiner(
    n_nodes: int,
    edges: EdgeInput,
    terminals: ArrayLike,
    *,
    seconds: float | None = None,
    seed: int | None = None,
    control: SolveControl | None = None,
    forbidden_nodes: ArrayLike | None = None,
    max_rounds: int | None = None,
    exact: bool = True,
) -> SteinerResult:
    """Low-cost tree joining ``terminals`` in an undirected graph with non-negative weights.

    ``edges`` is a tuple ``(u, v, w)`` of equal-length arrays (or an ``(m, 3)`` array of rows),
    nodes are ``0 .. n_nodes-1``. ``forbidden_nodes`` are removed before routing (e.g. plots that
    pipes may not cross). Runs until ``seconds`` elapse, ``max_rounds`` multi-start rounds are
    done, or ``control`` is cancelled, and always returns a tree once one is known. With
    ``exact`` and few terminals the result is proved optimal by dynamic programming. Raises
    ``ValueError`` if the terminals cannot be connected.
    """
    seconds, seed = resolve_budget(seconds, seed, control, default_seconds=2.0)
    clock = RunClock(seconds, control)
    u, v, w = _parse_edges(edges)
    if w.size and (not np.all(np.isfinite(w)) or w.min() < 0):
        raise ValueError("edge weights must be finite and non-negative")
    terms = np.unique(np.asarray(terminals, dtype=np.int64).ravel())
    for name, arr in (("edge end", np.concatenate([u, v])), ("terminal", terms)):
        if arr.size and (arr.min() < 0 or arr.max() >= n_nodes):
            raise ValueError(f"{name} outside 0..{n_nodes - 1}")
    if forbidden_nodes is not None:
        banned = np.zeros(n_nodes, dtype=bool)
        banned[np.asarray(forbidden_nodes, dtype=np.int64).ravel()] = True
        if banned[terms].any():
            raise ValueError("a terminal is a forbidden node")
        ok = ~(banned[u] | banned[v])
        u, v, w = u[ok], v[ok], w[ok]
    if terms.size <= 1:
        clock.report(0.0, final=True)
        return SteinerResult([], 0.0, clock.elapsed(), terms.tolist(), optimal=True)
    graph = _Graph(n_nodes, u, v, w)
    _, labels = connected_components(graph.csr, directed=False)
    if np.unique(labels[terms]).size > 1:
        raise ValueError("the terminals are not all connected in the graph")
    solver = _Solver(graph, terms, clock, seed)
    solver.run(max_rounds=1)
    optimal = len(terms) == 2  # one shortest path: SPH is exact for two terminals
    if exact and not optimal:
        proved = solver.dreyfus_wagner()
        if proved is not None:
            solver.offer(proved)
            optimal = True
    if not optimal and (max_rounds is None or max_rounds > 1):
        solver.run(max_rounds)
    assert solver.best is not None
    tree_edges = sorted(solver.best.edges())
    cost = graph.true_cost(tree_edges)
    clock.report(cost, solver.round, final=True)
    return SteinerResult(
        edges=tree_edges,
        cost=cost,
        seconds=clock.elapsed(),
        nodes=sorted(solver.best.nodes),
        iterations=solver.round,
        optimal=optimal,
        history=solver.history,
    )


def solve_steiner_nx(
    graph: nx.Graph,
    terminals: Iterable[Hashable],
    *,
    weight: str = "weight",
    **kwargs: Any,
) -> tuple[list[tuple[Hashable, Hashable]], float]:
    """Convenience wrapper for a networkx graph; returns tree edges (node labels) and cost.

    Missing weights count as 1. Keyword arguments are passed to :func:`solve_steiner`
    (``forbidden_nodes`` may be given as node labels).
    """
    labels = list(graph.nodes)
    index = {x: i for i, x in enumerate(labels)}
    us, vs, ws = [], [], []
    for a, b, data in graph.edges(data=True):
        us.append(index[a])
        vs.append(index[b])
        ws.append(float(data.get(weight, 1.0)))
    if "forbidden_nodes" in kwargs and kwargs["forbidden_nodes"] is not None:
        kwargs["forbidden_nodes"] = [index[x] for x in kwargs["forbidden_nodes"]]
    res = solve_steiner(
        len(labels),
        (np.array(us), np.array(vs), np.array(ws)),
        [index[t] for t in terminals],
        **kwargs,
    )
    return [(labels[a], labels[b]) for a, b in res.edges], res.cost
