"""Fonts for rendered maps: a CJK font so Chinese names print as characters, not tofu boxes.

Zone names, titles and legends are Chinese; matplotlib's default font has no CJK glyphs. We look
for a CJK font installed on the system (WenQuanYi Micro Hei comes with installer/bootstrap.sh)
and put it first in the family list, with DejaVu Sans after it for symbols the CJK font lacks
(superscripts, arrows). PDFs embed TrueType (Type 42) subsets so the file prints anywhere.
"""

from __future__ import annotations

import functools
from typing import Any

CJK_FONT_CANDIDATES: tuple[str, ...] = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)


@functools.cache
def cjk_font_name() -> str | None:
    """The first installed CJK font of :data:`CJK_FONT_CANDIDATES`, or None if there is none."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    if not any(name in installed for name in CJK_FONT_CANDIDATES):
        _add_bundled_fonts(font_manager)  # the installer ships one for machines without any
        installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONT_CANDIDATES if name in installed), None)


def _add_bundled_fonts(font_manager: Any) -> None:
    from ecopark.paths import fonts_dir

    for path in sorted(fonts_dir().glob("*.tt[fc]")) + sorted(fonts_dir().glob("*.otf")):
        font_manager.fontManager.addfont(str(path))


def font_rc() -> dict[str, Any]:
    """matplotlib rc settings for map export (use inside ``matplotlib.rc_context``)."""
    family = [name for name in (cjk_font_name(), "DejaVu Sans") if name]
    return {
        "font.family": family,
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
        "axes.unicode_minus": False,
    }


__all__ = ["CJK_FONT_CANDIDATES", "cjk_font_name", "font_rc"]
