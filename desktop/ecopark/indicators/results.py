"""The result values of an indicator evaluation: the one API the map panel, the CLI and the Excel
exporter read.

Every figure is a frozen dataclass so a view can keep a result and compare it with the next one.
Field names are stable (other modules key on them); units are in the names or in ``unit`` fields.
A figure that cannot be computed (no industrial land, no recorded values, no baseline) is
``None``, never NaN, so ``to_json`` always yields valid JSON.

Definitions of every figure, with hand-computed examples, are in docs/indicators.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

if TYPE_CHECKING:
    from ecopark.indicators.carbon import CarbonResult

LAND_OUTPUT_THRESHOLD = 9.0
"""HJ 274-2009 (2012) row 2.1 (seed 004): IAV per industrial land area at least 9 x 10^8 RMB/km²."""

Status = Literal[
    "pass", "fail", "entered", "insufficient_data", "no_target", "not_applicable", "met", "not_met"
]
"""pass/fail against a threshold; met/not_met against a park target (CTIP); no_target: computed,
but the row has neither threshold nor target; not_applicable: outside the row's band (zero-carbon
rows by energy use)."""
Comparator = Literal[">=", "<=", "<", "=="]


@dataclass(frozen=True)
class ZoneResult:
    """Land figures of one zone. ``land_output`` is computed for every zone (IAV of the firms on it
    / its area); ``passes`` only for industrial zones, since HJ 274 judges industrial land."""

    zone_id: str
    name: str
    kind: str
    industrial: bool
    area_km2: float
    iav_10k_rmb: float
    firm_count: int
    plot_area_m2: float
    land_output: float | None
    """10^8 RMB/km²; None when the zone has no area."""
    iav_per_mu: float | None
    """10^4 RMB per mu of firm plot area in the zone; None when no firm declares a plot area."""
    passes: bool | None
    """land_output >= 9 for an industrial zone; None for non-industrial zones."""


@dataclass(frozen=True)
class LandOutputResult:
    """Land output of the park (HJ 274 row 2.1) and of each zone, and where each firm stands."""

    park_value: float | None
    """IAV of firms on industrial land / industrial land area, 10^8 RMB/km²; None if no
    industrial land."""
    passes: bool | None
    industrial_area_km2: float
    """Area of the union of the industrial zones: land where zones overlap counts once."""
    iav_on_industrial_10k_rmb: float
    zones: tuple[ZoneResult, ...]
    firm_zone: Mapping[str, str | None]
    """firm_id -> zone_id the firm's point lies in (None outside every zone)."""
    firm_iav_per_mu: Mapping[str, float | None]
    """firm_id -> IAV per mu of its plot (10^4 RMB/mu); None when plot area is 0."""
    firms_on_non_industrial: tuple[str, ...]
    """Firms whose point lies in a non-industrial zone (not counted in the numerator)."""
    firms_outside_zones: tuple[str, ...]
    """Firms whose point lies in no zone (not counted in the numerator)."""
    threshold: float = LAND_OUTPUT_THRESHOLD
    industrial_overlap_km2: float = 0.0
    """How much the sum of the industrial zones' own areas exceeds ``industrial_area_km2``:
    land drawn in more than one industrial zone (0 when they do not overlap)."""


@dataclass(frozen=True)
class MediumCoverage:
    """How much of one medium's demand is served through its pipe network (steam: or a higher
    grade). ``share`` is None when nobody demands the medium."""

    medium: str
    unit: str
    demand: float
    served: float
    share: float | None
    firms_with_demand: int
    firms_served: int
    """Firms whose demand of this medium is fully served."""
    capacity: float = 0.0
    """Source capacity of this medium (facilities + firm supply) in the scenario."""
    served_by_firm: Mapping[str, float] = field(default_factory=dict)
    """firm_id -> amount served, for firms with demand of this medium."""
    network_pieces: int = 0
    """Connected pieces of this medium's pipe network (1 = all pipes joined)."""


@dataclass(frozen=True)
class PointServiceCoverage:
    """A point service (WWTP, solid-waste centre): firms and industrial land within the radius."""

    service: str
    firms_covered: int
    firms_total: int
    share: float | None
    """firms_covered / firms_total; None without firms."""
    industrial_land_share: float | None = None
    """Share of industrial land area inside some facility's service circle."""
    facilities: int = 0


