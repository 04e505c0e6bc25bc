"""The demo parks in layouts/: reproducible from their sources, loadable, and showing what the
team and planners rely on (a baseline and a plan, the plan improving land output and coverage)."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
import warnings
from pathlib import Path
from types import ModuleType

import pyogrio
import pyproj
import pytest

from ecopark.indicators import evaluate_scenario
from ecopark.model import LAYERS, Park, Pipeline
from ecopark.storage import load_park

LAYOUTS = Path(__file__).resolve().parents[2] / "layouts"
PARK_FILES = ("liaobin_coastal.gpkg", "guigang_sugar.gpkg", "caofeidian_steel.gpkg")
SITES = {
    "liaobin_coastal.gpkg": ("EPSG:4550", 122.03, 40.68),
    "guigang_sugar.gpkg": ("EPSG:4546", 109.60, 23.10),
    "caofeidian_steel.gpkg": ("EPSG:4548", 118.45, 38.95),
}

IGNORED_COLUMNS = {
    ("gpkg_contents", "last_change"),  # GDAL's write time
    ("park", "app_version"),  # the writer's version, not the demo's content
}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_demo_parks", LAYOUTS / "build_demo_parks.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_demo_parks", module)
    spec.loader.exec_module(module)
    return module


def _tables(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every table of a GeoPackage (gpkg_* metadata included): columns and rows in rowid order,
    without the columns that only record when or by which version the file was written."""
    out: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        names = [r[0] for r in con.execute(query)]
        for name in names:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
            keep = [c for c in cols if (name, c) not in IGNORED_COLUMNS]
            select = ", ".join(f'"{c}"' for c in keep)
            rows = con.execute(f'SELECT {select} FROM "{name}"').fetchall()
            out[name] = (keep, rows)
    return out


def _value(x: float | None) -> float:
    assert x is not None
    return x


@pytest.fixture(scope="module")
def parks() -> dict[str, Park]:
    loaded = {}
    for name in PARK_FILES:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            loaded[name] = load_park(LAYOUTS / name)
    return loaded


def test_readme_quotes_the_current_tables() -> None:
    """layouts/README.md shows the parks' zones, firms, facilities and exchanges as generated."""
    generator = _generator()
    from demoparks.describe import park_tables

    readme = (LAYOUTS / "README.md").read_text(encoding="utf-8")
    for spec in generator.PARKS.values():
        for line in park_tables(spec, with_figures=False):
            assert line in readme, f"README.md is stale (build_demo_parks.py --tables): {line}"


def test_sources_regenerate_the_committed_files(tmp_path: Path) -> None:
    written = _generator().write_parks(tmp_path)
    assert sorted(p.name for p in written) == sorted(PARK_FILES)
    for path in written:
        fresh, committed = _tables(path), _tables(LAYOUTS / path.name)
        assert sorted(fresh) == sorted(committed), path.name
        for table in committed:
            assert fresh[table] == committed[table], (
                f"{path.name}: table {table} differs from layouts/build_demo_parks.py's output; "
                "run .venv/bin/python layouts/build_demo_parks.py and commit the files"
            )


@pytest.mark.parametrize("name", PARK_FILES)
def test_committed_park_loads_cleanly_with_baseline_and_plan(
    parks: dict[str, Park], name: str
) -> None:
    park = parks[name]
    assert park.check() == []
    kinds = sorted(s.info.kind for s in park.scenarios.values())
    assert kinds == ["baseline", "plan"]
    for sid, scenario in park.scenarios.items():
        for layer in LAYERS:
            assert scenario.counts()[layer] > 0, f"{name} {sid}: layer {layer} is empty"
        assert {"3.5", "3.6", "3.7", "3.8", "4.1", "4.5"} <= set(scenario.entered_values)
    baseline, plan = park.baseline(), park.default_scenario()
    assert baseline is not None and baseline.entered_values != plan.entered_values
    assert len(park.views) >= 3
    assert any(v.compare_with == baseline.scenario_id for v in park.views)


