"""Object ids typed in the CAD input bar and the orthogonal route between objects (issue 20:
the small park laid out from the keyboard)."""

from __future__ import annotations

import pytest

from ecopark.drafting.cad_input import parse_input
from ecopark.drafting.object_refs import match_id, orthogonal_route, split_ids
from ecopark.model.errors import InvalidValueError

IDS = ["F0001", "F0002", "F0010", "S0001", "FA01"]


def test_ids_are_told_from_coordinates() -> None:
    assert split_ids("S1 F3") == ["S1", "F3"]
    assert split_ids("s1,f3") == ["s1", "f3"]
    assert split_ids("S1>F3 > F4") == ["S1", "F3", "F4"]
    assert split_ids("S0001，F0003") == ["S0001", "F0003"]
    for coordinates in ("12,5", "@5,0", "@120<90", "1200x800", "<30", "250", "", "S1 12"):
        assert split_ids(coordinates) is None, coordinates


def test_short_ids_name_the_padded_ones() -> None:
    assert match_id("F1", IDS) == "F0001"
    assert match_id("f10", IDS) == "F0010"
    assert match_id("S0001", IDS) == "S0001"
    assert match_id("fa1", IDS) == "FA01"
    assert match_id("F3", IDS) is None
    assert match_id("F1", ["F001", "F0001"]) is None  # two could be meant: neither is taken
    assert match_id("F001", ["F001", "F0001"]) == "F001"  # the exact id wins


def test_orthogonal_route_runs_east_west_then_north_south() -> None:
    chp, firm = (1200.0, 400.0), (825.0, 200.0)
    assert orthogonal_route([chp, firm]) == [chp, (825.0, 400.0), firm]
    assert orthogonal_route([chp, (1200.0, 0.0)]) == [chp, (1200.0, 0.0)]  # in line: no elbow
    assert orthogonal_route([chp, chp]) == [chp]
    route = orthogonal_route([(0.0, 0.0), (10.0, 5.0), (0.0, 20.0)])
    assert route == [(0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0), (0.0, 20.0)]
    legs = list(zip(route, route[1:], strict=False))
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in legs)  # every leg along an axis


def test_at_alone_is_the_last_point() -> None:
    assert parse_input("@", (417_994.8, 4_505_489.5)).point == (417_994.8, 4_505_489.5)
    assert parse_input("＠", (1.0, 2.0)).point == (1.0, 2.0)
    with pytest.raises(InvalidValueError, match="last point"):
        parse_input("@", None)
