"""Solve every steam network (HP, MP, LP) and hot-water network of a scenario.

Loads come from the coverage allocation (:mod:`ecopark.indicators.coverage`): what each network
is asked to deliver to each site, its own grade plus the lower-grade demand it serves through a
pressure-reducing station (the cascade). Sources are the sites with capacity (facilities) or
supply (firms) of that medium, at the outlet pressure and temperature of their grade (park
defaults in ``data/grades.csv``, overridden per facility). Each connected network is solved by
:func:`ecopark.hydraulics.network.solve_network`; then each consumer is judged against its
required pressure and temperature (:mod:`ecopark.hydraulics.consumers`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from ecopark.hydraulics.consumers import judge_consumers
from ecopark.hydraulics.graph import PipeGraph, build_graph
from ecopark.hydraulics.hot_water_return import ReturnSolution, solve_return
from ecopark.hydraulics.march import PipeSpec
from ecopark.hydraulics.network import NetworkSolution, solve_network
from ecopark.hydraulics.params import HydraulicParams, hydraulic_params
from ecopark.hydraulics.pipe_physics import Insulation
from ecopark.hydraulics.properties import State, backend, cp_water, h_from_pt, state_ph
from ecopark.hydraulics.results import HydraulicResult, NetworkResult, SegmentResult, SourceResult
from ecopark.hydraulics.scratch import scratch_park
from ecopark.hydraulics.tables import (
    grade_defaults,
    inner_diameter_mm,
    max_velocity_ms,
    outer_diameter_mm,
)
from ecopark.indicators.coverage import allocate_all
from ecopark.indicators.state import MEDIUM_INDEX, ScenarioState
from ecopark.model import Facility, Park, Pipeline
from ecopark.model.kinds import MEDIUM_FIELDS, STEAM_GRADES_HIGH_TO_LOW
from ecopark.network import higher_grades

SOLVED_MEDIA: tuple[str, ...] = (*STEAM_GRADES_HIGH_TO_LOW, "heat")
"""Reclaimed water is not solved: a low-pressure water main rarely limits a park plan."""

MPA = 1e6
KELVIN = 273.15


def solve_scenario(
    park: Park, scenario_id: str, state: ScenarioState | None = None
) -> HydraulicResult:
    """The hydraulic state of every network of the scenario (``state``: the live engine's, to
    reuse its allocation; built when absent)."""
    if state is None:
        state = ScenarioState.build(scratch_park(park, scenario_id), scenario_id)
    alloc = allocate_all(state)
    params = hydraulic_params(park.settings)
    scenario = park.scenario(scenario_id)
    pipes: dict[str, Pipeline] = scenario.layers["pipelines"]  # type: ignore[assignment]
    networks: list[NetworkResult] = []
    messages: list[str] = []
    served: dict[str, dict[str, float]] = {m: {} for m in SOLVED_MEDIA}
    sites = state.sites.alive_slots()
    ids = [str(state.sites.ids[s]) for s in sites.tolist()]
    points = dict(zip(ids, state.geom[sites].tolist(), strict=True))
    slot_of = dict(zip(ids, sites.tolist(), strict=True))
    for medium in SOLVED_MEDIA:
        mine = {pid: p for pid, p in pipes.items() if p.medium == medium}
        if not mine:
            continue
        graph = state.cached(
            ("hydraulic_graph", medium),
            (state.networks[medium].version, tuple(sorted(mine)), state.tolerance_m),
            _graph_builder(medium, mine, points, state.tolerance_m),
        )
        loads = _loads(state, alloc, medium, slot_of)
        for net in _solve_medium(park, scenario_id, graph, mine, loads, state, slot_of, params,
                                 messages):  # fmt: skip
            networks.append(net)
            for c in net.consumers:
                for dm, amount, ok in c.parts:
                    if ok:
                        served.setdefault(dm, {})
                        served[dm][c.id] = served[dm].get(c.id, 0.0) + amount
    messages.extend(_disconnected(state, alloc, slot_of))
    return HydraulicResult(scenario_id, tuple(networks), served, tuple(messages), backend())


def _disconnected(state: ScenarioState, alloc: Any, slot_of: dict[str, int]) -> list[str]:
    """Firms with a demand that no pipe of that medium (or a higher steam grade) reaches."""
    out = []
    for m in SOLVED_MEDIA:
        feeders = (m, *higher_grades(m))
        for sid, slot in sorted(slot_of.items()):
            need = state.demand[MEDIUM_INDEX[m], slot]
            if not state.is_firm[slot] or need <= 0:
                continue
            if not any(alloc.labels[g].point_attached[slot] for g in feeders):
                unit = MEDIUM_FIELDS[m].unit
                out.append(f"firm {sid} needs {need:g} {unit} of {m} but no {m} pipe"
                           f"{' (or higher grade)' if len(feeders) > 1 else ''} reaches it "
                           "within the snapping tolerance: it is not connected")  # fmt: skip
    return out


def _graph_builder(
    medium: str, pipes: dict[str, Pipeline], points: dict, tol: float
) -> Callable[[], PipeGraph]:
    """The graph depends on geometry only: the live engine's network version says when."""
    return lambda: build_graph(medium, {k: p.geometry for k, p in pipes.items()}, points, tol)


