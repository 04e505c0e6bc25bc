"""Shared test setup: make tests/ importable for the factories, and locate ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(TESTS))


@pytest.fixture
def shared_dir() -> Path:
    """The team's shared reference files; tests that need them skip (with the reason) without."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared reference files are not on this machine")
    return SHARED


@pytest.fixture
def no_real_dialogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings in a throw-away folder; any real modal dialog fails the test instead of
    blocking it (tests that expect a dialog replace it with their own stub)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from ecopark.ui import settings as ui_settings

    ui_settings.isolate_settings(tmp_path / "settings")

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    monkeypatch.setattr(QInputDialog, "getText", unexpected)
