"""What an indicator figure is and why it has its value: the "what is this" text of every row.

Data-driven: definitions, formulas and sources come from ``data/explanations.csv`` (keyed by the
row's ``how`` kind, ``space:<component>`` or ``land:zone``), names and thresholds from the
indicator tables (:mod:`ecopark.indicators.sets`), the labels of the figures behind a space
component from ``data/explanation_inputs.csv``. A new indicator row needs no code here, only
its ``how``. The text is built in the language asked for (English or Chinese, the pairs of
:mod:`ecopark.terms`), so the panel, tooltips and reports share it; the core stays Qt-free.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ecopark import terms
from ecopark.indicators.gaps import LandGap, RowGap, park_gap, row_gap, zone_gap
from ecopark.indicators.results import (
    CtipRow,
    Hj274Row,
    LandOutputResult,
    SpaceScore,
    ZoneResult,
)
from ecopark.indicators.sets import IndicatorDef, indicator_set, read_rows
from ecopark.indicators.verdicts import verdict
from ecopark.model import Firm
from ecopark.numbers import format_plain

SIGNS = {">=": "≥", "<=": "≤", "<": "<", "==": "="}


@dataclass(frozen=True)
class Explanation:
    """The "what is this" of one figure, in one language."""

    title: str
    definition: str
    formula: str
    requirement: str
    source: str
    inputs: tuple[tuple[str, str], ...]
    """This value's figures: (label, value with unit)."""
    gap: str = ""
    """For a failing figure: how far it is and what would meet it (empty otherwise)."""

    def text(self, lang: str | None) -> str:
        """Plain text, one item a line (tooltips, the CLI, tests)."""
        w = _words(lang)
        lines = [self.title, *([self.gap] if self.gap else [])]
        lines += [f"{w['definition']}{self.definition}", f"{w['formula']}{self.formula}"]
        if self.requirement:
            lines.append(f"{w['requirement']}{self.requirement}")
        lines += [f"{label}{w['colon']}{value}" for label, value in self.inputs]
        lines.append(f"{w['source']}{self.source}")
        return "\n".join(lines)


def _words(lang: str | None) -> dict[str, str]:
    zh = terms.normalise_language(lang) == "zh"
    return {
        "definition": "定义：" if zh else "Definition: ",
        "formula": "公式：" if zh else "Formula: ",
        "requirement": "要求：" if zh else "Requirement: ",
        "source": "来源：" if zh else "Source: ",
        "colon": "：" if zh else ": ",
    }


_SOURCE_ZH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), zh)
    for p, zh in (
        (r"\(amended (\d{4})\)", r"（\1 年修订）"),
        (r"\(2012\)", "（2012 年修订）"),
        (r"\bas printed in\b", "，见"),
        (r"\brows? ([\d.]+(?:, [\d.]+)*)", r"第 \1 行"),
        (r"\bTable (\d+)", r"表 \1"),
        (r"\bseed (\d+)", r"资料 \1"),
        (r"\bour definition\b", "本软件定义"),
        (r"\bIndicator table\b", "指标表"),
        (r"\bsee\b", "见"),
        (r"\bas 900 × 10⁴ RMB/ha\b", "折合 900 万元/公顷"),
        (r"\bzone-kind rule table\b", "分区类型规则表"),
    )
)
"""Source clauses are data in English; in Chinese their few words are put in Chinese (the
standard's codes, HJ 274, CTIP, MLR, and document paths stay)."""


def source_text(source: str, lang: str | None) -> str:
    if terms.normalise_language(lang) != "zh":
        return source
    for pattern, zh in _SOURCE_ZH:
        source = pattern.sub(zh, source)
    return source


def row_source(source: str, spec: IndicatorDef | None, lang: str | None) -> str:
    """An indicator row's source clause in ``lang``: the table's Chinese column (``source_zh``)
    when it has one for this row, else the English clause (Chinese words put in by
    :func:`source_text`)."""
    english = source or (spec.source if spec is not None else "")
    zh = terms.normalise_language(lang) == "zh"
    if zh and spec is not None and spec.source_zh and english == spec.source:
        return spec.source_zh
    return source_text(english, lang)


