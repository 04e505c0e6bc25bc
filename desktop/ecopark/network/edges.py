"""An undirected edge list kept in numpy arrays, with O(degree) removal of a node's edges.

Connected components are recomputed with scipy from these arrays after an edit; keeping them as
arrays (dead edges masked, compacted now and then) makes that a few vectorised calls instead of
walking Python sets.
"""

from __future__ import annotations

import numpy as np


class EdgeStore:
    """Edges (a, b) between two integer node namespaces (which may be the same one)."""

    def __init__(self) -> None:
        self._a = np.empty(64, dtype=np.int64)
        self._b = np.empty(64, dtype=np.int64)
        self._alive = np.zeros(64, dtype=bool)
        self._n = 0
        self._live = 0
        self._by_a: dict[int, list[int]] = {}
        self._by_b: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return self._live

    def add(self, a: np.ndarray, b: np.ndarray) -> None:
        a = np.asarray(a, dtype=np.int64)
        b = np.asarray(b, dtype=np.int64)
        k = len(a)
        if k == 0:
            return
        if self._n + k > len(self._a):
            size = max(2 * len(self._a), self._n + k)
            self._a = grow(self._a, size)
            self._b = grow(self._b, size)
            self._alive = grow(self._alive, size)
        idx = np.arange(self._n, self._n + k)
        self._a[idx] = a
        self._b[idx] = b
        self._alive[idx] = True
        self._n += k
        self._live += k
        for e, x, y in zip(idx.tolist(), a.tolist(), b.tolist(), strict=True):
            self._by_a.setdefault(x, []).append(e)
            self._by_b.setdefault(y, []).append(e)

    def remove_a(self, node: int) -> int:
        """Remove every edge whose first end is ``node``; returns how many were live."""
        return self._kill(self._by_a.pop(node, []))

    def remove_b(self, node: int) -> int:
        """Remove every edge whose second end is ``node``; returns how many were live."""
        return self._kill(self._by_b.pop(node, []))

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The live edges as two arrays (first ends, second ends)."""
        if self._n > 1024 and self._live < self._n // 2:
            self._compact()
        alive = self._alive[: self._n]
        return self._a[: self._n][alive], self._b[: self._n][alive]

    def neighbours_of_a(self, node: int) -> list[int]:
        return [int(self._b[e]) for e in self._by_a.get(node, []) if self._alive[e]]

    def neighbours_of_b(self, node: int) -> list[int]:
        return [int(self._a[e]) for e in self._by_b.get(node, []) if self._alive[e]]

    def _kill(self, edges: list[int]) -> int:
        if not edges:
            return 0
        e = np.asarray(edges, dtype=np.int64)
        e = e[self._alive[e]]
        self._alive[e] = False
        self._live -= len(e)
        return len(e)

    def _compact(self) -> None:
        a, b = (
            self._a[: self._n][self._alive[: self._n]],
            self._b[: self._n][self._alive[: self._n]],
        )
        self._n = 0
        self._live = 0
        self._by_a = {}
        self._by_b = {}
        self._alive[:] = False
        self.add(a.copy(), b.copy())


def grow(array: np.ndarray, size: int) -> np.ndarray:
    """A copy of ``array`` zero-padded to ``size`` (unchanged when already that long)."""
    if len(array) >= size:
        return array
    new = np.zeros(size, dtype=array.dtype)
    new[: len(array)] = array
    return new
