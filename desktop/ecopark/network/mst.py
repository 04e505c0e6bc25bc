"""Length of the Euclidean minimum spanning tree of a point set.

Used as the reference ("straight links between the points that must be joined") against which
drawn pipe length is judged, and by routing as a quick bound. The EMST is a subgraph of the
Delaunay triangulation, so it costs O(n log n) rather than O(n²).
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import minimum_spanning_tree
from scipy.spatial import Delaunay, QhullError

_SMALL = 64


def euclidean_mst_length(xy: np.ndarray) -> float:
    """Total length of the minimum spanning tree of the rows of ``xy`` (n x 2); 0 for n < 2."""
    pts = np.unique(np.asarray(xy, dtype=float).reshape(-1, 2), axis=0)
    n = len(pts)
    if n < 2:
        return 0.0
    if n == 2:
        return float(np.hypot(*(pts[1] - pts[0])))
    if n <= _SMALL:
        i, j = np.triu_indices(n, 1)
    else:
        try:
            tri = Delaunay(pts)
        except QhullError:  # all points on one line
            return _collinear_length(pts)
        s = tri.simplices
        i = np.concatenate([s[:, 0], s[:, 1], s[:, 2]])
        j = np.concatenate([s[:, 1], s[:, 2], s[:, 0]])
    w = np.hypot(*(pts[i] - pts[j]).T)
    w = np.where(w > 0, w, 1e-12)
    tree = minimum_spanning_tree(coo_matrix((w, (i, j)), shape=(n, n)).tocsr())
    return float(tree.sum())


def _collinear_length(pts: np.ndarray) -> float:
    d = pts - pts[0]
    axis = d[np.argmax(np.abs(d).sum(axis=1))]
    t = d @ axis
    return float(np.hypot(*(pts[np.argmax(t)] - pts[np.argmin(t)])))
