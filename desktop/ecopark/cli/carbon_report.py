"""The energy-and-carbon table of ``ecopark evaluate`` (one column per scenario), and the savings
of shared infrastructure printed next to "small boilers replaced"."""

from __future__ import annotations

from collections.abc import Callable

from ecopark.indicators import ScenarioResult
from ecopark.indicators.carbon import CarbonFigures, Savings


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


PARK_ROWS: tuple[tuple[str, Callable[[CarbonFigures], str]], ...] = (
    ("energy, tce/a", lambda p: _num(p.energy_tce, 0)),
    ("scope 1 CO₂, t/a", lambda p: _num(p.scope1_t, 0)),
    ("scope 2 CO₂, t/a", lambda p: _num(p.scope2_t, 0)),
    ("total CO₂, t/a", lambda p: _num(p.total_t, 0)),
    ("CO₂ per IAV, t/10^4 RMB", lambda p: _num(p.per_iav_t_per_10k_rmb, 3)),
    ("CO₂ per tce, t/tce", lambda p: _num(p.per_tce_t, 3)),
    ("non-fossil share of primary energy", lambda p: _pct(p.non_fossil_share)),
    ("renewable share", lambda p: _pct(p.renewable_share)),
    ("SO₂, t/a", lambda p: _num(p.so2_t, 1)),
    ("COD, t/a", lambda p: _num(p.cod_t, 1)),
    ("NOx, t/a", lambda p: _num(p.nox_t, 1)),
    ("ammonia nitrogen, t/a", lambda p: _num(p.ammonia_t, 1)),
)

SAVING_ROWS: tuple[tuple[str, Callable[[Savings], str]], ...] = (
    ("  fuel saved, tce/a", lambda s: _num(s.fuel_tce, 0)),
    ("  SO₂ avoided, t/a", lambda s: _num(s.so2_t, 0)),
    ("  NOx avoided, t/a", lambda s: _num(s.nox_t, 0)),
    ("  CO₂ avoided, t/a", lambda s: _num(s.co2_t, 0)),
    ("  own-boiler fuel no longer burnt", lambda s: _fuels(s)),
    ("  CHP coal burnt to serve them, t/a", lambda s: _num(s.chp_coal_t, 0)),
    ("fresh water saved by reclaimed water, m³/a", lambda s: _num(s.fresh_water_m3, 0)),
)


def _fuels(s: Savings) -> str:
    unit = {"natural_gas": "10^4 m³"}
    parts = [f"{v:,.0f} {unit.get(k, 't')} {k}" for k, v in sorted(s.own_fuel_by_kind.items())]
    return "; ".join(parts) or "-"


def carbon_rows(results: list[ScenarioResult]) -> list[list[str]]:
    rows = []
    for label, get in PARK_ROWS:
        rows.append([label] + [get(r.carbon.park) if r.carbon else "-" for r in results])
    return rows


def saving_rows(results: list[ScenarioResult]) -> list[list[str]]:
    return [
        [label] + [get(r.carbon.savings) if r.carbon else "-" for r in results]
        for label, get in SAVING_ROWS
    ]


def factor_note(results: list[ScenarioResult]) -> str:
    r = next((r for r in results if r.carbon is not None), None)
    if r is None or r.carbon is None:
        return ""
    f = r.carbon.factors
    row = f.row(f"grid_t_per_mwh.{f.region}")
    return (
        f"  grid factor {f.grid_t_per_mwh:g} tCO₂/MWh ({f.region}; {row.source}, {row.year}); "
        "energy counts electricity at 0.1229 tce/MWh (GB/T 2589); docs/carbon.md"
    )


__all__ = ["carbon_rows", "factor_note", "saving_rows"]
