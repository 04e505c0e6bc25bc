"""Display words for kinds and default names of new objects, in the UI language.

The language is read from one place, :func:`ecopark.ui.i18n.current_language` (set when the
translator is installed), so a new firm in the Chinese UI is named 新企业 as the tool's tooltip
promises, and facilities get Chinese default names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecopark import terms as _terms
from ecopark.ui import i18n

if TYPE_CHECKING:
    from ecopark.ui.canvas.map_canvas import MapCanvas

NEW_FIRM_NAME = {"en": "New firm", "zh": "新企业"}
"""Name of a firm placed with the firm tool (the planner renames it in the Properties dock)."""


def is_chinese() -> bool:
    """Whether the UI speaks Chinese (default names and status words follow it)."""
    return i18n.current_language().startswith("zh")


def new_firm_name() -> str:
    return NEW_FIRM_NAME["zh" if is_chinese() else "en"]


def zone_kind_label(canvas: MapCanvas, kind: str) -> str:
    zk = canvas.document.park.zone_kinds.get(kind)
    if zk is None:
        return kind
    return (zk.label_zh if is_chinese() else zk.label_en) or kind


def term(category: str, key: str) -> str:
    """A domain word in the UI language; the code itself when the vocabulary lacks it."""
    try:
        return _terms.label(category, key, i18n.current_language())
    except KeyError:
        return key
