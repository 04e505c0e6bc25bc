"""Energy carriers from a statistics table: one row per firm and carrier, with its unit.

Park statistics arrive as long tables (企业编号, 能源品种, 数量, 单位), e.g. from the energy
statistics returns of each firm. :func:`read_carrier_rows` turns such rows into changed firms, or
refuses the whole table with a message naming the row, the column and what is accepted: an
unknown carrier, an unknown unit, a quantity that is not a number or is negative, a firm that is
not in the scenario. Nothing is changed until every row is good (no half-imported statistics).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ecopark.carbon.carriers import RECORDED_FIELDS, unit_multiplier
from ecopark.model import Firm, InvalidValueError, Park
from ecopark.model.fields import Role, normalise_number

CARRIER_ALIASES: dict[str, str] = {
    "coal": "coal_t", "raw coal": "coal_t", "煤": "coal_t", "原煤": "coal_t", "煤炭": "coal_t",
    "fuel oil": "fuel_oil_t", "fuel_oil": "fuel_oil_t", "heavy oil": "fuel_oil_t",
    "燃料油": "fuel_oil_t", "重油": "fuel_oil_t",
    "natural gas": "natural_gas_10k_m3", "natural_gas": "natural_gas_10k_m3",
    "gas": "natural_gas_10k_m3",
    "天然气": "natural_gas_10k_m3",
    "electricity": "electricity_mwh", "grid electricity": "electricity_mwh",
    "电力": "electricity_mwh",
    "电": "electricity_mwh", "外购电": "electricity_mwh",
    "steam": "purchased_steam_t", "purchased steam": "purchased_steam_t",
    "蒸汽": "purchased_steam_t",
    "外购蒸汽": "purchased_steam_t",
    "heat": "purchased_heat_gj", "purchased heat": "purchased_heat_gj", "热力": "purchased_heat_gj",
    "renewable electricity": "renewable_electricity_mwh", "pv": "renewable_electricity_mwh",
    "可再生电力": "renewable_electricity_mwh", "光伏": "renewable_electricity_mwh",
    "biomass": "biomass_t", "生物质": "biomass_t",
    "process co2": "process_co2_t", "过程排放": "process_co2_t",
    "nox": "nox_kg", "氮氧化物": "nox_kg",
    "ammonia": "ammonia_kg", "ammonia nitrogen": "ammonia_kg", "氨氮": "ammonia_kg",
}  # fmt: skip
"""Carrier names as statistics tables write them -> column (the column names work as well)."""

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "firm_id": ("firm_id", "firm", "企业编号", "企业"),
    "carrier": ("carrier", "energy", "能源品种", "品种"),
    "quantity": ("quantity", "amount", "value", "数量", "消费量"),
    "unit": ("unit", "单位"),
}


def carrier_field(name: str, *, row: int) -> str:
    key = name.strip().lower()
    if key in RECORDED_FIELDS:
        return key
    field = CARRIER_ALIASES.get(key)
    if field is None:
        raise InvalidValueError(
            f"row {row}: unknown energy carrier {name!r}; use one of "
            f"{', '.join(RECORDED_FIELDS)} (or coal, fuel oil, natural gas, electricity, steam, "
            "heat, biomass, 煤, 天然气, 电力, 蒸汽…)",
            layer="firms",
            field="carrier",
        )
    return field


def _column(header: Iterable[str], name: str) -> str:
    for h in header:
        if h.strip().lower() in COLUMN_ALIASES[name]:
            return h
    raise InvalidValueError(
        f"the carrier table has no {name} column (expected one of "
        f"{', '.join(COLUMN_ALIASES[name])})",
        layer="firms",
        field=name,
    )


def read_carrier_rows(
    rows: Iterable[Mapping[str, Any]], park: Park, scenario_id: str
) -> list[Firm]:
    """The scenario's firms with the table's carriers set (summed when a firm and carrier
    appear twice), in firm-id order. Raises InvalidValueError on the first bad row."""
    firms = park.scenario(scenario_id).firms
    values: dict[str, dict[str, float]] = {}
    header: list[str] | None = None
    for n, raw in enumerate(rows, start=2):  # row 1 is the header
        if header is None:
            header = list(raw)
            cols = {name: _column(header, name) for name in COLUMN_ALIASES}
        fid = str(raw.get(cols["firm_id"]) or "").strip()
        if not fid:
            continue
        if fid not in firms:
            raise InvalidValueError(
                f"row {n}: firm {fid!r} is not in scenario {scenario_id}", layer="firms",
                object_id=fid, field="firm_id",
            )  # fmt: skip
        field = carrier_field(str(raw.get(cols["carrier"]) or ""), row=n)
        text = raw.get(cols["quantity"])
        if isinstance(text, str):
            text = text.strip().replace(",", "")
            try:
                text = float(text)
            except ValueError:
                pass
        number = normalise_number(
            text, role=Role.QUANTITY, layer="firms", object_id=fid, field_name=field
        )
        unit = str(raw.get(cols["unit"]) or "")
        try:
            mult = unit_multiplier(field, unit)
        except InvalidValueError as exc:
            raise InvalidValueError(
                f"row {n}: {exc}", layer="firms", object_id=fid, field=field
            ) from None
        per_firm = values.setdefault(fid, {})
        per_firm[field] = per_firm.get(field, 0.0) + float(number or 0.0) * mult
    return [firms[fid].with_changes(**values[fid]) for fid in sorted(values)]


def read_carrier_csv(path: str | Path, park: Park, scenario_id: str) -> list[Firm]:
    """:func:`read_carrier_rows` of a UTF-8 CSV file (a BOM from Excel is accepted)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return read_carrier_rows(csv.DictReader(fh), park, scenario_id)


__all__ = ["CARRIER_ALIASES", "carrier_field", "read_carrier_csv", "read_carrier_rows"]
