"""The CAD input bar under the map: typed coordinates, lengths and angles while drawing, and the
right-angle / parallel constraints (as QGIS's advanced digitizing panel, or AutoCAD's command
line).

While a drawing tool (zone, pipeline, corridor, measure) is active, typing a digit, ``@``, ``<``
or ``-`` on the map opens this bar with that character; Enter adds the vertex (see
:mod:`ecopark.drafting.cad_input` for the forms: ``x,y``, ``@dx,dy``, ``@120<90``, a bare
length along the cursor's direction, ``<30`` to lock the angle), an empty Enter finishes the
shape, Esc gives the keys back to the map. "⊥" keeps each new segment at a right angle to the
previous one, "∥" parallel to the sketch's first segment. Typed vertices are exact: no pixel
rounding, no snapping.

Laying out a park from the keyboard (docs/drafting-and-georeferencing.md, "A park in two
minutes"): Tab also opens the bar; relative entries start from the *last point*, which in a new
park placed on Earth is its home point (the centre of the first view), and ``@`` alone is that
point; ``WxH`` typed before any corner draws the rectangle from the last point, whose end of
width becomes the next last point (blocks typed one after another line up); in the firm and
facility tools an empty Enter places another one the same step further (a row of firms);
object ids (``S1 F3``, see :mod:`ecopark.drafting.object_refs`) put a vertex exactly on those
objects, and two or more draw a pipe between them along an orthogonal route, or, in the
exchange tool, name the exchange's two ends.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton, QWidget

from ecopark.drafting.cad_input import (
    parallel,
    parse_input,
    parse_rectangle,
    perpendicular,
    polar,
    rectangle_corners,
    resolve,
)
from ecopark.drafting.object_refs import match_id, orthogonal_route, split_ids
from ecopark.model import EcoParkError
from ecopark.numbers import format_plain
from ecopark.places import home_point
from ecopark.ui.i18n import arg
from ecopark.ui.tools.snapping import SnapResult

Point = tuple[float, float]
START_CHARS = frozenset("0123456789@<-.+＠")


class CadLineEdit(QLineEdit):
    def __init__(self, bar: CadInputBar):
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.submit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.bar.give_back()
            return
        super().keyPressEvent(event)


class CadInputBar(QToolBar):
    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CadInput", "CAD input"), parent)
        self.setObjectName("cad_input_bar")
        self.main = window
        self.lock_deg: float | None = None
        self.last_point: Point | None = None
        """The last point typed here: ``@dx,dy`` for a new shape or a point is relative to it
        (AutoCAD's "last point"), so a layout is typed as offsets from one corner. None until
        something is typed: the park's home point then (:meth:`reference_point`)."""
        self.last_step: Point | None = None
        """How far the last typed firm or facility lay from the point before it: an empty Enter
        in those tools places the next one that same step further."""
        self.edit = CadLineEdit(self)
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "CadInput",
                "x,y   @dx,dy   @length<angle   length   <angle   WxH (rectangle)   S1 F3 (ids)",
            )
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "CadInput",
                "Type the next vertex while drawing; Enter adds it, an empty Enter finishes",
            )
        )
        self.edit.setMinimumWidth(260)
        self.right_angle = QToolButton()
        self.right_angle.setText("⊥")
        self.right_angle.setCheckable(True)
        self.right_angle.setToolTip(
            QCoreApplication.translate(
                "CadInput", "Right angle: each segment turns 90° from the last"
            )
        )
        self.parallel = QToolButton()
        self.parallel.setText("∥")
        self.parallel.setCheckable(True)
        self.parallel.setToolTip(
            QCoreApplication.translate("CadInput", "Parallel to the first segment of the shape")
        )
        self.right_angle.toggled.connect(lambda on: self._exclusive(on, self.parallel))
        self.parallel.toggled.connect(lambda on: self._exclusive(on, self.right_angle))
        self.info = QLabel()
        self.addWidget(QLabel(QCoreApplication.translate("CadInput", "Input") + " "))
        self.addWidget(self.edit)
        self.addWidget(self.right_angle)
        self.addWidget(self.parallel)
        self.addWidget(self.info)
        self.attach()
        signal = getattr(window, "document_replaced", None)
        if signal is not None:
            signal.connect(self.attach)  # a new document brings a new canvas

    @property
    def canvas(self) -> Any:
        return self.main.canvas

    def attach(self, *_: object) -> None:
        if self.canvas is not None:
            self.canvas.cad_input = self
        self.last_point = self.last_step = None  # another park: start again at its home

    def reference_point(self) -> Point | None:
        """What relative entries start from: the last point typed, else the park's home (the
        place chosen in File > New), else None."""
        if self.last_point is not None:
            return self.last_point
        document = getattr(self.main, "document", None)
        return home_point(document.park) if document is not None else None

    @staticmethod
    def _exclusive(on: bool, other: QToolButton) -> None:
        if on:
            other.setChecked(False)

    # ----- the sketch ---------------------------------------------------------------------------
    def sketch_tool(self) -> Any:
        tool = getattr(self.canvas, "tool", None)
        return tool if tool is not None and hasattr(tool, "vertices") else None

    def begin(self, text: str) -> None:
        """Take the keyboard from the map with the first typed character."""
        self.edit.setText(text)
        self.edit.setFocus()
        self.edit.end(False)

    def give_back(self) -> None:
        self.canvas.setFocus()

    def submit(self) -> bool:
        tool = self.sketch_tool()
        text = self.edit.text().strip()
        point_tool = getattr(self.canvas, "tool", None)
        ids = split_ids(text)
        typed_points = getattr(point_tool, "accepts_typed_points", False)
        if ids is not None and (tool is not None or typed_points):
            return self._objects(tool or point_tool, ids)
        if tool is None and typed_points:
            return self._place_point(point_tool, text)
        if tool is None:
            self.info.setText(QCoreApplication.translate("CadInput", "Choose a drawing tool first"))
            return False
        if not text:
            tool.finish()
            self.lock_deg = None
            self.give_back()
            return True
        last: Point | None = tool.vertices[-1] if tool.vertices else self.reference_point()
        if getattr(tool, "closed", False) and len(tool.vertices) <= 1:
            try:
                rect = parse_rectangle(text)
            except EcoParkError as exc:
                self.info.setText(str(exc))
                return False
            if rect is not None:  # "1200x800": the whole rectangle from the first corner
                if not tool.vertices:  # typed before any corner: from the last point
                    if last is None:
                        self.info.setText(
                            QCoreApplication.translate("CadInput", "Type the first corner first")
                        )
                        return False
                    tool.add_vertex(last, None)
                corners = rectangle_corners(tool.vertices[0], *rect, self.lock_deg or 0.0)
                for xy in corners:
                    tool.add_vertex(xy, None)
                self.last_point = corners[0]  # the end of its width: the next block starts there
                self.last_step = None
                self.lock_deg = None
                self.edit.clear()
                tool.finish()
                return True
        try:
            typed = parse_input(text, last)
            if typed.point is None and typed.distance is None and typed.angle_deg is not None:
                self.lock_deg = typed.angle_deg
                self.info.setText(
                    QCoreApplication.translate("CadInput", "Angle locked at %1°").replace(
                        "%1", format_plain(typed.angle_deg)
                    )
                )
                self.edit.clear()
                return True
            cursor = tool.hover or last or (0.0, 0.0)
            xy = resolve(typed, last, cursor, self.lock_deg)
        except EcoParkError as exc:
            self.info.setText(str(exc))
            return False
        tool.add_vertex(xy, None)
        self.last_point, self.last_step = xy, None
        self.lock_deg = None
        self.info.setText(f"{xy[0]:.3f}, {xy[1]:.3f}")
        self.edit.clear()
        return True

    def _place_point(self, tool: Any, text: str) -> bool:
        """A firm or facility at typed coordinates (as a click there would); an empty entry
        places it the last step further from the last point."""
        before = self.reference_point()
        repeat = not text and not getattr(tool, "object_layers", ())  # not for exchanges
        if repeat and self.last_step is not None and self.last_point is not None:
            point: Point = (
                self.last_point[0] + self.last_step[0],
                self.last_point[1] + self.last_step[1],
            )
        else:
            try:
                typed = parse_input(text, before)
            except EcoParkError as exc:
                self.info.setText(str(exc))
                return False
            if typed.point is None:
                self.info.setText(
                    QCoreApplication.translate("CadInput", "Type x,y or @dx,dy for a point")
                )
                return False
            point = typed.point
        self._click(tool, point)
        self.last_step = (point[0] - before[0], point[1] - before[1]) if before else None
        self.last_point = point
        self.info.setText(f"{point[0]:.3f}, {point[1]:.3f}")
        self.edit.clear()
        return True

    @staticmethod
    def _click(tool: Any, point: Point) -> None:
        pos = QPointF(0, 0)
        click = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            pos,
            pos,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        tool.mouse_press(click, point)

    # ----- objects named by id ------------------------------------------------------------------
    def _objects(self, tool: Any, tokens: list[str]) -> bool:
        """Typed ids: vertices exactly on those objects (a pipe along an orthogonal route when
        there are two or more), or the ends of an exchange."""
        targets = tool.snap_targets() if hasattr(tool, "snap_targets") else None
        layers: tuple[str, ...] = targets.points if targets is not None else ()
        layers = layers or tuple(getattr(tool, "object_layers", ()))
        if not layers:
            self.info.setText(
                QCoreApplication.translate(
                    "CadInput", "This tool takes coordinates, not object ids: type x,y or @dx,dy"
                )
            )
            return False
        scenario = self.main.document.scenario
        refs: list[tuple[str, str]] = []
        for token in tokens:
            ref = next(
                (
                    (layer, found)
                    for layer in layers
                    if (found := match_id(token, scenario.layers.get(layer, {}))) is not None
                ),
                None,
            )
            if ref is None:
                self.info.setText(
                    arg(
                        QCoreApplication.translate(
                            "CadInput", "No firm or facility %1 in this scenario"
                        ),
                        token,
                    )
                )
                return False
            refs.append(ref)
        self.edit.clear()
        if not hasattr(tool, "vertices"):
            for ref in refs:
                tool.pick(ref)
            return True
        geoms = [scenario.layers[layer][oid].geometry for layer, oid in refs]
        points = [(float(g.x), float(g.y)) for g in geoms]
        snaps = {
            xy: SnapResult(xy[0], xy[1], "point", ref, 0.0)
            for xy, ref in zip(points, refs, strict=True)
        }
        if len(points) == 1:
            tool.add_vertex(points[0], snaps[points[0]])
        else:
            start = [tool.vertices[-1]] if tool.vertices else []
            for xy in orthogonal_route(start + points)[len(start) :]:
                tool.add_vertex(xy, snaps.get(xy))
            tool.finish()
        self.last_point, self.last_step = points[-1], None
        self.lock_deg = None
        self.info.setText(" → ".join(oid for _, oid in refs))
        return True

    def constrain(self, tool: Any, xy: Point) -> Point | None:
        """``xy`` moved onto the active constraint, or None when none applies."""
        v = getattr(tool, "vertices", [])
        if not v:
            return None
        last = v[-1]
        if self.lock_deg is not None:
            return parallel(last, last, polar(last, 1.0, self.lock_deg), xy)
        if self.right_angle.isChecked() and len(v) >= 2:
            return perpendicular(last, v[-2], v[-1], xy)
        if self.parallel.isChecked() and len(v) >= 2:
            return parallel(last, v[0], v[1], xy)
        return None


def install_cad_input(window: Any) -> CadInputBar | None:
    if getattr(window, "canvas", None) is None:
        return None
    bar = CadInputBar(window, window)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    window.cad_input_bar = bar
    return bar


__all__ = ["START_CHARS", "CadInputBar", "install_cad_input"]
