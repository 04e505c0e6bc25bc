"""Firm placement: which firm goes on which plot, as a quadratic assignment problem.

The planner marks candidate plots (or names a zone: its free plots are the candidates) and the
firms to place. Each firm is assigned one location so as to minimise::

    sum over exchanges between placed firms      q x distance(plot of a, plot of b)
  + sum over exchanges with fixed firms/facilities q x distance(plot, partner)
  + penalties for breaking the land-use rules (sector not allowed in the plot's zone, a
    heavy-polluting firm within the buffer distance of a city zone, a plot smaller than the
    firm's declared plot area)

The first line is the quadratic part of a QAP (``solve_qap``'s ``flow`` and ``dist``), the rest
depends on one firm and one location only and goes into its ``linear`` term.

Quantities of different units are made comparable as tonnes (or tonne-equivalents) per year:
see :data:`UNIT_TO_TONNES_PER_YEAR`. Distances are straight lines between plot representative
points in the project CRS (metres), so the objective is in t·m/a; reports use t·km/a.

Each placed firm's current site is a location too (open to that firm only), so "stay where you
are" is always possible and a proposal is never worse than the current layout under this model.
Definitions, penalty sizes and limits: docs/optimisation.md.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry import Point

from ecopark.commands import ReplaceObjects
from ecopark.indicators.params import space_params
from ecopark.model import EcoParkError, Firm, Park, ParkObject
from ecopark.model.kinds import HEAVY_POLLUTING_SECTORS
from ecopark.optimise.corridor_distance import corridor_distances
from ecopark.optimise.progress import SolveControl
from ecopark.optimise.qap import QapResult, qap_cost, solve_qap

FloatMatrix = NDArray[np.float64]
BoolMatrix = NDArray[np.bool_]

OPERATING_HOURS_PER_YEAR = 8000.0
"""Hours a year a continuous process plant runs; turns hourly rates into annual amounts."""
DAYS_PER_YEAR = 365.0
"""Daily rates (m³/d) are calendar-day averages, as water balances are written."""
STEAM_GJ_PER_T = 2.52
"""Heat carried by one tonne of process steam (0.7 MW per t/h, as ecopark.export.costs uses):
energy flows count as the tonnes of steam that would carry them."""

UNIT_TO_TONNES_PER_YEAR: dict[str, float] = {
    "t/a": 1.0,
    "t/h": OPERATING_HOURS_PER_YEAR,
    "m³/a": 1.0,
    "m³/d": DAYS_PER_YEAR,
    "GJ/a": 1.0 / STEAM_GJ_PER_T,
    "MWh/a": 3.6 / STEAM_GJ_PER_T,
    "MW": OPERATING_HOURS_PER_YEAR * 3.6 / STEAM_GJ_PER_T,
}
"""Factor from an exchange's unit to tonnes (or tonne-equivalents) per year.

Water counts 1 t per m³; energy counts as the steam that would carry it (2.52 GJ/t); hourly
rates run 8000 h/a, daily rates 365 d/a. A park overrides or extends this table with
``park.settings["placement_unit_weights"]`` ({unit: factor}); an exchange in a unit found in
neither counts 1 per unit and is listed in the problem's notes.
"""

UNIT_WEIGHTS_SETTING = "placement_unit_weights"
SIZE_TOLERANCE = 0.005
"""A plot up to 0.5 % smaller than the firm's declared plot area still fits (survey rounding)."""


class PlacementError(EcoParkError):
    """The placement cannot be set up: no firms, no plots, unknown ids."""


