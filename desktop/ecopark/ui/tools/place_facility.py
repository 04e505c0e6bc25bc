"""Place a shared facility: one click; the kind comes from the toolbar (``canvas.facility_kind``);
capacities are entered in the Properties dock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from shapely.geometry import Point

from ecopark.commands import AddObjects
from ecopark.model import Facility
from ecopark.ui.i18n import QT_TRANSLATE_NOOP
from ecopark.ui.tools.base import MapTool, MapXY
from ecopark.ui.tools.labels import term


class PlaceFacilityTool(MapTool):
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
        kind = term(self.canvas, "facility_kind", self.canvas.facility_kind)
        return f"Click where the {kind} stands (the kind is chosen in the toolbar)"

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        doc = self.document
        sid = doc.scenario_id
        kind = self.canvas.facility_kind
        facility = Facility(
            facility_id=doc.park.new_id(sid, "S"),
            name=term(self.canvas, "facility_kind", kind),
            kind=kind,
            geometry=Point(map_xy),
            status="planned" if doc.scenario.info.kind == "plan" else "existing",
        )
        fid = facility.facility_id
        if self.push(AddObjects(sid, [facility], text=f"Place facility {fid}")):
            self.canvas.select([("facilities", fid)])
            self.canvas.object_created.emit("facilities", fid)
            self.set_hint(
                f"Facility {fid} placed ({facility.status}): enter its capacities in the "
                "Properties dock. Click to place another"
            )
