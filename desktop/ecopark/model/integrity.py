"""What a scenario's pipes, demands and firms depend on, so a delete or a stray click cannot
silently break the park.

Pipes are not tied to a plant by id: they reach it by geometry (``ecopark.network``'s snapping
rules). Deleting the CHP plant therefore leaves its pipes drawn but connected to no source, and
the coverage of that medium drops without any refusal. This module finds such damage twice:

* :func:`integrity_problems` (called by ``Park.check``) reports pipe networks that reach no
  source, the demand of firms attached only to such a network, sources attached to no pipe of
  their medium while that medium has pipes, and firms outside every zone. All are warnings: the
  park is allowed, but a planner would want to know.
* :func:`delete_impact` says, before a delete, which exchanges go with the deleted firms or
  facilities, which pipes would be left reaching no source, which firms would lose that supply and
  which firms would lose a point service (wastewater, solid waste) they get only from it.

A "source" of a medium is a facility with capacity, or a firm with supply, of that medium
(``ecopark.model.kinds.MEDIUM_FIELDS``), attached to the medium's network: the same rule the
coverage indicator uses. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import shapely

from ecopark.model.errors import ValidationError
from ecopark.model.kinds import MEDIA, MEDIUM_FIELDS, POINT_SERVICE_KINDS
from ecopark.network import MediumNetwork, snap_tolerance

if TYPE_CHECKING:
    from ecopark.model.objects import Facility, Firm, ParkObject
    from ecopark.model.park import Park, Scenario

ObjectRef = tuple[str, str]

MAX_IDS_IN_MESSAGE = 8
"""Ids listed in a message before it says "and N more" (a component can hold 100 pipes)."""


class IntegrityWarning(ValidationError):
    """A scenario-wide warning about what objects depend on; ``refs`` are the objects to select
    (``medium`` is empty for firms outside every zone)."""

    severity = "warning"

    def __init__(
        self, message: str, *, layer: str, refs: Iterable[ObjectRef], medium: str = ""
    ) -> None:
        self.refs: tuple[ObjectRef, ...] = tuple(refs)
        super().__init__(message, layer=layer, object_id=self.refs[0][1] if self.refs else "")
        self.medium = medium


class PipesWithoutSourceWarning(IntegrityWarning):
    """A connected pipe network of one medium reaches no facility or firm that supplies it."""


class UnservedDemandWarning(IntegrityWarning):
    """Firms with demand of a medium attached only to a network that reaches no source."""

    def __init__(
        self, message: str, *, refs: Iterable[ObjectRef], medium: str, demand: float
    ) -> None:
        super().__init__(message, layer="firms", refs=refs, medium=medium)
        self.demand = demand


class UnconnectedSourceWarning(IntegrityWarning):
    """A facility supplies a medium but touches no pipe of it, though the scenario has such
    pipes (a plant moved or drawn away from its network)."""


class FirmOutsideZonesWarning(IntegrityWarning):
    """A firm lies outside every zone (a stray click): it counts towards no zone's land output."""


def _listed(ids: list[str]) -> str:
    shown = ", ".join(ids[:MAX_IDS_IN_MESSAGE])
    more = len(ids) - MAX_IDS_IN_MESSAGE
    return shown + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class _Sites:
    """Firms and facilities of a scenario as point ids 0..n-1 (firms first, each sorted)."""

    refs: list[ObjectRef]
    objects: list[ParkObject]
    geoms: np.ndarray

    @classmethod
    def of(cls, scenario: Scenario) -> _Sites:
        refs: list[ObjectRef] = []
        objects: list[ParkObject] = []
        for layer in ("firms", "facilities"):
            objs = scenario.objects(layer)
            for oid in sorted(objs):
                refs.append((layer, oid))
                objects.append(objs[oid])
        geoms = np.array([o.geometry for o in objects], dtype=object)  # type: ignore[attr-defined,type-var]
        return cls(refs, objects, geoms)

    def supply(self, medium: str) -> np.ndarray:
        mf = MEDIUM_FIELDS[medium]
        return np.array(
            [
                float(getattr(o, mf.supply_field if r[0] == "firms" else mf.capacity_field, 0.0))
                for r, o in zip(self.refs, self.objects, strict=True)
            ]
        )

    def demand(self, medium: str) -> np.ndarray:
        mf = MEDIUM_FIELDS[medium]
        return np.array(
            [
                float(getattr(o, mf.demand_field, 0.0)) if r[0] == "firms" else 0.0
                for r, o in zip(self.refs, self.objects, strict=True)
            ]
        )


