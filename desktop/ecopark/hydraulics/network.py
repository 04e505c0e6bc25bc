"""The steady state of one connected network: flows, then states marched from the sources.

For a tree with one source the flows follow from the loads alone (:func:`tree_flows`), and one
march from the source in flow order gives every node's pressure and enthalpy. Otherwise (loops,
several sources) the flows depend on the pressure drops, which depend on the steam's density
along each segment: the solve alternates (a) Newton on nodal pressures with each segment's
resistance R = dp / (m |m|) held fixed (:func:`newton_flows`) and (b) a march of every segment
with those flows, which gives the resistances for the next round, until they stop changing
(a few rounds: R depends on the flow only through the density and the friction factor).
Where several segments bring flow into a node, the node takes their mass-weighted mean pressure
(equal once converged) and enthalpy (adiabatic mixing).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from ecopark.hydraulics.flows import newton_flows, tree_flows
from ecopark.hydraulics.march import MarchResult, PipeSpec, march
from ecopark.hydraulics.pipe_physics import darcy_friction
from ecopark.hydraulics.properties import State, state_ph

MAX_ROUNDS = 8
CHEAP_ROUNDS = 10
CHEAP_RTOL = 1e-3
FLOW_RTOL = 2e-5
"""The loop solve stops when a round changes no segment's flow by more than this share of the
network's total load."""
ZERO_FLOW_SHARE = 1e-9


@dataclass
class NetworkSolution:
    nodes: np.ndarray
    """Graph node ids of this network (local index -> graph node)."""
    segments: np.ndarray
    """Graph segment indices of this network."""
    flows: np.ndarray
    """kg/s per segment, positive in the pipe's drawing direction (u -> v)."""
    marches: list[MarchResult | None]
    """Per segment, marched in the flow direction (None: upstream could not deliver)."""
    node_states: list[State | None]
    converged: bool = True
    messages: list[str] = field(default_factory=list)


def solve_network(
    nodes: np.ndarray,
    seg_idx: np.ndarray,
    u_all: np.ndarray,
    v_all: np.ndarray,
    specs: list[PipeSpec],
    loads_kgs: dict[int, float],
    sources: dict[int, State],
    step_m: float,
) -> NetworkSolution:
    """Solve one connected network (graph node ids ``nodes``, segments ``seg_idx``)."""
    local = {int(g): i for i, g in enumerate(nodes.tolist())}
    u = np.array([local[int(x)] for x in u_all[seg_idx]], dtype=np.int64)
    v = np.array([local[int(x)] for x in v_all[seg_idx]], dtype=np.int64)
    n = len(nodes)
    loads = np.zeros(n)
    for g, q in loads_kgs.items():
        loads[local[g]] += q
    src = {local[g]: s for g, s in sources.items()}
    sp = [specs[k] for k in seg_idx.tolist()]
    messages: list[str] = []
    if len(src) == 1 and len(u) == n - 1:
        tree = tree_flows(n, u, v, loads, next(iter(src)))
        tm, ts = _march_all(n, u, v, tree, sp, src, step_m)
        return NetworkSolution(nodes, seg_idx, tree, tm, ts, True, messages)
    ref = next(iter(src.values()))
    total = max(float(loads.sum()), 1e-9)
    resistance = np.array([_initial_resistance(s, ref, total) for s in sp])
    h_seg = np.full(len(u), ref.h_jkg)
    fixed = {k: s.p_pa for k, s in src.items()}
    flows: np.ndarray | None = None
    converged = False
    marches: list[MarchResult | None] = [None] * len(u)
    states: list[State | None] = [None] * n
    for _ in range(MAX_ROUNDS):
        # cheap rounds: each segment's resistance from the properties at its mean pressure
        for _ in range(CHEAP_ROUNDS):
            before = flows
            flows, p, ok = newton_flows(n, u, v, resistance, loads, fixed, start=flows)
            if not ok or not np.all(np.isfinite(flows)):
                break
            resistance = _mean_state_resistance(sp, flows, p, u, v, h_seg, ref, total)
            if before is not None and np.max(np.abs(flows - before)) <= CHEAP_RTOL * total:
                break
        flows, _, ok = newton_flows(n, u, v, resistance, loads, fixed, start=flows)
        if not ok or not np.all(np.isfinite(flows)):
            messages.append(f"the flow solve did not converge ({_describe(flows, resistance)})")
            break
        # a full march with these flows gives the exact drops (expansion, cooling)
        marches, states = _march_all(n, u, v, flows, sp, src, step_m)
        if any(mr is not None and not mr.ok for mr in marches) or any(s is None for s in states):
            converged = True  # a failure is reported per segment; no better flows exist
            break
        new = resistance.copy()
        for k, mr in enumerate(marches):
            if mr is None or mr.outlet is None:
                continue
            h_seg[k] = (mr.inlet.h_jkg + mr.outlet.h_jkg) / 2.0
            mm = abs(flows[k])
            if mm > ZERO_FLOW_SHARE * total and mr.inlet.p_pa > mr.outlet.p_pa:
                new[k] = (mr.inlet.p_pa - mr.outlet.p_pa) / (mm * mm)
        check, _, ok = newton_flows(n, u, v, new, loads, fixed, start=flows)
        resistance = new
        if ok and float(np.max(np.abs(check - flows))) <= FLOW_RTOL * total:
            converged = True
            break
        flows = check
    else:
        messages.append("pressures in the loops did not settle within the allowed rounds")
    assert flows is not None
    for k in src:
        inflow = _node_net_inflow(k, u, v, flows)
        if inflow > ZERO_FLOW_SHARE * max(loads.sum(), 1e-9) + 1e-9:
            messages.append(f"source at node {int(nodes[k])} takes flow in (lower pressure than "
                            "the network around it)")  # fmt: skip
    return NetworkSolution(nodes, seg_idx, flows, marches, states, converged, messages)


