"""The carbon feature in the window: factor dialog (undoable), thematic map mode, savings line."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from shapely.geometry import LineString, Point

from ecopark.carbon import FACTORS_SETTING, REGION_SETTING
from ecopark.carbon.thematic import THEMATIC_SETTING, thematic_spec
from ecopark.commands import ReplaceObjects
from ecopark.indicators import evaluate_scenario
from ecopark.model import Facility, Pipeline

pytestmark = pytest.mark.gui


def _window(qtbot: Any, document: Any, monkeypatch: Any) -> Any:
    from ecopark.ui.main_window import MainWindow

    window = MainWindow(document)
    # closing at teardown must not ask to save the edits the test made
    qtbot.addWidget(window, before_close_func=lambda _w: document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    return window


def _with_carriers(document: Any) -> None:
    park = document.park
    for sid in park.scenarios:
        firms = park.scenario(sid).firms
        f1 = firms["F1"].with_changes(coal_t=20_000, electricity_mwh=5_000)
        f2 = firms["F2"].with_changes(natural_gas_10k_m3=50, electricity_mwh=8_000)
        ReplaceObjects(sid, [f1, f2]).redo(park)  # set up before the test, not an undo step


def test_factor_dialog_changes_region_and_a_factor_as_one_undo_step(qtbot, document) -> None:
    from ecopark.ui.dialogs.carbon_dialogs import CarbonFactorsDialog

    _with_carriers(document)
    park = document.park
    before = evaluate_scenario(park, document.scenario_id).carbon
    d = CarbonFactorsDialog(document)
    qtbot.addWidget(d)
    d.region.setCurrentIndex(d.region.findData("south"))
    row = next(k for k in range(d.table.rowCount()) if d.key(k) == "coal_co2_t_per_t")
    assert "NDRC" in d.cell(row, 3).text() and d.cell(row, 4).text() == "2015"
    d.cell(row, d.VALUE_COLUMN).setText("2.0")
    d.accept()
    assert park.settings[REGION_SETTING] == "south"
    assert park.settings[FACTORS_SETTING] == {"coal_co2_t_per_t": 2.0}
    after = evaluate_scenario(park, document.scenario_id).carbon
    assert before and after and after.park.scope1_t > before.park.scope1_t
    assert after.factors.grid_t_per_mwh == 0.3869
    document.undo_stack.undo()  # one step undoes both
    assert REGION_SETTING not in park.settings and FACTORS_SETTING not in park.settings


def test_factor_dialog_refuses_a_bad_value_naming_it(qtbot, document, monkeypatch) -> None:
    from ecopark.ui.dialogs.carbon_dialogs import CarbonFactorsDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    d = CarbonFactorsDialog(document)
    qtbot.addWidget(d)
    row = next(k for k in range(d.table.rowCount()) if d.key(k) == "coal_tce_per_t")
    d.cell(row, d.VALUE_COLUMN).setText("-1")
    d.accept()
    assert shown and "coal_tce_per_t" in shown[0]
    assert FACTORS_SETTING not in document.park.settings
    assert not document.undo_stack.canUndo()


def test_view_menu_colours_firms_by_co2_per_iav_on_the_canvas(qtbot, document, monkeypatch) -> None:
    _with_carriers(document)
    window = _window(qtbot, document, monkeypatch)
    actions = {a.text(): a for a in window.menus["View"].actions()}
    plain = window.canvas.grab().toImage()
    actions["Colour firms by CO₂ per IAV"].trigger()
    assert thematic_spec(document.park.settings).measure == "co2_per_iav"
    window.thematic.refresh()
    layer = window.thematic.layer
    assert layer.isVisible() and len(layer.points) == len(document.scenario.firms)
    coloured = window.canvas.grab().toImage()
    assert _differs(plain, coloured)
    document.undo_stack.undo()  # the mode is a project setting: undo switches it off
    window.thematic.refresh()
    assert not window.thematic.layer.isVisible()
    assert actions["Firms by sector (no thematic colours)"].isChecked()


def _differs(a: QImage, b: QImage) -> bool:
    pa = np.frombuffer(a.constBits(), np.uint8, a.sizeInBytes())
    pb = np.frombuffer(b.constBits(), np.uint8, b.sizeInBytes())
    return len(pa) == len(pb) and bool((pa != pb).any())


def test_class_breaks_dialog_sets_breaks_and_refuses_decreasing_ones(
    qtbot, document, monkeypatch
) -> None:
    from ecopark.ui.dialogs.carbon_dialogs import ThematicBreaksDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    d = ThematicBreaksDialog(document)
    qtbot.addWidget(d)
    d.measure.setCurrentIndex(d.measure.findData("energy_per_iav"))
    assert d.breaks.text() == "0.1, 0.3, 0.5, 1"
    d.breaks.setText("1, 0.5")
    d.accept()
    assert shown and "increase" in shown[0]
    d.breaks.setText("0.2，0.5, 2")  # a Chinese comma as typed with an IME
    d.accept()
    spec = thematic_spec(document.park.settings)
    assert spec.measure == "energy_per_iav" and spec.breaks == (0.2, 0.5, 2.0)
    assert document.park.settings[THEMATIC_SETTING]["breaks"] == {"energy_per_iav": [0.2, 0.5, 2.0]}


def test_coverage_view_shows_what_replaced_boilers_save(qtbot, document, monkeypatch) -> None:
    from ecopark.commands import AddObjects, ReplaceObjects

    x0, y0 = document.scenario.zones["Z1"].geometry.bounds[:2]  # the test park's corner

    def at(x: float, y: float) -> tuple[float, float]:
        return x0 + x, y0 + y

    sid = document.scenario_id
    f2 = document.scenario.firms["F2"]
    document.push(ReplaceObjects(sid, [f2.with_changes(own_boiler=True, steam_lp_demand_tph=5)]))
    document.push(
        AddObjects(sid, [
            Facility(facility_id="C9", name="CHP", kind="chp", geometry=Point(at(1400, 500)),
                     steam_lp_capacity_tph=20),
            Pipeline(pipeline_id="P9", medium="steam_lp",
                     geometry=LineString([at(1400, 500), at(1500, 500)])),
        ])
    )  # fmt: skip
    window = _window(qtbot, document, monkeypatch)
    panel = window.indicator_panel
    panel.refresh()
    qtbot.waitUntil(
        lambda: "Replaced boilers save" in panel.coverage.coverage_summary.text(), timeout=30000
    )
    text = panel.coverage.coverage_summary.text()
    saved = evaluate_scenario(document.park, sid).carbon.savings  # type: ignore[union-attr]
    assert f"{saved.fuel_tce:,.0f} tce" in text and f"{saved.so2_t:,.0f} t SO₂" in text
