"""Turn a :class:`~demoparks.specs.ParkSpec` into an ``ecopark`` Park, and check it is sensible.

Everything is deterministic: coordinates are whole metres on the national grid (the origin is
rounded), networks are split at their junctions in table order, and no random numbers are used,
so the same tables always give the same GeoPackage.

The checks (:func:`check_layout`) guard the properties other features rely on: firms inside their
zones, zones tiling the park, each pipe of a medium touching others only at shared end points, every
served firm connected by geometry to a source with enough capacity.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyproj
from shapely.geometry import LineString, Point, Polygon

from demoparks.profiles import (
    AMMONIA_SHARE_OF_COD,
    CARRIER_MIX,
    NOX_KG,
    PROCESS_CO2_T,
    SECTOR_PROFILES,
    PlanMeasures,
    SectorProfile,
)
from demoparks.specs import (
    BOTH,
    FirmSpec,
    NetworkSpec,
    ParkSpec,
    PipeSpec,
    Pt,
    Role,
)
from ecopark.carbon.carriers import BOILER_FUEL_FIELD, CARRIERS
from ecopark.carbon.factors import factor_table
from ecopark.carbon.sites import derived_tce
from ecopark.commands import ReplaceObjects, SetEnteredValue
from ecopark.indicators.carbon import MW_TO_GJ_PER_H
from ecopark.model import (
    MEDIUM_FIELDS,
    Corridor,
    Exchange,
    Facility,
    Firm,
    Park,
    Pipeline,
    Plot,
    SavedView,
    Zone,
)
from ecopark.symbiosis.materials import balance_amount, stream_of

HEAT_MEDIA = ("heat", "steam_hp", "steam_mp", "steam_lp")
"""Media whose connection replaces a firm's small boilers."""

PRODUCTIVITY_GROWTH = 1.05
"""IAV per employee in the plan year relative to the baseline (automation, larger units)."""


# --------------------------------------------------------------------------------------------
# coordinates
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    """Local metres -> national grid: a shift by a whole-metre origin (so sums stay exact)."""

    ox: float
    oy: float

    def __call__(self, p: Pt, offset: float = 0.0) -> Pt:
        return (self.ox + p[0] + offset, self.oy + p[1] + offset)


def grid_for(spec: ParkSpec) -> Grid:
    """Put the site's real lon/lat (CGCS2000) at ``spec.site_local`` on the park's GK zone."""
    to_grid = pyproj.Transformer.from_crs("EPSG:4490", spec.crs, always_xy=True)
    x, y = to_grid.transform(*spec.site_lonlat)
    return Grid(float(round(x - spec.site_local[0])), float(round(y - spec.site_local[1])))


# --------------------------------------------------------------------------------------------
# pipe networks
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PipeRecord:
    pipeline_id: str
    medium: str
    name: str
    coords: tuple[Pt, ...]
    diameter_mm: float
    existing: bool
    serves: str = ""
    """The firm/facility id a service branch ends at (empty for trunk segments)."""


def _dedupe(points: Iterable[Pt]) -> list[Pt]:
    out: list[Pt] = []
    for p in points:
        if not out or out[-1] != p:
            out.append(p)
    return out


def _foot(a: Pt, b: Pt, p: Pt) -> tuple[Pt, bool]:
    """Nearest point to ``p`` on segment a-b, and whether it had to be clamped to an end.

    Exact for the axis-parallel runs the demo uses.
    """
    if a[1] == b[1]:
        lo, hi = min(a[0], b[0]), max(a[0], b[0])
        return (min(max(p[0], lo), hi), a[1]), not lo < p[0] < hi
    if a[0] == b[0]:
        lo, hi = min(a[1], b[1]), max(a[1], b[1])
        return (a[0], min(max(p[1], lo), hi)), not lo < p[1] < hi
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)
    clamped = not 0.0 < t < 1.0
    t = min(max(t, 0.0), 1.0)
    return (round(a[0] + t * dx, 3), round(a[1] + t * dy, 3)), clamped


