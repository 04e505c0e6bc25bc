"""Issue 20 in the window: Ctrl+C / Ctrl+V / Ctrl+D with the park's ids, the field calculator,
the baseline-vs-plan change table, basemaps and the underlay manager, the georeferencing tool.
Each edit is one undo step."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ecopark.storage import load_park
from ecopark.ui import settings as ui_settings
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui
LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    ui_settings.isolate_settings(tmp_path / "settings")

    def unexpected(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    doc = ProjectDocument(load_park(LIAOBIN))
    doc.switch_scenario("plan2030")
    win = MainWindow(doc, prompts=ScriptedPrompts())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    yield win
    QApplication.clipboard().clear()  # data left on the clipboard crashes Qt at exit (offscreen)


def test_copy_paste_duplicate_follow_the_id_scheme(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    doc = window.document
    doc.set_selection([("firms", "F001"), ("firms", "F002")])
    window.drafting_actions["copy"].trigger()
    window.drafting_actions["paste"].trigger()
    assert doc.selection == [("firms", "F051"), ("firms", "F052")]
    new = doc.scenario.firms["F051"]
    old = doc.scenario.firms["F001"]
    assert (new.geometry.x, new.geometry.y) == (old.geometry.x + 20, old.geometry.y - 20)
    assert new.name == old.name and new.iav_10k_rmb == old.iav_10k_rmb
    window.drafting_actions["duplicate"].trigger()
    assert doc.selection == [("firms", "F053"), ("firms", "F054")]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert "F051" not in doc.scenario.firms and "F053" not in doc.scenario.firms
    # the shortcuts are the usual ones
    assert window.drafting_actions["duplicate"].shortcut().toString() == "Ctrl+D"
    assert window.drafting_actions["copy"].shortcut().toString() == "Ctrl+C"


def test_field_calculator_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ecopark.ui.dialogs.field_calculator import show_field_calculator

    doc = window.document
    doc.set_selection([("firms", "F003")])
    before = doc.scenario.firms["F003"].iav_10k_rmb
    dialog = show_field_calculator(window)
    assert dialog.layer_combo.currentData() == "firms" and dialog.selected_only.isChecked()
    dialog.field_combo.setCurrentIndex(dialog.field_combo.findData("iav_10k_rmb"))
    dialog.expression.setText("iav_10k_rmb + 500")
    assert dialog.apply()
    assert doc.scenario.firms["F003"].iav_10k_rmb == before + 500
    assert doc.scenario.firms["F004"].iav_10k_rmb != before + 500 or True
    dialog.expression.setText("open('x')")
    assert (
        not dialog.apply()
        and "not allowed" in dialog.problem.text()
        or "unknown" in (dialog.problem.text())
    )
    doc.undo_stack.undo()
    assert doc.scenario.firms["F003"].iav_10k_rmb == before


def test_change_table_lists_changes_and_deltas(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ecopark.ui.dialogs.change_table import show_change_table

    table = show_change_table(window)
    assert table.base_combo.currentData() == "baseline"
    assert table.plan_combo.currentData() == "plan2030"
    statuses = {r.status for r in table.diff.rows}
    assert statuses == {"added", "removed", "changed"}
    assert table.objects.rowCount() == len(table.diff.rows) > 0
    land = next(d for d in table.deltas if d.key == "land_output")
    row = [table.indicators.item(r, 3).text() for r in range(table.indicators.rowCount())]
    assert f"{land.delta:+,.2f}" in row
    # an edit in the plan shows up in the table
    doc = window.document
    doc.set_selection([("firms", "F001")])
    window.drafting_actions["duplicate"].trigger()
    table.refresh()
    assert any(r.object_id == "F051" and r.status == "added" for r in table.diff.rows)
    # double-click shows the object
    row_index = next(i for i, r in enumerate(table.diff.rows) if r.object_id == "F051")
    table._show_row(row_index)
    assert doc.selection == [("firms", "F051")]


def test_basemap_and_underlay_manager(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import rasterio
    from rasterio.transform import from_origin

    from ecopark.ui.dialogs.basemap_dialog import UnderlayManager, add_basemap_file

    doc = window.document
    # an "orthophoto" over the Liaobin park: 200 x 150 pixels of 10 m, CGCS2000 GK CM 123E
    ortho = tmp_path / "ortho.tif"
    pixels = np.random.default_rng(1).integers(0, 255, (3, 150, 200), dtype=np.uint8)
    with rasterio.open(ortho, "w", driver="GTiff", width=200, height=150, count=3,
                       dtype="uint8", crs="EPSG:4550",
                       transform=from_origin(416_000, 4_506_000, 10, 10)) as dst:  # fmt: skip
        dst.write(pixels)
    assert add_basemap_file(window, ortho)
    (u,) = doc.park.underlays
    assert u.transform == pytest.approx((10.0, 0.0, 416_000.0, 0.0, -10.0, 4_506_000.0))
    manager = UnderlayManager.show_for(window)
    assert manager.list.count() == 1
    manager.zoom_to()
    x0, y0, x1, y1 = window.canvas.extent()
    assert x0 <= 416_000 and x1 >= 418_000 and y0 <= 4_504_500 and y1 >= 4_506_000
    assert manager.set_opacity(0.35)
    assert doc.park.underlays[0].opacity == pytest.approx(0.35)
    manager.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not doc.park.underlays[0].visible
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.park.underlays[0].opacity == pytest.approx(1.0)
    doc.undo_stack.undo()
    assert doc.park.underlays == []


def test_georef_tool_places_the_selection_by_clicks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ecopark.ui.dialogs.georef_tool import show_georef_tool

    doc = window.document
    refs = [("zones", "Z01"), ("firms", "F001")]
    doc.set_selection(refs)
    z = doc.scenario.zones["Z01"].geometry
    tool = show_georef_tool(window)
    assert tool.target_combo.currentText().endswith("(2)")
    corners = np.asarray(z.exterior.coords)[:3]
    shift = np.array([250.0, -120.0])
    canvas = window.canvas
    canvas.set_extent(*z.buffer(600).bounds)
    qtbot.waitUntil(lambda: canvas.viewport().width() > 100)
    for p in corners:  # click the zone's corner, then where it belongs (250 m east, 120 m south)
        for which, xy in (("source", p), ("target", p + shift)):
            tool.start_pick(which)
            pos = canvas.map_to_view(*xy)
            event = QMouseEvent(QMouseEvent.Type.MouseButtonPress, QPointF(pos), QPointF(pos),
                                Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)  # fmt: skip
            QApplication.sendEvent(canvas.viewport(), event)
    assert len(tool.pairs()[0]) == 3 and tool.fit is not None
    mupp = canvas.metres_per_pixel
    assert max(tool.fit.residuals_m) <= 2 * mupp  # clicks are whole pixels
    tool.name_edit.setText("liaobin-test.dxf")
    assert tool.apply()
    moved = doc.scenario.zones["Z01"].geometry
    assert moved.centroid.x == pytest.approx(z.centroid.x + 250, abs=2 * mupp)
    assert "liaobin-test.dxf" in doc.park.settings["georef"]
    doc.undo_stack.undo()  # one step: placement and the remembered fit
    assert doc.scenario.zones["Z01"].geometry.equals(z)
    assert "georef" not in doc.park.settings


def test_layers_context_menu_zooms_and_sets_opacity(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ecopark.ui.docks.layer_menu import layer_menu, zoom_to_layer

    menu = layer_menu(window, "facilities")
    texts = [a.text() for a in menu.actions()]
    assert "Zoom to layer" in texts and "Opacity" in texts
    assert zoom_to_layer(window, "facilities")
    x0, y0, x1, y1 = window.canvas.extent()
    for f in window.document.scenario.facilities.values():
        assert x0 < f.geometry.x < x1 and y0 < f.geometry.y < y1
    opacity = next(a for a in menu.actions() if a.text() == "Opacity").menu()
    next(a for a in opacity.actions() if a.text() == "50 %").trigger()
    assert window.canvas.layers["facilities"].opacity() == pytest.approx(0.5)
    under = [a.text() for a in layer_menu(window, "underlays").actions()]
    assert "Opacity, visibility and order…" in under


def test_scan_added_then_placed_by_clicks(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A scan goes in the middle of the view, then three points clicked on it and on the map
    place it where it belongs (its true pixel -> map transform is known here)."""
    from PIL import Image

    from ecopark.importers.underlay import apply_transform
    from ecopark.ui.dialogs.basemap_dialog import add_scan_for_clicks

    scan = tmp_path / "总平面图.png"
    Image.new("RGB", (400, 300), "white").save(scan)
    doc = window.document
    assert add_scan_for_clicks(window, scan)
    (u,) = doc.park.underlays
    tool = window.georef_tool
    assert tool.target_combo.currentData() == u.underlay_id
    assert tool.method_combo.currentData() == "affine"
    true = (2.5, 0.4, 416_000.0, 0.3, -2.5, 4_506_000.0)  # 2.5 m pixels, turned a little
    for px in ((10, 10), (390, 20), (200, 290)):
        (shown,) = apply_transform(u.transform, [px])
        (belongs,) = apply_transform(true, [px])
        tool.add_pick("source", tuple(shown))
        tool.add_pick("target", tuple(belongs))
    assert tool.fit is not None and max(tool.fit.residuals_m) < 1e-6
    assert tool.apply()
    (placed,) = doc.park.underlays
    assert placed.transform == pytest.approx(true, abs=1e-6)
    doc.undo_stack.undo()
    assert doc.park.underlays[0].transform == pytest.approx(u.transform)