@dataclass(frozen=True)
class PlacementWeights:
    """How rule breaches weigh against flow x distance.

    ``base_penalty`` (t·m/a) is the price of one breach; None (the default) makes it larger than
    any saving of flow x distance the placement could achieve, so rules come first and distance
    decides among layouts that break equally few rules. The three rule weights multiply it
    (0 switches a rule off). ``keep_current``: the firms' current sites stay available, so a firm
    is moved only when that pays.
    """

    zoning: float = 1.0
    buffer: float = 1.0
    plot_size: float = 1.0
    base_penalty: float | None = None
    keep_current: bool = True
    move: float = 1.0
    """t·m/a charged per firm that moves: negligible against real flows, it keeps firms without
    exchanges where they are instead of shuffling them among equally good plots."""
    along_corridors: bool = False
    """Measure distances along the scenario's corridors (roads, pipe racks) instead of straight
    lines, as trucks and pipes travel (:mod:`ecopark.optimise.corridor_distance`)."""


@dataclass(frozen=True)
class PlacementProblem:
    """A placement instance ready for :func:`solve_qap`, with everything needed to report on it.

    Locations are the candidate plots first, then the current sites of placed firms that do not
    stand on a candidate plot (id ``"@<firm id>"``). Matrices are indexed firm x firm,
    location x location and firm x location.
    """

    scenario_id: str
    firm_ids: tuple[str, ...]
    location_ids: tuple[str, ...]
    plot_ids: tuple[str | None, ...]
    """Plot id per location; None for a firm's current site."""
    xy: FloatMatrix
    """Representative point of each location (metres)."""
    flow: FloatMatrix
    """t/a exchanged between placed firms (symmetric: half each way, so the cost counts once)."""
    dist: FloatMatrix
    fixed: FloatMatrix
    """t·m/a of each firm's exchanges with fixed firms and facilities, at each location."""
    zoning: BoolMatrix
    """Firm's sector not allowed by the zone kind at the location (or no zone there)."""
    buffer: BoolMatrix
    """Heavy-polluting firm closer than the buffer distance to a city-kind zone."""
    size: BoolMatrix
    """Plot smaller than the firm's declared plot area."""
    closed: BoolMatrix
    """Location not open to the firm (another firm's current site; own site when not kept)."""
    current: NDArray[np.int64]
    """Location index of each firm now."""
    firm_xy: FloatMatrix
    """Each firm's current point (metres)."""
    penalty: float
    weights: PlacementWeights
    notes: tuple[str, ...] = ()

    @property
    def objective(self) -> FloatMatrix:
        """Linear term as the planner pays it: fixed flows, weighted rule breaches, moves."""
        w = self.weights
        rules = (
            w.zoning * self.zoning.astype(float)
            + w.buffer * self.buffer.astype(float)
            + w.plot_size * self.size.astype(float)
        )
        moved = np.ones(self.closed.shape)
        moved[np.arange(len(self.firm_ids)), self.current] = 0.0
        return self.fixed + self.penalty * rules + w.move * moved

    @property
    def linear(self) -> FloatMatrix:
        """The linear term the solver sees: :attr:`objective` plus a price on closed locations
        higher than every other cost together, so they are used only when nothing else fits."""
        w = self.weights
        closed_cost = self.penalty * (3.0 * max(w.zoning, w.buffer, w.plot_size, 1.0) + 1.0)
        closed_cost *= len(self.firm_ids) + 1
        return self.objective + closed_cost * self.closed

    def cost(self, assignment: Sequence[int] | NDArray[np.int64]) -> float:
        """Objective of an assignment (location index per firm): t·m/a of flows plus the
        penalties of rule breaches and moves (closed locations are not priced here)."""
        return qap_cost(self.flow, self.dist, assignment, self.objective)

    def foreign(self, assignment: Sequence[int] | NDArray[np.int64]) -> bool:
        """True if some firm is put on another firm's current site (never a valid layout)."""
        p = np.asarray(assignment, dtype=np.int64)
        rows = np.arange(len(p))
        own = np.zeros(self.closed.shape, dtype=bool)
        own[rows, self.current] = True
        return bool((self.closed & ~own)[rows, p].any())

    def flow_distance(self, assignment: Sequence[int] | NDArray[np.int64]) -> float:
        """Sum of exchange quantity x distance (t·m/a) of the placed firms' exchanges."""
        p = np.asarray(assignment, dtype=np.int64)
        rows = np.arange(len(p))
        return float(np.sum(self.flow * self.dist[np.ix_(p, p)]) + self.fixed[rows, p].sum())

    def breaches(self, assignment: Sequence[int] | NDArray[np.int64]) -> dict[str, int]:
        """How many firms break each rule in an assignment."""
        p = np.asarray(assignment, dtype=np.int64)
        rows = np.arange(len(p))
        return {
            "zoning": int(self.zoning[rows, p].sum()),
            "buffer": int(self.buffer[rows, p].sum()),
            "plot_size": int(self.size[rows, p].sum()),
        }


