"""Per-layer label settings: whether a layer is labelled, with which attribute, how large, with
or without a white halo. One park setting, ``settings["labels"]``, read by the map canvas and
by the printed sheet, so that what the planner sets on screen is what the panel sees on paper.

Stored as ``{layer: {"on": bool, "field": str, "size": float, "halo": bool}}``; a layer (or a
key) that is absent takes its default, so files written before the setting existed, and files
that only change one layer, load unchanged. ``size`` is the font size in points on screen; the
printed sheet scales its own default size by the same ratio (so 120 % on screen is 120 % on
paper). Qt-free.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ecopark.model.fields import Role, role_of
from ecopark.model.objects import TYPE_BY_LAYER, ParkObject
from ecopark.numbers import format_number

LABEL_SETTING = "labels"
LABELLED_LAYERS = ("facilities", "firms", "zones")
"""The layers whose objects carry labels, in priority order (facilities first)."""
MIN_SIZE, MAX_SIZE = 4.0, 36.0


@dataclass(frozen=True)
class LabelStyle:
    on: bool = True
    field: str = "name"
    size: float = 8.5
    """Font size in points on screen."""
    halo: bool = True
    """A white halo behind the text, so it reads over symbols and hatching."""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


DEFAULTS: dict[str, LabelStyle] = {
    "facilities": LabelStyle(size=8.5),
    "firms": LabelStyle(size=8.5),
    "zones": LabelStyle(size=10.5, halo=False),
}


def label_fields(layer: str) -> list[str]:
    """The attributes a layer can be labelled with (model order, the name first)."""
    cls = TYPE_BY_LAYER[layer]
    names = [
        f.name
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if role_of(f) is not Role.GEOMETRY
    ]
    return sorted(names, key=lambda n: n != "name")


def label_styles(settings: Mapping[str, Any]) -> dict[str, LabelStyle]:
    """Every labelled layer's style from the park settings, defaults filling what is absent or
    not understood (a damaged entry never stops a file from opening)."""
    stored = settings.get(LABEL_SETTING)
    out = dict(DEFAULTS)
    if not isinstance(stored, Mapping):
        return out
    for layer, default in DEFAULTS.items():
        entry = stored.get(layer)
        if not isinstance(entry, Mapping):
            continue
        on, field, size, halo = default.on, default.field, default.size, default.halo
        if isinstance(entry.get("on"), bool):
            on = entry["on"]
        if isinstance(entry.get("field"), str) and entry["field"] in label_fields(layer):
            field = entry["field"]
        raw = entry.get("size")
        if isinstance(raw, int | float) and math.isfinite(raw):
            size = min(max(float(raw), MIN_SIZE), MAX_SIZE)
        if isinstance(entry.get("halo"), bool):
            halo = entry["halo"]
        out[layer] = LabelStyle(on, field, size, halo)
    return out


def with_style(settings: Mapping[str, Any], layer: str, style: LabelStyle) -> dict[str, Any]:
    """The new value of ``settings["labels"]`` with ``layer`` set to ``style``."""
    stored = settings.get(LABEL_SETTING)
    value = {k: dict(v) for k, v in stored.items()} if isinstance(stored, Mapping) else {}
    value[layer] = style.as_dict()
    return value


def format_value(value: Any) -> str:
    """An attribute as label text: numbers rounded as a planner reads them, None as nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return f"{value:,.0f}" if abs(value) >= 100 else format_number(value)
    return str(value)


CHOICE_CATEGORIES = {
    "sector": "sector",
    "medium": "medium",
    "status": "status",
    "boiler_fuel": "boiler_fuel",
    "kind": "facility_kind",
}
"""Coded fields labelled with their word (``ecopark.terms``), not the code: "building
materials" / "建材", not ``building_materials``. Zone kinds use the ``zone_kind`` table."""


def label_text(obj: ParkObject, style: LabelStyle, language: str = "en") -> str:
    """The label of one object under ``style`` ("" when the layer is off), coded values in
    ``language`` ("en" or "zh")."""
    if not style.on:
        return ""
    value = getattr(obj, style.field, None)
    category = CHOICE_CATEGORIES.get(style.field)
    if obj.LAYER == "zones" and style.field == "kind":
        category = "zone_kind"
    if category and isinstance(value, str) and value:
        from ecopark import terms

        try:
            return terms.label(category, value, language)
        except KeyError:
            return value
    return format_value(value)


__all__ = [
    "DEFAULTS",
    "LABELLED_LAYERS",
    "LABEL_SETTING",
    "LabelStyle",
    "format_value",
    "label_fields",
    "label_styles",
    "label_text",
    "with_style",
]
