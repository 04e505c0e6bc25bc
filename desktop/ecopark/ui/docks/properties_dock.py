"""The properties of the selection: a form built from the model's field metadata.

One object shows all its attributes; several objects show the fields they share, blank where
their values differ, and an edit sets the field on all of them in one undo step. What the planner
types is checked by the model before anything changes; a refusal is shown under the field.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecopark.model import EcoParkError, ObjectChange, ParkObject, ScenarioChange
from ecopark.model.fields import Role
from ecopark.model.kinds import SQM_PER_MU
from ecopark.ui.docks.binding import DocumentDock
from ecopark.ui.docks.editing import (
    FieldSpec,
    choices_for,
    common_field_specs,
    edit_command,
    format_value,
    parse_input,
)
from ecopark.ui.document import ProjectDocument
from ecopark.ui.field_message import ERROR_STYLE, FieldMessage, FieldRefusal, field_refusal
from ecopark.ui.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    arg,
    current_language,
    object_label,
    term,
    unit,
)
from ecopark.ui.preferences import Preferences

SEVERAL = QT_TRANSLATE_NOOP("PropertiesDock", "(several values)")
__all__ = ["ERROR_STYLE", "PropertiesDock"]


class _FieldRow(QWidget):
    """Editor, unit and the inline message of one field."""

    def __init__(self, spec: FieldSpec, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.editor = editor
        self.shown = ""
        """The text the editor showed from the model, to tell a real edit from a focus change."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        if spec.unit:
            unit_label = QLabel(unit(spec.unit))
            unit_label.setMinimumWidth(48)
            line.addWidget(unit_label)
        layout.addLayout(line)
        self.error = FieldMessage()  # the refusal in full under the field, English under Details
        layout.addWidget(self.error)

    def show_error(self, refusal: FieldRefusal | None) -> None:
        self.error.show_refusal(refusal)