@dataclass(frozen=True)
class PlacementProposal:
    """The solver's layout, as moves the planner can accept (one undo step) or discard."""

    scenario_id: str
    moves: dict[str, tuple[Point, Point, str]]
    """firm_id -> (old point, new point, plot id), only for firms that move."""
    assignment: tuple[int, ...]
    cost_before: float
    cost_after: float
    flow_distance_before_t_m: float
    flow_distance_after_t_m: float
    breaches_before: dict[str, int]
    breaches_after: dict[str, int]
    result: QapResult | None = None
    cancelled: bool = False
    notes: tuple[str, ...] = ()

    def command(self, park: Park, scenario_id: str | None = None) -> ReplaceObjects:
        """One undoable command moving every firm of the proposal to its new point.

        The firms are taken from ``park`` as they are now (only their geometry changes), so
        the command is built against the park it will be applied to.
        """
        sid = scenario_id or self.scenario_id
        firms = park.scenario(sid).firms
        missing = [fid for fid in self.moves if fid not in firms]
        if missing:
            raise PlacementError(
                f"firms {', '.join(missing)} no longer exist in scenario {sid}; run the "
                "placement again"
            )
        moved = [firms[fid].with_changes(geometry=new) for fid, (_, new, _) in self.moves.items()]
        text = f"Optimise placement: move {len(moved)} firm(s)"
        return ReplaceObjects(sid, moved, text=text)


# ----------------------------------------------------------------------------------- building


def free_plots(
    park: Park, scenario_id: str, zone_id: str, movable: Sequence[str] = ()
) -> list[str]:
    """Plots of a zone that no firm stands on (firms in ``movable`` do not count: they may
    leave). A plot belongs to the zone holding its representative point."""
    scenario = park.scenario(scenario_id)
    zone = scenario.zones.get(zone_id)
    if zone is None:
        raise PlacementError(f"zone {zone_id} does not exist in scenario {scenario_id}")
    plots = sorted(scenario.layers["plots"].values(), key=lambda p: p.id)
    if not plots:
        return []
    polys = _geometries(plots)
    inside = shapely.intersects(zone.geometry, shapely.point_on_surface(polys))
    skip = set(movable)
    firm_pts = np.array(
        [f.geometry for f in scenario.firms.values() if f.firm_id not in skip], dtype=object
    )
    taken = np.zeros(len(plots), dtype=bool)
    if len(firm_pts):
        tree = shapely.STRtree(polys)
        _, hit = tree.query(firm_pts, predicate="intersects")
        taken[hit] = True
    return [p.id for p, ok in zip(plots, inside & ~taken, strict=True) if ok]


def firms_in_zone(
    park: Park, scenario_id: str, zone_id: str, *, with_exchanges: bool = True
) -> list[str]:
    """Firms standing in a zone (by default only those taking part in an exchange): the
    default set of firms to place in that zone."""
    scenario = park.scenario(scenario_id)
    zone = scenario.zones.get(zone_id)
    if zone is None:
        raise PlacementError(f"zone {zone_id} does not exist in scenario {scenario_id}")
    ids = sorted(scenario.firms)
    if not ids:
        return []
    pts = np.array([scenario.firms[i].geometry for i in ids], dtype=object)
    inside = shapely.intersects(zone.geometry, pts)
    linked = {e.from_id for e in scenario.exchanges.values()}
    linked |= {e.to_id for e in scenario.exchanges.values()}
    return [
        i for i, ok in zip(ids, inside, strict=True) if ok and (i in linked or not with_exchanges)
    ]


