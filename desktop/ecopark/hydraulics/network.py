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
from ecopark.hydraulics.march import Marching, MarchResult, PipeSpec, SpecArrays, _failed, march
from ecopark.hydraulics.pipe_physics import darcy_friction_array
from ecopark.hydraulics.properties import State
from ecopark.hydraulics.steam_table import props_ph, state_fast

MAX_ROUNDS = 8
CHEAP_ROUNDS = 10
CHEAP_RTOL = 1e-3
FLOW_RTOL = 2e-5
"""The loop solve stops when a round changes no segment's flow by more than this share of the
network's total load."""
ZERO_FLOW_SHARE = 1e-9
VECTOR_FROM = 64
"""Networks with at least this many segments are marched with numpy, all segments together."""


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
    sa = SpecArrays.of(sp)
    messages: list[str] = []
    if len(src) == 1 and len(u) == n - 1:
        tree = tree_flows(n, u, v, loads, next(iter(src)))
        first = _march_all(n, u, v, tree, sa, sp, src, step_m)
        tm, ts = _materialise(first, u, v, tree, sp, src)
        return NetworkSolution(nodes, seg_idx, tree, tm, ts, True, messages)
    ref = next(iter(src.values()))
    total = max(float(loads.sum()), 1e-9)
    resistance = _resistance(sa, np.full(len(u), max(total, 1e-3)), np.full(len(u), ref.rho),
                             np.full(len(u), ref.mu))  # fmt: skip
    h_seg = np.full(len(u), ref.h_jkg)
    fixed = {k: s.p_pa for k, s in src.items()}
    flows: np.ndarray | None = None
    converged = False
    out: _Marched | None = None
    for _ in range(MAX_ROUNDS):
        # cheap rounds: each segment's resistance from the properties at its mean pressure
        for _ in range(CHEAP_ROUNDS):
            before = flows
            flows, p, ok = newton_flows(n, u, v, resistance, loads, fixed, start=flows)
            if not ok or not np.all(np.isfinite(flows)):
                break
            resistance = _mean_state_resistance(sa, flows, p, u, v, h_seg, ref, total)
            if before is not None and np.max(np.abs(flows - before)) <= CHEAP_RTOL * total:
                break
        flows, _, ok = newton_flows(n, u, v, resistance, loads, fixed, start=flows)
        if not ok or not np.all(np.isfinite(flows)):
            messages.append(f"the flow solve did not converge ({_describe(flows, resistance)})")
            out = None
            break
        # a full march with these flows gives the exact drops (expansion, cooling)
        out = _march_all(n, u, v, flows, sa, sp, src, step_m)
        if np.any(out.marched & ~out.ok) or not np.all(out.known):
            converged = True  # a failure is reported per segment; no better flows exist
            break
        done = out.marched & out.ok
        h_seg = np.where(done, (out.h_in + out.h_out) / 2.0, h_seg)
        mm = np.abs(flows)
        use = done & (mm > ZERO_FLOW_SHARE * total) & (out.p_in > out.p_out)
        new = resistance.copy()
        new[use] = (out.p_in[use] - out.p_out[use]) / (mm[use] * mm[use])
        check, _, ok = newton_flows(n, u, v, new, loads, fixed, start=flows)
        resistance = new
        if ok and float(np.max(np.abs(check - flows))) <= FLOW_RTOL * total:
            converged = True
            break
        flows = check
    else:
        messages.append("pressures in the loops did not settle within the allowed rounds")
        out = None
    assert flows is not None
    if out is None and np.all(np.isfinite(flows)):
        out = _march_all(n, u, v, flows, sa, sp, src, step_m)
    if out is not None:
        marches, states = _materialise(out, u, v, flows, sp, src)
    else:
        marches, states = [None] * len(u), [None] * n
    for k in src:
        inflow = _node_net_inflow(k, u, v, flows)
        if inflow > ZERO_FLOW_SHARE * max(loads.sum(), 1e-9) + 1e-9:
            messages.append(f"source at node {int(nodes[k])} takes flow in (lower pressure than "
                            "the network around it)")  # fmt: skip
    return NetworkSolution(nodes, seg_idx, flows, marches, states, converged, messages)


def _resistance(sa: SpecArrays, m: np.ndarray, rho: np.ndarray, mu: np.ndarray) -> np.ndarray:
    """R = (1 + a) f L / (2 rho D A^2), so that dp = R m |m| at flow ``m`` with rho, mu."""
    d = sa.inner_m
    area = np.pi * d * d / 4.0
    f = darcy_friction_array(m * d / (area * mu), sa.roughness_mm / (d * 1000.0))
    return sa.friction_scale * f * sa.length_m / (2.0 * rho * d * area * area)


