"""What the application remembers between sessions: window layout and recent files.

Everything goes through :func:`app_settings` (an INI file under organisation "EcoPark", application
"EcoPark Planner") so tests and the installer's self-test can point all of it at a throw-away
directory with :func:`isolate_settings` instead of touching the user's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

ORGANISATION = "EcoPark"
APPLICATION = "EcoPark Planner"
MAX_RECENT_FILES = 10
SETTINGS_DIR_ENV = "ECOPARK_SETTINGS_DIR"
"""When set, settings are read from and written to this directory (self-tests, screenshots)."""

_RECENT_KEY = "files/recent"
_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"
LAYOUT_VERSION = 1
"""Bump when docks or toolbars change so an old saved layout is not restored onto a new one."""


def isolate_settings(directory: str | os.PathLike[str]) -> None:
    """Keep every setting of this process in ``directory`` (tests, self-test, screenshots)."""
    path = str(Path(directory))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, path)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, path)


def isolate_from_environment() -> None:
    directory = os.environ.get(SETTINGS_DIR_ENV)
    if directory:
        isolate_settings(directory)


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


# ----- recent files ------------------------------------------------------------------------------
def recent_files() -> list[Path]:
    """Recently opened or saved projects, newest first (files that no longer exist are kept
    so a planner sees that a file moved; the start page marks them)."""
    raw = app_settings().value(_RECENT_KEY, [])
    if isinstance(raw, str):  # QSettings returns a lone string for a one-item list
        raw = [raw]
    if not isinstance(raw, list | tuple):
        return []
    return [Path(str(p)) for p in raw if p]


def add_recent_file(path: str | os.PathLike[str]) -> list[Path]:
    target = Path(path).resolve()
    files = [target] + [p for p in recent_files() if p != target]
    _store_recent(files[:MAX_RECENT_FILES])
    return files[:MAX_RECENT_FILES]


def remove_recent_file(path: str | os.PathLike[str]) -> None:
    target = Path(path).resolve()
    _store_recent([p for p in recent_files() if p != target])


def clear_recent_files() -> None:
    _store_recent([])


def _store_recent(files: list[Path]) -> None:
    settings = app_settings()
    settings.setValue(_RECENT_KEY, [str(p) for p in files])
    settings.sync()


# ----- window layout -----------------------------------------------------------------------------
def save_window_layout(window: QMainWindow) -> None:
    settings = app_settings()
    settings.setValue(_GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(_STATE_KEY, window.saveState(LAYOUT_VERSION))
    settings.sync()


def restore_window_layout(window: QMainWindow) -> bool:
    """Restore the saved geometry and dock/toolbar layout; False when none was saved (the window
    then keeps its default layout)."""
    settings = app_settings()
    geometry = settings.value(_GEOMETRY_KEY)
    state = settings.value(_STATE_KEY)
    restored = False
    if isinstance(geometry, QByteArray | bytes) and geometry:
        restored = window.restoreGeometry(QByteArray(geometry))
    if isinstance(state, QByteArray | bytes) and state:
        restored = window.restoreState(QByteArray(state), LAYOUT_VERSION) and restored
    return restored


def forget_window_layout() -> None:
    settings = app_settings()
    settings.remove(_GEOMETRY_KEY)
    settings.remove(_STATE_KEY)
    settings.sync()
