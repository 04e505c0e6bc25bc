"""A gazetteer of Chinese prefecture-level cities and counties, and of industrial parks, shipped
as data files.

``data/gazetteer_cn.csv`` (source and licence in its header; rebuilt by
``installer/build_gazetteer.py``) gives each place's Chinese and English name, province, level and
an approximate centre in degrees; ``data/parks_cn.csv`` adds economic zones and industrial parks
(level ``park``) in the same columns, so a planner finds "辽滨" or "Liaobin" by the park's own name.
File > New uses them to answer "where is the park?" offline.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Place:
    adcode: str
    name_zh: str
    name_en: str
    province_zh: str
    level: str
    """city (prefecture level or municipality), county (county-level unit) or park (an
    economic zone or industrial park)"""
    lon: float
    lat: float

    def display(self, lang: str = "zh") -> str:
        """ "营口市 Yingkou (辽宁省)" or "Yingkou 营口市 (辽宁省)"."""
        first, second = (
            (self.name_zh, self.name_en)
            if lang == "zh"
            else (
                self.name_en,
                self.name_zh,
            )
        )
        province = "" if self.province_zh == self.name_zh else f" ({self.province_zh})"
        return f"{first} {second}{province}"


GAZETTEER_FILES = ("data/gazetteer_cn.csv", "data/parks_cn.csv")


@functools.cache
def load_gazetteer() -> tuple[Place, ...]:
    places: list[Place] = []
    for name in GAZETTEER_FILES:
        text = resources.files("ecopark.places").joinpath(name).read_text("utf-8")
        lines = [line for line in text.splitlines() if not line.startswith("#")]
        places.extend(
            Place(
                adcode=row["adcode"],
                name_zh=row["name_zh"],
                name_en=row["name_en"],
                province_zh=row["province_zh"],
                level=row["level"],
                lon=float(row["lon"]),
                lat=float(row["lat"]),
            )
            for row in csv.DictReader(lines)
        )
    return tuple(places)


def search_places(query: str, limit: int = 50) -> list[Place]:
    """Places whose Chinese or English name (or province) contains ``query``; prefecture-level
    cities and names that start with the query first."""
    q = query.strip().casefold()
    if not q:
        return []
    hits = [
        p
        for p in load_gazetteer()
        if q in p.name_zh.casefold() or q in p.name_en.casefold() or q in p.province_zh
    ]

    def rank(p: Place) -> tuple[int, int, str]:
        starts = p.name_zh.casefold().startswith(q) or p.name_en.casefold().startswith(q)
        return (0 if starts else 1, 0 if p.level == "city" else 1, p.adcode)

    return sorted(hits, key=rank)[:limit]


__all__ = ["Place", "load_gazetteer", "search_places"]
