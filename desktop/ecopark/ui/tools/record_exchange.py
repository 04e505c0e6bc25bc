"""Record an exchange: click the firm or facility that gives, then the one that receives (or type
their ids, ``S1 F3``, in the CAD input bar), then say what flows and how much."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from ecopark.commands import AddObjects
from ecopark.model import EcoParkError, Exchange
from ecopark.numbers import format_quantity
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, current_language, object_label
from ecopark.ui.refusals import refusal_text
from ecopark.ui.tools.base import MapTool, MapXY

ObjectRef = tuple[str, str]
ENDS = ("facilities", "firms")


class RecordExchangeTool(MapTool):
    accepts_typed_points = True
    name = "record_exchange"
    label = QT_TRANSLATE_NOOP("MapTool", "Record exchange")
    shortcut = "X"
    icon = "exchange-positions"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click the firm or facility a material or energy flow comes from, then the one it goes "
        "to, then enter the material, quantity and unit (e.g. fly ash 30,000 t/a). Or press Tab "
        "and type both ids (S1 F3)",
    )
    idle_hint = QT_TRANSLATE_NOOP("MapTool", "Click the firm or facility the flow comes from")

    object_layers = ENDS
    """What ids typed in the CAD input bar may name (``F1 F3``: from F0001 to F0003)."""

    def __init__(self, canvas, manager):  # type: ignore[no-untyped-def]
        super().__init__(canvas, manager)
        self.source: ObjectRef | None = None

    def _end_at(self, map_xy: MapXY) -> ObjectRef | None:
        under = self.canvas.objects_at(map_xy, layers=ENDS)
        return under[0] if under else None

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        end = self._end_at(map_xy)
        if end is None:
            self.set_hint(
                QCoreApplication.translate("MapTool", "Click on a firm or facility. ")
                + self.status_hint
            )
            return
        self.pick(end)

    def pick(self, end: ObjectRef) -> None:
        """``end`` clicked, or named by its id in the CAD input bar: first the source, then
        the receiver (which asks what flows)."""
        if self.source is None:
            self.source = end
            obj = self.canvas.object(end)
            self.canvas.select([end])
            template = QCoreApplication.translate(
                "MapTool", "From %1: click the firm or facility it goes to (Esc cancels)"
            )
            self.set_hint(arg(template, object_label(obj) if obj else end[1]))
            return
        if end == self.source:
            self.set_hint(
                QCoreApplication.translate(
                    "MapTool", "An exchange needs two different ends: click the receiving one"
                )
            )
            return
        self._record(self.source, end)

    def mouse_move(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if self.source is None:
            return
        src = self.canvas.object(self.source)
        if src is None:
            self.reset()
            return
        p = src.geometry  # type: ignore[attr-defined]
        target = self._end_at(map_xy)
        if target is not None and target != self.source:
            t = self.canvas.object(target)
            if t is not None:
                map_xy = (t.geometry.x, t.geometry.y)  # type: ignore[attr-defined]
        self.canvas.sketch.set_sketch([(p.x, p.y)], map_xy)

    def _record(self, source: ObjectRef, target: ObjectRef) -> None:
        a, b = self.canvas.object(source), self.canvas.object(target)
        self.reset()
        if a is None or b is None:
            self.set_hint(self.idle_hint)
            return
        answer = self.manager.exchange_prompt(a, b)
        if answer is None:
            self.set_hint(
                QCoreApplication.translate("MapTool", "No exchange recorded. ")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return
        material, quantity, unit = answer
        doc = self.document
        sid = doc.scenario_id
        try:
            exchange = Exchange(
                exchange_id=doc.park.new_id(sid, "E"),
                from_id=a.id,
                to_id=b.id,
                material=material,
                quantity=quantity,
                unit=unit,
            )
        except EcoParkError as exc:
            template = QCoreApplication.translate("MapTool", "Not recorded: %1")
            self.set_hint(arg(template, refusal_text(exc)))
            return
        text = arg(
            QCoreApplication.translate("MapTool", "Record exchange %1 → %2 (%3)"),
            a.id,
            b.id,
            material,
        )
        if self.push(AddObjects(sid, [exchange], text=text)):
            if not self.canvas.layer_visible("exchanges"):
                self.canvas.set_exchanges_visible(True)
            self.canvas.select([("exchanges", exchange.exchange_id)])
            self.canvas.object_created.emit("exchanges", exchange.exchange_id)
            template = QCoreApplication.translate(
                "MapTool", "Exchange %1 recorded: %2 %3 %4 from %5 to %6. "
            )
            self.set_hint(
                arg(template, exchange.exchange_id, material,
                    format_quantity(quantity, unit, current_language()), "", a.id, b.id)
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            had = self.source is not None
            self.reset()
            self.set_hint(
                (QCoreApplication.translate("MapTool", "Cancelled. ") if had else "")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return True
        return super().key_press(event)  # a typed x,y opens the CAD input bar

    def model_changed(self) -> None:
        if self.source is not None and self.canvas.object(self.source) is None:
            self.reset()
            self.set_hint(self.idle_hint)

    def reset(self) -> None:
        self.source = None
        self.canvas.sketch.clear()
