"""Benchmark the live indicator engine against a naive geopandas full recompute.

Usage::

    python bench/live.py [--sizes 1000 10000] [--edits 500] [--seed 0] [--naive-samples 40]

For each size it builds a synthetic park (zones on a grid, one city strip, firms with demands,
energy carriers (coal, gas, grid power: the carbon figures are part of every result) and
boilers, CHPs / WWTPs / reclaimed-water plants, trunk pipes along a street grid per medium plus
a branch pipe from each firm to the trunks of the media it uses: about five pipe segments per
firm), applies random edits through commands (move / edit / add / delete firms, pipes, facilities
and zones) and prints one line per size::

    firms=1000 edits=500 engine_p50_ms=0.8 engine_p95_ms=2.1 naive_p95_ms=140.0 ratio=66.7

engine = time to apply the edit and read the engine's updated ScenarioResult; naive = a full
recompute with geopandas (sjoin for firm -> zone, pipe snapping and attachments, point-service
radii; connected components and the same allocation rule) of the land output per zone, coverage
per medium, boilers replaced and point-service coverage, timed on ``--naive-samples`` of the
edited states (it is the same for any state of that size). The naive figures are checked against
the engine's. ratio = naive_p95 / engine_p95.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from shapely.geometry import LineString, Point, box

try:
    from ecopark.commands import AddObjects, CommandStack, RemoveObjects, ReplaceObjects
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
    from ecopark.commands import AddObjects, CommandStack, RemoveObjects, ReplaceObjects
from ecopark.indicators import IndicatorEngine, ScenarioResult
from ecopark.model import (
    MEDIA,
    MEDIUM_FIELDS,
    EcoParkError,
    Facility,
    Firm,
    Park,
    Pipeline,
    ScenarioInfo,
    Zone,
)
from ecopark.model.kinds import POINT_SERVICE_KINDS, STEAM_GRADES_HIGH_TO_LOW
from ecopark.network import higher_grades

CELL_M = 200.0
SID = "plan"
SECTORS = ("steel", "chemical", "cement", "brewery", "food", "paper", "equipment", "electronics")


# ----- synthetic park ----------------------------------------------------------------------------
def synthetic_park(n_firms: int, rng: random.Random) -> Park:
    k = max(4, round(math.sqrt(n_firms / 3.3)))  # street-grid cells per side, ~3 firms per cell
    side = k * CELL_M
    park = Park(f"synthetic {n_firms}", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SID, name="plan", kind="plan", year=2030))
    objs: list[Any] = []
    zk = max(2, k // 6)  # zone grid
    zsize = side / zk
    for i in range(zk):
        for j in range(zk):
            kind = (
                "city"
                if j == zk - 1 and i % 3 == 0
                else rng.choice(["harbor", "lingang_industrial", "lingang_industrial", "reserve"])
            )
            objs.append(
                Zone(zone_id=f"Z{i:03d}{j:03d}", name="", kind=kind,
                     industrial=kind in ("harbor", "lingang_industrial"),
                     geometry=box(i * zsize, j * zsize, (i + 1) * zsize, (j + 1) * zsize))
            )  # fmt: skip
    media_of: dict[str, list[str]] = {}
    for n in range(n_firms):
        fid = f"F{n:05d}"
        x = rng.uniform(5, side - 5)
        y = rng.uniform(20, side - 20)
        media = rng.sample(MEDIA, rng.choice([1, 2, 2, 3]))
        media_of[fid] = media
        boiler = rng.random() < 0.3
        values: dict[str, Any] = {
            MEDIUM_FIELDS[m].demand_field: round(rng.uniform(0.5, 20), 1) for m in media
        }
        objs.append(
            Firm(firm_id=fid, name="", sector=rng.choice(SECTORS), geometry=Point(x, y),
                 iav_10k_rmb=rng.uniform(500, 50_000), plot_area_m2=rng.uniform(5_000, 80_000),
                 floor_area_m2=rng.uniform(2_000, 60_000), employees=rng.randint(10, 2000),
                 own_boiler=boiler, boiler_count=rng.randint(1, 3) if boiler else 0,
                 coal_t=rng.uniform(0, 20_000), electricity_mwh=rng.uniform(100, 50_000),
                 natural_gas_10k_m3=rng.uniform(0, 200), **values)
        )  # fmt: skip
        for m in media:  # branch down to the street below (its end lies on the trunk)
            yy = math.floor(y / CELL_M) * CELL_M
            objs.append(_pipe(f"B{n:05d}{m[:7]}", m, (x, y), (x, yy)))
    for m in MEDIA:  # trunks along every street, split at each crossing
        for a in range(k + 1):
            for b in range(k):
                objs.append(_pipe(f"T{m[:7]}h{a}_{b}", m, (b * CELL_M, a * CELL_M),
                                  ((b + 1) * CELL_M, a * CELL_M)))  # fmt: skip
                if rng.random() < 0.5:
                    objs.append(_pipe(f"T{m[:7]}v{a}_{b}", m, (a * CELL_M, b * CELL_M),
                                      (a * CELL_M, (b + 1) * CELL_M)))  # fmt: skip
    for n in range(max(3, n_firms // 100)):
        kind = ("chp", "wwtp", "reclaimed_water_plant")[n % 3]
        x = rng.randint(0, k) * CELL_M
        y = rng.randint(0, k) * CELL_M
        objs.append(
            Facility(facility_id=f"C{n:04d}", name="", kind=kind, geometry=Point(x, y),
                     heat_capacity_mw=60.0 * (kind == "chp"),
                     steam_hp_capacity_tph=150.0 * (kind == "chp"),
                     steam_mp_capacity_tph=80.0 * (kind == "chp"),
                     reclaimed_water_capacity_m3d=300.0 * (kind == "reclaimed_water_plant"),
                     service_radius_m=1500.0 * (kind == "wwtp"))
        )  # fmt: skip
    for o in objs:
        park.add(SID, o)
    return park


def _pipe(pid: str, medium: str, a: tuple[float, float], b: tuple[float, float]) -> Pipeline:
    return Pipeline(pipeline_id=pid, medium=medium, geometry=LineString([a, b]))


def random_edit(park: Park, rng: random.Random, side: float) -> Any:
    s = park.scenario(SID)
    r = rng.random()
    if r < 0.40:
        f = s.firms[rng.choice(list(s.firms))]
        p = Point(rng.uniform(5, side - 5), rng.uniform(5, side - 5))
        return ReplaceObjects(SID, [f.with_changes(geometry=p)])
    if r < 0.55:
        f = s.firms[rng.choice(list(s.firms))]
        m = rng.choice(MEDIA)
        return ReplaceObjects(SID, [f.with_changes(
            iav_10k_rmb=rng.uniform(500, 50_000), coal_t=rng.uniform(0, 20_000),
            **{MEDIUM_FIELDS[m].demand_field: round(rng.uniform(0, 20), 1)})])  # fmt: skip
    if r < 0.65:
        x, y = rng.uniform(0, side), rng.uniform(0, side)
        return AddObjects(SID, [_pipe(park.new_id(SID, "N"), rng.choice(MEDIA), (x, y),
                                      (x + rng.uniform(-300, 300), y))])  # fmt: skip
    if r < 0.75:
        return RemoveObjects(SID, [("pipelines", rng.choice(list(s.layers["pipelines"])))])
    if r < 0.82:
        fid = park.new_id(SID, "F")
        return AddObjects(SID, [Firm(firm_id=fid, name="", geometry=Point(
            rng.uniform(0, side), rng.uniform(0, side)), iav_10k_rmb=1000.0,
            heat_demand_mw=2.0)])  # fmt: skip
    if r < 0.88:
        return RemoveObjects(SID, [("firms", rng.choice(list(s.firms)))])
    if r < 0.95:
        f = s.facilities[rng.choice(list(s.facilities))]
        p = Point(f.geometry.x + rng.uniform(-100, 100), f.geometry.y + rng.uniform(-100, 100))
        return ReplaceObjects(SID, [f.with_changes(geometry=p)])
    z = s.zones[rng.choice(list(s.zones))]
    return ReplaceObjects(
        SID,
        [
            z.with_changes(
                geometry=z.geometry.buffer(rng.uniform(-40, 40)),
                kind=rng.choice(["harbor", "reserve", "city"]),
            )
        ],
    )


# ----- naive recompute with geopandas --------------------------------------------------------
def naive_figures(park: Park, sid: str) -> dict[str, Any]:
    """Land output per zone, coverage per medium, boilers replaced, point services: from
    scratch with geopandas spatial joins (the way a GIS script would do it)."""
    s = park.scenario(sid)
    tol = float(park.settings.get("snap_tolerance_m", 5.0))
    crs = park.crs
    firms = gpd.GeoDataFrame([f.to_record() for f in s.firms.values()], crs=crs)
    zones = gpd.GeoDataFrame([z.to_record() for z in s.zones.values()], crs=crs)
    facs = gpd.GeoDataFrame([f.to_record() for f in s.facilities.values()], crs=crs)
    pipes = gpd.GeoDataFrame([p.to_record() for p in s.layers["pipelines"].values()], crs=crs)
    zones["industrial"] = zones["industrial"] | zones["kind"].map(park.is_industrial_kind)
    j = gpd.sjoin(firms[["firm_id", "iav_10k_rmb", "geometry"]], zones[["zone_id", "geometry"]],
                  predicate="intersects", how="left")  # fmt: skip
    j = j.sort_values(["firm_id", "zone_id"]).drop_duplicates("firm_id")
    per_zone = j.groupby("zone_id")["iav_10k_rmb"].sum()
    zones["iav"] = zones["zone_id"].map(per_zone).fillna(0.0)
    zones["land_output"] = zones["iav"] / 1e4 / (zones.geometry.area / 1e6)
    ind = zones[zones["industrial"]]
    # industrial land = union of the industrial zones (zone edits below can make them overlap)
    park_lo = ind["iav"].sum() / 1e4 / (ind.geometry.union_all().area / 1e6)
    # sites = firms + facilities, with demand and source per medium
    sites = pd.concat(
        [
            firms.assign(site=firms["firm_id"], **{
                f"src_{m}": firms[MEDIUM_FIELDS[m].supply_field] for m in MEDIA}),
            facs.assign(site=facs["facility_id"], **{
                f"src_{m}": facs[MEDIUM_FIELDS[m].capacity_field] for m in MEDIA}),
        ],
        ignore_index=True,
    )  # fmt: skip
    for m in MEDIA:
        sites[f"dem_{m}"] = sites[MEDIUM_FIELDS[m].demand_field].fillna(0.0)
    sites = gpd.GeoDataFrame(sites, geometry="geometry", crs=crs)
    n = len(sites)
    labels: dict[str, np.ndarray] = {}
    attached: dict[str, np.ndarray] = {}
    for m in MEDIA:
        pm = pipes[pipes["medium"] == m].reset_index(drop=True)
        pp = gpd.sjoin(pm, pm, predicate="dwithin", distance=tol)
        pp = pp[pp.index < pp["index_right"]]
        a = pm.geometry.values[pp.index.values]
        b = pm.geometry.values[pp["index_right"].values]
        touch = (gpd.GeoSeries(a).boundary.distance(gpd.GeoSeries(b), align=False) <= tol) | (
            gpd.GeoSeries(b).boundary.distance(gpd.GeoSeries(a), align=False) <= tol
        )
        sp = gpd.sjoin(sites[["geometry"]], pm[["geometry"]], predicate="dwithin", distance=tol)
        rows = np.concatenate([pp.index.values[touch.values] + n, sp["index_right"].values + n])
        cols = np.concatenate([pp["index_right"].values[touch.values] + n, sp.index.values])
        size = n + len(pm)
        g = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(size, size))
        labels[m] = connected_components(g, directed=False)[1][:n]
        att = np.zeros(n, dtype=bool)
        att[sp.index.values] = True
        attached[m] = att
    served: dict[str, np.ndarray] = {}
    leftover: dict[str, pd.Series] = {}
    for m in MEDIA:
        df = pd.DataFrame({"site": sites["site"], "lab": labels[m], "att": attached[m],
                           "src": sites[f"src_{m}"], "dem": sites[f"dem_{m}"]})  # fmt: skip
        cap = df[df["att"]].groupby("lab")["src"].sum()
        got, cap = _naive_serve(df["site"], labels[m], attached[m], df["dem"].values, cap)
        need = df["dem"].values - got
        for h in higher_grades(m):
            extra, leftover[h] = _naive_serve(df["site"], labels[h], attached[h], need,
                                              leftover[h])  # fmt: skip
            got = got + extra
            need = need - extra
        leftover[m] = cap
        served[m] = got
    is_firm = np.arange(n) < len(firms)
    coverage = {}
    for m in MEDIA:
        d = sites[f"dem_{m}"].values[is_firm]
        coverage[m] = served[m][is_firm].sum() / d.sum() if d.sum() > 0 else None
    ok = firms["own_boiler"].values.astype(bool).copy()
    tot = np.zeros(len(firms))
    for m in ("heat", *STEAM_GRADES_HIGH_TO_LOW):
        d = sites[f"dem_{m}"].values[is_firm]
        ok &= d - served[m][is_firm] <= 1e-9 * d
        tot += d
    boilers = int(firms["boiler_count"].values[ok & (tot > 0)].sum())
    services = {}
    for kind, service in POINT_SERVICE_KINDS.items():
        f = facs[facs["kind"] == kind]
        discs = gpd.GeoDataFrame(
            {"radius": f["service_radius_m"].values, "centre": f.geometry.values},
            geometry=f.geometry.buffer(f["service_radius_m"] * 1.01 + 1.0).values,
            crs=crs,
        )
        hit = gpd.sjoin(firms[["firm_id", "geometry"]], discs, predicate="intersects")
        exact = hit.geometry.distance(gpd.GeoSeries(hit["centre"].values, index=hit.index))
        services[service] = hit.loc[exact <= hit["radius"], "firm_id"].nunique()
        gpd.overlay(ind[["geometry"]], discs, how="intersection")
    per_zone_lo = dict(zip(zones["zone_id"], zones["land_output"], strict=True))
    return {"land_output": park_lo, "zones": per_zone_lo, "coverage": coverage,
            "boilers": boilers, "services": services}  # fmt: skip


def _naive_serve(
    site: pd.Series, lab: np.ndarray, att: np.ndarray, need: np.ndarray, cap: pd.Series
) -> tuple[np.ndarray, pd.Series]:
    df = pd.DataFrame({"site": site.values, "lab": lab, "need": need, "pos": np.arange(len(lab))})
    df = df[att & (need > 0)].sort_values(["lab", "site"])
    before = df.groupby("lab")["need"].cumsum() - df["need"]
    avail = df["lab"].map(cap).fillna(0.0)
    s = np.clip(avail - before, 0.0, df["need"])
    got = np.zeros(len(lab))
    got[df["pos"].values] = s.values
    used = s.groupby(df["lab"]).sum()
    return got, cap.sub(used, fill_value=0.0)


def check_same(naive: dict[str, Any], res: ScenarioResult) -> None:
    def close(a: float | None, b: float | None) -> bool:
        return (a is None and b is None) or (
            a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
        )

    assert close(naive["land_output"], res.land_output.park_value), "land output differs"
    for z in res.land_output.zones:
        assert close(naive["zones"][z.zone_id], z.land_output), f"zone {z.zone_id} differs"
    for m, c in res.coverage.media.items():
        assert close(naive["coverage"][m], c.share), f"coverage {m} differs"
    assert naive["boilers"] == res.coverage.boilers_replaced, "boilers differ"
    for service, p in res.coverage.point_services.items():
        assert naive["services"][service] == p.firms_covered, f"{service} differs"


# ----- run ---------------------------------------------------------------------------------------
def run(n_firms: int, n_edits: int, seed: int, naive_samples: int) -> str:
    rng = random.Random(seed)
    park = synthetic_park(n_firms, rng)
    side = max(z.geometry.bounds[2] for z in park.scenario(SID).zones.values())
    engine = IndicatorEngine(park)
    engine.result(SID)
    stack = CommandStack(park)
    engine_ms: list[float] = []
    naive_ms: list[float] = []
    sample_every = max(1, n_edits // naive_samples)
    for k in range(n_edits):
        cmd = random_edit(park, rng, side)
        t0 = time.perf_counter()
        try:
            stack.push(cmd)
        except EcoParkError:
            continue
        res = engine.result(SID)
        engine_ms.append((time.perf_counter() - t0) * 1e3)
        if k % sample_every == 0:
            t0 = time.perf_counter()
            naive = naive_figures(park, SID)
            naive_ms.append((time.perf_counter() - t0) * 1e3)
            check_same(naive, res)
    assert not engine.failures, engine.failures
    e50, e95 = np.percentile(engine_ms, [50, 95])
    n95 = float(np.percentile(naive_ms, 95))
    return (
        f"firms={n_firms} edits={len(engine_ms)} engine_p50_ms={e50:.1f} engine_p95_ms={e95:.1f} "
        f"naive_p95_ms={n95:.1f} ratio={n95 / e95:.1f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--naive-samples", type=int, default=40)
    args = ap.parse_args()
    for n in args.sizes:
        print(run(n, args.edits, args.seed, args.naive_samples), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
