"""Draw a zone: click its corners; the kind comes from the toolbar (``ToolManager.zone_kind``)."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QCoreApplication
from shapely.geometry import Polygon

from ecopark.commands import AddObjects
from ecopark.messages import render
from ecopark.model import Zone
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, current_language
from ecopark.ui.tools.base import MapXY
from ecopark.ui.tools.labels import zone_kind_label
from ecopark.ui.tools.sketch import SketchTool
from ecopark.ui.tools.snapping import SnapTargets


class DrawZoneTool(SketchTool):
    name = "draw_zone"
    label = QT_TRANSLATE_NOOP("MapTool", "Draw zone")
    shortcut = "Z"
    icon = "draw-polygon"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click the corners of a functional zone; double-click or Enter finishes, Backspace "
        "removes the last corner, Esc cancels. Corners snap to existing zone vertices and edges. "
        "The zone kind is chosen in the toolbar.",
    )
    closed = True
    min_vertices = 3

    @property
    def idle_hint(self) -> str:  # type: ignore[override]
        kind = zone_kind_label(self.canvas, self.manager.zone_kind)
        template = QCoreApplication.translate(
            "MapTool", "Draw a %1 zone: click its first corner (the kind is chosen in the toolbar)"
        )
        return arg(template, kind)

    def snap_targets(self) -> SnapTargets:
        return SnapTargets(shapes=("zones", "plots", "corridors"))

    def sketch_text(self) -> str:
        if len(self.vertices) < 2:
            return ""
        pts = list(self.vertices) + ([self.hover] if self.hover else [])
        if len(pts) < 3:
            return ""
        area = Polygon(pts).area if Polygon(pts).is_valid else 0.0
        return f"{area / 10_000:,.2f} ha" if area else ""

    def commit(self, coords: list[MapXY]) -> bool:
        polygon = Polygon(coords)
        if not polygon.is_valid:
            reason = shapely.is_valid_reason(polygon)
            template = QCoreApplication.translate(
                "MapTool",
                "Not added: the outline crosses itself (%1). Press Backspace to remove corners "
                "and click them again, or Esc to cancel",
            )
            self.set_hint(arg(template, render(reason, current_language())))
            return False
        doc = self.document
        park, sid = doc.park, doc.scenario_id
        kind = self.manager.zone_kind
        if kind not in park.zone_kinds:
            template = QCoreApplication.translate(
                "MapTool", "Not added: zone kind %1 is not declared in this park"
            )
            self.set_hint(arg(template, repr(kind)))
            return False
        name = zone_kind_label(self.canvas, kind)
        zone = Zone(
            zone_id=park.new_id(sid, "Z"),
            name=name,
            kind=kind,
            industrial=park.is_industrial_kind(kind),
            geometry=polygon,
        )
        text = arg(QCoreApplication.translate("MapTool", "Draw zone %1 (%2)"), zone.zone_id, name)
        if not self.push(AddObjects(sid, [zone], text=text)):
            return False
        self.canvas.select([("zones", zone.zone_id)])
        self.canvas.object_created.emit("zones", zone.zone_id)
        template = QCoreApplication.translate(
            "MapTool", "Zone %1 added (%2 ha). Click to draw another"
        )
        self.set_hint(arg(template, zone.zone_id, f"{polygon.area / 10_000:,.2f}"))
        return True
