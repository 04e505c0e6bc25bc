"""The window ``ecopark`` shows when started without a file: recent projects, the demo parks,
"New park…" and "Open…". It only asks; the application opens the chosen project."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecopark.ui.demo_copy import copy_demo, documents_folder
from ecopark.ui.i18n import QT_TRANSLATE_NOOP
from ecopark.ui.settings import recent_files

LAYOUTS_ENV = "ECOPARK_LAYOUTS"
"""A folder of demo parks to list instead of the bundled ``layouts/``."""
PROJECT_FILTER = QT_TRANSLATE_NOOP("StartPage", "EcoPark project (*.gpkg)")
DEMO_TITLES = (
    QT_TRANSLATE_NOOP("StartPage", "Liaobin coastal"),
    QT_TRANSLATE_NOOP("StartPage", "Guigang sugar"),
    QT_TRANSLATE_NOOP("StartPage", "Caofeidian steel"),
)
"""Names of the bundled demo parks (from their file names), so lupdate offers them."""


def layouts_dir() -> Path:
    override = os.environ.get(LAYOUTS_ENV)
    if override:
        return Path(override)
    from ecopark.paths import layouts_dir as bundled

    return bundled()


def demo_parks() -> list[Path]:
    """The demo parks shipped with the application, the Liaobin coastal park first."""
    found = sorted(p for p in layouts_dir().glob("*.gpkg") if not p.stem.endswith(".autosave"))
    return sorted(found, key=lambda p: p.name != "liaobin_coastal.gpkg")


def demo_title(path: Path) -> str:
    return QCoreApplication.translate("StartPage", path.stem.replace("_", " ").capitalize())


class StartPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setWindowTitle(self.tr("EcoPark Planner"))
        self.resize(760, 520)
        title = QLabel(self.tr("EcoPark Planner"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Plan eco-industrial parks: zones, firms, shared infrastructure and symbiosis, "
                "with land output, coverage and the HJ 274 evaluation updated as you draw."
            )
        )
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New park…"))
        self.new_button.setToolTip(self.tr("Start an empty park in a coordinate system you choose"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open an EcoPark project file (.gpkg)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.recent_list = QListWidget()
        self.recent_list.setToolTip(self.tr("Double-click to open"))
        self.demo_list = QListWidget()
        self.documents_folder = documents_folder()
        """Where demo parks are copied before they open (tests point it elsewhere)."""
        self.demo_list.setToolTip(
            self.tr(
                "Demo parks shipped with EcoPark Planner; each opens as your copy in %1"
            ).replace("%1", str(self.documents_folder))
        )
        lists = QHBoxLayout()
        for caption, widget in (
            (self.tr("Recent projects"), self.recent_list),
            (self.tr("Demo parks"), self.demo_list),
        ):
            column = QVBoxLayout()
            label = QLabel(caption)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            column.addWidget(label)
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addLayout(lists, 1)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.choose_file)
        self.recent_list.itemActivated.connect(self._item_activated)
        self.demo_list.itemActivated.connect(self._item_activated)
        self.refresh()

    def refresh(self) -> None:
        self.recent_list.clear()
        for path in recent_files():
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(self.tr("%1 (file not found)").replace("%1", item.text()))
            self.recent_list.addItem(item)
        if not self.recent_list.count():
            placeholder = QListWidgetItem(self.tr("No recent projects yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(placeholder)
        self.demo_list.clear()
        for path in demo_parks():
            item = QListWidgetItem(demo_title(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.demo_list.addItem(item)
        if not self.demo_list.count():
            placeholder = QListWidgetItem(
                self.tr("No demo parks found in %1").replace("%1", str(layouts_dir()))
            )
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.demo_list.addItem(placeholder)

    def _item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            if item.listWidget() is self.demo_list:  # the planner's copy, never the installed file
                try:
                    path = copy_demo(Path(str(path)), self.documents_folder)
                except OSError as exc:
                    QMessageBox.warning(
                        self,
                        self.tr("EcoPark Planner"),
                        self.tr("Could not copy the demo park to %1: %2")
                        .replace("%1", str(self.documents_folder))
                        .replace("%2", str(exc)),
                    )
                    return
            self.open_requested.emit(str(path))

    def listed_paths(self, which: str) -> list[Path]:
        """Paths listed under "recent" or "demo" (for tests and the self-test)."""
        widget = self.recent_list if which == "recent" else self.demo_list
        items = [widget.item(i) for i in range(widget.count())]
        return [
            Path(str(i.data(Qt.ItemDataRole.UserRole)))
            for i in items
            if i.data(Qt.ItemDataRole.UserRole)
        ]

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(Path.home()), self.tr(PROJECT_FILTER)
        )
        return path

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_requested.emit(path)
