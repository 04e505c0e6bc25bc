"""Energy, carbon and pollutant figures of a scenario, and what shared steam and water save.

Public API (stable; ``ScenarioResult.carbon`` holds a :class:`CarbonResult`):

* :class:`CarbonFigures`: one set of figures (park, a zone): ``scope1_t``, ``scope2_t``,
  ``total_t``, ``energy_tce``, ``primary_tce``, ``iav_10k_rmb``, ``per_iav_t_per_10k_rmb``,
  ``per_tce_t``, ``non_fossil_share``, ``renewable_share``, ``so2_t``, ``cod_t``, ``nox_t``,
  ``ammonia_t``, ``sites_recorded``;
* :class:`CarbonResult`: ``park``, ``zones`` (zone_id -> CarbonFigures), per-firm maps
  (``firm_scope1_t``, ``firm_scope2_t``, ``firm_total_t``, ``firm_energy_tce``,
  ``firm_per_iav``, ``firm_energy_per_iav``, ``firm_per_tce``; a firm without any record maps to
  None), ``savings`` (:class:`Savings`) and ``factors`` (:class:`ecopark.carbon.FactorTable`);
* :func:`carbon_result` (state, coverage, allocation) -> CarbonResult.

Rules (docs/carbon.md has the worked examples):

* scope 1 = Σ fuel × its CO₂ factor + process CO₂, over firms and facilities (a CHP's coal is the
  park's scope 1); biomass counts 0 (biogenic).
* scope 2 = Σ electricity_mwh × grid factor of the park's region + Σ purchased_steam_t ×
  purchased_steam_t_per_t + Σ purchased_heat_gj × purchased_heat_t_per_gj, over the firms
  (steam and heat from the park's own network are not "purchased": the CHP's fuel is counted).
* energy_tce = Σ carrier × its standard-coal factor (electricity at equivalent value 0.1229);
  the primary-energy shares count electricity at the coal used for generation.
* per IAV: total CO₂ / IAV of the firms that recorded something; per tce: total CO₂ / energy.
* A figure that cannot be computed (nothing recorded, zero divisor) is None.
* Savings: for each firm whose own boilers are replaced (coverage), the heat the park now
  delivers to it (steam t/h x steam_heat_gj_per_t + heat MW x 3.6 GJ/MWh, times
  operating_hours_per_year) would have been made in its own boiler at its efficiency; the CHP
  makes it at ``chp_boiler_efficiency`` from coal. Fuel, SO₂, NOx and CO₂ saved are the own
  boiler's minus the CHP's. Fresh water saved = reclaimed water delivered to firms (m³/d) x
  operating hours / 24.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ecopark.carbon.carriers import BOILER_FUEL_FIELD, BOILER_FUELS, CARRIERS
from ecopark.carbon.factors import FactorTable, factor_table
from ecopark.indicators.results import CoverageResult, LazyMap
from ecopark.indicators.state import ScenarioState
from ecopark.model.kinds import STEAM_GRADES_HIGH_TO_LOW

MW_TO_GJ_PER_H = 3.6


@dataclass(frozen=True)
class CarbonFigures:
    scope1_t: float | None
    scope2_t: float | None
    total_t: float | None
    energy_tce: float | None
    primary_tce: float | None
    iav_10k_rmb: float
    per_iav_t_per_10k_rmb: float | None
    per_tce_t: float | None
    non_fossil_share: float | None
    renewable_share: float | None
    so2_t: float | None
    cod_t: float | None
    nox_t: float | None
    ammonia_t: float | None
    sites_recorded: int
    """Firms (and, for the park, facilities) with at least one carrier or process CO₂."""


@dataclass(frozen=True)
class FirmSaving:
    firm_id: str
    boiler_fuel: str
    boiler_efficiency: float
    heat_gj: float
    own_fuel: float
    """fuel the own boilers no longer burn, in the fuel's unit (t or 10⁴ m³)"""
    chp_coal_t: float
    fuel_tce: float
    so2_t: float
    nox_t: float
    co2_t: float


