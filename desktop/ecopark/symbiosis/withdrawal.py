"""Key-plant withdrawal: what the park loses if one firm or facility leaves (a what-if, never
an edit), and the ranking of every site by that damage: the park's single points of failure.

Seed 003 lists "industrial collapse due to withdrawal of key plants" among the unsuccessful
stories of Chinese eco-industrial parks. For a site X of a scenario:

* broken exchanges: every exchange from or to X;
* knock-on supply: a site that receives steam, heat or water from X through an exchange and
  itself supplies that medium (e.g. a steel plant's waste heat feeding an energy centre) loses
  that much of its supply (capped at what it supplies), so its own consumers can be stranded;
* stranded consumers: the other sites that lose steam, heat or reclaimed water, i.e. firms whose
  served amount of some medium falls once X's supply is gone (pipe networks, steam cascade
  included), and receivers of X's broken exchanges of a piped stream (steam, heat, water);
* coverage_drop: combined coverage (mean share over media with demand, 0-1) before minus after;
* land_output_change: the park's land output after minus before, 10^8 RMB/km²;
* damage: the weighted sum of these (weights: ``data/withdrawal_damage.json``).

:func:`rank_withdrawals` is fast: one scenario state, and for each site only the medium groups
it supplies or demands are re-served (``coverage.serve_group``) with its demand and sources
set to zero, skipped for a pure consumer when its group serves every demand or it was served
nothing (the others' supply cannot change); land output moves by the site's IAV.
:func:`what_if` evaluates every indicator on a scratch copy without the site, for the one the
planner looks at. Both agree (tests/symbiosis/test_symbiosis_withdrawal.py checks every site of
the demo plans).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from ecopark.commands import MacroCommand, RemoveObjects, ReplaceObjects
from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.indicators.coverage import MEDIUM_GROUPS, serve_group
from ecopark.indicators.land import land_output
from ecopark.indicators.state import MEDIUM_INDEX, ScenarioState
from ecopark.model import MEDIA, MEDIUM_FIELDS, Facility, Firm, Park
from ecopark.optimise.scratch import clone_park
from ecopark.symbiosis.balance import DAYS_PER_YEAR
from ecopark.symbiosis.materials import PIPED_STREAMS, balance_amount, stream_of

SERVED_TOLERANCE = 1e-9


@cache
def damage_weights() -> dict[str, float]:
    text = resources.files("ecopark.symbiosis").joinpath("data", "withdrawal_damage.json")
    raw = json.loads(text.read_text("utf-8"))
    return {k: float(v) for k, v in raw.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Withdrawal:
    """The damage one site's withdrawal does."""

    id: str
    name: str
    layer: str
    broken_exchanges: tuple[str, ...]
    stranded_consumers: tuple[str, ...]
    coverage_drop: float
    """Combined coverage before - after (shares 0-1; positive = worse)."""
    land_output_change: float | None
    """Park land output after - before, 10^8 RMB/km² (None without industrial land)."""
    land_output_drop_pct: float
    damage: float
    lost_supply: dict[str, float] = field(default_factory=dict)
    """medium -> amount other firms are no longer served (t/h, MW, m³/d)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "layer": self.layer,
            "broken_exchanges": list(self.broken_exchanges),
            "stranded_consumers": list(self.stranded_consumers),
            "coverage_drop": self.coverage_drop,
            "land_output_change": self.land_output_change,
            "damage": self.damage,
            "lost_supply": dict(self.lost_supply),
        }


def damage_of(coverage_drop: float, stranded: int, broken: int, land_drop_pct: float) -> float:
    w = damage_weights()
    return (
        w["coverage_drop_pp"] * 100.0 * coverage_drop
        + w["stranded_consumer"] * stranded
        + w["broken_exchange"] * broken
        + w["land_output_drop_pct"] * land_drop_pct
    )


def _combined(demand: dict[str, float], served: dict[str, float]) -> float | None:
    shares = [served[m] / demand[m] for m in MEDIA if demand[m] > 0]
    return float(np.mean(shares)) if shares else None


def _exchange_index(park: Park, scenario_id: str) -> dict[str, list[tuple[str, str, str]]]:
    """site id -> [(exchange id, other end, stream)] of its exchanges."""
    index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for ex in park.scenario(scenario_id).exchanges.values():
        stream = stream_of(ex.material)
        index[ex.from_id].append((ex.exchange_id, ex.to_id, stream))
        index[ex.to_id].append((ex.exchange_id, ex.from_id, ""))
    return index


def _piped_out(park: Park, scenario_id: str) -> dict[str, list[tuple[str, str, float]]]:
    """site id -> [(receiver id, medium, amount in the medium's unit)] of its exchanges of a
    piped stream (t/h, MW, m³/d)."""
    out: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for ex in park.scenario(scenario_id).exchanges.values():
        stream = stream_of(ex.material)
        medium = PIPED_STREAMS.get(stream)
        amount = balance_amount(stream, ex.quantity, ex.unit) if medium else None
        if medium is None or amount is None or ex.to_id == ex.from_id:
            continue
        if medium == "reclaimed_water":
            amount /= DAYS_PER_YEAR
        out[ex.from_id].append((ex.to_id, medium, amount))
    return out


def knock_on(
    park: Park,
    scenario_id: str,
    site_id: str,
    piped: dict[str, list[tuple[str, str, float]]] | None = None,
) -> dict[tuple[str, str], float]:
    """(receiver id, medium) -> supply the receiver loses when ``site_id`` withdraws: what
    the site's exchanges of a piped stream gave it, in the medium's unit (t/h, MW, m³/d),
    capped at the receiver's own supply or capacity of that medium."""
    scenario = park.scenario(scenario_id)
    piped = _piped_out(park, scenario_id) if piped is None else piped
    out: dict[tuple[str, str], float] = defaultdict(float)
    for rid, medium, amount in piped.get(site_id, []):
        out[(rid, medium)] += amount
    capped = {}
    for (rid, medium), amount in out.items():
        supply = _supply_of(scenario.find(rid), medium)
        if supply > 0:
            capped[(rid, medium)] = min(amount, supply)
    return capped


def _supply_of(obj: object, medium: str) -> float:
    mf = MEDIUM_FIELDS[medium]
    if isinstance(obj, Firm):
        return float(getattr(obj, mf.supply_field))
    if isinstance(obj, Facility):
        return float(getattr(obj, mf.capacity_field))
    return 0.0


def _reduced(obj: Firm | Facility, medium: str, by: float) -> Firm | Facility:
    mf = MEDIUM_FIELDS[medium]
    name = mf.supply_field if isinstance(obj, Firm) else mf.capacity_field
    return obj.with_changes(**{name: max(0.0, float(getattr(obj, name)) - by)})  # type: ignore[no-any-return]


def _piped_receivers(entries: list[tuple[str, str, str]]) -> set[str]:
    """Sites that receive steam, heat or water from the withdrawn site through exchanges."""
    return {other for _, other, stream in entries if stream in PIPED_STREAMS}


def rank_withdrawals(
    park: Park, scenario_id: str, state: ScenarioState | None = None
) -> list[Withdrawal]:
    """Every firm and facility of the scenario, most damaging withdrawal first (ties by id).

    ``state``: the scenario's current state to rank on (e.g. an export's shared one; built when
    absent). Each site's demand and sources are zeroed while it is tried and put back after."""
    if state is None:
        state = ScenarioState.build(park, scenario_id)
    scenario = park.scenario(scenario_id)
    n = state.sites.used
    sites = state.sites.alive_slots()
    firms = sites[state.is_firm[sites]]
    labels = {m: state.networks[m].labels(n) for m in MEDIA}
    served: dict[str, np.ndarray] = {}
    for group in MEDIUM_GROUPS:
        served.update(serve_group(state, group, {m: labels[m] for m in group})[0])
    demand = {m: float(state.demand[MEDIUM_INDEX[m], firms].sum()) for m in MEDIA}
    served_sum = {m: float(served[m][firms].sum()) for m in MEDIA}
    before = _combined(demand, served_sum)
    land = land_output(state)
    industrial_zone = {z.zone_id for z in land.zones if z.industrial}
    exchanges = _exchange_index(park, scenario_id)
    piped = _piped_out(park, scenario_id)
    short = {
        group: any(
            bool((state.demand[MEDIUM_INDEX[m], firms] - served[m][firms]
                  > SERVED_TOLERANCE * np.maximum(state.demand[MEDIUM_INDEX[m], firms], 1.0)).any())
            for m in group
        )
        for group in MEDIUM_GROUPS
    }  # fmt: skip
    """Per medium group: does some firm go short? If none does, a consumer's withdrawal cannot
    change what the others get (allocation only improves for them), so it is not re-served."""
    out: list[Withdrawal] = []
    for slot in state.sites.in_id_order(sites):
        sid = str(state.sites.ids[slot])
        obj = scenario.find(sid)
        is_firm = bool(state.is_firm[slot])
        after_served = dict(served)
        col_d = state.demand[:, slot].copy()
        col_s = state.source[:, slot].copy()
        cuts = [(state.sites.slot_of[rid], MEDIUM_INDEX[m], q)
                for (rid, m), q in knock_on(park, scenario_id, sid, piped).items()]  # fmt: skip
        for group in MEDIUM_GROUPS:
            idx = [MEDIUM_INDEX[m] for m in group]
            knocked = [c for c in cuts if c[1] in idx]
            if not (col_d[idx].any() or col_s[idx].any() or knocked):
                continue
            consumer_only = not (col_s[idx].any() or knocked)
            if consumer_only and not short[group]:
                continue  # a consumer leaves a group where all demand is served: others keep theirs
            if consumer_only and not any(served[m][slot] > 0 for m in group):
                continue  # it was served nothing, so it took no capacity from anyone
            saved = {(r, k): state.source[k, r] for r, k, _ in knocked}
            state.demand[:, slot] = 0.0
            state.source[:, slot] = 0.0
            for r, k, q in knocked:
                state.source[k, r] = max(0.0, state.source[k, r] - q)
            try:
                after_served.update(serve_group(state, group, {m: labels[m] for m in group})[0])
            finally:
                state.demand[:, slot] = col_d
                state.source[:, slot] = col_s
                for (r, k), v in saved.items():
                    state.source[k, r] = v
        d_after = {m: demand[m] - (col_d[MEDIUM_INDEX[m]] if is_firm else 0.0) for m in MEDIA}
        # a medium not re-served keeps the very array of ``served``: its sum is known and no
        # other firm can lose any of it (most sites re-serve nothing)
        s_after = {
            m: (
                served_sum[m] if after_served[m] is served[m]
                else float(after_served[m][firms].sum())
            ) - (after_served[m][slot] if is_firm else 0.0)
            for m in MEDIA
        }  # fmt: skip
        after = _combined(d_after, s_after)
        drop = (before or 0.0) - (after or 0.0) if before is not None else 0.0
        stranded: set[str] = set()
        lost: dict[str, float] = {}
        changed = [m for m in MEDIA if after_served[m] is not served[m]]
        others = firms[firms != slot] if changed else firms
        for m in changed:
            loss = served[m][others] - after_served[m][others]
            hit = loss > SERVED_TOLERANCE * np.maximum(served[m][others], 1.0)
            if hit.any():
                stranded.update(str(i) for i in state.sites.ids[others[hit]])
                lost[m] = float(loss[hit].sum())
        entries = exchanges.get(sid, [])
        stranded |= _piped_receivers(entries) - {sid}
        change: float | None = None
        drop_pct = 0.0
        if land.park_value is not None:
            change = 0.0
            if is_firm and land.firm_zone.get(sid) in industrial_zone:
                change = -float(state.num["iav_10k_rmb"][slot]) / 1e4 / land.industrial_area_km2
            if land.park_value > 0:
                drop_pct = -100.0 * change / land.park_value
        broken = tuple(sorted({e for e, _, _ in entries}))
        out.append(
            Withdrawal(
                id=sid,
                name=getattr(obj, "name", ""),
                layer=getattr(obj, "LAYER", ""),
                broken_exchanges=broken,
                stranded_consumers=tuple(sorted(stranded)),
                coverage_drop=drop,
                land_output_change=change,
                land_output_drop_pct=drop_pct,
                damage=damage_of(drop, len(stranded), len(broken), drop_pct),
                lost_supply=lost,
            )
        )
    out.sort(key=lambda w: (-round(w.damage, 9), w.id))
    return out


@dataclass(frozen=True)
class IndicatorChange:
    key: str
    label: str
    unit: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class WhatIf:
    """Every indicator with and without one site (evaluated on a scratch copy)."""

    withdrawal: Withdrawal
    before: ScenarioResult
    after: ScenarioResult
    changes: tuple[IndicatorChange, ...]


def withdraw_command(park: Park, scenario_id: str, site_id: str) -> MacroCommand:
    """The edit a withdrawal would be (its exchanges, then the site): applied only to copies."""
    scenario = park.scenario(scenario_id)
    obj = scenario.find(site_id)
    if obj is None or obj.LAYER not in ("firms", "facilities"):
        from ecopark.model import UnknownReferenceError

        raise UnknownReferenceError(
            f"{site_id} is not a firm or facility of scenario {scenario_id}",
            layer="firms",
            object_id=site_id,
        )
    refs = [("exchanges", e.id) for e in park.exchanges_referring_to(scenario_id, site_id)]
    return MacroCommand(
        f"Withdraw {obj.label}",
        [RemoveObjects(scenario_id, refs), RemoveObjects(scenario_id, [(obj.LAYER, site_id)])],
    )


def indicator_changes(before: ScenarioResult, after: ScenarioResult) -> tuple[IndicatorChange, ...]:
    rows = [
        IndicatorChange("land_output", "Land output", "10^8 RMB/km²",
                        before.land_output.park_value, after.land_output.park_value),
        IndicatorChange("coverage.combined", "Coverage, combined", "share",
                        before.coverage.combined, after.coverage.combined),
    ]  # fmt: skip
    for m in MEDIA:
        rows.append(IndicatorChange(f"coverage.{m}", f"Coverage, {m}", "share",
                                    before.coverage.media[m].share,
                                    after.coverage.media[m].share))  # fmt: skip
    rows.append(IndicatorChange("boilers_replaced", "Small boilers replaced", "units",
                                float(before.coverage.boilers_replaced),
                                float(after.coverage.boilers_replaced)))  # fmt: skip
    rows.append(IndicatorChange("space_score", "Space-optimization score", "0-100",
                                before.space.score, after.space.score))  # fmt: skip
    for a, b in zip(before.hj274, after.hj274, strict=True):
        rows.append(IndicatorChange(f"hj274.{a.id}", f"HJ 274 {a.id} {a.name}", a.unit,
                                    a.value, b.value))  # fmt: skip
    return tuple(rows)


def what_if(park: Park, scenario_id: str, site_id: str) -> WhatIf:
    """The withdrawal of one site with every indicator before and after; ``park`` untouched."""
    scratch = clone_park(park)
    before = evaluate_scenario(scratch, scenario_id)
    entries = _exchange_index(park, scenario_id).get(site_id, [])
    knocked = knock_on(park, scenario_id, site_id)
    command = withdraw_command(scratch, scenario_id, site_id)
    command.redo(scratch)
    for (rid, medium), amount in sorted(knocked.items()):
        obj_r = scratch.scenario(scenario_id).find(rid)
        assert isinstance(obj_r, Firm | Facility)
        ReplaceObjects(scenario_id, [_reduced(obj_r, medium, amount)]).redo(scratch)
    after = evaluate_scenario(scratch, scenario_id)
    stranded: set[str] = set()
    lost: dict[str, float] = {}
    for m in MEDIA:
        b, a = before.coverage.media[m].served_by_firm, after.coverage.media[m].served_by_firm
        total = 0.0
        for fid, got in b.items():
            if fid == site_id:
                continue
            loss = got - a.get(fid, 0.0)
            if loss > SERVED_TOLERANCE * max(got, 1.0):
                stranded.add(fid)
                total += loss
        if total:
            lost[m] = total
    stranded |= _piped_receivers(entries) - {site_id}
    cb, ca = before.coverage.combined, after.coverage.combined
    drop = (cb or 0.0) - (ca or 0.0) if cb is not None else 0.0
    lb, la = before.land_output.park_value, after.land_output.park_value
    change = None if lb is None or la is None else la - lb
    drop_pct = -100.0 * change / lb if change is not None and lb else 0.0
    obj = park.scenario(scenario_id).find(site_id)
    broken = tuple(sorted({e for e, _, _ in entries}))
    w = Withdrawal(
        id=site_id,
        name=getattr(obj, "name", ""),
        layer=getattr(obj, "LAYER", ""),
        broken_exchanges=broken,
        stranded_consumers=tuple(sorted(stranded)),
        coverage_drop=drop,
        land_output_change=change,
        land_output_drop_pct=drop_pct,
        damage=damage_of(drop, len(stranded), len(broken), drop_pct),
        lost_supply=lost,
    )
    return WhatIf(w, before, after, indicator_changes(before, after))
