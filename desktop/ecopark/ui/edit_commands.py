"""The Edit and View menu commands of the main window: undo, redo, delete, select all (and the
selection count in the status bar), zoom, labels and exchanges shown, window layout reset.

They turn menu entries into calls on the document, the canvas and the docks; the window creates
one :class:`EditCommands` and connects its actions to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ecopark.commands import RemoveObjects
from ecopark.model import SPATIAL_TYPES
from ecopark.ui.i18n import arg
from ecopark.ui.settings import forget_window_layout

if TYPE_CHECKING:
    from ecopark.ui.main_window import MainWindow

SPATIAL_LAYERS = tuple(t.LAYER for t in SPATIAL_TYPES)


def selection_count_text(count: int) -> str:
    """ "3 object(s) selected", in the words the Select tool uses."""
    return arg(QCoreApplication.translate("MapTool", "%1 object(s) selected"), count)


class EditCommands:
    def __init__(self, window: MainWindow):
        self.window = window
        self._selection_count = 0

    def undo(self) -> None:
        self.window.document.undo_stack.undo()

    def redo(self) -> None:
        self.window.document.undo_stack.redo()

    def delete_selection(self) -> bool:
        """Delete the selection as one undo step (through the Delete tool, so locked layers are
        respected the same way as with the Del key)."""
        doc = self.window.document
        refs = list(doc.selection)
        if not refs:
            return False
        before = doc.undo_stack.count()
        delete = self.window.action_registry.get("tool.delete")
        if delete is not None:
            delete.trigger()
            return doc.undo_stack.count() > before
        text = arg(QCoreApplication.translate("MainWindow", "Delete %1 object(s)"), len(refs))
        return doc.push(RemoveObjects(doc.scenario_id, refs, text=text))

    def select_all(self) -> None:
        """Select every object of the visible, unlocked layers; with the keyboard in the
        attribute table, every row it shows (its layer). The status bar says how many."""
        w = self.window
        doc = w.document
        if w.attribute_table.has_focus():
            w.attribute_table.select_all_rows()
        else:
            layers = w.layers_dock
            doc.set_selection(
                [
                    (layer, oid)
                    for layer in SPATIAL_LAYERS
                    if layers.is_visible(layer) and not layers.is_locked(layer)
                    for oid in doc.scenario.layers[layer]
                ]
            )
        w.show_status(selection_count_text(len(doc.selection)))

    def report_selection(self, refs: list[tuple[str, str]]) -> None:
        """Keep a selection count in the status bar true: when it shows the count of the previous
        selection (the Select tool's hint), show the new one."""
        bar = self.window.statusBar()
        shown = bar.currentMessage()
        if shown and shown == selection_count_text(self._selection_count):
            bar.showMessage(selection_count_text(len(refs)))
        self._selection_count = len(refs)

    def zoom_to_extent(self) -> None:
        if self.window.canvas is not None:
            self.window.canvas.zoom_to_extent()

    def zoom_to_selection(self) -> None:
        if self.window.document.selection and self.window.canvas is not None:
            self.window.canvas.zoom_to_selection()

    def show_labels(self, on: bool) -> None:
        self.window.layers_dock.labels_box.setChecked(on)

    def show_exchanges(self, on: bool) -> None:
        self.window.layers_dock.set_visible("exchanges", on)

    def layer_visibility_changed(self, layer: str, visible: bool) -> None:
        self.window.legend_dock.set_layer_visible(layer, visible)
        if layer == "exchanges":
            self.window.action_registry["view.exchanges"].setChecked(visible)

    def reset_layout(self) -> None:
        w = self.window
        forget_window_layout()
        w.restoreState(w.default_state)
        for dock in w.docks.values():
            dock.show()
