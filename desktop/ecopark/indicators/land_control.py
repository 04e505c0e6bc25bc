"""MLR 2008 industrial-land control values per firm, and the firm and zone comparison.

The space score (:mod:`ecopark.indicators.space`) judges each firm on industrial land against the
MLR 2008 control indicators (工业项目建设用地控制指标, 国土资发〔2008〕24号). Which row applies
is decided here, once: a firm whose ``industry_code`` (GB/T 4754-2002 division) is in the shipped
table (data/mlr2008_far_min.csv) is judged by that industry's minimum floor-area ratio, others
by their sector's (``space_params.far_min``); investment per ha likewise by the code's entered
value first, then the sector's. The comparison is kept per firm (the ones that fail, and why)
and per zone (plot-weighted share of tests passed), so a panel can see where the score comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ecopark.indicators.state import ScenarioState
from ecopark.model.kinds import SECTORS

TESTS: tuple[str, ...] = ("far", "building_coverage", "admin_share", "green_ratio")


def _by_code(values: Mapping[str, float]) -> np.ndarray:
    """Lookup array indexed by the integer industry code (NaN where no value)."""
    out = np.full(100, np.nan)
    for code, value in values.items():
        if code.isdigit() and 0 <= int(code) < 100:
            out[int(code)] = value
    return out


def _reference(
    state: ScenarioState, firms: np.ndarray, by_code: Mapping[str, float],
    by_sector: Mapping[str, float],
) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Per firm: the reference value (NaN = none) and whether it came from the industry code."""
    code = state.industry[firms]
    from_code = _by_code(by_code)[np.maximum(code, 0)]
    from_code[code < 0] = np.nan
    sector = np.array([by_sector.get(s, np.nan) for s in SECTORS])[state.sector[firms]]
    use_code = ~np.isnan(from_code)
    return np.where(use_code, from_code, sector), use_code


def far_minimum(state: ScenarioState, firms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = state.params
    ref, by_code = _reference(state, firms, p.far_min_by_code, p.far_min)
    return np.nan_to_num(ref, nan=0.0), by_code


def investment_minimum(state: ScenarioState, firms: np.ndarray) -> np.ndarray:
    """Fixed-asset investment per ha each firm must reach (NaN: no value entered for it)."""
    p = state.params
    codes = {k: v for k, v in p.investment_min.items() if k.isdigit()}
    sectors = {k: v for k, v in p.investment_min.items() if not k.isdigit()}
    return _reference(state, firms, codes, sectors)[0]


def tests_of(state: ScenarioState, firms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(n, 4) pass table of the four tests of :data:`TESTS` for firms with a plot area, and
    whether each firm's floor-area minimum came from its industry code."""
    p = state.params
    plot = state.num["plot_area_m2"][firms]
    far_min, by_code = far_minimum(state, firms)
    passed = np.column_stack(
        [
            state.num["floor_area_m2"][firms] / plot >= far_min,
            state.num["building_footprint_m2"][firms] / plot >= p.building_coverage_min,
            state.num["admin_area_m2"][firms] / plot <= p.admin_share_max,
            state.num["green_area_m2"][firms] / plot <= p.green_ratio_max,
        ]
    )
    return passed, by_code


@dataclass(frozen=True, eq=False)
class Comparison:
    """The firm-by-firm MLR 2008 comparison behind ``land_use_intensity``: a snapshot of arrays
    (a live edit must not build a row per firm); :meth:`firms_failing` and :meth:`by_zone` turn
    it into rows when read."""

    failing_ids: np.ndarray
    """Ids of the judged firms that fail at least one test."""
    failing_passed: np.ndarray
    """(m, 4) pass table of :data:`TESTS` for those firms."""
    zone_slot: np.ndarray
    """Per judged firm, its zone (index into ``zone_ids``)."""
    zone_ids: np.ndarray
    plot: np.ndarray
    passed: np.ndarray
    """(n, 4) pass table of every judged firm."""

    def firms_failing(self) -> dict[str, list[str]]:
        """Firm id -> the tests it fails (only firms that fail one)."""
        return {
            str(fid): [t for k, t in enumerate(TESTS) if not row[k]]
            for fid, row in zip(self.failing_ids, self.failing_passed, strict=True)
        }

    def by_zone(self) -> list[dict[str, Any]]:
        """Per zone (in zone id order): firms judged, plot area, plot-weighted share of tests
        passed and the failures per test."""
        zones, index = np.unique(self.zone_slot, return_inverse=True)
        n = len(zones)
        count = np.bincount(index, minlength=n)
        area = np.bincount(index, weights=self.plot, minlength=n)
        share = np.bincount(index, weights=self.plot * self.passed.mean(axis=1), minlength=n)
        failed = [
            np.bincount(index, weights=~self.passed[:, k], minlength=n) for k in range(len(TESTS))
        ]
        rows = [
            {
                "zone_id": str(self.zone_ids[z]),
                "firms": int(count[j]),
                "plot_m2": float(area[j]),
                "tests_passed_share": float(share[j] / area[j]),
                "failed": {t: int(failed[k][j]) for k, t in enumerate(TESTS)},
            }
            for j, z in enumerate(zones.tolist())
        ]
        return sorted(rows, key=lambda row: row["zone_id"])  # zone id order, not slot order


def compare(state: ScenarioState, firms: np.ndarray, passed: np.ndarray) -> Comparison:
    """Snapshot of the comparison (ids copied for the failing firms only)."""
    fail = ~passed.all(axis=1)
    return Comparison(
        failing_ids=state.sites.ids[firms[fail]],
        failing_passed=passed[fail],
        zone_slot=state.zone[firms],
        zone_ids=state.zones.ids.copy(),
        plot=state.num["plot_area_m2"][firms],
        passed=passed,
    )
