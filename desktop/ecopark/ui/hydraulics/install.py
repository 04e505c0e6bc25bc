"""Wires the network physics into the main window: the controller that solves, the map overlay,
the indicator-panel tab, a View menu entry for the map mode, and the sizing dialog. The window
calls :func:`install_hydraulics` once; everything else lives here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from ecopark.hydraulics.sizing import propose_sizes, sizing_command
from ecopark.ui import i18n
from ecopark.ui.hydraulics.controller import NetworkController
from ecopark.ui.hydraulics.network_tab import NetworkTab
from ecopark.ui.hydraulics.overlay import NetworkOverlay
from ecopark.ui.hydraulics.sizing_dialog import SizingDialog


class HydraulicsFeature(QObject):
    """Owns the pieces and keeps them bound to the window's current document and canvas."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.controller = NetworkController(window.document, self, self._engine_state)
        self.tab = NetworkTab(i18n.current_language)
        panel = window.indicator_panel
        self.tab_index = panel.tabs.addTab(self.tab, self.tab.title())
        self.overlay: NetworkOverlay | None = None
        self._attach_canvas()
        self.controller.solved.connect(self._show)
        self.tab.mode_changed.connect(self.set_mode)
        self.tab.size_requested.connect(self.size_pipes)
        panel.tabs.currentChanged.connect(self._tab_changed)
        self.map_action = QAction(
            QCoreApplication.translate("MainWindow", "Network &pressure map"), window
        )
        self.map_action.setCheckable(True)
        self.map_action.setShortcut("Ctrl+Shift+P")
        self.map_action.setToolTip(QCoreApplication.translate(
            "MainWindow", "Colour steam and hot-water pipes by pressure and mark each consumer "
            "with its pressure margin"))  # fmt: skip
        self.map_action.toggled.connect(lambda on: self.tab.set_mode("pressure" if on else "off"))
        window.add_action("View", self.map_action)
        window.document_replaced.connect(self._document_replaced)

    def _engine_state(self, scenario_id: str) -> Any:
        engine = getattr(self.window.indicator_panel, "engine", None)
        return engine.state(scenario_id) if engine is not None else None

    def _attach_canvas(self) -> None:
        canvas = self.window.canvas
        if canvas is None:
            return
        self.overlay = NetworkOverlay(lambda: canvas.frame)
        canvas.scene().addItem(self.overlay)
        self.overlay.set_mode(self.tab.mode())

    def _document_replaced(self, document: Any) -> None:
        self._attach_canvas()
        self.controller.set_document(document)

    def _tab_changed(self, index: int) -> None:
        self._update_active()

    def _update_active(self) -> None:
        showing = self.tab.mode() != "off" or (
            self.window.indicator_panel.tabs.currentIndex() == self.tab_index
        )
        self.controller.set_active(showing)

    def set_mode(self, mode: str) -> None:
        if self.overlay is not None:
            self.overlay.set_mode(mode)
        self.map_action.blockSignals(True)
        self.map_action.setChecked(mode != "off")
        self.map_action.blockSignals(False)
        self._update_active()
        self._show(self.controller.result)

    def _show(self, result: Any) -> None:
        doc = self.controller.document
        self.tab.show_result(result, self.controller.error)
        if self.overlay is not None:
            self.overlay.show_result(doc.park, doc.scenario_id, result)
        if self.window.canvas is not None:
            self.window.canvas.viewport().update()

    def size_pipes(self, *, dialog_hook: Any = None) -> bool:
        """Propose sizes, let the planner tick which to apply, push them as one undo step."""
        doc = self.controller.document
        proposal = propose_sizes(doc.park, doc.scenario_id)
        dialog = SizingDialog(proposal, self.window)
        if dialog_hook is not None:
            dialog_hook(dialog)
        elif not dialog.exec():
            return False
        accepted = dialog.accepted_changes()
        if not accepted:
            return False
        return bool(doc.push(sizing_command(doc.park, doc.scenario_id, accepted)))


def install_hydraulics(window: Any) -> HydraulicsFeature:
    feature = HydraulicsFeature(window)
    window.hydraulics = feature
    return feature
