"""The conversion and emission factor table: shipped as data, overridable per project.

The defaults live in ``ecopark/carbon/data/factors.csv`` (one row per factor with its unit, source
and year), never in formulas. A project overrides single values in
``park.settings["carbon_factors"]`` ({key: number}; stored in the GeoPackage with the other park
settings and changed through :class:`ecopark.commands.SetParkSetting`, so every change is undoable)
and picks its regional grid with ``park.settings["grid_region"]`` (``national`` by default).

Keys with a dot are families: ``grid_t_per_mwh.<region>``, ``boiler_efficiency.<fuel>``,
``so2_kg_per_t.<fuel>``, ``nox_kg_per_t.<fuel>``.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from ecopark.numbers import format_plain

FACTORS_SETTING = "carbon_factors"
"""park.settings key: {factor key: value} overriding the shipped table."""
REGION_SETTING = "grid_region"
"""park.settings key: which regional grid factor applies (a suffix of ``grid_t_per_mwh.``)."""
DEFAULT_REGION = "national"


@dataclass(frozen=True)
class FactorRow:
    key: str
    value: float
    unit: str
    group: str
    label: str
    source: str
    year: int
    overridden: bool = False
    """True when the project changed the shipped value (``source`` then says so)."""
    label_zh: str = ""
    unit_zh: str = ""
    source_zh: str = ""

    def words(self, lang: str) -> tuple[str, str, str]:
        """(label, unit, source) in ``lang`` ("zh" or "en"; English when no Chinese)."""
        if lang.startswith("zh") and self.label_zh:
            return self.label_zh, self.unit_zh or self.unit, self.source_zh or self.source
        return self.label, self.unit, self.source


@lru_cache(maxsize=1)
def default_rows() -> tuple[FactorRow, ...]:
    """The shipped table, in file order."""
    text = resources.files("ecopark.carbon").joinpath("data/factors.csv").read_text("utf-8")
    rows = []
    for r in csv.DictReader(io.StringIO(text)):
        rows.append(
            FactorRow(
                key=r["key"],
                value=float(r["value"]),
                unit=r["unit"],
                group=r["group"],
                label=r["label"],
                source=r["source"],
                year=int(r["year"]),
                label_zh=r.get("label_zh") or "",
                unit_zh=r.get("unit_zh") or "",
                source_zh=r.get("source_zh") or "",
            )
        )
    return tuple(rows)


def regions() -> tuple[str, ...]:
    """Regional grids of the table (``national`` first)."""
    return tuple(
        r.key.split(".", 1)[1] for r in default_rows() if r.key.startswith("grid_t_per_mwh.")
    )


@dataclass(frozen=True)
class FactorTable:
    """The factors in force for a project: the shipped rows with the project's overrides."""

    rows: tuple[FactorRow, ...]
    region: str = DEFAULT_REGION
    _by_key: dict[str, FactorRow] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_key.update({r.key: r for r in self.rows})

    def __getitem__(self, key: str) -> float:
        return self._by_key[key].value

    def row(self, key: str) -> FactorRow:
        return self._by_key[key]

    @property
    def grid_t_per_mwh(self) -> float:
        """The grid factor of the park's region (tCO₂/MWh)."""
        return self[f"grid_t_per_mwh.{self.region}"]

    def used_rows(self) -> tuple[FactorRow, ...]:
        """Rows that apply to this project: every row except the other regions' grid factors."""
        chosen = f"grid_t_per_mwh.{self.region}"
        return tuple(
            r for r in self.rows if not r.key.startswith("grid_t_per_mwh.") or r.key == chosen
        )

    def to_json(self) -> dict[str, Any]:
        """The ``factors`` object of ``park.carbon`` in ``ecopark evaluate --json``."""
        out: dict[str, Any] = {
            "grid_region": self.region,
            "grid_t_per_mwh": self.grid_t_per_mwh,
            "purchased_steam_t_per_t": self["purchased_steam_t_per_t"],
            "purchased_heat_t_per_gj": self["purchased_heat_t_per_gj"],
        }
        for r in self.used_rows():
            if not r.key.startswith("grid_t_per_mwh."):
                out.setdefault(r.key, r.value)
        return out


class FactorError(ValueError):
    """An override that is not a usable factor (unknown key, not a number, negative)."""


def check_override(key: str, value: Any) -> float:
    """The override as a float, or a :class:`FactorError` naming the factor."""
    known = {r.key: r for r in default_rows()}
    if key not in known:
        raise FactorError(f"carbon factor {key!r} is not in the factor table")
    if isinstance(value, bool) or isinstance(value, str):
        raise FactorError(f"carbon factor {key} must be a number, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FactorError(f"carbon factor {key} must be a number, not {value!r}") from None
    if not math.isfinite(number) or number < 0:
        raise FactorError(f"carbon factor {key} must be a finite number ≥ 0, not {value!r}")
    unit = known[key].unit
    if unit == "fraction" and number > 1:
        raise FactorError(
            f"carbon factor {key} is a fraction between 0 and 1, not {format_plain(number)}"
        )
    if key.startswith("boiler_efficiency") or key == "chp_boiler_efficiency":
        if number == 0:
            raise FactorError(f"carbon factor {key}: an efficiency must be above 0")
    return number


def factor_table(settings: Mapping[str, Any]) -> FactorTable:
    """The factors in force for ``park.settings``. Overrides that are not usable are ignored
    here (the dialog and the command refuse them before they are stored). Remembered by the
    two settings' values, since the live engine asks on every edit."""
    key = json.dumps(
        [settings.get(FACTORS_SETTING), settings.get(REGION_SETTING)], sort_keys=True, default=str
    )
    return _factor_table(key)


@lru_cache(maxsize=32)
def _factor_table(key: str) -> FactorTable:
    raw_overrides, region_setting = json.loads(key)
    settings = {FACTORS_SETTING: raw_overrides, REGION_SETTING: region_setting}
    raw = settings.get(FACTORS_SETTING) or {}
    overrides: dict[str, float] = {}
    if isinstance(raw, Mapping):
        for key, value in raw.items():
            try:
                overrides[str(key)] = check_override(str(key), value)
            except FactorError:
                continue
    rows = tuple(
        replace(
            r, value=overrides[r.key], overridden=True,
            source=f"project value (shipped {format_plain(r.value)}: {r.source})",
            source_zh=f"项目取值（默认 {format_plain(r.value)}：{r.source_zh or r.source}）",
        )
        if r.key in overrides and overrides[r.key] != r.value
        else r
        for r in default_rows()
    )  # fmt: skip
    region = settings.get(REGION_SETTING) or DEFAULT_REGION
    if not isinstance(region, str) or region not in regions():
        region = DEFAULT_REGION
    return FactorTable(rows, region)


__all__ = [
    "DEFAULT_REGION",
    "FACTORS_SETTING",
    "REGION_SETTING",
    "FactorError",
    "FactorRow",
    "FactorTable",
    "check_override",
    "default_rows",
    "factor_table",
    "regions",
]
