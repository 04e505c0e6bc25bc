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
    """'point' (firm/facility), 'vertex', 'intersection' or 'edge'."""
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


@dataclass(frozen=True)
class SnapSettings:
    """The planner's snapping options (Tools > Snapping options): what attracts and how far."""

    enabled: bool = True
    tolerance_px: float = SNAP_TOLERANCE_PX
    points: bool = True
    """Firm and facility points."""
    vertices: bool = True
    edges: bool = True
    intersections: bool = True
    """Where two edges cross (e.g. two road centre lines)."""
    layers: frozenset[str] | None = None
    """Layers that attract (None: each tool's own choice)."""


class Snapper:
    def __init__(self, canvas: MapCanvas, tolerance_px: float = SNAP_TOLERANCE_PX):
        self.canvas = canvas
        self.settings = SnapSettings(tolerance_px=tolerance_px)

    @property
    def tolerance_px(self) -> float:
        return self.settings.tolerance_px

    @tolerance_px.setter
    def tolerance_px(self, value: float) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, tolerance_px=float(value))

    def snap(
        self,
        xy: tuple[float, float],
        targets: SnapTargets,
        exclude: Collection[ObjectRef] = (),
    ) -> SnapResult | None:
        opts = self.settings
        if not opts.enabled:
            return None
        tol = opts.tolerance_px * self.canvas.metres_per_pixel
        x, y = xy
        allowed = opts.layers
        point_layers = [p for p in targets.points if allowed is None or p in allowed]
        best = self._nearest_point(x, y, tol, point_layers, exclude) if opts.points else None
        if best is not None:
            return best
        shapes = [
            layer
            for layer in targets.shapes
            if self.canvas.layer_visible(layer) and (allowed is None or layer in allowed)
        ]
        cands = list(self._shape_candidates(x, y, tol, shapes, targets.pipeline_medium, exclude))
        if not cands:
            return None
        refs = [ref for ref, _ in cands]
        geoms = np.array([g for _, g in cands], dtype=object)
        coords, owner = shapely.get_coordinates(geoms, return_index=True)
        d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
        i = int(np.argmin(d))
        if opts.vertices and d[i] <= tol:
            return SnapResult(
                float(coords[i, 0]), float(coords[i, 1]), "vertex", refs[owner[i]], float(d[i])
            )
        edges = shapely.boundary(geoms)
        is_line = shapely.get_type_id(geoms) == 1
        edges[is_line] = geoms[is_line]
        pt = Point(x, y)
        if opts.intersections and len(edges) > 1:
            crossing = self._nearest_crossing(edges, refs, x, y, tol)
            if crossing is not None:
                return crossing
        if not opts.edges:
            return None
        links = shapely.shortest_line(edges, pt)
        lengths = shapely.length(links)
        j = int(np.argmin(lengths))
        if lengths[j] <= tol:
            on = shapely.get_coordinates(links[j])[0]
            return SnapResult(float(on[0]), float(on[1]), "edge", refs[j], float(lengths[j]))
        return None

    @staticmethod
    def _nearest_crossing(
        edges: np.ndarray, refs: list[ObjectRef], x: float, y: float, tol: float
    ) -> SnapResult | None:
        """The crossing of two candidate edges nearest the cursor, within ``tol``."""
        near = shapely.box(x - tol, y - tol, x + tol, y + tol)
        clipped = shapely.intersection(edges, near)
        best: SnapResult | None = None
        for a in range(len(clipped)):
            for b in range(a + 1, len(clipped)):
                hit = shapely.intersection(clipped[a], clipped[b])
                for p in shapely.get_coordinates(hit):
                    dist = float(np.hypot(p[0] - x, p[1] - y))
                    if dist <= tol and (best is None or dist < best.distance):
                        best = SnapResult(float(p[0]), float(p[1]), "intersection", refs[a], dist)
        return best

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
