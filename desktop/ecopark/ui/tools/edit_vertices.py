"""Edit vertices of a zone, pipeline, plot or corridor: drag a vertex, double-click an edge to
insert one, select a vertex and press Delete to remove it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from shapely.geometry.base import BaseGeometry

from ecopark.commands import ReplaceObjects
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, object_label
from ecopark.ui.tools import geometry_edit as ge
from ecopark.ui.tools.base import MapTool, MapXY
from ecopark.ui.tools.snapping import SnapTargets

ObjectRef = tuple[str, str]
SHAPE_LAYERS = ("zones", "pipelines", "plots", "corridors")
HANDLE_PX = 7.0


class EditVerticesTool(MapTool):
    name = "edit_vertices"
    label = QT_TRANSLATE_NOOP("MapTool", "Edit vertices")
    shortcut = "V"
    icon = "draw-node"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click a zone, pipeline, plot or corridor to show its vertices; drag a vertex to move "
        "it (snaps to other features), double-click an edge to insert a vertex, click a vertex "
        "and press Delete to remove it",
    )
    cursor = Qt.CursorShape.PointingHandCursor
    idle_hint = QT_TRANSLATE_NOOP(
        "MapTool", "Click a zone, pipeline, plot or corridor to edit its vertices"
    )

    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self.target: ObjectRef | None = None
        self.active: ge.VertexAddress | None = None
        self._drag_from: QPointF | None = None
        self._preview: BaseGeometry | None = None

    # ----- target ------------------------------------------------------------------------------
    def activate(self) -> None:
        chosen = [
            r
            for r in self.document.selection
            if r[0] in SHAPE_LAYERS and not self.canvas.layer_locked(r[0])
        ]
        self.set_target(chosen[0] if chosen else None)

    def geometry(self) -> BaseGeometry | None:
        return self.canvas.geometry_of(self.target) if self.target else None

    def set_target(self, ref: ObjectRef | None) -> None:
        self.target = ref
        self.active = None
        self._preview = None
        self._show()
        if ref is None:
            self.set_hint(self.idle_hint)
        else:
            obj = self.canvas.object(ref)
            name = object_label(obj) if obj is not None else ref[1]
            template = QCoreApplication.translate(
                "MapTool",
                "Editing %1: drag a vertex, double-click an edge to add one, click a vertex then "
                "Delete to remove it; Esc stops",
            )
            self.set_hint(arg(template, name))

    def _show(self) -> None:
        geom = self._preview or self.geometry()
        if geom is None:
            self.canvas.handles.set_handles([])
            return
        verts = ge.vertices(geom)
        active_index = next((i for i, (a, _) in enumerate(verts) if a == self.active), None)
        self.canvas.handles.set_handles([xy for _, xy in verts], active_index, self._preview)

    def _handle_at(self, xy: MapXY) -> ge.VertexAddress | None:
        geom = self.geometry()
        if geom is None:
            return None
        tol = HANDLE_PX * self.canvas.metres_per_pixel
        best = None
        for addr, (vx, vy) in ge.vertices(geom):
            d = math.hypot(vx - xy[0], vy - xy[1])
            if d <= tol and (best is None or d < best[0]):
                best = (d, addr)
        return best[1] if best else None

    # ----- events ------------------------------------------------------------------------------
    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        handle = self._handle_at(map_xy)
        if handle is not None:
            self.active = handle
            self._drag_from = event.position()
            self._show()
            return
        under = [r for r in self.canvas.objects_at(map_xy, editable=True, layers=SHAPE_LAYERS)]
        if self.target in under:
            return  # keep editing (double-click may follow to insert)
        if under:
            self.canvas.select([under[0]])
            self.set_target(under[0])
        else:
            self.set_target(None)

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._drag_from is None or self.active is None or self.target is None:
            return
        xy = self._snap(map_xy)
        geom = self.geometry()
        if geom is not None:
            self._preview = ge.moved(geom, self.active, xy)
            self._show()

    def _snap(self, map_xy: MapXY) -> MapXY:
        assert self.target is not None
        result = self.manager.snapper.snap(
            map_xy,
            SnapTargets(points=("facilities", "firms"), shapes=SHAPE_LAYERS),
            exclude={self.target},
        )
        if result is None:
            self.canvas.snap_marker.hide_marker()
            return map_xy
        self.canvas.snap_marker.show_at(self.canvas.frame, result.xy, result.kind)
        return result.xy

    def mouse_release(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._drag_from is None:
            return
        d = event.position() - self._drag_from
        self._drag_from = None
        self.canvas.snap_marker.hide_marker()
        preview, self._preview = self._preview, None
        if preview is None or max(abs(d.x()), abs(d.y())) < 2:
            self._show()
            return
        self._replace(preview, QCoreApplication.translate("MapTool", "Move vertex of %1"))

    def double_click(self, event: QMouseEvent, map_xy: MapXY) -> None:
        geom = self.geometry()
        if geom is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if self._handle_at(map_xy) is not None:
            return
        edge = ge.nearest_edge(geom, map_xy)
        if edge is None or edge[2] > HANDLE_PX * self.canvas.metres_per_pixel:
            self.set_hint(
                QCoreApplication.translate(
                    "MapTool", "Double-click on an edge of the outline to insert a vertex"
                )
            )
            return
        addr, on_edge, _ = edge
        if self._replace(
            ge.inserted(geom, addr, on_edge),
            QCoreApplication.translate("MapTool", "Insert vertex in %1"),
        ):
            self.active = (addr[0], addr[1], addr[2] + 1)
            self._show()

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.active is not None:
            geom = self.geometry()
            if geom is None:
                return True
            smaller = ge.deleted(geom, self.active)
            if smaller is None:
                need = (
                    QCoreApplication.translate("MapTool", "3 corners")
                    if ge.is_closed(geom)
                    else QCoreApplication.translate("MapTool", "2 points")
                )
                template = QCoreApplication.translate(
                    "MapTool", "Cannot remove: the outline needs at least %1"
                )
                self.set_hint(arg(template, need))
                return True
            if self._replace(smaller, QCoreApplication.translate("MapTool", "Delete vertex of %1")):
                self.active = None
                self._show()
            return True
        if key == Qt.Key.Key_Escape:
            if self._drag_from is not None:
                self._drag_from, self._preview = None, None
                self._show()
            elif self.active is not None:
                self.active = None
                self._show()
            else:
                self.set_target(None)
            return True
        return False

    def _replace(self, geom: BaseGeometry, verb: str) -> bool:
        assert self.target is not None
        obj = self.canvas.object(self.target)
        if obj is None:
            return False
        if not geom.is_valid:
            self.set_hint(
                QCoreApplication.translate("MapTool", "Not changed: the outline would cross itself")
            )
            self._show()
            return False
        ok = self.push(
            ReplaceObjects(
                self.document.scenario_id,
                [obj.with_changes(geometry=geom)],
                text=arg(verb, object_label(obj)),
            )
        )
        self._show()
        return ok

    def model_changed(self) -> None:
        if self.target is not None and self.canvas.object(self.target) is None:
            self.set_target(None)
            return
        if self.active is not None:
            geom = self.geometry()
            if geom is None or self.active not in {a for a, _ in ge.vertices(geom)}:
                self.active = None
        if self._drag_from is None:
            self._show()

    def reset(self) -> None:
        self._drag_from = None
        self._preview = None
        self.active = None
        self.target = None
        self.canvas.handles.set_handles([])
        self.canvas.snap_marker.hide_marker()
