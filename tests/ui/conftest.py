"""Shared fixtures for the GUI tests: a small park in real Gauss-Kruger coordinates, the
document over it, and a map canvas shown offscreen.

``ui_park()`` layout (metres from the origin X0, Y0 of EPSG:4550; scenario "plan" is the one a
document opens on, "base" is the baseline)::

    y=1000 +---------------+---------------+
           |  Z1 harbor    |  Z2 lingang   |
           |      C1 chp (500,800)         |
           |               |     F2 brewery (1500,500)
           |  F1 cement    |               |
           |  (300,300)    |      F3 power (1700,200)
    y=0    +---------------+---------------+
          x=0            x=1000          x=2000

P1: steam_hp pipe from C1 to F1. E1: steam from F3 to F2.
"""

from __future__ import annotations

import os

import pytest
from shapely.geometry import LineString, Point, box

from ecopark.model import (
    Exchange,
    Facility,
    Firm,
    Park,
    Pipeline,
    ScenarioInfo,
    Zone,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

X0, Y0 = 500_000.0, 4_400_000.0


def at(x: float, y: float) -> tuple[float, float]:
    """Map coordinates of a point given relative to the test park's corner."""
    return X0 + x, Y0 + y


def ui_park() -> Park:
    park = Park("Test park", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="Baseline", kind="baseline", year=2024))
    sid = "base"
    park.add(
        sid,
        Zone(
            zone_id="Z1",
            name="Harbor",
            kind="harbor",
            industrial=True,
            geometry=box(*at(0, 0), *at(1000, 1000)),
        ),
    )
    park.add(
        sid,
        Zone(
            zone_id="Z2",
            name="Lingang",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(*at(1000, 0), *at(2000, 1000)),
        ),
    )
    park.add(
        sid,
        Firm(
            firm_id="F1",
            name="Cement plant",
            sector="cement",
            geometry=Point(at(300, 300)),
            iav_10k_rmb=52_000.0,
        ),
    )
    park.add(
        sid,
        Firm(
            firm_id="F2",
            name="Brewery",
            sector="brewery",
            geometry=Point(at(1500, 500)),
            iav_10k_rmb=8_000.0,
        ),
    )
    park.add(
        sid,
        Firm(
            firm_id="F3",
            name="Power plant",
            sector="power",
            geometry=Point(at(1700, 200)),
            iav_10k_rmb=90_000.0,
        ),
    )
    park.add(
        sid,
        Facility(
            facility_id="C1",
            name="CHP",
            kind="chp",
            geometry=Point(at(500, 800)),
            steam_hp_capacity_tph=200.0,
        ),
    )
    park.add(
        sid,
        Pipeline(
            pipeline_id="P1",
            medium="steam_hp",
            geometry=LineString([at(500, 800), at(300, 300)]),
            diameter_mm=300.0,
        ),
    )
    park.add(
        sid,
        Exchange(
            exchange_id="E1", from_id="F3", to_id="F2", material="steam", quantity=12.0, unit="t/h"
        ),
    )
    park.add_scenario(
        ScenarioInfo(scenario_id="plan", name="Plan 2030", kind="plan", year=2030), copy_from=sid
    )
    return park


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