def _loads(
    state: ScenarioState, alloc: object, medium: str, slot_of: dict[str, int]
) -> dict[str, list[tuple[str, float]]]:
    """site id -> [(demand medium, amount)] this network carries to the site."""
    out: dict[str, list[tuple[str, float]]] = {}
    own = alloc.served[medium] - sum(  # type: ignore[attr-defined]
        (v for (g, m), v in alloc.cascade.items() if m == medium),  # type: ignore[attr-defined]
        start=np.zeros_like(alloc.served[medium]),  # type: ignore[attr-defined]
    )
    for sid, slot in slot_of.items():
        parts = []
        if own[slot] > 0 and state.is_firm[slot]:
            parts.append((medium, float(own[slot])))
        for (g, m), v in alloc.cascade.items():  # type: ignore[attr-defined]
            if g == medium and v[slot] > 0:
                parts.append((m, float(v[slot])))
        if parts:
            out[sid] = parts
    return out


def _source_state(medium: str, obj: object, params: HydraulicParams) -> tuple[float, float]:
    """Outlet pressure (MPa, absolute) and temperature (°C) of a source of this medium."""
    d = grade_defaults()[medium]
    p, t = d.source_pressure_mpa, d.source_temperature_c
    if isinstance(obj, Facility):
        if medium == "heat":
            t = obj.heat_supply_c if obj.heat_supply_c is not None else t
        else:
            op = getattr(obj, f"{medium}_outlet_mpa")
            ot = getattr(obj, f"{medium}_outlet_c")
            p = op if op is not None else p
            t = ot if ot is not None else t
    return float(p), float(t)


def _spec(pipe: Pipeline, length: float, medium: str, params: HydraulicParams) -> PipeSpec:
    ins = Insulation(
        outer_mm=outer_diameter_mm(pipe.diameter_mm),
        thickness_mm=pipe.insulation_mm if pipe.insulation_mm is not None else params.insulation_mm,
        conductivity_w_mk=pipe.insulation_w_mk or params.insulation_w_mk,
        laying=pipe.laying or params.laying,
        surface_w_m2k=params.surface_w_m2k,
        burial_depth_m=params.burial_depth_m,
        soil_w_mk=params.soil_w_mk,
    )
    return PipeSpec(
        length_m=length,
        inner_mm=inner_diameter_mm(pipe.diameter_mm),
        roughness_mm=params.roughness_for(medium),
        fittings_allowance=params.fittings_allowance,
        resistance_mk_w=ins.resistance_mk_w(),
        ambient_k=params.ambient_temperature_c + KELVIN,
    )