def unit_factors(settings: Mapping[str, Any]) -> dict[str, float]:
    """:data:`UNIT_TO_TONNES_PER_YEAR` overlaid with the park's ``placement_unit_weights``."""
    factors = dict(UNIT_TO_TONNES_PER_YEAR)
    user = settings.get(UNIT_WEIGHTS_SETTING)
    if isinstance(user, Mapping):
        for unit, value in user.items():
            try:
                x = float(value)
            except (TypeError, ValueError):
                continue
            if math.isfinite(x) and x >= 0:
                factors[str(unit)] = x
    return factors


def build_placement_problem(
    park: Park,
    scenario_id: str,
    firm_ids: Sequence[str],
    plot_ids: Sequence[str] | None = None,
    *,
    zone_id: str | None = None,
    weights: PlacementWeights | None = None,
) -> PlacementProblem:
    """Set up the placement of ``firm_ids`` on ``plot_ids`` (or on the free plots of
    ``zone_id``). Raises :class:`PlacementError` with a planner-readable reason when the
    input cannot be placed (unknown ids, no firm, no plot)."""
    weights = weights or PlacementWeights()
    scenario = park.scenario(scenario_id)
    firm_ids = list(dict.fromkeys(firm_ids))
    if not firm_ids:
        raise PlacementError("choose at least one firm to place")
    unknown = [f for f in firm_ids if f not in scenario.firms]
    if unknown:
        raise PlacementError(f"firms {', '.join(unknown)} do not exist in scenario {scenario_id}")
    if plot_ids is None:
        if zone_id is None:
            raise PlacementError("give the candidate plots or a zone whose free plots to use")
        plot_ids = free_plots(park, scenario_id, zone_id, movable=firm_ids)
    plot_ids = list(dict.fromkeys(plot_ids))
    plots_layer = scenario.layers["plots"]
    unknown = [p for p in plot_ids if p not in plots_layer]
    if unknown:
        raise PlacementError(f"plots {', '.join(unknown)} do not exist in scenario {scenario_id}")
    notes: list[str] = []
    occupied = _occupied(park, scenario_id, plot_ids, firm_ids)
    if occupied:
        plot_ids = [p for p in plot_ids if p not in occupied]
        notes.append(
            "plots already holding a firm that is not being placed were left out: "
            + ", ".join(f"{p} ({f})" for p, f in occupied.items())
        )
    if not plot_ids:
        where = f" in zone {zone_id}" if zone_id else ""
        raise PlacementError(f"there is no free plot{where} to place firms on; draw plots first")
    firms: list[Firm] = [scenario.firms[f] for f in firm_ids]
    polys = _geometries([plots_layer[p] for p in plot_ids])
    plot_pts = shapely.point_on_surface(polys)
    firm_pts = np.array([f.geometry for f in firms], dtype=object)

    # Current site of each firm: the candidate plot it stands on, else a site of its own.
    current = np.full(len(firms), -1, dtype=np.int64)
    i_hit, p_hit = shapely.STRtree(polys).query(firm_pts, predicate="intersects")
    used: set[int] = set()
    for i, p in zip(i_hit.tolist(), p_hit.tolist(), strict=True):
        if current[i] < 0 and p not in used:
            current[i] = p
            used.add(p)
    own = np.flatnonzero(current < 0)
    current[own] = len(plot_ids) + np.arange(len(own))
    loc_pts = np.concatenate([plot_pts, firm_pts[own]])
    location_ids = tuple(plot_ids) + tuple(f"@{firms[i].firm_id}" for i in own)
    plot_of: tuple[str | None, ...] = tuple(plot_ids) + (None,) * len(own)
    xy = shapely.get_coordinates(loc_pts)
    n_f, n_l = len(firms), len(loc_pts)

    flow, partner_q, partner_xy = _flows(park, scenario_id, firm_ids, notes)
    dist = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    d_lp = np.hypot(
        xy[:, None, 0] - partner_xy[None, :, 0], xy[:, None, 1] - partner_xy[None, :, 1]
    ).reshape(n_l, len(partner_xy))
    if weights.along_corridors:
        dist, d_lp = _along_corridors(park, scenario_id, xy, partner_xy, dist, d_lp, notes)
    fixed = partner_q @ d_lp.T if len(partner_xy) else np.zeros((n_f, n_l))

    zoning, buffer = _zoning_rules(park, scenario_id, firms, loc_pts)
    plot_area = np.concatenate([shapely.area(polys), np.full(len(own), np.inf)])
    need = np.array([f.plot_area_m2 for f in firms])
    size = plot_area[None, :] < need[:, None] * (1.0 - SIZE_TOLERANCE)

    closed = np.zeros((n_f, n_l), dtype=bool)
    closed[:, len(plot_ids) :] = True
    rows = np.arange(n_f)
    if weights.keep_current:
        closed[rows, current] = False
    closed[rows[current < len(plot_ids)], current[current < len(plot_ids)]] = False
    if len(plot_ids) < n_f:
        notes.append(
            f"{len(plot_ids)} plot(s) for {n_f} firm(s): at least {n_f - len(plot_ids)} firm(s) "
            "stay where they are"
        )

    penalty = weights.base_penalty
    if penalty is None:
        all_xy = np.concatenate([xy, partner_xy]) if len(partner_xy) else xy
        span = float(np.hypot(*(all_xy.max(axis=0) - all_xy.min(axis=0))))
        span = max(span, float(dist.max(initial=0.0)), float(d_lp.max(initial=0.0)))
        total_q = float(flow.sum() + partner_q.sum())
        penalty = total_q * span + n_f * weights.move + 1.0
    return PlacementProblem(
        scenario_id=scenario_id,
        firm_ids=tuple(firm_ids),
        location_ids=location_ids,
        plot_ids=plot_of,
        xy=xy,
        flow=flow,
        dist=dist,
        fixed=fixed,
        zoning=zoning,
        buffer=buffer,
        size=size,
        closed=closed,
        current=current,
        firm_xy=shapely.get_coordinates(firm_pts),
        penalty=float(penalty),
        weights=weights,
        notes=tuple(notes),
    )


