"""Delete: removes the selection at once, or the objects clicked; their exchanges go with them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent

from ecopark.commands import RemoveObjects
from ecopark.ui.delete_prompt import confirm_dependants
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, arg, object_label
from ecopark.ui.tools.base import MapTool, MapXY

ObjectRef = tuple[str, str]


def delete_objects(tool: MapTool, refs: list[ObjectRef]) -> bool:
    """Remove ``refs`` (and the exchanges that need them) as one undo step."""
    canvas = tool.canvas
    refs = [r for r in refs if not canvas.layer_locked(r[0])]
    if not refs:
        tool.set_hint(
            QCoreApplication.translate(
                "MapTool", "Nothing to delete (locked layers cannot be changed)"
            )
        )
        return False
    doc = tool.document
    sid = doc.scenario_id
    chosen = set(refs)
    dependants = {
        ex.id
        for layer, oid in refs
        if layer in ("firms", "facilities")
        for ex in doc.park.exchanges_referring_to(sid, oid)
        if ("exchanges", ex.id) not in chosen
    }
    first = canvas.object(refs[0])
    if len(refs) == 1 and first is not None:
        what = object_label(first)
    else:
        what = arg(QCoreApplication.translate("MapTool", "%1 objects"), len(refs))
    refs, what = confirm_dependants(tool, what, refs)
    if not refs:
        return False
    extra = (
        arg(QCoreApplication.translate("MapTool", " and %1 exchange(s)"), len(dependants))
        if dependants
        else ""
    )
    if not tool.push(
        RemoveObjects(
            sid, refs, text=arg(QCoreApplication.translate("MapTool", "Delete %1%2"), what, extra)
        )
    ):
        return False
    tool.set_hint(
        arg(
            QCoreApplication.translate("MapTool", "Deleted %1%2. Ctrl+Z brings it back"),
            what,
            extra,
        )
    )
    return True


class DeleteTool(MapTool):
    name = "delete"
    label = QT_TRANSLATE_NOOP("MapTool", "Delete")
    shortcut = "Del"
    icon = "edit-delete"
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Deletes the selection at once; with nothing selected, click objects to delete them. "
        "Exchanges of a deleted firm or facility are deleted with it (Ctrl+Z undoes)",
    )
    cursor = Qt.CursorShape.PointingHandCursor
    idle_hint = QT_TRANSLATE_NOOP(
        "MapTool", "Click an object to delete it (its exchanges go with it)"
    )

    def activate(self) -> None:
        selection = list(self.document.selection)
        if selection:
            back_to = self.manager.previous_tool
            delete_objects(self, selection)
            hint = self.canvas.last_hint
            self.manager.set_tool(back_to if back_to != self.name else "select")
            self.canvas.show_hint(hint)
            return
        super().activate()

    def mouse_press(self, event: QMouseEvent, map_xy: MapXY) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        under = self.canvas.objects_at(map_xy, editable=True)
        if not under:
            self.set_hint(
                QCoreApplication.translate("MapTool", "Nothing there to delete. ")
                + QCoreApplication.translate("MapTool", self.idle_hint)
            )
            return
        delete_objects(self, [under[0]])