def _mean_state_resistance(
    sa: SpecArrays,
    flows: np.ndarray,
    p: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    h_seg: np.ndarray,
    ref: State,
    total: float,
) -> np.ndarray:
    """R with rho, mu at each segment's mean nodal pressure and last known enthalpy: one
    (vectorised) property evaluation per segment instead of a march."""
    pm = np.maximum((p[u] + p[v]) / 2.0, 1e4)
    pr = props_ph(pm, h_seg)
    rho = np.where(pr.ok, pr.rho, ref.rho)
    mu = np.where(pr.ok, pr.mu, ref.mu)
    return _resistance(sa, np.maximum(np.abs(flows), 1e-6 * total), rho, mu)


def _node_net_inflow(k: int, u: np.ndarray, v: np.ndarray, flows: np.ndarray) -> float:
    return float(flows[v == k].sum() - flows[u == k].sum())


@dataclass
class _Marched:
    """One march of every segment of a network, as arrays (segment and node indices local)."""

    node_p: np.ndarray
    node_h: np.ndarray
    known: np.ndarray
    """Nodes with a state (False: nothing arrives)."""
    up: np.ndarray
    moving: np.ndarray
    marched: np.ndarray
    """Segments marched (False: their inlet has no state)."""
    ok: np.ndarray
    p_in: np.ndarray
    h_in: np.ndarray
    p_out: np.ndarray
    h_out: np.ndarray
    reach_m: np.ndarray
    heat_loss_w: np.ndarray
    steps: np.ndarray


def _march_all(
    n: int,
    u: np.ndarray,
    v: np.ndarray,
    flows: np.ndarray,
    sa: SpecArrays,
    specs: list[PipeSpec],
    sources: dict[int, State],
    step_m: float,
) -> _Marched:
    """March every segment in flow order from the sources (Kahn's topological order), all
    segments at once: a segment starts as soon as every segment bringing flow into its inlet
    node has finished (the node then takes their mass-weighted mean pressure and enthalpy), and
    all segments under way advance one Heun step together (:class:`Marching`). A small
    network is marched segment by segment in plain Python instead (:func:`_march_small`):
    numpy's cost per call outweighs its gain below some tens of segments."""
    e_count = len(u)
    if e_count < VECTOR_FROM:
        return _march_small(n, u, v, flows, specs, sources, step_m)
    total = max(float(np.abs(flows).max(initial=0.0)), 1e-9)
    moving = np.abs(flows) > ZERO_FLOW_SHARE * total
    m_abs = np.abs(flows)
    up = np.where(flows >= 0, u, v)
    down = np.where(flows >= 0, v, u)
    indeg = np.bincount(down[moving], minlength=n)
    node_p = np.full(n, np.nan)
    node_h = np.full(n, np.nan)
    known = np.zeros(n, dtype=bool)
    done = np.zeros(n, dtype=bool)
    acc = np.zeros((3, n))
    dead = np.zeros(n, dtype=bool)
    is_src = np.zeros(n, dtype=bool)
    is_src[np.array(sorted(sources), dtype=np.int64)] = True
    nan = np.full(e_count, np.nan)
    p_in, h_in, p_out, h_out = nan.copy(), nan.copy(), nan.copy(), nan.copy()
    ok = np.zeros(e_count, dtype=bool)
    marched = np.zeros(e_count, dtype=bool)
    reach = np.zeros(e_count)
    steps = np.zeros(e_count, dtype=np.int64)
    # moving segments grouped by their upstream node (CSR)
    mov = np.flatnonzero(moving)
    order = mov[np.argsort(up[mov], kind="stable")]
    starts = np.searchsorted(up[order], np.arange(n + 1))
    run = Marching(m_abs, sa, step_m)

    def finish(e: np.ndarray, good: bool) -> np.ndarray:
        """Segments ``e`` are over: pass what they deliver on; returns nodes now settled."""
        if good:
            w = m_abs[e]
            d = down[e]
            np.add.at(acc[0], d, w)
            np.add.at(acc[1], d, w * p_out[e])
            np.add.at(acc[2], d, w * h_out[e])
        else:
            dead[down[e]] = True
        np.subtract.at(indeg, down[e], 1)
        cand = np.unique(down[e])
        return cand[(indeg[cand] == 0) & ~done[cand]]

    ready = np.flatnonzero(indeg == 0)
    while True:
        while ready.size:
            done[ready] = True
            fs = ready[is_src[ready]]
            for k in fs.tolist():
                node_p[k], node_h[k] = sources[k].p_pa, sources[k].h_jkg
            known[fs] = True
            fo = ready[~is_src[ready]]
            fo = fo[(acc[0, fo] > 0) & ~dead[fo]]
            node_p[fo], node_h[fo] = acc[1, fo] / acc[0, fo], acc[2, fo] / acc[0, fo]
            known[fo] = True
            parts = [order[starts[k]:starts[k + 1]] for k in ready.tolist()]
            edges = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
            live = edges[known[up[edges]]]
            nxt = [finish(edges[~known[up[edges]]], False)]
            if live.size:
                a = up[live]
                marched[live] = True
                p_in[live], h_in[live] = node_p[a], node_h[a]
                (bad, stop), empty = run.start(live, node_p[a], node_h[a])
                reach[bad] = stop
                p_out[empty], h_out[empty], ok[empty] = p_in[empty], h_in[empty], True
                nxt += [finish(bad, False), finish(empty, True)]
            ready = np.unique(np.concatenate(nxt))
        if not len(run):
            break
        (e, pe, he, ke), (bad, stop) = run.advance()
        p_out[e], h_out[e], ok[e], steps[e] = pe, he, True, ke
        reach[bad] = stop
        ready = np.unique(np.concatenate([finish(e, True), finish(bad, False)]))
    loss = np.where(ok, m_abs * (h_in - h_out), 0.0)
    out = _Marched(node_p, node_h, known, np.where(moving, up, u), moving, marched, ok,
                   p_in, h_in, p_out, h_out, reach, loss, steps)  # fmt: skip
    _fill_still(out, u, v, done, sources)
    return out