def _solve_medium(
    park: Park,
    scenario_id: str,
    graph: PipeGraph,
    pipes: dict[str, Pipeline],
    loads: dict[str, list[tuple[str, float]]],
    state: ScenarioState,
    slot_of: dict[str, int],
    params: HydraulicParams,
    messages: list[str],
) -> list[NetworkResult]:
    medium = graph.medium
    scenario = park.scenario(scenario_id)
    comp = graph.components()
    u_all = np.array([s.u for s in graph.segments], dtype=np.int64)
    v_all = np.array([s.v for s in graph.segments], dtype=np.int64)
    seg_comp = comp[u_all] if len(u_all) else np.zeros(0, dtype=np.int64)
    specs = [_spec(pipes[s.pipeline_id], s.length_m, medium, params) for s in graph.segments]
    d = grade_defaults()[medium]
    out: list[NetworkResult] = []
    for c in np.unique(seg_comp).tolist():
        seg_idx = np.flatnonzero(seg_comp == c)
        nodes = np.flatnonzero(comp == c)
        here = {sid: n for sid, n in graph.site_node.items() if comp[n] == c}
        src_ids = [sid for sid in sorted(here)
                   if state.source[MEDIUM_INDEX[medium], slot_of[sid]] > 0]  # fmt: skip
        cons = {sid: loads[sid] for sid in sorted(here) if sid in loads}
        if not src_ids:
            wanting = [sid for sid in sorted(here) if state.is_firm[slot_of[sid]]
                       and state.demand[MEDIUM_INDEX[medium], slot_of[sid]] > 0]  # fmt: skip
            if wanting:
                who = ", ".join(wanting)
                text = "no source (CHP or supplier) is attached to it, so"
                messages.append(f"{_label(medium, seg_idx, graph)}: {text} {who} get nothing")
            continue
        pipe_ids = sorted({graph.segments[k].pipeline_id for k in seg_idx.tolist()})
        label = _label(medium, seg_idx, graph)
        bad = [p for p in pipe_ids if not pipes[p].diameter_mm > 0]
        if bad:
            messages.append(
                f"{label}: pipeline {', '.join(bad)} has no diameter; enter its nominal "
                "diameter (DN) to compute pressures"
            )
            out.append(_unsolved(medium, c, cons, "no diameter on " + ", ".join(bad)))
            continue
        sources: dict[int, State] = {}
        src_results = []
        hw_cp = None
        for sid in src_ids:
            obj = scenario.find(sid)
            p_mpa, t_c = _source_state(medium, obj, params)
            if not (math.isfinite(p_mpa) and p_mpa > 0):
                messages.append(f"{label}: source {sid} has no outlet pressure")
                continue
            node = here[sid]
            try:
                st = state_ph(p_mpa * MPA, h_from_pt(p_mpa * MPA, t_c + KELVIN))
            except ValueError:
                messages.append(f"{label}: source {sid}: {p_mpa} MPa and {t_c} °C is not a valid "
                                "water or steam state")  # fmt: skip
                continue
            sources.setdefault(node, st)
        if not sources:
            out.append(_unsolved(medium, c, cons, "no usable source"))
            continue
        if medium == "heat":
            t_s = next(iter(sources.values())).t_k
            t_r = float(d.return_temperature_c or 70.0) + KELVIN
            hw_cp = cp_water(next(iter(sources.values())).p_pa, (t_s + t_r) / 2.0)
            dt = t_s - t_r
            if dt <= 0:
                messages.append(f"{label}: supply temperature not above the return temperature")
                out.append(_unsolved(medium, c, cons, "supply not above return temperature"))
                continue
            to_kgs = 1e6 / (hw_cp * dt)
        else:
            to_kgs = 1.0 / 3.6
        node_loads: dict[int, float] = {}
        for sid, parts in cons.items():
            node_loads[here[sid]] = node_loads.get(here[sid], 0.0) + to_kgs * sum(
                a for _, a in parts
            )
        sol = solve_network(nodes, seg_idx, u_all, v_all, specs, node_loads, sources,
                            params.march_step_m)  # fmt: skip
        ret = None
        if medium == "heat":
            t_back = float(d.return_temperature_c or 70.0)
            p_back = float(d.return_pressure_mpa or 0.3)
            ret = solve_return(sol, u_all, v_all, specs, node_loads, set(sources), t_back,
                               p_back, params.march_step_m)  # fmt: skip
        segs = _segment_results(graph, pipes, specs, sol, medium, ret)
        for sid in src_ids:
            obj = scenario.find(sid)
            p_mpa, t_c = _source_state(medium, obj, params)
            src_results.append(
                SourceResult(
                    sid,
                    p_mpa,
                    t_c,
                    _source_flow(sol, here[sid], u_all, v_all, src_ids, here) * 3.6,  # fmt: skip
                    float(state.source[MEDIUM_INDEX[medium], slot_of[sid]]),
                )
            )
        ret_mpa = None
        if ret is not None:
            ret_mpa = {int(g): float(ret.pressure_pa[i]) / MPA
                       for i, g in enumerate(sol.nodes.tolist())}  # fmt: skip
        consumers, extra = judge_consumers(
            medium, cons, here, sol, scenario, params, to_kgs, sources, ret_mpa
        )
        net_msgs = list(sol.messages) + extra + [s.message for s in segs if s.message]
        pump = req = t_ret = None
        if ret is not None:
            pump, req, t_ret = _hot_water_summary(consumers, d, sources, ret)
        out.append(NetworkResult(medium, int(c), tuple(src_results), tuple(consumers),
                                 tuple(segs), sol.converged, tuple(net_msgs), pump, req,
                                 t_ret))  # fmt: skip
    return out


def _label(medium: str, seg_idx: np.ndarray, graph: PipeGraph) -> str:
    ids = sorted({graph.segments[k].pipeline_id for k in seg_idx.tolist()})
    return f"{medium} network of {', '.join(ids[:3])}{'…' if len(ids) > 3 else ''}"


