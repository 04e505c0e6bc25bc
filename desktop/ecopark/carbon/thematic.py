"""The thematic map of firms by CO₂ or energy intensity: values, class breaks, colours, legend.

Qt-free, shared by the canvas (``ecopark.ui.canvas.thematic``) and the exported map
(``ecopark.export.map_thematic``). The mode is a project setting,
``park.settings["thematic_map"] = {"measure": "co2_per_iav" | "energy_per_iav" | "",
"breaks": {measure: [b1, b2, ...]}}``, changed through ``SetParkSetting`` so it is undoable and
saved with the project. Per-firm values follow ecopark.indicators.carbon exactly (tested against
the engine): total CO₂ (scope 1 + scope 2) or energy (tce) per 10⁴ RMB of IAV; a firm without
any recorded carrier, or without IAV, has no value and is drawn grey.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ecopark.carbon.carriers import CARRIERS
from ecopark.carbon.factors import FactorTable, factor_table
from ecopark.model import Firm, Park
from ecopark.numbers import format_plain

THEMATIC_SETTING = "thematic_map"

MEASURES: dict[str, tuple[tuple[str, str], str]] = {
    "co2_per_iav": (("单位工业增加值CO₂排放", "CO₂ per IAV"), "t/10⁴ RMB"),
    "energy_per_iav": (("单位工业增加值能耗", "Energy per IAV"), "tce/10⁴ RMB"),
}
"""measure -> ((Chinese, English) name, unit)."""

DEFAULT_BREAKS: dict[str, tuple[float, ...]] = {
    "co2_per_iav": (0.5, 1.0, 2.0, 4.0),
    "energy_per_iav": (0.1, 0.3, 0.5, 1.0),
}
"""Upper bounds of all classes but the last. Energy: 0.5 is HJ 274 row 2.1's limit; CO₂: the
same limit at about 2 tCO₂/tce, halved and doubled."""

CLASS_COLOURS: tuple[str, ...] = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
"""ColorBrewer YlOrRd, 5 classes (sequential, colour-blind safe, prints in grey)."""
NO_DATA_COLOUR = "#9e9e9e"
MAX_CLASSES = len(CLASS_COLOURS)


@dataclass(frozen=True)
class ThematicSpec:
    measure: str
    breaks: tuple[float, ...]

    @property
    def active(self) -> bool:
        return self.measure in MEASURES


def check_breaks(values: Sequence[Any]) -> tuple[float, ...]:
    """Breaks as strictly increasing non-negative numbers (1 to 4 of them), or ValueError."""
    try:
        out = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        raise ValueError(f"class breaks must be numbers, not {list(values)!r}") from None
    if not 1 <= len(out) <= MAX_CLASSES - 1:
        raise ValueError(f"give 1 to {MAX_CLASSES - 1} class breaks, not {len(out)}")
    if any(not math.isfinite(v) or v < 0 for v in out):
        raise ValueError("class breaks must be finite numbers ≥ 0")
    if any(b <= a for a, b in zip(out, out[1:], strict=False)):
        raise ValueError("class breaks must increase")
    return out


def thematic_spec(settings: Mapping[str, Any]) -> ThematicSpec:
    raw = settings.get(THEMATIC_SETTING) or {}
    if not isinstance(raw, Mapping):
        raw = {}
    measure = str(raw.get("measure") or "")
    if measure not in MEASURES:
        return ThematicSpec("", ())
    breaks = DEFAULT_BREAKS[measure]
    user = raw.get("breaks")
    if isinstance(user, Mapping) and isinstance(user.get(measure), list):
        try:
            breaks = check_breaks(user[measure])
        except ValueError:
            pass
    return ThematicSpec(measure, breaks)


def with_measure(settings: Mapping[str, Any], measure: str) -> dict[str, Any]:
    """The thematic setting with another measure ("" = off), keeping the breaks."""
    raw = settings.get(THEMATIC_SETTING)
    out = dict(raw) if isinstance(raw, Mapping) else {}
    out["measure"] = measure
    return out


def with_breaks(
    settings: Mapping[str, Any], measure: str, breaks: Sequence[float]
) -> dict[str, Any]:
    raw = settings.get(THEMATIC_SETTING)
    out = dict(raw) if isinstance(raw, Mapping) else {}
    all_breaks = dict(out.get("breaks") or {})
    all_breaks[measure] = list(check_breaks(breaks))
    out["breaks"] = all_breaks
    out.setdefault("measure", measure)
    return out


def firm_value(firm: Firm, measure: str, factors: FactorTable) -> float | None:
    """The firm's intensity (None: nothing recorded or no IAV)."""
    values = [getattr(firm, c.field) for c in CARRIERS]
    if all(v is None for v in values) and firm.process_co2_t is None:
        return None
    if firm.iav_10k_rmb <= 0:
        return None
    if measure == "energy_per_iav":
        tce = sum((v or 0.0) * factors[c.tce_factor] for c, v in zip(CARRIERS, values, strict=True))
        return tce / firm.iav_10k_rmb
    co2 = firm.process_co2_t or 0.0
    for c, v in zip(CARRIERS, values, strict=True):
        if not v:
            continue
        if c.kind == "grid":
            co2 += v * factors.grid_t_per_mwh
        elif c.co2_factor is not None:
            co2 += v * factors[c.co2_factor]
    return co2 / firm.iav_10k_rmb


