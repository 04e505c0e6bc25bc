"""Georeferencing (issue 20): the shared DXF and test images placed by control points against
known coordinates (residuals <= 0.5 m), undoable, remembered for the next import; offline
raster basemaps from GeoTIFF, MBTiles and GeoPackage tiles."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import shapely

from ecopark.commands import CommandStack
from ecopark.georef import (
    drawing_key,
    fit_points,
    place_objects_command,
    remember_command,
    remembered_fit,
)
from ecopark.georef.basemap import read_basemap
from ecopark.georef.fit import apply
from ecopark.importers import ImportOptions, LayerTarget, build_import, inspect_source
from ecopark.importers.underlay import fit_transform
from ecopark.model.errors import InvalidValueError
from ecopark.places import create_empty_park

# The "true" placement of the lot plan at Liaobin: turned 23.5° and moved so its origin is at
# E 418,250 N 4,505,120 (CGCS2000 GK CM 123°E). The test knows it; the fit must find it.
TRUE_ROT = math.radians(23.5)
TRUE_SHIFT = (418_250.0, 4_505_120.0)


def truth(pts: np.ndarray) -> np.ndarray:
    c, s = math.cos(TRUE_ROT), math.sin(TRUE_ROT)
    x, y = pts[:, 0], pts[:, 1]
    return np.column_stack([c * x - s * y + TRUE_SHIFT[0], s * x + c * y + TRUE_SHIFT[1]])


def _import_lot_plan(shared_dir: Path):  # type: ignore[no-untyped-def]
    path = shared_dir / "data" / "dxf" / "lot_plan_bel_air_technical_description_ac1018.dxf"
    preview = inspect_source(path)
    park = create_empty_park("辽滨", 122.03, 40.68, baseline_year=2024)
    options = ImportOptions.from_preview(preview)
    for layer in preview.layers:
        options.targets[layer.name] = LayerTarget(None)  # type: ignore[arg-type]
    options.targets["p09 (areas enclosed by lines)"] = LayerTarget("plots")
    options.source_crs = park.crs
    options.metres_per_unit = 0.001
    options.allow_far = True  # at its CAD origin, far from the park: placed by control points next
    stack = CommandStack(park)
    stack.push(build_import(preview, options, park, "baseline"))
    return path, park, stack


def test_dxf_placed_by_control_points(shared_dir: Path) -> None:
    path, park, stack = _import_lot_plan(shared_dir)
    plots = park.scenario("baseline").layers["plots"]
    assert plots, "the lots were imported"
    before = {k: o.geometry for k, o in plots.items()}  # type: ignore[attr-defined]
    # as imported the drawing sits at its CAD origin, thousands of km from the park
    assert shapely.total_bounds(list(before.values()))[0] < 1000
    corners = np.unique(np.round(shapely.get_coordinates(list(before.values())), 6), axis=0)
    rng = np.random.default_rng(20)
    # control points spread over the drawing (as a planner picks them): its four extreme corners
    ends = [
        int(np.argmin(corners.sum(1))),
        int(np.argmax(corners.sum(1))),
        int(np.argmin(corners[:, 0] - corners[:, 1])),
        int(np.argmax(corners[:, 0] - corners[:, 1])),
    ]
    src = corners[ends]
    others = np.setdiff1d(np.arange(len(corners)), ends)
    # the planner clicks the map with up to 0.25 m error in each direction
    clicked = truth(src) + rng.uniform(-0.25, 0.25, size=src.shape)
    fit = fit_points(src, clicked, "similarity")
    assert max(fit.residuals_m) <= 0.5
    assert fit.rotation_deg == pytest.approx(23.5, abs=0.5) and fit.scale == pytest.approx(
        1, abs=0.01
    )
    # independent check points (not used in the fit) land within 0.5 m of the truth
    check = corners[rng.choice(others, size=6, replace=False)]
    assert np.hypot(*(fit.apply(check) - truth(check)).T).max() <= 0.5
    cmd = place_objects_command(park, "baseline", [("plots", k) for k in plots], fit)
    stack.push(cmd)
    after = shapely.get_coordinates([o.geometry for o in plots.values()])  # type: ignore[attr-defined]
    expected = truth(shapely.get_coordinates(list(before.values())))
    assert np.hypot(*(after - expected).T).max() <= 0.5
    # remembered under the drawing's name and reused for a later import of the same drawing
    key = drawing_key(path)
    stack.push(remember_command(park, key, fit, src, clicked))
    again = remembered_fit(park, key)
    assert again is not None and again.transform == pytest.approx(fit.transform)
    stack.undo()
    assert remembered_fit(park, key) is None
    stack.undo()  # the placement is one undo step
    restored = {k: o.geometry for k, o in plots.items()}  # type: ignore[attr-defined]
    assert all(restored[k].equals(before[k]) for k in before)


def test_affine_needs_three_points_and_refuses_a_line() -> None:
    with pytest.raises(InvalidValueError, match="at least 3"):
        fit_points([(0, 0), (1, 0)], [(0, 0), (1, 0)], "affine")
    with pytest.raises(InvalidValueError, match="one line"):
        fit_points([(0, 0), (1, 0), (2, 0)], [(0, 0), (1, 0), (2, 0)], "affine")
    with pytest.raises(InvalidValueError, match="at least 2"):
        fit_points([(0, 0)], [(5, 5)])


def test_a_misclicked_point_shows_in_its_residual() -> None:
    src = np.array([(0, 0), (100, 0), (100, 100), (0, 100)], dtype=float)
    dst = truth(src)
    dst[2] += (6.0, 0.0)  # one point clicked 6 m off
    fit = fit_points(src, dst)
    worst = int(np.argmax(fit.residuals_m))
    assert worst == 2 and fit.residuals_m[worst] > 2.0


@pytest.mark.parametrize("name", ["RGB.byte.tif", "rotated.tif"])
def test_image_placed_by_control_points_matches_its_geotransform(
    shared_dir: Path, name: str
) -> None:
    """A test image whose true placement is known (its GeoTIFF geotransform, rotation terms
    included): control points picked on it give that transform back, residuals <= 0.5 m."""
    import rasterio

    with rasterio.open(shared_dir / "data" / "raster" / name) as src:
        t, w, h = src.transform, src.width, src.height
    pixels = [(0, 0), (w, 0), (w, h), (0, h), (w / 2, h / 3)]
    known = [t @ p for p in pixels]  # map coordinates of those pixel corners
    transform = fit_transform(pixels, known)  # the underlay fit (pixel -> map)
    assert transform == pytest.approx((t.a, t.b, t.c, t.d, t.e, t.f), rel=1e-9, abs=1e-6)
    fit = fit_points(pixels, known, "affine")
    assert max(fit.residuals_m) <= 0.5
    centre = (w * 0.37, h * 0.81)
    assert tuple(apply(fit.transform, [centre])[0]) == pytest.approx(t @ centre, abs=0.5)


def test_geotiff_basemap_keeps_its_placement(shared_dir: Path) -> None:
    import rasterio

    path = shared_dir / "data" / "raster" / "RGB.byte.tif"
    with rasterio.open(path) as src:
        t = src.transform
    u = read_basemap(path, "EPSG:32618", "B1")
    assert u.transform == pytest.approx((t.a, t.b, t.c, t.d, t.e, t.f), rel=1e-6)
    assert u.image_png.startswith(b"\x89PNG")


def test_basemap_from_tiles_and_reprojection(shared_dir: Path, tmp_path: Path) -> None:
    import rasterio.shutil

    tif = shared_dir / "data" / "raster" / "rgb1_fake_nir_epsg3857.tif"
    tiles = tmp_path / "ortho.mbtiles"
    rasterio.shutil.copy(tif, tiles, driver="MBTiles")
    gpkg = tmp_path / "ortho.gpkg"
    rasterio.shutil.copy(shared_dir / "data" / "raster" / "RGB.byte.tif", gpkg, driver="GPKG")
    for path in (tiles, gpkg):
        u = read_basemap(path, "EPSG:32618", "B2", max_px=512)
        import io

        from PIL import Image

        img = Image.open(io.BytesIO(u.image_png))
        assert max(img.size) <= 512 and img.mode == "RGBA"
        # the image's centre lands in UTM 18N where the source says it is
        with rasterio.open(path) as src:
            from rasterio.warp import transform as warp

            cx, cy = (
                (src.bounds.left + src.bounds.right) / 2,
                (src.bounds.bottom + src.bounds.top) / 2,
            )
            (ex,), (ey,) = warp(src.crs, "EPSG:32618", [cx], [cy])
        a, b, c, d, e, f = u.transform
        w, h = img.size
        mx, my = a * w / 2 + b * h / 2 + c, d * w / 2 + e * h / 2 + f
        assert abs(mx - ex) < 3 * abs(a) and abs(my - ey) < 3 * abs(e)


def test_bad_rasters_are_refused_in_words(shared_dir: Path) -> None:
    with pytest.raises(InvalidValueError, match="corrupt.tif: cannot read"):
        read_basemap(shared_dir / "data" / "raster" / "corrupt.tif", "EPSG:32618", "B")
    with pytest.raises(InvalidValueError, match="no coordinate system"):
        read_basemap(shared_dir / "data" / "raster" / "rotated.tif", "EPSG:32618", "B")


def test_worked_example_of_the_docs() -> None:
    """docs/drafting-and-georeferencing.md: (0,0)->(500,500), (100,0)->(500,600)."""
    fit = fit_points([(0, 0), (100, 0)], [(500, 500), (500, 600)])
    assert fit.transform == pytest.approx((0, -1, 500, 1, 0, 500), abs=1e-9)
    assert fit.scale == pytest.approx(1.0) and fit.rotation_deg == pytest.approx(90.0)
    assert max(fit.residuals_m) == pytest.approx(0.0, abs=1e-9)
