"""Fixtures of the GUI tests: the document over :func:`parks.ui_park`, a map canvas shown
offscreen, and no real dialogs (any modal dialog fails the test instead of blocking)."""

from __future__ import annotations

import os

import pytest

from parks import ui_park

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _dialogs_fail(no_real_dialogs) -> None:
    """Every GUI test runs with settings in a throw-away folder and no real dialogs."""


@pytest.fixture
def park_factory():
    """Build a fresh copy of :func:`ui_park` (call it; tests may change what they get)."""
    return ui_park


@pytest.fixture
def document(qtbot):
    from ecopark.ui.document import ProjectDocument

    doc = ProjectDocument(ui_park())
    yield doc
    doc.close()


@pytest.fixture
def canvas(qtbot, document):
    """A map canvas over ``document``, 800 x 600, shown offscreen and zoomed to the park."""
    from ecopark.ui.canvas.map_canvas import MapCanvas

    c = MapCanvas(document)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_to_extent()
    c.exchange_prompt = lambda source, target: pytest.fail("unexpected exchange prompt")
    return c
