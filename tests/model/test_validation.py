"""Each model rule, as a planner would trip over it: the error type and a message naming the
feature and the field."""

from __future__ import annotations

import math

import pytest
from shapely.geometry import LineString, Point, Polygon, box

from ecopark.commands import DeclareZoneKind
from ecopark.model import (
    DuplicateIdError,
    Exchange,
    Facility,
    Firm,
    InvalidGeometryError,
    InvalidValueError,
    Park,
    Pipeline,
    ReferencedObjectError,
    ScenarioInfo,
    UnknownKindError,
    UnknownReferenceError,
    Zone,
    ZoneKind,
    repaired,
)
from ecopark.model.edits import edits

BOWTIE = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])


def park_with_scenario() -> Park:
    park = Park("P", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="s", name="S", kind="baseline", year=2024))
    return park


def test_invalid_polygon_is_reported_with_the_zone_named() -> None:
    with pytest.raises(
        InvalidGeometryError, match=r"zones Z9: invalid geometry \(Self-intersection"
    ):
        Zone(zone_id="Z9", name="x", kind="harbor", industrial=True, geometry=BOWTIE)


def test_repair_only_when_asked_makes_a_valid_zone_of_the_same_area() -> None:
    broken = object.__new__(Zone)
    for name, value in dict(
        zone_id="Z9", name="x", kind="harbor", industrial=True, geometry=BOWTIE
    ).items():
        object.__setattr__(broken, name, value)
    fixed = repaired(broken)
    assert fixed.geometry.is_valid
    assert fixed.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert math.isclose(fixed.geometry.area, 50.0)  # two triangles of 25 m² each


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (float("nan"), "iav_10k_rmb is not a number"),
        (float("inf"), "iav_10k_rmb is infinite"),
        (-1.0, "iav_10k_rmb cannot be negative"),
        ("12", "iav_10k_rmb must be a number"),
        (1e15, "implausibly large; check the unit"),
    ],
)
def test_quantities_must_be_finite_and_non_negative(value: object, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message) as info:
        Firm(firm_id="F1", name="a", geometry=Point(0, 0), iav_10k_rmb=value)  # type: ignore[arg-type]
    assert info.value.field == "iav_10k_rmb"
    assert info.value.object_id == "F1"


def test_optional_quantities_accept_none_and_turn_nan_into_not_recorded() -> None:
    firm = Firm(firm_id="F1", name="a", geometry=Point(0, 0), energy_tce=float("nan"))
    assert firm.energy_tce is None


def test_counts_must_be_whole() -> None:
    with pytest.raises(InvalidValueError, match="employees must be a whole number"):
        Firm(firm_id="F1", name="a", geometry=Point(0, 0), employees=2.5)  # type: ignore[arg-type]


def test_kinds_and_media_come_from_the_known_sets() -> None:
    with pytest.raises(UnknownKindError, match="medium 'gas' is not one of heat"):
        Pipeline(pipeline_id="P", medium="gas", geometry=LineString([(0, 0), (1, 1)]))
    with pytest.raises(UnknownKindError, match="sector 'casino'"):
        Firm(firm_id="F", name="a", sector="casino", geometry=Point(0, 0))
    with pytest.raises(UnknownKindError, match="kind 'airport'"):
        Facility(facility_id="A", name="a", kind="airport", geometry=Point(0, 0))


def test_wrong_geometry_type_is_refused() -> None:
    with pytest.raises(InvalidGeometryError, match="a Point cannot be used here"):
        Zone(zone_id="Z", name="z", kind="city", industrial=False, geometry=Point(0, 0))


def test_custom_zone_kinds_must_be_declared_first() -> None:
    park = park_with_scenario()
    zone = Zone(zone_id="Z", name="z", kind="bonded", industrial=True, geometry=box(0, 0, 1, 1))
    with pytest.raises(UnknownKindError, match="'bonded' is not a known zone kind; declare it"):
        park.add("s", zone)
    DeclareZoneKind(ZoneKind("bonded", True, "Bonded zone", "保税区")).redo(park)
    park.add("s", zone)
    assert park.is_industrial_kind("bonded")


