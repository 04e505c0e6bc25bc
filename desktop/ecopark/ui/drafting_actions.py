"""Edit > Copy / Paste / Duplicate (Ctrl+C / Ctrl+V / Ctrl+D), Tools > Field calculator, and the
entry points of the other issue-20 tools (change table, basemaps, underlays, georeferencing).

The work is done by the core (:mod:`ecopark.drafting`, :mod:`ecopark.georef`,
:mod:`ecopark.compare`); this module turns menu entries into those calls and pushes the
commands they build, so every edit is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from ecopark.drafting.clipboard import (
    CLIPBOARD_FORMAT,
    copy_objects,
    duplicate_command,
    paste_command,
    read_clipboard,
)
from ecopark.model import EcoParkError

PASTE_STEP_M = 20.0
"""A paste in the scenario it was copied from lands this far east and south of the original."""


class ClipboardActions:
    """Copy, paste and duplicate the selection of a window's document."""

    def __init__(self, window: Any):
        self.window = window
        self._pastes = 0

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 5000)

    def copy(self) -> bool:
        doc = self.window.document
        refs = [r for r in doc.selection if r[0] != "exchanges" or True]
        if not refs:
            self._status(QCoreApplication.translate("DraftingActions", "Select objects to copy"))
            return False
        text = copy_objects(doc.park, doc.scenario_id, refs)
        mime = QMimeData()
        mime.setData(CLIPBOARD_FORMAT, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        self._pastes = 0
        self._status(
            QCoreApplication.translate("DraftingActions", "Copied %1 object(s)").replace(
                "%1", str(len(refs))
            )
        )
        return True

    def paste(self) -> bool:
        doc = self.window.document
        mime = QGuiApplication.clipboard().mimeData()
        raw = bytes(mime.data(CLIPBOARD_FORMAT).data()).decode("utf-8") if mime else ""
        text = raw or (mime.text() if mime else "")
        try:
            objects = read_clipboard(text, doc.park)
            here = doc.scenario
            clash = any(o.id in here.layers[o.LAYER] for o in objects)
            self._pastes += 1 if clash else 0
            step = PASTE_STEP_M * self._pastes
            command = paste_command(doc.park, doc.scenario_id, objects, (step, -step))
        except EcoParkError as exc:
            self._status(str(exc))
            return False
        if doc.push(command):
            doc.set_selection([(o.LAYER, o.id) for o in command.objects])
            return True
        return False

    def duplicate(self) -> bool:
        doc = self.window.document
        if not doc.selection:
            self._status(
                QCoreApplication.translate("DraftingActions", "Select objects to duplicate")
            )
            return False
        try:
            command = duplicate_command(doc.park, doc.scenario_id, doc.selection)
        except EcoParkError as exc:
            self._status(str(exc))
            return False
        if doc.push(command):
            doc.set_selection([(o.LAYER, o.id) for o in command.objects])
            return True
        return False


def _action(window: Any, text: str, slot: Any, shortcut: Any, tip: str) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda *_: slot())
    return action


