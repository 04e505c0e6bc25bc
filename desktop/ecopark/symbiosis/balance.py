"""Material and energy balance of each firm and facility, per stream, and of each by-product.

For a site (firm or facility) and a stream (solid waste, water, a steam grade, heat) the balance
lists what it generates, uses in house, exchanges out (by destination), receives (by origin) and
disposes of, and what it can take in where that is recorded. The figures come from the firm's
own fields and from the scenario's exchanges read through :mod:`ecopark.symbiosis.materials`.

Definitions (docs/symbiosis.md has worked examples):

* solid waste, t/a: generated = ``solid_waste_t``; reused = ``solid_waste_reused_t`` counts
  what is reused in house *and* what other firms take (HJ 274's comprehensive utilisation), so
  used in house = reused - exchanged out; disposed = ``solid_waste_disposed_t``; can take in =
  ``byproduct_intake_t`` (facility: solid-waste capacity x 365);
* water, m³/a (1 t = 1 m³): generated = ``wastewater_t`` (facility: the larger of its
  wastewater and reclaimed-water capacities x 365); used in house = ``water_reused_m3``;
  disposed = generated - exchanged out (discharged); can take in = reclaimed-water demand x 365;
* steam (t/h) and heat (MW): generated = the firm's supply (facility: capacity) of that medium;
  can take in = the firm's demand of it.

A quantity that is not recorded is None, never 0. The steam, heat and reclaimed-water supply,
demand and capacity fields are not optional (0 by default), so 0 there reads as "not recorded".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ecopark.model import Exchange, Facility, Firm, Park
from ecopark.model.kinds import MEDIUM_FIELDS
from ecopark.symbiosis.materials import BALANCE_UNITS, balance_amount, stream_of

BALANCED_STREAMS: tuple[str, ...] = ("solid_waste", "water", "steam_hp", "steam_mp", "steam_lp",
                                     "heat")  # fmt: skip
DAYS_PER_YEAR = 365.0


@dataclass(frozen=True)
class StreamBalance:
    """One site's balance of one stream, in ``unit``."""

    stream: str
    unit: str
    generated: float | None
    used_in_house: float | None
    exchanged_out: dict[str, float] = field(default_factory=dict)
    """destination id -> amount"""
    received: dict[str, float] = field(default_factory=dict)
    """origin id -> amount"""
    disposed: float | None = None
    can_take_in: float | None = None
    reused_recorded: float | None = None
    """Solid waste: the recorded reuse (in house + given away); None otherwise."""

    @property
    def out_total(self) -> float:
        return float(sum(self.exchanged_out.values()))

    @property
    def received_total(self) -> float:
        return float(sum(self.received.values()))

    @property
    def unaccounted(self) -> float | None:
        """Generated but neither exchanged, reused nor disposed (solid waste; None if unknown)."""
        if self.stream != "solid_waste" or self.generated is None:
            return None
        reused = max(self.reused_recorded or 0.0, self.out_total)
        return max(0.0, self.generated - reused - (self.disposed or 0.0))

    def to_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "generated": self.generated,
            "used_in_house": self.used_in_house,
            "exchanged_out": dict(self.exchanged_out),
            "exchanged_out_total": self.out_total,
            "received": dict(self.received),
            "received_total": self.received_total,
            "disposed": self.disposed,
            "can_take_in": self.can_take_in,
            "unaccounted": self.unaccounted,
        }


@dataclass(frozen=True)
class SiteBalance:
    site_id: str
    name: str
    layer: str
    streams: dict[str, StreamBalance]


@dataclass(frozen=True)
class ByProduct:
    """One material one site sends out, with where it goes (amounts in the stream's unit;
    None when the exchange's unit does not fit the stream)."""

    from_id: str
    material: str
    stream: str
    unit: str
    to: dict[str, float | None]

    @property
    def total(self) -> float:
        return float(sum(v for v in self.to.values() if v is not None))

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.from_id,
            "material": self.material,
            "stream": self.stream,
            "unit": self.unit,
            "total": self.total,
            "to": dict(self.to),
        }


@dataclass(frozen=True)
class Balances:
    sites: dict[str, SiteBalance]
    byproducts: tuple[ByProduct, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "firms": [
                {
                    "id": s.site_id,
                    "name": s.name,
                    "layer": s.layer,
                    "streams": {k: v.to_json() for k, v in s.streams.items()},
                }
                for s in self.sites.values()
                if s.streams
            ],
            "byproducts": [b.to_json() for b in self.byproducts],
        }