def _mean_state_resistance(
    specs: list[PipeSpec],
    flows: np.ndarray,
    p: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    h_seg: np.ndarray,
    ref: State,
    total: float,
) -> np.ndarray:
    """R = (1 + a) f L / (2 rho D A^2) with rho, mu at the segment's mean nodal pressure and
    last known enthalpy: one property call per segment instead of a march."""
    out = np.empty(len(specs))
    for k, spec in enumerate(specs):
        pm = max(float(p[u[k]] + p[v[k]]) / 2.0, 1e4)
        try:
            st = state_ph(pm, float(h_seg[k]))
        except (ValueError, IndexError, RuntimeError):
            st = ref
        d = spec.inner_mm / 1000.0
        area = math.pi * d * d / 4.0
        m = max(abs(float(flows[k])), 1e-6 * total)
        f = darcy_friction(m * d / (area * st.mu), spec.roughness_mm, spec.inner_mm)
        out[k] = (
            (1.0 + spec.fittings_allowance) * f * spec.length_m / (2.0 * st.rho * d * area * area)
        )
    return out


def _node_net_inflow(k: int, u: np.ndarray, v: np.ndarray, flows: np.ndarray) -> float:
    return float(flows[v == k].sum() - flows[u == k].sum())


def _initial_resistance(spec: PipeSpec, ref: State, total_kgs: float) -> float:
    d = spec.inner_mm / 1000.0
    area = math.pi * d * d / 4.0
    m = max(total_kgs, 1e-3)
    re = m * d / (area * ref.mu)
    f = darcy_friction(re, spec.roughness_mm, spec.inner_mm)
    return (1.0 + spec.fittings_allowance) * f * spec.length_m / (2.0 * ref.rho * d * area * area)


def _march_all(
    n: int,
    u: np.ndarray,
    v: np.ndarray,
    flows: np.ndarray,
    specs: list[PipeSpec],
    sources: dict[int, State],
    step_m: float,
) -> tuple[list[MarchResult | None], list[State | None]]:
    """March every segment in flow order from the sources (Kahn's topological order)."""
    total = max(float(np.abs(flows).max(initial=0.0)), 1e-9)
    moving = np.abs(flows) > ZERO_FLOW_SHARE * total
    up = np.where(flows >= 0, u, v)
    down = np.where(flows >= 0, v, u)
    indeg = np.zeros(n, dtype=np.int64)
    np.add.at(indeg, down[moving], 1)
    out_edges: list[list[int]] = [[] for _ in range(n)]
    for e in np.flatnonzero(moving).tolist():
        out_edges[int(up[e])].append(e)
    states: list[State | None] = [None] * n
    acc: list[list[tuple[float, State | None]]] = [[] for _ in range(n)]
    marches: list[MarchResult | None] = [None] * len(u)
    done = np.zeros(n, dtype=bool)
    queue = deque(k for k in range(n) if indeg[k] == 0)
    while queue:
        k = queue.popleft()
        done[k] = True
        if k in sources:
            states[k] = sources[k]
        elif acc[k]:
            states[k] = _mix(acc[k])
        for e in out_edges[k]:
            s = states[k]
            if s is None:
                mr = None
                acc[int(down[e])].append((abs(flows[e]), None))
            else:
                mr = march(s, abs(float(flows[e])), specs[e], step_m)
                marches[e] = mr
                acc[int(down[e])].append((abs(flows[e]), mr.outlet))
            j = int(down[e])
            indeg[j] -= 1
            if indeg[j] == 0:
                queue.append(j)
    # nodes reached only through segments without flow share their neighbour's state
    changed = True
    while changed:
        changed = False
        for e in np.flatnonzero(~moving).tolist():
            a, b = int(u[e]), int(v[e])
            if states[a] is not None and states[b] is None and done[b] and b not in sources:
                states[b] = states[a]
                changed = True
            elif states[b] is not None and states[a] is None and done[a] and a not in sources:
                states[a] = states[b]
                changed = True
    for e in np.flatnonzero(~moving).tolist():
        s = states[int(u[e])]
        if s is not None:
            marches[e] = march(s, 0.0, specs[e], step_m)
    return marches, states


def _mix(parts: list[tuple[float, State | None]]) -> State | None:
    if any(s is None for _, s in parts):
        return None
    if len(parts) == 1:
        return parts[0][1]
    w = np.array([m for m, _ in parts])
    p = float(np.dot(w, [s.p_pa for _, s in parts]) / w.sum())  # type: ignore[union-attr]
    h = float(np.dot(w, [s.h_jkg for _, s in parts]) / w.sum())  # type: ignore[union-attr]
    return state_ph(p, h)


def _describe(flows: np.ndarray, resistance: np.ndarray) -> str:
    return (f"flows {np.nanmin(flows):.3g}..{np.nanmax(flows):.3g} kg/s, "
            f"resistances {resistance.min():.3g}..{resistance.max():.3g}")  # fmt: skip