def _locate_on(leg: Sequence[Pt], p: Pt) -> tuple[bool, float, float, Pt]:
    """Where a service branch to ``p`` leaves the leg: (foot clamped to a corner?, distance,
    distance along the leg, foot point). A square-on foot is preferred to a nearer corner so
    that branches leave the trunk at right angles."""
    best: tuple[bool, float, float, Pt] | None = None
    along = 0.0
    for a, b in zip(leg[:-1], leg[1:], strict=True):
        f, clamped = _foot(a, b, p)
        cand = (clamped, math.dist(f, p), along + math.dist(a, f), f)
        if best is None or cand[:2] < best[:2]:
            best = cand
        along += math.dist(a, b)
    assert best is not None
    return best


def branch_dn(medium: str, quantity: float) -> float:
    """A nominal diameter for a service pipe carrying ``quantity`` (t/h, MW or m³/d)."""
    if medium == "heat":
        steps = ((2, 100), (5, 150), (10, 200), (20, 250), (40, 300))
    elif medium == "reclaimed_water":
        steps = ((1000, 100), (3000, 150), (8000, 250), (15000, 300), (30000, 400))
    else:
        steps = ((5, 100), (15, 150), (30, 200), (60, 250), (100, 300))
    for limit, dn in steps:
        if quantity <= limit:
            return float(dn)
    return 400.0 if medium != "reclaimed_water" else 500.0


