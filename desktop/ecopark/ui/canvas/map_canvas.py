"""The map canvas: draws the current scenario and hands gestures to the active map tool.

The view state is a centre in map coordinates and a scale in metres per pixel; the Qt scene
holds a few layer items (see :mod:`ecopark.ui.canvas.layers`) in scene coordinates = metres
from an origin near the park with y pointing down. Edits arrive as the document's change
events and update only the records of the objects they name; a scenario switch rebuilds all.
"""

from __future__ import annotations

import gc
import itertools
import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView, QWidget
from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from ecopark import symbology as sym
from ecopark.collector import collector_paused
from ecopark.commands import Command
from ecopark.messages import render
from ecopark.model import (
    Change,
    EcoParkError,
    ObjectChange,
    ParkChange,
    ParkObject,
    ScenarioChange,
)
from ecopark.ui.canvas import overview as overview_mod
from ecopark.ui.canvas import styles
from ecopark.ui.canvas.hit_index import HIT_ORDER, SceneIndex
from ecopark.ui.canvas.label_styles import install_label_styles
from ecopark.ui.canvas.labels import LabelLayer
from ecopark.ui.canvas.layers import (
    BatchedPathLayer,
    ExchangeLayer,
    FacilityLayer,
    FirmLayer,
    LayerItem,
    LineLayer,
    PointLayer,
    ZoneLayer,
    corridor_style,
    pipeline_style,
    plot_style,
)
from ecopark.ui.canvas.overlays import (
    SelectionLayer,
    SketchItem,
    SnapMarker,
    VertexHandles,
    draw_north_arrow,
    draw_scale_bar,
)
from ecopark.ui.canvas.overview import Overview, layer_key
from ecopark.ui.canvas.qpaths import MapFrame
from ecopark.ui.canvas.stack import LayerStack, frame_pixels, paint_map_layers
from ecopark.ui.canvas.underlays import UnderlayLayer
from ecopark.ui.document import ObjectRef, ProjectDocument
from ecopark.ui.i18n import arg, current_language

if TYPE_CHECKING:  # the tools import the canvas; the canvas only holds the tool it is given
    from ecopark.ui.tools.base import MapTool

log = logging.getLogger(__name__)

MAP_LAYERS = sym.MAP_LAYERS
"""Drawing order, bottom to top (defined once in :mod:`ecopark.symbology`)."""
UNDERLAYS = sym.UNDERLAYS


