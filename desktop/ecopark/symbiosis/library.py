"""The by-product library: which sector's by-product another sector (or a facility kind) can
use, with a typical yield and a source per row (``data/byproduct_library.csv``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ecopark.model.kinds import FACILITY_KINDS, SECTORS
from ecopark.symbiosis.materials import stream_of, unit_table

FACILITY_PREFIX = "facility:"


@dataclass(frozen=True)
class LibraryRow:
    from_sector: str
    to_sector: str
    """A sector, or ``facility:<kind>`` for a shared facility."""
    material: str
    unit: str
    yield_per_10k_rmb: float
    """Typical amount per 10^4 RMB IAV of the generating firm, in ``unit``."""
    source: str
    from_name_keywords: tuple[str, ...] = ()
    """When given, only generating firms whose name contains one of these (case-insensitive)."""

    def generator_fits(self, name: str) -> bool:
        text = name.lower()
        return not self.from_name_keywords or any(k in text for k in self.from_name_keywords)

    @property
    def stream(self) -> str:
        return stream_of(self.material)

    @property
    def to_facility_kind(self) -> str | None:
        if self.to_sector.startswith(FACILITY_PREFIX):
            return self.to_sector[len(FACILITY_PREFIX) :]
        return None


def _keywords(text: str) -> tuple[str, ...]:
    return tuple(k.strip().lower() for k in text.split("|") if k.strip())


@cache
def library() -> tuple[LibraryRow, ...]:
    """Every row, checked: known sectors, facility kinds and units, a source."""
    text = resources.files("ecopark.symbiosis").joinpath("data", "byproduct_library.csv")
    lines = [ln for ln in text.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = []
    for k, r in enumerate(csv.DictReader(lines), start=2):
        row = LibraryRow(
            from_sector=r["from_sector"].strip(),
            to_sector=r["to_sector"].strip(),
            material=r["material"].strip(),
            unit=r["unit"].strip(),
            yield_per_10k_rmb=float(r["yield_per_10k_rmb"]),
            source=r["source"].strip(),
            from_name_keywords=_keywords(r.get("from_name_keywords") or ""),
        )
        target_ok = (
            row.to_facility_kind in FACILITY_KINDS
            if row.to_facility_kind is not None
            else row.to_sector in SECTORS
        )
        if row.from_sector not in SECTORS or not target_ok:
            raise ValueError(f"byproduct_library.csv row {k}: unknown sector or facility kind")
        if row.unit not in unit_table() or not row.source or row.stream == "other":
            raise ValueError(f"byproduct_library.csv row {k}: unit, source or material unclear")
        rows.append(row)
    return tuple(rows)
