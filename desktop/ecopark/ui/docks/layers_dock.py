"""The layers of the map: show or hide each, lock it against edits, and see its style.

The dock owns the visibility and lock state (so it survives opening another project) and pushes
it to the canvas; each layer lists the styles in use beneath it, drawn like the map draws them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark import symbology as sym
from ecopark.model import ObjectChange
from ecopark.ui.canvas.styles import legend_entries
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import current_language, term

LAYER_ORDER: tuple[str, ...] = (*reversed(sym.MAP_LAYERS), sym.UNDERLAYS)
"""Top of the list = drawn on top, as in QGIS. Underlays (scanned plans) belong to the park,
not a scenario, and are never edited on the map, so they have no lock."""
LEGEND_SECTION_LAYER = {"firm_size": "firms"}
LOCKABLE = frozenset(LAYER_ORDER) - {"exchanges", "underlays"}
LAYER_ROLE = Qt.ItemDataRole.UserRole


class LayersDock(DocumentDock):
    visibility_changed = Signal(str, bool)
    lock_changed = Signal(str, bool)
    labels_toggled = Signal(bool)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Layers"))
        self.setObjectName("layers_dock")
        self.setToolTip(self.tr("Show, hide and lock layers; the styles in use are listed"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Lock")])
        self.tree.setRootIsDecorated(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 210)
        layout.addWidget(self.tree, 1)
        self.labels_box = QCheckBox(self.tr("Show labels"))
        self.labels_box.setChecked(True)
        self.labels_box.setToolTip(self.tr("Names of zones, firms and facilities on the map"))
        layout.addWidget(self.labels_box)
        self.setWidget(body)

        self._items: dict[str, QTreeWidgetItem] = {}
        for layer in LAYER_ORDER:
            item = QTreeWidgetItem([self._layer_name(layer), ""])
            item.setData(0, LAYER_ROLE, layer)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(0, self.tr("Tick to show this layer on the map"))
            if layer in LOCKABLE:
                item.setCheckState(1, Qt.CheckState.Unchecked)
                item.setToolTip(1, self.tr("Tick to protect this layer from edits on the map"))
            self.tree.addTopLevelItem(item)
            self._items[layer] = item
        self.tree.itemChanged.connect(self._item_changed)
        self.labels_box.toggled.connect(self._labels_toggled)

        self.canvas: Any = None
        self.document = document
        self.set_document(document)

    # ----- binding -----------------------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.changed, self._on_change)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def refresh(self) -> None:
        self.refresh_styles()

    def set_canvas(self, canvas: Any) -> None:
        """Attach the map and give it the current visibility, locks and labels."""
        self.canvas = canvas
        for layer in LAYER_ORDER:
            self._push_visible(layer, self.is_visible(layer))
            if layer in LOCKABLE:
                canvas.set_layer_locked(layer, self.is_locked(layer))
        canvas.set_labels_visible(self.labels_box.isChecked())

    def _on_change(self, change: object) -> None:
        if not isinstance(change, ObjectChange) or change.action != "changed":
            self.schedule_refresh()
        elif change.layer in ("zones", "firms", "facilities", "pipelines", "corridors"):
            self.schedule_refresh()  # a changed kind, sector or medium can change the styles in use

    # ----- state -------------------------------------------------------------------------------
    def is_visible(self, layer: str) -> bool:
        return self._items[layer].checkState(0) == Qt.CheckState.Checked

    def is_locked(self, layer: str) -> bool:
        return layer in LOCKABLE and self._items[layer].checkState(1) == Qt.CheckState.Checked

    def set_visible(self, layer: str, visible: bool) -> None:
        state = Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked
        self._items[layer].setCheckState(0, state)

    def set_locked(self, layer: str, locked: bool) -> None:
        if layer in LOCKABLE:
            state = Qt.CheckState.Checked if locked else Qt.CheckState.Unchecked
            self._items[layer].setCheckState(1, state)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        layer = item.data(0, LAYER_ROLE)
        if layer not in self._items or item is not self._items[layer]:
            return
        if column == 0:
            visible = self.is_visible(layer)
            self._push_visible(layer, visible)
            self.visibility_changed.emit(layer, visible)
        elif column == 1 and layer in LOCKABLE:
            locked = self.is_locked(layer)
            if self.canvas is not None:
                self.canvas.set_layer_locked(layer, locked)
            self.lock_changed.emit(layer, locked)

    def _push_visible(self, layer: str, visible: bool) -> None:
        if self.canvas is None:
            return
        if layer == "exchanges":
            self.canvas.set_exchanges_visible(visible)
        else:
            self.canvas.set_layer_visible(layer, visible)

    def _labels_toggled(self, on: bool) -> None:
        if self.canvas is not None:
            self.canvas.set_labels_visible(on)
        self.labels_toggled.emit(on)

    # ----- styles ------------------------------------------------------------------------------
    def refresh_styles(self) -> None:
        doc = self.document
        entries = (
            legend_entries(doc.park, doc.scenario_id, current_language())
            if doc.scenario_id in doc.park.scenarios
            else []
        )
        self.tree.blockSignals(True)
        for item in self._items.values():
            item.takeChildren()
        for entry in entries:
            layer = LEGEND_SECTION_LAYER.get(entry.section, entry.section)
            parent = self._items.get(layer)
            if parent is None:
                continue
            child = QTreeWidgetItem([entry.label])
            child.setIcon(0, entry.icon())
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.addChild(child)
        for layer, item in self._items.items():
            if layer == "underlays":
                count = len(doc.park.underlays)
            elif doc.scenario_id in doc.park.scenarios:
                count = len(doc.scenario.layers[layer])
            else:
                count = 0
            item.setText(0, f"{self._layer_name(layer)} ({count})")
        self.tree.blockSignals(False)

    def _layer_name(self, layer: str) -> str:
        return self.tr("Underlays") if layer == "underlays" else term("layer", layer)