@dataclass(frozen=True)
class Savings:
    boilers_replaced: int
    fuel_tce: float
    so2_t: float
    nox_t: float
    co2_t: float
    fresh_water_m3: float
    by_firm: tuple[FirmSaving, ...] = ()
    own_fuel_by_kind: Mapping[str, float] = field(default_factory=dict)
    """fuel -> amount no longer burnt in own boilers (t, or 10⁴ m³ for gas)"""
    chp_coal_t: float = 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "boilers_replaced": self.boilers_replaced,
            "fuel_tce": self.fuel_tce,
            "so2_t": self.so2_t,
            "nox_t": self.nox_t,
            "co2_t": self.co2_t,
            "fresh_water_m3": self.fresh_water_m3,
        }


@dataclass(frozen=True)
class CarbonResult:
    park: CarbonFigures
    zones: Mapping[str, CarbonFigures]
    savings: Savings
    factors: FactorTable
    firm_scope1_t: Mapping[str, float | None]
    firm_scope2_t: Mapping[str, float | None]
    firm_total_t: Mapping[str, float | None]
    firm_energy_tce: Mapping[str, float | None]
    firm_per_iav: Mapping[str, float | None]
    """tCO₂ per 10⁴ RMB of IAV"""
    firm_energy_per_iav: Mapping[str, float | None]
    """tce per 10⁴ RMB of IAV"""
    firm_per_tce: Mapping[str, float | None]

    def to_json(self) -> dict[str, object]:
        """``park.carbon`` of ``ecopark evaluate --json`` (the Contract's keys)."""
        p = self.park
        return {
            "scope1_t": p.scope1_t,
            "scope2_t": p.scope2_t,
            "total_t": p.total_t,
            "per_iav_t_per_10k_rmb": p.per_iav_t_per_10k_rmb,
            "per_tce_t": p.per_tce_t,
            "non_fossil_share": p.non_fossil_share,
            "renewable_share": p.renewable_share,
            "energy_tce": p.energy_tce,
            "so2_t": p.so2_t,
            "cod_t": p.cod_t,
            "nox_t": p.nox_t,
            "ammonia_t": p.ammonia_t,
            "factors": self.factors.to_json(),
        }


_SUMS = ("scope1", "scope2", "tce", "primary", "renewable", "non_fossil", "recorded",
         "iav_recorded")  # fmt: skip
_POLLUTANTS = ("so2_kg", "cod_kg", "nox_kg", "ammonia_kg")


@dataclass(frozen=True)
class _Coefficients:
    """Per-carrier coefficient vectors (in CARRIERS order) of one factor table."""

    tce: np.ndarray
    primary: np.ndarray
    renewable: np.ndarray
    non_fossil: np.ndarray
    scope1: np.ndarray
    scope2: np.ndarray


def _coefficients(f: FactorTable) -> _Coefficients:
    tce, prim, ren, nf, s1, s2 = (np.zeros(len(CARRIERS)) for _ in range(6))
    for k, c in enumerate(CARRIERS):
        tce[k] = f[c.tce_factor]
        prim[k] = f[c.primary_factor]
        if c.kind == "renewable":
            ren[k] = nf[k] = prim[k]
        elif c.kind == "grid":
            nf[k] = prim[k] * f["grid_non_fossil_share"]
            s2[k] = f.grid_t_per_mwh
        if c.kind == "bought":
            s2[k] = f[c.co2_factor]  # type: ignore[index]
        elif c.kind != "grid" and c.co2_factor is not None:
            s1[k] = f[c.co2_factor]
    return _Coefficients(tce, prim, ren, nf, s1, s2)


