"""The main window's editing commands: choosing the map tool and the drawing options (zone kind,
medium, facility kind), and the Edit and View menu commands (undo, redo, delete, select all,
zoom, labels and exchanges shown, window layout reset).

They turn menu entries and toolbar choices into calls on the canvas, the document and the docks;
the window's construction and document binding stay in :mod:`ecopark.ui.main_window`, which
mixes :class:`EditActions` in so every name stays a method of the window. Strings keep the
"MainWindow" translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow

from ecopark.commands import RemoveObjects
from ecopark.model import SPATIAL_TYPES
from ecopark.terms import zone_kind_label
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import arg, current_language
from ecopark.ui.settings import forget_window_layout

if TYPE_CHECKING:
    from ecopark.ui.docks.attribute_table import AttributeTableDock
    from ecopark.ui.docks.layers_dock import LayersDock
    from ecopark.ui.docks.legend_dock import LegendDock

    _Base = QMainWindow
else:
    _Base = object

SPATIAL_LAYERS = tuple(t.LAYER for t in SPATIAL_TYPES)


class EditActions(_Base):
    """Tools, drawing options, Edit and View commands of
    :class:`ecopark.ui.main_window.MainWindow` (a mixin)."""

    if TYPE_CHECKING:  # provided by MainWindow
        document: ProjectDocument
        canvas: Any
        tool_actions: dict[str, QAction]
        zone_kind_combo: QComboBox
        medium_combo: QComboBox
        facility_kind_combo: QComboBox
        layers_dock: LayersDock
        legend_dock: LegendDock
        attribute_table: AttributeTableDock
        _selection_count: int
        exchanges_action: QAction
        docks: dict[str, QDockWidget]
        _default_state: QByteArray

    # =============================================================================================
    # tools and drawing options
    # =============================================================================================
    def set_tool(self, name: str) -> None:
        if name in self.tool_actions:
            self.tool_actions[name].setChecked(True)
        self.canvas.set_tool(name)

    def _tool_changed(self, name: str) -> None:
        action = self.tool_actions.get(name)
        if action is not None and not action.isChecked():
            action.setChecked(True)

    def _object_created(self, layer: str, object_id: str) -> None:
        """A tool drew something: select it so its properties can be typed in right away."""
        if (layer, object_id) not in self.document.selection:
            self.document.set_selection([(layer, object_id)])

    def _fill_zone_kinds(self) -> None:
        combo = self.zone_kind_combo
        current = combo.currentData() or "lingang_industrial"
        combo.blockSignals(True)
        combo.clear()
        for kind, zk in self.document.park.zone_kinds.items():
            combo.addItem(zone_kind_label(zk, current_language()), kind)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _zone_kind_chosen(self, *_: object) -> None:
        if self.canvas is not None and self.zone_kind_combo.currentData():
            self.canvas.zone_kind = str(self.zone_kind_combo.currentData())

    def _medium_chosen(self, *_: object) -> None:
        if self.canvas is not None:
            self.canvas.medium = str(self.medium_combo.currentData())

    def _facility_kind_chosen(self, *_: object) -> None:
        if self.canvas is not None:
            self.canvas.facility_kind = str(self.facility_kind_combo.currentData())

    def set_zone_kind(self, kind: str) -> None:
        _choose(self.zone_kind_combo, kind)

    def set_medium(self, medium: str) -> None:
        _choose(self.medium_combo, medium)

    def set_facility_kind(self, kind: str) -> None:
        _choose(self.facility_kind_combo, kind)

    # =============================================================================================
    # edit and view commands
    # =============================================================================================
    def _undo(self) -> None:
        self.document.undo_stack.undo()

    def _redo(self) -> None:
        self.document.undo_stack.redo()

    def delete_selection(self) -> bool:
        """Delete the selection as one undo step (through the Delete tool when there is one, so
        locked layers are respected the same way as with the Del key)."""
        doc = self.document
        refs = list(doc.selection)
        if not refs:
            return False
        before = doc.undo_stack.count()
        if "delete" in self.tool_actions:
            self.tool_actions["delete"].trigger()
            return doc.undo_stack.count() > before
        text = arg(QCoreApplication.translate("MainWindow", "Delete %1 object(s)"), len(refs))
        return doc.push(RemoveObjects(doc.scenario_id, refs, text=text))

    def select_all(self) -> None:
        """Select every object of the visible, unlocked layers; with the keyboard in the
        attribute table, every row it shows (its layer). The status bar says how many."""
        doc = self.document
        if self.attribute_table.has_focus():
            self.attribute_table.select_all_rows()
        else:
            doc.set_selection(
                [
                    (layer, oid)
                    for layer in SPATIAL_LAYERS
                    if self.layers_dock.is_visible(layer) and not self.layers_dock.is_locked(layer)
                    for oid in doc.scenario.layers[layer]
                ]
            )
        self.statusBar().showMessage(selection_count_text(len(doc.selection)))

    def _report_selection(self, refs: list[Any]) -> None:
        """Keep a selection count in the status bar true: when it shows the count of the previous
        selection (the Select tool's hint), show the new one."""
        shown = self.statusBar().currentMessage()
        if shown and shown == selection_count_text(self._selection_count):
            self.statusBar().showMessage(selection_count_text(len(refs)))
        self._selection_count = len(refs)

    def zoom_to_extent(self) -> None:
        self.canvas.zoom_to_extent()

    def zoom_to_selection(self) -> None:
        if self.document.selection:
            self.canvas.zoom_to_selection()

    def _labels_action_toggled(self, on: bool) -> None:
        self.layers_dock.labels_box.setChecked(on)

    def _exchanges_action_toggled(self, on: bool) -> None:
        self.layers_dock.set_visible("exchanges", on)

    def _layer_visibility_changed(self, layer: str, visible: bool) -> None:
        self.legend_dock.set_layer_visible(layer, visible)
        if layer == "exchanges":
            self.exchanges_action.setChecked(visible)

    def reset_layout(self) -> None:
        forget_window_layout()
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()


def selection_count_text(count: int) -> str:
    """"3 object(s) selected", in the words the Select tool uses."""
    return arg(QCoreApplication.translate("MapTool", "%1 object(s) selected"), count)


def _choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
