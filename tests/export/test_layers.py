"""Layer export to GeoJSON, Shapefile and GeoPackage, re-read with pyogrio."""

from __future__ import annotations

import csv
from pathlib import Path

import pyogrio
import pyproj
import pytest
import shapely

from ecopark.export.layers import ExportError, export_layer, shapefile_field_names
from factories import small_park


def test_geojson_is_wgs84_lon_lat(tmp_path: Path) -> None:
    park = small_park()
    path = tmp_path / "firms.geojson"
    assert export_layer(park, "base", "firms", path) == 2
    frame = pyogrio.read_dataframe(path)
    assert frame.crs.to_epsg() == 4326
    firm = park.scenario("base").firms["F1"]
    lon, lat = pyproj.Transformer.from_crs(park.crs, 4326, always_xy=True).transform(
        firm.geometry.x, firm.geometry.y
    )
    row = frame[frame.firm_id == "F1"].iloc[0]
    assert (row.geometry.x, row.geometry.y) == pytest.approx((lon, lat), abs=1e-9)
    assert row.iav_10k_rmb == firm.iav_10k_rmb
    assert row["name"] == "企业 F1"


def test_geopackage_keeps_crs_names_and_nulls(tmp_path: Path) -> None:
    park = small_park()
    path = tmp_path / "zones.gpkg"
    export_layer(park, "base", "zones", path)
    frame = pyogrio.read_dataframe(path, layer="zones")
    assert frame.crs.to_epsg() == 4550
    assert set(frame.zone_id) == set(park.scenario("base").zones)
    z2 = frame[frame.zone_id == "Z2"].iloc[0]
    assert z2.geometry.equals(park.scenario("base").zones["Z2"].geometry)
    firms = tmp_path / "firms.gpkg"
    export_layer(park, "base", "firms", firms)
    f2 = pyogrio.read_dataframe(firms).set_index("firm_id").loc["F2"]
    assert f2.energy_tce != f2.energy_tce  # None is written as NULL (read back as NaN)


def test_shapefile_short_names_and_their_mapping(tmp_path: Path) -> None:
    park = small_park()
    names = shapefile_field_names("firms")
    assert all(len(n) <= 10 for n in names.values())
    assert len(set(names.values())) == len(names)
    assert names["firm_id"] == "firm_id"
    assert names["plot_area_m2"] == "ploarem2"
    path = tmp_path / "pipes.shp"
    export_layer(park, "base", "pipelines", path)
    frame = pyogrio.read_dataframe(path)
    pipes = shapefile_field_names("pipelines")
    assert frame[pipes["diameter_mm"]].tolist() == [400.0]
    assert shapely.equals(
        frame.geometry[0], park.scenario("base").layers["pipelines"]["P1"].geometry
    )
    with open(tmp_path / "pipes.fields.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["shapefile_field", "park_field"]
    assert [pipes["diameter_mm"], "diameter_mm"] in rows
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "pipes.cpg",
        "pipes.dbf",
        "pipes.fields.csv",
        "pipes.prj",
        "pipes.shp",
        "pipes.shx",
    ]


def test_refuses_unknown_layers_and_formats(tmp_path: Path) -> None:
    park = small_park()
    with pytest.raises(ExportError, match="exchanges"):
        export_layer(park, "base", "exchanges", tmp_path / "x.gpkg")
    with pytest.raises(ExportError, match="x.kml"):
        export_layer(park, "base", "zones", tmp_path / "x.kml")
    assert list(tmp_path.iterdir()) == []
