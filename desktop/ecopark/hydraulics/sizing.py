"""Pipe sizing: the smallest standard DN per pipeline that keeps every segment within the
velocity limit of its medium and every consumer above its required pressure.

1. Velocity: for each segment, the smallest DN of the series whose velocity at the solved mass
   flow and density (the lowest density along the segment, where the steam is fastest) is within
   the limit (``data/velocity_limits.csv``: superheated steam, saturated steam, hot water); a
   pipeline takes the largest DN its segments need. Oversized pipes can come out smaller.
2. Pressure: re-solve with those sizes; while some consumer lacks pressure (or a pipe cannot
   carry its flow), step up by one DN, for each such consumer, the pipeline on its path from the
   source that gains it the most pressure (pressure drop x (1 - (d_old / d_new)^5), the
   Darcy-Weisbach scaling at equal flow; a pipe that cannot carry its flow first), and solve
   again. Consumers that stay short with every pipe at the largest DN are reported.

The proposal is computed on a scratch copy of the scenario; :func:`sizing_command` turns the
changes the planner accepts (all or some) into one undoable command.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ecopark.commands import ReplaceObjects
from ecopark.hydraulics.results import HydraulicResult, NetworkResult
from ecopark.hydraulics.scratch import scratch_park
from ecopark.hydraulics.solve import solve_scenario
from ecopark.hydraulics.tables import dn_series, max_velocity_ms, size_of
from ecopark.model import Park, Pipeline

MAX_ROUNDS = 40


@dataclass(frozen=True)
class SizeChange:
    pipeline_id: str
    medium: str
    current_dn: float
    proposed_dn: int
    reason: str
    """"velocity" or "pressure" (what set the proposed size)."""


@dataclass(frozen=True)
class SizingProposal:
    scenario_id: str
    changes: tuple[SizeChange, ...]
    unresolved: tuple[str, ...]
    """Consumers still short with the proposal (e.g. the source pressure is below their need)."""
    result: HydraulicResult
    """The solve with every proposed size applied."""


def _next_dn(dn: float) -> int | None:
    for s in dn_series():
        if s.dn > dn + 0.5:
            return s.dn
    return None


def _velocity_dn(net: NetworkResult, seg_index: int) -> int:
    seg = next(s for s in net.segments if s.index == seg_index)
    cls = "hot_water" if net.medium == "heat" else "superheated_steam"
    # mass flow / (rho * area) at the current size gives rho; without a velocity (the pipe
    # could not carry the flow) use the density at the segment's inlet, else the source's
    rho = _density(net, seg)
    m = seg.mass_flow_tph / 3.6
    for s in dn_series():
        area = math.pi * (s.inner_mm / 1000.0) ** 2 / 4.0
        if m / (rho * area) <= max_velocity_ms(cls, s.dn):
            return s.dn
    return dn_series()[-1].dn


def _density(net: NetworkResult, seg: object) -> float:
    from ecopark.hydraulics.properties import h_from_pt, state_ph

    v = getattr(seg, "velocity_ms", None)
    d = getattr(seg, "diameter_mm", 0.0)
    m = getattr(seg, "mass_flow_tph", 0.0) / 3.6
    if v:
        return m / (v * math.pi * (d / 1000.0) ** 2 / 4.0)
    p = getattr(seg, "inlet_pressure_mpa", None)
    t = getattr(seg, "inlet_temperature_c", None)
    if p is None or t is None:
        src = net.sources[0]
        p, t = src.outlet_pressure_mpa, src.outlet_temperature_c
    return state_ph(p * 1e6, h_from_pt(p * 1e6, t + 273.15)).rho


def _path_segments(net: NetworkResult, node: int) -> list[int]:
    """Segment indices from a source to ``node``, following the largest incoming flow."""
    incoming: dict[int, list] = {}
    for s in net.segments:
        if s.mass_flow_tph > 0:
            incoming.setdefault(s.to_node, []).append(s)
    path: list[int] = []
    seen = {node}
    while node in incoming:
        seg = max(incoming[node], key=lambda s: s.mass_flow_tph)
        path.append(seg.index)
        node = seg.from_node
        if node in seen:
            break
        seen.add(node)
    return path


def propose_sizes(park: Park, scenario_id: str) -> SizingProposal:
    scratch = scratch_park(park, scenario_id)
    pipes: dict[str, Pipeline] = scratch.scenario(scenario_id).layers["pipelines"]  # type: ignore[assignment]
    original = {pid: p.diameter_mm for pid, p in pipes.items()}
    reason: dict[str, str] = {}
    result = solve_scenario(scratch, scenario_id)
    need: dict[str, int] = {}
    for net in result.networks:
        for seg in net.segments:
            if seg.mass_flow_tph <= 0:
                continue  # a pipe without flow keeps its size (nothing to size it by)
            dn = _velocity_dn(net, seg.index)
            need[seg.pipeline_id] = max(need.get(seg.pipeline_id, 0), dn)
    for pid, dn in need.items():
        pipes[pid] = pipes[pid].with_changes(diameter_mm=float(dn))
        reason[pid] = "velocity"
    unresolved: list[str] = []
    for _ in range(MAX_ROUNDS):
        result = solve_scenario(scratch, scenario_id)
        grow: set[str] = set()
        short: list[str] = []
        for net in result.networks:
            by_index = {s.index: s for s in net.segments}
            for c in net.consumers:
                if c.served or not _pressure_short(c):
                    continue
                best, gain = None, -1.0
                for k in _path_segments(net, c.node) or _failed_segments(net):
                    seg = by_index[k]
                    nxt = _next_dn(pipes[seg.pipeline_id].diameter_mm)
                    if nxt is None:
                        continue
                    g = _gain(seg, pipes[seg.pipeline_id].diameter_mm, nxt)
                    if g > gain and g > 0:
                        best, gain = seg.pipeline_id, g
                if best is None:
                    short.append(f"{c.id} ({net.medium})")
                else:
                    grow.add(best)
        if not grow:
            unresolved = short
            break
        for pid in grow:
            nxt = _next_dn(pipes[pid].diameter_mm)
            if nxt is not None:
                pipes[pid] = pipes[pid].with_changes(diameter_mm=float(nxt))
                reason[pid] = "pressure"
    else:
        unresolved = ["sizing stopped after the allowed rounds"]
    for net in result.networks:
        for c in net.consumers:
            if not c.served and not _pressure_short(c):
                unresolved.append(
                    f"{c.id} ({net.medium}): enough pressure but the steam arrives too cool or "
                    "wet; a larger pipe does not help (better insulation or a hotter source does)"
                )
    changes = tuple(
        SizeChange(
            pid,
            pipes[pid].medium,
            original[pid],
            int(pipes[pid].diameter_mm),
            reason.get(pid, "velocity"),
        )  # fmt: skip
        for pid in sorted(pipes)
        if pid in reason and abs(pipes[pid].diameter_mm - original[pid]) > 0.5
    )
    return SizingProposal(scenario_id, changes, tuple(unresolved), result)


def _pressure_short(c: object) -> bool:
    margin = getattr(c, "margin_mpa", None)
    return margin is None or margin < 0


def _failed_segments(net: NetworkResult) -> list[int]:
    return [s.index for s in net.segments if s.outlet_pressure_mpa is None and s.mass_flow_tph > 0]


def _gain(seg: object, dn: float, nxt: int) -> float:
    """Pressure a consumer downstream gains when this segment grows to ``nxt``; infinite for
    the segment that cannot carry its flow, nothing for those beyond it (no state to judge)."""
    drop = getattr(seg, "pressure_drop_mpa", None)
    if drop is None:
        return math.inf if getattr(seg, "inlet_pressure_mpa", None) is not None else 0.0
    d_old = size_of(dn).inner_mm if size_of(dn) else dn  # type: ignore[union-attr]
    d_new = size_of(nxt).inner_mm  # type: ignore[union-attr]
    return float(drop) * (1.0 - (d_old / d_new) ** 5)


def sizing_command(park: Park, scenario_id: str, accepted: list[SizeChange]) -> ReplaceObjects:
    """One undoable command setting the accepted diameters."""
    pipes = park.scenario(scenario_id).layers["pipelines"]
    new = [pipes[c.pipeline_id].with_changes(diameter_mm=float(c.proposed_dn)) for c in accepted]
    return ReplaceObjects(scenario_id, new, text=f"Size {len(new)} pipe(s)")
