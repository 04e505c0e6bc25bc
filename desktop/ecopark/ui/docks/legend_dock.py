"""The map legend: what each colour, line and symbol on the map means, for what is in use in the
scenario on screen. Sections of hidden layers are left out, as on a printed map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ecopark.model import ObjectChange
from ecopark.ui.canvas.styles import legend_entries
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.docks.layers_dock import LEGEND_SECTION_LAYER
from ecopark.ui.document import ProjectDocument
from ecopark.ui.i18n import current_language, term


class LegendDock(DocumentDock):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legend"))
        self.setObjectName("legend_dock")
        self.setToolTip(self.tr("What the colours and symbols on the map stand for"))
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setWidget(self.list)
        self.hidden_layers: set[str] = set()
        self.document = document
        self.set_document(document)

    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.changed, self._on_change)
        self.listen(document.scenario_switched, self.schedule_refresh)

    def set_layer_visible(self, layer: str, visible: bool) -> None:
        if visible:
            self.hidden_layers.discard(layer)
        else:
            self.hidden_layers.add(layer)
        self.refresh()

    def _on_change(self, change: object) -> None:
        if not isinstance(change, ObjectChange) or change.layer != "plots":
            self.schedule_refresh()

    def refresh(self) -> None:
        doc = self.document
        self.list.clear()
        if doc.scenario_id not in doc.park.scenarios:
            return
        section = None
        for entry in legend_entries(doc.park, doc.scenario_id, current_language()):
            if LEGEND_SECTION_LAYER.get(entry.section, entry.section) in self.hidden_layers:
                continue
            if entry.section != section:
                section = entry.section
                title = (
                    self.tr("Firm size (IAV)") if section == "firm_size" else term("layer", section)
                )
                header = QListWidgetItem(title)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(header)
            item = QListWidgetItem(entry.icon(), entry.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)

    def shown_labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