def _along_corridors(
    park: Park,
    scenario_id: str,
    xy: FloatMatrix,
    partner_xy: FloatMatrix,
    dist: FloatMatrix,
    d_lp: FloatMatrix,
    notes: list[str],
) -> tuple[FloatMatrix, FloatMatrix]:
    """Location-location and location-partner distances along the corridors (straight lines
    where the scenario has no corridors, with a note)."""
    corridors = [
        cast(Any, c).geometry for c in park.scenario(scenario_id).layers["corridors"].values()
    ]
    if not corridors:
        notes.append("the scenario has no corridors: distances are straight lines")
        return dist, d_lp
    between = corridor_distances(corridors, xy, xy)
    along = between.matrix.copy()
    np.fill_diagonal(along, 0.0)
    along = 0.5 * (along + along.T)
    fallbacks = between.straight_fallbacks
    if len(partner_xy):
        to_partners = corridor_distances(corridors, xy, partner_xy)
        d_lp = to_partners.matrix
        fallbacks += to_partners.straight_fallbacks
    if fallbacks:
        notes.append(
            f"{fallbacks} distance(s) between points on unconnected corridors are straight lines"
        )
    return along, d_lp


def _occupied(
    park: Park, scenario_id: str, plot_ids: Sequence[str], movable: Sequence[str]
) -> dict[str, str]:
    """Candidate plots on which a firm that is not being placed stands: plot -> firm id."""
    scenario = park.scenario(scenario_id)
    skip = set(movable)
    others = [f for f in sorted(scenario.firms) if f not in skip]
    if not plot_ids or not others:
        return {}
    polys = _geometries([scenario.layers["plots"][p] for p in plot_ids])
    pts = np.array([scenario.firms[f].geometry for f in others], dtype=object)
    fi, pi = shapely.STRtree(polys).query(pts, predicate="intersects")
    found: dict[str, str] = {}
    for f, p in sorted(zip(fi.tolist(), pi.tolist(), strict=True)):
        found.setdefault(plot_ids[p], others[f])
    return found


