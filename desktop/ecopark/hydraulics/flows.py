"""Mass flow in every segment from the consumers' demands.

* A tree fed by one source: each segment carries the sum of the loads beyond it (accumulated
  from the leaves towards the source); pressures do not enter.
* Anything else (a loop, or several sources at fixed pressures): the flows are those for which
  one pressure per node exists. Each segment obeys ``p_u - p_v = R m |m|`` with a resistance R
  (for steam taken from the marched pressure drop, see :mod:`ecopark.hydraulics.network`), every
  node balances its mass, sources hold their pressure. This is solved by Newton's method on the
  nodal pressures and segment flows together (the global gradient algorithm of Todini and
  Pilati, 1988, used by EPANET): linearising each segment's law around the current flow gives
  ``m = m_k / 2 + (p_u - p_v) / (2 R |m_k|)``; putting that into the mass balances gives one
  sparse symmetric linear system for the pressures (scipy), whose solution gives the new flows.
  It converges quadratically from any start; loops need no loop-finding (no Hardy Cross).
"""

from __future__ import annotations

from collections import deque

import numpy as np
from scipy.sparse import csc_matrix
from scipy.sparse.linalg import splu

DENSE_UP_TO = 150
"""Networks up to this many nodes are solved densely (numpy); larger ones with sparse LU."""
LOOSE_RTOL = 1e-5
"""After the allowed iterations, flows that still move by less than this share of the load are
accepted (segments with almost no flow can keep dithering far below any figure reported)."""
FLOW_FLOOR_KGS = 1e-6
"""Flows below this are floored in the Newton linearisation (the law's slope is 0 at m = 0)."""


def tree_flows(n: int, u: np.ndarray, v: np.ndarray, loads: np.ndarray, source: int) -> np.ndarray:
    """Flows (kg/s, positive from u to v) of a tree fed from node ``source``."""
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for e, (a, b) in enumerate(zip(u.tolist(), v.tolist(), strict=True)):
        adj[a].append((e, b))
        adj[b].append((e, a))
    parent_edge = np.full(n, -1)
    order = [source]
    seen = np.zeros(n, dtype=bool)
    seen[source] = True
    queue = deque([source])
    while queue:
        a = queue.popleft()
        for e, b in adj[a]:
            if not seen[b]:
                seen[b] = True
                parent_edge[b] = e
                order.append(b)
                queue.append(b)
    carried = loads.astype(float).copy()
    flows = np.zeros(len(u))
    for node in reversed(order[1:]):
        e = parent_edge[node]
        flows[e] = carried[node] if v[e] == node else -carried[node]
        parent = u[e] if v[e] == node else v[e]
        carried[parent] += carried[node]
    return flows


def newton_flows(
    n: int,
    u: np.ndarray,
    v: np.ndarray,
    resistance: np.ndarray,
    loads: np.ndarray,
    fixed: dict[int, float],
    start: np.ndarray | None = None,
    max_iter: int = 100,
    rtol: float = 1e-9,
) -> tuple[np.ndarray, np.ndarray, bool]:
    """Flows (kg/s, u -> v) and nodal pressures (Pa) with ``p_u - p_v = R m|m|``, node mass
    balance ``inflow - outflow = load``, and ``p = fixed[node]`` at the sources.
    Returns (flows, pressures, converged)."""
    e_count = len(u)
    scale = max(float(np.abs(loads).sum()), 1e-3)
    m = start.copy() if start is not None else np.full(e_count, scale / max(e_count, 1))
    fixed_nodes = np.array(sorted(fixed), dtype=np.int64)
    free = np.setdiff1d(np.arange(n), fixed_nodes)
    p_fixed = np.array([fixed[k] for k in fixed_nodes.tolist()])
    p = np.zeros(n)
    p[fixed_nodes] = p_fixed
    # the pressure system on the free nodes only, assembled directly: diagonal = sum of the
    # incident conductances, off-diagonal = -g between two free nodes
    pos = np.full(n, -1, dtype=np.int64)
    pos[free] = np.arange(len(free))
    fu, fv = pos[u], pos[v]
    both = (fu >= 0) & (fv >= 0)
    nf = len(free)
    diag_idx = np.arange(nf)
    rows = np.concatenate([fu[both], fv[both], diag_idx])
    cols = np.concatenate([fv[both], fu[both], diag_idx])
    inc_rows = np.concatenate([u, v])
    converged = False
    for _ in range(max_iter):
        g = 1.0 / (2.0 * resistance * np.maximum(np.abs(m), FLOW_FLOOR_KGS * scale))
        # mass balance: A m = -loads with A(u)=+1, A(v)=-1; m = m/2 + g A^T p
        am = np.bincount(inc_rows, weights=np.concatenate([m, -m]) / 2.0, minlength=n)
        rhs = -loads - am
        if nf:
            gg = np.concatenate([g, g])
            diag = np.bincount(inc_rows, weights=gg, minlength=n)[free]
            # fixed neighbours move to the right-hand side
            known = np.zeros(n)
            known[fixed_nodes] = p_fixed
            b = rhs.copy()
            np.add.at(b, u, g * known[v])
            np.add.at(b, v, g * known[u])
            vals = np.concatenate([-g[both], -g[both], diag])
            if nf <= DENSE_UP_TO:
                dense = np.zeros((nf, nf))
                np.add.at(dense, (rows, cols), vals)
                p[free] = np.linalg.solve(dense, b[free])
            else:
                a_ff = csc_matrix((vals, (rows, cols)), shape=(nf, nf))
                lu = splu(a_ff, permc_spec="MMD_AT_PLUS_A", options={"SymmetricMode": True})
                p[free] = lu.solve(b[free])
        m_new = m / 2.0 + g * (p[u] - p[v])
        change = float(np.max(np.abs(m_new - m))) if e_count else 0.0
        m = m_new
        if not np.all(np.isfinite(m)):
            break
        if change <= rtol * scale:
            converged = True
            break
    else:
        converged = change <= LOOSE_RTOL * scale
    return m, p, converged
