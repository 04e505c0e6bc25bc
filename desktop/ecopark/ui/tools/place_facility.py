"""Place a shared facility: one click; the kind comes from the toolbar
(``ToolManager.facility_kind``); capacities are entered in the Properties dock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from shapely.geometry import Point

from ecopark.commands import AddObjects
from ecopark.model import Facility
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg
from ecopark.ui.tools.base import MapTool, MapXY
from ecopark.ui.tools.labels import is_chinese, term


class PlaceFacilityTool(MapTool):
    accepts_typed_points = True
    name = "place_facility"
    label = QT_TRANSLATE_NOOP("MapTool", "Place facility")
    shortcut = "A"
    icon = "insert-object"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click where a shared facility (CHP, WWTP, reclaimed-water plant...) stands; its kind is "
        "chosen in the toolbar, its capacities in the Properties dock",
    )

    @property
    def idle_hint(self) -> str:  # type: ignore[override]
        kind = term("facility_kind", self.manager.facility_kind)
        template = QCoreApplication.translate(
            "MapTool", "Click where the %1 stands (the kind is chosen in the toolbar)"
        )
        return arg(template, kind)

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        doc = self.document
        sid = doc.scenario_id
        kind = self.manager.facility_kind
        facility = Facility(
            facility_id=doc.park.new_id(sid, "S", "facilities"),
            name=term("facility_kind", kind),
            kind=kind,
            geometry=Point(map_xy),
            status="planned" if doc.scenario.info.kind == "plan" else "existing",
        )
        fid = facility.facility_id
        text = arg(QCoreApplication.translate("MapTool", "Place facility %1"), fid)
        if self.push(AddObjects(sid, [facility], text=text)):
            self.canvas.select([("facilities", fid)])
            self.canvas.object_created.emit("facilities", fid)
            template = QCoreApplication.translate(
                "MapTool",
                "Facility %1 placed (%2): enter its capacities in the Properties dock. Click to "
                "place another",
            )
            zh = is_chinese()
            status = term("status", facility.status) if zh else facility.status
            self.set_hint(arg(template, fid, status))