class MapCanvas(QGraphicsView):
    cursor_moved = Signal(float, float)
    """Cursor position in the project CRS (metres)."""
    status_hint = Signal(str)
    """What the next click does, or the outcome of the last gesture."""
    view_changed = Signal()
    """Centre or scale changed (overview maps, saved views)."""
    object_created = Signal(str, str)
    """(layer, id) of an object a tool just created (the window focuses its properties)."""
    selected_on_map = Signal(list)
    """The refs a click or a box on the map just selected (the attribute table follows them)."""

    MIN_METRES_PER_PIXEL = 0.005
    MAX_METRES_PER_PIXEL = 50_000.0
    HIT_TOLERANCE_PX = 6.0
    WHEEL_ZOOM = 1.25

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.frame = MapFrame()
        self._frame_fixed = False
        self._center = (0.0, 0.0)
        self._mupp = 1.0
        self._pan_anchor: QPointF | None = None
        self._space_down = False
        self._hint = ""

        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.setToolTip("")

        f = self.frame
        self.zone_layer = ZoneLayer(f)
        self.point_layers: dict[str, PointLayer] = {
            "firms": FirmLayer(f),
            "facilities": FacilityLayer(f),
        }
        self.exchange_layer = ExchangeLayer(f, self._scene_position)
        self.underlay_layer = UnderlayLayer(f)
        self.zone_layer.something_under = self.underlay_layer.shows_anything
        self.layers: dict[str, LayerItem] = {
            UNDERLAYS: self.underlay_layer,
            "zones": self.zone_layer,
            "plots": LineLayer("plots", f, plot_style),
            "corridors": LineLayer("corridors", f, corridor_style),
            "pipelines": LineLayer("pipelines", f, pipeline_style),
            "exchanges": self.exchange_layer,
            **self.point_layers,
        }
        self._visible: dict[str, bool] = {layer: True for layer in (UNDERLAYS, *MAP_LAYERS)}
        self._locked: set[str] = set()
        self.selection_layer = SelectionLayer(f)
        self.label_layer = LabelLayer(
            f,
            self.zone_layer,
            self.point_layers["firms"],
            self.point_layers["facilities"],
            self.exchange_layer,
            self.layer_visible,
        )
        self.sketch = SketchItem(f)
        self.handles = VertexHandles(f)
        self.snap_marker = SnapMarker()
        self.ghost = QGraphicsPathItem()
        self.ghost.setPen(styles.cosmetic_pen(sym.SKETCH_COLOUR, 2.0, (3.0, 2.0)))
        self.ghost.setZValue(999)
        for z, layer in enumerate(MAP_LAYERS):
            self.layers[layer].setZValue(z)
        self.underlay_layer.setZValue(-1)
        self.label_layer.setZValue(len(MAP_LAYERS) + 1)
        self.stack = LayerStack(
            [*self.layers.values(), self.label_layer], styles.qcolor(sym.BACKGROUND_COLOUR)
        )
        """The map layers, drawn as one cached image under the live overlays."""
        self.stack.setZValue(0)
        self.overview = Overview()
        """Zoomed-out frames of a large park from pre-rendered images (rendered when idle)."""
        self.stack.overview = self.overview
        self.stack.overview_key = self._overview_key
        self.stack.live = {self.label_layer}
        self.selection_layer.setZValue(10)
        for item in (self.stack, self.selection_layer, self.sketch, self.handles):
            scene.addItem(item)
        scene.addItem(self.snap_marker)
        scene.addItem(self.ghost)
        self.sketch.setVisible(False)
        self.handles.setVisible(False)
        self.ghost.setVisible(False)

        self._warm: Iterator[None] | None = None
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_some)
        self._overview_timer = QTimer(self)
        self._overview_timer.setSingleShot(True)
        self._overview_timer.setInterval(400)
        self._overview_timer.timeout.connect(self._rebuild_overview)
        self.index = SceneIndex(lambda: self.document.scenario)
        self._tool: MapTool | None = None

        document.changed.connect(self._on_change)
        document.scenario_switched.connect(self._on_scenario_switched)
        document.selection_changed.connect(self._on_selection_changed)
        install_label_styles(self)  # per-layer label settings of the park
        self.rebuild()
        self.zoom_to_extent()

    # ----- the active tool (chosen by ecopark.ui.tools.manager.ToolManager) ----------------------
    @property
    def tool(self) -> MapTool | None:
        return self._tool

    @property
    def current_tool(self) -> str:
        """Name of the active tool ("" before a tool manager gave one)."""
        return self._tool.name if self._tool is not None else ""

    def set_tool(self, tool: MapTool | None) -> None:
        """Forward gestures to ``tool`` from now on (the previous one drops its sketch)."""
        if tool is self._tool:
            return
        if self._tool is not None:
            self._call(self._tool.deactivate)
        self.clear_overlays()
        self._tool = tool
        if tool is not None:
            self.viewport().setCursor(tool.cursor)
            self._call(tool.activate)

    def refresh_tool(self) -> None:
        """The drawing options changed: the active tool says again what the next click does."""
        if self._tool is not None:
            self._call(self._tool.activate)

    def _call(self, handler: Callable[..., object], *args: object) -> object:
        """Run a tool handler; a failure becomes a status message instead of escaping into Qt
        (an exception leaving a Qt event handler can take the application down)."""
        try:
            return handler(*args)
        except EcoParkError as exc:
            self.show_hint(arg(self.tr("Not changed: %1"), render(str(exc), current_language())))
        except Exception as exc:  # noqa: BLE001 - keep the editor alive, report the bug
            log.exception("map tool %s failed", self.current_tool)
            failed = self.tr("The %1 tool failed (%2); please report this")
            self.show_hint(arg(failed, self.current_tool, repr(exc)))
            if self._tool is not None:
                try:
                    self._tool.reset()
                except Exception:  # noqa: BLE001
                    log.exception("resetting the tool failed")
        return None

    def show_hint(self, text: str) -> None:
        self._hint = text
        self.status_hint.emit(text)

    @property
    def last_hint(self) -> str:
        return self._hint

    def clear_overlays(self) -> None:
        self.sketch.clear()
        self.handles.set_handles([])
        self.snap_marker.hide_marker()
        self.ghost.setVisible(False)

    def push(self, command: Command) -> bool:
        return self.document.push(command)

    # ----- coordinates -------------------------------------------------------------------------
    def map_to_view(self, x: float, y: float) -> QPoint:
        p = self.viewportTransform().map(self.frame.to_scene(x, y))
        return QPoint(round(p.x()), round(p.y()))

    def view_to_map(self, pos: QPoint | QPointF) -> tuple[float, float]:
        inv, _ = self.viewportTransform().inverted()
        s = inv.map(QPointF(pos))
        return self.frame.to_map(s.x(), s.y())

    @property
    def metres_per_pixel(self) -> float:
        return self._mupp

    @property
    def center(self) -> tuple[float, float]:
        return self._center

    def set_view(self, center: tuple[float, float], metres_per_pixel: float) -> None:
        mupp = float(metres_per_pixel)
        if not math.isfinite(mupp) or mupp <= 0:
            return
        self._mupp = min(max(mupp, self.MIN_METRES_PER_PIXEL), self.MAX_METRES_PER_PIXEL)
        self._center = (float(center[0]), float(center[1]))
        self._apply_view()

    def _view_size(self) -> tuple[int, int]:
        """Viewport size in pixels; a hidden view has not laid out its viewport yet."""
        vp = self.viewport()
        if self.isVisible() or (vp.width() > 1 and vp.height() > 1 and vp.size() == self.size()):
            return max(vp.width(), 1), max(vp.height(), 1)
        return max(self.width(), 1), max(self.height(), 1)

    def _apply_view(self) -> None:
        # The transform maps the visible scene rectangle exactly onto (0, 0, w, h): Qt then
        # needs no scrolling or centring of its own, which it would round to whole pixels.
        s = 1.0 / self._mupp
        w, h = self._view_size()
        c = self.frame.to_scene(*self._center)
        left, top = c.x() - w * self._mupp / 2, c.y() - h * self._mupp / 2
        self.setSceneRect(QRectF(left, top, w * self._mupp, h * self._mupp))
        self.setTransform(QTransform(s, 0.0, 0.0, s, -left * s, -top * s))
        self.viewport().update()
        self.view_changed.emit()

    def extent(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) shown, in map coordinates."""
        vw, vh = self._view_size()
        w, h = vw * self._mupp, vh * self._mupp
        cx, cy = self._center
        return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2

    def set_extent(
        self, xmin: float, ymin: float, xmax: float, ymax: float, margin: float = 0.0
    ) -> None:
        """Show at least this box (with a relative margin), as large as the viewport allows."""
        w, h = max(xmax - xmin, 1e-6), max(ymax - ymin, 1e-6)
        w, h = w * (1 + 2 * margin), h * (1 + 2 * margin)
        vw, vh = self._view_size()
        mupp = max(w / vw, h / vh)
        self.set_view(((xmin + xmax) / 2, (ymin + ymax) / 2), mupp)

    def zoom_by(self, factor: float, about: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the map point under ``about`` (view pixels)."""
        if about is None:
            self.set_view(self._center, self._mupp / factor)
            return
        px, py = self.view_to_map(about)
        new = min(max(self._mupp / factor, self.MIN_METRES_PER_PIXEL), self.MAX_METRES_PER_PIXEL)
        k = new / self._mupp
        cx, cy = self._center
        self.set_view((px + (cx - px) * k, py + (cy - py) * k), new)

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the view content by (dx, dy) pixels (positive dx shows what lies to the east)."""
        cx, cy = self._center
        self.set_view((cx + dx * self._mupp, cy - dy * self._mupp), self._mupp)

    def scenario_bounds(self) -> tuple[float, float, float, float] | None:
        s = self.document.scenario
        geoms = [
            o.geometry  # type: ignore[attr-defined]
            for layer in MAP_LAYERS
            if layer != "exchanges"
            for o in s.layers.get(layer, {}).values()
        ]
        if not geoms:  # nothing drawn yet: the scan the planner will trace, if any
            return self.underlay_layer.map_bounds() if self.layer_visible("underlays") else None
        b = shapely.total_bounds(np.array(geoms, dtype=object))
        return float(b[0]), float(b[1]), float(b[2]), float(b[3])

    def zoom_to_extent(self) -> None:
        bounds = self.scenario_bounds() if self.document.scenario_id else None
        if bounds is None:
            from ecopark.places import home_extent  # an empty park starts where it was placed

            home = home_extent(self.document.park)
            if home is not None:
                self.set_extent(*home)
                return
            self.set_view(self._center, 1.0)
            return
        self.set_extent(*bounds, margin=0.04)

    def zoom_to_selection(self) -> None:
        geoms = self._selected_geometries()
        if not geoms:
            return
        xmin, ymin, xmax, ymax = shapely.total_bounds(np.array(geoms, dtype=object)).tolist()
        size = max(xmax - xmin, ymax - ymin, 300.0)
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        self.set_extent(cx - size / 2, cy - size / 2, cx + size / 2, cy + size / 2, margin=0.1)

    # ----- layers ------------------------------------------------------------------------------
    def set_layer_visible(self, layer: str, visible: bool) -> None:
        if layer == "labels":
            self.set_labels_visible(visible)
            return
        if layer not in self.layers:
            raise KeyError(f"unknown layer {layer!r}")
        self._visible[layer] = bool(visible)
        self.layers[layer].setVisible(bool(visible))
        self._overview_timer.start()
        self.viewport().update()

    def layer_visible(self, layer: str) -> bool:
        return self._visible.get(layer, False)

    def set_layer_locked(self, layer: str, locked: bool) -> None:
        """A locked layer still shows and snaps, but tools cannot select or change it."""
        if locked:
            self._locked.add(layer)
        else:
            self._locked.discard(layer)

    def layer_locked(self, layer: str) -> bool:
        return layer in self._locked

    def set_exchanges_visible(self, visible: bool) -> None:
        self.set_layer_visible("exchanges", visible)

    def set_labels_visible(self, visible: bool) -> None:
        self.label_layer.setVisible(bool(visible))
        self.viewport().update()

    # ----- hit testing -------------------------------------------------------------------------
    def hit_layers(self, *, editable: bool = False) -> list[str]:
        return [
            layer
            for layer in HIT_ORDER
            if self._visible.get(layer) and not (editable and layer in self._locked)
        ]

    def objects_at(
        self,
        map_xy: tuple[float, float],
        *,
        editable: bool = False,
        layers: Iterable[str] | None = None,
        tolerance_px: float | None = None,
    ) -> list[ObjectRef]:
        """Objects under a map point, in click priority (points, exchanges, lines, areas)."""
        allowed = set(self.hit_layers(editable=editable))
        if layers is not None:
            allowed &= set(layers)
        tol = (tolerance_px or self.HIT_TOLERANCE_PX) * self._mupp
        return self.index.at(map_xy[0], map_xy[1], tol, allowed)

    def objects_in_rect(
        self, a: tuple[float, float], b: tuple[float, float], *, editable: bool = False
    ) -> list[ObjectRef]:
        return self.index.in_rect(a[0], a[1], b[0], b[1], self.hit_layers(editable=editable))

    def object(self, ref: ObjectRef) -> ParkObject | None:
        layer, oid = ref
        return self.document.scenario.layers.get(layer, {}).get(oid)

    def geometry_of(self, ref: ObjectRef) -> BaseGeometry | None:
        obj = self.object(ref)
        if obj is None:
            return None
        if ref[0] == "exchanges":
            s = self.document.scenario
            a = s.find(obj.from_id)  # type: ignore[attr-defined]
            b = s.find(obj.to_id)  # type: ignore[attr-defined]
            if a is None or b is None:
                return None
            pa, pb = a.geometry, b.geometry  # type: ignore[attr-defined]
            return LineString(sym.exchange_curve(pa.x, pa.y, pb.x, pb.y))
        return obj.geometry  # type: ignore[attr-defined,no-any-return]

    # ----- model -> items ----------------------------------------------------------------------
    def _scene_position(self, object_id: str) -> tuple[float, float] | None:
        for layer in self.point_layers.values():
            p = layer.scene_position(object_id)
            if p is not None:
                return p
        return None

    def _choose_frame(self) -> None:
        if self._frame_fixed or not self.document.scenario_id:
            return
        bounds = self.scenario_bounds()
        if bounds is None:
            return
        ox = round((bounds[0] + bounds[2]) / 2 / 1000.0) * 1000.0
        oy = round((bounds[1] + bounds[3]) / 2 / 1000.0) * 1000.0
        self.frame = MapFrame(ox, oy)
        self._frame_fixed = True
        for item in (
            *self.layers.values(),
            self.selection_layer,
            self.label_layer,
            self.sketch,
            self.handles,
        ):
            item.set_frame(self.frame)

    def rebuild(self) -> None:
        """Recreate every layer's records from the current scenario (open, scenario switch)."""
        self._choose_frame()
        park = self.document.park
        self.zone_layer.kind_order = {k: i for i, k in enumerate(park.zone_kinds)}
        scenario = self.document.scenario if self.document.scenario_id in park.scenarios else None
        with collector_paused():  # 100,000 features make many long-lived records
            for layer in MAP_LAYERS:
                objs = scenario.layers.get(layer, {}).values() if scenario is not None else ()
                self.layers[layer].set_objects(objs)  # type: ignore[attr-defined]
        self.underlay_layer.set_underlays(park.underlays)
        self.index.invalidate()
        self._on_selection_changed(self.document.selection)
        self.viewport().update()
        self._warm = self._warm_steps()
        self._warm_timer.start()

    def _warm_steps(self) -> Iterator[None]:
        for layer in self.batched_layers():
            yield from layer.warm_up()
        yield from self.label_layer.warm_up()
        yield from self._overview_steps()
        if self._feature_count() >= overview_mod.MIN_FEATURES:
            # Python's first full garbage collection after a large park is opened walks every
            # object made (about 0.17 s at 100,000 features); done here, in idle time, it does
            # not fall on a frame the planner is waiting for
            gc.collect()
            yield

    # ----- the overview of a large park (ecopark.ui.canvas.overview) --------------------------
    def _overview_layers(self) -> list[LayerItem]:
        return [layer for layer in self.stack.layers if layer not in self.stack.live]

    def _overview_key(self) -> tuple[Any, ...]:
        return layer_key(self._overview_layers(), (self.frame.ox, self.frame.oy))

    def _feature_count(self) -> int:
        sizes: list[int] = [len(self.layers[layer]) for layer in MAP_LAYERS]  # type: ignore[arg-type]
        return sum(sizes)

    def _overview_steps(self) -> Iterator[None]:
        """Render the overview levels, one per step; none for a small park or while a scan is
        shown under the map (it reaches beyond the features)."""
        self.overview.clear()
        if self._feature_count() < overview_mod.MIN_FEATURES or (
            self.underlay_layer.shows_anything()
        ):
            return
        bounds = self.scenario_bounds()
        if bounds is None:
            return
        xmin, ymin, xmax, ymax = bounds
        tl = self.frame.to_scene(xmin, ymax)
        rect = QRectF(tl.x(), tl.y(), max(xmax - xmin, 1.0), max(ymax - ymin, 1.0))
        vw, vh = self._view_size()
        whole_rect = rect
        arrows = self.exchange_layer.scene_bounds() if self.layer_visible("exchanges") else None
        if arrows is not None:  # exchange curves bulge beyond the features they join
            rect = rect.united(arrows)
        whole = max(whole_rect.width() * 1.08 / vw, whole_rect.height() * 1.08 / vh)
        layers = self._overview_layers()

        def paint(p: QPainter, w: int, h: int, pixels: np.ndarray | None) -> None:
            paint_map_layers(layers, p, w, h, pixels)

        yield from self.overview.build(
            self._overview_key(), rect, whole, self.stack.background, paint
        )

    def _rebuild_overview(self) -> None:
        """After an edit: draw feature by feature until the levels are rendered again."""
        if self._feature_count() < overview_mod.MIN_FEATURES:
            self.overview.clear()
            return
        rest = self._warm
        self._warm = itertools.chain(rest if rest is not None else (), self._overview_steps())
        self._warm_timer.start()

    def _warm_some(self) -> None:
        """Build batches for a few milliseconds per idle moment until all are ready."""
        if self._warm is None:
            self._warm_timer.stop()
            return
        deadline = time.perf_counter() + 0.008
        for _ in self._warm:
            if time.perf_counter() > deadline:
                return
        self._warm = None
        self._warm_timer.stop()

    def warm_up(self) -> None:
        """Build every batch now (the bench and tests; the app does it when idle)."""
        if self._warm is not None:
            for _ in self._warm:
                pass
        self._warm = None
        self._warm_timer.stop()

    def _on_change(self, change: Change) -> None:
        if isinstance(change, ObjectChange):
            if change.scenario_id != self.document.scenario_id:
                return
            item = self.layers.get(change.layer)
            if item is None:
                return
            if change.new is None:
                item.remove(change.object_id)  # type: ignore[attr-defined]
            else:
                item.upsert(change.new)  # type: ignore[attr-defined]
            self.index.invalidate(change.layer)
            if change.layer in self.point_layers:
                self.exchange_layer.mark_dirty()
            if (change.layer, change.object_id) in self.document.selection or (
                change.layer in self.point_layers and self.document.selection
            ):
                self._on_selection_changed(self.document.selection)
            if self._tool is not None:
                self._call(self._tool.model_changed)
            self._overview_timer.start()
            self.viewport().update()
        elif isinstance(change, ScenarioChange):
            if change.scenario_id == self.document.scenario_id and change.action == "added":
                self.rebuild()
        elif isinstance(change, ParkChange) and change.what == "zone_kinds":
            self.zone_layer.kind_order = {k: i for i, k in enumerate(self.document.park.zone_kinds)}
            self.viewport().update()
        elif isinstance(change, ParkChange) and change.what == UNDERLAYS:
            self.underlay_layer.set_underlays(self.document.park.underlays)
            self.viewport().update()

    def _on_scenario_switched(self, scenario_id: str) -> None:
        if self._tool is not None:
            self._call(self._tool.refresh)
        self.clear_overlays()
        self.rebuild()
        if self._tool is not None:
            self._call(self._tool.activate)

    def _selected_geometries(self) -> list[BaseGeometry]:
        out = []
        for ref in self.document.selection:
            g = self.geometry_of(ref)
            if g is not None:
                out.append(g)
        return out

    def _on_selection_changed(self, refs: list[ObjectRef]) -> None:
        self.selection_layer.set_geometries(self._selected_geometries())
        self.viewport().update()

    # ----- rendering ---------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt override
        painter.save()
        painter.resetTransform()
        device = QRectF(self.viewport().rect())
        self._draw_furniture(painter, device)
        painter.restore()

    def _draw_furniture(self, painter: QPainter, device: QRectF) -> None:
        draw_scale_bar(painter, device, self._mupp)
        draw_north_arrow(painter, device)

    def render_to_image(self, image: QImage) -> QImage:
        """Draw the current view (same centre and scale) into ``image`` at the image's size,
        including scale bar and north arrow: screenshots, the bench, presentation export."""
        w, h = image.width(), image.height()
        c = self.frame.to_scene(*self._center)
        source = QRectF(
            c.x() - w * self._mupp / 2, c.y() - h * self._mupp / 2, w * self._mupp, h * self._mupp
        )
        direct = frame_pixels(image) if image.devicePixelRatioF() == 1.0 else None
        painter = QPainter(image)
        painter.setRenderHints(self.renderHints())
        self.stack.direct = direct if direct is not None else np.zeros((0, 0), np.uint32)
        try:
            self.scene().render(
                painter, QRectF(0, 0, w, h), source, Qt.AspectRatioMode.IgnoreAspectRatio
            )
        finally:
            self.stack.direct = None
        self._draw_furniture(painter, QRectF(0, 0, w, h))
        painter.end()
        return image

    # ----- events ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_view()

    def _starts_pan(self, event: QMouseEvent) -> bool:
        if event.button() == Qt.MouseButton.MiddleButton:
            return True
        return event.button() == Qt.MouseButton.LeftButton and self._space_down

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._starts_pan(event):
            self._pan_anchor = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self._tool is not None:
            self._call(self._tool.mouse_press, event, self.view_to_map(event.position()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        xy = self.view_to_map(pos)
        self.cursor_moved.emit(xy[0], xy[1])
        if self._pan_anchor is not None:
            d = pos - self._pan_anchor
            self._pan_anchor = pos
            self.pan_pixels(-d.x(), -d.y())
            event.accept()
            return
        if self._tool is not None:
            self._call(self._tool.mouse_move, event, xy)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._pan_anchor is not None:
            self._pan_anchor = None
            cursor = Qt.CursorShape.OpenHandCursor if self._space_down else None
            self.viewport().setCursor(
                cursor or (self._tool.cursor if self._tool else Qt.CursorShape.ArrowCursor)
            )
            event.accept()
            return
        if self._tool is not None:
            self._call(self._tool.mouse_release, event, self.view_to_map(event.position()))
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._starts_pan(event):
            return
        if self._tool is not None:
            self._call(self._tool.double_click, event, self.view_to_map(event.position()))
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(self.WHEEL_ZOOM**steps, event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Tab goes to the map tool first (it opens the CAD input bar) before Qt's focus
        chain sees it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self._tool is not None
            and self._call(self._tool.key_press, event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self._tool is not None and self._call(self._tool.key_press, event):
            event.accept()
            return
        vp = self.viewport()
        step_x, step_y = vp.width() / 4, vp.height() / 4
        moves: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Left: lambda: self.pan_pixels(-step_x, 0),
            Qt.Key.Key_Right: lambda: self.pan_pixels(step_x, 0),
            Qt.Key.Key_Up: lambda: self.pan_pixels(0, -step_y),
            Qt.Key.Key_Down: lambda: self.pan_pixels(0, step_y),
            Qt.Key.Key_Plus: lambda: self.zoom_by(self.WHEEL_ZOOM),
            Qt.Key.Key_Equal: lambda: self.zoom_by(self.WHEEL_ZOOM),
            Qt.Key.Key_Minus: lambda: self.zoom_by(1 / self.WHEEL_ZOOM),
        }
        action = moves.get(key)
        if action is not None:
            action()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if self._pan_anchor is None and self._tool is not None:
                self.viewport().setCursor(self._tool.cursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    # ----- for tools ---------------------------------------------------------------------------
    def select(self, refs: Iterable[ObjectRef]) -> None:
        self.document.set_selection(refs)
        self.selected_on_map.emit(list(self.document.selection))

    def batched_layers(self) -> list[BatchedPathLayer]:
        return [i for i in self.layers.values() if isinstance(i, BatchedPathLayer)]
