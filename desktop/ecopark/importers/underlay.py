"""Place a scanned master plan under the map from control points (pixel -> map pairs).

Two points fix a similarity (shift, rotation, one scale: a scan is rarely sheared), three or
more an affine transform by least squares (scans are often stretched a little differently
across and down the page). Image rows grow downwards while map y grows upwards, so the fit works
on (col, -row) and the result maps pixel (col, row) to map (x, y) as
``x = a*col + b*row + c, y = d*col + e*row + f`` (the :class:`~ecopark.model.Underlay` form).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ecopark.model import InvalidValueError, Underlay

Transform = tuple[float, float, float, float, float, float]


def fit_transform(
    pixels: Sequence[tuple[float, float]], points: Sequence[tuple[float, float]]
) -> Transform:
    """Pixel -> map transform from 2 (similarity) or 3+ (affine, least squares) control points."""
    px = np.asarray(pixels, dtype=float).reshape(-1, 2)
    mp = np.asarray(points, dtype=float).reshape(-1, 2)
    if len(px) != len(mp) or len(px) < 2:
        raise InvalidValueError(
            "give at least two control points, each an image pixel and its map position",
            layer="underlays",
        )
    if not (np.isfinite(px).all() and np.isfinite(mp).all()):
        raise InvalidValueError("control points must be finite numbers", layer="underlays")
    if len(px) == 2:
        return _similarity(px, mp)
    return _affine(px, mp)


def _similarity(px: np.ndarray, mp: np.ndarray) -> Transform:
    col, row = px[:, 0], px[:, 1]
    if np.allclose(px[0], px[1]) or np.allclose(mp[0], mp[1]):
        raise InvalidValueError(
            "the two control points must be different places", layer="underlays"
        )
    # x = a*col + b*row + c ; y = b*col - a*row + f   (unknowns a, b, c, f)
    ones, zeros = np.ones_like(col), np.zeros_like(col)
    design = np.vstack(
        [np.column_stack([col, row, ones, zeros]), np.column_stack([-row, col, zeros, ones])]
    )
    target = np.concatenate([mp[:, 0], mp[:, 1]])
    (a, b, c, f), *_ = np.linalg.lstsq(design, target, rcond=None)
    return (float(a), float(b), float(c), float(b), float(-a), float(f))


def _affine(px: np.ndarray, mp: np.ndarray) -> Transform:
    design = np.column_stack([px, np.ones(len(px))])
    if np.linalg.matrix_rank(design) < 3:
        raise InvalidValueError(
            "the control points lie on one line; pick points spread over the image",
            layer="underlays",
        )
    (a, b, c), *_ = np.linalg.lstsq(design, mp[:, 0], rcond=None)
    (d, e, f), *_ = np.linalg.lstsq(design, mp[:, 1], rcond=None)
    return (float(a), float(b), float(c), float(d), float(e), float(f))


def apply_transform(transform: Transform, pixels: Sequence[tuple[float, float]]) -> np.ndarray:
    a, b, c, d, e, f = transform
    px = np.asarray(pixels, dtype=float).reshape(-1, 2)
    return np.column_stack([a * px[:, 0] + b * px[:, 1] + c, d * px[:, 0] + e * px[:, 1] + f])


def residuals_m(
    transform: Transform,
    pixels: Sequence[tuple[float, float]],
    points: Sequence[tuple[float, float]],
) -> np.ndarray:
    """Distance in metres between where each control point lands and where it should."""
    return np.hypot(*(apply_transform(transform, pixels) - np.asarray(points, dtype=float)).T)


def make_underlay(
    underlay_id: str,
    name: str,
    image_png: bytes,
    pixels: Sequence[tuple[float, float]],
    points: Sequence[tuple[float, float]],
    opacity: float = 0.6,
) -> Underlay:
    """An :class:`Underlay` placed by control points (push it with commands.SetUnderlays)."""
    if not image_png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise InvalidValueError(
            f"underlay {underlay_id}: the image must be converted to PNG first", layer="underlays"
        )
    return Underlay(
        underlay_id=underlay_id,
        name=name,
        image_png=image_png,
        transform=fit_transform(pixels, points),
        opacity=opacity,
    )
