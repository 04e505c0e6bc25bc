"""How an exchange's free-text material and unit are read: which stream it belongs to (solid
waste, water, a steam grade, heat, or a product sold along a value chain) and its yearly amount.

Exchanges are typed by planners ("粉煤灰 fly ash", "余热蒸汽 waste-heat steam (LP)"), so the
stream comes from a keyword table shipped as data (``data/materials.csv``, first match wins, one
note per row) rather than from a closed list the planner must pick from. Units come from
``data/units.csv``. Both are read once.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

STREAMS: tuple[str, ...] = (
    "solid_waste",
    "water",
    "steam_hp",
    "steam_mp",
    "steam_lp",
    "heat",
    "product",
    "other",
)
"""Every stream an exchange can belong to; ``other`` when no keyword matches."""

STREAM_LABELS: dict[str, tuple[str, str]] = {
    "solid_waste": ("Solid waste / by-products", "固体废物/副产品"),
    "water": ("Wastewater / reclaimed water", "废水/再生水"),
    "steam_hp": ("HP steam", "高压蒸汽"),
    "steam_mp": ("MP steam", "中压蒸汽"),
    "steam_lp": ("LP steam", "低压蒸汽"),
    "heat": ("Heat", "热能"),
    "product": ("Products / feedstock", "产品/原料"),
    "other": ("Other", "其他"),
}
"""(English, Chinese) name of each stream, for tables and legends."""


def stream_label(stream: str, language: str | None) -> str:
    en, zh = STREAM_LABELS.get(stream, (stream, stream))
    return zh if (language or "en").startswith("zh") else en


PIPED_STREAMS: dict[str, str] = {
    "steam_hp": "steam_hp",
    "steam_mp": "steam_mp",
    "steam_lp": "steam_lp",
    "heat": "heat",
    "water": "reclaimed_water",
}
"""Streams carried by pipe, and the pipeline medium that carries them."""

HOURS_PER_YEAR = 8760.0


@dataclass(frozen=True)
class UnitInfo:
    unit: str
    dimension: str
    """"flow" (t or m³) or "power" (MW)."""
    per_year: float
    """Factor from the unit to a yearly amount (t/a, m³/a); 1 for power."""


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("ecopark.symbiosis").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def keyword_table() -> tuple[tuple[str, str], ...]:
    """(keyword in lower case, stream) in the order they are tried."""
    out = []
    for row in _rows("materials.csv"):
        stream = row["stream"].strip()
        if stream not in STREAMS:
            raise ValueError(f"materials.csv: unknown stream {stream!r}")
        out.append((row["keyword"].strip().lower(), stream))
    return tuple(out)


@cache
def unit_table() -> dict[str, UnitInfo]:
    return {
        r["unit"].strip(): UnitInfo(r["unit"].strip(), r["dimension"].strip(), float(r["per_year"]))
        for r in _rows("units.csv")
    }


@cache
def stream_of(material: str) -> str:
    """The stream of a material text; ``other`` when no keyword of the table occurs in it."""
    text = material.lower()
    for keyword, stream in keyword_table():
        if keyword and keyword in text:
            return stream
    return "other"


def per_year(quantity: float, unit: str) -> float | None:
    """A flow in t/a or m³/a; None for a unit that is not a flow (MW) or not known."""
    info = unit_table().get(unit.strip())
    if info is None or info.dimension != "flow":
        return None
    return quantity * info.per_year


def per_hour(quantity: float, unit: str) -> float | None:
    """A flow in t/h (steam); None when the unit is not a flow."""
    yearly = per_year(quantity, unit)
    return None if yearly is None else yearly / HOURS_PER_YEAR


def balance_amount(stream: str, quantity: float, unit: str) -> float | None:
    """The amount in the unit the stream is balanced in: t/a (solid waste), m³/a (water), t/h
    (steam), MW (heat); None when the unit does not fit the stream."""
    if stream in ("solid_waste", "water", "product", "other"):
        return per_year(quantity, unit)
    if stream.startswith("steam_"):
        return per_hour(quantity, unit)
    if stream == "heat":
        return quantity if unit.strip() == "MW" else None
    return None


BALANCE_UNITS: dict[str, str] = {
    "solid_waste": "t/a",
    "water": "m³/a",
    "steam_hp": "t/h",
    "steam_mp": "t/h",
    "steam_lp": "t/h",
    "heat": "MW",
    "product": "t/a",
    "other": "t/a",
}
