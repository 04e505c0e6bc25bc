"""Where the timeline plugs into the main window: the slider toolbar, the step actions and the
phasing dock. One call from the window (:func:`install_timeline`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ecopark.ui.timeline.bar import TimelineBar
from ecopark.ui.timeline.controller import TimelineController
from ecopark.ui.timeline.phasing_dock import PhasingDock


def install_timeline(window: Any) -> None:
    window.timeline = TimelineController(window)
    window.timeline_bar = TimelineBar(window.timeline, window)
    # under the map, on a row of its own: the slider needs room (the top rows are full)
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, window.timeline_bar)
    if hasattr(window, "toolbars_menu"):
        window.toolbars_menu.addAction(window.timeline_bar.toggleViewAction())
    window.phasing_dock = PhasingDock(window.document, window.timeline, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.phasing_dock)
    window.phasing_dock.hide()
    if hasattr(window, "docks"):
        window.docks["phasing"] = window.phasing_dock
    if hasattr(window, "panels_menu"):
        window.panels_menu.addAction(window.phasing_dock.toggleViewAction())

    def rebind(document: Any) -> None:
        window.timeline.bind(document)
        window.phasing_dock.set_document(document)

    window.document_replaced.connect(rebind)
    add = window.action_registry.add
    window.year_back_action = add(
        "view.year_previous",
        QCoreApplication.translate("MainWindow", "Previous &year"),
        lambda: window.timeline.step(-1),
        "Ctrl+Alt+Left",
        QCoreApplication.translate("MainWindow", "Show the park one year earlier (timeline)"),
    )
    window.year_next_action = add(
        "view.year_next",
        QCoreApplication.translate("MainWindow", "Next y&ear"),
        lambda: window.timeline.step(1),
        "Ctrl+Alt+Right",
        QCoreApplication.translate("MainWindow", "Show the park one year later (timeline)"),
    )
    window.add_action("View", window.year_back_action)
    window.add_action("View", window.year_next_action)
    window.phasing_action = add(
        "tools.phasing",
        QCoreApplication.translate("MainWindow", "&Phasing and progress…"),
        lambda: (window.phasing_dock.show(), window.phasing_dock.raise_()),
        None,
        QCoreApplication.translate(
            "MainWindow", "Targets by milestone year and the annual progress report"
        ),
    )
    window.add_action("Tools", window.phasing_action)
