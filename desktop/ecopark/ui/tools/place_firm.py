"""Place a firm: one click puts a firm with default attributes there and selects it, so its
attributes are entered in the Properties dock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from shapely.geometry import Point

from ecopark.commands import AddObjects
from ecopark.model import Firm
from ecopark.ui.delete_prompt import outside_zone_note
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg
from ecopark.ui.tools.base import MapTool, MapXY
from ecopark.ui.tools.labels import new_firm_name


class PlaceFirmTool(MapTool):
    accepts_typed_points = True
    name = "place_firm"
    label = QT_TRANSLATE_NOOP("MapTool", "Place firm")
    shortcut = "F"
    icon = "list-add"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click where a firm stands; it is added as 'New firm' (sector other) and selected so "
        "you can enter its name, sector, IAV and flows in the Properties dock",
    )
    idle_hint = QT_TRANSLATE_NOOP("MapTool", "Click where the firm stands")

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        doc = self.document
        sid = doc.scenario_id
        firm = Firm(
            firm_id=doc.park.new_id(sid, "F"),
            name=new_firm_name(),
            sector="other",
            geometry=Point(map_xy),
        )
        text = arg(QCoreApplication.translate("MapTool", "Place firm %1"), firm.firm_id)
        if self.push(AddObjects(sid, [firm], text=text)):
            self.canvas.select([("firms", firm.firm_id)])
            self.canvas.object_created.emit("firms", firm.firm_id)
            template = QCoreApplication.translate(
                "MapTool",
                "Firm %1 placed: enter its attributes in the Properties dock. Click to place "
                "another",
            )
            self.set_hint(arg(template, firm.firm_id) + outside_zone_note(doc.park, sid, firm))