def _fill_still(
    out: _Marched, u: np.ndarray, v: np.ndarray, done: np.ndarray, sources: dict[int, State]
) -> None:
    """Nodes reached only through segments without flow share their neighbour's state; those
    segments carry it unchanged."""
    still = np.flatnonzero(~out.moving)
    known, node_p, node_h = out.known, out.node_p, out.node_h
    changed = True
    while changed and still.size:
        changed = False
        for e in still.tolist():
            a, b = int(u[e]), int(v[e])
            for x, y in ((a, b), (b, a)):
                if known[x] and not known[y] and done[y] and y not in sources:
                    node_p[y], node_h[y], known[y] = node_p[x], node_h[x], True
                    changed = True
    for e in still.tolist():
        a = int(u[e])
        if known[a]:
            out.marched[e] = out.ok[e] = True
            out.p_in[e] = out.p_out[e] = node_p[a]
            out.h_in[e] = out.h_out[e] = node_h[a]


def _march_small(
    n: int,
    u: np.ndarray,
    v: np.ndarray,
    flows: np.ndarray,
    specs: list[PipeSpec],
    sources: dict[int, State],
    step_m: float,
) -> _Marched:
    """:func:`_march_all` segment by segment (Kahn's order, one queue), in plain Python."""
    e_count = len(u)
    total = max(float(np.abs(flows).max(initial=0.0)), 1e-9)
    fl = flows.tolist()
    moving = [abs(f) > ZERO_FLOW_SHARE * total for f in fl]
    uu, vv = u.tolist(), v.tolist()
    up = [a if f >= 0 else b for a, b, f in zip(uu, vv, fl, strict=True)]
    down = [b if f >= 0 else a for a, b, f in zip(uu, vv, fl, strict=True)]
    indeg = [0] * n
    out_edges: list[list[int]] = [[] for _ in range(n)]
    for e in range(e_count):
        if moving[e]:
            indeg[down[e]] += 1
            out_edges[up[e]].append(e)
    node: list[tuple[float, float] | None] = [None] * n
    acc: list[list[float]] = [[0.0, 0.0, 0.0] for _ in range(n)]
    dead = [False] * n
    done = [False] * n
    nan = math.nan
    res = {k: [nan] * e_count for k in ("p_in", "h_in", "p_out", "h_out")}
    ok, marched = [False] * e_count, [False] * e_count
    reach, loss, steps = [0.0] * e_count, [0.0] * e_count, [0] * e_count
    queue = deque(k for k in range(n) if indeg[k] == 0)
    while queue:
        k = queue.popleft()
        done[k] = True
        if k in sources:
            node[k] = (sources[k].p_pa, sources[k].h_jkg)
        elif acc[k][0] > 0 and not dead[k]:
            node[k] = (acc[k][1] / acc[k][0], acc[k][2] / acc[k][0])
        inlet = None
        if node[k] is not None:
            inlet = sources[k] if k in sources else state_fast(*node[k])  # type: ignore[misc]
        for e in out_edges[k]:
            j = down[e]
            if inlet is None:
                dead[j] = True
            else:
                m = abs(fl[e])
                mr = march(inlet, m, specs[e], step_m)
                marched[e] = True
                res["p_in"][e], res["h_in"][e] = inlet.p_pa, inlet.h_jkg
                if mr.outlet is not None:
                    ok[e] = True
                    res["p_out"][e], res["h_out"][e] = mr.outlet.p_pa, mr.outlet.h_jkg
                    loss[e], steps[e] = mr.heat_loss_w, mr.steps
                    a = acc[j]
                    a[0] += m
                    a[1] += m * mr.outlet.p_pa
                    a[2] += m * mr.outlet.h_jkg
                else:
                    dead[j] = True
                    reach[e] = _reach_of(mr)
            indeg[j] -= 1
            if indeg[j] == 0:
                queue.append(j)
    known = [x is not None for x in node]
    node_p = np.array([x[0] if x else nan for x in node])
    node_h = np.array([x[1] if x else nan for x in node])
    mv = np.array(moving, dtype=bool)
    out = _Marched(node_p, node_h, np.array(known, dtype=bool),
                   np.where(mv, np.array(up, dtype=np.int64), u), mv,
                   np.array(marched, dtype=bool), np.array(ok, dtype=bool),
                   np.array(res["p_in"]), np.array(res["h_in"]), np.array(res["p_out"]),
                   np.array(res["h_out"]), np.array(reach), np.array(loss),
                   np.array(steps, dtype=np.int64))  # fmt: skip
    _fill_still(out, u, v, np.array(done, dtype=bool), sources)
    return out