class PropertiesDock(DocumentDock):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Properties"))
        self.setObjectName("properties_dock")
        self.setToolTip(self.tr("Attributes of the selected objects; edits can be undone"))
        self._rows: dict[str, _FieldRow] = {}
        self._form_key: tuple[object, ...] = ()

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self._layout.addWidget(self.header)
        self.geometry_info = QLabel()
        self.geometry_info.setWordWrap(True)
        self._layout.addWidget(self.geometry_info)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addWidget(self._form_host)
        self._layout.addStretch(1)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.document = document
        self.set_document(document)

    # ----- binding -----------------------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.selection_changed, self.schedule_refresh)
        self.listen(document.scenario_switched, self.schedule_refresh)
        self.listen(document.changed, self._on_change)
        self._form_key = ()

    def _on_change(self, change: object) -> None:
        if isinstance(change, ObjectChange):
            if change.scenario_id == self.document.scenario_id and (
                (change.layer, change.object_id) in self.document.selection
            ):
                self.schedule_refresh()
        elif isinstance(change, ScenarioChange):
            self.schedule_refresh()
        else:  # park-wide: zone kinds change the kind choices
            self._form_key = ()
            self.schedule_refresh()

    # ----- what is selected ----------------------------------------------------------------------
    def selected_objects(self) -> list[ParkObject]:
        doc = self.document
        if doc.scenario_id not in doc.park.scenarios:
            return []
        layers = doc.scenario.layers
        return [layers[layer][oid] for layer, oid in doc.selection if oid in layers.get(layer, {})]

    # ----- building the form ---------------------------------------------------------------------
    def refresh(self) -> None:
        objects = self.selected_objects()
        types = list(dict.fromkeys(type(o) for o in objects))
        key = (tuple(types), tuple(o.id for o in objects))
        if key != self._form_key:
            self._build(types, objects)
            self._form_key = key
        self._fill(objects)

    def _build(self, types: list[type[ParkObject]], objects: list[ParkObject]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._rows = {}
        for spec in common_field_specs(types):
            editor = self._make_editor(spec, types[0])
            row = _FieldRow(spec, editor)
            label = QLabel(spec.label)
            label.setToolTip(spec.name)
            editor.setToolTip(arg(self.tr("%1 — field %2"), spec.title, spec.name))
            self._form.addRow(label, row)
            self._rows[spec.name] = row

    def _make_editor(self, spec: FieldSpec, cls: type[ParkObject]) -> QWidget:
        if spec.role is Role.FLAG:
            box = QCheckBox()
            box.clicked.connect(partial(self._commit_flag, spec.name))
            return box
        if spec.role is Role.CHOICE:
            combo = QComboBox()
            for value, label in choices_for(self.document.park, cls, spec.name):
                combo.addItem(label, value)
            combo.activated.connect(partial(self._commit_choice, spec.name))
            return combo
        edit = QLineEdit()
        if spec.role is Role.OPTIONAL_QUANTITY:
            edit.setPlaceholderText(self.tr("not recorded"))
        edit.editingFinished.connect(partial(self._commit_text, spec.name))
        return edit

    def _fill(self, objects: list[ParkObject]) -> None:
        self.header.setText(_header_text(objects))
        self.geometry_info.setText(_geometry_text(objects))
        self.geometry_info.setVisible(bool(self.geometry_info.text()))
        for name, row in self._rows.items():
            values = list(dict.fromkeys(_key(getattr(o, name)) for o in objects))
            same = len(values) == 1
            value = getattr(objects[0], name) if objects else None
            editor = row.editor
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setTristate(not same)
                if same:
                    editor.setChecked(bool(value))
                else:
                    editor.setCheckState(Qt.CheckState.PartiallyChecked)
            elif isinstance(editor, QComboBox):
                index = editor.findData(value) if same else -1
                editor.setCurrentIndex(index)
                editor.setPlaceholderText(self.tr(SEVERAL))
            elif isinstance(editor, QLineEdit):
                text = format_value(value, row.spec.role) if same else ""
                if not same:
                    editor.setPlaceholderText(self.tr(SEVERAL))
                elif row.spec.role is Role.OPTIONAL_QUANTITY:
                    editor.setPlaceholderText(self.tr("not recorded"))
                editor.setText(text)
                row.shown = text
            editor.blockSignals(False)
            row.show_error(None)

    # ----- committing edits ---------------------------------------------------------------------
    def _commit_text(self, name: str) -> None:
        row = self._rows.get(name)
        if row is None or not isinstance(row.editor, QLineEdit):
            return
        text = row.editor.text()
        if text == row.shown:
            return
        self._apply(row, parse_input(text, row.spec.role))

    def _commit_choice(self, name: str, *_: object) -> None:
        row = self._rows.get(name)
        if row is None or not isinstance(row.editor, QComboBox):
            return
        index = row.editor.currentIndex()
        if index >= 0:
            self._apply(row, row.editor.itemData(index))

    def _commit_flag(self, name: str, *_: object) -> None:
        row = self._rows.get(name)
        if row is None or not isinstance(row.editor, QCheckBox):
            return
        checked = row.editor.checkState() != Qt.CheckState.Unchecked
        row.editor.setTristate(False)
        self._apply(row, checked)

    def _apply(self, row: _FieldRow, value: object) -> bool:
        """Edit the field on every selected object; on refusal show why and change nothing."""
        doc = self.document
        try:
            command = edit_command(
                doc.park, doc.scenario_id, self.selected_objects(), row.spec, value
            )
        except EcoParkError as exc:
            # nothing is applied; the field goes back to its last valid value and says why
            restored = None
            if isinstance(row.editor, QLineEdit):
                row.editor.setText(row.shown)
                several = not row.shown and row.editor.placeholderText() == self.tr(SEVERAL)
                restored = self.tr(SEVERAL) if several else row.shown
            else:
                self._fill(self.selected_objects())
            row.show_error(field_refusal(row.spec.label, exc, restored))
            return False
        row.show_error(None)
        if command is None:
            return True
        return doc.push(command)

    # ----- for tests and other views ------------------------------------------------------------
    def field_names(self) -> list[str]:
        return list(self._rows)

    def editor(self, name: str) -> QWidget:
        return self._rows[name].editor

    def error_text(self, name: str) -> str:
        """The sentence shown under the field (empty when none)."""
        return self._rows[name].error.text()

    def error_details(self, name: str) -> str:
        """The model's own words, shown under "Details"."""
        return self._rows[name].error.details.text()


def _key(value: object) -> object:
    return ("geom", value.wkb) if hasattr(value, "wkb") else value


def _header_text(objects: list[ParkObject]) -> str:
    if not objects:
        return QCoreApplication.translate(
            "PropertiesDock",
            "Nothing selected. Click an object on the map or a row of the attribute table.",
        )
    if len(objects) == 1:
        label = object_label(objects[0])
        return label[:1].upper() + label[1:]
    layers = ", ".join(sorted({o.LAYER for o in objects}))
    if current_language() != SOURCE_LANGUAGE:
        layers = "、".join(term("layer", layer) for layer in sorted({o.LAYER for o in objects}))
    template = QCoreApplication.translate(
        "PropertiesDock", "%1 objects selected (%2): editing shared fields"
    )
    return arg(template, len(objects), layers)


def _geometry_text(objects: list[ParkObject]) -> str:
    if len(objects) != 1:
        return ""
    geom = getattr(objects[0], "geometry", None)
    if geom is None:
        return ""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        area = geom.area
        template = QCoreApplication.translate("PropertiesDock", "Area %1 (%2 km² = %3 m² = %4 mu)")
        preferred = Preferences().format_area(area)  # the unit chosen in Settings
        km2, m2, mu = f"{area / 1e6:,.4f}", f"{area:,.0f}", f"{area / SQM_PER_MU:,.1f}"
        return arg(template, preferred, km2, m2, mu)
    if geom.geom_type == "LineString":
        return arg(
            QCoreApplication.translate("PropertiesDock", "Length %1 m"), f"{geom.length:,.1f}"
        )
    if geom.geom_type == "Point":
        return arg(
            QCoreApplication.translate("PropertiesDock", "Position x %1 m, y %2 m"),
            f"{geom.x:,.1f}",
            f"{geom.y:,.1f}",
        )
    return ""