@dataclass(frozen=True)
class _Component:
    pipes: list[str]
    sites: list[int]


def _components(park: Park, scenario: Scenario, sites: _Sites, medium: str) -> list[_Component]:
    """The connected pipe networks of ``medium``, each with its pipes and attached sites."""
    pipes = {
        pid: p.geometry  # type: ignore[attr-defined]
        for pid, p in scenario.objects("pipelines").items()
        if p.medium == medium  # type: ignore[attr-defined]
    }
    if not pipes:
        return []
    ids = np.arange(len(sites.refs), dtype=np.int64)
    net = MediumNetwork.build(medium, snap_tolerance(park.settings), pipes, ids, sites.geoms)
    out = []
    for members in net.component_sets(len(sites.refs)):
        out.append(
            _Component(
                sorted(m for m in members if isinstance(m, str)),
                sorted(m for m in members if isinstance(m, int)),
            )
        )
    return sorted(out, key=lambda c: c.pipes[0])


def integrity_problems(park: Park, scenario: Scenario) -> list[ValidationError]:
    """The warnings described in the module docstring, for one scenario."""
    problems: list[ValidationError] = []
    sites = _Sites.of(scenario)
    for medium in MEDIA:
        components = _components(park, scenario, sites, medium)
        if not components:
            continue
        supply = sites.supply(medium)
        demand = sites.demand(medium)
        unit = MEDIUM_FIELDS[medium].unit
        attached: set[int] = set()
        for comp in components:
            attached.update(comp.sites)
            if any(supply[s] > 0 for s in comp.sites):
                continue
            problems.append(
                PipesWithoutSourceWarning(
                    f"{len(comp.pipes)} {medium} pipe(s) reach no source (no plant or firm "
                    f"supplying {medium} is attached): {_listed(comp.pipes)}",
                    layer="pipelines",
                    refs=[("pipelines", p) for p in comp.pipes],
                    medium=medium,
                )
            )
            needy = [s for s in comp.sites if demand[s] > 0]
            if needy:
                total = float(demand[needy].sum())
                firm_ids = [sites.refs[s][1] for s in needy]
                problems.append(
                    UnservedDemandWarning(
                        f"{total:,.1f} {unit} of {medium} demand of firm(s) {_listed(firm_ids)} "
                        f"is on a network that reaches no source",
                        refs=[sites.refs[s] for s in needy],
                        medium=medium,
                        demand=total,
                    )
                )
        for s in np.flatnonzero(supply > 0).tolist():
            if s not in attached and sites.refs[s][0] == "facilities":
                layer, oid = sites.refs[s]
                problems.append(
                    UnconnectedSourceWarning(
                        f"facility {oid} supplies {supply[s]:,.1f} {unit} of {medium} but "
                        f"touches no {medium} pipe",
                        layer=layer,
                        refs=[(layer, oid)],
                        medium=medium,
                    )
                )
    problems.extend(_firms_outside_zones(scenario))
    return problems


def outside_every_zone(scenario: Scenario, points: Iterable[object]) -> np.ndarray:
    """Element-wise: does each point lie outside every zone of the scenario? (On a zone's
    boundary counts as inside.)"""
    pts = np.asarray(list(points), dtype=object)
    zones = [z.geometry for z in scenario.zones.values()]
    if not len(pts):
        return np.zeros(0, dtype=bool)
    if not zones:
        return np.ones(len(pts), dtype=bool)
    tree = shapely.STRtree(np.asarray(zones, dtype=object))
    inside, _ = tree.query(pts, predicate="intersects")
    out = np.ones(len(pts), dtype=bool)
    out[inside] = False
    return out


def _firms_outside_zones(scenario: Scenario) -> list[ValidationError]:
    firms = [scenario.firms[k] for k in sorted(scenario.firms)]
    outside = outside_every_zone(scenario, [f.geometry for f in firms])
    return [
        FirmOutsideZonesWarning(
            f"firm {firms[i].firm_id} lies outside every zone; it counts towards no zone",
            layer="firms",
            refs=[("firms", firms[i].firm_id)],
        )
        for i in np.flatnonzero(outside).tolist()
    ]


