"""Move: drag the selection (or the object under the cursor) to a new place.

Pipeline ends that sit exactly on a moved firm or facility move with it, so dragging a firm
does not cut it off its network.
"""

from __future__ import annotations

import math

import shapely
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainterPath
from shapely import affinity

from ecopark.commands import ReplaceObjects
from ecopark.model import ParkObject, Pipeline
from ecopark.ui.canvas.qpaths import path_from_geometries
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, object_label
from ecopark.ui.tools.base import MapTool, MapXY

ObjectRef = tuple[str, str]
MOVABLE = ("zones", "firms", "facilities", "pipelines", "corridors", "plots")
END_TOLERANCE_M = 1e-6


class MoveTool(MapTool):
    name = "move"
    label = QT_TRANSLATE_NOOP("MapTool", "Move")
    shortcut = "M"
    icon = "transform-move"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Drag an object, or the selection, to a new place; pipeline ends attached to a moved "
        "firm or facility follow it. Esc cancels a drag",
    )
    cursor = Qt.CursorShape.SizeAllCursor
    idle_hint = QT_TRANSLATE_NOOP("MapTool", "Drag an object (or the selection) to move it")

    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self._start: MapXY | None = None
        self._start_pos: QPointF | None = None
        self._moving: list[ObjectRef] = []

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        under = [r for r in self.canvas.objects_at(map_xy, editable=True) if r[0] in MOVABLE]
        if not under:
            self.set_hint(
                QCoreApplication.translate("MapTool", "Nothing movable there. ")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return
        selection = self.document.selection
        if any(r in selection for r in under):
            moving = [
                r for r in selection if r[0] in MOVABLE and not self.canvas.layer_locked(r[0])
            ]
        else:
            moving = [under[0]]
            self.canvas.select(moving)
        self._moving = moving
        self._start = map_xy
        self._start_pos = event.position()
        self._show_ghost()

    def _show_ghost(self) -> None:
        geoms = [g for r in self._moving if (g := self.canvas.geometry_of(r)) is not None]
        frame = self.canvas.frame
        path = path_from_geometries(geoms, frame)
        half = 6 * self.canvas.metres_per_pixel
        pts = QPainterPath()
        for g in geoms:
            if g.geom_type == "Point":
                c = frame.to_scene(g.x, g.y)
                pts.addRect(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half))
        path.addPath(pts)
        self.canvas.ghost.setPath(path)
        self.canvas.ghost.setPos(0, 0)
        self.canvas.ghost.setVisible(True)

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._start is None:
            return
        dx, dy = map_xy[0] - self._start[0], map_xy[1] - self._start[1]
        self.canvas.ghost.setPos(dx, -dy)
        template = QCoreApplication.translate("MapTool", "Moving %1 object(s) by %2 m")
        self.set_hint(arg(template, len(self._moving), f"{math.hypot(dx, dy):,.1f}"))

    def mouse_release(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self._start is None or self._start_pos is None:
            return
        d = event.position() - self._start_pos
        dx, dy = map_xy[0] - self._start[0], map_xy[1] - self._start[1]
        moving = self._moving
        self.reset()
        if max(abs(d.x()), abs(d.y())) < 2 or not moving:
            self.set_hint(self.idle_hint)
            return
        self.move(moving, dx, dy)

    def move(self, refs: list[ObjectRef], dx: float, dy: float) -> bool:
        """Translate ``refs`` by (dx, dy) metres as one undo step."""
        changed: dict[ObjectRef, ParkObject] = {}
        for ref in refs:
            obj = self.canvas.object(ref)
            if obj is not None:
                geom = affinity.translate(obj.geometry, dx, dy)  # type: ignore[attr-defined]
                changed[ref] = obj.with_changes(geometry=geom)
        self._drag_pipe_ends(refs, changed, dx, dy)
        if not changed:
            return False
        n = len(refs)
        first = self.canvas.object(refs[0])
        what = (
            object_label(first)
            if n == 1 and first is not None
            else arg(QCoreApplication.translate("MapTool", "%1 objects"), n)
        )
        ok = self.push(
            ReplaceObjects(
                self.document.scenario_id,
                list(changed.values()),
                text=arg(QCoreApplication.translate("MapTool", "Move %1"), what),
            )
        )
        if ok:
            extra = len(changed) - len([r for r in refs if r in changed])
            tail = (
                arg(
                    QCoreApplication.translate("MapTool", "; %1 attached pipeline end(s) followed"),
                    extra,
                )
                if extra
                else ""
            )
            template = QCoreApplication.translate("MapTool", "Moved %1 by %2 m%3")
            self.set_hint(arg(template, what, f"{math.hypot(dx, dy):,.1f}", tail))
        return ok

    def _drag_pipe_ends(
        self, refs: list[ObjectRef], changed: dict[ObjectRef, ParkObject], dx: float, dy: float
    ) -> None:
        points = [
            self.canvas.object(r).geometry  # type: ignore[union-attr]
            for r in refs
            if r[0] in ("firms", "facilities") and self.canvas.object(r) is not None
        ]
        if not points or self.canvas.layer_locked("pipelines"):
            return
        scenario = self.document.scenario
        for pipe in scenario.layers["pipelines"].values():
            ref = ("pipelines", pipe.id)
            if ref in changed:
                continue
            assert isinstance(pipe, Pipeline)
            coords = shapely.get_coordinates(pipe.geometry).tolist()
            touched = False
            for end in (0, len(coords) - 1):
                x, y = coords[end]
                if any(math.hypot(x - p.x, y - p.y) <= END_TOLERANCE_M for p in points):
                    coords[end] = [x + dx, y + dy]
                    touched = True
            if touched:
                changed[ref] = pipe.with_changes(geometry=shapely.linestrings(coords))

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and self._start is not None:
            self.reset()
            self.set_hint(
                QCoreApplication.translate("MapTool", "Move cancelled. ")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return True
        return super().key_press(event)

    def reset(self) -> None:
        self._start = None
        self._start_pos = None
        self._moving = []
        self.canvas.ghost.setVisible(False)
