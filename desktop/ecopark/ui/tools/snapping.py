"""Snapping the cursor onto existing features, as QGIS planners expect.

Priority: a firm or facility point, then a vertex, then the nearest point on an edge, all
within a tolerance given in screen pixels (so snapping feels the same at every zoom). The
geometry work is vectorised shapely over the STRtree candidates of
:class:`ecopark.ui.canvas.hit_index.SceneIndex`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely.geometry import Point

if TYPE_CHECKING:
    from ecopark.ui.canvas.map_canvas import MapCanvas

ObjectRef = tuple[str, str]
SNAP_TOLERANCE_PX = 10.0


@dataclass(frozen=True)
class SnapResult:
    x: float
    y: float
    kind: str
    """'point' (firm/facility), 'vertex' or 'edge'."""
    ref: ObjectRef
    distance: float

    @property
    def xy(self) -> tuple[float, float]:
        return self.x, self.y


@dataclass(frozen=True)
class SnapTargets:
    """What a tool snaps to."""

    points: tuple[str, ...] = ()
    """Point layers (firms, facilities)."""
    shapes: tuple[str, ...] = ()
    """Line and area layers whose vertices and edges attract."""
    pipeline_medium: str | None = None
    """When set, pipelines attract only if they carry this medium."""


class Snapper:
    def __init__(self, canvas: MapCanvas, tolerance_px: float = SNAP_TOLERANCE_PX):
        self.canvas = canvas
        self.tolerance_px = tolerance_px

    def snap(
        self,
        xy: tuple[float, float],
        targets: SnapTargets,
        exclude: Collection[ObjectRef] = (),
    ) -> SnapResult | None:
        tol = self.tolerance_px * self.canvas.metres_per_pixel
        x, y = xy
        best = self._nearest_point(x, y, tol, targets.points, exclude)
        if best is not None:
            return best
        shapes = [layer for layer in targets.shapes if self.canvas.layer_visible(layer)]
        cands = list(self._shape_candidates(x, y, tol, shapes, targets.pipeline_medium, exclude))
        if not cands:
            return None
        refs = [ref for ref, _ in cands]
        geoms = np.array([g for _, g in cands], dtype=object)
        coords, owner = shapely.get_coordinates(geoms, return_index=True)
        d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
        i = int(np.argmin(d))
        if d[i] <= tol:
            return SnapResult(
                float(coords[i, 0]), float(coords[i, 1]), "vertex", refs[owner[i]], float(d[i])
            )
        edges = shapely.boundary(geoms)
        is_line = shapely.get_type_id(geoms) == 1
        edges[is_line] = geoms[is_line]
        pt = Point(x, y)
        links = shapely.shortest_line(edges, pt)
        lengths = shapely.length(links)
        j = int(np.argmin(lengths))
        if lengths[j] <= tol:
            on = shapely.get_coordinates(links[j])[0]
            return SnapResult(float(on[0]), float(on[1]), "edge", refs[j], float(lengths[j]))
        return None

    def _nearest_point(
        self, x: float, y: float, tol: float, layers: Iterable[str], exclude: Collection[ObjectRef]
    ) -> SnapResult | None:
        best: SnapResult | None = None
        for layer in layers:
            if not self.canvas.layer_visible(layer):
                continue
            ids, geoms = self.canvas.index.candidates(layer, x - tol, y - tol, x + tol, y + tol)
            if not ids:
                continue
            coords = shapely.get_coordinates(geoms)
            d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
            for k in np.argsort(d).tolist():
                if d[k] > tol:
                    break
                if (layer, ids[k]) in exclude:
                    continue
                if best is None or d[k] < best.distance:
                    best = SnapResult(
                        float(coords[k, 0]),
                        float(coords[k, 1]),
                        "point",
                        (layer, ids[k]),
                        float(d[k]),
                    )
                break
        return best

    def _shape_candidates(
        self,
        x: float,
        y: float,
        tol: float,
        layers: Iterable[str],
        medium: str | None,
        exclude: Collection[ObjectRef],
    ) -> Iterable[tuple[ObjectRef, object]]:
        scenario = self.canvas.document.scenario
        for layer in layers:
            ids, geoms = self.canvas.index.candidates(layer, x - tol, y - tol, x + tol, y + tol)
            objs = scenario.layers.get(layer, {})
            for oid, g in zip(ids, geoms, strict=True):
                if (layer, oid) in exclude:
                    continue
                if layer == "pipelines" and medium is not None:
                    if getattr(objs.get(oid), "medium", None) != medium:
                        continue
                yield (layer, oid), g
