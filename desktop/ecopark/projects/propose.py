"""The automatic proposal of projects from a plan scenario, for the planner to edit.

* a **symbiosis** project: an exchange new in the plan (not in the baseline) and the run of
  planned pipe that joins its two ends, when there is one;
* a **pipeline** project: each remaining connected run of planned pipe of one medium (pipes are
  joined when an end of one lies within the snapping tolerance of another, as the network does);
* a **facility** project: each planned facility;
* a **boiler-replacement** project: per zone, the firms whose own small boilers the plan retires
  (served by a connected supply, or fewer boilers than in the baseline: the cost table's rule).

Years: completion in the plan's year, start ``project_lead_years`` before (the cost settings);
the subsidy rate is left to the park's default until the planner sets one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
import shapely

from ecopark import terms
from ecopark.export.costs import PlanCosts, plan_costs
from ecopark.indicators import ScenarioResult
from ecopark.model import Park, Pipeline, Scenario
from ecopark.network.topology import snap_tolerance
from ecopark.projects import words
from ecopark.projects.model import PARK_COMMITTEE, Project


def _runs(pipes: list[Pipeline], tol: float) -> list[list[Pipeline]]:
    """Connected runs of pipes (one medium): union-find over end-near-pipe contacts."""
    if not pipes:
        return []
    geoms = np.array([p.geometry for p in pipes], dtype=object)
    parent = list(range(len(pipes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ends = np.concatenate([shapely.get_point(geoms, 0), shapely.get_point(geoms, -1)])
    owner = np.concatenate([np.arange(len(pipes)), np.arange(len(pipes))])
    tree = shapely.STRtree(geoms)
    end_idx, pipe_idx = tree.query(ends, predicate="dwithin", distance=tol)
    for e, j in zip(end_idx.tolist(), pipe_idx.tolist(), strict=True):
        a, b = find(int(owner[e])), find(int(j))
        if a != b:
            parent[a] = b
    groups: dict[int, list[Pipeline]] = defaultdict(list)
    for i, p in enumerate(pipes):
        groups[find(i)].append(p)
    return sorted(groups.values(), key=lambda g: min(p.pipeline_id for p in g))


class _RunsNear:
    """Which runs of pipe lie within the tolerance of a point (an STRtree over the runs, and a
    memo per point: the same firm ends many exchanges)."""

    def __init__(self, lines: list[shapely.Geometry], tol: float):
        self._lines = lines
        self._tol = tol
        self._tree = shapely.STRtree(lines) if lines else None
        self._memo: dict[bytes, frozenset[int]] = {}

    def runs_within(self, point: shapely.Geometry) -> frozenset[int]:
        key = shapely.to_wkb(point)
        hit = self._memo.get(key)
        if hit is None:
            cand = [] if self._tree is None else self._tree.query(point, "dwithin", self._tol)
            hit = frozenset(
                int(k) for k in cand if self._lines[int(k)].distance(point) <= self._tol
            )
            self._memo[key] = hit
        return hit


def _place(scenario: Scenario, geom: shapely.Geometry, lang: str) -> str:
    """The name of the zone holding the geometry's middle, else "park"."""
    if geom.geom_type == "LineString":
        point = geom.interpolate(0.5, normalized=True)
    else:
        point = geom.centroid
    for zone in scenario.zones.values():
        if zone.geometry.covers(point):
            return zone.name or terms.zone_kind_label(zone.kind, lang)
    return words.word("place.park", lang)


def propose_projects(
    park: Park,
    scenario_id: str,
    *,
    language: str = "en",
    result: ScenarioResult | None = None,
    costs: PlanCosts | None = None,
) -> list[Project]:
    """The proposed projects of a plan scenario, ids P001, P002... in a stable order."""
    scenario = park.scenario(scenario_id)
    costs = costs or plan_costs(park, scenario_id, result)
    lang = terms.normalise_language(language)
    finish = scenario.info.year
    start = finish - costs.lead_years
    tol = snap_tolerance(park.settings)
    out: list[Project] = []

    def add(kind: str, name: str, members: list[tuple[str, str]], owner: str = "") -> None:
        out.append(
            Project(
                project_id=f"P{len(out) + 1:03d}",
                name=name,
                kind=kind,
                owner=owner or PARK_COMMITTEE,
                start_year=start,
                completion_year=finish,
                members=tuple(members),
            )
        )

    planned: dict[str, list[Pipeline]] = defaultdict(list)
    for pipe in sorted(scenario.layers["pipelines"].values(), key=lambda p: p.id):
        if isinstance(pipe, Pipeline) and pipe.status == "planned":
            planned[pipe.medium].append(pipe)
    runs = [run for medium in sorted(planned) for run in _runs(planned[medium], tol)]
    claimed: set[int] = set()
    lines = [shapely.union_all([p.geometry for p in run]) for run in runs]
    near = _RunsNear(lines, tol)
    baseline = park.baseline()
    old_exchanges = set(baseline.exchanges) if baseline and baseline is not scenario else set()
    sites = {**scenario.firms, **scenario.facilities}
    for ex_id in sorted(scenario.exchanges):
        if ex_id in old_exchanges:
            continue
        ex = scenario.exchanges[ex_id]
        src: Any = sites.get(ex.from_id)
        dst: Any = sites.get(ex.to_id)
        members: list[tuple[str, str]] = [("exchanges", ex_id)]
        if src is not None and dst is not None:
            # the first unclaimed run (in run order) that reaches both ends
            both = near.runs_within(src.geometry) & near.runs_within(dst.geometry)
            k = min(both - claimed, default=None)
            if k is not None:
                claimed.add(k)
                members += [("pipelines", p.id) for p in runs[k]]
        name = words.word("name.symbiosis", lang).format(
            material=ex.material,
            source=getattr(src, "name", "") or ex.from_id,
            sink=getattr(dst, "name", "") or ex.to_id,
        )
        add("symbiosis", name, members, owner=ex.from_id if ex.from_id in scenario.firms else "")
    for k, run in enumerate(runs):
        if k in claimed:
            continue
        line = lines[k]
        km = sum(p.length_m for p in run) / 1000.0
        name = words.word("name.pipeline", lang).format(
            medium=terms.label("medium", run[0].medium, lang),
            place=_place(scenario, run[0].geometry if len(run) == 1 else line, lang),
            km=km,
        )
        add("pipeline", name, [("pipelines", p.id) for p in run])
    for fid in sorted(scenario.facilities):
        fac = scenario.facilities[fid]
        if fac.status != "planned":
            continue
        name = fac.name or words.word("name.facility", lang).format(
            facility=terms.label("facility_kind", fac.kind, lang),
            place=_place(scenario, fac.geometry, lang),
        )
        add("facility", name, [("facilities", fid)])
    boilers: dict[str, list[tuple[str, int]]] = defaultdict(list)
    zone_of: dict[str, str] = {}
    for kp in costs.projects:
        if kp.kind != "boiler_replacement":
            continue
        firm = scenario.firms.get(kp.object_id)
        place = _place(scenario, firm.geometry, lang) if firm else words.word("place.park", lang)
        boilers[place].append((kp.object_id, int(kp.quantity)))
        zone_of[kp.object_id] = place
    for place in sorted(boilers):
        firms = boilers[place]
        name = words.word("name.boiler_replacement", lang).format(
            place=place, count=sum(c for _f, c in firms)
        )
        owner = firms[0][0] if len(firms) == 1 else ""
        add("boiler_replacement", name, [("firms", f) for f, _c in firms], owner=owner)
    return out
