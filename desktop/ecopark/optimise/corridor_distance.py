"""Distances along the corridors (roads, pipe racks) between points, for placement.

Materials and energy between firms travel by road or by pipe, and both follow the corridors, so
the placement can price an exchange by the corridor distance between the two plots rather than
by the straight line. The corridor lines are noded at every crossing and cut into straight
segments; each point is joined to the nearest point of the nearest segment (an access leg, as a
driveway), the segment is split there, and the distances are shortest paths in that graph
(Dijkstra, scipy). A point whose access cannot reach the other point along the corridors (a
separate network) gets the straight-line distance instead, and the caller is told how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from shapely.geometry.base import BaseGeometry

FloatMatrix = NDArray[np.float64]


@dataclass(frozen=True)
class CorridorDistances:
    """``matrix[i, j]``: metres from origin ``i`` to target ``j`` along the corridors."""

    matrix: FloatMatrix
    straight_fallbacks: int
    """Pairs with no corridor path, priced by the straight line."""


def corridor_distances(
    corridors: Sequence[BaseGeometry], origins: NDArray[np.float64], targets: NDArray[np.float64]
) -> CorridorDistances:
    """Corridor distances from every origin to every target (``(k, 2)`` arrays of x, y).

    Raises ValueError when there is no corridor line at all.
    """
    lines = [g for g in corridors if g is not None and not g.is_empty]
    if not lines:
        raise ValueError("there are no corridors to measure distances along")
    noded = shapely.get_parts(shapely.node(shapely.multilinestrings(shapely.get_parts(lines))))
    # straight segments: (x0, y0, x1, y1)
    segs = []
    for line in noded:
        c = shapely.get_coordinates(line)
        if len(c) >= 2:
            segs.append(np.hstack([c[:-1], c[1:]]))
    seg = np.vstack(segs)
    length = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1])
    seg = seg[length > 0]
    length = length[length > 0]
    # graph nodes: segment ends (merged by coordinate), then access points, then the points
    ends = np.vstack([seg[:, :2], seg[:, 2:]])
    _, end_id = np.unique(np.round(ends, 6), axis=0, return_inverse=True)
    end_id = end_id.reshape(-1)
    n_ends = int(end_id.max()) + 1
    start_node, stop_node = end_id[: len(seg)], end_id[len(seg) :]

    pts = np.vstack([origins, targets]) if len(targets) else np.asarray(origins, dtype=float)
    n_pts = len(pts)
    seg_geoms = shapely.linestrings(seg.reshape(-1, 2, 2))
    geoms = shapely.points(pts)
    hit = shapely.STRtree(seg_geoms).query_nearest(geoms, all_matches=False)
    seg_of = np.empty(n_pts, dtype=np.int64)
    seg_of[hit[0]] = hit[1]
    along = shapely.line_locate_point(seg_geoms[seg_of], geoms)
    access_xy = shapely.get_coordinates(shapely.line_interpolate_point(seg_geoms[seg_of], along))
    leg = np.hypot(*(pts - access_xy).T)

    access_node = n_ends + np.arange(n_pts)
    point_node = n_ends + n_pts + np.arange(n_pts)
    rows: list[NDArray[np.int64]] = [access_node]
    cols: list[NDArray[np.int64]] = [point_node]
    vals: list[NDArray[np.float64]] = [leg]
    # every segment becomes a chain: start, its access points in order, stop
    order = np.lexsort((along, seg_of))
    touched = np.zeros(len(seg), dtype=bool)
    touched[seg_of] = True
    untouched = np.flatnonzero(~touched)
    rows.append(start_node[untouched])
    cols.append(stop_node[untouched])
    vals.append(length[untouched])
    s_sorted, t_sorted, n_sorted = seg_of[order], along[order], access_node[order]
    first = np.ones(n_pts, dtype=bool)
    first[1:] = s_sorted[1:] != s_sorted[:-1]
    last = np.ones(n_pts, dtype=bool)
    last[:-1] = s_sorted[1:] != s_sorted[:-1]
    rows.append(start_node[s_sorted[first]])
    cols.append(n_sorted[first])
    vals.append(t_sorted[first])
    rows.append(n_sorted[last])
    cols.append(stop_node[s_sorted[last]])
    vals.append(length[s_sorted[last]] - t_sorted[last])
    mid = ~last
    rows.append(n_sorted[mid])
    cols.append(n_sorted[1:][mid[:-1]])
    vals.append(t_sorted[1:][mid[:-1]] - t_sorted[mid])
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    # a zero-length edge would vanish from the sparse matrix: keep it as a tiny positive length
    v = np.maximum(np.concatenate(vals), 1e-9)
    size = n_ends + 2 * n_pts
    graph = coo_matrix((v, (r, c)), shape=(size, size)).tocsr()
    n_o = len(origins)
    dist = dijkstra(graph, directed=False, indices=point_node[:n_o])
    out = dist[:, point_node[n_o:]] if len(targets) else np.zeros((n_o, 0))
    straight = np.hypot(
        origins[:, None, 0] - pts[None, n_o:, 0], origins[:, None, 1] - pts[None, n_o:, 1]
    )
    missing = ~np.isfinite(out)
    out = np.where(missing, straight, out)
    return CorridorDistances(np.asarray(out, dtype=np.float64), int(missing.sum()))
