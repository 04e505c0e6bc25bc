"""How each indicator row is computed: the ``how`` column of the indicator tables.

Every figure is summed over the firms that **recorded** the quantity (a firm without a figure
neither adds zero nor dilutes a ratio); the note says how many did. ``how`` forms:

* ``per_capita``: Σ IAV / Σ employees (10^4 RMB/person);
* ``land``: park land output, 10^8 RMB/km² (docs/indicators.md §1); ``output_land``: the same
  in RMB/km² (CTIP 1.2);
* ``per_iav:<f>``: Σ f / Σ IAV of the same firms (per 10^4 RMB);
* ``elasticity:<f>``: compound annual growth rate of Σ f / that of Σ IAV between the baseline
  and this scenario's years; IAV not growing = not met (§4.1);
* ``reuse:<a>/<b>``: water: a / (a + b) x 100 (reused over reused + fresh), otherwise a / b x 100;
  ``share:<a>/<b>``: Σ a / Σ b x 100 over firms that recorded both;
* ``output:<f>``: Σ IAV (RMB) / Σ f; ``intensity:<f>``: Σ f / Σ IAV (RMB);
  ``key_intensity:<f>``: the same over firms flagged ``key_sector``;
* ``total:<f>:<scale>``: Σ f x scale (e.g. kg -> t with 0.001);
* ``flag_share:<flag>``: firms with the flag / all firms x 100;
* ``association``: CTIP 5.1, IAV of the firms in at least one exchange / IAV of all firms x 100
  (§4.3; the same definition as ``ecopark.symbiosis.chains``);
* ``carbon:<figure>[:<min tce>:<max tce>]``: from the energy and carbon results
  (:mod:`ecopark.indicators.carbon_link`); with a band, the row applies only to parks whose
  energy use lies in [min, max);
* ``entered``: typed by the planner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ecopark.indicators.exchange_reuse import reused_with_exchanges
from ecopark.indicators.state import ScenarioState

QUANTITY_FIELDS: tuple[str, ...] = (
    "energy_tce",
    "fresh_water_m3",
    "water_reused_m3",
    "wastewater_t",
    "solid_waste_t",
    "solid_waste_reused_t",
    "cod_kg",
    "so2_kg",
    "mineral_resources_t",
    "wastewater_recycled_t",
    "wastewater_discharged_t",
    "solid_waste_disposed_t",
    "solid_waste_handled_t",
    "green_certified_floor_m2",
    "floor_area_m2",
    "plot_area_m2",
    "ammonia_kg",
    "nox_kg",
    "fixed_asset_investment_10k_rmb",
    "tax_10k_rmb",
)
"""Firm quantities an indicator may use (custom indicators too). NaN = not recorded."""
FLAG_FIELDS: tuple[str, ...] = ("key_sector", "cleaner_production_audit", "own_boiler")
REUSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("water_reused_m3", "fresh_water_m3"),
    ("solid_waste_reused_t", "solid_waste_t"),
)
"""Reused quantities that exchanges complete (ecopark.indicators.exchange_reuse)."""

_HOW = re.compile(
    r"per_capita|land|output_land|association|entered"
    r"|(per_iav|elasticity|output|intensity|key_intensity):(?P<f1>\w+)"
    r"|(reuse|share):(?P<a>\w+)/(?P<b>\w+)"
    r"|total:(?P<f2>\w+):(?P<scale>[0-9.eE+-]+)"
    r"|flag_share:(?P<flag>\w+)"
    r"|carbon:\w+(:[0-9.]*:[0-9.]*)?"
)


def valid_how(how: str) -> bool:
    """Whether ``how`` is a computation this module knows, over existing quantities."""
    m = _HOW.fullmatch(how)
    if m is None:
        return False
    names = [m.group(k) for k in ("f1", "a", "b", "f2")]
    if any(n is not None and n not in QUANTITY_FIELDS for n in names):
        return False
    return m.group("flag") is None or m.group("flag") in FLAG_FIELDS


@dataclass(frozen=True)
class Totals:
    """What the rows need of one scenario: per-firm columns (copies) and park figures."""

    year: int
    firms: int
    iav: np.ndarray
    employees: float
    columns: dict[str, np.ndarray]
    flags: dict[str, np.ndarray]
    land_output: float | None
    industrial_area_km2: float
    iav_on_industrial_10k_rmb: float
    industrial_overlap_km2: float = 0.0
    firms_in_exchanges: int = 0
    iav_in_exchanges: float = 0.0
    carbon: dict[str, float | None] | None = None
    """Park figures of the energy and carbon results (:mod:`ecopark.indicators.carbon_link`)."""

    @property
    def iav_10k_rmb(self) -> float:
        return float(self.iav.sum())

    def recorded(self, name: str) -> tuple[float, float, int]:
        """(Σ quantity, Σ IAV, firms) over the firms that recorded ``name``."""
        v = self.columns[name]
        k = ~np.isnan(v)
        return float(v[k].sum()), float(self.iav[k].sum()), int(k.sum())

    def both(self, a: str, b: str, mask: np.ndarray | None = None) -> tuple[float, float, int]:
        va, vb = self.columns[a], self.columns[b]
        k = ~np.isnan(va) & ~np.isnan(vb)
        if mask is not None:
            k &= mask
        return float(va[k].sum()), float(vb[k].sum()), int(k.sum())


def build_totals(
    state: ScenarioState,
    land_output: float | None,
    industrial_area_km2: float,
    iav_on_industrial: float,
    industrial_overlap_km2: float = 0.0,
    carbon: dict[str, float | None] | None = None,
) -> Totals:
    firms = state.firm_slots()
    ex = state.exchanges.alive_slots()
    linked = np.isin(firms, np.concatenate([state.ex_from[ex], state.ex_to[ex]]))
    columns = {f: state.num[f][firms] for f in QUANTITY_FIELDS}
    for reused, generated in REUSE_PAIRS:  # exchanges fill a reuse figure a firm did not record
        columns[reused] = reused_with_exchanges(state, reused, generated, firms)
    return Totals(
        year=state.park.scenario(state.scenario_id).info.year,
        firms=len(firms),
        iav=state.num["iav_10k_rmb"][firms],
        employees=float(state.num["employees"][firms].sum()),
        columns=columns,
        flags={f: state.num[f][firms] > 0 for f in FLAG_FIELDS},
        land_output=land_output,
        industrial_area_km2=industrial_area_km2,
        iav_on_industrial_10k_rmb=iav_on_industrial,
        industrial_overlap_km2=industrial_overlap_km2,
        firms_in_exchanges=int(linked.sum()),
        iav_in_exchanges=float(state.num["iav_10k_rmb"][firms][linked].sum()),
        carbon=carbon,
    )


@dataclass(frozen=True)
class Computed:
    value: float | None
    note: str
    verdict: str | None = None
    """'fail' when the rule says not met whatever the value (IAV did not grow);
    'not_applicable' outside a row's band; None: judge the value."""