def exchange_amount(ex: Exchange) -> tuple[str, float | None]:
    """(stream, amount in the stream's balance unit) of an exchange."""
    stream = stream_of(ex.material)
    return stream, balance_amount(stream, ex.quantity, ex.unit)


def balances(park: Park, scenario_id: str) -> Balances:
    """Every site's balance per stream, and every by-product, of a scenario."""
    scenario = park.scenario(scenario_id)
    out: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    into: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    groups: dict[tuple[str, str], dict[str, float | None]] = {}
    kinds: dict[tuple[str, str], str] = {}
    for ex in sorted(scenario.exchanges.values(), key=lambda e: e.exchange_id):
        stream, amount = exchange_amount(ex)
        key = (ex.from_id, ex.material)
        kinds[key] = stream
        dest = groups.setdefault(key, {})
        prev = dest.get(ex.to_id, 0.0)
        dest[ex.to_id] = None if amount is None or prev is None else prev + amount
        if amount is None or stream not in BALANCED_STREAMS:
            continue
        out[(ex.from_id, stream)][ex.to_id] += amount
        into[(ex.to_id, stream)][ex.from_id] += amount
    sites: dict[str, SiteBalance] = {}
    site_objs: list[Firm | Facility] = [
        *sorted(scenario.firms.values(), key=lambda o: o.id),
        *sorted(scenario.facilities.values(), key=lambda o: o.id),
    ]
    for obj in site_objs:
        streams = {}
        for stream in BALANCED_STREAMS:
            sb = _stream_balance(obj, stream, dict(out.get((obj.id, stream), {})),
                                 dict(into.get((obj.id, stream), {})))  # fmt: skip
            if sb is not None:
                streams[stream] = sb
        sites[obj.id] = SiteBalance(obj.id, obj.name, obj.LAYER, streams)
    byproducts = tuple(
        ByProduct(fid, material, kinds[key], BALANCE_UNITS[kinds[key]], to)
        for key, to in groups.items()
        for fid, material in [key]
    )
    return Balances(sites, byproducts)


def _stream_balance(
    obj: Firm | Facility, stream: str, out: dict[str, float], received: dict[str, float]
) -> StreamBalance | None:
    unit = BALANCE_UNITS[stream]
    if isinstance(obj, Firm):
        if stream == "solid_waste":
            gen, reused = obj.solid_waste_t, obj.solid_waste_reused_t
            in_house = None if reused is None else reused - sum(out.values())
            sb = StreamBalance(
                stream, unit, gen, in_house, out, received,
                obj.solid_waste_disposed_t, obj.byproduct_intake_t, reused,
            )  # fmt: skip
        elif stream == "water":
            gen = obj.wastewater_t
            disposed = None if gen is None else max(0.0, gen - sum(out.values()))
            demand = obj.reclaimed_water_demand_m3d * DAYS_PER_YEAR
            sb = StreamBalance(stream, unit, gen, obj.water_reused_m3, out, received, disposed,
                               demand or None)  # fmt: skip
        else:
            mf = MEDIUM_FIELDS[stream]
            supply = float(getattr(obj, mf.supply_field))
            demand = float(getattr(obj, mf.demand_field))
            sb = StreamBalance(stream, unit, supply or None, None, out, received, None,
                               demand or None)  # fmt: skip
        empty = not (out or received) and not sb.generated and sb.used_in_house is None
        return None if empty else sb
    if stream == "solid_waste":
        cap = obj.solid_waste_capacity_tpd * DAYS_PER_YEAR or None
        sb = StreamBalance(stream, unit, None, None, out, received, None, cap)
    elif stream == "water":
        cap = max(obj.wastewater_capacity_m3d, obj.reclaimed_water_capacity_m3d) * DAYS_PER_YEAR
        sb = StreamBalance(stream, unit, cap or None, None, out, received, None, cap or None)
    else:
        cap = float(getattr(obj, MEDIUM_FIELDS[stream].capacity_field))
        sb = StreamBalance(stream, unit, cap or None, None, out, received, None, None)
    return sb if (out or received) else None