def _geometries(objects: Sequence[ParkObject]) -> NDArray[np.object_]:
    return np.array([cast(Any, o).geometry for o in objects], dtype=object)


def _flows(
    park: Park, scenario_id: str, firm_ids: Sequence[str], notes: list[str]
) -> tuple[FloatMatrix, FloatMatrix, FloatMatrix]:
    """Flows among placed firms (symmetric matrix) and to fixed partners (firm x partner)."""
    scenario = park.scenario(scenario_id)
    factors = unit_factors(park.settings)
    index = {f: i for i, f in enumerate(firm_ids)}
    n = len(firm_ids)
    flow = np.zeros((n, n))
    partners: dict[str, int] = {}
    entries: list[tuple[int, int, float]] = []
    odd_units: set[str] = set()
    for ex in sorted(scenario.exchanges.values(), key=lambda e: e.id):
        a, b = index.get(ex.from_id), index.get(ex.to_id)
        if (a is None and b is None) or ex.quantity <= 0:
            continue
        factor = factors.get(ex.unit)
        if factor is None:
            odd_units.add(ex.unit)
            factor = 1.0
        q = ex.quantity * factor
        if a is not None and b is not None:
            flow[a, b] += 0.5 * q
            flow[b, a] += 0.5 * q
            continue
        mine, other = (a, ex.to_id) if a is not None else (b, ex.from_id)
        assert mine is not None
        k = partners.setdefault(other, len(partners))
        entries.append((mine, k, q))
    if odd_units:
        notes.append(
            f"exchange units {', '.join(sorted(odd_units))} have no conversion to t/a; counted "
            "1 per unit (set placement_unit_weights in the park settings)"
        )
    partner_q = np.zeros((n, len(partners)))
    for i, k, q in entries:
        partner_q[i, k] += q
    partner_xy = np.zeros((len(partners), 2))
    for pid, k in partners.items():
        obj = scenario.firms.get(pid) or scenario.facilities.get(pid)
        if obj is not None:
            partner_xy[k] = shapely.get_coordinates(obj.geometry)[0]
    return flow, partner_q, partner_xy


