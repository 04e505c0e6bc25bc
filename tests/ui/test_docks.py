"""The docks around the map, driven like a planner drives them, on a small hand-built park whose
figures are easy to compute by hand:

- zone Z1, Lingang industrial, 1000 m x 1000 m = 1 km²; zone Z2, city area, 1 km²;
- firms F1 (cement, IAV 30,000 x 10⁴ RMB) and F2 (brewery, IAV 20,000, HP steam demand 10 t/h)
  in Z1; F3 (services, IAV 5,000) in Z2;
- a CHP plant (HP steam capacity 100 t/h) joined to F2 by an HP steam pipe.

Land output of Z1 = (30,000 + 20,000) / 10⁴ / 1 km² = 5.00 x 10⁸ RMB/km²; of Z2 = 0.50.
HP steam coverage = 10 / 10 = 100 %.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from shapely.geometry import LineString, Point, box

from ecopark.commands import AddObjects, MacroCommand, RemoveObjects, ReplaceObjects
from ecopark.model import Facility, Firm, Park, Pipeline, ScenarioInfo, Zone
from ecopark.ui.docks.attribute_table import AttributeTableDock
from ecopark.ui.docks.indicator_panel import IndicatorPanel
from ecopark.ui.docks.layers_dock import LayersDock
from ecopark.ui.docks.properties_dock import PropertiesDock
from ecopark.ui.docks.scenario_dock import ScenarioDock
from ecopark.ui.docks.undo_dock import UndoDock
from ecopark.ui.document import ProjectDocument

pytestmark = pytest.mark.gui

X0, Y0 = 500_000.0, 4_400_000.0


def small_park() -> Park:
    park = Park("Test park", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id="base", name="Baseline", kind="baseline", year=2024))
    add = park.add
    add(
        "base",
        Zone(
            zone_id="Z1",
            name="Lingang",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(X0, Y0, X0 + 1000, Y0 + 1000),
        ),
    )
    add(
        "base",
        Zone(
            zone_id="Z2",
            name="City",
            kind="city",
            industrial=False,
            geometry=box(X0 + 2000, Y0, X0 + 3000, Y0 + 1000),
        ),
    )
    add(
        "base",
        Firm(
            firm_id="F1",
            name="Cement works",
            sector="cement",
            geometry=Point(X0 + 200, Y0 + 200),
            iav_10k_rmb=30_000,
            plot_area_m2=60_000,
        ),
    )
    add(
        "base",
        Firm(
            firm_id="F2",
            name="Brewery",
            sector="brewery",
            geometry=Point(X0 + 800, Y0 + 800),
            iav_10k_rmb=20_000,
            plot_area_m2=40_000,
            steam_hp_demand_tph=10,
        ),
    )
    add(
        "base",
        Firm(
            firm_id="F3",
            name="Offices",
            sector="services",
            geometry=Point(X0 + 2500, Y0 + 500),
            iav_10k_rmb=5_000,
        ),
    )
    add(
        "base",
        Facility(
            facility_id="CHP1",
            name="CHP plant",
            kind="chp",
            geometry=Point(X0 + 500, Y0 + 500),
            steam_hp_capacity_tph=100,
        ),
    )
    add(
        "base",
        Pipeline(
            pipeline_id="P1",
            medium="steam_hp",
            geometry=LineString([(X0 + 500, Y0 + 500), (X0 + 800, Y0 + 800)]),
            diameter_mm=300,
        ),
    )
    return park


@pytest.fixture
def document() -> ProjectDocument:
    return ProjectDocument(small_park())


def firm(doc: ProjectDocument, firm_id: str) -> Firm:
    return doc.scenario.firms[firm_id]


# ----- indicator panel ----------------------------------------------------------------------------
def test_indicator_panel_shows_hand_calculated_figures_and_follows_undo(qtbot, document):
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    assert panel.zone_land_output_text("Z1") == "5.00"
    assert panel.zone_verdict_text("Z1") == "fail (short by 4.00)"  # 9 - 5.00
    assert panel.zone_land_output_text("Z2") == "0.50"
    assert panel.zone_verdict_text("Z2") == "not industrial"
    assert "<b>5.00</b>" in panel.park_land_output_text()
    assert panel.coverage_text("steam_hp") == "100.0 %"

    document.push(RemoveObjects("base", [("pipelines", "P1")]))
    qtbot.waitUntil(lambda: panel.coverage_text("steam_hp") == "0.0 %")
    document.push(ReplaceObjects("base", [firm(document, "F1").with_changes(iav_10k_rmb=70_000)]))
    # (70,000 + 20,000) / 10⁴ / 1 km² = 9.00: meets the HJ 274 threshold
    qtbot.waitUntil(lambda: panel.zone_land_output_text("Z1") == "9.00")
    assert panel.zone_verdict_text("Z1") == "pass"

    document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.zone_land_output_text("Z1") == "5.00")
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.coverage_text("steam_hp") == "100.0 %")
    document.undo_stack.redo()
    qtbot.waitUntil(lambda: panel.coverage_text("steam_hp") == "0.0 %")


def test_a_burst_of_changes_repaints_the_panel_once(qtbot, document):
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    before = panel.refresh_count
    edits = [
        ReplaceObjects("base", [firm(document, fid).with_changes(iav_10k_rmb=10_000)])
        for fid in ("F1", "F2", "F3")
    ]
    document.push(MacroCommand("Set three IAVs", edits))
    # (10,000 + 10,000) / 10⁴ / 1 km² = 2.00
    qtbot.waitUntil(lambda: panel.zone_land_output_text("Z1") == "2.00")
    assert panel.refresh_count == before + 1


def test_hj274_value_entered_in_the_panel_is_an_undoable_edit(qtbot, document):
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    assert panel.hj274_status_text("4.4") == "no data"
    assert panel.enter_value("4.4", "95")
    qtbot.waitUntil(lambda: panel.hj274_status_text("4.4") == "pass (entered)")
    assert document.scenario.entered_values["4.4"] == 95.0
    assert not panel.enter_value("4.4", "-3")
    assert "negative" in panel.hj274_message.text()
    assert document.scenario.entered_values["4.4"] == 95.0
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.hj274_status_text("4.4") == "no data")


# ----- properties ---------------------------------------------------------------------------------
def commit(qtbot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_properties_form_is_built_from_field_metadata(qtbot, document):
    dock = PropertiesDock(document)
    qtbot.addWidget(dock)
    document.set_selection([("firms", "F2")])
    qtbot.waitUntil(lambda: "iav_10k_rmb" in dock.field_names())
    assert dock.header.text() == "Firm F2 (Brewery)"
    assert isinstance(dock.editor("sector"), QComboBox)
    assert dock.editor("sector").currentData() == "brewery"
    assert isinstance(dock.editor("own_boiler"), QCheckBox)
    assert dock.editor("iav_10k_rmb").text() == "20000"
    assert dock.editor("energy_tce").placeholderText() == "not recorded"
    assert "firm_id" not in dock.field_names() and "geometry" not in dock.field_names()
    assert "Position x 500,800.0 m" in dock.geometry_info.text()


def test_properties_edit_goes_through_undo(qtbot, document):
    dock = PropertiesDock(document)
    qtbot.addWidget(dock)
    dock.show()
    document.set_selection([("firms", "F2")])
    qtbot.waitUntil(lambda: "iav_10k_rmb" in dock.field_names())
    commit(qtbot, dock.editor("iav_10k_rmb"), "25000")
    assert firm(document, "F2").iav_10k_rmb == 25_000.0
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Set industrial added value of firm F2 (Brewery)"
    document.undo_stack.undo()
    assert firm(document, "F2").iav_10k_rmb == 20_000.0
    qtbot.waitUntil(lambda: dock.editor("iav_10k_rmb").text() == "20000")


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("nan", "must be a number (not NaN)"),
        ("-5", "cannot be negative (-5)"),
        ("abc", "must be a number; “abc” is not one"),
    ],
)
def test_properties_refuse_invalid_numbers_and_name_the_field(qtbot, document, typed, why):
    dock = PropertiesDock(document)
    qtbot.addWidget(dock)
    dock.show()
    document.set_selection([("firms", "F1")])
    qtbot.waitUntil(lambda: "iav_10k_rmb" in dock.field_names())
    before = document.park.snapshot()
    commit(qtbot, dock.editor("iav_10k_rmb"), typed)
    message = dock.error_text("iav_10k_rmb")
    # the label beside the box, not the column; the box is back to the last valid value
    assert message.startswith("Industrial added value " + why)
    assert "iav_10k_rmb" not in message and "(30000)" in message
    assert dock.editor("iav_10k_rmb").text() == "30000"
    assert "iav_10k_rmb" in dock.error_details("iav_10k_rmb")  # the model's words, under Details
    assert document.park.snapshot() == before
    assert document.undo_stack.count() == 0


def test_properties_of_several_objects_edit_the_shared_fields_in_one_step(qtbot, document):
    dock = PropertiesDock(document)
    qtbot.addWidget(dock)
    dock.show()
    document.set_selection([("firms", "F1"), ("firms", "F2")])
    qtbot.waitUntil(lambda: "iav_10k_rmb" in dock.field_names())
    assert dock.header.text().startswith("2 objects selected")
    iav = dock.editor("iav_10k_rmb")
    assert iav.text() == "" and iav.placeholderText() == "(several values)"
    commit(qtbot, iav, "12000")
    assert firm(document, "F1").iav_10k_rmb == firm(document, "F2").iav_10k_rmb == 12_000.0
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert (firm(document, "F1").iav_10k_rmb, firm(document, "F2").iav_10k_rmb) == (
        30_000.0,
        20_000.0,
    )
    # a zone and a firm share only their name
    document.set_selection([("firms", "F1"), ("zones", "Z1")])
    # ... and, since issue 17, their year in service
    qtbot.waitUntil(lambda: dock.field_names() == ["name", "year_in_service"])


def test_properties_switching_a_boiler_off_clears_its_count(qtbot, document):
    document.push(ReplaceObjects("base", [firm(document, "F1").with_changes(own_boiler=True)]))
    dock = PropertiesDock(document)
    qtbot.addWidget(dock)
    dock.show()
    document.set_selection([("firms", "F1")])
    qtbot.waitUntil(lambda: "own_boiler" in dock.field_names())
    box_ = dock.editor("own_boiler")
    assert box_.isChecked()
    box_.click()
    assert not firm(document, "F1").own_boiler and firm(document, "F1").boiler_count == 0


# ----- attribute table ----------------------------------------------------------------------------
def test_attribute_table_sorts_numbers_and_edits_through_undo(qtbot, document):
    dock = AttributeTableDock(document)
    qtbot.addWidget(dock)
    dock.show()
    dock.show_layer("firms")
    assert dock.count_label.text() == "3 rows"
    column = dock.column_of("iav_10k_rmb")
    dock.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert [dock.shown_text(r, "iav_10k_rmb") for r in range(3)] == ["30000", "20000", "5000"]
    assert [dock.shown_text(r, "firm_id") for r in range(3)] == ["F1", "F2", "F3"]

    index = dock.proxy.index(2, column)  # F3
    dock.view.setCurrentIndex(index)
    dock.view.edit(index)
    editor = dock.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "40000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: firm(document, "F3").iav_10k_rmb == 40_000.0)
    assert document.undo_stack.count() == 1
    # the edited row now sorts first
    assert dock.shown_text(0, "firm_id") == "F3"

    assert not dock.proxy.setData(dock.proxy.index(0, column), "-1", Qt.ItemDataRole.EditRole)
    assert "cannot be negative" in dock.message.text()
    assert document.undo_stack.count() == 1

    document.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.shown_text(2, "iav_10k_rmb") == "5000")


def test_attribute_table_rows_and_map_selection_follow_each_other(qtbot, document):
    dock = AttributeTableDock(document)
    qtbot.addWidget(dock)
    dock.show_layer("firms")
    dock.view.selectRow(1)
    assert document.selection == [("firms", "F2")]
    document.set_selection([("firms", "F3")])
    selected = dock.view.selectionModel().selectedRows()
    assert [dock.proxy.data(i) for i in selected] == ["F3"]
    document.push(RemoveObjects("base", [("firms", "F3")]))
    qtbot.waitUntil(lambda: dock.count_label.text() == "2 rows")


def test_attribute_table_filter_and_flag_column(qtbot, document):
    dock = AttributeTableDock(document)
    qtbot.addWidget(dock)
    dock.show_layer("firms")
    dock.filter_edit.setText("brew")
    assert dock.count_label.text() == "1 of 3"
    flag = dock.proxy.index(0, dock.column_of("own_boiler"))
    assert dock.proxy.setData(flag, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert firm(document, "F2").own_boiler and firm(document, "F2").boiler_count == 1


# ----- scenarios ----------------------------------------------------------------------------------
def test_scenario_copy_switch_rename_and_delete(qtbot, document, monkeypatch):
    dock = ScenarioDock(document)
    qtbot.addWidget(dock)
    baseline_before = document.park.scenario("base").snapshot()
    new_id = dock.copy_current("Plan 2030", 2030)
    assert new_id == "plan_2030" and document.scenario_id == "plan_2030"
    assert document.scenario.counts() == document.park.scenario("base").counts()
    qtbot.waitUntil(lambda: dock.scenario_ids() == ["base", "plan_2030"])

    document.push(RemoveObjects("plan_2030", [("firms", "F3")]))
    assert "F3" in document.park.scenario("base").firms
    assert document.park.scenario("base").snapshot() == baseline_before

    monkeypatch.setattr(dock, "ask_new_name", lambda: "Plan 2030 (low carbon)")
    dock.rename_current_interactive()
    assert document.scenario.info.name == "Plan 2030 (low carbon)"

    item = dock.list.item(0)
    dock.list.itemClicked.emit(item)
    assert document.scenario_id == "base"

    document.switch_scenario("plan_2030")
    monkeypatch.setattr(dock, "confirm_delete", lambda: False)
    dock.delete_current_interactive()
    assert "plan_2030" in document.park.scenarios
    monkeypatch.setattr(dock, "confirm_delete", lambda: True)
    dock.delete_current_interactive()
    assert list(document.park.scenarios) == ["base"] and document.scenario_id == "base"
    qtbot.waitUntil(lambda: dock.scenario_ids() == ["base"])
    assert not dock.delete_button.isEnabled()
    document.undo_stack.undo()
    assert "plan_2030" in document.park.scenarios
    assert "F3" not in document.park.scenario("plan_2030").firms


def test_copy_refuses_an_empty_name(qtbot, document):
    dock = ScenarioDock(document)
    qtbot.addWidget(dock)
    assert dock.copy_current("  ", 2030) is None
    assert dock.message.text() == "A plan needs a name."
    assert document.undo_stack.count() == 0


# ----- undo history and layers --------------------------------------------------------------------
def test_undo_history_lists_every_edit(qtbot, document):
    dock = UndoDock(document)
    qtbot.addWidget(dock)
    document.push(RemoveObjects("base", [("pipelines", "P1")]))
    model = dock.view.model()
    assert model.rowCount() == 2  # "<opened>" and the edit
    assert model.index(1, 0).data() == "Delete 1 object(s)"


def test_layers_dock_counts_objects_and_lists_styles(qtbot, document):
    dock = LayersDock(document)
    qtbot.addWidget(dock)
    firms = dock._items["firms"]
    assert firms.text(0) == "Firms (3)"
    children = [firms.child(i).text(0) for i in range(firms.childCount())]
    assert "Cement" in children and "Brewery" in children
    assert not firms.child(0).icon(0).isNull()
    document.push(RemoveObjects("base", [("firms", "F3")]))
    qtbot.waitUntil(lambda: firms.text(0) == "Firms (2)")
    dock.set_visible("zones", False)
    assert not dock.is_visible("zones")
    dock.set_locked("firms", True)
    assert dock.is_locked("firms") and not dock.is_locked("exchanges")


def test_indicator_panel_says_when_overlapping_zones_share_land(qtbot, document):
    """A new industrial zone drawn half over Z1 (1 km x 1 km): the 0.5 km² they share is
    counted once, and the panel says so until the edit is undone."""
    from shapely.geometry import box

    from ecopark.model import Zone

    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    assert "overlap" not in panel.park_land_output_text()
    x0, y0, x1, y1 = document.scenario.zones["Z1"].geometry.bounds
    assert (x1 - x0, y1 - y0) == (1000, 1000)
    over = Zone(
        zone_id="Z9",
        name="New Lingang",
        kind="lingang_industrial",
        industrial=True,
        geometry=box(x0 + 500, y0, x1 + 500, y1),
    )
    document.push(AddObjects(document.scenario_id, [over]))
    qtbot.waitUntil(lambda: "Zones overlap: 0.500 km²" in panel.park_land_output_text())
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: "overlap" not in panel.park_land_output_text())


def test_the_land_output_chart_of_a_district_shows_its_weakest_zones(qtbot, document):
    """Sixty more industrial zones (1 km² each, one firm in each: land output 0.1 x a
    multiple): the chart shows as many of the weakest as its height keeps legible, worst on
    top, says how many of how many, and shows more when made taller; the table lists all 62."""
    from ecopark.ui.docks.bar_chart import MIN_BARS, ROW_PX

    zones, firms = [], []
    for i in range(60):
        x = X0 + 5000 + (i % 10) * 1000
        y = Y0 + (i // 10) * 1000
        zones.append(
            Zone(
                zone_id=f"D{i}",
                name=f"Plot {i}",
                kind="lingang_industrial",
                industrial=True,
                geometry=box(x, y, x + 1000, y + 1000),
            )
        )
        firms.append(
            Firm(
                firm_id=f"G{i}",
                name=f"Firm {i}",
                sector="cement",
                geometry=Point(x + 500, y + 500),
                iav_10k_rmb=1_000.0 * ((i * 37) % 60),  # land output 0.1 x that multiple
            )
        )
    panel = IndicatorPanel(document)
    qtbot.addWidget(panel)
    panel.resize(420, 520)
    panel.show()
    qtbot.waitExposed(panel)
    chart = panel.land.land_plot
    assert chart.labels == ["Lingang", "City"]  # a small park: every zone, in its order
    document.push(AddObjects("base", [*zones, *firms]))
    qtbot.waitUntil(lambda: panel.land.zone_table.rowCount() == 62)
    shown = len(chart.labels)
    assert MIN_BARS <= shown == chart.capacity() < 40
    assert chart.height() >= shown * ROW_PX  # a row per name
    assert chart.values == pytest.approx([0.1 * k for k in range(shown)])  # the weakest first
    assert "City" not in chart.labels  # not industrial: no threshold to fall short of
    assert chart.plotItem.titleLabel.isVisible()
    title = chart.plotItem.titleLabel.text
    assert title.startswith(f"The {shown} zones lowest in land output, of 62")
    panel.resize(420, 1400)  # a taller dock shows more of them
    qtbot.waitUntil(lambda: len(chart.labels) > shown)
    assert len(chart.labels) == min(chart.capacity(), 40)
    assert chart.values == sorted(chart.values)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.land.zone_table.rowCount() == 2)
    assert chart.labels == ["Lingang", "City"]
    assert not chart.plotItem.titleLabel.isVisible()