@pytest.mark.parametrize("name", PARK_FILES)
def test_park_sits_at_its_real_site_in_the_right_gauss_kruger_zone(
    parks: dict[str, Park], name: str
) -> None:
    crs, lon, lat = SITES[name]
    park = parks[name]
    assert park.crs == crs
    info = pyogrio.read_info(LAYOUTS / name, layer="zones")
    assert pyproj.CRS.from_user_input(info["crs"]).equals(pyproj.CRS.from_user_input(crs))
    to_lonlat = pyproj.Transformer.from_crs(crs, "EPSG:4490", always_xy=True)
    for zone in park.default_scenario().zones.values():
        c = zone.geometry.centroid
        zlon, zlat = to_lonlat.transform(c.x, c.y)
        assert abs(zlon - lon) < 0.08 and abs(zlat - lat) < 0.06, (zone.zone_id, zlon, zlat)


def test_liaobin_has_the_layers_and_size_the_issue_asks_for(parks: dict[str, Park]) -> None:
    path = LAYOUTS / "liaobin_coastal.gpkg"
    layers = {str(n) for n, _ in pyogrio.list_layers(path)}
    expected = {"zones", "firms", "facilities", "pipelines", "exchanges", "scenarios", "park"}
    assert expected <= layers
    park = parks["liaobin_coastal.gpkg"]
    for scenario in park.scenarios.values():
        assert len(scenario.firms) >= 40
        kinds = {f.kind for f in scenario.facilities.values()}
        assert {"chp", "wwtp", "solid_waste_centre"} <= kinds
    plan = park.default_scenario()
    assert "reclaimed_water_plant" in {f.kind for f in plan.facilities.values()}
    pipes = [p for p in plan.layers["pipelines"].values() if isinstance(p, Pipeline)]
    media = {p.medium for p in pipes}
    assert media == {"heat", "steam_hp", "steam_mp", "steam_lp", "reclaimed_water"}
    statuses = {p.status for p in pipes}
    assert statuses == {"existing", "planned"}
    zones = plan.zones.values()
    assert {"港口区", "辽滨城区", "生态隔离带"} <= {z.name for z in zones}
    assert {"harbor", "lingang_industrial", "city", "ecological"} <= {z.kind for z in zones}
    width = max(z.geometry.bounds[2] for z in zones) - min(z.geometry.bounds[0] for z in zones)
    assert 6_000 <= width <= 10_000


@pytest.mark.parametrize("name", PARK_FILES)
def test_plan_improves_on_the_baseline(parks: dict[str, Park], name: str) -> None:
    park = parks[name]
    baseline, plan = park.baseline(), park.default_scenario()
    assert baseline is not None
    before = evaluate_scenario(park, baseline.scenario_id)
    after = evaluate_scenario(park, plan.scenario_id)
    assert _value(after.land_output.park_value) > _value(before.land_output.park_value)
    assert _value(after.coverage.combined) > _value(before.coverage.combined) + 0.5
    assert before.coverage.boilers_replaced == 0 < after.coverage.boilers_replaced
    for row in ("2.1", "2.3", "3.1", "3.3"):  # energy, water, COD, SO2 per IAV
        assert _value(after.hj274_row(row).value) < _value(before.hj274_row(row).value), row


def test_liaobin_plan_reaches_the_land_output_threshold_and_replaces_36_boilers(
    parks: dict[str, Park],
) -> None:
    park = parks["liaobin_coastal.gpkg"]
    baseline = park.baseline()
    assert baseline is not None
    before = evaluate_scenario(park, baseline.scenario_id)
    after = evaluate_scenario(park, park.default_scenario().scenario_id)
    assert 6.0 <= _value(before.land_output.park_value) < 8.0
    assert _value(after.land_output.park_value) >= 9.0
    assert after.coverage.boilers_replaced == 36
    assert len(after.coverage.firms_with_boilers_replaced) == 18
    # the deliberate baseline problems are visible, and fixed in the plan
    assert before.space.details["firms_sector_not_allowed"] == 1
    assert after.space.details["firms_sector_not_allowed"] == 0
    assert before.space.details["intensity_tests_failed"]["building_coverage"] == 1
    assert _value(after.space.score) > _value(before.space.score)
