"""How far a failing figure is from its requirement, and what would close the gap.

Land output (HJ 274 row 2.1) = IAV / 10^4 / area (10^8 RMB/km², IAV in 10^4 RMB). A zone (or the
park) below the threshold T meets it either with more output on the same land or with the same
output on less land (the rest released for other uses or new firms):

* IAV needed = T x area x 10^4; extra IAV = IAV needed - IAV (10^4 RMB);
* land that meets T with today's IAV = IAV / 10^4 / T; land to release = area - that (km²).

Worked example (docs/indicators.md §1.1, ``tests/indicators/test_gaps.py``): a 1 km² industrial
zone with IAV 50,400 x 10^4 RMB has land output 5.04; against 9 it needs 90,000, i.e. 39,600 x
10^4 RMB (3.96 x 10^8 RMB, +78.6 %) more, or the same IAV on 0.56 km², releasing 0.44 km² (660
mu). For any other row with a threshold the gap is the distance to it in the better direction.
"""

from __future__ import annotations

from dataclasses import dataclass

from ecopark.indicators.results import Hj274Row, LandOutputResult, ZoneResult
from ecopark.model.kinds import SQM_PER_MU

TEN_K_PER_HUNDRED_M = 1e4
M2_PER_KM2 = 1e6


@dataclass(frozen=True)
class LandGap:
    """What a land output below its threshold lacks (all figures positive)."""

    land_output: float
    threshold: float
    area_km2: float
    iav_10k_rmb: float
    iav_needed_10k_rmb: float
    extra_iav_10k_rmb: float
    land_meeting_km2: float
    release_km2: float

    @property
    def extra_iav_pct(self) -> float | None:
        """Extra IAV as a share of today's, in %; None when there is no IAV yet."""
        return 100.0 * self.extra_iav_10k_rmb / self.iav_10k_rmb if self.iav_10k_rmb else None

    @property
    def release_mu(self) -> float:
        return self.release_km2 * M2_PER_KM2 / SQM_PER_MU


def land_gap(
    land_output: float | None, threshold: float, area_km2: float, iav_10k_rmb: float
) -> LandGap | None:
    """The gap of a land output below ``threshold``; None when it meets it or is not a value."""
    if land_output is None or area_km2 <= 0 or land_output >= threshold:
        return None
    needed = threshold * area_km2 * TEN_K_PER_HUNDRED_M
    meeting = iav_10k_rmb / TEN_K_PER_HUNDRED_M / threshold
    return LandGap(
        land_output=land_output,
        threshold=threshold,
        area_km2=area_km2,
        iav_10k_rmb=iav_10k_rmb,
        iav_needed_10k_rmb=needed,
        extra_iav_10k_rmb=needed - iav_10k_rmb,
        land_meeting_km2=meeting,
        release_km2=area_km2 - meeting,
    )


def zone_gap(zone: ZoneResult, threshold: float) -> LandGap | None:
    """The gap of a failing industrial zone (None for a zone that passes or is not judged)."""
    if zone.passes is not False:
        return None
    return land_gap(zone.land_output, threshold, zone.area_km2, zone.iav_10k_rmb)


def park_gap(lo: LandOutputResult) -> LandGap | None:
    if lo.passes is not False:
        return None
    return land_gap(lo.park_value, lo.threshold, lo.industrial_area_km2,
                    lo.iav_on_industrial_10k_rmb)  # fmt: skip


@dataclass(frozen=True)
class RowGap:
    """How much a failing row's value must change to reach its threshold."""

    value: float
    threshold: float
    comparator: str
    change: float
    """Signed: positive = the value must rise by this much, negative = fall."""

    @property
    def change_pct(self) -> float | None:
        return 100.0 * self.change / abs(self.value) if self.value else None


def row_gap(row: Hj274Row) -> RowGap | None:
    """For a failing row with a value and a threshold: the change that meets it."""
    if row.meets is not False or row.value is None or row.threshold is None:
        return None
    return RowGap(row.value, row.threshold, row.comparator, row.threshold - row.value)


__all__ = ["LandGap", "RowGap", "land_gap", "park_gap", "row_gap", "zone_gap"]
