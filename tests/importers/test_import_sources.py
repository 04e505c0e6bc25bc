"""Importing real files: OSM extracts, georeferenced and local DXF drawings, value checks."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from ecopark.commands import CommandStack
from ecopark.importers import (
    ImportOptions,
    ImportRefused,
    LayerTarget,
    build_import,
    inspect_source,
    plan_import,
)
from ecopark.model import Park, ScenarioInfo
from factories import small_park


def empty_park(crs: str) -> Park:
    park = Park("import test", crs)
    park.add_scenario(ScenarioInfo(scenario_id="base", name="base", kind="baseline", year=2024))
    return park


def test_osm_extract_gives_industrial_zones_and_firms_on_them(shared_dir: Path) -> None:
    path = shared_dir / "data" / "osm" / "liechtenstein_2013_industrial.gpkg"
    preview = inspect_source(path)
    assert preview.format == "osm"
    assert preview.layer("landuse_industrial").feature_count == 14
    assert preview.layer("buildings").feature_count == 3723
    park = empty_park("EPSG:32632")  # UTM 32N covers Liechtenstein (9.5 E)
    before = park.snapshot()
    options = ImportOptions.from_preview(preview)
    options.targets["pipelines"] = LayerTarget(None)
    command = build_import(preview, options, park, "base")
    assert park.snapshot() == before  # building the command changes nothing
    stack = CommandStack(park)
    stack.push(command)
    scenario = park.scenario("base")
    zones = list(scenario.zones.values())
    assert (
        len(zones)
        + sum(
            1 for p in command.problems if p.layer == "landuse_industrial" and p.severity == "error"
        )
        == 14
    )
    assert {z.kind for z in zones} == {"lingang_industrial"}
    assert all(z.industrial for z in zones)
    firms = list(scenario.firms.values())
    assert 0 < len(firms) < 3723  # only buildings on industrial land
    industrial = shapely.union_all([z.geometry for z in zones])
    assert all(industrial.buffer(1.0).contains(f.geometry) for f in firms)
    # plot area = the building footprint measured in the projected CRS (checked with geopandas)
    raw = gpd.read_file(path, layer="buildings").to_crs("EPSG:32632")
    areas = sorted(round(a, 1) for a in raw.geometry.area)
    firm_areas = [round(f.plot_area_m2, 1) for f in firms]
    assert all(a in set(areas) for a in firm_areas[:50])
    stack.undo()
    assert park.snapshot() == before


def test_georeferenced_dxf_takes_its_crs_from_geodata(shared_dir: Path) -> None:
    path = shared_dir / "data" / "dxf" / "houses_of_parliament_georeferenced_ac1032.dxf"
    preview = inspect_source(path)
    layer = preview.layer("0")
    assert layer.source_crs == "EPSG:27700"
    assert layer.crs_origin == "GEODATA"
    park = empty_park("EPSG:27700")
    options = ImportOptions.from_preview(preview)
    options.targets["0"] = LayerTarget("zones", kind="city")
    CommandStack(park).push(build_import(preview, options, park, "base"))
    (zone,) = park.scenario("base").zones.values()
    # GEODATA puts the design point at the reference point 530207.6 E, 179366.8 N (Westminster)
    first = shapely.get_coordinates(zone.geometry)[0]
    assert first == pytest.approx([530207.57, 179366.79], abs=0.01)
    assert zone.kind == "city" and zone.industrial is False
    assert 1_000 < zone.area_m2 < 200_000  # a building block, not a county


def test_local_dxf_needs_confirmed_units_and_crs(shared_dir: Path) -> None:
    path = shared_dir / "data" / "dxf" / "lot_plan_bel_air_technical_description_ac1018.dxf"
    preview = inspect_source(path)
    assert preview.units == "millimetres"
    assert preview.metres_per_unit == 0.001
    faces = preview.layer("p09 (areas enclosed by lines)")
    park = empty_park("EPSG:4550")
    before = park.snapshot()
    options = ImportOptions.from_preview(preview)
    options.targets[faces.name] = LayerTarget("plots")
    with pytest.raises(ImportRefused, match="coordinate reference system"):
        build_import(preview, options, park, "base")
    options.source_crs = park.crs
    options.metres_per_unit = None
    with pytest.raises(ImportRefused, match="units"):
        build_import(preview, options, park, "base")
    assert park.snapshot() == before
    options.metres_per_unit = 0.001
    # local drawing coordinates (0-54 m) read in the park's grid land thousands of km from it
    far = plan_import(preview, options, park, "base")
    assert far.objects == [] and far.far == faces.feature_count
    options.allow_far = True  # the planner insists (e.g. to move the lots into place after)
    plan = plan_import(preview, options, park, "base")
    areas = [o.geometry.area for o in plan.objects]
    assert len(areas) == faces.feature_count
    # the whole drawing is 41.1 m x 53.8 m in millimetres: every lot fits inside it
    assert 0 < max(areas) < 41.2 * 53.8
    named = [o.name for o in plan.objects if o.name]
    assert named, "lot numbers written inside the lots become plot names"


def _geojson(tmp_path: Path, features: list[dict]) -> Path:
    path = tmp_path / "firms.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def _firm(name: str, x: float, **props: object) -> dict:
    return {
        "type": "Feature",
        "properties": {"name": name, **props},
        "geometry": {"type": "Point", "coordinates": [x, 40.0]},
    }


def test_bad_values_are_refused_per_feature_with_the_field_named(tmp_path: Path) -> None:
    path = tmp_path / "firms.geojson"
    text = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                _firm("good", 123.0, iav_10k_rmb=5000, employees=40),
                _firm("nan", 123.01, iav_10k_rmb="NAN_HERE", employees=3),
                _firm("inf", 123.02, iav_10k_rmb="INF_HERE", employees=3),
                _firm("negative", 123.03, iav_10k_rmb=10, employees=-5),
                _firm("huge", 123.04, iav_10k_rmb=1e20, employees=3),
                _firm("unrecorded", 123.05, iav_10k_rmb=None, employees=2),
            ],
        }
    )
    path.write_text(text.replace('"NAN_HERE"', "NaN").replace('"INF_HERE"', "Infinity"))
    preview = inspect_source(path)
    layer = preview.layers[0]
    assert layer.target_layer == "firms"
    assert layer.field_mapping["iav_10k_rmb"] == "iav_10k_rmb"
    errors = {(p.feature, p.field): p.message for p in layer.problems if p.severity == "error"}
    assert set(errors) == {
        (1, "iav_10k_rmb"),
        (2, "iav_10k_rmb"),
        (3, "employees"),
        (4, "iav_10k_rmb"),
    }
    assert "NaN" in errors[(1, "iav_10k_rmb")]
    assert "infinite" in errors[(2, "iav_10k_rmb")]
    assert "negative" in errors[(3, "employees")]
    assert "implausibly large" in errors[(4, "iav_10k_rmb")]
    park = empty_park("EPSG:4550")  # CGCS2000 3-degree Gauss-Kruger CM 123E
    command = build_import(preview, ImportOptions.from_preview(preview), park, "base")
    CommandStack(park).push(command)
    firms = {f.name: f for f in park.scenario("base").firms.values()}
    assert set(firms) == {"good", "unrecorded"}
    assert firms["good"].iav_10k_rmb == 5000.0 and firms["good"].employees == 40
    assert firms["unrecorded"].iav_10k_rmb == 0.0  # NULL means not recorded: the default
    # reprojected: 123 E is the central meridian of EPSG:4550 (false easting 500 km)
    assert firms["good"].geometry.x == pytest.approx(500_000.0, abs=0.01)


def test_new_ids_continue_the_park_numbering_and_import_is_one_undo_step(tmp_path: Path) -> None:
    park = small_park()
    path = _geojson(tmp_path, [_firm("a", 123.0), _firm("b", 123.001)])
    preview = inspect_source(path)
    before = park.snapshot()
    stack = CommandStack(park)
    options = ImportOptions.from_preview(preview)
    options.allow_far = True  # small_park's synthetic coordinates are far from these firms
    stack.push(build_import(preview, options, park, "base"))
    new = sorted(
        set(park.scenario("base").firms) - set(before["scenarios"]["base"]["layers"]["firms"])
    )
    assert new == ["F3", "F4"]  # the park numbers F1, F2: the scheme goes on
    stack.undo()
    assert park.snapshot() == before


def test_invalid_geometry_is_skipped_or_repaired_on_request(shared_dir: Path) -> None:
    path = shared_dir / "data" / "bad" / "geojson" / "17_self_intersecting_hourglass.geojson"
    preview = inspect_source(path)
    park = empty_park("EPSG:3857")
    options = ImportOptions.from_preview(preview)
    with pytest.raises(ImportRefused, match="17_self_intersecting_hourglass.geojson"):
        build_import(preview, options, park, "base")
    options.repair = True
    command = build_import(preview, options, park, "base")
    CommandStack(park).push(command)
    (zone,) = park.scenario("base").zones.values()
    assert zone.geometry.is_valid and zone.geometry.geom_type == "MultiPolygon"
    assert any("repaired" in p.message for p in command.problems)


def test_unclosed_ring_is_closed_when_repair_is_chosen(shared_dir: Path) -> None:
    path = shared_dir / "data" / "bad" / "geojson" / "16_unclosed_ring.geojson"
    preview = inspect_source(path)
    options = ImportOptions.from_preview(preview)
    options.repair = True
    park = empty_park("EPSG:3857")
    CommandStack(park).push(build_import(preview, options, park, "base"))
    assert len(park.scenario("base").zones) == 1


def test_chinese_statistics_columns_are_proposed_for_firms() -> None:
    """Park statistics tables name their columns in Chinese; the unit-free ones are mapped."""
    from ecopark.importers.mapping import propose_mapping

    mapping = propose_mapping("firms", ["企业名称", "行业", "从业人员", "工业增加值(亿元)"])
    assert mapping == {"name": "企业名称", "sector": "行业", "employees": "从业人员"}
