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