def build_network(
    net: NetworkSpec,
    grid: Grid,
    locate: Callable[[str], Pt],
    quantity_of: Callable[[str, str], float],
    name_of: Callable[[str], str],
) -> list[PipeRecord]:
    """Trunk segments split at every junction, plus one service branch per served firm.

    Splitting the trunk at each branch foot and each child-leg start means every pipe of the
    network meets the others only at end points, which is how a planner's drawing snaps. A trunk
    segment is 'existing' when an existing branch lies downstream of it; tails beyond the last
    junction are dropped.
    """
    source = locate(net.source_id)
    legs: list[list[Pt]] = []
    for spec_leg in net.legs:
        pts = [grid(p, net.offset) for p in spec_leg.points]
        legs.append(_dedupe([source, *pts]) if spec_leg.from_source else _dedupe(pts))

    # per leg: (distance along the leg, junction point, branch target id or "#leg<i>")
    junctions: list[list[tuple[float, Pt, str]]] = [[] for _ in legs]
    branch_feet: dict[str, tuple[int, Pt]] = {}
    for br in net.branches:
        target = locate(br.target_id)
        best: tuple[bool, float, int, float, Pt] | None = None
        for i, path in enumerate(legs):
            clamped, d, along, foot = _locate_on(path, target)
            if best is None or (clamped, d) < best[:2]:
                best = (clamped, d, i, along, foot)
        assert best is not None
        if best[1] < 1.0:
            raise ValueError(f"{net.code}: {br.target_id} lies on the trunk; move it off the line")
        junctions[best[2]].append((best[3], best[4], br.target_id))
        branch_feet[br.target_id] = (best[2], best[4])

    existing_ids = {b.target_id for b in net.branches if b.existing}
    child_of: dict[int, tuple[int, float, Pt]] = {}
    for i, path in enumerate(legs):
        if net.legs[i].from_source:
            continue
        start = path[0]
        for j in range(i):
            _, d, along, _ = _locate_on(legs[j], start)
            if d < 1e-6:
                child_of[i] = (j, along, start)
                break
        else:
            raise ValueError(f"{net.code}: leg {i + 1} does not start on an earlier leg")

    # which legs carry anything, and which carry existing pipe (children come after parents)
    used = [bool(junctions[i]) for i in range(len(legs))]
    existing = [any(j[2] in existing_ids for j in junctions[i]) for i in range(len(legs))]
    for i in reversed(range(len(legs))):
        if i in child_of and used[i]:
            parent, along, start = child_of[i]
            used[parent] = True
            existing[parent] = existing[parent] or existing[i]
            junctions[parent].append((along, start, f"#leg{i}"))
    leg_existing_flags = {f"#leg{i}": existing[i] for i in range(len(legs))}

    def is_existing(tag: str) -> bool:
        return leg_existing_flags[tag] if tag.startswith("#leg") else tag in existing_ids

    records: list[PipeRecord] = []
    for i, leg in enumerate(legs):
        if not used[i]:
            continue
        cum = [0.0]
        for a, b in zip(leg[:-1], leg[1:], strict=True):
            cum.append(cum[-1] + math.dist(a, b))
        stops: dict[Pt, tuple[float, bool]] = {}
        for along, pt, tag in junctions[i]:
            prev = stops.get(pt)
            flag = is_existing(tag) or (prev[1] if prev else False)
            stops[pt] = (along, flag)
        ordered = sorted(stops.items(), key=lambda kv: kv[1][0])
        # downstream-existing: a segment is existing if any stop at or beyond its end is
        downstream = [False] * len(ordered)
        seen = False
        for k in reversed(range(len(ordered))):
            seen = seen or ordered[k][1][1]
            downstream[k] = seen
        start_pt, start_along = leg[0], 0.0
        seg_no = 0
        for k, (pt, (along, _)) in enumerate(ordered):
            if along <= start_along + 1e-9:
                continue
            inner = [leg[v] for v in range(len(leg)) if start_along + 1e-9 < cum[v] < along - 1e-9]
            coords = tuple(_dedupe([start_pt, *inner, pt]))
            seg_no += 1
            records.append(
                PipeRecord(
                    pipeline_id=f"{net.code}-T{i + 1}{seg_no:02d}",
                    medium=net.medium,
                    name=f"{net.name}主管 {i + 1}-{seg_no}",
                    coords=coords,
                    diameter_mm=net.trunk_dn,
                    existing=downstream[k],
                )
            )
            start_pt, start_along = pt, along

    for br in net.branches:
        _, foot = branch_feet[br.target_id]
        target = locate(br.target_id)
        qty = quantity_of(br.target_id, net.medium)
        records.append(
            PipeRecord(
                pipeline_id=f"{net.code}-{br.target_id}",
                medium=net.medium,
                name=f"{net.name}支管 至{name_of(br.target_id)}",
                coords=(foot, target),
                diameter_mm=branch_dn(net.medium, qty),
                existing=br.existing,
                serves=br.target_id,
            )
        )
    return records


def build_pipe(pipe: PipeSpec, grid: Grid, locate: Callable[[str], Pt]) -> PipeRecord:
    coords = _dedupe([locate(pipe.from_id), *(grid(p) for p in pipe.via), locate(pipe.to_id)])
    return PipeRecord(
        pipeline_id=pipe.pipeline_id,
        medium=pipe.medium,
        name=pipe.name,
        coords=tuple(coords),
        diameter_mm=pipe.diameter_mm,
        existing=pipe.existing,
        serves=pipe.to_id,
    )


# --------------------------------------------------------------------------------------------
# firms
# --------------------------------------------------------------------------------------------
def _step(value: float, step: float) -> float:
    return float(round(value / step) * step)


def firm_profile(fs: FirmSpec) -> SectorProfile:
    return dataclasses.replace(SECTOR_PROFILES[fs.sector], **fs.profile)


def firm_iav(fs: FirmSpec, role: Role) -> float:
    if role == "baseline" or "baseline" not in fs.roles:
        return fs.iav
    return _step(fs.iav * fs.growth, 10)


FACTORS = factor_table({})
"""The shipped factor table: the demo's fuel figures follow the same factors as the indicators."""

_STEPS = {"natural_gas_10k_m3": 0.1, "electricity_mwh": 10.0, "renewable_electricity_mwh": 10.0}