@dataclass(frozen=True)
class DeleteImpact:
    """What a delete of ``refs`` would take along or break (each list sorted, no duplicates)."""

    refs: tuple[ObjectRef, ...]
    exchanges: list[str] = field(default_factory=list)
    """Exchanges of the deleted firms/facilities: always deleted with them."""
    orphan_pipes: dict[str, list[str]] = field(default_factory=dict)
    """medium -> pipes that would reach no source any more (deletable with the objects)."""
    unsupplied_firms: dict[str, list[str]] = field(default_factory=dict)
    """medium -> firms with demand that would be left on a sourceless network."""
    unserviced_firms: dict[str, list[str]] = field(default_factory=dict)
    """point service ("wastewater", "solid_waste") -> firms no other facility then covers."""

    @property
    def pipe_refs(self) -> list[ObjectRef]:
        return [("pipelines", p) for ps in self.orphan_pipes.values() for p in ps]

    @property
    def anything(self) -> bool:
        """Whether something depends on the deleted objects (the planner should be asked)."""
        return bool(
            self.exchanges or self.orphan_pipes or self.unsupplied_firms or self.unserviced_firms
        )


def delete_impact(park: Park, scenario_id: str, refs: Iterable[ObjectRef]) -> DeleteImpact:
    """What deleting ``refs`` from the scenario would take along (exchanges) or break (pipes left
    reaching no source, firms losing supply or a point service). Pipes among ``refs`` are gone
    anyway and are not reported."""
    scenario = park.scenario(scenario_id)
    chosen = tuple(dict.fromkeys(refs))
    gone = set(chosen)
    sites_gone = {r for r in gone if r[0] in ("firms", "facilities")}
    if not sites_gone:
        return DeleteImpact(chosen)
    exchanges = sorted(
        {
            ex.id
            for _, oid in sites_gone
            for ex in park.exchanges_referring_to(scenario_id, oid)
            if ("exchanges", ex.id) not in gone
        }
    )
    orphan: dict[str, list[str]] = {}
    unsupplied: dict[str, list[str]] = {}
    before = _Sites.of(scenario)
    for medium in MEDIA:
        supply = before.supply(medium)
        demand = before.demand(medium)
        for comp in _components(park, scenario, before, medium):
            sources = [s for s in comp.sites if supply[s] > 0]
            if not sources or any(before.refs[s] not in gone for s in sources):
                continue  # sourceless already, or another source remains
            pipes = [p for p in comp.pipes if ("pipelines", p) not in gone]
            if pipes:
                orphan.setdefault(medium, []).extend(pipes)
            firms = [
                before.refs[s][1]
                for s in comp.sites
                if demand[s] > 0 and before.refs[s] not in gone
            ]
            if firms:
                unsupplied.setdefault(medium, []).extend(firms)
    return DeleteImpact(
        chosen,
        exchanges=exchanges,
        orphan_pipes={m: sorted(set(v)) for m, v in orphan.items()},
        unsupplied_firms={m: sorted(set(v)) for m, v in unsupplied.items()},
        unserviced_firms=_lost_services(scenario, sites_gone),
    )


def _lost_services(scenario: Scenario, gone: set[ObjectRef]) -> dict[str, list[str]]:
    """Firms inside the service radius of a deleted point-service facility and of no remaining
    facility of that service."""
    facilities: list[Facility] = list(scenario.facilities.values())  # type: ignore[arg-type]
    firms: list[Firm] = [f for f in scenario.firms.values() if ("firms", f.firm_id) not in gone]  # type: ignore[misc]
    out: dict[str, list[str]] = {}
    for kind, service in POINT_SERVICE_KINDS.items():
        of_kind = [f for f in facilities if f.kind == kind and f.service_radius_m > 0]
        lost = [f for f in of_kind if ("facilities", f.facility_id) in gone]
        if not lost or not firms:
            continue
        kept = [f for f in of_kind if ("facilities", f.facility_id) not in gone]
        pts = np.array([f.geometry for f in firms], dtype=object)

        def covered(facs: list[Facility], pts: np.ndarray = pts) -> np.ndarray:
            hit = np.zeros(len(pts), dtype=bool)
            for fac in facs:
                hit |= shapely.dwithin(pts, fac.geometry, fac.service_radius_m)
            return hit

        victims = covered(lost) & ~covered(kept)
        ids = sorted(firms[i].firm_id for i in np.flatnonzero(victims).tolist())
        if ids:
            out[service] = ids
    return out


__all__ = [
    "DeleteImpact",
    "FirmOutsideZonesWarning",
    "IntegrityWarning",
    "PipesWithoutSourceWarning",
    "UnconnectedSourceWarning",
    "UnservedDemandWarning",
    "delete_impact",
    "integrity_problems",
    "outside_every_zone",
]
