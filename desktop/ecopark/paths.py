"""Where the application's own files are: resources (icons, translations, fonts) and demo layouts.

In a source checkout they sit at the repository root; in the PyInstaller bundle they sit under
``sys._MEIPASS`` (the bundle's ``_internal`` folder). Everything that opens a bundled file asks
here, so the frozen and the source layouts differ in one place only. No Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEMO_LAYOUT = "liaobin_coastal.gpkg"
"""The demo park the start page, the screenshots and the self-test open."""


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    """The folder holding ``resources/`` and ``layouts/``."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return app_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def fonts_dir() -> Path:
    """Fonts shipped with the bundle (a CJK font for machines without one); may be absent."""
    return resources_dir() / "fonts"


def layouts_dir() -> Path:
    return app_root() / "layouts"


def demo_layouts() -> list[Path]:
    """Demo parks present in this build, the default demo first (not the autosave copies the
    editor writes beside a demo opened from a checkout)."""
    found = sorted(p for p in layouts_dir().glob("*.gpkg") if not p.stem.endswith(".autosave"))
    return sorted(found, key=lambda p: p.name != DEMO_LAYOUT)


def app_icon_path() -> Path:
    return icons_dir() / "ecopark.svg"


__all__ = [
    "DEMO_LAYOUT",
    "app_icon_path",
    "app_root",
    "demo_layouts",
    "fonts_dir",
    "icons_dir",
    "is_frozen",
    "layouts_dir",
    "resources_dir",
    "translations_dir",
]
