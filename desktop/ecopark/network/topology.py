"""Pipeline topology of one medium, derived from geometry alone.

Planners draw pipes as separate polylines and rarely join them exactly, so connectivity comes from
a snapping tolerance (``park.settings["snap_tolerance_m"]``, default 5 m, in the project's metric
CRS):

* two pipes are joined when an end of one lies within the tolerance of the other pipe (its ends
  or anywhere along it: a branch may start on the side of a main). Two pipes that merely cross,
  with no end near the other, are not joined (a crossing is not a junction);
* a point (firm, facility) is attached to every pipe that passes within the tolerance, and it
  joins the pipes it touches: a plant connected to two pipes of one medium links them.

The network is edited incrementally (``add_pipe``, ``remove_pipe``, ``set_point``,
``remove_point``) or built in one go (``MediumNetwork.build``) with the same rules; both give the
same connected components (``labels``). Nothing here knows about demand or capacity: coverage
(``ecopark.indicators``) and routing (``ecopark.optimise``) build on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ecopark.network.components import Components
from ecopark.network.edges import EdgeStore, grow
from ecopark.network.index import DynamicIndex

SNAP_TOLERANCE_SETTING = "snap_tolerance_m"
DEFAULT_SNAP_TOLERANCE_M = 5.0


def snap_tolerance(settings: Mapping[str, Any]) -> float:
    """The park's snapping tolerance in metres (a missing or unusable setting gives 5 m)."""
    value = settings.get(SNAP_TOLERANCE_SETTING, DEFAULT_SNAP_TOLERANCE_M)
    try:
        tol = float(value)
    except (TypeError, ValueError):
        return DEFAULT_SNAP_TOLERANCE_M
    return tol if np.isfinite(tol) and tol >= 0 else DEFAULT_SNAP_TOLERANCE_M


@dataclass(frozen=True)
class NetworkLabels:
    """Connected components of a network, as labels comparable only for equality.

    ``point_labels[p]`` is the component of point id ``p`` (an unattached point is alone in its
    component); ``pipe_labels[slot]`` that of the pipe in internal slot ``slot``.
    """

    point_labels: np.ndarray
    point_attached: np.ndarray
    pipe_labels: np.ndarray
    pipe_alive: np.ndarray
    pipe_length_m: np.ndarray


