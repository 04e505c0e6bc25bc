"""Where the indicator features of issue 15 plug into the main window: the Targets dock, the
per-mu grades dock and the map's grade mode (View > Colour firms by per-mu grade).

One call from the window (:func:`install_indicator_features`); the docks follow the window's
document through its ``document_replaced`` signal and share the indicator panel's engine.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ecopark.ui.canvas.grade_layer import GradeLayer
from ecopark.ui.docks.grades_dock import GradesDock
from ecopark.ui.docks.targets_dock import TargetsDock


def install_indicator_features(window: Any) -> None:
    def engine() -> Any:
        panel = getattr(window, "indicator_panel", None)
        return getattr(panel, "engine", None)

    right = Qt.DockWidgetArea.RightDockWidgetArea
    window.targets_dock = TargetsDock(window.document, engine, window)
    window.grades_dock = GradesDock(window.document, window)
    for key, dock in (("targets", window.targets_dock), ("grades", window.grades_dock)):
        window.addDockWidget(right, dock)
        dock.hide()  # offered in the menus; the default layout stays as it was
        if hasattr(window, "docks"):
            window.docks[key] = dock
        if hasattr(window, "panels_menu"):
            window.panels_menu.addAction(dock.toggleViewAction())

    def rebind(document: Any) -> None:
        window.targets_dock.set_document(document)
        window.grades_dock.set_document(document)
        if window.grade_action.isChecked():
            _attach(window)

    window.document_replaced.connect(rebind)
    from ecopark.ui.docks.work_plan_dock import WorkPlanDock  # projects (issue 17)

    window.work_plan_dock = WorkPlanDock(window.document, engine, window)
    window.addDockWidget(right, window.work_plan_dock)
    window.work_plan_dock.hide()
    if hasattr(window, "docks"):
        window.docks["work_plan"] = window.work_plan_dock
    if hasattr(window, "panels_menu"):
        window.panels_menu.addAction(window.work_plan_dock.toggleViewAction())
    window.work_plan_dock.set_document(window.document)
    window.document_replaced.connect(window.work_plan_dock.set_document)
    add = window.action_registry.add
    window.work_plan_action = add(
        "tools.work_plan",
        QCoreApplication.translate("MainWindow", "&Work plan…"),
        lambda: _show(window.work_plan_dock),
        None,
        QCoreApplication.translate(
            "MainWindow", "Key projects with years, investment and subsidy; safeguard measures"
        ),
    )
    window.add_action("Tools", window.work_plan_action)
    window.targets_action = add(
        "tools.targets",
        QCoreApplication.translate("MainWindow", "&Targets…"),
        lambda: _show(window.targets_dock),
        None,
        QCoreApplication.translate(
            "MainWindow", "The plan's targets and the share met (second subsidy tranche)"
        ),
    )
    window.add_action("Tools", window.targets_action)
    window.grades_action = add(
        "tools.permu_grades",
        QCoreApplication.translate("MainWindow", "Per-mu &grades…"),
        lambda: _show(window.grades_dock),
        None,
        QCoreApplication.translate("MainWindow", "Firms graded A-D by their per-mu figures"),
    )
    window.add_action("Tools", window.grades_action)
    window.grade_action = add(
        "view.grade_mode",
        QCoreApplication.translate("MainWindow", "Colour firms by per-mu &grade"),
        lambda on: set_grade_mode(window, bool(on)),
        None,
        QCoreApplication.translate("MainWindow", "Draw each firm as a disc coloured by its grade"),
        checkable=True,
    )
    window.add_action("View", window.grade_action)


def _show(dock: Any) -> None:
    dock.show()
    dock.raise_()
    dock.refresh()


def _attach(window: Any) -> GradeLayer:
    canvas = window.canvas
    layer = getattr(canvas, "grade_layer", None)
    if layer is None:
        title = QCoreApplication.translate("MainWindow", "Per-mu grade")
        layer = GradeLayer(canvas, title)
        canvas.scene().addItem(layer)
        canvas.grade_layer = layer
        previous = getattr(window, "_grade_slot", None)  # the layer of a replaced canvas
        if previous is not None:
            try:
                window.grades_dock.grades_changed.disconnect(previous)
            except (RuntimeError, TypeError):
                pass
        window.grades_dock.grades_changed.connect(layer.set_grades)
        window._grade_slot = layer.set_grades
    window.grades_dock.feeds_map = True
    window.grades_dock.refresh()
    layer.setVisible(True)
    return layer


def set_grade_mode(window: Any, on: bool) -> None:
    """Show or hide the grade colouring on the map."""
    if on:
        _attach(window)
    else:
        layer = getattr(window.canvas, "grade_layer", None)
        if layer is not None:
            layer.setVisible(False)
        window.grades_dock.feeds_map = False
    if window.grade_action.isChecked() != on:
        window.grade_action.setChecked(on)
