"""The node-and-segment graph of one medium's pipes, from the snapping rules of
:mod:`ecopark.network.topology`.

The network package says which pipes and sites are joined; a hydraulic solve also needs *where*
along a pipe they join, because a branch that starts on the side of a main splits the main into
two segments carrying different flows. So every pipe is cut at the positions (projected along
it) of the ends of the pipes joined to its side and of the sites attached to it; the cut points,
pipe ends and sites that the snapping rules join become one node (union-find). A segment is the
stretch of one pipe between two consecutive cut points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, Point
from shapely.ops import substring

from ecopark.network import MediumNetwork


@dataclass(frozen=True)
class Segment:
    pipeline_id: str
    u: int
    v: int
    """Nodes at the start and the end of the segment (in the pipe's drawing direction)."""
    start_m: float
    end_m: float
    """Position along the pipe (metres from its first vertex)."""

    @property
    def length_m(self) -> float:
        return self.end_m - self.start_m


@dataclass(frozen=True)
class PipeGraph:
    medium: str
    node_count: int
    segments: tuple[Segment, ...]
    site_node: Mapping[str, int]
    """Site id (firm or facility) -> its node, for the sites attached to some pipe."""
    node_xy: np.ndarray
    """node_count x 2 coordinates (for drawing and for messages)."""

    def segment_geometry(self, lines: Mapping[str, LineString], k: int) -> LineString:
        s = self.segments[k]
        return substring(lines[s.pipeline_id], s.start_m, s.end_m)

    def components(self) -> np.ndarray:
        """Component label per node (scipy connected components over the segments)."""
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        n = self.node_count
        if not n:
            return np.zeros(0, dtype=np.int64)
        u = np.array([s.u for s in self.segments], dtype=np.int64)
        v = np.array([s.v for s in self.segments], dtype=np.int64)
        g = coo_matrix((np.ones(len(u)), (u, v)), shape=(n, n))
        return connected_components(g.tocsr(), directed=False)[1].astype(np.int64)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, a: object) -> object:
        self.parent.setdefault(a, a)
        root = a
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[a] != root:
            self.parent[a], a = root, self.parent[a]
        return root

    def union(self, a: object, b: object) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def build_graph(
    medium: str,
    lines: Mapping[str, LineString],
    sites: Mapping[str, Point],
    tolerance_m: float,
) -> PipeGraph:
    """Cut the pipes of one medium into segments joined at nodes (see the module docstring)."""
    site_ids = sorted(sites)
    net = MediumNetwork.build(
        medium,
        tolerance_m,
        dict(lines),
        np.arange(len(site_ids), dtype=np.int64),
        np.array([sites[s] for s in site_ids], dtype=object),
    )
    uf = _UnionFind()
    cuts: dict[str, list[tuple[float, Any]]] = {}
    tol = tolerance_m
    for pid in sorted(lines):
        line = lines[pid]
        length = float(line.length)
        own: list[tuple[float, Any]] = [(0.0, ("end", pid, 0)), (length, ("end", pid, 1))]
        for key in own:
            uf.find(key[1])

        def place(point: Point, key: object, pid: str = pid, line: LineString = line,
                  length: float = length, own: list = own) -> None:  # fmt: skip
            s = float(line.project(point))
            if s <= tol:
                uf.union(("end", pid, 0), key)
            elif s >= length - tol:
                uf.union(("end", pid, 1), key)
            else:
                mid = ("mid", pid, len(own))
                own.append((s, mid))
                uf.union(mid, key)

        for other in sorted(net.neighbours(pid)):
            o = lines[other]
            for e, pt in enumerate((shapely.get_point(o, 0), shapely.get_point(o, -1))):
                if shapely.distance(pt, line) <= tol:
                    place(pt, ("end", other, e))
        for p in sorted(net.points_on(pid)):
            place(sites[site_ids[p]], ("site", site_ids[p]))
        cuts[pid] = own
    for own in cuts.values():  # cut points of one pipe closer than the tolerance are one node
        own.sort(key=lambda c: c[0])
        for (s0, k0), (s1, k1) in zip(own, own[1:], strict=False):
            if s1 - s0 <= tol:
                uf.union(k0, k1)
    node_of: dict[object, int] = {}
    xy: list[tuple[float, float]] = []

    def node(key: object, point: Point) -> int:
        root = uf.find(key)
        if root not in node_of:
            node_of[root] = len(xy)
            xy.append((point.x, point.y))
        return node_of[root]

    segments: list[Segment] = []
    for pid in sorted(cuts):
        line = lines[pid]
        own = cuts[pid]
        nodes = [node(k, line.interpolate(pos)) for pos, k in own]
        start = 0
        for i in range(1, len(own)):
            if nodes[i] == nodes[start]:
                continue
            segments.append(Segment(pid, nodes[start], nodes[i], own[start][0], own[i][0]))
            start = i
    site_node = {}
    for sid in site_ids:
        if ("site", sid) in uf.parent:
            site_node[sid] = node(("site", sid), sites[sid])
    return PipeGraph(medium, len(xy), tuple(segments), site_node, np.array(xy).reshape(-1, 2))