def firm_carriers(
    fs: FirmSpec, iav: float, energy_tce: float, plan: bool, measures: PlanMeasures
) -> dict[str, float]:
    """The firm's energy (without its small boilers) split by its sector's carrier mix, in
    each carrier's unit, plus process CO2; in the plan part of the electricity is on-site
    renewable."""
    tce_key = {c.field: c.tce_factor for c in CARRIERS}
    out: dict[str, float] = {}
    for name, share in CARRIER_MIX[fs.sector].items():
        amount = energy_tce * share / FACTORS[tce_key[name]]
        if name == "electricity_mwh" and plan:
            green = amount * measures.renewable_electricity_share
            out["renewable_electricity_mwh"] = _step(green, _STEPS[name])
            amount -= green
        out[name] = _step(amount, _STEPS.get(name, 1.0))
    if fs.sector in PROCESS_CO2_T:
        out["process_co2_t"] = _step(iav * PROCESS_CO2_T[fs.sector], 10)
    return out


def boiler_heat_gj(fs: FirmSpec) -> float:
    """Heat a year the firm's steam and heat demand takes (what its small boilers make)."""
    steam = sum(v for m, v in fs.demand.items() if m.startswith("steam"))
    heat_mw = fs.demand.get("heat", 0.0)
    per_hour = steam * FACTORS["steam_heat_gj_per_t"] + heat_mw * MW_TO_GJ_PER_H
    return per_hour * FACTORS["operating_hours_per_year"]


def boiler_fuel_use(fs: FirmSpec) -> tuple[str, float]:
    """(carrier column, amount a year) the firm's small boilers burn for its demand."""
    field = BOILER_FUEL_FIELD[fs.boiler_fuel]
    tce_key = {c.field: c.tce_factor for c in CARRIERS}
    eff = FACTORS[f"boiler_efficiency.{fs.boiler_fuel}"]
    tce = boiler_heat_gj(fs) / eff / FACTORS["gj_per_tce"]
    return field, tce / FACTORS[tce_key[field]]


def chp_fuel(
    sc_facilities: Iterable[Facility], firms: Iterable[FirmSpec], network: set[str]
) -> dict[str, dict[str, float]]:
    """Coal (and NOx) of each CHP / energy centre: the heat of the demand its networks serve
    (firms in ``network``), less the waste heat connected firms feed in, at the CHP efficiency,
    shared among the plants by their heat capacity."""
    gj, hours = FACTORS["steam_heat_gj_per_t"], FACTORS["operating_hours_per_year"]

    def per_hour(values: Mapping[str, float]) -> float:
        return sum(v * (MW_TO_GJ_PER_H if m == "heat" else gj)
                   for m, v in values.items() if m in HEAT_MEDIA)  # fmt: skip

    served = [fs for fs in firms if fs.firm_id in network]
    heat = max(0.0, sum(per_hour(fs.demand) - per_hour(fs.supply) for fs in served)) * hours
    plants = [f for f in sc_facilities if f.kind in ("chp", "energy_centre")]
    caps = {
        f.facility_id: per_hour(
            {m: getattr(f, MEDIUM_FIELDS[m].capacity_field) for m in HEAT_MEDIA}
        )
        for f in plants
    }
    total = sum(caps.values())
    out: dict[str, dict[str, float]] = {}
    for fid, cap in caps.items():
        share = cap / total if total else 0.0
        tce = heat * share / FACTORS["chp_boiler_efficiency"] / FACTORS["gj_per_tce"]
        coal = _step(tce / FACTORS["coal_tce_per_t"], 10)
        out[fid] = {"coal_t": coal, "nox_kg": _step(coal * FACTORS["chp_nox_kg_per_t"], 10)}
    return out


