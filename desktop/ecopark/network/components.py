"""Connected-component labels kept current under edits, recomputed in full only when needed.

Adding an edge merges two labels (one vectorised relabel). Removing a node can split its
component; when at most one of its neighbours has other edges (a branch pipe, a firm on one
pipe) nothing else can split, so the node and its now-isolated neighbours just get fresh labels.
Any other removal marks the labels dirty and the next read recomputes them with scipy from the
edge list. Labels are arbitrary integers: only equality between them means anything.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


class Components:
    """Labels and degrees over integer nodes ``0..size-1`` (size grows on demand)."""

    def __init__(self, edges: Callable[[], tuple[np.ndarray, np.ndarray]]):
        self._edges = edges
        """Returns all live edges (u, v) when a full recompute is needed."""
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
        if len(still_joined) > 1:
            self._dirty = True
            return
        alone = [node, *(y for y in neighbours if self.degree[y] == 0)]
        self.labels[alone] = np.arange(self._next, self._next + len(alone))
        self._next += len(alone)

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
