"""A spatial index over a changing set of geometries.

shapely's STRtree cannot be edited, and rebuilding it on every edit costs milliseconds at park
scale. ``DynamicIndex`` keeps a static STRtree of the geometries it had at the last rebuild, marks
removed or moved entries dead, and keeps recent additions in a small list that is checked with
vectorised predicates. The tree is rebuilt once the recent list or the dead entries grow past a
threshold, so an edit costs O(recent) and the rebuild cost is spread over many edits.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

_EMPTY = np.empty(0, dtype=np.int64)


class DynamicIndex:
    """Integer keys -> geometry, with STRtree queries that see every edit immediately."""

    def __init__(self, rebuild_after: int = 256):
        self._rebuild_after = rebuild_after
        self._geoms: dict[int, BaseGeometry] = {}
        self._tree: shapely.STRtree | None = None
        self._tree_keys = _EMPTY
        self._tree_alive = np.empty(0, dtype=bool)
        self._tree_pos: dict[int, int] = {}
        self._dead = 0
        self._recent: dict[int, BaseGeometry] = {}
        self._recent_arrays: tuple[np.ndarray, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._geoms)

    def __contains__(self, key: int) -> bool:
        return key in self._geoms

    def geometry(self, key: int) -> BaseGeometry:
        return self._geoms[key]

    def keys(self) -> list[int]:
        return list(self._geoms)

    def bulk_load(self, keys: np.ndarray, geoms: np.ndarray) -> None:
        """Replace the content with these geometries and build the tree at once."""
        self._geoms = dict(zip((int(k) for k in keys), geoms, strict=True))
        self._build()

    def set(self, key: int, geom: BaseGeometry) -> None:
        self._forget_tree_entry(key)
        self._geoms[key] = geom
        self._recent[key] = geom
        self._recent_arrays = None
        self._maybe_rebuild()

    def remove(self, key: int) -> None:
        self._forget_tree_entry(key)
        del self._geoms[key]
        if self._recent.pop(key, None) is not None:
            self._recent_arrays = None
        self._maybe_rebuild()

    def query(
        self, geom: BaseGeometry, predicate: str | None = None, distance: float | None = None
    ) -> np.ndarray:
        """Keys whose geometry satisfies ``predicate(geom, indexed)`` (shapely STRtree terms:
        "intersects", "dwithin" with ``distance``...); unsorted."""
        return self.query_bulk(np.array([geom], dtype=object), predicate, distance)[1]

    def query_bulk(
        self, geoms: np.ndarray, predicate: str | None = None, distance: float | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (index into ``geoms``, key) satisfying the predicate, like STRtree.query."""
        outs_i: list[np.ndarray] = []
        outs_k: list[np.ndarray] = []
        if self._tree is not None and len(self._tree_keys):
            i, pos = _query(self._tree, geoms, predicate, distance)
            ok = self._tree_alive[pos]
            outs_i.append(i[ok])
            outs_k.append(self._tree_keys[pos[ok]])
        if self._recent:
            keys, rgeoms = self._recent_view()
            i, pos = _query(shapely.STRtree(rgeoms), geoms, predicate, distance)
            outs_i.append(i)
            outs_k.append(keys[pos])
        if not outs_i:
            return _EMPTY, _EMPTY
        return np.concatenate(outs_i), np.concatenate(outs_k)

    # ----- internals -----------------------------------------------------------------------
    def _forget_tree_entry(self, key: int) -> None:
        pos = self._tree_pos.pop(key, None)
        if pos is not None:
            self._tree_alive[pos] = False
            self._dead += 1

    def _maybe_rebuild(self) -> None:
        limit = max(self._rebuild_after, len(self._tree_keys) // 4)
        if len(self._recent) > self._rebuild_after or self._dead > limit:
            self._build()

    def _build(self) -> None:
        keys = np.fromiter(self._geoms.keys(), dtype=np.int64, count=len(self._geoms))
        geoms = np.fromiter(self._geoms.values(), dtype=object, count=len(self._geoms))
        self._tree = shapely.STRtree(geoms) if len(geoms) else None
        self._tree_keys = keys
        self._tree_alive = np.ones(len(keys), dtype=bool)
        self._tree_pos = {int(k): p for p, k in enumerate(keys)}
        self._dead = 0
        self._recent = {}
        self._recent_arrays = None

    def _recent_view(self) -> tuple[np.ndarray, np.ndarray]:
        if self._recent_arrays is None:
            keys = np.fromiter(self._recent.keys(), dtype=np.int64, count=len(self._recent))
            geoms = np.fromiter(self._recent.values(), dtype=object, count=len(self._recent))
            self._recent_arrays = (keys, geoms)
        return self._recent_arrays


def _query(
    tree: shapely.STRtree, geoms: np.ndarray, predicate: str | None, distance: float | None
) -> tuple[np.ndarray, np.ndarray]:
    if predicate == "dwithin":
        res = tree.query(geoms, predicate="dwithin", distance=distance)
    else:
        res = tree.query(geoms, predicate=predicate)
    return res[0].astype(np.int64), res[1].astype(np.int64)
