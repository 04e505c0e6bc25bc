"""Fixtures of the export tests (the park itself is built in small_park.py)."""

from __future__ import annotations

import pytest
from small_park import build_small_park

from ecopark.model import Park


@pytest.fixture
def small_park() -> Park:
    return build_small_park()
