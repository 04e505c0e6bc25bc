"""The return pipe of a hot-water network, solved after the supply.

A two-pipe district-heating network returns, in a pipe laid beside each supply pipe, the water
each substation has taken: every return segment carries its supply segment's mass flow the
other way. So the return is solved on the supply's flows:

* **Temperature** (from the consumers towards the plant): each substation returns its water at
  the grade's design return temperature (``grades.csv``: 70 °C); at every node the return water
  arriving from the substation and from the return pipes further out mixes adiabatically (mass-
  weighted enthalpy), then cools along the return pipe towards the plant through the same
  insulation as the supply pipe (the same march, :func:`ecopark.hydraulics.march.march`). The
  plant receives the mixture: the network's return temperature, below the design figure by the
  return pipes' heat loss.
* **Pressure** (from the plant outwards): the plant holds the return (pump suction) pressure of
  the grade (0.3 MPa); every node's return pressure is the pressure of the node nearer the plant
  plus the return pipe's friction drop between them (at the return water's density and
  viscosity), mass-weighted where several paths meet, as on the supply side.

A substation needs its supply pressure above its return pressure by ``min_differential_mpa``;
the pump head that just serves the worst substation is its supply-path drop plus its
return-path drop plus that differential.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from ecopark.hydraulics.march import PipeSpec, march
from ecopark.hydraulics.network import ZERO_FLOW_SHARE, NetworkSolution
from ecopark.hydraulics.properties import h_from_pt, state_ph

MPA = 1e6
KELVIN = 273.15


@dataclass(frozen=True)
class ReturnSolution:
    """The return side, by local node / local segment index of a :class:`NetworkSolution`."""

    pressure_pa: np.ndarray
    """Return pressure at each node (NaN where the supply could not reach)."""
    temperature_k: np.ndarray
    """Return water temperature leaving each node towards the plant."""
    drop_pa: np.ndarray
    """Friction drop of each return segment."""
    heat_loss_w: np.ndarray
    """Heat lost by each return segment."""
    plant_temperature_c: float | None
    """Temperature of the mixed return water reaching the plant."""


def solve_return(
    sol: NetworkSolution,
    u_all: np.ndarray,
    v_all: np.ndarray,
    specs: list[PipeSpec],
    loads_kgs: dict[int, float],
    sources: set[int],
    return_c: float,
    plant_return_mpa: float,
    step_m: float,
) -> ReturnSolution:
    """Solve the return pipes of one hot-water network (``loads_kgs``, ``sources``: graph node
    ids)."""
    local = {int(g): i for i, g in enumerate(sol.nodes.tolist())}
    n, e_count = len(sol.nodes), len(sol.segments)
    u = np.array([local[int(x)] for x in u_all[sol.segments]], dtype=np.int64)
    v = np.array([local[int(x)] for x in v_all[sol.segments]], dtype=np.int64)
    flows = sol.flows
    m_abs = np.abs(flows)
    total = max(float(m_abs.max(initial=0.0)), 1e-9)
    moving = m_abs > ZERO_FLOW_SHARE * total
    up = np.where(flows >= 0, u, v)  # supply direction; the return runs down -> up
    down = np.where(flows >= 0, v, u)
    src = {local[g] for g in sources}
    seg_specs = [specs[k] for k in sol.segments.tolist()]
    p0 = plant_return_mpa * MPA
    h_ret = h_from_pt(p0, return_c + KELVIN)
    # temperatures: leaves first (reverse topological order of the supply flow)
    outdeg = np.bincount(up[moving], minlength=n)
    mass = np.zeros(n)
    energy = np.zeros(n)
    for g, q in loads_kgs.items():
        mass[local[g]] += q
        energy[local[g]] += q * h_ret
    into: list[list[int]] = [[] for _ in range(n)]
    for e in np.flatnonzero(moving).tolist():
        into[int(down[e])].append(e)
    t_node = np.full(n, np.nan)
    drop = np.zeros(e_count)
    loss = np.zeros(e_count)
    queue = deque(k for k in range(n) if outdeg[k] == 0)
    while queue:
        k = queue.popleft()
        h_k = energy[k] / mass[k] if mass[k] > 0 else h_ret
        # liquid water hardly depends on pressure (0.05 % in density per MPa): the return pipe
        # is marched from the supply pressure at the node, and only its drop is used
        supply = sol.node_states[k]
        st = state_ph(supply.p_pa if supply is not None else p0, h_k)
        t_node[k] = st.t_k
        for e in into[k]:
            j = int(up[e])
            mr = march(st, float(m_abs[e]), seg_specs[e], step_m)
            if mr.outlet is not None:
                drop[e] = mr.inlet.p_pa - mr.outlet.p_pa
                loss[e] = mr.heat_loss_w
                h_out = mr.outlet.h_jkg
            else:
                drop[e] = np.nan
                h_out = h_k
            mass[j] += m_abs[e]
            energy[j] += m_abs[e] * h_out
            outdeg[j] -= 1
            if outdeg[j] == 0:
                queue.append(j)
    for e in np.flatnonzero(~moving).tolist():  # still water cools to nothing it carries
        a = int(u[e])
        if np.isfinite(t_node[a]):
            spec = seg_specs[e]
            loss[e] = max(0.0, (t_node[a] - spec.ambient_k) / spec.resistance_mk_w * spec.length_m)
    plant_mass = sum(mass[k] for k in src)
    plant_t = None
    if plant_mass > 0:
        h_plant = sum(energy[k] for k in src) / plant_mass
        plant_t = state_ph(p0, h_plant).t_c
    # pressures: plant outwards (topological order of the supply flow)
    p = _pressures(n, up, down, moving, m_abs, drop, src, p0, u, v)
    reached = np.array([s is not None for s in sol.node_states])
    p[~reached] = np.nan
    return ReturnSolution(p, t_node, drop, loss, plant_t)


def _pressures(
    n: int, up: np.ndarray, down: np.ndarray, moving: np.ndarray, m_abs: np.ndarray,
    drop: np.ndarray, src: set[int], p0: float, u: np.ndarray, v: np.ndarray,
) -> np.ndarray:  # fmt: skip
    indeg = np.bincount(down[moving], minlength=n)
    out_edges: list[list[int]] = [[] for _ in range(n)]
    for e in np.flatnonzero(moving).tolist():
        out_edges[int(up[e])].append(e)
    acc_m = np.zeros(n)
    acc_p = np.zeros(n)
    p = np.full(n, np.nan)
    queue = deque(k for k in range(n) if indeg[k] == 0)
    while queue:
        k = queue.popleft()
        if k in src:
            p[k] = p0
        elif acc_m[k] > 0:
            p[k] = acc_p[k] / acc_m[k]
        for e in out_edges[k]:
            j = int(down[e])
            if np.isfinite(p[k]) and np.isfinite(drop[e]):
                acc_m[j] += m_abs[e]
                acc_p[j] += m_abs[e] * (p[k] + drop[e])
            indeg[j] -= 1
            if indeg[j] == 0:
                queue.append(j)
    # nodes joined only by still segments share their neighbour's return pressure
    for _ in range(n):
        changed = False
        for e in np.flatnonzero(~moving).tolist():
            a, b = int(u[e]), int(v[e])
            for x, y in ((a, b), (b, a)):
                if np.isfinite(p[x]) and not np.isfinite(p[y]):
                    p[y] = p[x]
                    changed = True
        if not changed:
            break
    return p