def build_firm(
    fs: FirmSpec,
    role: Role,
    grid: Grid,
    measures: PlanMeasures,
    *,
    heat_connected: bool,
    reclaimed_connected: bool,
    network_steam: bool = False,
    solid_exported_t: float = 0.0,
) -> Firm:
    """A firm's figures for one scenario, from its row, its sector profile and the plan measures.

    Solid waste balances with the firm's exchanges (ecopark.symbiosis): what its exchanges give
    to other firms is part of what it generates and of what it reuses, so generated >= exported
    and reused >= exported; the rest of what is not reused is recorded as disposed."""
    prof = firm_profile(fs)
    plan = role == "plan"
    iav = firm_iav(fs, role)
    boilers_running = fs.boilers if not (plan and heat_connected) else 0

    def factor(name: str) -> float:
        return float(getattr(measures, name)) if plan else 1.0

    def reuse(share: float, gap: float) -> float:
        return 1.0 - (1.0 - share) * gap if plan else share

    fresh = iav * prof.fresh_water * factor("fresh_water")
    if plan and reclaimed_connected:
        fresh *= measures.reclaimed_water_fresh_factor
    water_share = reuse(prof.water_reuse, measures.water_reuse_gap)
    solid = max(iav * prof.solid_waste * factor("solid_waste"), solid_exported_t)
    solid_share = reuse(prof.solid_waste_reuse, measures.solid_waste_reuse_gap)
    solid_t = _step(solid, 10)
    solid_reused_t = min(solid_t, max(_step(solid * solid_share, 10), solid_exported_t))
    # The sector intensity includes raising the firm's steam at CHP efficiency; that part is
    # burnt by the CHP when the park network serves the firm, or by its own small boilers (at
    # their lower efficiency) while they run. At least 30 % of the intensity stays with the firm.
    energy_base = iav * prof.energy * factor("energy")
    if boilers_running or network_steam:
        steam_tce = boiler_heat_gj(fs) / FACTORS["chp_boiler_efficiency"] / FACTORS["gj_per_tce"]
        energy_base = max(energy_base - steam_tce, 0.3 * energy_base)
    carriers = firm_carriers(fs, iav, energy_base, plan, measures)
    boiler_field, boiler_fuel = boiler_fuel_use(fs) if boilers_running else ("coal_t", 0.0)
    if boiler_fuel:
        carriers[boiler_field] = carriers.get(boiler_field, 0.0) + _step(boiler_fuel, 10)
    energy = derived_tce(carriers, FACTORS) or 0.0
    so2 = iav * prof.so2 * factor("so2") + boiler_fuel * FACTORS[f"so2_kg_per_t.{fs.boiler_fuel}"]
    nox = iav * NOX_KG.get(fs.sector, 0.1) + boiler_fuel * FACTORS[f"nox_kg_per_t.{fs.boiler_fuel}"]
    cod = _step(iav * prof.cod * factor("cod"), 10)
    productivity = prof.productivity * (PRODUCTIVITY_GROWTH if plan else 1.0)

    land = dataclasses.replace(prof, **(fs.baseline_land if not plan else {}))
    plot = fs.plot_ha * 10_000.0
    at = fs.plan_at if (plan and fs.plan_at is not None) else fs.at
    values: dict[str, object] = {
        "firm_id": fs.firm_id,
        "name": fs.name,
        "sector": fs.sector,
        "geometry": Point(grid(at)),
        "plot_area_m2": plot,
        "floor_area_m2": _step(plot * land.far, 10),
        "building_footprint_m2": _step(plot * land.coverage, 10),
        "admin_area_m2": _step(plot * land.admin, 10),
        "green_area_m2": _step(plot * land.green, 10),
        "employees": max(1, round(iav / productivity)),
        "iav_10k_rmb": iav,
        "energy_tce": _step(energy, 1),
        "fresh_water_m3": _step(fresh, 100),
        "water_reused_m3": _step(fresh * water_share / (1.0 - water_share), 100),
        "wastewater_t": _step(iav * prof.wastewater * factor("wastewater"), 100),
        "solid_waste_t": solid_t,
        "solid_waste_reused_t": solid_reused_t,
        "solid_waste_disposed_t": solid_t - solid_reused_t,
        "cod_kg": cod,
        "so2_kg": _step(so2, 10),
        "own_boiler": fs.boilers > 0,
        "boiler_count": fs.boilers,
        "boiler_fuel": fs.boiler_fuel if fs.boilers else "",
        **carriers,
        "nox_kg": _step(nox, 10),
        "ammonia_kg": _step(cod * AMMONIA_SHARE_OF_COD, 10),
    }
    for medium, qty in fs.demand.items():
        values[MEDIUM_FIELDS[medium].demand_field] = float(qty)
    for medium, qty in fs.supply.items():
        values[MEDIUM_FIELDS[medium].supply_field] = float(qty)
    return Firm(**values)  # type: ignore[arg-type]


