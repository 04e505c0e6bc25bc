"""Display words for kinds in the canvas language (falls back to codes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

try:
    from ecopark import terms as _terms
except ImportError:  # pragma: no cover - depends on the tree
    _terms = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from ecopark.ui.canvas.map_canvas import MapCanvas


def zone_kind_label(canvas: MapCanvas, kind: str) -> str:
    zk = canvas.document.park.zone_kinds.get(kind)
    if zk is None:
        return kind
    zh = canvas.language.startswith("zh")
    return (zk.label_zh if zh else zk.label_en) or kind


def term(canvas: MapCanvas, category: str, key: str) -> str:
    if _terms is None:
        return key
    try:
        return _terms.label(category, key, canvas.language)
    except KeyError:
        return key