def firm_values(park: Park, scenario_id: str, measure: str) -> dict[str, float | None]:
    factors = factor_table(park.settings)
    firms = park.scenario(scenario_id).firms
    return {fid: firm_value(f, measure, factors) for fid, f in firms.items()}


def class_of(value: float | None, breaks: Sequence[float]) -> int:
    """Class index 0..len(breaks) (value <= break i falls in class i); -1 for no value."""
    if value is None:
        return -1
    for i, b in enumerate(breaks):
        if value <= b:
            return i
    return len(breaks)


def class_colours(n_classes: int) -> tuple[str, ...]:
    """n sequential colours spread over the palette (always from light to dark)."""
    if n_classes >= MAX_CLASSES:
        return CLASS_COLOURS
    step = (MAX_CLASSES - 1) / max(n_classes - 1, 1)
    return tuple(CLASS_COLOURS[round(i * step)] for i in range(n_classes))


def colour_of(value: float | None, breaks: Sequence[float]) -> str:
    k = class_of(value, breaks)
    return NO_DATA_COLOUR if k < 0 else class_colours(len(breaks) + 1)[k]


def legend(spec: ThematicSpec, lang: str = "en") -> tuple[str, list[tuple[str, str]]]:
    """(title, [(colour, label), ...]) for the active spec, classes then "no data"."""
    (zh, en), unit = MEASURES[spec.measure]
    title = f"{zh} {en} ({unit})" if lang == "zh" else f"{en} {zh} ({unit})"
    colours = class_colours(len(spec.breaks) + 1)
    b = spec.breaks
    labels = [f"≤ {format_plain(b[0])}"]
    labels += [f"{format_plain(lo)} – {format_plain(hi)}" for lo, hi in zip(b, b[1:], strict=False)]
    labels.append(f"> {format_plain(b[-1])}")
    nodata = "无数据 no data" if lang == "zh" else "no data 无数据"
    return title, [*zip(colours, labels, strict=True), (NO_DATA_COLOUR, nodata)]


__all__ = [
    "CLASS_COLOURS",
    "DEFAULT_BREAKS",
    "MEASURES",
    "NO_DATA_COLOUR",
    "THEMATIC_SETTING",
    "ThematicSpec",
    "check_breaks",
    "class_of",
    "colour_of",
    "firm_value",
    "firm_values",
    "legend",
    "thematic_spec",
    "with_breaks",
    "with_measure",
]