def solid_exported(spec: ParkSpec, role: Role, firm_id: str) -> float:
    """Solid waste (t/a) the firm's exchanges of this scenario give to other sites."""
    total = 0.0
    for es in spec.exchanges:
        if es.from_id != firm_id or role not in es.roles:
            continue
        qty = es.plan_quantity if role == "plan" and es.plan_quantity else es.quantity
        stream = stream_of(es.material)
        amount = balance_amount(stream, qty, es.unit)
        if stream == "solid_waste" and amount is not None:
            total += amount
    return total


# --------------------------------------------------------------------------------------------
# the park
# --------------------------------------------------------------------------------------------
def pipe_records(spec: ParkSpec, grid: Grid) -> list[PipeRecord]:
    """All pipes of the plan (existing and planned); the baseline keeps the existing ones."""
    firms = {f.firm_id: f for f in spec.firms}
    facilities = {f.facility_id: f for f in spec.facilities}

    def locate(oid: str) -> Pt:
        if oid in firms:
            fs = firms[oid]
            return grid(fs.plan_at if fs.plan_at is not None else fs.at)
        return grid(facilities[oid].at)

    def quantity_of(oid: str, medium: str) -> float:
        if oid in firms:
            fs = firms[oid]
            return float(fs.demand.get(medium, 0.0) or fs.supply.get(medium, 0.0))
        return 0.0

    def name_of(oid: str) -> str:
        return firms[oid].name if oid in firms else facilities[oid].name

    records: list[PipeRecord] = []
    for net in spec.networks:
        records.extend(build_network(net, grid, locate, quantity_of, name_of))
    for pipe in spec.pipes:
        records.append(build_pipe(pipe, grid, locate))
    for rec in records:
        if rec.existing:
            for oid in (rec.serves,):
                if oid in firms and firms[oid].plan_at is not None:
                    raise ValueError(f"{rec.pipeline_id}: existing pipe to a firm that moves")
    return records