def _pick(lang: str | None, en: str, zh: str) -> str:
    return zh if terms.normalise_language(lang) == "zh" else en


@cache
def _table() -> dict[str, dict[str, str]]:
    return {r["key"]: r for r in read_rows("explanations.csv")}


@cache
def _input_labels() -> dict[tuple[str, str], dict[str, str]]:
    return {(r["component"], r["detail"]): r for r in read_rows("explanation_inputs.csv")}


def _entry(key: str, lang: str | None, fill: Mapping[str, str]) -> tuple[str, str, str]:
    row = _table()[key]
    zh = terms.normalise_language(lang) == "zh"
    definition = row["definition_zh" if zh else "definition_en"]
    formula = row["formula_zh" if zh else "formula_en"]
    for name, text in fill.items():
        definition = definition.replace("{" + name + "}", text)
        formula = formula.replace("{" + name + "}", text)
    return definition, formula, row["source"]


def number(value: float | None, digits: int = 2) -> str:
    """A figure as the panel shows it: thousands separated, never scientific notation."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def _field(name: str, lang: str | None) -> str:
    return terms.field_label(Firm, name, lang)


def _how_fill(how: str, lang: str | None) -> tuple[str, dict[str, str]]:
    """The explanation key of a ``how`` and the field labels its template needs."""
    kind, _, rest = how.partition(":")
    fill: dict[str, str] = {}
    if kind in ("reuse", "share"):
        a, _, b = rest.partition("/")
        fill = {"a": _field(a, lang), "b": _field(b, lang)}
    elif kind == "flag_share":
        fill = {"flag": _field(rest, lang)}
    elif rest:
        fill = {"f": _field(rest.split(":")[0], lang)}
    key = f"how:{kind}"
    return (key if key in _table() else "how:entered"), fill


def requirement_text(comparator: str, threshold: float | None, unit: str) -> str:
    if threshold is None:
        return ""
    return f"{SIGNS.get(comparator, comparator)} {format_plain(threshold)} {unit}".strip()


def as_judged_row(row: CtipRow) -> Hj274Row:
    """A CTIP row judged against the park's own target, in the shape of a programme row."""
    meets = {"met": True, "not_met": False}.get(row.status)
    return Hj274Row(id=row.id, name=row.name, unit=row.unit, value=row.value,
                    threshold=row.target, comparator=row.comparator, status=row.status,
                    meets=meets, note=row.note)  # fmt: skip


def explain_row(
    programme: str,
    row: Hj274Row | CtipRow,
    lang: str | None,
    settings: Mapping[str, Any] | None = None,
) -> Explanation:
    """A programme row (HJ 274, CTIP, low-carbon): its definition from its ``how``, this value,
    the requirement, the verdict under the one rule and, when failing, the gap."""
    if isinstance(row, CtipRow):
        row = as_judged_row(row)
    spec = _spec(programme, row.id, settings)
    how = spec.how if spec is not None else "entered"
    key, fill = _how_fill(how, lang)
    definition, formula, _ = _entry(key, lang, fill)
    unit = terms.unit_label(row.unit, lang) if row.unit not in ("", "-") else ""
    if spec is not None:
        unit = (spec.unit_zh if terms.normalise_language(lang) == "zh" else spec.unit) or unit
        unit = "" if unit == "-" else unit
    name = row.name
    if spec is not None:
        name = _pick(lang, spec.name_en, spec.name_zh or spec.name_en)
    status_words = {
        "pass": _pick(lang, "passes", "达标"),
        "fail": _pick(lang, "fails", "未达标"),
        "no_data": _pick(lang, "no data", "数据不足"),
        "not_judged": _pick(lang, "not judged", "不判定"),
    }
    shown = f"{number(row.value, 3)} {unit}".strip() if row.value is not None else "—"
    origin = _pick(lang, "entered by the planner", "规划人员填报")
    if row.status != "entered":
        origin = _pick(lang, "computed from the map", "由地图计算")
    inputs = [
        (_pick(lang, "This value", "本项数值"), shown),
        (_pick(lang, "Where it comes from", "数值来源"), origin),
        (_pick(lang, "Verdict", "判定"), status_words[verdict(row)]),
    ]
    if row.note:
        inputs.append((_pick(lang, "Note", "说明"), terms.translate_note(row.note, lang)))
    gap = row_gap(row)
    return Explanation(
        title=f"{row.id} {name}",
        definition=definition,
        formula=formula,
        requirement=requirement_text(row.comparator, row.threshold, unit),
        source=row_source(row.source, spec, lang),
        inputs=tuple(inputs),
        gap=row_gap_text(gap, unit, lang) if gap is not None else "",
    )