class MediumNetwork:
    """The pipes of one medium and the points they reach, kept joined by the snapping rules."""

    def __init__(self, medium: str, tolerance_m: float = DEFAULT_SNAP_TOLERANCE_M):
        self.medium = medium
        self.tolerance_m = float(tolerance_m)
        self.version = 0
        """Increases on every change; lets callers reuse derived figures while it is unchanged."""
        self._slot_of: dict[str, int] = {}
        self._ids: list[str | None] = []
        self._free: list[int] = []
        self._lines: list[BaseGeometry | None] = []
        self._length = np.zeros(0)
        self._alive = np.zeros(0, dtype=bool)
        self._pipes = DynamicIndex()
        self._points = DynamicIndex()
        self._pp = EdgeStore()
        self._pt = EdgeStore()
        self._labels_cache: tuple[int, int, NetworkLabels] | None = None
        self._point_bound = 0
        self._comp = Components(self._all_edges, self._node_neighbours)
        """Nodes: point id p -> 2p, pipe slot s -> 2s + 1 (stable as both sets grow)."""

    # ----- construction ----------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        medium: str,
        tolerance_m: float,
        pipes: Mapping[str, BaseGeometry],
        point_ids: np.ndarray,
        points: np.ndarray,
    ) -> MediumNetwork:
        """Build from scratch with bulk STRtree queries (same rules as the incremental edits)."""
        net = cls(medium, tolerance_m)
        ids = sorted(pipes)
        lines = np.array([pipes[i] for i in ids], dtype=object)
        slots = np.arange(len(ids), dtype=np.int64)
        net._slot_of = {pid: i for i, pid in enumerate(ids)}
        net._ids = list(ids)
        net._lines = list(lines)
        net._length = shapely.length(lines).astype(float) if len(ids) else np.zeros(0)
        net._alive = np.ones(len(ids), dtype=bool)
        net._pipes.bulk_load(slots, lines)
        point_ids = np.asarray(point_ids, dtype=np.int64)
        net._points.bulk_load(point_ids, np.asarray(points, dtype=object))
        net._point_bound = int(point_ids.max()) + 1 if len(point_ids) else 0
        if len(ids):
            i, j = net._pipes.query_bulk(lines, "dwithin", net.tolerance_m)
            keep = i < j
            i, j = i[keep], j[keep]
            joined = net._ends_touch(lines[i], lines[j])
            net._add_pp(i[joined], j[joined])
            if len(point_ids):
                pi, pj = net._pipes.query_bulk(
                    np.asarray(points, dtype=object), "dwithin", net.tolerance_m
                )
                net._add_pt(pj, point_ids[pi])
        return net

    # ----- edits -----------------------------------------------------------------------------
    def add_pipe(self, pipe_id: str, line: BaseGeometry) -> None:
        if pipe_id in self._slot_of:
            self.remove_pipe(pipe_id)
        slot = self._free.pop() if self._free else self._grow()
        self._slot_of[pipe_id] = slot
        self._ids[slot] = pipe_id
        self._lines[slot] = line
        self._length[slot] = line.length
        self._alive[slot] = True
        cand = self._pipes.query(line, "dwithin", self.tolerance_m)
        if len(cand):
            others = np.array([self._lines[c] for c in cand], dtype=object)
            mine = np.full(len(cand), line, dtype=object)
            joined = self._ends_touch(mine, others)
            self._add_pp(np.full(int(joined.sum()), slot), cand[joined])
        self._pipes.set(slot, line)
        pts = self._points.query(line, "dwithin", self.tolerance_m)
        self._add_pt(np.full(len(pts), slot), pts)
        self._changed()

    def remove_pipe(self, pipe_id: str) -> None:
        slot = self._slot_of.pop(pipe_id)
        pipes = self._pp.neighbours_of_a(slot) + self._pp.neighbours_of_b(slot)
        points = self._pt.neighbours_of_a(slot)
        self._comp.remove_node_edges(
            2 * slot + 1, [2 * p + 1 for p in pipes] + [2 * q for q in points]
        )
        self._pp.remove_a(slot)
        self._pp.remove_b(slot)
        self._pt.remove_a(slot)
        self._pipes.remove(slot)
        self._ids[slot] = None
        self._lines[slot] = None
        self._length[slot] = 0.0
        self._alive[slot] = False
        self._free.append(slot)
        self._changed()

    def set_point(self, point_id: int, point: BaseGeometry) -> None:
        """Place (or move) a point; it attaches to the pipes within the tolerance."""
        had_pipes = self._detach_point(point_id) if point_id in self._points else False
        self._point_bound = max(self._point_bound, point_id + 1)
        self._points.set(point_id, point)
        pipes = self._pipes.query(point, "dwithin", self.tolerance_m)
        self._add_pt(pipes, np.full(len(pipes), point_id))
        if had_pipes or len(pipes):  # a point alone before and after changes no component
            self._changed()

    def remove_point(self, point_id: int) -> None:
        if self._detach_point(point_id):
            self._changed()
        self._points.remove(point_id)

    def _detach_point(self, point_id: int) -> bool:
        pipes = self._pt.neighbours_of_b(point_id)
        if pipes:
            self._comp.remove_node_edges(2 * point_id, [2 * p + 1 for p in pipes])
        return self._pt.remove_b(point_id) > 0

    def _add_pp(self, a: np.ndarray, b: np.ndarray) -> None:
        self._pp.add(a, b)
        self._comp.add_edges(2 * np.asarray(a, dtype=np.int64) + 1, 2 * np.asarray(b) + 1)

    def _add_pt(self, pipes: np.ndarray, points: np.ndarray) -> None:
        self._pt.add(pipes, points)
        self._comp.add_edges(
            2 * np.asarray(pipes, dtype=np.int64) + 1, 2 * np.asarray(points, dtype=np.int64)
        )

    def _node_neighbours(self, node: int) -> list[int]:
        if node % 2:  # a pipe
            slot = node // 2
            pipes = self._pp.neighbours_of_a(slot) + self._pp.neighbours_of_b(slot)
            return [2 * p + 1 for p in pipes] + [2 * q for q in self._pt.neighbours_of_a(slot)]
        return [2 * p + 1 for p in self._pt.neighbours_of_b(node // 2)]

    def _all_edges(self) -> tuple[np.ndarray, np.ndarray]:
        pa, pb = self._pp.arrays()
        ta, tb = self._pt.arrays()
        return np.concatenate([2 * pa + 1, 2 * ta + 1]), np.concatenate([2 * pb + 1, 2 * tb])

    # ----- queries ---------------------------------------------------------------------------
    @property
    def pipe_ids(self) -> list[str]:
        return list(self._slot_of)

    def has_pipe(self, pipe_id: str) -> bool:
        return pipe_id in self._slot_of

    def neighbours(self, pipe_id: str) -> set[str]:
        """Pipes joined to this one by the snapping rules."""
        slot = self._slot_of[pipe_id]
        others = self._pp.neighbours_of_a(slot) + self._pp.neighbours_of_b(slot)
        return {self._ids[s] for s in others if self._ids[s] is not None}  # type: ignore[misc]

    def points_on(self, pipe_id: str) -> set[int]:
        """Point ids attached to this pipe."""
        return set(self._pt.neighbours_of_a(self._slot_of[pipe_id]))

    def pipes_at(self, point_id: int) -> set[str]:
        """Pipes a point is attached to."""
        return {self._ids[s] for s in self._pt.neighbours_of_b(point_id)}  # type: ignore[misc]

    def total_length_m(self) -> float:
        return float(self._length.sum())

    def labels(self, n_points: int) -> NetworkLabels:
        """Connected components over point ids ``0..n_points-1`` and the pipes."""
        cache = self._labels_cache
        if cache and cache[0] == self.version and cache[1] == n_points:
            return cache[2]
        cap = len(self._ids)
        size = 2 * max(n_points, self._point_bound, cap) + 2
        lab = self._comp.current(size)
        result = NetworkLabels(
            point_labels=lab[0 : 2 * n_points : 2].copy(),
            point_attached=self._comp.degree[0 : 2 * n_points : 2] > 0,
            pipe_labels=lab[1 : 2 * cap : 2].copy(),
            pipe_alive=self._alive[:cap].copy(),
            pipe_length_m=self._length[:cap].copy(),
        )
        self._labels_cache = (self.version, n_points, result)
        return result

    def component_sets(self, n_points: int) -> frozenset[frozenset[str | int]]:
        """The components that contain pipes, each as the set of its pipe ids (str) and of the
        point ids (int) attached to it: a value independent of edit history."""
        lab = self.labels(n_points)
        members: dict[int, set[str | int]] = {}
        for pid, slot in self._slot_of.items():
            members.setdefault(int(lab.pipe_labels[slot]), set()).add(pid)
        for p in np.flatnonzero(lab.point_attached).tolist():
            members[int(lab.point_labels[p])].add(p)
        return frozenset(frozenset(m) for m in members.values())

    def component_of_pipes(self) -> dict[str, int]:
        """pipe_id -> component number (numbered 0.. in order of first pipe id), for routing."""
        labels = self.labels(0).pipe_labels
        out: dict[str, int] = {}
        seen: dict[int, int] = {}
        for pid in sorted(self._slot_of):
            lab = int(labels[self._slot_of[pid]])
            out[pid] = seen.setdefault(lab, len(seen))
        return out

    # ----- internals -------------------------------------------------------------------------
    def _ends_touch(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Element-wise: does an end of a[k] lie within tolerance of b[k], or vice versa?"""
        tol = self.tolerance_m
        a_start = shapely.get_point(a, 0)
        a_end = shapely.get_point(a, -1)
        b_start = shapely.get_point(b, 0)
        b_end = shapely.get_point(b, -1)
        return (
            (shapely.distance(a_start, b) <= tol)
            | (shapely.distance(a_end, b) <= tol)
            | (shapely.distance(b_start, a) <= tol)
            | (shapely.distance(b_end, a) <= tol)
        )

    def _grow(self) -> int:
        slot = len(self._ids)
        self._ids.append(None)
        self._lines.append(None)
        if slot >= len(self._length):
            size = max(16, 2 * len(self._length))
            self._length = grow(self._length, size)
            self._alive = grow(self._alive, size)
        return slot

    def _changed(self) -> None:
        self.version += 1