def _source_flow(
    sol: NetworkSolution, node: int, u: np.ndarray, v: np.ndarray, src_ids: list[str],
    here: dict[str, int],
) -> float:  # fmt: skip
    """kg/s leaving a source's node (shared equally by several sources on one node)."""
    flows = sol.flows
    su, sv = u[sol.segments], v[sol.segments]
    out = float(flows[su == node].sum() - flows[sv == node].sum())
    share = sum(1 for s in src_ids if here[s] == node)
    return max(out, 0.0) / max(share, 1)


def _segment_results(
    graph: PipeGraph,
    pipes: dict[str, Pipeline],
    specs: list[PipeSpec],
    sol: NetworkSolution,
    medium: str,
    ret: ReturnSolution | None = None,
) -> list[SegmentResult]:
    out = []
    for local, k in enumerate(sol.segments.tolist()):
        seg = graph.segments[k]
        spec = specs[k]
        m = float(sol.flows[local])
        mr = sol.marches[local]
        area = math.pi * (spec.inner_mm / 1000.0) ** 2 / 4.0
        inlet = mr.inlet if mr else None
        outlet = mr.outlet if mr else None
        vel = None
        cond = None
        if inlet is not None and outlet is not None:
            vel = abs(m) / area / min(inlet.rho, outlet.rho)
            x_in = inlet.quality if inlet.wet else 1.0
            x_out = outlet.quality if outlet.wet else 1.0
            cond = abs(m) * 3.6 * max(0.0, x_in - x_out) if medium != "heat" else 0.0
        superheated = medium != "heat" and (inlet is None or not inlet.wet)
        cls = "hot_water" if medium == "heat" else (
            "superheated_steam" if superheated else "saturated_steam")  # fmt: skip
        dn = pipes[seg.pipeline_id].diameter_mm
        msg = ""
        if mr is not None and not mr.ok:
            msg = f"pipeline {seg.pipeline_id}: {mr.message}"
        loss = mr.heat_loss_w / 1000.0 if mr is not None and mr.ok else None
        if ret is not None and loss is not None:
            loss += float(ret.heat_loss_w[local]) / 1000.0  # the return pipe beside it
        out.append(
            SegmentResult(
                pipeline_id=seg.pipeline_id,
                index=k,
                length_m=seg.length_m,
                equivalent_length_m=spec.equivalent_length_m,
                dn=dn,
                diameter_mm=spec.inner_mm,
                roughness_mm=spec.roughness_mm,
                mass_flow_tph=abs(m) * 3.6,
                forward=m >= 0,
                inlet_pressure_mpa=inlet.p_pa / MPA if inlet else None,
                inlet_temperature_c=inlet.t_c if inlet else None,
                outlet_pressure_mpa=outlet.p_pa / MPA if outlet else None,
                outlet_temperature_c=outlet.t_c if outlet else None,
                velocity_ms=vel,
                velocity_limit_ms=max_velocity_ms(cls, dn),
                heat_loss_kw=loss,
                condensate_tph=cond,
                message=msg,
                from_node=seg.u if m >= 0 else seg.v,
                to_node=seg.v if m >= 0 else seg.u,
                start_m=seg.start_m,
                end_m=seg.end_m,
            )
        )
    return out


def _hot_water_summary(
    consumers: list, d: object, sources: dict[int, State], ret: ReturnSolution
) -> tuple[float | None, float | None, float | None]:
    """Pump head (plant supply minus return pressure), the head that would just serve the worst
    substation (its supply-path drop + its return-path drop + its differential), and the
    temperature of the return water reaching the plant."""
    p_src = max(s.p_pa for s in sources.values()) / MPA
    p_ret = float(getattr(d, "return_pressure_mpa", 0.3) or 0.3)
    # required_pressure_mpa of a substation = its return pressure + its differential
    needs = [(p_src - c.delivered_pressure_mpa) + (c.required_pressure_mpa - p_ret)
             for c in consumers
             if c.delivered_pressure_mpa is not None and c.required_pressure_mpa is not None]
    return p_src - p_ret, (max(needs) if needs else None), ret.plant_temperature_c


def _unsolved(
    medium: str, comp: int, cons: dict[str, list[tuple[str, float]]], why: str
) -> NetworkResult:
    from ecopark.hydraulics.results import ConsumerResult

    consumers = tuple(
        ConsumerResult(
            sid,
            sum(a for _, a in parts),
            0.0,
            None,
            None,
            None,
            None,
            None,
            None,
            False,
            tuple((m, a, False) for m, a in parts),
            why,
        )  # fmt: skip
        for sid, parts in cons.items()
    )
    return NetworkResult(medium, comp, (), consumers, (), False, (why,))