@dataclass(frozen=True)
class CoverageResult:
    media: dict[str, MediumCoverage]
    combined: float | None
    """Mean of the per-medium shares over media with demand (each medium counts once)."""
    point_services: dict[str, PointServiceCoverage]
    boilers_replaced: int
    firms_with_boilers_replaced: tuple[str, ...]


@dataclass(frozen=True)
class SpaceScore:
    """Space-optimization score 0-100 = 100 x weighted mean of the components (each 0..1); a
    component that cannot be computed scores 0 and ``notes`` says why (docs/indicators.md §3)."""

    score: float | None
    components: dict[str, float | None]
    weights: dict[str, float]
    details: dict[str, Any] = field(default_factory=dict)
    """Figures behind the components (counts, distances) for tooltips and reports."""
    notes: dict[str, str] = field(default_factory=dict)
    """component -> why it scored 0 (it could not be computed), in English."""


@dataclass(frozen=True)
class Hj274Row:
    """One row of the HJ 274-2009 table as evaluated for a scenario.

    ``status`` is pass/fail for rows derived from the map, ``entered`` for a value the user typed
    (then ``meets`` says whether it reaches the threshold), ``insufficient_data`` otherwise.
    """

    id: str
    name: str
    unit: str
    value: float | None
    threshold: float | None
    comparator: Comparator
    status: Status
    meets: bool | None
    note: str = ""
    source: str = ""
    """The source clause of the row (indicator table's ``source`` column)."""


@dataclass(frozen=True)
class CtipRow:
    """A CTIP resource-output rate, with the baseline value and change when a baseline exists."""

    id: str
    name: str
    unit: str
    value: float | None
    baseline_value: float | None
    change_pct: float | None
    note: str = ""
    comparator: Comparator = ">="
    """Which direction is better (targets are judged with it)."""
    status: Status = "no_target"
    target: float | None = None
    target_year: int | None = None