def _reach_of(mr: MarchResult) -> float:
    """Where a failed march stopped (its message says; kept as a number for the arrays)."""
    return mr.reach_m


def _states(p: np.ndarray, h: np.ndarray) -> list[State | None]:
    """State objects at many (p, h) (None where unknown or no property could be found)."""
    out: list[State | None] = [None] * len(p)
    live = np.flatnonzero(np.isfinite(p) & np.isfinite(h))
    if not live.size:
        return out
    pr = props_ph(p[live], h[live])
    for i, k in enumerate(live.tolist()):
        if pr.ok[i]:
            ts = float(pr.t_sat_k[i])
            out[k] = State(float(p[k]), float(h[k]), float(pr.t_k[i]), float(pr.rho[i]),
                           float(pr.mu[i]), float(pr.quality[i]),
                           ts if np.isfinite(ts) else None)  # fmt: skip
    return out


def _materialise(
    out: _Marched,
    u: np.ndarray,
    v: np.ndarray,
    flows: np.ndarray,
    specs: list[PipeSpec],
    sources: dict[int, State],
) -> tuple[list[MarchResult | None], list[State | None]]:
    """The per-segment :class:`MarchResult` and per-node :class:`State` of a march."""
    states = _states(np.where(out.known, out.node_p, np.nan), out.node_h)
    for k, s in sources.items():
        states[k] = s
    outlets = _states(np.where(out.ok & out.moving, out.p_out, np.nan), out.h_out)
    marches: list[MarchResult | None] = [None] * len(u)
    for e in np.flatnonzero(out.marched).tolist():
        inlet = states[int(out.up[e])]
        if inlet is None:
            continue
        m = abs(float(flows[e]))
        if not out.moving[e]:
            marches[e] = march(inlet, 0.0, specs[e], 0.0)
        elif out.ok[e] and outlets[e] is not None:
            marches[e] = MarchResult(inlet, outlets[e], float(out.heat_loss_w[e]),
                                     int(out.steps[e]))  # fmt: skip
        else:
            marches[e] = _failed(inlet, m, float(out.reach_m[e]))
    return marches, states


def _describe(flows: np.ndarray, resistance: np.ndarray) -> str:
    return (f"flows {np.nanmin(flows):.3g}..{np.nanmax(flows):.3g} kg/s, "
            f"resistances {resistance.min():.3g}..{resistance.max():.3g}")  # fmt: skip
