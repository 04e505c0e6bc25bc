"""The import dialog: preview of a file (layers, counts, CRS, units, target layer, mapping,
problems) and the planner's choices; OK pushes one undoable import command.

Thin on purpose: everything it shows comes from ``ecopark.importers`` (``inspect_source``,
``plan_import``, ``build_import``); the dialog only edits :class:`ImportOptions`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.commands import Command
from ecopark.importers import (
    ImportOptions,
    ImportPreview,
    ImportRefused,
    LayerTarget,
    SourceError,
    build_import,
    inspect_source,
    plan_import,
)
from ecopark.importers.dxf import UNIT_CHOICES
from ecopark.importers.mapping import PARK_LAYERS, mappable_fields, propose_mapping
from ecopark.messages import render
from ecopark.model import TYPE_BY_LAYER, EcoParkError, Park
from ecopark.model.kinds import CORRIDOR_KINDS, FACILITY_KINDS, MEDIA
from ecopark.ui.dialogs.crs_candidates import CrsCandidateBox
from ecopark.ui.docks.editing import field_specs
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, arg, current_language, term

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Layer"),
    QT_TRANSLATE_NOOP("ImportDialog", "Features"),
    QT_TRANSLATE_NOOP("ImportDialog", "Geometry"),
    QT_TRANSLATE_NOOP("ImportDialog", "CRS"),
    QT_TRANSLATE_NOOP("ImportDialog", "Import as"),
    QT_TRANSLATE_NOOP("ImportDialog", "Kind / medium"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problems"),
)
WORDS = (
    QT_TRANSLATE_NOOP("ImportDialog", "inches"),
    QT_TRANSLATE_NOOP("ImportDialog", "feet"),
    QT_TRANSLATE_NOOP("ImportDialog", "miles"),
    QT_TRANSLATE_NOOP("ImportDialog", "millimetres"),
    QT_TRANSLATE_NOOP("ImportDialog", "centimetres"),
    QT_TRANSLATE_NOOP("ImportDialog", "metres"),
    QT_TRANSLATE_NOOP("ImportDialog", "kilometres"),
    QT_TRANSLATE_NOOP("ImportDialog", "yards"),
    QT_TRANSLATE_NOOP("ImportDialog", "decimetres"),
    QT_TRANSLATE_NOOP("ImportDialog", "decametres"),
    QT_TRANSLATE_NOOP("ImportDialog", "hectometres"),
    QT_TRANSLATE_NOOP("ImportDialog", "US survey feet"),
    QT_TRANSLATE_NOOP("ImportDialog", "file"),
    QT_TRANSLATE_NOOP("ImportDialog", "GEODATA"),
    QT_TRANSLATE_NOOP("ImportDialog", "missing"),
    QT_TRANSLATE_NOOP("ImportDialog", "Point"),
    QT_TRANSLATE_NOOP("ImportDialog", "MultiPoint"),
    QT_TRANSLATE_NOOP("ImportDialog", "LineString"),
    QT_TRANSLATE_NOOP("ImportDialog", "MultiLineString"),
    QT_TRANSLATE_NOOP("ImportDialog", "Polygon"),
    QT_TRANSLATE_NOOP("ImportDialog", "MultiPolygon"),
    QT_TRANSLATE_NOOP("ImportDialog", "GeometryCollection"),
    QT_TRANSLATE_NOOP("ImportDialog", "zones"),
    QT_TRANSLATE_NOOP("ImportDialog", "firms"),
    QT_TRANSLATE_NOOP("ImportDialog", "facilities"),
    QT_TRANSLATE_NOOP("ImportDialog", "pipelines"),
    QT_TRANSLATE_NOOP("ImportDialog", "corridors"),
    QT_TRANSLATE_NOOP("ImportDialog", "plots"),
)
"""Words from the importers shown in the dialog: drawing units (UNIT_CHOICES), CRS origins,
target layers."""


class ImportDialog(QDialog):
    """``ImportDialog(preview, park, scenario_id, push)``; OK calls ``push(command)``."""

    def __init__(
        self,
        preview: ImportPreview,
        park: Park,
        scenario_id: str,
        push: Callable[[Command], Any],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.preview = preview
        self.park = park
        self.scenario_id = scenario_id
        self.push = push
        self.options = ImportOptions.from_preview(preview)
        self.setWindowTitle(arg(self.tr("Import %1"), preview.path.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("File:"), QLabel(f"{preview.path.name} ({preview.format})"))
        self.crs_edit = QLineEdit()
        missing = any(layer.source_crs is None for layer in preview.layers)
        self.crs_edit.setPlaceholderText(
            self.tr("the file does not say: choose one") if missing else self.tr("as in the file")
        )  # never assumed: a wrong grid puts the features thousands of km away (issue 19)
        self.crs_edit.editingFinished.connect(self.refresh)
        form.addRow(self.tr("Source CRS:"), self.crs_edit)
        self.crs_candidates = CrsCandidateBox(preview, park, self.crs_edit, self.refresh)
        self.crs_candidates.setVisible(missing)
        form.addRow("", self.crs_candidates)
        self.units_combo = QComboBox()
        needs_units = preview.format == "dxf" and any(
            layer.crs_origin != "GEODATA" for layer in preview.layers
        )
        if needs_units and preview.metres_per_unit is None:
            self.units_combo.addItem(self.tr("(the drawing does not say: choose)"), None)
        for name, scale in UNIT_CHOICES.items():
            self.units_combo.addItem(self.tr(name), scale)
        if preview.metres_per_unit is not None:
            index = self.units_combo.findData(preview.metres_per_unit)
            self.units_combo.setCurrentIndex(max(index, 0))
        elif not needs_units:
            self.units_combo.setCurrentIndex(self.units_combo.findData(1.0))
        self.units_combo.setEnabled(needs_units)
        self.units_combo.currentIndexChanged.connect(self.refresh)
        form.addRow(self.tr("Drawing units:"), self.units_combo)
        self.repair_box = QCheckBox(
            self.tr("Repair invalid geometries instead of leaving them out")
        )
        self.repair_box.toggled.connect(self.refresh)
        form.addRow("", self.repair_box)
        self.osm_box = QCheckBox(self.tr("Only buildings inside industrial land become firms"))
        self.osm_box.setChecked(True)
        self.osm_box.setVisible(preview.format == "osm")
        self.osm_box.toggled.connect(self.refresh)
        form.addRow("", self.osm_box)
        self.far_box = QCheckBox(self.tr("Import features far from the park all the same"))
        self.far_box.setToolTip(
            self.tr("Features more than 100 km from the park usually mean a wrong CRS or units")
        )
        self.far_box.toggled.connect(self.refresh)
        form.addRow("", self.far_box)
        self.table = QTableWidget(len(preview.layers), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.target_combos: list[QComboBox] = []
        self.kind_combos: list[QComboBox] = []
        for row, layer in enumerate(preview.layers):
            types = ", ".join(f"{self.tr(t)} {n}" for t, n in sorted(layer.geometry_types.items()))
            crs = (
                f"{layer.source_crs} ({self.tr(layer.crs_origin)})"
                if layer.source_crs
                else self.tr("unknown")
            )
            for col, text in enumerate((layer.name, str(layer.feature_count), types, crs)):
                self.table.setItem(row, col, QTableWidgetItem(text))
            target = QComboBox()
            target.addItem(self.tr("(not imported)"), None)
            for name in PARK_LAYERS:
                target.addItem(self.tr(name), name)
            target.setCurrentIndex(max(target.findData(layer.target_layer), 0))
            target.currentIndexChanged.connect(lambda _=0, r=row: self._target_changed(r))
            self.table.setCellWidget(row, 4, target)
            self.target_combos.append(target)
            kind = QComboBox()
            kind.currentIndexChanged.connect(self.refresh)
            self.table.setCellWidget(row, 5, kind)
            self.kind_combos.append(kind)
            self._fill_kinds(row)
        self.table.resizeColumnsToContents()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda *_: self._show_mapping())
        layout.addWidget(self.table)
        self.mapping_title = QLabel()
        layout.addWidget(self.mapping_title)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Park field"), self.tr("Column in the file")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.setToolTip(
            self.tr("Which column of the file fills each field of the park layer")
        )
        self.mapping_combos: dict[str, QComboBox] = {}
        """Park field -> its source-column combo, for the layer shown in the mapping table."""
        layout.addWidget(self.mapping_table)
        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        layout.addWidget(self.mapping_label)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        first = next(
            (r for r, c in enumerate(self.target_combos) if c.currentData() is not None), 0
        )
        if preview.layers:
            self.table.selectRow(first)
        self._show_mapping()

    # ----- field mapping -------------------------------------------------------------------
    def mapping_row(self) -> int:
        """The source layer whose field mapping the mapping table shows."""
        row = self.table.currentRow()
        return row if 0 <= row < len(self.preview.layers) else 0

    def _show_mapping(self) -> None:
        """Fill the mapping table for the selected source layer and its current target."""
        table = self.mapping_table
        table.setRowCount(0)
        self.mapping_combos = {}
        if not self.preview.layers:
            self.mapping_title.setText("")
            return
        layer = self.preview.layers[self.mapping_row()]
        target = self.target_combos[self.mapping_row()].currentData()
        if target is None:
            self.mapping_title.setText(arg(self.tr("Fields of %1: not imported"), layer.name))
            return
        self.mapping_title.setText(
            arg(self.tr("Fields of %1 (imported as %2):"), layer.name, self.tr(target))
        )
        mapping = self.options.targets[layer.name].field_mapping
        wanted = set(mappable_fields(target))
        specs = [s for s in field_specs(TYPE_BY_LAYER[target]) if s.name in wanted]
        table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            label = f"{spec.label} ({spec.unit})" if spec.unit else spec.label
            table.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), "")
            for column in layer.fields:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(mapping.get(spec.name, "")), 0))
            combo.currentIndexChanged.connect(
                lambda _=0, f=spec.name, c=combo: self.set_mapping(f, c.currentData() or "")
            )
            table.setCellWidget(row, 1, combo)
            self.mapping_combos[spec.name] = combo
        table.resizeColumnToContents(0)

    def set_mapping(self, park_field: str, column: str) -> None:
        """Fill ``park_field`` of the selected layer's target from ``column`` ("" = none)."""
        layer = self.preview.layers[self.mapping_row()]
        target = self.options.targets[layer.name]
        mapping = dict(target.field_mapping)
        if column:
            mapping[park_field] = column
        else:
            mapping.pop(park_field, None)
        target.field_mapping = mapping
        self.refresh()

    # ----- choices -------------------------------------------------------------------------
    def _choices(self, target: str | None) -> list[str]:
        if target == "zones":
            return list(self.park.zone_kinds)
        if target == "pipelines":
            return list(MEDIA)
        if target == "facilities":
            return list(FACILITY_KINDS)
        if target == "corridors":
            return list(CORRIDOR_KINDS)
        return []

    def _fill_kinds(self, row: int) -> None:
        layer = self.preview.layers[row]
        target = self.target_combos[row].currentData()
        combo = self.kind_combos[row]
        combo.blockSignals(True)
        combo.clear()
        choices = self._choices(target)
        if target == "pipelines":
            combo.addItem(self.tr("(from the file only)"), "")
        category = {"pipelines": "medium", "zones": "zone_kind", "facilities": "facility_kind"}
        english = current_language() == SOURCE_LANGUAGE
        for value in choices:
            word = value if english else term(category.get(str(target), "corridor_kind"), value)
            combo.addItem(word, value)
        wanted = layer.default_medium if target == "pipelines" else layer.default_kind
        index = combo.findData(wanted)
        if index < 0 and target == "zones":
            index = combo.findData("reserve")
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(bool(choices))
        combo.blockSignals(False)

    def _target_changed(self, row: int) -> None:
        self._fill_kinds(row)
        self.refresh()
        if row == self.mapping_row():
            self._show_mapping()

    def current_options(self) -> ImportOptions:
        """The options as the widgets show them now."""
        options = self.options
        options.source_crs = self.crs_edit.text().strip() or None
        options.metres_per_unit = self.units_combo.currentData()
        options.repair = self.repair_box.isChecked()
        options.buildings_within_industrial = self.osm_box.isChecked()
        options.allow_far = self.far_box.isChecked()
        for row, layer in enumerate(self.preview.layers):
            target = self.target_combos[row].currentData()
            value = self.kind_combos[row].currentData() or ""
            old = options.targets.get(layer.name)
            if old is not None and old.layer == target:
                mapping = dict(old.field_mapping)  # as proposed, then edited by the planner
            elif target == layer.target_layer:
                mapping = dict(layer.field_mapping)
            else:  # a new target: propose afresh from the file's column names
                mapping = propose_mapping(target, layer.fields)
            options.targets[layer.name] = LayerTarget(
                target,
                mapping,
                kind=value if target != "pipelines" else "",
                medium=value if target == "pipelines" else "",
            )
        return options

    # ----- preview of the result -----------------------------------------------------------
    def refresh(self) -> None:
        options = self.current_options()
        mapped = [
            f"{name}: "
            + ", ".join(f"{_field_word(t.layer, k)} ← {v}" for k, v in t.field_mapping.items())
            for name, t in options.targets.items()
            if t.layer and t.field_mapping
        ]
        self.mapping_label.setText(
            arg(self.tr("Field mapping: %1"), "; ".join(mapped) or self.tr("none"))
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            plan = plan_import(self.preview, options, self.park, self.scenario_id)
        except EcoParkError as exc:
            self.summary.setText(render(str(exc), current_language()))
            self.problems.setPlainText("")
            ok.setEnabled(False)
            return
        counts = ", ".join(f"{n} {self.tr(layer)}" for layer, n in sorted(plan.counts.items()))
        self.summary.setText(
            arg(self.tr("Will import %1 object(s)"), len(plan.objects))
            + (f" ({counts})" if counts else "")
            + arg(self.tr("; %1 feature(s) left out. Target CRS: %2."), plan.skipped, self.park.crs)
        )
        lang = current_language()  # core problems through the message catalogue
        lines = [render(str(p), lang) for p in (*self.preview.problems, *plan.problems)]
        self.problems.setPlainText("\n".join(lines) or self.tr("No problems found."))
        for row, layer in enumerate(self.preview.layers):
            count = sum(1 for p in plan.problems if p.layer == layer.name)
            self.table.setItem(row, 6, QTableWidgetItem(str(count)))
        ok.setEnabled(bool(plan.objects))

    def apply(self) -> None:
        try:
            command = build_import(
                self.preview, self.current_options(), self.park, self.scenario_id
            )
        except EcoParkError as exc:
            self.summary.setText(render(str(exc), current_language()))
            return
        command.text = arg(
            self.tr("Import %1 object(s) from %2"),
            sum(command.counts.values()),
            self.preview.path.name,
        )
        self.push(command)
        self.accept()


def run_import(
    parent: QWidget | None,
    path: str | Path,
    park: Park,
    scenario_id: str,
    push: Callable[[Command], Any],
) -> bool:
    """Inspect ``path`` and show the import dialog; False when refused or cancelled."""
    try:
        preview = inspect_source(path)
    except SourceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "Import"), str(exc))
        return False
    dialog = ImportDialog(preview, park, scenario_id, push, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


__all__ = ["ImportDialog", "ImportRefused", "run_import"]


def _field_word(layer: str, field_name: str) -> str:
    """A park field as a Chinese planner reads it (名称, not name) in the mapping summary; the
    English summary keeps the field codes of the file format."""
    cls = TYPE_BY_LAYER.get(layer)
    if current_language() == SOURCE_LANGUAGE:
        return field_name
    specs = {s.name: s.label for s in field_specs(cls, include_id=True)} if cls else {}
    return specs.get(field_name, field_name)
