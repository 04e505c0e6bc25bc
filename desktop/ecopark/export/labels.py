"""The export's view of the shared vocabulary (:mod:`ecopark.terms`): labels as (中文, English)
pairs, and the few words only exports print (yes/no, table captions).

Panels read Chinese first and English reviewers read English: :func:`pick` chooses one language,
:func:`both` prints both with ``lang`` first.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator, Mapping

from ecopark import terms
from ecopark.model.kinds import ZoneKind

Bilingual = tuple[str, str]
"""(Chinese, English)"""

LANGS = ("zh", "en")

_SINGLE: contextvars.ContextVar[bool] = contextvars.ContextVar("ecopark_single", default=False)
"""True while an export is written in one language only (``ecopark export --language zh_CN``)."""


@contextlib.contextmanager
def single_language(on: bool = True) -> Iterator[None]:
    """Within this block :func:`both` prints only the ``lang`` label ("Chinese only" exports)."""
    token = _SINGLE.set(on)
    try:
        yield
    finally:
        _SINGLE.reset(token)


def is_single_language() -> bool:
    return _SINGLE.get()


_EXPORT_WORDS: dict[str, Bilingual] = {
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}


def term(category: str, key: str) -> Bilingual:
    """A model code's words in both languages, e.g. ("高压蒸汽", "HP steam")."""
    return terms.label(category, key, "zh"), terms.label(category, key, "en")


def pick(pair: Bilingual, lang: str) -> str:
    """The label in ``lang`` (zh or en)."""
    return pair[0] if lang == "zh" else pair[1]


def both(pair: Bilingual, lang: str) -> str:
    """Both names, the one of ``lang`` first: "钢铁 Steel" or "Steel 钢铁"."""
    first, second = (pair[0], pair[1]) if lang == "zh" else (pair[1], pair[0])
    if _SINGLE.get():
        return first or second
    return first if not second or first == second else f"{first} {second}"


_CJK = re.compile(r"[\u3400-\u9fff]")


def unit_text(unit: str, lang: str) -> str:
    """A bilingual unit such as "万元/a 10⁴ RMB/a" or "台 units": unchanged in bilingual exports;
    in a one-language export only ``lang``'s half (the Chinese from :data:`ecopark.terms.UNITS`
    where it has the English symbol: 万元/年)."""
    if not _SINGLE.get():
        return unit
    return unit_in(unit, lang)


def unit_in(unit: str, lang: str) -> str:
    """``lang``'s half of a bilingual unit, whatever the export mode: for places that always
    show one language (the PDF report's tables, the work-plan dock)."""
    if lang == "zh" and unit in terms.UNITS:
        return terms.UNITS[unit]
    if " " not in unit:
        return unit
    zh, _, en = unit.partition(" ")
    if not _CJK.search(zh) or _CJK.search(en):
        return unit
    if lang != "zh":
        return en
    return terms.UNITS.get(en, zh)


def sector_label(sector: str, lang: str) -> str:
    return terms.label("sector", sector, lang)


def medium_pair(medium: str) -> Bilingual:
    return term("medium", medium)


def facility_pair(kind: str) -> Bilingual:
    return term("facility_kind", kind)


def zone_kind_label(kind: str, lang: str, zone_kinds: Mapping[str, ZoneKind] | None = None) -> str:
    return terms.zone_kind_label(kind, lang, zone_kinds)


def status_label(status: str, lang: str) -> str:
    """pass/fail/entered/insufficient_data, existing/planned, yes/no in ``lang``."""
    if status in _EXPORT_WORDS:
        return pick(_EXPORT_WORDS[status], lang)
    if status in ("existing", "planned"):
        return terms.label("status", status, lang)
    return terms.label("status_word", status, lang)


def hj274_pair(row_id: str, english: str) -> Bilingual:
    found = terms.HJ274.get(row_id)
    return (found.name_zh, found.name_en) if found else (english, english)


def ctip_pair(row_id: str, english: str) -> Bilingual:
    found = terms.CTIP.get(row_id)
    return (found.name_zh, found.name_en) if found else (english, english)


def hj274_name(row_id: str, english: str, lang: str) -> str:
    return both(hj274_pair(row_id, english), lang)


__all__ = [
    "LANGS",
    "Bilingual",
    "both",
    "is_single_language",
    "single_language",
    "unit_text",
    "ctip_pair",
    "facility_pair",
    "hj274_name",
    "hj274_pair",
    "medium_pair",
    "pick",
    "sector_label",
    "status_label",
    "term",
    "zone_kind_label",
]