def compute(how: str, now: Totals, base: Totals | None, baseline_note: str) -> Computed:
    """The value of one row (None and a reason when it cannot be computed)."""
    kind, _, arg = how.partition(":")
    if kind == "entered":
        return Computed(None, "enter this value (the map cannot derive it)")
    if kind == "per_capita":
        if now.employees <= 0:
            return Computed(None, "no employees recorded")
        return Computed(now.iav_10k_rmb / now.employees, f"{now.firms} firms")
    if kind in ("land", "output_land"):
        if now.land_output is None or now.industrial_area_km2 <= 0:
            return Computed(None, "no industrial land")
        note = f"{now.industrial_area_km2:.3f} km² industrial land"
        if now.industrial_overlap_km2 >= 0.0005:  # shows as at least 0.001 km²
            note += f" ({now.industrial_overlap_km2:.3f} km² where zones overlap counted once)"
        if kind == "land":
            return Computed(now.land_output, note)
        return Computed(now.iav_on_industrial_10k_rmb * 1e4 / now.industrial_area_km2, note)
    if kind == "per_iav":
        total, iav, n = now.recorded(arg)
        if n == 0:
            return Computed(None, "no firm recorded this quantity")
        if iav <= 0:
            return Computed(None, "firms that recorded it have no IAV")
        return Computed(total / iav, f"{n} of {now.firms} firms recorded it")
    if kind in ("output", "intensity", "key_intensity"):
        return _output(kind, arg, now)
    if kind in ("reuse", "share"):
        a, b = arg.split("/")
        reused, other, n = now.both(a, b)
        if n == 0:
            return Computed(None, "no firm recorded both quantities")
        denominator = reused + other if (kind == "reuse" and b == "fresh_water_m3") else other
        if denominator <= 0:
            return Computed(None, "nothing generated")
        return Computed(100.0 * reused / denominator, f"{n} of {now.firms} firms recorded both")
    if kind == "total":
        name, _, scale = arg.partition(":")
        total, _, n = now.recorded(name)
        if n == 0:
            return Computed(None, "no firm recorded this quantity")
        return Computed(total * float(scale), f"{n} of {now.firms} firms recorded it")
    if kind == "flag_share":
        if now.firms == 0:
            return Computed(None, "no firms")
        k = int(now.flags[arg].sum())
        return Computed(100.0 * k / now.firms, f"{k} of {now.firms} firms")
    if kind == "association":  # the definition of ecopark.symbiosis.chains (docs/symbiosis.md)
        if now.iav_10k_rmb <= 0:
            return Computed(None, "no IAV")
        return Computed(
            100.0 * now.iav_in_exchanges / now.iav_10k_rmb,
            f"{now.firms_in_exchanges} of {now.firms} firms take part in an exchange",
        )
    if kind == "elasticity":
        if base is None:
            return Computed(None, baseline_note)
        return elasticity(now, base, arg)
    if kind == "carbon":
        return _carbon(arg, now)
    raise ValueError(how)


