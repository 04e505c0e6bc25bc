"""Issue 19, failure 3: imports must know where they are.

A DXF in the Czech national grid (negative Krovák coordinates, no GEODATA, no $INSUNITS) or a
shapefile without its .prj must not be imported until the planner confirms a CRS and units;
EcoPark proposes CRSs from the coordinates, and features that would land far from the park are
left out unless the planner insists.
"""

from __future__ import annotations

from pathlib import Path

import ezdxf
import geopandas as gpd
import pyogrio
import pytest
import shapely

from ecopark.cli import main
from ecopark.importers import (
    ImportOptions,
    ImportRefused,
    build_import,
    inspect_source,
    plan_import,
)
from ecopark.importers.crs_guess import candidates_for_layer, crs_candidates
from ecopark.model import Park, ScenarioInfo, Zone

KROVAK_BLOCK = (-743_000.0, -1_043_000.0)
"""A block in Prague in S-JTSK / Krovák East North (EPSG:5514), as Czech drawings give it."""


def _krovak_dxf(tmp_path: Path) -> Path:
    doc = ezdxf.new()
    doc.header["$INSUNITS"] = 0  # unitless: the drawing does not say
    msp = doc.modelspace()
    x, y = KROVAK_BLOCK
    for k in range(3):
        msp.add_lwpolyline(
            [(x + 100 * k, y), (x + 100 * k + 80, y), (x + 100 * k + 80, y + 60),
             (x + 100 * k, y + 60)],
            close=True,
            dxfattribs={"layer": "industrial"},
        )  # fmt: skip
    path = tmp_path / "krovak.dxf"
    doc.saveas(path)
    return path


def _park_in_liaoning() -> Park:
    """A park at Liaobin (CGCS2000 / 3-degree GK CM 123E), with one zone at its real place."""
    park = Park("辽滨", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="base", kind="baseline", year=2024))
    park.add(
        "base",
        Zone(
            zone_id="Z1",
            name="临港",
            kind="lingang_industrial",
            industrial=True,
            geometry=shapely.box(415_000, 4_510_000, 418_000, 4_512_000),
        ),
    )
    return park


def test_a_dxf_without_crs_or_units_is_refused_until_both_are_confirmed(tmp_path: Path) -> None:
    preview = inspect_source(_krovak_dxf(tmp_path))
    [layer] = preview.layers
    assert layer.source_crs is None and preview.metres_per_unit is None
    park = _park_in_liaoning()
    before = park.snapshot()
    options = ImportOptions.from_preview(preview)
    with pytest.raises(ImportRefused, match="coordinate reference system"):
        build_import(preview, options, park, "base")
    # what the import dialog used to fill in: the park's CRS, metres
    options.source_crs = park.crs
    with pytest.raises(ImportRefused, match="units"):
        build_import(preview, options, park, "base")
    options.metres_per_unit = 1.0
    with pytest.raises(ImportRefused, match=r"would land [\d,]+ km from the park"):
        build_import(preview, options, park, "base")
    assert park.snapshot() == before


def test_candidate_crs_come_from_the_coordinates(tmp_path: Path) -> None:
    preview = inspect_source(_krovak_dxf(tmp_path))
    [layer] = preview.layers
    codes = [c.crs for c in candidates_for_layer(preview, layer, metres_per_unit=1.0)]
    assert "EPSG:5514" in codes[:3]
    # the right CRS puts the block in Prague: still far from a park in Liaoning, so refused...
    park = _park_in_liaoning()
    options = ImportOptions.from_preview(preview)
    options.source_crs, options.metres_per_unit = "EPSG:5514", 1.0
    plan = plan_import(preview, options, park, "base")
    assert plan.objects == [] and plan.far == 3
    # ...unless the planner insists
    options.allow_far = True
    assert len(plan_import(preview, options, park, "base").objects) == 3


def test_candidates_near_the_park_put_the_features_on_it() -> None:
    """The zone of _park_in_liaoning delivered in CGCS2000 / 3-degree GK zone 41 (EPSG:4529)."""
    import pyproj

    to41 = pyproj.Transformer.from_crs("EPSG:4550", "EPSG:4529", always_xy=True)
    x0, y0 = to41.transform(415_000, 4_510_000)
    x1, y1 = to41.transform(418_000, 4_512_000)
    lonlat = pyproj.Transformer.from_crs("EPSG:4550", "EPSG:4326", always_xy=True)
    near = lonlat.transform(416_500, 4_511_000)
    found = crs_candidates((x0, y0, x1, y1), near=near)
    assert found[0].distance_km is not None and found[0].distance_km < 5
    close = [c.crs for c in found if c.distance_km is not None and c.distance_km < 5]
    assert close[0] == "EPSG:4529"  # CGCS2000 first: same place, same datum as the park


def test_a_shapefile_without_prj_needs_a_confirmed_crs(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"name": ["a"]}, geometry=[shapely.Point(KROVAK_BLOCK)], crs="EPSG:5514"
    )
    path = tmp_path / "firms.shp"
    pyogrio.write_dataframe(frame, path)
    path.with_suffix(".prj").unlink()
    preview = inspect_source(path)
    assert preview.layers[0].source_crs is None
    with pytest.raises(ImportRefused, match="coordinate reference system"):
        build_import(preview, ImportOptions.from_preview(preview), _park_in_liaoning(), "base")


def test_inspect_says_the_crs_is_missing_and_lists_candidates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(_krovak_dxf(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "does not say which coordinate reference system" in out
    assert "candidate CRSs" in out and "EPSG:5514 S-JTSK / Krovak East North" in out