def _spec(programme: str, row_id: str, settings: Mapping[str, Any] | None) -> IndicatorDef | None:
    return next((s for s in indicator_set(programme, settings or {}) if s.id == row_id), None)


def row_gap_text(gap: RowGap, unit: str, lang: str | None) -> str:
    rise = gap.change > 0
    amount = f"{number(abs(gap.change), 3)} {unit}".strip()
    pct = "" if gap.change_pct is None else f" ({abs(gap.change_pct):.1f} %)"
    if terms.normalise_language(lang) == "zh":
        verb = "提高" if rise else "降低"
        sign = SIGNS.get(gap.comparator, "")
        return f"差距：需{verb} {amount}{pct}，才能达到 {sign} {format_plain(gap.threshold)}"
    verb = "rise" if rise else "fall"
    return (
        f"Gap: the value must {verb} by {amount}{pct} to reach "
        f"{SIGNS.get(gap.comparator, '')} {format_plain(gap.threshold)}"
    )


def land_gap_text(gap: LandGap, lang: str | None) -> str:
    """The two ways a land output below its threshold can meet it, in one sentence each."""
    pct = "" if gap.extra_iav_pct is None else f"{gap.extra_iav_pct:+.1f} %"
    limit = format_plain(gap.threshold)
    if terms.normalise_language(lang) == "zh":
        lines = [
            f"差距：地均产出 {gap.land_output:.2f}，要求 ≥ {limit} 亿元/平方公里。",
            f"• 用地不变：工业增加值需增加 {number(gap.extra_iav_10k_rmb)} 万元"
            f"（{gap.extra_iav_10k_rmb / 1e4:,.2f} 亿元{'，' + pct if pct else ''}），"
            f"达到 {number(gap.iav_needed_10k_rmb)} 万元；",
            f"• 产出不变：用地需减至 {gap.land_meeting_km2:,.3f} 平方公里，"
            f"腾退 {gap.release_km2:,.3f} 平方公里（{gap.release_mu:,.0f} 亩）。",
        ]
    else:
        lines = [
            f"Gap: land output {gap.land_output:.2f} against ≥ {limit} 10⁸ RMB/km².",
            f"• Same land: IAV must rise by {number(gap.extra_iav_10k_rmb)} × 10⁴ RMB"
            f"{' (' + pct + ')' if pct else ''} to {number(gap.iav_needed_10k_rmb)} × 10⁴ RMB;",
            f"• Same output: land must shrink to {gap.land_meeting_km2:,.3f} km², releasing "
            f"{gap.release_km2:,.3f} km² ({gap.release_mu:,.0f} mu).",
        ]
    return "\n".join(lines)


