"""Connected-component labels kept current under edits, recomputed in full only when needed.

Adding an edge merges two labels (one vectorised relabel). Removing a node can split its
component; when at most one of its neighbours has other edges (a branch pipe, a firm on one
pipe) nothing else can split, so the node and its now-isolated neighbours just get fresh labels.
When several have, a search bounded to a few hundred nodes checks whether they still reach
each other without the node (a CHP at a street crossing: the trunks meet anyway). Otherwise the
labels are marked dirty and the next read recomputes them with scipy from the edge list.
Labels are arbitrary integers: only equality between them means anything.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


class Components:
    """Labels and degrees over integer nodes ``0..size-1`` (size grows on demand)."""

    SEARCH_LIMIT = 256

    def __init__(
        self,
        edges: Callable[[], tuple[np.ndarray, np.ndarray]],
        neighbours: Callable[[int], list[int]],
    ):
        self._edges = edges
        """Returns all live edges (u, v) when a full recompute is needed."""
        self._neighbours = neighbours
        """Returns the nodes joined to a node by live edges."""
        self.labels = np.arange(64, dtype=np.int64)
        self.degree = np.zeros(64, dtype=np.int64)
        self._next = 64
        self._dirty = True

    def ensure(self, size: int) -> None:
        """Make room for nodes ``0..size-1``; new nodes are alone in fresh components."""
        old = len(self.labels)
        if size <= old:
            return
        new = max(size, 2 * old)
        self.labels = np.concatenate([self.labels, np.arange(self._next, self._next + new - old)])
        self._next += new - old
        self.degree = np.concatenate([self.degree, np.zeros(new - old, dtype=np.int64)])

    def add_edges(self, u: np.ndarray, v: np.ndarray) -> None:
        if not len(u):
            return
        self.ensure(int(max(u.max(), v.max())) + 1)
        np.add.at(self.degree, u, 1)
        np.add.at(self.degree, v, 1)
        if self._dirty:
            return
        lab = self.labels
        for a, b in zip(u.tolist(), v.tolist(), strict=True):
            la, lb = lab[a], lab[b]
            if la != lb:
                lab[lab == lb] = la

    def remove_node_edges(self, node: int, neighbours: list[int]) -> None:
        """The edges between ``node`` and ``neighbours`` are gone (the node may stay, alone)."""
        self.ensure(max([node, *neighbours]) + 1)
        if neighbours:
            np.subtract.at(self.degree, np.asarray(neighbours, dtype=np.int64), 1)
        self.degree[node] -= len(neighbours)
        if self._dirty:
            return
        still_joined = {y for y in neighbours if self.degree[y] > 0}
        if len(still_joined) > 1 and not self._still_connected(still_joined, node):
            self._dirty = True
            return
        alone = [node, *(y for y in neighbours if self.degree[y] == 0)]
        self.labels[alone] = np.arange(self._next, self._next + len(alone))
        self._next += len(alone)

    def _still_connected(self, nodes: set[int], without: int) -> bool:
        """Do ``nodes`` reach each other without passing through ``without``? (bounded search;
        False when the search gives up, which only costs a full recompute)."""
        start = next(iter(nodes))
        missing = set(nodes) - {start}
        seen = {start, without}
        frontier = [start]
        while frontier and len(seen) < self.SEARCH_LIMIT:
            nxt = []
            for u in frontier:
                for v in self._neighbours(u):
                    if v not in seen:
                        seen.add(v)
                        missing.discard(v)
                        nxt.append(v)
                if not missing:
                    return True
            frontier = nxt
        return not missing

    def current(self, size: int) -> np.ndarray:
        """Labels of nodes ``0..size-1`` (recomputed in full if an edit required it)."""
        self.ensure(size)
        if self._dirty:
            u, v = self._edges()
            n = len(self.labels)
            graph = coo_matrix((np.ones(len(u), dtype=np.int8), (u, v)), shape=(n, n))
            count, lab = connected_components(graph.tocsr(), directed=False)
            self.labels = lab.astype(np.int64)
            self._next = int(count)
            self._dirty = False
        return self.labels[:size]