def test_ids_are_unique_across_layers_of_a_scenario() -> None:
    park = park_with_scenario()
    park.add("s", Firm(firm_id="X1", name="a", geometry=Point(0, 0)))
    with pytest.raises(DuplicateIdError, match="'X1' is already used by firm X1"):
        park.add("s", Facility(facility_id="X1", name="b", kind="chp", geometry=Point(1, 1)))


def test_exchanges_must_refer_to_existing_firms_or_facilities() -> None:
    park = park_with_scenario()
    park.add("s", Firm(firm_id="F1", name="a", geometry=Point(0, 0)))
    with pytest.raises(UnknownReferenceError, match="to_id 'F404' is not a firm or facility"):
        park.add(
            "s",
            Exchange(exchange_id="E1", from_id="F1", to_id="F404", material="ash", quantity=1.0),
        )
    with pytest.raises(InvalidValueError, match="cannot exchange with itself"):
        Exchange(exchange_id="E1", from_id="F1", to_id="F1", material="ash", quantity=1.0)


def test_a_firm_used_by_an_exchange_cannot_be_removed_alone() -> None:
    park = park_with_scenario()
    park.add("s", Firm(firm_id="F1", name="a", geometry=Point(0, 0)))
    park.add("s", Firm(firm_id="F2", name="b", geometry=Point(1, 0)))
    park.add(
        "s", Exchange(exchange_id="E1", from_id="F1", to_id="F2", material="ash", quantity=1.0)
    )
    with pytest.raises(ReferencedObjectError, match="used by exchanges E1"):
        edits(park).remove("s", "firms", "F1")  # the model's own rule, below the commands


def test_geographic_crs_is_refused_because_areas_would_be_in_degrees() -> None:
    with pytest.raises(InvalidValueError, match="not a projected CRS"):
        Park("P", "EPSG:4326")
    assert Park("P", "epsg:4550").crs == "EPSG:4550"


def test_scenario_kind_and_year_are_checked() -> None:
    with pytest.raises(UnknownKindError, match="not baseline or plan"):
        ScenarioInfo(scenario_id="x", name="x", kind="dream", year=2030)
    with pytest.raises(InvalidValueError, match="must be a year"):
        ScenarioInfo(scenario_id="x", name="x", kind="plan", year=30)


def test_edits_are_validated_copies() -> None:
    firm = Firm(firm_id="F1", name="a", geometry=Point(0, 0))
    moved = firm.with_changes(geometry=Point(5, 5))
    assert firm.geometry == Point(0, 0) and moved.geometry == Point(5, 5)
    with pytest.raises(InvalidValueError, match="plot_area_m2 cannot be negative"):
        firm.with_changes(plot_area_m2=-3)


def test_new_ids_continue_the_highest_number() -> None:
    park = park_with_scenario()
    park.add("s", Firm(firm_id="F0007", name="a", geometry=Point(0, 0)))
    assert park.new_id("s", "F") == "F0008"


def test_new_ids_follow_the_park_scheme() -> None:
    park = park_with_scenario()
    for n in (1, 2, 50):
        park.add("s", Firm(firm_id=f"F{n:03d}", name="a", geometry=Point(n, 0)))
    park.add("s", Facility(facility_id="FA01", name="CHP", kind="chp", geometry=Point(0, 9)))
    park.add("s", Facility(facility_id="FA04", name="WWTP", kind="wwtp", geometry=Point(9, 9)))
    assert park.new_id("s", "F") == "F051"  # not F0051, and FA04 is no firm
    assert park.new_id("s", "S", "facilities") == "FA05"  # the facilities' own prefix
    assert park.new_id("s", "Z", "zones") == "Z0001"  # nothing yet: the default
