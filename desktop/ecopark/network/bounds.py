"""A lower bound on the pipe length any network needs to join given points.

For terminals v with nearest other terminal at distance NN(v), the discs of radius NN(v)/2 are
disjoint, and a connected network touching every terminal must leave each disc, so it has at
least NN(v)/2 of length inside each: length >= sum(NN(v)) / 2. The bound holds for any network,
Steiner junctions included, and costs one k-d tree query, so it can follow every edit.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

_APART = 1e12
"""Separation put between groups (metres) so a nearest neighbour is always in the same group."""


def joining_lower_bound(xy: np.ndarray, groups: np.ndarray) -> float:
    """Sum over groups of the half nearest-neighbour-distance bound for joining each group's
    points (``xy``: n x 2 metres; ``groups``: n labels). Groups of one point contribute 0;
    coincident points count as distance 0."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    groups = np.asarray(groups)
    if len(xy) < 2:
        return 0.0
    _, g, counts = np.unique(groups, return_inverse=True, return_counts=True)
    keep = counts[g] >= 2
    if keep.sum() < 2:
        return 0.0
    pts = np.column_stack([xy[keep], g[keep].astype(float) * _APART])
    dist, _ = cKDTree(pts).query(pts, k=2)
    return float(np.sum(dist[:, 1]) / 2.0)
