"""Markdown tables of a demo park for ../README.md, printed from the same sources as the files.

``build_demo_parks.py --tables`` prints them; the README quotes that output, so the names,
plots, IAVs and figures there are the ones in the GeoPackages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from demoparks.builder import build_park, firm_iav
from demoparks.specs import FirmSpec, ParkSpec
from ecopark.indicators import evaluate_scenario
from ecopark.indicators.carbon import CarbonResult
from ecopark.model import MEDIUM_FIELDS, Park

_MEDIUM_SHORT = {
    "heat": "heat MW",
    "steam_hp": "HP t/h",
    "steam_mp": "MP t/h",
    "steam_lp": "LP t/h",
    "reclaimed_water": "RW m³/d",
}


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _media(values: Mapping[str, float]) -> str:
    return ", ".join(f"{_MEDIUM_SHORT[m]} {v:g}" for m, v in values.items())


def _caps(caps: Mapping[str, float] | None) -> str:
    if caps is None:
        return "-"
    return ", ".join(f"{k.replace('_capacity', '')} {v:g}" for k, v in caps.items()) or "(site)"


def _boilers(f: FirmSpec) -> str:
    if not f.boilers:
        return ""
    return str(f.boilers) + ("" if f.boiler_fuel == "coal" else f" ({f.boiler_fuel})")


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def figures(park: Park) -> list[str]:
    """Headline figures of each scenario as computed by ecopark's own indicator engine."""
    results = {sid: evaluate_scenario(park, sid) for sid in park.scenarios}
    sids = list(results)
    rows: list[list[str]] = []

    def row(label: str, values: list[str]) -> None:
        rows.append([label, *values])

    row("land output, 10^8 RMB/km² (HJ 274 2.1, >= 9)",
        [_fmt(results[s].land_output.park_value) for s in sids])  # fmt: skip
    row("industrial land, km²", [_fmt(results[s].land_output.industrial_area_km2) for s in sids])
    for hj in ("1.1", "2.2", "2.4", "2.6", "2.7", "2.8", "2.9", "3.1", "3.3"):
        r0 = results[sids[0]].hj274_row(hj)
        row(
            f"{hj} {r0.name}, {r0.unit} ({r0.comparator} {r0.threshold:g})",
            [_fmt(results[s].hj274_row(hj).value) for s in sids],
        )
    for hj in ("2.3", "3.4"):  # elasticities (seed 004 numbering)
        r0 = results[sids[-1]].hj274_row(hj)
        row(f"{hj} {r0.name} ({r0.comparator} {r0.threshold:g})",
            [_fmt(results[s].hj274_row(hj).value) for s in sids])  # fmt: skip
    for medium in MEDIUM_FIELDS:
        shares = [results[s].coverage.media[medium].share for s in sids]
        if any(v is not None for v in shares):
            row(f"coverage {medium}, %", [_fmt(None if v is None else 100 * v, 0) for v in shares])
    row("small boilers replaced by a connection",
        [str(results[s].coverage.boilers_replaced) for s in sids])  # fmt: skip
    row("space-optimization score (0-100)", [_fmt(results[s].space.score, 1) for s in sids])
    carbon = {s: results[s].carbon for s in sids}
    for label, get, digits in CARBON_ROWS:
        row(label, [_fmt(get(c), digits) if c is not None else "-" for c in carbon.values()])
    return _table(["figure", *sids], rows)


def _pct(value: float | None) -> float | None:
    return None if value is None else 100 * value


CARBON_ROWS: tuple[tuple[str, Callable[[CarbonResult], float | None], int], ...] = (
    ("energy from carriers, tce/a", lambda c: c.park.energy_tce, 0),
    ("scope 1 CO₂, t/a (firms and CHP)", lambda c: c.park.scope1_t, 0),
    ("scope 2 CO₂, t/a (national grid 0.5366)", lambda c: c.park.scope2_t, 0),
    ("CO₂ per IAV, t/10^4 RMB (CTIP 4.8)", lambda c: c.park.per_iav_t_per_10k_rmb, 3),
    ("CO₂ per tce, t/tce", lambda c: c.park.per_tce_t, 3),
    ("non-fossil share, % (CTIP 5.2)", lambda c: _pct(c.park.non_fossil_share), 1),
    ("renewable share, % (CTIP 5.3)", lambda c: _pct(c.park.renewable_share), 1),
    ("SO₂, t/a", lambda c: c.park.so2_t, 0),
    ("NOx, t/a", lambda c: c.park.nox_t, 0),
    ("saved by replaced boilers: fuel, tce/a", lambda c: c.savings.fuel_tce, 0),
    ("saved: SO₂, t/a", lambda c: c.savings.so2_t, 0),
    ("saved: CO₂, t/a", lambda c: c.savings.co2_t, 0),
    ("fresh water saved by reclaimed water, 10^4 m³/a",
     lambda c: c.savings.fresh_water_m3 / 1e4, 0),
)  # fmt: skip


def park_tables(spec: ParkSpec, *, with_figures: bool = True) -> list[str]:
    """Zones, firms, facilities, exchanges and headline figures of one park, as Markdown."""
    park = build_park(spec)
    plan = park.default_scenario()
    out = [f"#### {spec.name}", "", "Zones:", ""]
    out += _table(
        ["id", "名称", "English", "kind", "industrial", "km²"],
        [
            (z.zone_id, z.name, z.name_en, z.kind, "yes" if plan.zones[z.zone_id].industrial
             else "", f"{plan.zones[z.zone_id].area_m2 / 1e6:.2f}")
            for z in spec.zones
        ],
    )  # fmt: skip
    out += ["", "Firms (IAV in 10^4 RMB/a; plan values for firms new in the plan):", ""]
    out += _table(
        ["id", "名称", "English", "sector", "zone", "plot ha", "IAV base", "IAV plan",
         "boilers", "demand", "supply"],
        [
            (f.firm_id, f.name, f.name_en, f.sector,
             f.zone_id + (f" -> {f.plan_zone_id}" if f.plan_zone_id else ""), f"{f.plot_ha:g}",
             f"{firm_iav(f, 'baseline'):,.0f}" if "baseline" in f.roles else "-",
             f"{firm_iav(f, 'plan'):,.0f}", _boilers(f), _media(f.demand), _media(f.supply))
            for f in spec.firms
        ],
    )  # fmt: skip
    out += ["", "Shared facilities (capacities per scenario):", ""]
    out += _table(
        ["id", "名称", "English", "kind", "baseline", "plan"],
        [(f.facility_id, f.name, f.name_en, f.kind, _caps(f.baseline), _caps(f.plan))
         for f in spec.facilities],
    )  # fmt: skip
    out += ["", "Exchanges (symbiosis links):", ""]
    out += _table(
        ["id", "from", "to", "material", "quantity", "scenarios"],
        [(e.exchange_id, e.from_id, e.to_id, e.material,
          f"{e.quantity:,.0f} {e.unit}" + (f" (plan {e.plan_quantity:,.0f})" if e.plan_quantity
                                         else ""), ", ".join(e.roles))
         for e in spec.exchanges],
    )  # fmt: skip
    if with_figures:
        out += ["", "Headline figures (`ecopark.indicators.evaluate_scenario`):", ""]
        out += figures(park)
    return out
