"""The reference tables the solve reads: DN series, velocity limits, grade defaults, pipe defaults.

They are data files under ``data/`` with their sources in their headers, so a planner or a
reviewer can check or replace a figure without reading code.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class PipeSize:
    """One standard size: nominal diameter and steel pipe dimensions in millimetres."""

    dn: int
    outer_mm: float
    wall_mm: float

    @property
    def inner_mm(self) -> float:
        return self.outer_mm - 2.0 * self.wall_mm


@dataclass(frozen=True)
class GradeDefaults:
    """Park defaults of one network medium (absolute pressures); ``None`` where not relevant."""

    medium: str
    source_pressure_mpa: float
    source_temperature_c: float
    min_pressure_mpa: float | None
    min_superheat_k: float | None
    return_temperature_c: float | None
    return_pressure_mpa: float | None
    min_differential_mpa: float | None
    min_supply_temperature_c: float | None


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("ecopark.hydraulics").joinpath(f"data/{name}").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _num(value: str) -> float | None:
    return float(value) if value.strip() else None


@cache
def dn_series() -> tuple[PipeSize, ...]:
    """Standard sizes, smallest first."""
    sizes = [PipeSize(int(r["dn"]), float(r["outer_mm"]), float(r["wall_mm"])) for r in _rows(
        "dn_series.csv")]  # fmt: skip
    return tuple(sorted(sizes, key=lambda s: s.dn))


def size_of(diameter_mm: float) -> PipeSize | None:
    """The standard size whose DN is ``diameter_mm`` (a pipeline's diameter is its DN)."""
    return _size_of(float(diameter_mm))


@cache
def _size_of(diameter_mm: float) -> PipeSize | None:
    for s in dn_series():
        if abs(s.dn - diameter_mm) < 0.5:
            return s
    return None


def inner_diameter_mm(diameter_mm: float) -> float:
    """Inner diameter used for a pipeline of this DN: the table's, or the figure itself when it
    is not a standard DN (then the planner entered an inner diameter)."""
    s = size_of(diameter_mm)
    return s.inner_mm if s else float(diameter_mm)


def outer_diameter_mm(diameter_mm: float) -> float:
    s = size_of(diameter_mm)
    if s:
        return s.outer_mm
    bigger = [x for x in dn_series() if x.inner_mm >= diameter_mm]
    wall = bigger[0].wall_mm if bigger else dn_series()[-1].wall_mm
    return float(diameter_mm) + 2.0 * wall


@cache
def velocity_limits() -> tuple[tuple[str, int, int, float], ...]:
    return tuple(
        (r["medium_class"], int(r["dn_min"]), int(r["dn_max"]), float(r["max_velocity_ms"]))
        for r in _rows("velocity_limits.csv")
    )


def max_velocity_ms(medium_class: str, dn: float) -> float:
    """The velocity limit of a medium class (superheated_steam, saturated_steam, hot_water) for a
    pipe of this DN."""
    for cls, lo, hi, v in velocity_limits():
        if cls == medium_class and lo <= dn <= hi:
            return v
    raise KeyError(f"no velocity limit for {medium_class} DN{dn:g}")


@cache
def grade_defaults() -> dict[str, GradeDefaults]:
    out = {}
    for r in _rows("grades.csv"):
        out[r["medium"]] = GradeDefaults(
            medium=r["medium"],
            source_pressure_mpa=float(r["source_pressure_mpa"]),
            source_temperature_c=float(r["source_temperature_c"]),
            min_pressure_mpa=_num(r["min_pressure_mpa"]),
            min_superheat_k=_num(r["min_superheat_k"]),
            return_temperature_c=_num(r["return_temperature_c"]),
            return_pressure_mpa=_num(r["return_pressure_mpa"]),
            min_differential_mpa=_num(r["min_differential_mpa"]),
            min_supply_temperature_c=_num(r["min_supply_temperature_c"]),
        )
    return out


@cache
def pipe_defaults() -> dict[str, Any]:
    """Roughness, fittings allowance, insulation, laying, ambient, PRS drop, march step."""
    text = resources.files("ecopark.hydraulics").joinpath("data/defaults.json").read_text(
        "utf-8")  # fmt: skip
    data: dict[str, Any] = json.loads(text)
    return data
