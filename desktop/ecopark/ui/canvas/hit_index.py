"""Which objects of the current scenario are under the cursor or inside a rectangle.

Qt-free: shapely STRtrees per layer, rebuilt lazily after a change to that layer, so a click
costs one tree query whatever the park size and an edit costs nothing until the next query.
Exchanges are indexed by the same curve the canvas draws (:func:`ecopark.symbology.exchange_curve`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely import STRtree
from shapely.geometry import LineString, Point, box

from ecopark.model import EcoParkError, Scenario
from ecopark.symbology import exchange_curve

HIT_ORDER: tuple[str, ...] = (
    "facilities",
    "firms",
    "exchanges",
    "pipelines",
    "corridors",
    "plots",
    "zones",
)
"""What a click picks first when several objects are under it: small things before big ones."""
POINT_LAYERS = frozenset({"firms", "facilities"})
AREA_LAYERS = frozenset({"zones", "plots"})


@dataclass
class _LayerIndex:
    ids: list[str] = field(default_factory=list)
    geoms: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))
    tree: STRtree | None = None


class SceneIndex:
    """Spatial index of the scenario ``scenario()`` returns; :meth:`invalidate` after edits."""

    def __init__(self, scenario: Callable[[], Scenario]):
        self._scenario = scenario
        self._layers: dict[str, _LayerIndex] = {}

    def invalidate(self, layer: str | None = None) -> None:
        if layer is None:
            self._layers.clear()
            return
        self._layers.pop(layer, None)
        if layer in POINT_LAYERS:
            self._layers.pop("exchanges", None)

    def layer(self, layer: str) -> _LayerIndex:
        index = self._layers.get(layer)
        if index is None:
            index = self._build(layer)
            self._layers[layer] = index
        return index

    def _build(self, layer: str) -> _LayerIndex:
        try:
            scenario = self._scenario()
        except EcoParkError:  # a park without scenarios: nothing to hit
            return _LayerIndex()
        if layer == "exchanges":
            ids, geoms = [], []
            for ex in scenario.exchanges.values():
                a = scenario.firms.get(ex.from_id) or scenario.facilities.get(ex.from_id)
                b = scenario.firms.get(ex.to_id) or scenario.facilities.get(ex.to_id)
                if a is None or b is None:
                    continue
                pa, pb = a.geometry, b.geometry
                ids.append(ex.id)
                geoms.append(LineString(exchange_curve(pa.x, pa.y, pb.x, pb.y)))
            arr = np.array(geoms, dtype=object)
        else:
            objs = scenario.layers.get(layer, {})
            ids = list(objs)
            arr = np.array([o.geometry for o in objs.values()], dtype=object)  # type: ignore[attr-defined]
        tree = STRtree(arr) if len(arr) else None
        return _LayerIndex(ids, arr, tree)

    # ----- queries ---------------------------------------------------------------------------
    def near(self, layer: str, x: float, y: float, tolerance: float) -> list[tuple[float, str]]:
        """(distance, id) of objects within ``tolerance`` of (x, y), nearest first.

        Areas count as distance 0 when the point is inside them.
        """
        index = self.layer(layer)
        if index.tree is None:
            return []
        pt = Point(x, y)
        cand = index.tree.query(pt, predicate="dwithin", distance=tolerance)
        if len(cand) == 0:
            return []
        dist = shapely.distance(index.geoms[cand], pt)
        order = np.argsort(dist, kind="stable")
        return [(float(dist[i]), index.ids[int(cand[i])]) for i in order]

    def at(
        self, x: float, y: float, tolerance: float, layers: Iterable[str]
    ) -> list[tuple[str, str]]:
        """Objects under (x, y) in click priority (:data:`HIT_ORDER`), nearest first per layer."""
        wanted = set(layers)
        out: list[tuple[str, str]] = []
        for layer in HIT_ORDER:
            if layer in wanted:
                out.extend((layer, oid) for _, oid in self.near(layer, x, y, tolerance))
        return out

    def in_rect(
        self, xmin: float, ymin: float, xmax: float, ymax: float, layers: Iterable[str]
    ) -> list[tuple[str, str]]:
        """Objects a rubber band selects: points and lines it touches, areas it wholly contains."""
        rect = box(min(xmin, xmax), min(ymin, ymax), max(xmin, xmax), max(ymin, ymax))
        out: list[tuple[str, str]] = []
        wanted = set(layers)
        for layer in HIT_ORDER:
            if layer not in wanted:
                continue
            index = self.layer(layer)
            if index.tree is None:
                continue
            predicate = "contains" if layer in AREA_LAYERS else "intersects"
            hits = np.sort(index.tree.query(rect, predicate=predicate))
            out.extend((layer, index.ids[int(i)]) for i in hits)
        return out

    def candidates(
        self, layer: str, xmin: float, ymin: float, xmax: float, ymax: float
    ) -> tuple[list[str], np.ndarray]:
        """Ids and geometries whose bounds meet the box (for snapping)."""
        index = self.layer(layer)
        if index.tree is None:
            return [], np.empty(0, dtype=object)
        hits = np.sort(index.tree.query(box(xmin, ymin, xmax, ymax)))
        return [index.ids[int(i)] for i in hits], index.geoms[hits]