def _site_columns(
    state: ScenarioState, sites: np.ndarray, is_firm: np.ndarray, f: FactorTable
) -> dict[str, np.ndarray]:
    """Per-site figures of ``sites`` (vectorised over carriers and sites). Scope 2 counts the
    firms only (the Contract's definition)."""
    num = state.num
    raw = np.vstack([num[c.field][sites] for c in CARRIERS])
    process = num["process_co2_t"][sites]
    recorded = ~np.isnan(raw).all(axis=0) | ~np.isnan(process)
    v = np.nan_to_num(raw)
    k = _coefficients(f)
    iav = np.where(is_firm, num["iav_10k_rmb"][sites], 0.0)
    return {
        "scope1": k.scope1 @ v + np.nan_to_num(process),
        "scope2": np.where(is_firm, k.scope2 @ v, 0.0),
        "tce": k.tce @ v,
        "primary": k.primary @ v,
        "renewable": k.renewable @ v,
        "non_fossil": k.non_fossil @ v,
        "recorded": recorded.astype(float),
        "iav_recorded": np.where(recorded & is_firm, iav, 0.0),
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b <= 0:
        return None
    return a / b


def _figures(
    sums: Mapping[str, float], pollutants: Mapping[str, tuple[float, int]]
) -> CarbonFigures:
    """One set of figures from the group's sums (and pollutant sum, count of recorders)."""
    recorded = int(round(sums["recorded"]))
    has = recorded > 0
    s1, s2 = sums["scope1"], sums["scope2"]
    total = s1 + s2 if has else None
    tce = sums["tce"]

    def t(name: str) -> float | None:
        value, n = pollutants[name]
        return value / 1000.0 if n else None

    return CarbonFigures(
        scope1_t=s1 if has else None,
        scope2_t=s2 if has else None,
        total_t=total,
        energy_tce=tce if has else None,
        primary_tce=sums["primary"] if has else None,
        iav_10k_rmb=sums["iav_recorded"],
        per_iav_t_per_10k_rmb=_ratio(total, sums["iav_recorded"]),
        per_tce_t=_ratio(total, tce),
        non_fossil_share=_ratio(sums["non_fossil"], sums["primary"]) if has else None,
        renewable_share=_ratio(sums["renewable"], sums["primary"]) if has else None,
        so2_t=t("so2_kg"),
        cod_t=t("cod_kg"),
        nox_t=t("nox_kg"),
        ammonia_t=t("ammonia_kg"),
        sites_recorded=recorded,
    )


def carbon_result(
    state: ScenarioState,
    coverage: CoverageResult,
    served: Mapping[str, np.ndarray],
    factors: FactorTable | None = None,
) -> CarbonResult:
    """Every carbon figure of the scenario held by ``state``. ``served`` is the coverage
    allocation's amount served per site slot by medium (``Allocation.served``)."""
    f = factors if factors is not None else factor_table(state.park.settings)
    sites = state.sites.alive_slots()
    is_firm = state.is_firm[sites]
    num = state.num
    cols = _site_columns(state, sites, is_firm, f)
    park_sums = {name: float(cols[name].sum()) for name in _SUMS}
    pol: dict[str, np.ndarray] = {}
    for name in _POLLUTANTS:
        values = num[name][sites]
        if name in ("so2_kg", "cod_kg"):  # recorded on firms only
            values = np.where(is_firm, values, np.nan)
        pol[name] = values
    park_pol = {n: (float(np.nansum(v)), int((~np.isnan(v)).sum())) for n, v in pol.items()}
    park = _figures(park_sums, park_pol)
    # zones: their firms, summed by zone slot in one bincount per figure
    zone_of = np.where(is_firm, state.zone[sites], -1)
    inside = zone_of >= 0
    zcap = state.zones.capacity
    idx = zone_of[inside]
    zs = {n: np.bincount(idx, cols[n][inside], minlength=zcap) for n in _SUMS}
    zp = {
        n: (
            np.bincount(idx, np.nan_to_num(v[inside]), minlength=zcap),
            np.bincount(idx, (~np.isnan(v[inside])).astype(float), minlength=zcap),
        )
        for n, v in pol.items()
    }
    zones: dict[str, CarbonFigures] = {}
    for z in state.zones.in_id_order(state.zones.alive_slots()).tolist():
        zones[str(state.zones.ids[z])] = _figures(
            {n: float(a[z]) for n, a in zs.items()},
            {n: (float(a[z]), int(c[z])) for n, (a, c) in zp.items()},
        )
    firms = sites[is_firm]
    ids = state.sites.ids[firms]
    rec = cols["recorded"][is_firm] > 0
    iav = num["iav_10k_rmb"][firms]
    s1, s2 = cols["scope1"][is_firm], cols["scope2"][is_firm]
    total = np.where(rec, s1 + s2, np.nan)
    tce = np.where(rec, cols["tce"][is_firm], np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_iav = np.where(iav > 0, total / iav, np.nan)
        energy_per_iav = np.where(iav > 0, tce / iav, np.nan)
        per_tce = np.where(tce > 0, total / tce, np.nan)
    return CarbonResult(
        park=park,
        zones=zones,
        savings=savings(state, coverage, served, f),
        factors=f,
        firm_scope1_t=LazyMap(ids, np.where(rec, s1, np.nan), nan_as_none=True),
        firm_scope2_t=LazyMap(ids, np.where(rec, s2, np.nan), nan_as_none=True),
        firm_total_t=LazyMap(ids, total, nan_as_none=True),
        firm_energy_tce=LazyMap(ids, tce, nan_as_none=True),
        firm_per_iav=LazyMap(ids, per_iav, nan_as_none=True),
        firm_energy_per_iav=LazyMap(ids, energy_per_iav, nan_as_none=True),
        firm_per_tce=LazyMap(ids, per_tce, nan_as_none=True),
    )


def boiler_fuel_of(state: ScenarioState, slot: int, f: FactorTable) -> str:
    """The firm's boiler fuel: as recorded, else its fuel with the most tce, else coal."""
    code = int(state.num["boiler_fuel"][slot])
    if code >= 0:
        return BOILER_FUELS[code]
    best, best_tce = "coal", 0.0
    tce_key = {c.field: c.tce_factor for c in CARRIERS}
    for fuel in BOILER_FUELS:
        name = BOILER_FUEL_FIELD[fuel]
        v = state.num[name][slot]
        if v == v and v * f[tce_key[name]] > best_tce:
            best, best_tce = fuel, float(v * f[tce_key[name]])
    return best


def savings(
    state: ScenarioState, coverage: CoverageResult, served: Mapping[str, np.ndarray],
    f: FactorTable,
) -> Savings:  # fmt: skip
    hours = f["operating_hours_per_year"]
    gj_per_tce = f["gj_per_tce"]
    steam_gj = f["steam_heat_gj_per_t"]
    tce_key = {c.field: c.tce_factor for c in CARRIERS}
    co2_key = {c.field: c.co2_factor for c in CARRIERS}
    rows: list[FirmSaving] = []
    by_kind: dict[str, float] = {}
    for fid in coverage.firms_with_boilers_replaced:
        slot = state.sites.slot_of[fid]
        heat_gj_h = float(served["heat"][slot]) * MW_TO_GJ_PER_H + steam_gj * sum(
            float(served[m][slot]) for m in STEAM_GRADES_HIGH_TO_LOW
        )
        heat_gj = heat_gj_h * hours
        fuel = boiler_fuel_of(state, slot, f)
        eff = state.num["boiler_efficiency"][slot]
        eff = float(eff) if eff == eff else f[f"boiler_efficiency.{fuel}"]
        field_name = BOILER_FUEL_FIELD[fuel]
        own_tce = heat_gj / eff / gj_per_tce
        own_fuel = own_tce / f[tce_key[field_name]]
        chp_tce = heat_gj / f["chp_boiler_efficiency"] / gj_per_tce
        chp_coal = chp_tce / f["coal_tce_per_t"]
        co2_own = own_fuel * f[co2_key[field_name]]  # type: ignore[index]
        rows.append(
            FirmSaving(
                firm_id=fid,
                boiler_fuel=fuel,
                boiler_efficiency=eff,
                heat_gj=heat_gj,
                own_fuel=own_fuel,
                chp_coal_t=chp_coal,
                fuel_tce=own_tce - chp_tce,
                so2_t=(own_fuel * f[f"so2_kg_per_t.{fuel}"] - chp_coal * f["chp_so2_kg_per_t"])
                / 1000.0,
                nox_t=(own_fuel * f[f"nox_kg_per_t.{fuel}"] - chp_coal * f["chp_nox_kg_per_t"])
                / 1000.0,
                co2_t=co2_own - chp_coal * f["coal_co2_t_per_t"],
            )
        )
        by_kind[fuel] = by_kind.get(fuel, 0.0) + own_fuel
    firms = state.firm_slots()
    reclaimed = float(served["reclaimed_water"][firms].sum()) * hours / 24.0
    return Savings(
        boilers_replaced=coverage.boilers_replaced,
        fuel_tce=float(sum(r.fuel_tce for r in rows)),
        so2_t=float(sum(r.so2_t for r in rows)),
        nox_t=float(sum(r.nox_t for r in rows)),
        co2_t=float(sum(r.co2_t for r in rows)),
        fresh_water_m3=reclaimed,
        by_firm=tuple(rows),
        own_fuel_by_kind=by_kind,
        chp_coal_t=float(sum(r.chp_coal_t for r in rows)),
    )


__all__ = [
    "CarbonFigures",
    "CarbonResult",
    "FirmSaving",
    "Savings",
    "boiler_fuel_of",
    "carbon_result",
    "savings",
]
