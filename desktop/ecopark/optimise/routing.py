"""Pipeline routing: connect the sources and demands of one medium along the corridors.

Pipes in a park run along road centrelines and utility corridors (pipe racks), not across plots.
The router therefore builds a *corridor graph* from the scenario and asks the Steiner solver
(:func:`ecopark.optimise.steiner.solve_steiner`) for the cheapest tree joining the terminals:

* corridor edges: the corridor lines noded at every crossing (``shapely.node``), cut into
  straight segments; a corridor end that stops within ``snap_m`` of another corridor is joined
  to it by a short *gap* edge (drawings rarely meet exactly);
* existing pipes of the medium (every status: the scenario is what is built or planned) are
  free edges, so the router reuses them; pipe ends within ``snap_m`` of another pipe join it,
  as in :mod:`ecopark.network.topology`; pipe vertices within ``link_m`` of a corridor get a
  *link* edge to it;
* terminals are the sources (facilities with capacity of the medium, firms supplying it) and
  the demands (firms with demand of the medium); each gets a *connector* from its point to the
  nearest corridor, and one to the nearest pipe of the medium if that is within ``link_m``
  (the segment is split there); a terminal within ``snap_m`` of a pipe is on that network
  already (free connector);
* zones of kinds where pipes are forbidden (``park.settings["pipe_forbidden_zone_kinds"]``,
  default ``["ecological"]``) remove every corridor stretch inside them, and connectors or
  links that would cross them; running along their edge is allowed.

Every new edge costs its length, so the tree minimises new pipe length; its cost is
length x unit cost of the chosen diameter from the park's cost table
(:func:`ecopark.costs.cost_table`). Steam cascade (a higher grade feeding a lower-grade
demand) is not used for routing: each medium is routed on its own.
Definitions and limits: docs/optimisation.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
import shapely
from numpy.typing import NDArray
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from ecopark.commands import AddObjects
from ecopark.costs import cost_table
from ecopark.model import EcoParkError, Park, Pipeline
from ecopark.model.kinds import MEDIA, MEDIUM_FIELDS
from ecopark.network import snap_tolerance
from ecopark.optimise.progress import SolveControl, resolve_budget
from ecopark.optimise.steiner import SteinerResult, solve_steiner

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]

CORRIDOR, GAP, EXISTING, LINK, CONNECTOR = 0, 1, 2, 3, 4
EDGE_KINDS: tuple[str, ...] = ("corridor", "gap", "existing", "link", "connector")
"""Edge kinds of a corridor graph, by code."""

FORBIDDEN_SETTING = "pipe_forbidden_zone_kinds"
DEFAULT_FORBIDDEN_KINDS: tuple[str, ...] = ("ecological",)
DEFAULT_LINK_M = 50.0
"""Existing pipes run beside their corridor (the demo draws each medium a few metres off it):
pipe vertices within this distance of a corridor are linked to it."""
DEFAULT_DIAMETER_MM = 200.0
DEFAULT_SECONDS = 2.0
_INSET_M = 0.01
"""Forbidden zones are shrunk by 1 cm so a corridor along their boundary stays usable."""
_KEY_DECIMALS = 3
"""Vertices closer than a millimetre are one node."""


class RoutingError(EcoParkError):
    """Routing cannot be set up: no corridors, unknown medium, bad settings."""


@dataclass(frozen=True)
class CorridorGraph:
    """The routing graph of one medium in one scenario.

    Nodes are points ``xy``; edge ``k`` joins ``u[k]`` and ``v[k]`` along a straight segment
    of ``length_m[k]`` metres and is of kind ``kind[k]`` (see :data:`EDGE_KINDS`).
    """

    scenario_id: str
    medium: str
    xy: FloatArray
    u: IntArray
    v: IntArray
    length_m: FloatArray
    kind: NDArray[np.int8]
    terminals: dict[str, int]
    """Object id of each connected source or demand -> its node."""
    sources: tuple[str, ...]
    demands: tuple[str, ...]
    unconnected: tuple[str, ...]
    """Sources and demands that could not be joined to the graph (no corridor reachable
    without crossing a forbidden zone)."""
    forbidden_kinds: tuple[str, ...]
    cost_classes: tuple[tuple[float | None, float], ...]
    """(largest DN in mm or None for any larger, 10^4 RMB per km) for this medium."""
    first_pipe_number: int = 1
    notes: tuple[str, ...] = ()

    @property
    def n_nodes(self) -> int:
        return len(self.xy)

    @property
    def weights(self) -> FloatArray:
        """Routing cost of each edge: its length, zero along existing pipes."""
        return np.where(self.kind == EXISTING, 0.0, self.length_m)

    def lines(self, edges: IntArray | None = None) -> NDArray[np.object_]:
        """The edges as LineStrings (all, or those indexed by ``edges``)."""
        idx = np.arange(len(self.u)) if edges is None else np.asarray(edges, dtype=np.int64)
        coords = np.stack([self.xy[self.u[idx]], self.xy[self.v[idx]]], axis=1)
        return shapely.linestrings(coords) if len(idx) else np.empty(0, dtype=object)

    def unit_cost_10k_rmb_per_km(self, diameter_mm: float) -> float:
        for dn, cost in self.cost_classes:
            if dn is None or diameter_mm <= dn:
                return cost
        return self.cost_classes[-1][1]


@dataclass(frozen=True)
class RoutingProposal:
    """New pipes joining a medium's sources and demands, for the planner to accept or discard."""

    scenario_id: str
    medium: str
    diameter_mm: float
    pipelines: list[Pipeline]
    """New pipes (status planned), with ids provisional until :meth:`command`."""
    length_m: float
    """Length of new pipe."""
    reused_m: float
    """Length of existing pipe the tree runs along (no cost)."""
    unit_cost_10k_rmb_per_km: float
    cost_10k_rmb: float
    connected: list[str]
    """Sources and demands joined by the tree (or already joined by existing pipes)."""
    unreached: list[str]
    """Sources and demands the tree could not join (see ``notes`` for why)."""
    results: list[SteinerResult] = field(default_factory=list)
    cancelled: bool = False
    notes: tuple[str, ...] = ()

    def command(self, park: Park, scenario_id: str | None = None) -> AddObjects:
        """One undoable command adding the new pipes, with ids fresh in ``park``."""
        sid = scenario_id or self.scenario_id
        first = _first_free_number(park, sid, "P")
        pipes = [
            p.with_changes(pipeline_id=f"P{first + k:04d}") for k, p in enumerate(self.pipelines)
        ]
        text = f"Route {self.medium} pipelines: {len(pipes)} pipe(s), {self.length_m:,.0f} m"
        return AddObjects(sid, pipes, text=text)


