"""The attribute table: one layer of the current scenario as rows, sortable and editable.

Edits become ReplaceObjects commands on the document (so they undo like map edits); a value the
model refuses is not applied and its message is shown under the table. Selecting rows selects the
objects on the map and in the properties dock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ecopark.model import TYPE_BY_LAYER, EcoParkError, ObjectChange, ParkObject, ScenarioChange
from ecopark.model.fields import Role
from ecopark.ui.docks.binding import Connections, DocumentDock
from ecopark.ui.docks.editing import (
    NUMERIC_ROLES,
    FieldSpec,
    choices_for,
    edit_command,
    field_specs,
    format_value,
    parse_input,
)
from ecopark.ui.document import ProjectDocument
from ecopark.ui.field_message import FieldMessage, FieldRefusal, field_refusal, subject_of
from ecopark.ui.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, arg, current_language

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

LAYER_TITLES: dict[str, str] = {
    "zones": QT_TRANSLATE_NOOP("AttributeTableDock", "Zones"),
    "firms": QT_TRANSLATE_NOOP("AttributeTableDock", "Firms"),
    "facilities": QT_TRANSLATE_NOOP("AttributeTableDock", "Shared facilities"),
    "pipelines": QT_TRANSLATE_NOOP("AttributeTableDock", "Pipelines"),
    "corridors": QT_TRANSLATE_NOOP("AttributeTableDock", "Corridors"),
    "plots": QT_TRANSLATE_NOOP("AttributeTableDock", "Plots"),
    "exchanges": QT_TRANSLATE_NOOP("AttributeTableDock", "Exchanges (symbiosis links)"),
}

_Index = QModelIndex | QPersistentModelIndex


def _derived_columns(layer: str) -> list[tuple[str, str]]:
    """Read-only figures computed from the geometry: (title, kind)."""
    if layer in ("zones", "plots"):
        return [(QT_TRANSLATE_NOOP("LayerTableModel", "Area (km²)"), "area_km2")]
    if layer in ("pipelines", "corridors"):
        return [(QT_TRANSLATE_NOOP("LayerTableModel", "Length (m)"), "length_m")]
    return []


class LayerTableModel(QAbstractTableModel):
    """Rows are the objects of one layer of the document's current scenario, ordered by id."""

    edit_refused = Signal(object)
    """A FieldRefusal: the edit was not applied (the cell keeps its last valid value)."""

    def __init__(self, document: ProjectDocument, layer: str, parent: Any = None):
        super().__init__(parent)
        self.document = document
        self.layer = layer
        self.cls = TYPE_BY_LAYER[layer]
        specs = field_specs(self.cls, include_id=True)
        self.specs: list[FieldSpec] = specs
        self.derived = _derived_columns(layer)
        self.ids: list[str] = []
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(0)
        self._reset_timer.timeout.connect(self.reload)
        self._connections = Connections()
        self._connections.connect(document.changed, self._on_change)
        self._connections.connect(document.scenario_switched, self._schedule_reload)
        self._load_ids()

    def detach(self) -> None:
        self._connections.disconnect_all()

    # ----- rows --------------------------------------------------------------------------------
    def _objects(self) -> dict[str, ParkObject]:
        doc = self.document
        if doc.scenario_id not in doc.park.scenarios:
            return {}
        return doc.scenario.layers[self.layer]

    def _load_ids(self) -> None:
        self.ids = sorted(self._objects())

    def reload(self) -> None:
        self.beginResetModel()
        self._load_ids()
        self.endResetModel()

    def _schedule_reload(self, *_: object) -> None:
        self._reset_timer.start()

    def _on_change(self, change: object) -> None:
        if isinstance(change, ObjectChange):
            if change.scenario_id != self.document.scenario_id or change.layer != self.layer:
                return
            if change.action == "changed" and change.object_id in self.ids:
                row = self.ids.index(change.object_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            else:
                self._schedule_reload()
        elif isinstance(change, ScenarioChange) and change.scenario_id == self.document.scenario_id:
            self._schedule_reload()

    def object_at(self, row: int) -> ParkObject | None:
        if 0 <= row < len(self.ids):
            return self._objects().get(self.ids[row])
        return None

    def row_of(self, object_id: str) -> int:
        return self.ids.index(object_id) if object_id in self.ids else -1

    # ----- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs) + len(self.derived)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(self.specs):
            spec = self.specs[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return spec.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return arg(self.tr("%1 — field %2"), spec.title, spec.name)
        elif role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.derived[section - len(self.specs)][0])
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Computed from the geometry (read only)")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        obj = self.object_at(index.row())
        if obj is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return obj.id
        if col >= len(self.specs):
            kind = self.derived[col - len(self.specs)][1]
            value = _derived_value(obj, kind)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{value:,.4f}" if kind == "area_km2" else f"{value:,.1f}"
            if role == SORT_ROLE:
                return value
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        spec = self.specs[col]
        value = getattr(obj, spec.name)
        if spec.role is Role.FLAG:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(bool(value))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.role is Role.CHOICE:
                labels = dict(choices_for(self.document.park, self.cls, spec.name))
                return labels.get(value, value)
            return format_value(value, spec.role)
        if role == Qt.ItemDataRole.EditRole:
            return format_value(value, spec.role)
        if role == SORT_ROLE:
            if spec.role in NUMERIC_ROLES:
                return float("-inf") if value is None else float(value)
            return str(value).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.role in NUMERIC_ROLES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or index.column() >= len(self.specs):
            return base
        spec = self.specs[index.column()]
        if spec.role is Role.ID:
            return base
        if spec.role is Role.FLAG:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() >= len(self.specs):
            return False
        spec = self.specs[index.column()]
        obj = self.object_at(index.row())
        if obj is None or spec.role is Role.ID:
            return False
        if spec.role is Role.FLAG:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            typed: object = _is_checked(value)
        elif role == Qt.ItemDataRole.EditRole:
            typed = value if spec.role is Role.CHOICE else parse_input(str(value), spec.role)
        else:
            return False
        return self.edit(obj, spec, typed)

    def edit(self, obj: ParkObject, spec: FieldSpec, value: object) -> bool:
        """Apply one cell edit through the undo stack; refuse (and say why) what the model
        refuses."""
        doc = self.document
        try:
            command = edit_command(doc.park, doc.scenario_id, [obj], spec, value)
        except EcoParkError as exc:
            refusal = field_refusal(
                spec.label, exc, format_value(getattr(obj, spec.name), spec.role)
            )
            subject = subject_of(exc) or obj.id
            chinese = current_language() != SOURCE_LANGUAGE
            sentence = f"{subject}{'：' if chinese else ': '}{refusal.sentence}"
            self.edit_refused.emit(FieldRefusal(sentence, refusal.details))
            return False
        if command is None:
            return True
        return doc.push(command)


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


def _derived_value(obj: ParkObject, kind: str) -> float:
    geom = getattr(obj, "geometry", None)
    if geom is None:
        return 0.0
    return float(geom.area / 1e6) if kind == "area_km2" else float(geom.length)


class ChoiceDelegate(QStyledItemDelegate):
    """Choice columns (sector, kind, medium, status) are edited with a list of allowed values."""

    def __init__(self, dock: AttributeTableDock):
        super().__init__(dock)
        self.dock = dock

    def _spec(self, index: _Index) -> FieldSpec | None:
        model = self.dock.model
        if model is None or index.column() >= len(model.specs):
            return None
        return model.specs[index.column()]

    def createEditor(self, parent: QWidget, option: Any, index: _Index) -> QWidget:
        spec = self._spec(index)
        model = self.dock.model
        if spec is None or spec.role is not Role.CHOICE or model is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices_for(model.document.park, model.cls, spec.name):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class AttributeTableDock(DocumentDock):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attribute table"))
        self.setObjectName("attribute_table_dock")
        self.setToolTip(self.tr("The objects of one layer as a table: click a header to sort"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(self.tr("Layer shown in the table"))
        for layer, title in LAYER_TITLES.items():
            self.layer_combo.addItem(self.tr(title), layer)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter rows…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(self.tr("Show only rows containing this text in any column"))
        self.count_label = QLabel()
        bar.addWidget(QLabel(self.tr("Layer")))
        bar.addWidget(self.layer_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.view = QTableView()
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Column widths from the first 200 rows (Qt's default, 1,000, cost 0.9 s on a layer of
        # 70,000 firms at every opening: each cell read through the Python model)
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setItemDelegate(ChoiceDelegate(self))
        layout.addWidget(self.view, 1)
        self.message = FieldMessage()  # a refused edit in full, English under Details
        layout.addWidget(self.message)
        self.setWidget(body)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view.setModel(self.proxy)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._update_count)
        self.proxy.modelReset.connect(self._after_reset)
        self.layer_combo.currentIndexChanged.connect(self._on_layer_chosen)
        self._syncing = False
        self.model: LayerTableModel | None = None
        self.document = document
        self.set_document(document)

    # ----- binding -----------------------------------------------------------------------------
    def bind(self, document: ProjectDocument) -> None:
        self.listen(document.selection_changed, self._select_rows)
        # a refusal shown in red belongs to the attempt that caused it: the next edit, selection
        # or scenario switch clears it
        self.listen(document.changed, self._clear_message)
        self.listen(document.selection_changed, self._clear_message)
        self.listen(document.scenario_switched, self._clear_message)

    def refresh(self) -> None:
        """A table of the chosen layer over the document (its model follows the edits)."""
        self._set_model(self.layer)

    @property
    def layer(self) -> str:
        return str(self.layer_combo.currentData())

    def show_layer(self, layer: str) -> None:
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(layer))

    def _on_layer_chosen(self, _index: int) -> None:
        self._set_model(self.layer)

    def _set_model(self, layer: str) -> None:
        if self.model is not None:
            self.model.detach()
            self.model.deleteLater()
        self.model = LayerTableModel(self.document, layer, self)
        self.model.edit_refused.connect(self.show_refusal)
        self.proxy.setSourceModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._rows_selected)
        self.view.resizeColumnsToContents()
        self.show_message("")
        self._update_count()
        self._select_rows(self.document.selection)

    def _after_reset(self) -> None:
        self._update_count()
        self._select_rows(self.document.selection)

    def _update_count(self, *_: object) -> None:
        if self.model is None:
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            self.count_label.setText(arg(self.tr("%1 of %2"), shown, total))
        else:
            self.count_label.setText(arg(self.tr("%1 rows"), total))

    def show_message(self, message: str) -> None:
        self.message.show_refusal(FieldRefusal(message, "") if message else None)

    def show_refusal(self, refusal: FieldRefusal) -> None:
        """Under the table, and as a balloon at the edited cell (where the planner looks)."""
        self.message.show_refusal(refusal)
        index = self.view.currentIndex()
        if index.isValid() and self.isVisible():
            rect = self.view.visualRect(index)
            where = self.view.viewport().mapToGlobal(rect.bottomLeft())
            QToolTip.showText(where, refusal.sentence, self.view, rect, 10_000)

    def _clear_message(self, *_: object) -> None:
        if self.message.text():
            self.show_message("")

    def select_all_rows(self) -> None:
        """Select every row shown (the table's layer, after filtering): Select all while the
        table has the keyboard focus."""
        if self.model is None:
            return
        proxy = self.proxy
        rows = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
        self.document.set_selection([(self.layer, self.model.ids[r]) for r in sorted(rows)])

    def has_focus(self) -> bool:
        """Whether the keyboard focus is in this dock (the table, its filter, an editor)."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    # ----- selection both ways -----------------------------------------------------------------
    def _rows_selected(self, *_: object) -> None:
        if self._syncing or self.model is None:
            return
        selected = self.view.selectionModel().selectedRows()
        rows = sorted({self.proxy.mapToSource(i).row() for i in selected})
        refs = [(self.layer, self.model.ids[r]) for r in rows if 0 <= r < len(self.model.ids)]
        self._syncing = True
        try:
            self.document.set_selection(refs)
        finally:
            self._syncing = False

    def follow_selection(self, refs: list[tuple[str, str]]) -> None:
        """A selection made on the map (the canvas's ``selected_on_map``): show its layer when it
        is all one layer, and scroll to its first row.

        Only a selection made on the map moves the table. Selections set by other means (the
        table itself, Ctrl+A in the table, a program) and the re-selection after the planner
        picked a layer or after the rows were rebuilt keep the planner's layer: Ctrl+A in a table
        switched to pipelines while a firm is selected selects the pipelines, and a refusal shown
        under the table stays with its rows (tests/ui/test_keyboard.py). While the planner works
        in the table it does not move, and it never takes the keyboard focus."""
        if self._syncing or self.model is None:
            return
        layers = {layer for layer, _ in refs}
        if len(layers) == 1 and not self.has_focus():
            (wanted,) = layers
            if wanted != self.layer and self.layer_combo.findData(wanted) >= 0:
                self.show_layer(wanted)  # rebuilds the model, which re-selects the rows
        self._select_rows(refs, scroll=True)

    def _select_rows(self, refs: list[tuple[str, str]], scroll: bool = False) -> None:
        if self._syncing or self.model is None:
            return
        selection = QItemSelection()
        for layer, oid in refs:
            if layer != self.layer:
                continue
            row = self.model.row_of(oid)
            if row < 0:
                continue
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
            if proxy_index.isValid():
                selection.select(proxy_index, proxy_index)
        self._syncing = True
        try:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().select(selection, flags)
        finally:
            self._syncing = False
        if scroll and not selection.isEmpty():
            self.view.scrollTo(selection.indexes()[0])

    # ----- for tests ---------------------------------------------------------------------------
    def column_of(self, field_name: str) -> int:
        assert self.model is not None
        return next(i for i, s in enumerate(self.model.specs) if s.name == field_name)

    def shown_text(self, row: int, field_name: str) -> str:
        """The text shown in the table (after sorting and filtering) at ``row``."""
        index = self.proxy.index(row, self.column_of(field_name))
        return str(self.proxy.data(index, Qt.ItemDataRole.DisplayRole))
