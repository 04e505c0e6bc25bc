"""The import dialog's help for a file without a CRS: CRSs its coordinates fit, proposed from
PROJ's areas of use (ecopark.importers.crs_guess), nearest to the park first; choosing one fills
the CRS field. Computed on request: searching every CRS takes some seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ecopark.importers import ImportPreview
from ecopark.importers.build import park_extent
from ecopark.importers.crs_guess import CrsCandidate, candidates_for_layer, park_location
from ecopark.model import Park
from ecopark.ui.i18n import arg


class CrsCandidateBox(QWidget):
    def __init__(
        self,
        preview: ImportPreview,
        park: Park,
        target: QLineEdit,
        changed: Callable[[], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.preview, self.park, self.target, self.changed = preview, park, target, changed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Propose CRSs from the coordinates"))
        self.button.clicked.connect(self.propose)
        self.combo = QComboBox()
        self.combo.setEnabled(False)
        self.combo.addItem(self.tr("(no proposal yet)"), "")
        self.combo.activated.connect(self._chosen)
        layout.addWidget(self.button)
        layout.addWidget(self.combo, 1)
        self.candidates: list[CrsCandidate] = []

    def propose(self) -> list[CrsCandidate]:
        layer = next((lyr for lyr in self.preview.layers if not lyr.source_crs), None)
        if layer is None:
            return []
        extent = park_extent(self.park, crs_area=False)
        near = park_location(self.park.crs, None if extent is None else extent.bounds)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.candidates = candidates_for_layer(self.preview, layer, near=near)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.combo.clear()
        if not self.candidates:
            self.combo.addItem(self.tr("none fit these coordinates (check the units)"), "")
        else:
            self.combo.addItem(self.tr("choose a proposed CRS…"), "")
        for c in self.candidates:
            far = (
                ""
                if c.distance_km is None
                else arg(self.tr(" — %1 km from the park"), f"{c.distance_km:,.0f}")
            )
            self.combo.addItem(f"{c.crs} {c.name}{far}", c.crs)
        self.combo.setEnabled(bool(self.candidates))
        return self.candidates

    def _chosen(self, index: int) -> None:
        code = self.combo.itemData(index)
        if code:
            self.target.setText(str(code))
            self.changed()
