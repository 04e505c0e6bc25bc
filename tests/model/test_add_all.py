"""Park.add_all, the loader's way in: the same rules and events as adding one by one."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from ecopark.model import (
    DuplicateIdError,
    Exchange,
    Firm,
    Park,
    ScenarioInfo,
    UnknownReferenceError,
)


def park() -> Park:
    p = Park("P", "EPSG:4550")
    p.add_scenario(ScenarioInfo(scenario_id="s", name="S", kind="plan", year=2030))
    p.add("s", Firm(firm_id="A", name="", sector="steel", geometry=Point(500_000, 4_400_000)))
    return p


def firm(fid: str) -> Firm:
    return Firm(firm_id=fid, name="", sector="steel", geometry=Point(500_010, 4_400_010))


def test_add_all_adds_in_order_and_reports_each_object():
    p = park()
    heard = []
    p.subscribe(heard.append)
    p.add_all("s", [firm("B"), firm("C")])
    assert list(p.scenario("s").firms) == ["A", "B", "C"]
    assert [c.object_id for c in heard] == ["B", "C"]


def test_add_all_refuses_what_add_refuses():
    p = park()
    with pytest.raises(DuplicateIdError):
        p.add_all("s", [firm("B"), firm("A")])
    assert "B" in p.scenario("s").firms, "what came before the refused object stays"
    with pytest.raises(DuplicateIdError):
        p.add_all("s", [firm("D"), firm("D")])
    bad = Exchange(exchange_id="E", from_id="A", to_id="nowhere", material="steam")
    with pytest.raises(UnknownReferenceError):
        p.add_all("s", [bad])
    with pytest.raises(UnknownReferenceError):
        p.add_all("nope", [firm("Z")])


def test_add_all_hands_refusals_to_the_caller_and_goes_on():
    p = park()
    refused = []
    bad = Exchange(exchange_id="E", from_id="A", to_id="nowhere", material="steam")
    p.add_all("s", [firm("A"), firm("B"), bad], lambda k, obj, exc: refused.append((k, obj.id)))
    assert refused == [(0, "A"), (2, "E")]
    assert "B" in p.scenario("s").firms and "E" not in p.scenario("s").exchanges
    p.add_all("nope", [firm("Y")], lambda k, obj, exc: refused.append((k, obj.id)))
    assert refused[-1] == (0, "Y")