# ----------------------------------------------------------------------------------- building


def forbidden_zone_kinds(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """Zone kinds pipes may not cross: the park setting, else ecological buffers."""
    value = settings.get(FORBIDDEN_SETTING)
    if value is None:
        return DEFAULT_FORBIDDEN_KINDS
    if not isinstance(value, list | tuple) or not all(isinstance(k, str) for k in value):
        raise RoutingError(
            f"park setting {FORBIDDEN_SETTING} must be a list of zone kinds, not {value!r}"
        )
    return tuple(value)


def terminals_of(park: Park, scenario_id: str, medium: str) -> tuple[list[str], list[str]]:
    """Sources (facilities with capacity, firms with supply) and demands of ``medium``."""
    if medium not in MEDIUM_FIELDS:
        raise RoutingError(f"unknown medium {medium!r}; choose one of {', '.join(MEDIA)}")
    mf = MEDIUM_FIELDS[medium]
    scenario = park.scenario(scenario_id)
    sources = [
        f.facility_id
        for f in sorted(scenario.facilities.values(), key=lambda o: o.id)
        if getattr(f, mf.capacity_field) > 0
    ]
    sources += [
        f.firm_id
        for f in sorted(scenario.firms.values(), key=lambda o: o.id)
        if getattr(f, mf.supply_field) > 0
    ]
    demands = [
        f.firm_id
        for f in sorted(scenario.firms.values(), key=lambda o: o.id)
        if getattr(f, mf.demand_field) > 0 and f.firm_id not in sources
    ]
    return sources, demands


def build_corridor_graph(
    park: Park,
    scenario_id: str,
    *,
    medium: str,
    snap_m: float | None = None,
    link_m: float = DEFAULT_LINK_M,
    forbidden_kinds: Sequence[str] | None = None,
    reuse_existing: bool = True,
) -> CorridorGraph:
    """The routing graph of ``medium`` in a scenario (see the module docstring for the rules).

    ``snap_m`` defaults to the park's snapping tolerance. Raises :class:`RoutingError` when the
    scenario has no corridor outside the forbidden zones.
    """
    scenario = park.scenario(scenario_id)
    sources, demands = terminals_of(park, scenario_id, medium)
    snap = snap_tolerance(park.settings) if snap_m is None else float(snap_m)
    kinds = (
        tuple(forbidden_kinds)
        if forbidden_kinds is not None
        else forbidden_zone_kinds(park.settings)
    )
    zones = [z.geometry for z in scenario.zones.values() if z.kind in kinds]
    forbidden: BaseGeometry | None = None
    if zones:
        forbidden = shapely.buffer(shapely.union_all(zones), -_INSET_M)
        if forbidden.is_empty:
            forbidden = None
        else:
            shapely.prepare(forbidden)
    corridors = [cast(Any, c).geometry for c in scenario.layers["corridors"].values()]
    if not corridors:
        raise RoutingError(
            f"scenario {scenario_id} has no corridors: draw or import road centrelines and "
            "utility corridors first, pipes are routed along them"
        )
    g = _Builder(forbidden)
    lines = np.array(corridors, dtype=object)
    if forbidden is not None:
        lines = shapely.difference(lines, forbidden)
    parts = shapely.get_parts(lines)
    parts = parts[~shapely.is_empty(parts) & (shapely.length(parts) > 0)]
    if not len(parts):
        raise RoutingError(
            f"every corridor of scenario {scenario_id} lies in a zone where pipes are "
            f"forbidden ({', '.join(kinds)})"
        )
    noded = shapely.get_parts(shapely.node(shapely.multilinestrings(parts)))
    g.add_polylines(noded, CORRIDOR)
    g.join_dangling_ends(snap)

    notes: list[str] = []
    pipes = [
        p
        for p in scenario.layers["pipelines"].values()
        if isinstance(p, Pipeline) and p.medium == medium
    ]
    if reuse_existing and pipes:
        g.add_pipes([p.geometry for p in pipes], snap)
        g.link_pipes(link_m)

    ids = sources + demands
    pts = np.array([_point_of(scenario, oid) for oid in ids], dtype=object)
    attached = g.attach_terminals(pts, snap, link_m)
    terminals = {oid: int(n) for oid, n in zip(ids, attached.tolist(), strict=True) if n >= 0}
    unconnected = tuple(oid for oid, n in zip(ids, attached.tolist(), strict=True) if n < 0)
    if unconnected:
        notes.append(
            f"{', '.join(unconnected)}: no corridor reachable without crossing a zone where pipes "
            f"are forbidden ({', '.join(kinds)})"
        )
    return CorridorGraph(
        scenario_id=scenario_id,
        medium=medium,
        xy=np.array(g.xy, dtype=np.float64).reshape(-1, 2),
        u=np.array(g.a, dtype=np.int64)[g.alive_mask()],
        v=np.array(g.b, dtype=np.int64)[g.alive_mask()],
        length_m=g.lengths()[g.alive_mask()],
        kind=np.array(g.kind, dtype=np.int8)[g.alive_mask()],
        terminals=terminals,
        sources=tuple(sources),
        demands=tuple(demands),
        unconnected=unconnected,
        forbidden_kinds=kinds,
        cost_classes=_cost_classes(park, medium),
        first_pipe_number=_first_free_number(park, scenario_id, "P"),
        notes=tuple(notes),
    )


def _point_of(scenario: Any, object_id: str) -> BaseGeometry:
    obj = scenario.firms.get(object_id) or scenario.facilities.get(object_id)
    return obj.geometry


def _cost_classes(park: Park, medium: str) -> tuple[tuple[float | None, float], ...]:
    classes = cost_table(park)["pipelines"][medium]
    return tuple((None if dn is None else float(dn), float(c)) for dn, c in classes)


def _first_free_number(park: Park, scenario_id: str, prefix: str) -> int:
    return int(park.new_id(scenario_id, prefix)[len(prefix) :])


class _Builder:
    """Accumulates nodes (merged to the millimetre) and edges, and splits edges to attach
    points. Edges are never deleted, only marked dead when split, so indices stay stable
    during one attach batch."""

    def __init__(self, forbidden: BaseGeometry | None):
        self.forbidden = forbidden
        self.key: dict[tuple[float, float], int] = {}
        self.xy: list[tuple[float, float]] = []
        self.a: list[int] = []
        self.b: list[int] = []
        self.kind: list[int] = []
        self.owner: list[int] = []
        """Existing pipe index of an EXISTING edge from a pipe's own geometry, else -1."""
        self.dead: set[int] = set()

    # ----- nodes and edges
    def nodes(self, coords: FloatArray) -> IntArray:
        out = np.empty(len(coords), dtype=np.int64)
        rounded = np.round(np.asarray(coords, dtype=np.float64), _KEY_DECIMALS)
        for k, (x, y) in enumerate(rounded.tolist()):
            node = self.key.get((x, y))
            if node is None:
                node = self.key[(x, y)] = len(self.xy)
                self.xy.append((x, y))
            out[k] = node
        return out

    def add_edges(self, a: Iterable[int], b: Iterable[int], kind: int, owner: int = -1) -> None:
        for x, y in zip(a, b, strict=True):
            if x != y:
                self.a.append(int(x))
                self.b.append(int(y))
                self.kind.append(kind)
                self.owner.append(owner)

    def add_polylines(
        self, lines: NDArray[np.object_], kind: int, owners: IntArray | None = None
    ) -> None:
        """Add every segment of ``lines`` as an edge."""
        coords, which = shapely.get_coordinates(lines, return_index=True)
        if not len(coords):
            return
        nodes = self.nodes(coords)
        same = which[1:] == which[:-1]
        a, b = nodes[:-1][same], nodes[1:][same]
        if owners is None:
            self.add_edges(a.tolist(), b.tolist(), kind)
        else:
            for x, y, o in zip(
                a.tolist(), b.tolist(), owners[which[:-1][same]].tolist(), strict=True
            ):
                self.add_edges([x], [y], kind, o)

    def alive_mask(self) -> NDArray[np.bool_]:
        mask = np.ones(len(self.a), dtype=bool)
        if self.dead:
            mask[list(self.dead)] = False
        return mask

    def lengths(self) -> FloatArray:
        xy = np.array(self.xy, dtype=np.float64).reshape(-1, 2)
        a, b = np.array(self.a, dtype=np.int64), np.array(self.b, dtype=np.int64)
        if not len(a):
            return np.zeros(0)
        d = xy[a] - xy[b]
        return np.hypot(d[:, 0], d[:, 1])

    def edges_of(self, kinds: Sequence[int]) -> IntArray:
        kind = np.array(self.kind, dtype=np.int64)
        mask = np.isin(kind, list(kinds)) & self.alive_mask()
        return np.flatnonzero(mask)

    # ----- attaching points to edges
    def attach(
        self,
        points: NDArray[np.object_],
        candidates: IntArray,
        *,
        kind: int,
        max_m: float | None,
        exclude_node: IntArray | None = None,
        point_owner: IntArray | None = None,
        check_forbidden: bool = True,
        free_within_m: float = -1.0,
    ) -> tuple[IntArray, IntArray]:
        """Join each point to the nearest candidate edge by a straight connector of ``kind``.

        The edge is split at the foot of the connector. Connectors crossing a forbidden zone
        are not used; the next nearest edge is tried (any edge up to twice the nearest
        distance plus 100 m). A connector to an existing pipe no longer than ``free_within_m``
        is of kind EXISTING (the network attaches such points by tolerance). Returns the node
        of each point and the node where it joined the edge (-1 where none was found).
        """
        n = len(points)
        point_node = np.full(n, -1, dtype=np.int64)
        foot_node = np.full(n, -1, dtype=np.int64)
        if not n or not len(candidates):
            return point_node, foot_node
        xy = np.array(self.xy, dtype=np.float64)
        a = np.array(self.a, dtype=np.int64)[candidates]
        b = np.array(self.b, dtype=np.int64)[candidates]
        segs = shapely.linestrings(np.stack([xy[a], xy[b]], axis=1))
        tree = shapely.STRtree(segs)
        (pi, _), dist = tree.query_nearest(points, max_distance=max_m, return_distance=True)
        if not len(pi):
            return point_node, foot_node
        nearest = np.full(n, np.inf)
        np.minimum.at(nearest, pi, dist)
        has = np.flatnonzero(np.isfinite(nearest))
        reach = 2.0 * nearest[has] + 100.0
        if max_m is not None:
            reach = np.minimum(reach, max_m)
        qi, si = tree.query(points[has], predicate="dwithin", distance=reach)
        pi = has[qi]
        keep = np.ones(len(pi), dtype=bool)
        if exclude_node is not None:
            keep &= (a[si] != exclude_node[pi]) & (b[si] != exclude_node[pi])
        if point_owner is not None:
            owners = np.array(self.owner, dtype=np.int64)[candidates]
            keep &= (owners[si] < 0) | (owners[si] != point_owner[pi])
        pi, si = pi[keep], si[keep]
        lines = shapely.shortest_line(points[pi], segs[si])
        length = shapely.length(lines)
        if check_forbidden and self.forbidden is not None and len(lines):
            ok = ~shapely.intersects(lines, self.forbidden)
            pi, si, lines, length = pi[ok], si[ok], lines[ok], length[ok]
        order = np.lexsort((si, length, pi))
        pi, si, lines, length = pi[order], si[order], lines[order], length[order]
        first = np.ones(len(pi), dtype=bool)
        first[1:] = pi[1:] != pi[:-1]
        pi, si, lines, length = pi[first], si[first], lines[first], length[first]
        if not len(pi):
            return point_node, foot_node
        ends = shapely.get_coordinates(lines).reshape(-1, 2, 2)
        point_node[pi] = self.nodes(ends[:, 0])
        foot_node[pi] = self.nodes(ends[:, 1])
        self._split(candidates[si], foot_node[pi])
        kind_of_edge = np.array(self.kind, dtype=np.int64)[candidates[si]]
        free = (kind_of_edge == EXISTING) & (length <= free_within_m)
        for p, f, is_free in zip(
            point_node[pi].tolist(), foot_node[pi].tolist(), free.tolist(), strict=True
        ):
            self.add_edges([p], [f], EXISTING if is_free else kind)
        return point_node, foot_node

    def _split(self, edges: IntArray, feet: IntArray) -> None:
        """Replace each edge holding feet by the chain through its feet, ordered along it."""
        xy = np.array(self.xy, dtype=np.float64)
        order = np.lexsort((feet, edges))
        edges, feet = edges[order], feet[order]
        starts = np.flatnonzero(np.r_[True, edges[1:] != edges[:-1]])
        for k, s in enumerate(starts.tolist()):
            e = int(edges[s])
            stop = int(starts[k + 1]) if k + 1 < len(starts) else len(edges)
            a, b = self.a[e], self.b[e]
            inner = [int(f) for f in feet[s:stop] if f not in (a, b)]
            if not inner:
                continue
            t = np.hypot(*(xy[inner] - xy[a]).T)
            chain = [a, *[inner[i] for i in np.argsort(t, kind="stable")], b]
            chain = [x for i, x in enumerate(chain) if i == 0 or x != chain[i - 1]]
            self.dead.add(e)
            self.add_edges(chain[:-1], chain[1:], self.kind[e], self.owner[e])

    # ----- the phases of build_corridor_graph
    def join_dangling_ends(self, snap_m: float) -> None:
        """Corridor ends that stop within ``snap_m`` of another corridor join it (gap edge)."""
        if snap_m <= 0:
            return
        corr = self.edges_of([CORRIDOR])
        a = np.array(self.a, dtype=np.int64)[corr]
        b = np.array(self.b, dtype=np.int64)[corr]
        degree = np.bincount(np.concatenate([a, b]), minlength=len(self.xy))
        ends = np.flatnonzero(degree == 1)
        if not len(ends):
            return
        pts = shapely.points(np.array(self.xy, dtype=np.float64)[ends])
        self.attach(pts, corr, kind=GAP, max_m=snap_m, exclude_node=ends)

    def add_pipes(self, lines: Sequence[BaseGeometry], snap_m: float) -> None:
        """Existing pipes as free edges; a pipe end near another pipe joins it there."""
        arr = np.array(lines, dtype=object)
        self.add_polylines(arr, EXISTING, owners=np.arange(len(arr), dtype=np.int64))
        ends = np.concatenate([shapely.get_point(arr, 0), shapely.get_point(arr, -1)])
        owner = np.concatenate([np.arange(len(arr)), np.arange(len(arr))]).astype(np.int64)
        self.attach(
            ends,
            self.edges_of([EXISTING]),
            kind=EXISTING,
            max_m=snap_m,
            point_owner=owner,
            check_forbidden=False,
        )

    def link_pipes(self, link_m: float) -> None:
        """Link existing pipe vertices to a corridor within ``link_m``."""
        pipe_edges = self.edges_of([EXISTING])
        verts = np.unique(
            np.concatenate([np.array(self.a)[pipe_edges], np.array(self.b)[pipe_edges]])
        )
        if not len(verts):
            return
        pts = shapely.points(np.array(self.xy, dtype=np.float64)[verts])
        self.attach(pts, self.edges_of([CORRIDOR, GAP]), kind=LINK, max_m=link_m)

    def attach_terminals(
        self, points: NDArray[np.object_], snap_m: float, link_m: float
    ) -> IntArray:
        """Connect each terminal to the nearest corridor, and to a pipe of the medium within
        ``link_m`` (free within ``snap_m``); the tree picks the cheaper. Its node, or -1.

        Both are offered because the pipe network a terminal sits on may lead nowhere (no
        vertex near a corridor). Pipes farther than ``link_m`` are reached along corridors
        only, so no new pipe cuts straight across plots to a distant pipe.
        """
        node, foot = self.attach(points, self.edges_of([CORRIDOR, GAP]), kind=CONNECTOR, max_m=None)
        pipes = self.edges_of([EXISTING])
        if len(pipes):
            node_p, foot_p = self.attach(
                points,
                pipes,
                kind=CONNECTOR,
                max_m=max(link_m, snap_m),
                free_within_m=snap_m,
            )
            node = np.where(foot >= 0, node, node_p)
            foot = np.where(foot >= 0, foot, foot_p)
        return np.where(foot >= 0, node, -1)


# ----------------------------------------------------------------------------------- routing


def route_pipelines(
    graph: CorridorGraph,
    control: SolveControl | None = None,
    *,
    diameter_mm: float = DEFAULT_DIAMETER_MM,
    seconds: float | None = None,
    seed: int | None = None,
    name: str | None = None,
) -> RoutingProposal:
    """Cheapest new pipe network (Steiner tree) joining the medium's sources and demands.

    Terminals are grouped by the connected piece of the graph they lie in; each piece with a
    source and a demand is routed (time budget shared by terminal count); demands in a piece
    without a source are unreached. Deterministic for a fixed seed and round budget; stops at
    the time limit or on ``control.cancel()`` with the best trees found.
    """
    if not (diameter_mm > 0 and math.isfinite(diameter_mm)):
        raise RoutingError(f"pipe diameter must be a positive number of mm, not {diameter_mm}")
    total_s, seed_ = resolve_budget(seconds, seed, control, DEFAULT_SECONDS)
    n = graph.n_nodes
    weights = graph.weights
    adj = coo_matrix((np.ones(len(graph.u)), (graph.u, graph.v)), shape=(n, n))
    _, label = connected_components(adj, directed=False)
    source_nodes = {graph.terminals[s] for s in graph.sources if s in graph.terminals}
    groups: dict[int, list[str]] = {}
    for oid, node in graph.terminals.items():
        groups.setdefault(int(label[node]), []).append(oid)
    notes = list(graph.notes)
    unreached = list(graph.unconnected)
    jobs: list[tuple[list[str], list[int]]] = []
    for comp in sorted(groups, key=lambda c: sorted(groups[c])[0]):
        members = groups[comp]
        nodes = sorted({graph.terminals[m] for m in members})
        has_source = any(graph.terminals[m] in source_nodes for m in members)
        has_demand = any(m in graph.demands for m in members)
        if has_source and has_demand:
            jobs.append((members, nodes))
        elif has_demand:
            lost = sorted(m for m in members if m in graph.demands)
            unreached += lost
            notes.append(
                f"{', '.join(lost)}: no source of {graph.medium} reachable along corridors"
            )
    if not graph.sources:
        notes.append(f"no facility or firm supplies {graph.medium} in this scenario")
    total_terms = sum(len(nodes) for _, nodes in jobs) or 1
    results: list[SteinerResult] = []
    tree_edges: list[tuple[int, int]] = []
    connected: list[str] = []
    done_share = 0.0
    for members, nodes in jobs:
        share = len(nodes) / total_terms
        sub = _sub_control(control, done_share, share, seed_)
        res = solve_steiner(
            n,
            (graph.u, graph.v, weights),
            nodes,
            seconds=total_s * share,
            seed=seed_,
            control=sub,
        )
        done_share += share
        results.append(res)
        tree_edges += res.edges
        connected += members
    new_idx, reused = _tree_edge_indices(graph, tree_edges)
    lines = graph.lines(new_idx)
    merged = shapely.line_merge(shapely.multilinestrings(lines)) if len(lines) else None
    parts = [g for g in shapely.get_parts(merged)] if merged is not None else []
    label_text = name or f"优化路由 routed {graph.medium} DN{diameter_mm:g}"
    pipes = [
        Pipeline(
            pipeline_id=f"P{graph.first_pipe_number + k:04d}",
            medium=graph.medium,
            geometry=LineString(part),
            diameter_mm=float(diameter_mm),
            status="planned",
            name=label_text,
        )
        for k, part in enumerate(parts)
    ]
    length = float(graph.length_m[new_idx].sum())
    unit = graph.unit_cost_10k_rmb_per_km(diameter_mm)
    if control is not None and control.on_progress is not None:
        best = sum(r.cost for r in results)
        control.on_progress(1.0, best)
    return RoutingProposal(
        scenario_id=graph.scenario_id,
        medium=graph.medium,
        diameter_mm=float(diameter_mm),
        pipelines=pipes,
        length_m=length,
        reused_m=float(graph.length_m[reused].sum()),
        unit_cost_10k_rmb_per_km=unit,
        cost_10k_rmb=length / 1000.0 * unit,
        connected=sorted(connected),
        unreached=sorted(unreached),
        results=results,
        cancelled=bool(control is not None and control.should_stop()),
        notes=tuple(notes),
    )


def _sub_control(
    control: SolveControl | None, start: float, share: float, seed: int
) -> SolveControl | None:
    """A control for one piece: same cancel flag, progress mapped into [start, start+share]."""
    if control is None:
        return None
    outer = control.on_progress

    def progress(fraction: float, best: float) -> None:
        if outer is not None:
            outer(min(1.0, start + share * fraction), best)

    return SolveControl(
        seconds=None,
        seed=seed,
        on_progress=progress,
        cancel_event=control.cancel_event,
        progress_interval=control.progress_interval,
    )


def _tree_edge_indices(
    graph: CorridorGraph, tree_edges: Sequence[tuple[int, int]]
) -> tuple[IntArray, IntArray]:
    """Graph edges realising the tree's node pairs (the cheapest of parallel edges), split
    into new edges and existing pipe edges."""
    if not tree_edges:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    lo, hi = np.minimum(graph.u, graph.v), np.maximum(graph.u, graph.v)
    order = np.lexsort((graph.weights, hi, lo))
    best: dict[tuple[int, int], int] = {}
    for k in order.tolist():
        best.setdefault((int(lo[k]), int(hi[k])), k)
    idx = np.array([best[(min(a, b), max(a, b))] for a, b in tree_edges], dtype=np.int64)
    existing = graph.kind[idx] == EXISTING
    return idx[~existing], idx[existing]


__all__ = [
    "CONNECTOR",
    "CORRIDOR",
    "DEFAULT_DIAMETER_MM",
    "DEFAULT_FORBIDDEN_KINDS",
    "DEFAULT_LINK_M",
    "EDGE_KINDS",
    "EXISTING",
    "FORBIDDEN_SETTING",
    "GAP",
    "LINK",
    "CorridorGraph",
    "RoutingError",
    "RoutingProposal",
    "build_corridor_graph",
    "forbidden_zone_kinds",
    "route_pipelines",
    "terminals_of",
]
