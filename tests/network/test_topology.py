"""Pipe networks from geometry: snapping, attachments, components, grades, bounds."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point

from ecopark.network import (
    DynamicIndex,
    MediumNetwork,
    can_feed,
    euclidean_mst_length,
    higher_grades,
    joining_lower_bound,
    snap_tolerance,
)


def net_of(pipes: dict[str, list[tuple[float, float]]], points: list[tuple[float, float]] = ()):
    return MediumNetwork.build(
        "heat",
        5.0,
        {k: LineString(v) for k, v in pipes.items()},
        np.arange(len(points)),
        np.array([Point(p) for p in points], dtype=object),
    )


def test_ends_within_tolerance_join_and_beyond_do_not() -> None:
    net = net_of({"A": [(0, 0), (100, 0)], "B": [(104, 0), (200, 0)], "C": [(206, 0), (300, 0)]})
    assert net.neighbours("A") == {"B"}
    assert net.neighbours("C") == set()  # 6 m gap > 5 m tolerance
    assert net.component_sets(0) == {frozenset({"A", "B"}), frozenset({"C"})}


def test_branch_end_on_the_side_of_a_main_joins_but_a_crossing_does_not() -> None:
    net = net_of(
        {
            "main": [(0, 0), (1000, 0)],
            "branch": [(500, 3), (500, 200)],  # end 3 m from the main's interior
            "crossing": [(700, -100), (700, 100)],  # crosses the main, ends far from it
        }
    )
    assert net.neighbours("main") == {"branch"}
    assert net.neighbours("crossing") == set()


def test_points_attach_within_tolerance_and_join_the_pipes_they_touch() -> None:
    # two pipes 8 m apart at their ends: not joined, but a firm between them touches both
    net = net_of(
        {"A": [(0, 0), (100, 0)], "B": [(108, 0), (200, 0)]},
        points=[(104, 0), (150, 20)],
    )
    assert net.neighbours("A") == set()
    assert net.pipes_at(0) == {"A", "B"}
    assert net.pipes_at(1) == set()  # 20 m away
    labels = net.labels(2)
    assert labels.point_attached.tolist() == [True, False]
    assert net.component_sets(2) == {frozenset({"A", "B", 0})}


def test_incremental_edits_follow_moves_and_removals() -> None:
    net = net_of({"A": [(0, 0), (100, 0)]}, points=[(50, 2)])
    net.add_pipe("B", LineString([(100, 3), (100, 300)]))
    assert net.component_sets(1) == {frozenset({"A", "B", 0})}
    net.set_point(0, Point(100, 299))  # moves to the end of B
    assert net.pipes_at(0) == {"B"}
    net.remove_pipe("A")
    assert net.component_sets(1) == {frozenset({"B", 0})}
    net.remove_point(0)
    assert net.component_sets(1) == {frozenset({"B"})}


def test_removing_a_middle_pipe_or_a_joining_firm_splits_the_network() -> None:
    net = net_of(
        {"A": [(0, 0), (100, 0)], "B": [(100, 0), (200, 0)], "C": [(200, 0), (300, 0)]},
        points=[(50, 0), (250, 0)],
    )
    assert net.component_sets(2) == {frozenset({"A", "B", "C", 0, 1})}
    net.remove_pipe("B")
    assert net.component_sets(2) == {frozenset({"A", 0}), frozenset({"C", 1})}
    # a firm between two pipes 8 m apart joins them; when it moves away they fall apart
    net.add_pipe("D", LineString([(308, 0), (400, 0)]))
    net.set_point(0, Point(304, 0))
    net.add_pipe("E", LineString([(400, 0), (500, 0)]))
    assert net.component_sets(2) == {frozenset({"A"}), frozenset({"C", "D", "E", 0, 1})}
    net.set_point(0, Point(450, 300))
    assert net.component_sets(2) == {
        frozenset({"A"}),
        frozenset({"C", 1}),
        frozenset({"D", "E"}),
    }


def test_snap_tolerance_setting() -> None:
    assert snap_tolerance({}) == 5.0
    assert snap_tolerance({"snap_tolerance_m": 2.5}) == 2.5
    assert snap_tolerance({"snap_tolerance_m": "wide"}) == 5.0
    assert snap_tolerance({"snap_tolerance_m": -1}) == 5.0


def test_steam_grades_feed_downwards_only() -> None:
    assert higher_grades("steam_lp") == ("steam_mp", "steam_hp")
    assert higher_grades("steam_hp") == ()
    assert higher_grades("heat") == ()
    assert can_feed("steam_hp", "steam_lp")
    assert not can_feed("steam_lp", "steam_mp")
    assert not can_feed("heat", "steam_lp")


def test_joining_lower_bound_by_hand() -> None:
    # points 0, 10, 30 on a line: nearest neighbours 10, 10, 20 -> (10 + 10 + 20) / 2 = 20;
    # a second group of two points 5 m apart adds 5; a lone point adds nothing
    xy = np.array([[0, 0], [10, 0], [30, 0], [1000, 0], [1005, 0], [5000, 0]], dtype=float)
    assert joining_lower_bound(xy, np.array([1, 1, 1, 2, 2, 3])) == pytest.approx(25.0)
    # the bound never exceeds the shortest tree (here the MST of the first group, 30)
    assert joining_lower_bound(xy[:3], np.zeros(3)) <= euclidean_mst_length(xy[:3])


def test_euclidean_mst_length_by_hand() -> None:
    square = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], dtype=float)
    assert euclidean_mst_length(square) == pytest.approx(30.0)
    line = np.array([[k, 2 * k] for k in range(100)], dtype=float)  # collinear, Delaunay fails
    assert euclidean_mst_length(line) == pytest.approx(99 * np.sqrt(5))
    grid = np.array([[i, j] for i in range(10) for j in range(10)], dtype=float) * 7
    assert euclidean_mst_length(grid) == pytest.approx(99 * 7)


def test_dynamic_index_sees_every_edit_across_rebuilds() -> None:
    index = DynamicIndex(rebuild_after=4)
    for k in range(20):
        index.set(k, Point(k * 10, 0))
    index.remove(3)
    index.set(5, Point(1000, 0))
    found = sorted(index.query(Point(0, 0).buffer(45), "intersects").tolist())
    assert found == [0, 1, 2, 4]
    assert sorted(index.query(Point(1003, 0), "dwithin", 5.0).tolist()) == [5]


COORD = st.integers(0, 3).map(lambda k: k * 50.0)
OFFSET = st.sampled_from([0.0, 4.0, 6.0])
EDIT = st.one_of(
    st.tuples(st.just("pipe"), st.integers(0, 7), COORD, COORD, COORD, COORD, OFFSET),
    st.tuples(st.just("drop_pipe"), st.integers(0, 7)),
    st.tuples(st.just("point"), st.integers(0, 5), COORD, COORD, OFFSET),
    st.tuples(st.just("drop_point"), st.integers(0, 5)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(EDIT, max_size=25))
def test_incremental_network_equals_one_built_from_scratch(edits: list[tuple]) -> None:
    net = MediumNetwork("heat", 5.0)
    pipes: dict[str, LineString] = {}
    points: dict[int, Point] = {}
    for e in edits:
        if e[0] == "pipe":
            _, k, x0, y0, x1, y1, off = e
            if (x0, y0) == (x1, y1 + off):
                continue
            pipes[f"P{k}"] = LineString([(x0, y0), (x1, y1 + off)])
            net.add_pipe(f"P{k}", pipes[f"P{k}"])
        elif e[0] == "drop_pipe" and f"P{e[1]}" in pipes:
            del pipes[f"P{e[1]}"]
            net.remove_pipe(f"P{e[1]}")
        elif e[0] == "point":
            points[e[1]] = Point(e[2] + e[4], e[3])
            net.set_point(e[1], points[e[1]])
        elif e[0] == "drop_point" and e[1] in points:
            del points[e[1]]
            net.remove_point(e[1])
        ids = np.array(sorted(points), dtype=np.int64)
        built = MediumNetwork.build(
            "heat", 5.0, pipes, ids, np.array([points[i] for i in ids], dtype=object)
        )
        assert net.component_sets(6) == built.component_sets(6)
        same = net.labels(6).point_labels
        ref = built.labels(6).point_labels
        for a in range(6):
            for b in range(6):
                if a in points and b in points:
                    assert (same[a] == same[b]) == (ref[a] == ref[b])
