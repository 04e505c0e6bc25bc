"""Control-point fits from source coordinates (a CAD drawing's units, or image pixels) to the map.

*Similarity* (shift, rotation, one scale; 2 or more points, least squares) keeps a drawing's
shapes: the right choice for CAD, whose lengths are true. *Affine* (3 or more points) also
absorbs different scales across and down and a shear: the choice for paper scans. Each fit
reports every point's residual (metres between where the point lands and where it was clicked)
and the root mean square, so a mis-clicked point shows up before the placement is accepted.

The transform is ``x' = a*x + b*y + c``, ``y' = d*x + e*y + f`` (the order of
``shapely.affinity.affine_transform`` is ``[a, b, d, e, c, f]``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ecopark.model.errors import InvalidValueError

METHODS = ("similarity", "affine")
Transform = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class PointFit:
    method: str
    transform: Transform
    residuals_m: tuple[float, ...]

    @property
    def rms_m(self) -> float:
        r = np.asarray(self.residuals_m)
        return float(np.sqrt(np.mean(r**2))) if len(r) else 0.0

    @property
    def scale(self) -> float:
        """Mean scale factor (map metres per source unit)."""
        a, b, _, d, e, _ = self.transform
        return math.sqrt(abs(a * e - b * d))

    @property
    def rotation_deg(self) -> float:
        a, _, _, d, _, _ = self.transform
        return math.degrees(math.atan2(d, a))

    def apply(self, pts: Sequence[tuple[float, float]] | np.ndarray) -> np.ndarray:
        return apply(self.transform, pts)

    def shapely_matrix(self) -> list[float]:
        a, b, c, d, e, f = self.transform
        return [a, b, d, e, c, f]


def apply(transform: Transform, pts: Sequence[tuple[float, float]] | np.ndarray) -> np.ndarray:
    a, b, c, d, e, f = transform
    p = np.asarray(pts, dtype=float).reshape(-1, 2)
    return np.column_stack([a * p[:, 0] + b * p[:, 1] + c, d * p[:, 0] + e * p[:, 1] + f])


def fit_points(
    source: Sequence[tuple[float, float]],
    target: Sequence[tuple[float, float]],
    method: str = "similarity",
) -> PointFit:
    """Least-squares fit of ``source`` onto ``target`` (pairs in the same order)."""
    src = np.asarray(source, dtype=float).reshape(-1, 2)
    dst = np.asarray(target, dtype=float).reshape(-1, 2)
    if method not in METHODS:
        raise InvalidValueError(f"unknown fit {method!r}: use similarity or affine")
    need = 2 if method == "similarity" else 3
    if len(src) != len(dst) or len(src) < need:
        raise InvalidValueError(
            f"a {method} fit needs at least {need} control points, each on the drawing and "
            f"on the map (have {min(len(src), len(dst))})"
        )
    if not (np.isfinite(src).all() and np.isfinite(dst).all()):
        raise InvalidValueError("control points must be finite numbers")
    # centre both sets: better conditioning for map coordinates in the millions
    sc, dc = src.mean(axis=0), dst.mean(axis=0)
    s, t = src - sc, dst - dc
    if method == "similarity":
        if np.allclose(s, 0.0):
            raise InvalidValueError("the control points are all the same place on the drawing")
        # x' = p*x - q*y ; y' = q*x + p*y (rotation + one scale)
        design = np.vstack(
            [np.column_stack([s[:, 0], -s[:, 1]]), np.column_stack([s[:, 1], s[:, 0]])]
        )
        (p, q), *_ = np.linalg.lstsq(design, np.concatenate([t[:, 0], t[:, 1]]), rcond=None)
        a, b, d, e = float(p), float(-q), float(q), float(p)
    else:
        design = np.column_stack([s, np.ones(len(s))])
        if np.linalg.matrix_rank(design) < 3:
            raise InvalidValueError(
                "the control points lie on one line; pick points spread over the drawing"
            )
        (a, b, _), *_ = np.linalg.lstsq(design, t[:, 0], rcond=None)
        (d, e, _), *_ = np.linalg.lstsq(design, t[:, 1], rcond=None)
        a, b, d, e = float(a), float(b), float(d), float(e)
    c = float(dc[0] - a * sc[0] - b * sc[1])
    f = float(dc[1] - d * sc[0] - e * sc[1])
    transform: Transform = (a, b, c, d, e, f)
    res = np.hypot(*(apply(transform, src) - dst).T)
    return PointFit(method, transform, tuple(float(r) for r in res))


__all__ = ["METHODS", "PointFit", "apply", "fit_points"]