def build_park(spec: ParkSpec, measures: PlanMeasures | None = None) -> Park:
    """The park of ``spec`` with its baseline and plan scenarios, ready to save."""
    measures = measures or PlanMeasures()
    grid = grid_for(spec)
    park = Park(spec.name, spec.crs, zone_kinds=spec.zone_kinds)
    records = pipe_records(spec, grid)
    served: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        if rec.serves:
            served[rec.medium].add(rec.serves)
    heat_connected = set().union(*(served[m] for m in HEAT_MEDIA))
    existing_heat = {
        r.serves for r in records if r.serves and r.existing and r.medium in HEAT_MEDIA
    }
    network: dict[str, set[str]] = {}
    reclaimed_connected = served["reclaimed_water"]

    def network_for(fs: FirmSpec, role: Role) -> set[str]:
        """Firms whose steam/heat the park network delivers in ``role`` (boilers stopped)."""
        if role not in network:
            linked = heat_connected if role == "plan" else existing_heat
            network[role] = {
                f.firm_id for f in spec.firms
                if f.firm_id in linked and (role == "plan" or not f.boilers)
            }  # fmt: skip
        return network[role]

    for role, info in spec.scenarios.items():
        park.add_scenario(info)
        sid = info.scenario_id
        for zs in spec.zones:
            park.add(
                sid,
                Zone(
                    zone_id=zs.zone_id,
                    name=zs.name,
                    kind=zs.kind,
                    industrial=park.is_industrial_kind(zs.kind),
                    geometry=Polygon([grid(p) for p in zs.outline]),
                ),
            )
        for fs in spec.firms:
            if role in fs.roles:
                park.add(
                    sid,
                    build_firm(
                        fs,
                        role,
                        grid,
                        measures,
                        heat_connected=fs.firm_id in heat_connected,
                        reclaimed_connected=fs.firm_id in reclaimed_connected,
                        network_steam=fs.firm_id in network_for(fs, role),
                        solid_exported_t=solid_exported(spec, role, fs.firm_id),
                    ),
                )
        for fa in spec.facilities:
            caps = fa.baseline if role == "baseline" else fa.plan
            if caps is None:
                continue
            status = "planned" if role == "plan" and fa.baseline is None else "existing"
            park.add(
                sid,
                Facility(
                    facility_id=fa.facility_id,
                    name=fa.name,
                    kind=fa.kind,
                    geometry=Point(grid(fa.at)),
                    status=status,
                    **caps,
                ),
            )
        for rec in records:
            if role == "baseline" and not rec.existing:
                continue
            park.add(
                sid,
                Pipeline(
                    pipeline_id=rec.pipeline_id,
                    medium=rec.medium,
                    geometry=LineString(rec.coords),
                    diameter_mm=rec.diameter_mm,
                    status="existing" if rec.existing else "planned",
                    name=rec.name,
                ),
            )
        for cs in spec.corridors:
            park.add(
                sid,
                Corridor(
                    corridor_id=cs.corridor_id,
                    kind=cs.kind,
                    name=cs.name,
                    geometry=LineString([grid(p) for p in cs.points]),
                ),
            )
        for ps in spec.plots:
            if role in ps.roles:
                park.add(
                    sid,
                    Plot(
                        plot_id=ps.plot_id,
                        name=ps.name,
                        geometry=Polygon([grid(p) for p in ps.outline]),
                    ),
                )
        for es in spec.exchanges:
            if role in es.roles:
                qty = es.plan_quantity if role == "plan" and es.plan_quantity else es.quantity
                park.add(
                    sid,
                    Exchange(
                        exchange_id=es.exchange_id,
                        from_id=es.from_id,
                        to_id=es.to_id,
                        material=es.material,
                        quantity=qty,
                        unit=es.unit,
                    ),
                )
        for key, value in sorted(spec.entered_values.get(role, {}).items()):
            SetEnteredValue(sid, key, value).redo(park)

    for role, info in spec.scenarios.items():  # the CHP burns coal for what its networks serve
        sid = info.scenario_id
        facs = park.scenario(sid).facilities
        firms = [fs for fs in spec.firms if role in fs.roles]
        for fid, values in chp_fuel(facs.values(), firms, network.get(role, set())).items():
            ReplaceObjects(sid, [facs[fid].with_changes(**values)]).redo(park)
    park.views = [
        SavedView(
            view_id=v.view_id,
            name=v.name,
            xmin=grid((v.extent[0], v.extent[1]))[0],
            ymin=grid((v.extent[0], v.extent[1]))[1],
            xmax=grid((v.extent[2], v.extent[3]))[0],
            ymax=grid((v.extent[2], v.extent[3]))[1],
            scenario_id=spec.scenarios[v.scenario].scenario_id,
            visible_layers=v.layers,
            compare_with=spec.scenarios[v.compare_with].scenario_id if v.compare_with else "",
        )
        for v in spec.views
    ]
    return park


__all__ = ["BOTH", "Grid", "PipeRecord", "build_firm", "build_park", "grid_for", "pipe_records"]
