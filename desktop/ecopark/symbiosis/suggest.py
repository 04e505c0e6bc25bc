"""Match suggestions: exchanges the by-product library says the park could still make, and
accepting one as a single undoable command (the exchange, and for steam, heat or water the pipe
routed along the corridors by the Steiner router).

For each library row, each firm of the generating sector is paired with the firms of the using
sector (or the facilities of the named kind) that do not yet receive that stream from it, the
nearest first (``PER_GENERATOR`` receivers per firm and row). The estimated quantity is the
row's yield x the generator's IAV, capped by what the generator records and has not exchanged
yet (solid waste generated, steam or heat supply). Definitions: docs/symbiosis.md.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from ecopark.commands import AddObjects, Command, MacroCommand, ReplaceObjects
from ecopark.model import MEDIUM_FIELDS, EcoParkError, Exchange, Facility, Firm, Park
from ecopark.optimise.routing import (
    RoutingError,
    RoutingProposal,
    build_corridor_graph,
    route_pipelines,
)
from ecopark.optimise.scratch import clone_park
from ecopark.symbiosis.balance import StreamBalance, balances
from ecopark.symbiosis.library import LibraryRow, library
from ecopark.symbiosis.materials import PIPED_STREAMS, balance_amount, stream_of

PER_GENERATOR = 3
ROUTE_SECONDS = 1.0


@dataclass(frozen=True)
class Suggestion:
    from_id: str
    to_id: str
    from_name: str
    to_name: str
    material: str
    unit: str
    quantity: float
    distance_m: float
    stream: str
    source: str

    @property
    def medium(self) -> str | None:
        """The pipeline medium that would carry it (None: trucked or conveyed)."""
        return PIPED_STREAMS.get(self.stream)


def _existing(park: Park, scenario_id: str) -> set[tuple[str, str, str]]:
    return {
        (e.from_id, e.to_id, stream_of(e.material))
        for e in park.scenario(scenario_id).exchanges.values()
    }


def _cap(row: LibraryRow, firm: Firm, left: dict[str, float | None]) -> float:
    """The estimate for one generator: yield x IAV, capped by what it has left of the stream."""
    estimate = row.yield_per_10k_rmb * firm.iav_10k_rmb
    spare = left.get(row.stream)
    if spare is None:
        return estimate
    per_row_unit = balance_amount(row.stream, 1.0, row.unit)
    if not per_row_unit:
        return estimate
    return max(0.0, min(estimate, spare / per_row_unit))


def suggestions(park: Park, scenario_id: str) -> list[Suggestion]:
    """Pairs not yet exchanging that the library supports, nearest first within each row."""
    scenario = park.scenario(scenario_id)
    existing = _existing(park, scenario_id)
    by_sector: dict[str, list[Firm]] = defaultdict(list)
    for f in sorted(scenario.firms.values(), key=lambda o: o.id):
        by_sector[f.sector].append(f)
    by_kind: dict[str, list[Facility]] = defaultdict(list)
    for fa in sorted(scenario.facilities.values(), key=lambda o: o.id):
        by_kind[fa.kind].append(fa)
    bal = balances(park, scenario_id)
    out: list[Suggestion] = []
    for row in library():
        kind = row.to_facility_kind
        receivers: list[Firm | Facility] = list(
            by_kind.get(kind, []) if kind is not None else by_sector.get(row.to_sector, [])
        )
        for gen in by_sector.get(row.from_sector, []):
            if not row.generator_fits(gen.name):
                continue
            left = _left(bal.sites[gen.id].streams, row.stream)
            quantity = _cap(row, gen, left)
            if quantity <= 0:
                continue
            cands = [
                r for r in receivers
                if r.id != gen.id and (gen.id, r.id, row.stream) not in existing
            ]  # fmt: skip
            cands.sort(key=lambda r: (gen.geometry.distance(r.geometry), r.id))
            for r in cands[:PER_GENERATOR]:
                out.append(
                    Suggestion(
                        from_id=gen.id,
                        to_id=r.id,
                        from_name=gen.name,
                        to_name=r.name,
                        material=row.material,
                        unit=row.unit,
                        quantity=_round(quantity),
                        distance_m=float(gen.geometry.distance(r.geometry)),
                        stream=row.stream,
                        source=row.source,
                    )
                )
    out.sort(key=lambda s: (s.distance_m, s.from_id, s.to_id, s.material))
    return out


def _left(streams: Mapping[str, StreamBalance], stream: str) -> dict[str, float | None]:
    """What the generator has not exchanged yet of ``stream`` (None when it records nothing)."""
    sb = streams.get(stream)
    if sb is None:
        return {}
    if sb.generated is None or sb.generated <= 0:
        return {}
    return {stream: max(0.0, sb.generated - sb.out_total)}


def _round(q: float) -> float:
    if q <= 0:
        return 0.0
    digits = 2 - int(math.floor(math.log10(q)))
    return float(round(q, digits))


@dataclass(frozen=True)
class Acceptance:
    """What accepting a suggestion does: one command, and the routed pipe when there is one."""

    command: Command
    exchange: Exchange
    proposal: RoutingProposal | None
    note: str = ""


def accept(park: Park, scenario_id: str, s: Suggestion, *, route: bool = True) -> Acceptance:
    """The undoable command that records the exchange and, for a piped stream, adds the pipe
    routed along corridors between the two sites. ``park`` itself is not changed."""
    ex = Exchange(
        exchange_id=park.new_id(scenario_id, "E"),
        from_id=s.from_id,
        to_id=s.to_id,
        material=s.material,
        quantity=s.quantity,
        unit=s.unit,
    )
    steps: list[Command] = [AddObjects(scenario_id, [ex], text=f"Add exchange {ex.id}")]
    proposal: RoutingProposal | None = None
    note = ""
    if route and s.medium is not None:
        try:
            proposal = route_pair(park, scenario_id, s.from_id, s.to_id, s.medium)
        except (RoutingError, EcoParkError) as exc:
            note = f"pipe not routed: {exc}"
        else:
            if proposal.pipelines:
                steps.append(proposal.command(park, scenario_id))
            elif proposal.unreached:
                note = "pipe not routed: " + "; ".join(proposal.notes)
    text = f"Accept suggestion: {s.material} {s.from_id} → {s.to_id}"
    return Acceptance(MacroCommand(text, steps), ex, proposal, note)


def route_pair(
    park: Park, scenario_id: str, from_id: str, to_id: str, medium: str
) -> RoutingProposal:
    """Steiner route of ``medium`` joining just two sites along the corridors (existing pipes
    of the medium are reused for free). The graph is built on a scratch copy where the two
    sites supply and demand the medium, so sites without recorded figures can be joined."""
    scratch = clone_park(park)
    scenario = scratch.scenario(scenario_id)
    mf = MEDIUM_FIELDS[medium]
    for oid, role in ((from_id, "supply"), (to_id, "demand")):
        obj = scenario.find(oid)
        if isinstance(obj, Firm):
            name = mf.supply_field if role == "supply" else mf.demand_field
            if getattr(obj, name) <= 0:
                ReplaceObjects(scenario_id, [obj.with_changes(**{name: 1.0})]).redo(scratch)
        elif isinstance(obj, Facility) and role == "supply":
            if getattr(obj, mf.capacity_field) <= 0:
                nominal = obj.with_changes(**{mf.capacity_field: 1.0})
                ReplaceObjects(scenario_id, [nominal]).redo(scratch)
    if isinstance(scenario.find(to_id), Facility):
        # a facility is never a demand of the router: make it a source, the giver the demand
        from_id, to_id = to_id, from_id
        obj = scenario.find(to_id)
        if isinstance(obj, Firm) and getattr(obj, mf.demand_field) <= 0:
            ReplaceObjects(scenario_id, [obj.with_changes(**{mf.demand_field: 1.0})]).redo(scratch)
    graph = build_corridor_graph(scratch, scenario_id, medium=medium)
    keep = {k: v for k, v in graph.terminals.items() if k in (from_id, to_id)}
    pair = dataclasses.replace(
        graph,
        terminals=keep,
        sources=(from_id,),
        demands=(to_id,) if to_id in keep or to_id in graph.unconnected else (),
        unconnected=tuple(u for u in graph.unconnected if u in (from_id, to_id)),
    )
    return route_pipelines(pair, seconds=ROUTE_SECONDS, seed=0,
                           name=f"协同管线 symbiosis {medium}")  # fmt: skip


__all__ = ["Acceptance", "Suggestion", "accept", "route_pair", "suggestions"]
