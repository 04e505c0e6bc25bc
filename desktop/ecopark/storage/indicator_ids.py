"""HJ 274 row ids of entered values: the seed 004 numbering, and the migration of older files.

Files written before issue 15 numbered HJ 274 land output 1.2 and the material rows 2.1-2.8;
the standard as printed in seed 004 Table 1 numbers land output 2.1 and the material rows
2.2-2.9. ``entered_values`` are keyed by row id, so a value typed for old "2.1" (energy per IAV)
would otherwise land on new "2.1" (land output). The saver marks files with
``settings["indicator_ids"] = "seed004"``; a file without the mark is renumbered on load.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

IDS_SETTING = "indicator_ids"
CURRENT_IDS = "seed004"

OLD_TO_NEW: dict[str, str] = {
    "1.2": "2.1",
    "2.1": "2.2",
    "2.2": "2.3",
    "2.3": "2.4",
    "2.4": "2.5",
    "2.5": "2.6",
    "2.6": "2.7",
    "2.7": "2.8",
    "2.8": "2.9",
}
"""Pre-issue-15 HJ 274 row id -> seed 004 Table 1 row id (applied all at once, not in chain)."""


def needs_migration(settings: Mapping[str, Any]) -> bool:
    return settings.get(IDS_SETTING) != CURRENT_IDS


def migrate_entered(values: Mapping[str, float]) -> dict[str, float]:
    """Entered values keyed by old HJ 274 ids, re-keyed to the seed's ids."""
    return {OLD_TO_NEW.get(key, key): value for key, value in values.items()}


def marked(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The settings to write: the park's, with the numbering mark."""
    return {**settings, IDS_SETTING: CURRENT_IDS}
