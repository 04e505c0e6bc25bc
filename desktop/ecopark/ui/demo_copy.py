"""Demo parks are opened as the planner's own copy, never in place.

The demo files live in the installation (``layouts/``), which may be read-only and is replaced
by the next update; editing them there would also write the autosave copy and the crash journal
into the install folder. So the start page copies a demo into the planner's documents folder
(``Documents/EcoPark``) first and opens the copy. An unchanged copy from an earlier visit is
reused; a copy the planner has edited is never overwritten: the fresh one gets a numbered name.
"""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DOCUMENTS_ENV = "ECOPARK_DOCUMENTS"
"""A folder to copy demo parks into instead of ``Documents/EcoPark`` (tests, portable use)."""
SUBFOLDER = "EcoPark"


def documents_folder() -> Path:
    """Where the planner's copies of the demo parks go."""
    override = os.environ.get(DOCUMENTS_ENV)
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return (Path(base) if base else Path.home()) / SUBFOLDER


def copy_demo(demo: Path, folder: Path) -> Path:
    """The planner's copy of ``demo`` in ``folder``: an identical earlier copy is reused, an
    edited one kept (the new copy is ``name (2).gpkg``, ``name (3).gpkg``…). Raises OSError
    when the folder cannot be written."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 1
    while True:
        target = folder / (demo.name if n == 1 else f"{demo.stem} ({n}){demo.suffix}")
        if not target.exists():
            shutil.copyfile(demo, target)
            return target
        if filecmp.cmp(demo, target, shallow=False):
            return target
        n += 1


__all__ = ["DOCUMENTS_ENV", "copy_demo", "documents_folder"]