@dataclass(frozen=True)
class ScenarioResult:
    scenario_id: str
    land_output: LandOutputResult
    coverage: CoverageResult
    space: SpaceScore
    hj274: tuple[Hj274Row, ...]
    ctip: tuple[CtipRow, ...]
    carbon: CarbonResult | None = None
    """Energy, carbon, pollutants and savings (ecopark.indicators.carbon; docs/carbon.md)."""
    lowcarbon: tuple[Hj274Row, ...] = ()
    """Low-carbon pilot and zero-carbon park rows (docs/indicators.md §4.4)."""
    targets: tuple[Any, ...] = ()
    """The targets this scenario is judged against (:class:`ecopark.indicators.targets.Judged`)."""
    attainment: Any = None
    """:class:`ecopark.indicators.targets.Attainment` when judged against targets, else None."""
    targets_plan: str | None = None
    """The scenario whose targets apply (itself, or the plan a monitoring scenario follows)."""

    def hj274_row(self, row_id: str) -> Hj274Row:
        return next(r for r in self.hj274 if r.id == row_id)

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object (see docs/indicators.md); NaN never appears (null)."""
        lo, cov, space = self.land_output, self.coverage, self.space
        coverage: dict[str, Any] = {m: c.share for m, c in cov.media.items()}
        coverage["combined"] = cov.combined
        park = {
            "land_output": lo.park_value,
            "land_output_threshold": lo.threshold,
            "land_output_passes": lo.passes,
            "industrial_area_km2": lo.industrial_area_km2,
            "industrial_overlap_km2": lo.industrial_overlap_km2,
            "iav_on_industrial_10k_rmb": lo.iav_on_industrial_10k_rmb,
            "coverage": coverage,
            "coverage_detail": {
                m: {
                    "unit": c.unit,
                    "demand": c.demand,
                    "served": c.served,
                    "capacity": c.capacity,
                    "firms_with_demand": c.firms_with_demand,
                    "firms_served": c.firms_served,
                    "network_pieces": c.network_pieces,
                }
                for m, c in cov.media.items()
            },
            "point_services": {
                s: {
                    "firms_covered": p.firms_covered,
                    "firms_total": p.firms_total,
                    "share": p.share,
                    "industrial_land_share": p.industrial_land_share,
                    "facilities": p.facilities,
                }
                for s, p in cov.point_services.items()
            },
            "boilers_replaced": cov.boilers_replaced,
            "firms_with_boilers_replaced": list(cov.firms_with_boilers_replaced),
            "space_score": space.score,
            "space_components": dict(space.components),
            "space_weights": dict(space.weights),
            "carbon": self.carbon.to_json() if self.carbon is not None else None,
            "savings": self.carbon.savings.to_json() if self.carbon is not None else None,
            "space_notes": dict(space.notes),
            "land_control_by_zone": (
                space.details["land_control"].by_zone() if "land_control" in space.details else []
            ),
        }
        zones = [
            {
                "zone_id": z.zone_id,
                "name": z.name,
                "kind": z.kind,
                "industrial": z.industrial,
                "land_output": z.land_output,
                "passes": z.passes,
                "area_km2": z.area_km2,
                "iav_10k_rmb": z.iav_10k_rmb,
                "firm_count": z.firm_count,
                "plot_area_m2": z.plot_area_m2,
                "iav_per_mu": z.iav_per_mu,
            }
            for z in lo.zones
        ]
        hj = [
            {
                "id": r.id,
                "name": r.name,
                "unit": r.unit,
                "value": r.value,
                "threshold": r.threshold,
                "comparator": r.comparator,
                "status": r.status,
                "meets": r.meets,
                "note": r.note,
                "source": r.source,
            }
            for r in self.hj274
        ]
        ctip = [
            {
                "id": r.id,
                "name": r.name,
                "unit": r.unit,
                "value": r.value,
                "baseline_value": r.baseline_value,
                "change_pct": r.change_pct,
                "target": r.target,
                "target_year": r.target_year,
                "comparator": r.comparator,
                "status": r.status,
                "note": r.note,
            }
            for r in self.ctip
        ]
        lowcarbon = [
            {
                "id": r.id,
                "name": r.name,
                "unit": r.unit,
                "value": r.value,
                "threshold": r.threshold,
                "comparator": r.comparator,
                "status": r.status,
                "meets": r.meets,
                "note": r.note,
                "source": r.source,
            }
            for r in self.lowcarbon
        ]
        return json_safe(
            {
                "scenario": self.scenario_id,
                "park": park,
                "zones": zones,
                "firms_on_non_industrial": list(lo.firms_on_non_industrial),
                "firms_outside_zones": list(lo.firms_outside_zones),
                "hj274": hj,
                "ctip": ctip,
                "lowcarbon": lowcarbon,
                "targets": [t.to_json() for t in self.targets],
                "targets_plan": self.targets_plan,
                "attainment": self.attainment.to_json() if self.attainment is not None else None,
            }
        )


class LazyMap(Mapping[str, Any]):
    """A read-only mapping built from parallel key and value sequences on first use.

    Results hold per-firm figures for thousands of firms; building a dict for each live update
    would cost more than computing the figures, so the dict is made only when someone reads it.
    Compares equal to any mapping with the same items.
    """

    def __init__(
        self, keys: Sequence[str] | Any, values: Sequence[Any] | Any, *, nan_as_none: bool = False
    ):
        self._keys = keys
        self._values = values
        self._nan_as_none = nan_as_none
        self._dict: dict[str, Any] | None = None

    def _d(self) -> dict[str, Any]:
        if self._dict is None:
            values = list(
                self._values.tolist() if hasattr(self._values, "tolist") else self._values
            )
            if self._nan_as_none:
                values = [None if v is None or v != v else v for v in values]
            keys = self._keys.tolist() if hasattr(self._keys, "tolist") else self._keys
            self._dict = dict(zip(keys, values, strict=True))
            self._keys = self._values = ()
        return self._dict

    def __getitem__(self, key: str) -> Any:
        return self._d()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._d())

    def __len__(self) -> int:
        return len(self._d())

    def __repr__(self) -> str:
        return f"LazyMap({self._d()!r})"


def json_safe(value: Any) -> Any:
    """Replace non-finite floats by None and numpy scalars by Python numbers, recursively."""
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return number if math.isfinite(number) else None


__all__ = [
    "LAND_OUTPUT_THRESHOLD",
    "CoverageResult",
    "CtipRow",
    "Hj274Row",
    "LandOutputResult",
    "MediumCoverage",
    "PointServiceCoverage",
    "ScenarioResult",
    "SpaceScore",
    "Status",
    "ZoneResult",
]
