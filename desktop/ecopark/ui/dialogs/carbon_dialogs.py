"""Tools > Energy and carbon factors… and View > Colour firms by…: the carbon feature's UI.

The factor dialog shows the factor table in force (shipped values with source and year, project
overrides marked) and the park's grid region; OK applies the changes as one undoable step
(``SetParkSetting`` of ``grid_region`` and ``carbon_factors``). Values that are not usable are
refused with the factor named and nothing changes. The thematic actions switch the map's
thematic mode (also a project setting, so it is undoable and saved) and set its class breaks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecopark.carbon import (
    FACTORS_SETTING,
    REGION_SETTING,
    FactorError,
    check_override,
    default_rows,
    factor_table,
    regions,
)
from ecopark.carbon.thematic import (
    MEASURES,
    THEMATIC_SETTING,
    check_breaks,
    thematic_spec,
    with_breaks,
    with_measure,
)
from ecopark.commands import MacroCommand, SetParkSetting
from ecopark.numbers import format_plain
from ecopark.ui.i18n import current_language


def region_label(region: str) -> str:
    words = {
        "national": QCoreApplication.translate("CarbonDialogs", "National average"),
        "north": QCoreApplication.translate("CarbonDialogs", "North China grid"),
        "northeast": QCoreApplication.translate("CarbonDialogs", "Northeast China grid"),
        "east": QCoreApplication.translate("CarbonDialogs", "East China grid"),
        "central": QCoreApplication.translate("CarbonDialogs", "Central China grid"),
        "northwest": QCoreApplication.translate("CarbonDialogs", "Northwest China grid"),
        "south": QCoreApplication.translate("CarbonDialogs", "South China grid"),
        "southwest": QCoreApplication.translate("CarbonDialogs", "Southwest China grid"),
    }
    return words.get(region, region)


class CarbonFactorsDialog(QDialog):
    """Edit the project's factor overrides and grid region; OK pushes one undoable command."""

    VALUE_COLUMN = 1

    def __init__(self, document: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(
            QCoreApplication.translate("CarbonDialogs", "Energy and carbon factors")
        )
        self.resize(1000, 640)
        park = document.park
        table = factor_table(park.settings)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.region = QComboBox()
        for name in regions():
            grid = table.row(f"grid_t_per_mwh.{name}")
            self.region.addItem(
                f"{region_label(name)} — {format_plain(grid.value)} tCO₂/MWh ({grid.year})", name
            )
        self.region.setCurrentIndex(list(regions()).index(table.region))
        form.addRow(
            QCoreApplication.translate("CarbonDialogs", "Park's regional grid:"), self.region
        )
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "CarbonDialogs",
                    "Energy (tce) counts electricity at its equivalent value 0.1229 tce/MWh; the "
                    "non-fossil and renewable shares count it as the coal used to generate it.",
                )
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CarbonDialogs", "Meaning"),
                QCoreApplication.translate("CarbonDialogs", "Value"),
                QCoreApplication.translate("CarbonDialogs", "Unit"),
                QCoreApplication.translate("CarbonDialogs", "Source"),
                QCoreApplication.translate("CarbonDialogs", "Year"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.shipped = {r.key: r.value for r in default_rows()}
        lang = "zh" if current_language().startswith("zh") else "en"
        for r in table.rows:
            k = self.table.rowCount()
            self.table.insertRow(k)
            label, unit, source = r.words(lang)
            for j, text in enumerate(
                (label, format_plain(r.value, grouped=False), unit, source, str(r.year))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.key)
                item.setToolTip(f"{label} ({r.key})")
                if j != self.VALUE_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if r.overridden:
                    item.setForeground(QColor("#1565c0"))
                self.table.setItem(k, j, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 320)
        layout.addWidget(self.table)
        restore = QPushButton(QCoreApplication.translate("CarbonDialogs", "Restore shipped values"))
        restore.clicked.connect(self.restore_shipped)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def key(self, row: int) -> str:
        """The factor key of a table row (kept in the items' data; shown as their tooltip)."""
        return str(self.cell(row, 0).data(Qt.ItemDataRole.UserRole))

    def restore_shipped(self) -> None:
        for k in range(self.table.rowCount()):
            key = self.key(k)
            self.cell(k, self.VALUE_COLUMN).setText(format_plain(self.shipped[key], grouped=False))

    def overrides(self) -> dict[str, float]:
        """The values that differ from the shipped ones; FactorError names a bad one."""
        out: dict[str, float] = {}
        for k in range(self.table.rowCount()):
            key = self.key(k)
            text = self.cell(k, self.VALUE_COLUMN).text().strip().replace(",", "")
            try:
                number: Any = float(text)
            except ValueError:
                number = text
            value = check_override(key, number)
            if value != self.shipped[key]:
                out[key] = value
        return out

    def command(self) -> MacroCommand | None:
        """The undoable change, or None when nothing changed. Raises FactorError."""
        park = self.document.park
        overrides = self.overrides()
        region = str(self.region.currentData())
        steps = []
        if region != factor_table(park.settings).region:
            steps.append(SetParkSetting(REGION_SETTING, region))
        if overrides != (park.settings.get(FACTORS_SETTING) or {}):
            steps.append(SetParkSetting(FACTORS_SETTING, overrides))
        if not steps:
            return None
        return MacroCommand(
            QCoreApplication.translate("CarbonDialogs", "Change energy and carbon factors"), steps
        )

    def accept(self) -> None:
        try:
            cmd = self.command()
        except FactorError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        if cmd is not None:
            self.document.push(cmd)
        super().accept()


class ThematicBreaksDialog(QDialog):
    """Class breaks of the thematic map (one measure), e.g. "0.5, 1, 2, 4"."""

    def __init__(self, document: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(
            QCoreApplication.translate("CarbonDialogs", "Thematic map class breaks")
        )
        spec = thematic_spec(document.park.settings)
        layout = QFormLayout(self)
        self.measure = QComboBox()
        for key, ((zh, en), unit) in MEASURES.items():
            name = zh if current_language().startswith("zh") else en
            self.measure.addItem(f"{name} ({unit})", key)
        if spec.active:
            self.measure.setCurrentIndex(list(MEASURES).index(spec.measure))
        self.breaks = QLineEdit()
        self.measure.currentIndexChanged.connect(self._show_breaks)
        self._show_breaks()
        layout.addRow(QCoreApplication.translate("CarbonDialogs", "Colour firms by:"), self.measure)
        layout.addRow(
            QCoreApplication.translate("CarbonDialogs", "Class breaks (increasing, 1 to 4):"),
            self.breaks,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _show_breaks(self) -> None:
        measure = str(self.measure.currentData())
        settings = dict(self.document.park.settings)
        settings[THEMATIC_SETTING] = with_measure(settings, measure)
        self.breaks.setText(
            ", ".join(format_plain(b, grouped=False) for b in thematic_spec(settings).breaks)
        )

    def accept(self) -> None:
        measure = str(self.measure.currentData())
        try:
            breaks = check_breaks([t for t in self.breaks.text().replace("，", ",").split(",")
                                   if t.strip()])  # fmt: skip
        except ValueError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        settings = self.document.park.settings
        value = with_breaks(settings, measure, breaks)
        value["measure"] = measure
        self.document.push(SetParkSetting(THEMATIC_SETTING, value))
        super().accept()


def install_carbon_actions(window: Any) -> dict[str, QAction]:
    """Tools > Energy and carbon factors…; View > Colour firms by (off / CO₂ / energy per IAV)
    and Thematic class breaks…; the canvas overlay that draws the thematic mode."""
    from ecopark.ui.canvas.thematic import ThematicController

    def open_factors() -> None:
        dialog = CarbonFactorsDialog(window.document, window)
        dialog.exec()
        dialog.deleteLater()

    def open_breaks() -> None:
        dialog = ThematicBreaksDialog(window.document, window)
        dialog.exec()
        dialog.deleteLater()

    def set_measure(measure: str) -> None:
        park = window.document.park
        if thematic_spec(park.settings).measure != measure:
            window.document.push(
                SetParkSetting(THEMATIC_SETTING, with_measure(park.settings, measure))
            )

    actions: dict[str, QAction] = {}
    registry = getattr(window, "action_registry", None)
    factors = QAction(
        QCoreApplication.translate("CarbonDialogs", "Energy and carbon factors…"), window
    )
    factors.setToolTip(
        QCoreApplication.translate(
            "CarbonDialogs", "Conversion and emission factors with their sources; the park's grid"
        )
    )
    factors.triggered.connect(open_factors)
    if registry is not None:
        registry.register("tools.carbon_factors", factors)
    window.add_action("Tools", factors)
    actions["carbon_factors"] = factors
    group = QActionGroup(window)
    names = {
        "": QCoreApplication.translate("CarbonDialogs", "Firms by sector (no thematic colours)"),
        "co2_per_iav": QCoreApplication.translate("CarbonDialogs", "Colour firms by CO₂ per IAV"),
        "energy_per_iav": QCoreApplication.translate(
            "CarbonDialogs", "Colour firms by energy per IAV"
        ),
    }
    for measure, text in names.items():
        action = QAction(text, window)
        action.setCheckable(True)
        action.setData(measure)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, m=measure: set_measure(m))
        if registry is not None:
            registry.register(f"view.thematic_{measure or 'off'}", action)
        window.add_action("View", action)
        actions[f"thematic:{measure}"] = action
    breaks = QAction(QCoreApplication.translate("CarbonDialogs", "Thematic class breaks…"), window)
    breaks.triggered.connect(open_breaks)
    if registry is not None:
        registry.register("view.thematic_breaks", breaks)
    window.add_action("View", breaks)
    actions["thematic_breaks"] = breaks

    def sync(*_args: object) -> None:
        measure = thematic_spec(window.document.park.settings).measure
        actions[f"thematic:{measure}"].setChecked(True)

    controller = ThematicController(window)
    window.thematic = controller

    def follow(doc: Any) -> None:
        doc.changed.connect(sync)
        sync()

    window.document_replaced.connect(follow)
    window.document.changed.connect(sync)
    sync()
    return actions


__all__ = [
    "CarbonFactorsDialog",
    "ThematicBreaksDialog",
    "install_carbon_actions",
    "region_label",
]