def _output(kind: str, name: str, now: Totals) -> Computed:
    v = now.columns[name]
    k = ~np.isnan(v)
    if kind == "key_intensity":
        k &= now.flags["key_sector"]
        if not now.flags["key_sector"].any():
            return Computed(None, "no firm is flagged as key industrial sector")
    n = int(k.sum())
    if n == 0:
        return Computed(None, "no firm recorded this quantity")
    total, iav_rmb = float(v[k].sum()), float(now.iav[k].sum()) * 1e4
    note = f"{n} of {now.firms} firms recorded it; IAV used as output value"
    if kind == "output":
        return Computed(iav_rmb / total, note) if total > 0 else Computed(None, "total is zero")
    return Computed(total / iav_rmb, note) if iav_rmb > 0 else Computed(None, "no IAV")


def annual_rate(now: float, base: float, years: int) -> float:
    """Compound annual growth rate from ``base`` to ``now`` over ``years``."""
    return float((now / base) ** (1.0 / years) - 1.0)


def elasticity(now: Totals, base: Totals, name: str) -> Computed:
    """HJ 274 elasticity: annual growth rate of the quantity / annual growth rate of IAV,
    both compound rates between the baseline and this scenario's years. It only means
    decoupling while IAV grows, so IAV falling or flat is 'not met' whatever the ratio."""
    q_now, _, n_now = now.recorded(name)
    q_base, _, n_base = base.recorded(name)
    if n_now == 0 or n_base == 0:
        return Computed(None, "not recorded in both the baseline and this scenario")
    years = now.year - base.year
    if years <= 0:
        return Computed(None, "this scenario's year is not after the baseline year")
    if q_base <= 0 or base.iav_10k_rmb <= 0:
        return Computed(None, "baseline total is zero")
    if now.iav_10k_rmb <= base.iav_10k_rmb:
        change = now.iav_10k_rmb / base.iav_10k_rmb - 1.0
        return Computed(None, f"IAV did not grow ({change:+.1%}): not met", verdict="fail")
    r_iav = annual_rate(now.iav_10k_rmb, base.iav_10k_rmb, years)
    r_q = annual_rate(q_now, q_base, years)
    note = f"quantity {r_q:+.2%}/a, IAV {r_iav:+.2%}/a over {years} years"
    if n_now != now.firms or n_base != base.firms:
        note += " (some firms not recorded)"
    return Computed(r_q / r_iav, note)


def _carbon(arg: str, now: Totals) -> Computed:
    name, *band = arg.split(":")
    if now.carbon is None:
        return Computed(None, "needs the energy and carbon results")
    value = now.carbon.get(name)
    energy = now.carbon.get("energy_tce")
    if band and energy is not None:
        lo = float(band[0]) if band[0] else 0.0
        hi = float(band[1]) if len(band) > 1 and band[1] else float("inf")
        if not lo <= energy < hi:
            top = f"{hi:,.0f}" if hi != float("inf") else "inf"
            return Computed(
                value,
                f"applies to parks using {lo:,.0f}-{top} tce/a; this one uses {energy:,.0f}",
                verdict="not_applicable",
            )
    if value is None:
        return Computed(None, "no firm recorded energy carriers or this emission")
    return Computed(value, "from the energy and carbon results")