def _zoning_rules(
    park: Park, scenario_id: str, firms: Sequence[Firm], points: NDArray[np.object_]
) -> tuple[BoolMatrix, BoolMatrix]:
    """Per firm and location: sector not allowed there; heavy polluter too close to a city.

    Same rules as the space score's zoning component (ecopark.indicators.space): the zone of a
    point is the lowest-id zone containing it (boundary included); a point in no zone breaks
    the zoning rule; the buffer distance and the city-like kinds come from the space params.
    """
    scenario = park.scenario(scenario_id)
    params = space_params(park.settings)
    zones = [scenario.zones[z] for z in sorted(scenario.zones)]
    n_l = len(points)
    sectors = [f.sector for f in firms]
    zoning = np.ones((len(firms), n_l), dtype=bool)
    city_dist = np.full(n_l, np.inf)
    if zones:
        geoms = np.array([z.geometry for z in zones], dtype=object)
        loc, zi = shapely.STRtree(geoms).query(points, predicate="intersects")
        zone_of = np.full(n_l, -1, dtype=np.int64)
        order = np.lexsort((zi, loc))
        loc, zi = loc[order], zi[order]
        first = np.ones(len(loc), dtype=bool)
        first[1:] = loc[1:] != loc[:-1]
        zone_of[loc[first]] = zi[first]
        kinds = sorted({z.kind for z in zones})
        kind_of_zone = np.array([kinds.index(z.kind) for z in zones], dtype=np.int64)
        uniq_sectors = sorted(set(sectors))
        allows = np.array(
            [
                [(zk := park.zone_kinds.get(k)) is None or zk.allows(s) for k in kinds]
                for s in uniq_sectors
            ],
            dtype=bool,
        ).reshape(len(uniq_sectors), len(kinds))
        sector_idx = np.array([uniq_sectors.index(s) for s in sectors], dtype=np.int64)
        inside = zone_of >= 0
        loc_kind = kind_of_zone[np.maximum(zone_of, 0)]
        zoning = ~(allows[sector_idx][:, loc_kind] & inside[None, :])
        city = [k for k, z in enumerate(zones) if z.kind in params.buffer_zone_kinds]
        if city:
            city_geoms = geoms[city]
            (li, ci), d = shapely.STRtree(city_geoms).query_nearest(points, return_distance=True)
            np.minimum.at(city_dist, li, d)
    heavy = np.array([s in HEAVY_POLLUTING_SECTORS for s in sectors])
    buffer = heavy[:, None] & (city_dist[None, :] < params.heavy_buffer_m)
    return zoning, buffer


# ----------------------------------------------------------------------------------- solving


def solve_placement(
    problem: PlacementProblem,
    control: SolveControl | None = None,
    *,
    seconds: float | None = None,
    seed: int | None = None,
    max_iterations: int | None = None,
) -> PlacementProposal:
    """Run the QAP solver on ``problem`` and turn its assignment into moves.

    Deterministic for a fixed seed and iteration budget; stops at the time limit or on
    ``control.cancel()`` with the best layout found. If that layout is not cheaper than the
    current one (a short or cancelled run), the current layout is kept and no firm moves.
    """
    result = solve_qap(
        problem.flow,
        problem.dist,
        linear=problem.linear,
        seconds=seconds,
        seed=seed,
        control=control,
        max_iterations=max_iterations,
    )
    current = problem.current
    assignment = np.asarray(result.permutation, dtype=np.int64)
    notes = list(problem.notes)
    cost_before = problem.cost(current)
    cost_after = problem.cost(assignment)
    worse = problem.weights.keep_current and cost_after >= cost_before
    if problem.foreign(assignment) or worse:
        assignment = current.copy()
        cost_after = cost_before
        notes.append("no better layout found: every firm stays where it is")
    moves: dict[str, tuple[Point, Point, str]] = {}
    for i, loc in enumerate(assignment.tolist()):
        if loc == current[i]:
            continue
        plot_id = problem.plot_ids[loc]
        assert plot_id is not None  # other firms' sites are closed
        moves[problem.firm_ids[i]] = (Point(problem.firm_xy[i]), Point(problem.xy[loc]), plot_id)
    cancelled = bool(control is not None and control.should_stop())
    return PlacementProposal(
        scenario_id=problem.scenario_id,
        moves=moves,
        assignment=tuple(assignment.tolist()),
        cost_before=cost_before,
        cost_after=cost_after,
        flow_distance_before_t_m=problem.flow_distance(current),
        flow_distance_after_t_m=problem.flow_distance(assignment),
        breaches_before=problem.breaches(current),
        breaches_after=problem.breaches(assignment),
        result=result,
        cancelled=cancelled,
        notes=tuple(notes),
    )


__all__ = [
    "DAYS_PER_YEAR",
    "OPERATING_HOURS_PER_YEAR",
    "STEAM_GJ_PER_T",
    "UNIT_TO_TONNES_PER_YEAR",
    "PlacementError",
    "PlacementProblem",
    "PlacementProposal",
    "PlacementWeights",
    "build_placement_problem",
    "firms_in_zone",
    "free_plots",
    "solve_placement",
    "unit_factors",
]
