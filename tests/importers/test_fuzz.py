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

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecopark.importers import ImportOptions, inspect_source, plan_import
from ecopark.model import EcoParkError, Park, ScenarioInfo
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


ODD_VALUES = {
    # raw JSON text of a property value -> refused (True) or imported (False)
    "NaN": True,
    "Infinity": True,
    "-Infinity": True,
    "-1": True,  # a negative industrial output
    "1e20": True,  # implausibly large
    '"x"': True,  # text where a number belongs
    '"12,5x"': True,
    "null": False,  # not recorded: the model default
    "-0": False,
    '"4,500"': False,  # a thousands separator
}


def _firms_geojson(odd_value: str, odd_field: str) -> bytes:
    """Four firms at 123 E; feature 1 carries ``odd_value`` (raw JSON text) in ``odd_field``."""
    features = [
        {
            "type": "Feature",
            "properties": {"name": f"f{i}", "iav_10k_rmb": 100.0 * (i + 1), "employees": 10 + i},
            "geometry": {"type": "Point", "coordinates": [123.0 + i / 100, 40.0]},
        }
        for i in range(4)
    ]
    features[1]["properties"][odd_field] = "ODD_VALUE"
    text = json.dumps({"type": "FeatureCollection", "features": features})
    return text.replace('"ODD_VALUE"', odd_value).encode()


@fuzz(40)
@given(st.sampled_from(sorted(ODD_VALUES)), st.sampled_from(["iav_10k_rmb", "employees"]))
def test_odd_values_in_geojson_are_refused_per_feature(odd_value: str, odd_field: str) -> None:
    """An odd property value costs its own feature (with the field named) and nothing else."""
    path = FOLDER / "odd.geojson"
    path.write_bytes(_firms_geojson(odd_value, odd_field))
    try:
        preview = inspect_source(path)
        park = Park("odd values", "EPSG:4550")  # CGCS2000 3-degree Gauss-Kruger CM 123E
        park.add_scenario(ScenarioInfo(scenario_id="base", name="base", kind="baseline", year=2024))
        plan = plan_import(preview, ImportOptions.from_preview(preview), park, "base")
    finally:
        path.unlink()
    errors = {(p.feature, p.field) for p in plan.problems if p.severity == "error"}
    names = sorted(o.name for o in plan.objects)
    if ODD_VALUES[odd_value]:
        assert errors == {(1, odd_field)}
        assert names == ["f0", "f2", "f3"]
        assert plan.skipped == 1
    else:
        assert errors == set()
        assert names == ["f0", "f1", "f2", "f3"]


def test_a_number_gdal_cannot_parse_refuses_the_file_with_the_number_named() -> None:
    """GDAL's GeoJSON reader stops at 1e309 (beyond a double): the whole file is refused, with a
    message naming the number, rather than the one feature (a limit of the reader, stated here)."""
    path = FOLDER / "overflow.geojson"
    path.write_bytes(_firms_geojson("1e309", "iav_10k_rmb"))
    try:
        with pytest.raises(EcoParkError, match="1e309"):
            inspect_source(path)
    finally:
        path.unlink()