def install_drafting_actions(window: Any) -> dict[str, QAction]:
    """Add the entries to the window's menus; returns them by id (tests trigger them)."""
    from ecopark.ui.dialogs.basemap_dialog import UnderlayManager, add_basemap, add_scan
    from ecopark.ui.dialogs.change_table import show_change_table
    from ecopark.ui.dialogs.field_calculator import show_field_calculator
    from ecopark.ui.dialogs.georef_tool import show_georef_tool
    from ecopark.ui.dialogs.snap_settings import (
        apply_snap_settings,
        load_snap_settings,
        show_snap_settings,
    )

    clip = ClipboardActions(window)
    window.clipboard_actions = clip
    actions = {
        "copy": _action(
            window,
            QCoreApplication.translate("DraftingActions", "&Copy"),
            clip.copy,
            QKeySequence.StandardKey.Copy,
            QCoreApplication.translate("DraftingActions", "Copy the selected objects"),
        ),
        "paste": _action(
            window,
            QCoreApplication.translate("DraftingActions", "&Paste"),
            clip.paste,
            QKeySequence.StandardKey.Paste,
            QCoreApplication.translate(
                "DraftingActions", "Paste copied objects with new ids in this park's numbering"
            ),
        ),
        "duplicate": _action(
            window,
            QCoreApplication.translate("DraftingActions", "D&uplicate"),
            clip.duplicate,
            "Ctrl+D",
            QCoreApplication.translate(
                "DraftingActions", "Copy the selection beside itself, with new ids"
            ),
        ),
        "field_calculator": _action(
            window,
            QCoreApplication.translate("DraftingActions", "&Field calculator…"),
            lambda: show_field_calculator(window),
            "Ctrl+Shift+F9",
            QCoreApplication.translate(
                "DraftingActions", "Set a field of many objects from an expression"
            ),
        ),
        "change_table": _action(
            window,
            QCoreApplication.translate("DraftingActions", "Baseline vs plan &changes…"),
            lambda: show_change_table(window),
            "Ctrl+Shift+D",
            QCoreApplication.translate(
                "DraftingActions",
                "Objects added, removed and changed, and the indicators "
                "side by side with their difference",
            ),
        ),
        "basemap": _action(
            window,
            QCoreApplication.translate("DraftingActions", "Add &basemap (orthophoto, tiles)…"),
            lambda: add_basemap(window),
            None,
            QCoreApplication.translate(
                "DraftingActions",
                "Put a GeoTIFF orthophoto or an MBTiles / GeoPackage tile set "
                "under the plan (offline)",
            ),
        ),
        "scan": _action(
            window,
            QCoreApplication.translate("DraftingActions", "Add scanned plan, place by &clicks…"),
            lambda: add_scan(window),
            None,
            QCoreApplication.translate(
                "DraftingActions",
                "Put a scan in the middle of the view, then click points on it and on the map",
            ),
        ),
        "underlays": _action(
            window,
            QCoreApplication.translate("DraftingActions", "&Underlays and basemaps…"),
            lambda: UnderlayManager.show_for(window),
            None,
            QCoreApplication.translate(
                "DraftingActions", "Opacity, visibility and order of the images under the map"
            ),
        ),
        "snapping": _action(
            window,
            QCoreApplication.translate("DraftingActions", "&Snapping options…"),
            lambda: show_snap_settings(window),
            None,
            QCoreApplication.translate(
                "DraftingActions", "Snapping tolerance, what attracts and which layers"
            ),
        ),
        "georef": _action(
            window,
            QCoreApplication.translate("DraftingActions", "&Georeference…"),
            lambda: show_georef_tool(window),
            "Ctrl+Shift+G",
            QCoreApplication.translate(
                "DraftingActions",
                "Place imported CAD or a scanned plan by control points clicked "
                "on the drawing and on the map",
            ),
        ),
    }
    edit = getattr(window, "edit_menu", None)
    if edit is not None:
        edit.addSeparator()
        for key in ("copy", "paste", "duplicate"):
            edit.addAction(actions[key])
    window.add_action("Tools", actions["field_calculator"])
    window.add_action("Tools", actions["georef"])
    window.add_action("Tools", actions["snapping"])
    window.add_action("Scenario", actions["change_table"])
    window.add_action("File", actions["basemap"])
    window.add_action("File", actions["scan"])
    window.add_action("View", actions["underlays"])
    from ecopark.ui.cad_input import install_cad_input

    install_cad_input(window)
    from ecopark.ui.docks.layer_menu import install_layer_menu

    install_layer_menu(window)
    apply_snap_settings(window, load_snap_settings())
    signal = getattr(window, "document_replaced", None)
    if signal is not None:  # a new document brings a new canvas: keep the planner's options
        signal.connect(lambda *_: apply_snap_settings(window, window.snap_settings))
    window.drafting_actions = actions
    return actions


def parent_widget(window: Any) -> QWidget | None:
    return window if isinstance(window, QWidget) else None


__all__ = ["ClipboardActions", "install_drafting_actions"]
