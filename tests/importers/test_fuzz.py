"""Mutated GeoPackage and GeoJSON bytes never crash the loader or the importer.

Allowed outcomes: it loads, or it is refused with a typed EcoParkError (a message for the
planner). Anything else is a bug. bench/fuzz.py runs thousands of cases; CI runs a few hundred.
"""

from __future__ import annotations

import functools
import json
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecopark.importers import inspect_source
from ecopark.model import EcoParkError
from ecopark.storage import load_park, save_park
from factories import small_park

FOLDER = Path(tempfile.mkdtemp(prefix="ecopark-fuzz-"))


@functools.cache
def valid_gpkg() -> bytes:
    path = FOLDER / "seed.gpkg"
    save_park(small_park(), path)
    return path.read_bytes()


@functools.cache
def valid_geojson() -> bytes:
    features = [
        {
            "type": "Feature",
            "properties": {"name": f"f{i}", "iav_10k_rmb": 10.5 * i, "employees": i},
            "geometry": {"type": "Point", "coordinates": [121.0 + i / 100, 39.0]},
        }
        for i in range(4)
    ]
    features.append(
        {
            "type": "Feature",
            "properties": {"name": "zone"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[121, 39], [121.1, 39], [121.1, 39.1], [121, 39]]],
            },
        }
    )
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def mutations(size: int) -> st.SearchStrategy[tuple[list[tuple[int, int]], int | None]]:
    edits = st.lists(
        st.tuples(st.integers(0, size - 1), st.integers(0, 255)), min_size=1, max_size=6
    )
    cut = st.one_of(st.none(), st.integers(0, size))
    return st.tuples(edits, cut)


def apply(data: bytes, mutation: tuple[list[tuple[int, int]], int | None]) -> bytes:
    edits, cut = mutation
    buf = bytearray(data)
    for pos, value in edits:
        buf[pos] = value
    return bytes(buf[:cut] if cut is not None else buf)


def survives(action: Callable[[Path], object], data: bytes, suffix: str) -> None:
    path = FOLDER / f"case{suffix}"
    path.write_bytes(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            action(path)
    except EcoParkError as exc:
        assert str(exc).strip()  # a message, never an empty error
    finally:
        path.unlink()


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


@fuzz(80)
@given(mutations(len(valid_gpkg())))
def test_mutated_project_file_loads_or_is_refused(mutation) -> None:  # type: ignore[no-untyped-def]
    survives(load_park, apply(valid_gpkg(), mutation), ".gpkg")


@fuzz(60)
@given(mutations(len(valid_gpkg())))
def test_mutated_project_file_opens_with_rows_set_aside_or_is_refused(mutation) -> None:  # type: ignore[no-untyped-def]
    """What the window and the CLI use: bad rows set aside, never a traceback (issue 19)."""
    survives(lambda p: load_park(p, set_aside=True), apply(valid_gpkg(), mutation), ".gpkg")


@fuzz(40)
@given(mutations(len(valid_gpkg())))
def test_mutated_geopackage_inspects_or_is_refused(mutation) -> None:  # type: ignore[no-untyped-def]
    survives(inspect_source, apply(valid_gpkg(), mutation), ".gpkg")


@fuzz(80)
@given(mutations(len(valid_geojson())))
def test_mutated_geojson_inspects_or_is_refused(mutation) -> None:  # type: ignore[no-untyped-def]
    survives(inspect_source, apply(valid_geojson(), mutation), ".geojson")


@fuzz(40)
@given(st.sampled_from(["NaN", "Infinity", "-1", "1e309", '"x"', "null", "[]", "{}", "-0", "1e13"]))
def test_odd_values_in_geojson_are_refused_per_feature(token: str) -> None:
    text = valid_geojson().decode().replace("21.0", token, 1).replace("10.5", token)
    survives(inspect_source, text.encode(), ".geojson")
