"""What the indicators need to know about one scenario, kept in arrays and spatial indexes.

``ScenarioState.build`` derives everything from the scenario in bulk (STRtree queries over all
objects); ``ScenarioState.apply`` updates it for one object change, touching only what the edit
can affect: the firms inside an edited zone, the network of an edited pipe's medium, the
attachments of a moved firm. The figures themselves are computed from this state by the pure
functions of :mod:`ecopark.indicators.assemble`, so a state built in bulk and a state updated
edit by edit give the same results (tested with random edit sequences).

Firms and facilities share one slot space ("sites"): both are points on the pipe networks, both
can be sources of a medium, and exchanges join either.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TypeVar

import numpy as np
import shapely

from ecopark.carbon.factors import factor_table
from ecopark.carbon.sites import SITE_COLUMNS, put_recorded, put_recorded_many
from ecopark.indicators.params import INDUSTRY_CODES, SpaceParams, space_params
from ecopark.indicators.slots import SlotMap, grow
from ecopark.model import Exchange, Facility, Firm, ObjectChange, Park, Pipeline, Zone
from ecopark.model.kinds import (
    FACILITY_KINDS,
    HEAVY_POLLUTING_SECTORS,
    MEDIA,
    MEDIUM_FIELDS,
    POINT_SERVICE_KINDS,
    SECTORS,
)
from ecopark.network import DynamicIndex, MediumNetwork, snap_tolerance

FIRM_NUMBERS: tuple[str, ...] = (
    "iav_10k_rmb",
    "plot_area_m2",
    "floor_area_m2",
    "building_footprint_m2",
    "admin_area_m2",
    "green_area_m2",
    "employees",
    "energy_tce",
    "fresh_water_m3",
    "water_reused_m3",
    "wastewater_t",
    "solid_waste_t",
    "solid_waste_reused_t",
    "cod_kg",
    "so2_kg",
    "boiler_count",
    # indicator inputs (issue 15) and issue 13's pollutant columns (absent -> NaN)
    "mineral_resources_t",
    "wastewater_recycled_t",
    "wastewater_discharged_t",
    "solid_waste_disposed_t",
    "solid_waste_handled_t",
    "green_certified_floor_m2",
    "fixed_asset_investment_10k_rmb",
    "tax_10k_rmb",
    "ammonia_kg",
    "nox_kg",
    "key_sector",
    "cleaner_production_audit",
    "own_boiler",
)
"""Firm quantities kept as float columns; an optional quantity that is not recorded (or a field
this build's Firm lacks) is NaN; flags are 0/1."""

SECTOR_CODE = {s: i for i, s in enumerate(SECTORS)}
FACILITY_CODE = {k: i for i, k in enumerate(FACILITY_KINDS)}
HEAVY_CODES = np.array([s in HEAVY_POLLUTING_SECTORS for s in SECTORS])
MEDIUM_INDEX = {m: i for i, m in enumerate(MEDIA)}
SERVICE_CODES = {service: FACILITY_CODE[kind] for kind, service in POINT_SERVICE_KINDS.items()}
T = TypeVar("T")


class ScenarioState:
    """Arrays and indexes of one scenario, kept current by :meth:`apply`."""

    def __init__(self, park: Park, scenario_id: str):
        self.park = park
        self.scenario_id = scenario_id
        self.tolerance_m = snap_tolerance(park.settings)
        self.params: SpaceParams = space_params(park.settings)
        self.factors = factor_table(park.settings)
        self.version = 0
        self.zone_version = 0
        self.site_version = 0
        # sites: firms and facilities
        self.sites = SlotMap()
        cap = self.sites.capacity
        self.num = {
            name: np.zeros(cap) for name in (*FIRM_NUMBERS, "service_radius_m", *SITE_COLUMNS)
        }
        self.x = np.zeros(cap)
        self.y = np.zeros(cap)
        self.geom = np.empty(cap, dtype=object)
        self.is_firm = np.zeros(cap, dtype=bool)
        self.own_boiler = np.zeros(cap, dtype=bool)
        self.sector = np.full(cap, -1, dtype=np.int64)
        self.industry = np.full(cap, -1, dtype=np.int64)
        """Firm's two-digit GB/T 4754 industry code (MLR 2008 land control); -1 = not given."""
        self.fkind = np.full(cap, -1, dtype=np.int64)
        self.demand = np.zeros((len(MEDIA), cap))
        self.source = np.zeros((len(MEDIA), cap))
        self.zone = np.full(cap, -1, dtype=np.int64)
        self.data_version = np.zeros(len(MEDIA), dtype=np.int64)
        """Per medium: bumped whenever some site's demand or source of it changes."""
        self.near_city = np.zeros(cap, dtype=bool)
        """Heavy-polluting firm closer than the buffer distance to a city-kind zone."""
        self.covered = {service: np.zeros(cap, dtype=bool) for service in SERVICE_CODES}
        """Per point service: is the firm within the radius of a facility of that service?"""
        # zones
        self.zones = SlotMap()
        zcap = self.zones.capacity
        self.zone_obj: dict[int, Zone] = {}
        self.zone_area = np.zeros(zcap)
        self.zone_industrial = np.zeros(zcap, dtype=bool)
        self.zone_allows = np.zeros((zcap, len(SECTORS)), dtype=bool)
        # exchanges
        self.exchanges = SlotMap()
        ecap = self.exchanges.capacity
        self.ex_from = np.zeros(ecap, dtype=np.int64)
        self.ex_to = np.zeros(ecap, dtype=np.int64)
        self.ex_qty = np.zeros(ecap)
        self.ex_unit = np.empty(ecap, dtype=object)
        # spatial
        self.zone_index = DynamicIndex()
        self.firm_index = DynamicIndex()
        self.networks: dict[str, MediumNetwork] = {}
        self.pipe_medium: dict[str, str] = {}
        self._cache: dict[object, tuple[object, object]] = {}
        self.memo: dict[bytes, float] = {}
        """Figures keyed by their exact inputs (MST length by point coordinates)."""

    # ----- bulk build ------------------------------------------------------------------------
    @classmethod
    def build(cls, park: Park, scenario_id: str) -> ScenarioState:
        state = cls(park, scenario_id)
        scenario = park.scenario(scenario_id)
        for zone in (scenario.zones[k] for k in sorted(scenario.zones)):
            state._put_zone(zone)
        zslots = state.zones.alive_slots()
        state.zone_index.bulk_load(zslots, np.array([state.zone_obj[z].geometry for z in zslots]))
        state._put_firms([scenario.firms[k] for k in sorted(scenario.firms)])
        for fac in (scenario.facilities[k] for k in sorted(scenario.facilities)):
            state._put_facility(fac)
        sites = state.sites.alive_slots()
        firms = sites[state.is_firm[sites]]
        state.firm_index.bulk_load(firms, state.geom[firms])
        state._assign_zones(firms)
        state._update_near_city(firms)
        state._update_covered(firms)
        pipes: dict[str, Pipeline] = scenario.layers["pipelines"]  # type: ignore[assignment]
        for medium in MEDIA:
            lines = {pid: p.geometry for pid, p in pipes.items() if p.medium == medium}
            state.networks[medium] = MediumNetwork.build(
                medium, state.tolerance_m, lines, sites, state.geom[sites]
            )
            state.pipe_medium.update(dict.fromkeys(lines, medium))
        for ex in (scenario.exchanges[k] for k in sorted(scenario.exchanges)):
            state._put_exchange(ex)
        return state

    # ----- incremental -----------------------------------------------------------------------
    def apply(self, change: ObjectChange) -> None:
        """Update for one object added, removed or replaced in this scenario."""
        old, new = change.old, change.new
        self.version += 1
        if change.layer in ("zones", "corridors", "plots", "facilities"):
            self.site_version += 1  # land taken by roads, corridors and facility sites
        if change.layer == "zones":
            self._apply_zone(old, new)  # type: ignore[arg-type]
        elif change.layer == "firms":
            self._apply_firm(old, new)  # type: ignore[arg-type]
        elif change.layer == "facilities":
            self._apply_facility(old, new)  # type: ignore[arg-type]
        elif change.layer == "pipelines":
            if old is not None:
                self.networks[self.pipe_medium.pop(old.id)].remove_pipe(old.id)
            if new is not None:
                assert isinstance(new, Pipeline)
                self.networks[new.medium].add_pipe(new.id, new.geometry)
                self.pipe_medium[new.id] = new.medium
        elif change.layer == "exchanges":
            if old is not None:
                self._drop_exchange(old.id)
            if new is not None:
                assert isinstance(new, Exchange)
                self._put_exchange(new)

    def _apply_zone(self, old: Zone | None, new: Zone | None) -> None:
        regions = []
        if old is not None:
            slot = self.zones.slot_of[old.id]
            regions.append(old.geometry)
            if new is None:
                self.zones.release(old.id)
                self.zone_obj.pop(slot)
                self.zone_area[slot] = 0.0
                self.zone_industrial[slot] = False
                self.zone_index.remove(slot)
        if new is not None:
            slot = self._put_zone(new)
            regions.append(new.geometry)
            self.zone_index.set(slot, new.geometry)
        self.zone_version += 1
        _, firms = self.firm_index.query_bulk(np.array(regions, dtype=object), "intersects")
        self._assign_zones(np.unique(firms))
        buffer_m = self.params.heavy_buffer_m
        near = [
            self.firm_index.query(z.geometry, "dwithin", buffer_m)
            for z in (old, new)
            if z is not None and z.kind in self.params.buffer_zone_kinds
        ]
        if near:  # only firms within the buffer of the old or new outline can change
            self._update_near_city(np.unique(np.concatenate(near)))

    def _apply_firm(self, old: Firm | None, new: Firm | None) -> None:
        if new is None:
            assert old is not None
            slot = self.sites.slot_of[old.id]
            self.firm_index.remove(slot)
            for net in self.networks.values():
                net.remove_point(slot)
            self._release_site(old.id)
            return
        moved = old is None or not old.geometry.equals_exact(new.geometry, 0.0)
        slot = self._put_firm(new)
        if moved:
            self.firm_index.set(slot, new.geometry)
            for net in self.networks.values():
                net.set_point(slot, new.geometry)
            self._assign_zones(np.array([slot]))
            self._update_covered(np.array([slot]))
        if moved or old is None or old.sector != new.sector:
            self._update_near_city(np.array([slot]))

    def _apply_facility(self, old: Facility | None, new: Facility | None) -> None:
        if new is None:
            assert old is not None
            slot = self.sites.slot_of[old.id]
            for net in self.networks.values():
                net.remove_point(slot)
            self._release_site(old.id)
            self._facility_reach_changed(old, None)
            return
        moved = old is None or not old.geometry.equals_exact(new.geometry, 0.0)
        slot = self._put_facility(new)
        if moved:
            for net in self.networks.values():
                net.set_point(slot, new.geometry)
        self._facility_reach_changed(old, new)

    def _facility_reach_changed(self, old: Facility | None, new: Facility | None) -> None:
        """Re-check point-service coverage of the firms inside the old and new service circle."""
        circles = [
            (f.geometry, f.service_radius_m)
            for f in (old, new)
            if f is not None and f.kind in POINT_SERVICE_KINDS
        ]
        if not circles:
            return
        firms = [self.firm_index.query(g, "dwithin", r) for g, r in circles]
        self._update_covered(np.unique(np.concatenate(firms)))

    # ----- object -> arrays ------------------------------------------------------------------
    def _site_slot(self, object_id: str) -> int:
        slot = self.sites.slot_of.get(object_id)
        if slot is None:
            slot = self.sites.acquire(object_id)
            self._fit_sites()
        return slot

    def _fit_sites(self) -> None:
        cap = self.sites.capacity
        if len(self.x) >= cap:
            return
        self.num = {k: grow(v, cap) for k, v in self.num.items()}
        self.x, self.y = grow(self.x, cap), grow(self.y, cap)
        self.geom = grow(self.geom, cap, None)
        self.is_firm = grow(self.is_firm, cap)
        self.own_boiler = grow(self.own_boiler, cap)
        self.sector = grow(self.sector, cap, -1)
        self.industry = grow(self.industry, cap, -1)
        self.fkind = grow(self.fkind, cap, -1)
        self.demand = grow(self.demand, cap)
        self.source = grow(self.source, cap)
        self.zone = grow(self.zone, cap, -1)
        self.near_city = grow(self.near_city, cap)
        self.covered = {k: grow(v, cap) for k, v in self.covered.items()}

    def _put_firm(self, firm: Firm) -> int:
        slot = self._site_slot(firm.firm_id)
        for name in FIRM_NUMBERS:
            value = getattr(firm, name, None)
            self.num[name][slot] = math.nan if value is None else float(value)
        put_recorded(self.num, slot, firm, self.factors)  # carriers; derives energy_tce
        self.num["service_radius_m"][slot] = 0.0
        self._put_point(slot, firm.geometry)
        self.is_firm[slot] = True
        self.own_boiler[slot] = firm.own_boiler
        self.sector[slot] = SECTOR_CODE[firm.sector]
        code = str(getattr(firm, "industry_code", "") or "").strip()
        self.industry[slot] = int(code) if code in INDUSTRY_CODES else -1
        self.fkind[slot] = -1
        self._set_media(
            slot,
            [getattr(firm, mf.demand_field) for mf in (MEDIUM_FIELDS[m] for m in MEDIA)],
            [getattr(firm, mf.supply_field) for mf in (MEDIUM_FIELDS[m] for m in MEDIA)],
        )
        return slot

    def _put_firms(self, firms: list[Firm]) -> None:
        """:meth:`_put_firm` for every firm of a new state, column by column: the same slots,
        values and versions (70,000 firms one by one took 2.5 s of a district's opening)."""
        slots = np.array([self._site_slot(f.firm_id) for f in firms], dtype=np.int64)
        if not len(slots):
            return
        for name in FIRM_NUMBERS:
            self.num[name][slots] = [getattr(f, name, None) for f in firms]
        put_recorded_many(self.num, slots, firms, self.factors)
        self.num["service_radius_m"][slots] = 0.0
        points = [f.geometry for f in firms]
        self.geom[slots] = np.array(points, dtype=object)
        self.x[slots] = shapely.get_x(self.geom[slots])
        self.y[slots] = shapely.get_y(self.geom[slots])
        self.is_firm[slots] = True
        self.own_boiler[slots] = [f.own_boiler for f in firms]
        self.sector[slots] = [SECTOR_CODE[f.sector] for f in firms]
        codes = [str(getattr(f, "industry_code", "") or "").strip() for f in firms]
        self.industry[slots] = [int(c) if c in INDUSTRY_CODES else -1 for c in codes]
        self.fkind[slots] = -1
        fields = [MEDIUM_FIELDS[m] for m in MEDIA]
        demand = np.array([[getattr(f, mf.demand_field) for f in firms] for mf in fields], float)
        source = np.array([[getattr(f, mf.supply_field) for f in firms] for mf in fields], float)
        changed = (self.demand[:, slots] != demand) | (self.source[:, slots] != source)
        self.data_version += changed.sum(axis=1)
        self.demand[:, slots] = demand
        self.source[:, slots] = source

    def _put_facility(self, fac: Facility) -> int:
        slot = self._site_slot(fac.facility_id)
        for name in FIRM_NUMBERS:
            self.num[name][slot] = 0.0
        self.num["service_radius_m"][slot] = fac.service_radius_m
        put_recorded(self.num, slot, fac, self.factors)
        self._put_point(slot, fac.geometry)
        self.is_firm[slot] = False
        self.own_boiler[slot] = False
        self.sector[slot] = -1
        self.industry[slot] = -1
        self.fkind[slot] = FACILITY_CODE[fac.kind]
        self._set_media(
            slot,
            [0.0] * len(MEDIA),
            [getattr(fac, mf.capacity_field) for mf in (MEDIUM_FIELDS[m] for m in MEDIA)],
        )
        return slot

    def _set_media(self, slot: int, demand: list[float], source: list[float]) -> None:
        d = np.asarray(demand, dtype=float)
        s = np.asarray(source, dtype=float)
        changed = (self.demand[:, slot] != d) | (self.source[:, slot] != s)
        self.data_version[changed] += 1
        self.demand[:, slot] = d
        self.source[:, slot] = s

    def _put_point(self, slot: int, point: shapely.Point) -> None:
        self.geom[slot] = point
        self.x[slot] = point.x
        self.y[slot] = point.y

    def _release_site(self, object_id: str) -> None:
        slot = self.sites.release(object_id)
        self.is_firm[slot] = False
        self.fkind[slot] = -1
        self.sector[slot] = -1
        self.industry[slot] = -1
        self.zone[slot] = -1
        self.near_city[slot] = False
        for covered in self.covered.values():
            covered[slot] = False
        self._set_media(slot, [0.0] * len(MEDIA), [0.0] * len(MEDIA))
        self.geom[slot] = None

    def _put_zone(self, zone: Zone) -> int:
        slot = self.zones.slot_of.get(zone.zone_id)
        if slot is None:
            slot = self.zones.acquire(zone.zone_id)
            cap = self.zones.capacity
            self.zone_area = grow(self.zone_area, cap)
            self.zone_industrial = grow(self.zone_industrial, cap)
            if self.zone_allows.shape[0] < cap:
                allows = np.zeros((cap, len(SECTORS)), dtype=bool)
                allows[: self.zone_allows.shape[0]] = self.zone_allows
                self.zone_allows = allows
        self.zone_obj[slot] = zone
        self.zone_area[slot] = zone.area_m2
        self.zone_industrial[slot] = zone.industrial or self.park.is_industrial_kind(zone.kind)
        kind = self.park.zone_kinds.get(zone.kind)
        self.zone_allows[slot] = [kind is not None and kind.allows(s) for s in SECTORS]
        return slot

    def _put_exchange(self, ex: Exchange) -> None:
        slot = self.exchanges.acquire(ex.exchange_id)
        cap = self.exchanges.capacity
        self.ex_from, self.ex_to = grow(self.ex_from, cap), grow(self.ex_to, cap)
        self.ex_qty, self.ex_unit = grow(self.ex_qty, cap), grow(self.ex_unit, cap, None)
        a, b = self.sites.slot_of[ex.from_id], self.sites.slot_of[ex.to_id]
        self.ex_from[slot], self.ex_to[slot] = a, b
        self.ex_qty[slot] = ex.quantity
        self.ex_unit[slot] = ex.unit

    def _drop_exchange(self, exchange_id: str) -> None:
        slot = self.exchanges.release(exchange_id)
        self.ex_qty[slot] = 0.0

    # ----- derived per-firm facts ------------------------------------------------------------
    def firm_slots(self) -> np.ndarray:
        """Slots of the firms (not facilities) that exist now, ascending."""
        sites = self.sites.alive_slots()
        return sites[self.is_firm[sites]]

    def _assign_zones(self, firms: np.ndarray) -> None:
        """Zone of each firm: the lowest-id zone whose polygon contains (or has on its
        boundary) the firm's point; -1 outside every zone."""
        firms = np.asarray(firms, dtype=np.int64)
        if not len(firms):
            return
        self.zone[firms] = -1
        i, z = self.zone_index.query_bulk(self.geom[firms], "intersects")
        if len(i):
            order = np.lexsort((self.zones.rank[z], i))
            i, z = i[order], z[order]
            first = np.unique(i, return_index=True)[1]
            self.zone[firms[i[first]]] = z[first]

    def _update_near_city(self, firms: np.ndarray) -> None:
        """Is each heavy-polluting firm closer than the buffer to a buffer-kind (city) zone?"""
        firms = np.asarray(firms, dtype=np.int64)
        if not len(firms):
            return
        self.near_city[firms] = False
        heavy = firms[(self.sector[firms] >= 0) & HEAVY_CODES[np.maximum(self.sector[firms], 0)]]
        kinds = self.params.buffer_zone_kinds
        cities = [z.geometry for z in self.zone_obj.values() if z.kind in kinds]
        if not len(heavy) or not cities:
            return
        # Pairs within the buffer found through an R-tree of the city zones, then the exact
        # test on those pairs only: a district of 800 city blocks and 20,000 heavy firms took
        # 11 s measuring every firm against every block.
        buffer_m = self.params.heavy_buffer_m
        pts = self.geom[heavy]
        blocks = np.array(cities, dtype=object)
        firm_at, block_at = shapely.STRtree(blocks).query(pts, "dwithin", buffer_m)
        close = shapely.distance(pts[firm_at], blocks[block_at]) < buffer_m
        self.near_city[heavy[np.unique(firm_at[close])]] = True

    def _update_covered(self, firms: np.ndarray) -> None:
        firms = np.asarray(firms, dtype=np.int64)
        if not len(firms):
            return
        sites = self.sites.alive_slots()
        points: shapely.STRtree | None = None
        for service, code in SERVICE_CODES.items():
            fac = sites[self.fkind[sites] == code]
            self.covered[service][firms] = False
            if not len(fac):
                continue
            # Candidate (facility, firm) pairs from an R-tree of the firms, a metre beyond each
            # radius, then the exact test on those pairs: a matrix of every firm against every
            # facility took a second and some 100 MB for 70,000 firms.
            points = points or shapely.STRtree(self.geom[firms])
            radius = self.num["service_radius_m"][fac]
            at_fac, at_firm = points.query(self.geom[fac], "dwithin", radius + 1.0)
            dx = self.x[firms[at_firm]] - self.x[fac[at_fac]]
            dy = self.y[firms[at_firm]] - self.y[fac[at_fac]]
            reach = np.hypot(dx, dy) <= radius[at_fac]
            self.covered[service][firms[at_firm[reach]]] = True

    def service_facilities(self, service: str) -> np.ndarray:
        sites = self.sites.alive_slots()
        return sites[self.fkind[sites] == SERVICE_CODES[service]]

    def cached(self, key: object, token: object, compute: Callable[[], T]) -> T:
        """Memo for derived figures that stay valid while ``token`` is unchanged."""
        hit = self._cache.get(key)
        if hit is not None and hit[0] == token:
            return hit[1]  # type: ignore[return-value]
        value = compute()
        self._cache[key] = (token, value)
        return value