def explain_zone(zone: ZoneResult, threshold: float, lang: str | None) -> Explanation:
    definition, formula, source = _entry("land:zone", lang, {})
    kind = terms.zone_kind_label(zone.kind, lang)
    inputs = (
        (_pick(lang, "Industrial added value", "工业增加值"),
         _pick(lang, f"{number(zone.iav_10k_rmb)} × 10⁴ RMB", f"{number(zone.iav_10k_rmb)} 万元")),
        (_pick(lang, "Zone area", "分区面积"),
         _pick(lang, f"{zone.area_km2:,.3f} km²", f"{zone.area_km2:,.3f} 平方公里")),
        (_pick(lang, "Firms on the zone", "分区内企业"), f"{zone.firm_count}"),
        (_pick(lang, "Land output", "地均产出"),
         _pick(lang, f"{number(zone.land_output)} × 10⁸ RMB/km²",
               f"{number(zone.land_output)} 亿元/平方公里")),
        (_pick(lang, "Zone kind", "分区类型"), kind),
    )  # fmt: skip
    gap = zone_gap(zone, threshold)
    requirement = _pick(lang, f"≥ {format_plain(threshold)} × 10⁸ RMB/km² (industrial zones only)",
                        f"≥ {format_plain(threshold)} 亿元/平方公里（仅工业分区）")  # fmt: skip
    return Explanation(
        title=f"{zone.name or zone.zone_id} ({zone.zone_id})",
        definition=definition,
        formula=formula,
        requirement=requirement,
        source=source_text(source, lang),
        inputs=inputs,
        gap=land_gap_text(gap, lang) if gap is not None else "",
    )


def park_land_gap_text(lo: LandOutputResult, lang: str | None) -> str:
    gap = park_gap(lo)
    return land_gap_text(gap, lang) if gap is not None else ""


def explain_component(space: SpaceScore, name: str, lang: str | None) -> Explanation:
    """A space-score component: definition, formula, weight and share of the score, the figures
    behind it (``SpaceScore.details``) and, when it scored 0 for want of data, why."""
    definition, formula, source = _entry(f"space:{name}", lang, {})
    value = space.components.get(name)
    weight = space.weights.get(name, 0.0)
    total_w = sum(space.weights.values())
    share = weight / total_w if total_w else 0.0
    w_text, total_text = format_plain(weight), format_plain(total_w)
    inputs: list[tuple[str, str]] = [
        (_pick(lang, "This value", "本项数值"),
         "—" if value is None else f"{100 * value:.0f} / 100"),
        (_pick(lang, "Weight", "权重"),
         _pick(lang, f"{w_text} of {total_text} ({100 * share:.0f} % of the score)",
               f"{w_text} / {total_text}（占总分 {100 * share:.0f} %）")),
        (_pick(lang, "Points it adds to the score", "对总分的贡献"),
         f"{100 * share * (value or 0.0):.1f}"),
    ]  # fmt: skip
    for (component, key), row in _input_labels().items():
        if component != name or key not in space.details:
            continue
        unit = "" if row["unit"] == "count" else " " + terms.unit_label(row["unit"], lang)
        raw = space.details[key]
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            shown = str(raw)
        else:
            shown = f"{raw:,d}" if isinstance(raw, int) else number(float(raw), 2)
        inputs.append((_pick(lang, row["label_en"], row["label_zh"]), shown + unit))
    if name in space.notes:
        inputs.append((_pick(lang, "Why 0", "计 0 分原因"),
                       terms.translate_note(space.notes[name], lang)))  # fmt: skip
    return Explanation(
        title=terms.label("space_component", name, lang),
        definition=definition,
        formula=formula,
        requirement=_pick(lang, "0 (worst) to 100 (best)", "0（最差）至 100（最好）"),
        source=source_text(source, lang),
        inputs=tuple(inputs),
    )


def explain_space_score(space: SpaceScore, lang: str | None) -> Explanation:
    definition, formula, source = _entry("space:score", lang, {})
    inputs = tuple(
        (terms.label("space_component", n, lang),
         f"{100 * (v or 0.0):.0f} × {format_plain(space.weights.get(n, 0.0))}")
        for n, v in space.components.items()
    )  # fmt: skip
    return Explanation(
        title=_pick(lang, "Space-optimization score", "空间优化得分"),
        definition=definition,
        formula=formula,
        requirement="",
        source=source_text(source, lang),
        inputs=inputs,
    )


__all__ = [
    "Explanation",
    "explain_component",
    "explain_row",
    "explain_space_score",
    "explain_zone",
    "land_gap_text",
    "park_land_gap_text",
]
