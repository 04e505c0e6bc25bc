"""Numbers as planners read them: grouped digits, never scientific notation, 万/亿 in Chinese.

``f"{q:,g}"`` prints 1,200,000 as "1.2e+06": fine for a programmer, not on a slide. One helper
for every quantity shown beside a unit (exchange labels, slides, hints): three significant
figures, thousands separators, and in Chinese the 万 (10⁴) and 亿 (10⁸) prefixes joined to the
unit word ("120 万吨/年"). Qt-free, so the exports and the UI say the same.
"""

from __future__ import annotations

import math

from ecopark import terms

SIGNIFICANT = 3
"""Significant figures kept after rounding (whole numbers keep all their digits)."""


def format_number(
    value: float | int | None, significant: int = SIGNIFICANT, grouped: bool = True
) -> str:
    """1234567 -> "1,234,567"; 0.012345 -> "0.0123"; 12.345 -> "12.3"; None/NaN -> "—".
    ``grouped=False`` leaves out the thousands separators (text a planner edits and we parse)."""
    if value is None:
        return "—"
    number = float(value)
    if not math.isfinite(number):
        return "—"
    if number == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(number)))
    decimals = max(0, significant - 1 - magnitude)
    text = f"{number:,.{decimals}f}" if grouped else f"{number:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_plain(value: float | int | None, significant: int = 6, grouped: bool = True) -> str:
    """What ``f"{value:g}"`` shows, without its scientific notation: up to six significant
    figures, grouped digits (2e-05 -> "0.00002", 1.2e6 -> "1,200,000", 0.5703 -> "0.5703").
    For factors, thresholds and weights, whose digits matter more than a short look."""
    return format_number(value, significant, grouped)


def format_quantity(value: float | int | None, unit: str = "", language: str | None = "en") -> str:
    """A quantity with its unit in ``language``: "1,200,000 t/a" or "120 万吨/年"."""
    lang = terms.normalise_language(language)
    word = terms.unit_label(unit, lang) if unit else ""
    if lang == "zh" and value is not None and math.isfinite(float(value)):
        number = float(value)
        for factor, prefix in ((1e8, "亿"), (1e4, "万")):
            if abs(number) >= 10 * factor:
                return f"{format_number(number / factor)} {prefix}{word}".strip()
    text = format_number(value)
    return f"{text} {word}".strip()


__all__ = ["SIGNIFICANT", "format_number", "format_plain", "format_quantity"]
