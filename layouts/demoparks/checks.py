"""Sanity checks and headline figures of a built demo park, independent of ecopark's engines.

The generator refuses to write a park that fails :func:`check_layout`, so the committed files
keep the properties other features rely on. :func:`headline` gives the figures quoted in
../README.md (computed here by plain sums so the README does not depend on the indicator engine).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import shapely
from shapely.geometry import Point

from demoparks.specs import ParkSpec
from ecopark.model import MEDIA, MEDIUM_FIELDS, Firm, Park, Scenario

MIN_SPACING_M = 80.0
"""Firms and facilities closer than this would overlap as map symbols."""

ROAD_CLEARANCE_M = 30.0
"""A firm or facility closer than this to a road centreline would stand on the road."""


def _key(x: float, y: float) -> tuple[float, float]:
    return (round(x, 3), round(y, 3))


@dataclass
class Component:
    nodes: set[tuple[float, float]]
    demand: float = 0.0
    capacity: float = 0.0


def network_components(scenario: Scenario, medium: str) -> list[Component]:
    """Connected pipe networks of one medium, joined at shared end points, with the demand of
    the firms at their nodes and the capacity of the sources at their nodes."""
    parent: dict[tuple[float, float], tuple[float, float]] = {}

    def find(a: tuple[float, float]) -> tuple[float, float]:
        parent.setdefault(a, a)
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for pipe in scenario.layers["pipelines"].values():
        if getattr(pipe, "medium", None) != medium:
            continue
        coords = list(pipe.geometry.coords)  # type: ignore[attr-defined]
        a, b = find(_key(*coords[0])), find(_key(*coords[-1]))
        parent[a] = b
    groups: dict[tuple[float, float], Component] = {}
    for node in list(parent):
        root = find(node)
        groups.setdefault(root, Component(set())).nodes.add(node)
    fields = MEDIUM_FIELDS[medium]
    for firm in scenario.firms.values():
        k = _key(firm.geometry.x, firm.geometry.y)  # type: ignore[attr-defined]
        if k in parent:
            comp = groups[find(k)]
            comp.demand += float(getattr(firm, fields.demand_field))
            comp.capacity += float(getattr(firm, fields.supply_field))
    for fac in scenario.facilities.values():
        k = _key(fac.geometry.x, fac.geometry.y)  # type: ignore[attr-defined]
        if k in parent:
            groups[find(k)].capacity += float(getattr(fac, fields.capacity_field))
    return list(groups.values())


def coverage(scenario: Scenario, medium: str) -> tuple[float, float]:
    """(connected demand that a source can meet, total demand) of one medium."""
    fields = MEDIUM_FIELDS[medium]
    total = sum(float(getattr(f, fields.demand_field)) for f in scenario.firms.values())
    served = sum(min(c.demand, c.capacity) for c in network_components(scenario, medium))
    return served, total


def check_layout(spec: ParkSpec, park: Park) -> list[str]:
    """Problems with the drawing itself (not the deliberate planning problems)."""
    problems: list[str] = []
    firm_specs = {f.firm_id: f for f in spec.firms}
    for role, info in spec.scenarios.items():
        sc = park.scenario(info.scenario_id)
        sid = info.scenario_id
        zones = list(sc.zones.values())
        union = shapely.union_all([z.geometry for z in zones])
        if abs(union.area - sum(z.area_m2 for z in zones)) > 1.0:
            problems.append(f"{sid}: zones overlap")
        if union.geom_type != "Polygon" or len(union.interiors):
            problems.append(f"{sid}: zones leave gaps")
        for firm in sc.firms.values():
            fs = firm_specs[firm.firm_id]
            zid = fs.plan_zone_id if (role == "plan" and fs.plan_zone_id) else fs.zone_id
            zone = sc.zones[zid]
            if not zone.geometry.covers(firm.geometry):
                problems.append(f"{sid}: {firm.firm_id} is not inside {zid}")
            kind = park.zone_kinds[zone.kind]
            if not kind.allows(firm.sector) and not fs.problem:
                problems.append(f"{sid}: {firm.firm_id} ({firm.sector}) not allowed in {zid}")
            plot = firm.plot_area_m2
            if firm.building_footprint_m2 < 0.3 * plot and not fs.problem:
                problems.append(f"{sid}: {firm.firm_id} coverage below 30 %")
            if firm.admin_area_m2 > 0.07 * plot or (
                firm.green_area_m2 > 0.2 * plot and not fs.problem
            ):
                problems.append(f"{sid}: {firm.firm_id} admin/green share too high")
        points = [(f.id, f.geometry) for f in sc.firms.values()]
        points += [(f.id, f.geometry) for f in sc.facilities.values()]
        for (ida, ga), (idb, gb) in itertools.combinations(points, 2):
            if ga.distance(gb) < MIN_SPACING_M:
                problems.append(f"{sid}: {ida} and {idb} are closer than {MIN_SPACING_M} m")
        roads = [
            c.geometry  # type: ignore[attr-defined]
            for c in sc.layers["corridors"].values()
            if c.kind == "road"  # type: ignore[attr-defined]
        ]
        for oid, geom in points:
            if any(geom.distance(r) < ROAD_CLEARANCE_M for r in roads):
                problems.append(f"{sid}: {oid} stands on a road")
        for parcel in sc.layers["plots"].values():
            geom = parcel.geometry  # type: ignore[attr-defined]
            if not any(z.geometry.covers(geom) for z in zones):
                problems.append(f"{sid}: plot {parcel.id} crosses zone borders")
            if any(geom.contains(f.geometry) for f in sc.firms.values()):
                problems.append(f"{sid}: plot {parcel.id} is not free")
        problems.extend(_check_pipes(sc))
    return problems


def _check_pipes(sc: Scenario) -> list[str]:
    problems: list[str] = []
    by_medium: dict[str, list[tuple[str, shapely.Geometry]]] = defaultdict(list)
    for pipe in sc.layers["pipelines"].values():
        by_medium[pipe.medium].append((pipe.id, pipe.geometry))  # type: ignore[attr-defined]
    for medium, pipes in by_medium.items():
        for (ida, ga), (idb, gb) in itertools.combinations(pipes, 2):
            if not ga.intersects(gb):
                continue
            ends_a = {_key(*ga.coords[0]), _key(*ga.coords[-1])}
            ends_b = {_key(*gb.coords[0]), _key(*gb.coords[-1])}
            shared = ends_a & ends_b
            inter = ga.intersection(gb)
            pts = [_key(p.x, p.y) for p in shapely.get_parts(inter) if isinstance(p, Point)]
            if len(pts) != len(shapely.get_parts(inter)) or not set(pts) <= shared:
                problems.append(f"{sc.scenario_id}: {medium} pipes {ida} and {idb} cross")
        for comp in network_components(sc, medium):
            if comp.capacity <= 0:
                problems.append(f"{sc.scenario_id}: a {medium} network has no source")
            elif comp.demand > comp.capacity + 1e-9:
                problems.append(
                    f"{sc.scenario_id}: {medium} demand {comp.demand:g} exceeds the capacity "
                    f"{comp.capacity:g} of its sources"
                )
    return problems


def headline(park: Park) -> dict[str, dict[str, float]]:
    """Figures per scenario id: land output, HJ 274 ratios, boilers, coverage per medium."""
    out: dict[str, dict[str, float]] = {}
    for sid, sc in park.scenarios.items():
        firms = list(sc.firms.values())
        industrial = [z for z in sc.zones.values() if z.industrial]
        area_km2 = sum(z.area_m2 for z in industrial) / 1e6
        ind_union = shapely.union_all([z.geometry for z in industrial])
        iav_ind = sum(f.iav_10k_rmb for f in firms if ind_union.covers(f.geometry))
        iav = sum(f.iav_10k_rmb for f in firms)

        def total(name: str, firms: list[Firm] = firms) -> float:
            return float(sum(getattr(f, name) or 0.0 for f in firms))

        heat_nodes: set[tuple[float, float]] = set()
        for medium in ("heat", "steam_hp", "steam_mp", "steam_lp"):
            for comp in network_components(sc, medium):
                if comp.capacity > 0:
                    heat_nodes |= comp.nodes
        fig: dict[str, float] = {
            "industrial_km2": area_km2,
            "iav_1e8": iav / 1e4,
            "land_output": iav_ind / 1e4 / area_km2,
            "employees": total("employees"),
            "iav_per_capita": iav / total("employees"),
            "energy_tce": total("energy_tce"),
            "energy_per_iav": total("energy_tce") / iav,
            "water_per_iav": total("fresh_water_m3") / iav,
            "wastewater_per_iav": total("wastewater_t") / iav,
            "solid_waste_per_iav": total("solid_waste_t") / iav,
            "water_reuse_pct": 100
            * total("water_reused_m3")
            / (total("water_reused_m3") + total("fresh_water_m3")),
            "solid_waste_reuse_pct": 100 * total("solid_waste_reused_t") / total("solid_waste_t"),
            "cod_per_iav": total("cod_kg") / iav,
            "so2_per_iav": total("so2_kg") / iav,
            "fresh_water_m3": total("fresh_water_m3"),
            "cod_kg": total("cod_kg"),
            "so2_kg": total("so2_kg"),
            "boilers": total("boiler_count"),
            "boilers_connected": float(
                sum(
                    f.boiler_count
                    for f in firms
                    if _key(f.geometry.x, f.geometry.y) in heat_nodes  # type: ignore[attr-defined]
                )
            ),
            "firms": float(len(firms)),
            "exchanges": float(len(sc.exchanges)),
            "pipes_km": sum(p.geometry.length for p in sc.layers["pipelines"].values()) / 1e3,  # type: ignore[attr-defined]
        }
        for medium in MEDIA:
            served, dem = coverage(sc, medium)
            fig[f"coverage_{medium}_pct"] = 100 * served / dem if dem else float("nan")
        out[sid] = fig
    return out


def elasticities(park: Park) -> dict[str, float]:
    """HJ 274 elasticity coefficients between the baseline and the first plan."""
    base = park.baseline()
    plan = park.default_scenario()
    if base is None or plan is base:
        return {}
    figs = headline(park)
    b, p = figs[base.scenario_id], figs[plan.scenario_id]
    g = p["iav_1e8"] / b["iav_1e8"] - 1
    return {
        "2.2 energy": (p["energy_tce"] / b["energy_tce"] - 1) / g,
        "2.4 fresh water": (p["fresh_water_m3"] / b["fresh_water_m3"] - 1) / g,
        "3.2 COD": (p["cod_kg"] / b["cod_kg"] - 1) / g,
        "3.4 SO2": (p["so2_kg"] / b["so2_kg"] - 1) / g,
    }
