"""Offline raster basemaps: GeoTIFF orthophotos and MBTiles / GeoPackage tile sets the planner
already has, warped into the park's CRS and kept as an underlay under the plan.

Read with GDAL through rasterio (GeoTIFF, MBTiles and GeoPackage rasters are all GDAL datasets;
no network). The raster is warped once into a north-up grid in the park CRS of at most
``max_px`` pixels on its longer side (so a 2 GB orthophoto becomes a few MB in the project), and
stored as a PNG :class:`~ecopark.model.Underlay`: it then draws on the canvas, in exports and in
presentation mode like any scanned plan, with opacity, visibility and order in the Layers dock.
Rotated geotransforms are honoured by the warp. Damaged files give a sentence, never a crash.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
from PIL import Image

from ecopark.model import Underlay
from ecopark.model.errors import InvalidValueError

MAX_PX = 4096
BASEMAP_SUFFIXES = (".tif", ".tiff", ".mbtiles", ".gpkg", ".jp2", ".png", ".jpg")


def read_basemap(
    path: str | Path,
    park_crs: str,
    underlay_id: str,
    *,
    max_px: int = MAX_PX,
    opacity: float = 1.0,
) -> Underlay:
    """An underlay holding ``path`` warped into ``park_crs`` (north up, ≤ ``max_px`` a side)."""
    import rasterio
    from rasterio.errors import RasterioError
    from rasterio.warp import Resampling, calculate_default_transform, reproject

    p = Path(path)
    try:
        with rasterio.open(p) as src:
            if src.crs is None:
                raise InvalidValueError(
                    f"{p.name}: the raster has no coordinate system; place it as a scanned plan "
                    "by control points instead"
                )
            transform, width, height = calculate_default_transform(
                src.crs, park_crs, src.width, src.height, *src.bounds
            )
            k = max(width, height) / max_px
            if k > 1:
                width, height = max(1, math.ceil(width / k)), max(1, math.ceil(height / k))
                transform = transform @ transform.scale(k, k)
            bands = _rgba_bands(src)
            out = np.zeros((4, height, width), dtype=np.uint8)
            for i, band in enumerate(bands):
                reproject(
                    source=rasterio.band(src, band) if isinstance(band, int) else band,
                    destination=out[i],
                    src_transform=src.transform,
                    src_crs=src.crs,
                    dst_transform=transform,
                    dst_crs=park_crs,
                    resampling=Resampling.bilinear,
                    src_nodata=None,
                    dst_nodata=0,
                )
            mask = np.zeros((height, width), dtype=np.uint8)
            reproject(
                source=src.dataset_mask(),
                destination=mask,
                src_transform=src.transform,
                src_crs=src.crs,
                dst_transform=transform,
                dst_crs=park_crs,
                resampling=Resampling.nearest,
                dst_nodata=0,
            )
            if len(bands) < 4:
                out[3] = mask
    except RasterioError as exc:
        raise InvalidValueError(f"{p.name}: cannot read the raster ({_first_line(exc)})") from None
    if not out[3].any():
        raise InvalidValueError(f"{p.name}: no part of the raster can be placed in {park_crs}")
    buf = io.BytesIO()
    Image.fromarray(np.moveaxis(out, 0, -1), "RGBA").save(buf, format="PNG", optimize=True)
    # pixel (col, row) -> map: x = a*col + b*row + c, y = d*col + e*row + f
    t = transform
    return Underlay(
        underlay_id=underlay_id,
        name=p.stem,
        image_png=buf.getvalue(),
        transform=(t.a, t.b, t.c, t.d, t.e, t.f),
        opacity=opacity,
    )


def _rgba_bands(src: object) -> list[int | np.ndarray]:
    """Band numbers to draw as RGB(A): a palette or single band becomes grey or colours."""
    count = int(src.count)  # type: ignore[attr-defined]
    if count >= 4:
        return [1, 2, 3, 4]
    if count == 3:
        return [1, 2, 3]
    band = src.read(1)  # type: ignore[attr-defined]
    try:
        cmap = src.colormap(1)  # type: ignore[attr-defined]
    except ValueError:
        cmap = None
    if cmap:
        lut = np.zeros((256, 3), dtype=np.uint8)
        for k, rgba in cmap.items():
            if 0 <= k < 256:
                lut[k] = rgba[:3]
        rgb = lut[np.clip(band, 0, 255).astype(np.uint8)]
        return [np.ascontiguousarray(rgb[..., i]) for i in range(3)]
    grey = _stretch(band)
    return [grey, grey, grey]


def _stretch(band: np.ndarray) -> np.ndarray:
    valid = band[np.isfinite(band)] if band.dtype.kind == "f" else band.ravel()
    if valid.size == 0:
        return np.zeros_like(band, dtype=np.uint8)
    lo, hi = np.percentile(valid, [2, 98])
    scaled = (band.astype(float) - lo) / max(hi - lo, 1e-9) * 255
    return np.clip(scaled, 0, 255).astype(np.uint8)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


__all__ = ["BASEMAP_SUFFIXES", "MAX_PX", "read_basemap"]
