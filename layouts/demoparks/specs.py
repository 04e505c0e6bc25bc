"""The table rows a demo park is written in: local metres, Chinese names, plain numbers.

Coordinates are metres east/north of the park's local origin; :mod:`demoparks.builder` shifts them
onto the CGCS2000 Gauss-Kruger grid at the real site. ``Role`` says in which scenario(s) a row
exists: the baseline (现状) or the plan (规划).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ecopark.model import ScenarioInfo, ZoneKind

Pt = tuple[float, float]
Role = Literal["baseline", "plan"]
BOTH: tuple[Role, ...] = ("baseline", "plan")
PLAN_ONLY: tuple[Role, ...] = ("plan",)
BASELINE_ONLY: tuple[Role, ...] = ("baseline",)


def rect(x0: float, y0: float, x1: float, y1: float) -> tuple[Pt, ...]:
    """A rectangle as a counter-clockwise ring (without the closing point)."""
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


@dataclass(frozen=True)
class ZoneSpec:
    zone_id: str
    name: str
    name_en: str
    kind: str
    outline: tuple[Pt, ...]


@dataclass(frozen=True)
class FirmSpec:
    """One enterprise. ``iav`` is the baseline IAV (10^4 RMB/a), or the plan IAV of a firm that
    exists only in the plan; ``growth`` gives the plan IAV of a firm present in both."""

    firm_id: str
    name: str
    name_en: str
    sector: str
    zone_id: str
    at: Pt
    plot_ha: float
    iav: float
    growth: float = 1.25
    boilers: int = 0
    boiler_fuel: str = "coal"
    """Fuel of the small boilers (coal, fuel_oil, natural_gas, biomass)."""
    demand: Mapping[str, float] = field(default_factory=dict)
    supply: Mapping[str, float] = field(default_factory=dict)
    roles: tuple[Role, ...] = BOTH
    plan_at: Pt | None = None
    plan_zone_id: str | None = None
    profile: Mapping[str, float] = field(default_factory=dict)
    """Overrides of the sector profile (intensities or land ratios) in both scenarios."""
    baseline_land: Mapping[str, float] = field(default_factory=dict)
    """Land ratios that apply only in the baseline (a deliberate problem the plan fixes)."""
    problem: str = ""
    """A deliberate problem for planners to find; documented in the README."""


@dataclass(frozen=True)
class FacilitySpec:
    facility_id: str
    name: str
    name_en: str
    kind: str
    at: Pt
    baseline: Mapping[str, float] | None
    """Capacities in the baseline (field name -> value), or None when it does not exist yet."""
    plan: Mapping[str, float] | None
    """Capacities in the plan; status is 'planned' when the facility is new in the plan."""


@dataclass(frozen=True)
class Leg:
    """A trunk run along a corridor. A leg from the source starts at the source point; any other
    leg starts at a point lying on an earlier leg of the same network."""

    points: tuple[Pt, ...]
    from_source: bool = False


@dataclass(frozen=True)
class Branch:
    target_id: str
    existing: bool = False
    """Built already (also in the baseline); otherwise planned, in the plan only."""


@dataclass(frozen=True)
class NetworkSpec:
    """Trunk legs from one source, and service branches from the trunk to the firms it serves.

    The whole network is drawn ``offset`` metres east and north of the corridor lines so that
    parallel media on one pipe rack stay apart on the map.
    """

    code: str
    medium: str
    name: str
    source_id: str
    offset: float
    trunk_dn: float
    legs: tuple[Leg, ...]
    branches: tuple[Branch, ...]


@dataclass(frozen=True)
class PipeSpec:
    """A single pipe from one firm/facility to another, along ``via`` (local points)."""

    pipeline_id: str
    medium: str
    name: str
    from_id: str
    to_id: str
    via: tuple[Pt, ...]
    diameter_mm: float
    existing: bool = False


@dataclass(frozen=True)
class CorridorSpec:
    corridor_id: str
    kind: str
    name: str
    points: tuple[Pt, ...]


@dataclass(frozen=True)
class PlotSpec:
    plot_id: str
    name: str
    outline: tuple[Pt, ...]
    roles: tuple[Role, ...] = BOTH


@dataclass(frozen=True)
class ExchangeSpec:
    exchange_id: str
    from_id: str
    to_id: str
    material: str
    quantity: float
    unit: str
    roles: tuple[Role, ...] = BOTH
    plan_quantity: float | None = None


@dataclass(frozen=True)
class ViewSpec:
    view_id: str
    name: str
    extent: tuple[float, float, float, float]
    scenario: Role
    layers: tuple[str, ...] = ()
    compare_with: Role | None = None


@dataclass(frozen=True)
class ParkSpec:
    name: str
    crs: str
    site_lonlat: Pt
    """The real site (CGCS2000 lon/lat, EPSG:4490) placed at ``site_local``."""
    site_local: Pt
    scenarios: Mapping[Role, ScenarioInfo]
    zones: tuple[ZoneSpec, ...]
    firms: tuple[FirmSpec, ...]
    facilities: tuple[FacilitySpec, ...]
    networks: tuple[NetworkSpec, ...]
    pipes: tuple[PipeSpec, ...]
    corridors: tuple[CorridorSpec, ...]
    plots: tuple[PlotSpec, ...]
    exchanges: tuple[ExchangeSpec, ...]
    views: tuple[ViewSpec, ...]
    entered_values: Mapping[Role, Mapping[str, float]]
    zone_kinds: tuple[ZoneKind, ...] = ()
