"""The project file: exact round trips, what other readers see, atomic saves, version refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyogrio
import pyproj
import pytest

from ecopark.model import NewerSchemaError, NotAProjectError, ProjectFileError
from ecopark.storage import SCHEMA_VERSION, load_park, read_schema_version, save_park
from ecopark.storage.schema import LAYER_COLUMNS
from factories import small_park


def test_write_then_read_gives_back_an_equal_park(tmp_path: Path) -> None:
    park = small_park()
    path = tmp_path / "园区.gpkg"
    save_park(park, path)
    again = load_park(path)
    assert again.snapshot() == park.snapshot()
    # spot checks of what the equality covers
    assert again.name == "辽滨测试园区"
    assert again.crs == "EPSG:4550"
    assert list(again.scenarios) == ["base", "plan2030"]
    assert again.scenario("plan2030").firms["F1"].iav_10k_rmb == 80_000.0
    assert again.scenario("base").firms["F2"].energy_tce is None
    assert again.scenario("base").zones["Z2"].geometry.geom_type == "MultiPolygon"
    assert again.zone_kinds["chem_cluster"].label_zh == "化工集中区"
    assert again.scenario("base").entered_values == {"4.1": 100.0, "3.8": 1.0}


def test_other_readers_see_plain_layers_with_the_documented_fields(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    layers = dict((str(n), t) for n, t in pyogrio.list_layers(path))
    assert layers["zones"] == "MultiPolygon"
    assert layers["firms"] == "Point"
    assert layers["facilities"] == "Point"
    assert layers["pipelines"] == "LineString"
    for table in ("exchanges", "scenarios", "park"):
        assert layers[table] is None  # attribute tables, no geometry
    info = pyogrio.read_info(path, layer="zones")
    assert pyproj.CRS(info["crs"]).to_epsg() == 4550
    assert pyproj.CRS(info["crs"]).is_projected
    required = {
        "zones": {"zone_id", "name", "kind", "industrial", "scenario_id"},
        "firms": {
            "firm_id",
            "name",
            "sector",
            "plot_area_m2",
            "floor_area_m2",
            "employees",
            "iav_10k_rmb",
            "energy_tce",
            "fresh_water_m3",
            "wastewater_t",
            "solid_waste_t",
            "cod_kg",
            "so2_kg",
            "own_boiler",
            "steam_hp_demand_tph",
            "steam_mp_demand_tph",
            "steam_lp_demand_tph",
            "heat_demand_mw",
            "reclaimed_water_demand_m3d",
            "scenario_id",
        },
        "facilities": {
            "facility_id",
            "name",
            "kind",
            "service_radius_m",
            "steam_hp_capacity_tph",
            "scenario_id",
        },
        "pipelines": {"pipeline_id", "medium", "diameter_mm", "status", "scenario_id"},
        "exchanges": {"from_id", "to_id", "material", "quantity", "unit", "scenario_id"},
        "scenarios": {"scenario_id", "name", "kind", "year"},
        "park": {"name", "crs", "schema_version", "app_version"},
    }
    for layer, fields in required.items():
        present = set(pyogrio.read_info(path, layer=layer)["fields"])
        assert fields <= present, f"{layer} lacks {fields - present}"
    firms = pyogrio.read_dataframe(path, layer="firms")
    assert sorted(firms["scenario_id"].unique()) == ["base", "plan2030"]
    assert set(firms["own_boiler"]) == {0, 1}
    scen = pyogrio.read_dataframe(path, layer="scenarios")
    assert scen.set_index("scenario_id")["kind"].to_dict() == {
        "base": "baseline",
        "plan2030": "plan",
    }


def test_a_qgis_user_can_filter_features_by_scenario(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    plan = pyogrio.read_dataframe(path, layer="firms", where="scenario_id = 'plan2030'")
    assert sorted(plan["firm_id"]) == ["F1", "F2"]
    assert plan.set_index("firm_id").loc["F1", "iav_10k_rmb"] == 80_000.0


def test_an_interrupted_save_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    old = small_park()
    save_park(old, path)
    new = small_park()
    new.name = "changed"

    class PowerCut(OSError):
        pass

    def crash_after_firms(layer: str) -> None:
        if layer == "firms":  # the temporary file is half written at this point
            raise PowerCut("simulated power cut")

    with pytest.raises(ProjectFileError, match="could not save p.gpkg"):
        save_park(new, path, after_layer=crash_after_firms)
    assert load_park(path).snapshot() == old.snapshot()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"], "temporary file left behind"


def test_a_file_from_a_newer_version_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.gpkg"
    save_park(small_park(), path)
    assert read_schema_version(path) == SCHEMA_VERSION
    with sqlite3.connect(path) as con:
        con.execute(
            "UPDATE park SET schema_version = ?, app_version = '9.0'", (SCHEMA_VERSION + 1,)
        )
    with pytest.raises(
        NewerSchemaError,
        match=r"future.gpkg was written by EcoPark Planner 9.0 .*"
        r"Update EcoPark Planner",
    ):
        load_park(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, not a database", "not an EcoPark project"),
        (b"", "not an EcoPark project"),
    ],
)
def test_files_that_are_not_projects_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.gpkg"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match=message):
        load_park(path)


def test_a_plain_geopackage_without_the_park_table_is_not_a_project(tmp_path: Path) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path / "plain.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs="EPSG:4550").to_file(path)
    with pytest.raises(
        NotAProjectError, match="not an EcoPark project \\(it has no 'park' table\\)"
    ):
        load_park(path)


def test_a_feature_broken_in_another_tool_is_named_and_can_be_repaired(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    frame = pyogrio.read_dataframe(path, layer="zones")
    from shapely.geometry import Polygon

    frame.loc[frame["zone_id"] == "Z1", "geometry"] = Polygon(
        [(0, 0), (2000, 1500), (2000, 0), (0, 1500)]
    )
    pyogrio.write_dataframe(frame, path, layer="zones", promote_to_multi=True)
    with pytest.raises(ProjectFileError, match="p.gpkg: zones Z1: invalid geometry"):
        load_park(path)
    repaired = load_park(path, repair=True)
    assert repaired.scenario("base").zones["Z1"].geometry.is_valid


def test_the_documented_schema_matches_the_code() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text("utf-8")
    for layer, columns in LAYER_COLUMNS.items():
        assert f"### `{layer}`" in doc, f"docs/file-format.md does not describe {layer}"
        for column in columns:
            assert f"`{column.name}`" in doc, f"docs/file-format.md lacks {layer}.{column.name}"
    assert f"schema version {SCHEMA_VERSION}" in doc.lower()


def test_temporaries_of_killed_saves_are_cleaned_up_on_the_next_save(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "p.gpkg"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    orphan = tmp_path / f".p.{dead.stdout.strip()}.tmp.gpkg"
    orphan.write_bytes(b"half a save")
    save_park(small_park(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"]


def test_journal_files_of_killed_saves_are_cleaned_up_on_the_next_save(tmp_path: Path) -> None:
    """Issue 19 (6): `.tmp.gpkg-journal` files of saves killed mid-transaction stayed forever."""
    import subprocess
    import sys

    def dead_pid() -> str:
        return subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    path = tmp_path / "p.gpkg"
    first, second = dead_pid(), dead_pid()
    (tmp_path / f".p.{first}.tmp.gpkg").write_bytes(b"half a save")
    (tmp_path / f".p.{first}.tmp.gpkg-journal").write_bytes(b"its rollback journal")
    (tmp_path / f".p.{second}.tmp.gpkg-journal").write_bytes(b"a journal left alone")
    save_park(small_park(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"]


def test_files_are_geopackage_1_2_so_older_gdal_and_qgis_read_them_quietly(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10200
