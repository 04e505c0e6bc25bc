"""The import dialog: shows counts, CRS, units and problems; OK pushes one import command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ecopark.commands import Command, CommandStack
from ecopark.importers import ImportCommand, inspect_source
from ecopark.model import Park, ScenarioInfo
from ecopark.ui.dialogs.import_dialog import ImportDialog

pytestmark = pytest.mark.gui


def _park(crs: str) -> Park:
    park = Park("t", crs)
    park.add_scenario(ScenarioInfo(scenario_id="base", name="b", kind="baseline", year=2024))
    return park


def test_osm_import_preview_and_ok_pushes_one_command(qtbot: Any, shared_dir: Path) -> None:
    preview = inspect_source(shared_dir / "data" / "osm" / "liechtenstein_2013_industrial.gpkg")
    park = _park("EPSG:32632")
    pushed: list[Command] = []
    dialog = ImportDialog(preview, park, "base", pushed.append)
    qtbot.addWidget(dialog)
    assert dialog.osm_box.isVisible() or not dialog.isVisible()
    assert "Will import" in dialog.summary.text() and "zones" in dialog.summary.text()
    row = [layer.name for layer in preview.layers].index("pipelines")
    dialog.target_combos[row].setCurrentIndex(0)  # leave the 2 gas pipelines out
    assert "pipelines" not in dialog.summary.text().split("left out")[0]
    before = park.snapshot()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert park.snapshot() == before  # the dialog does not edit; the caller's push does
    (command,) = pushed
    assert isinstance(command, ImportCommand)
    CommandStack(park).push(command)
    assert len(park.scenario("base").zones) == command.counts["zones"] > 0


def test_dxf_dialog_asks_for_units_and_crs(qtbot: Any, shared_dir: Path) -> None:
    path = shared_dir / "data" / "dxf" / "lot_plan_bel_air_technical_description_ac1018.dxf"
    preview = inspect_source(path)
    park = _park("EPSG:4550")
    dialog = ImportDialog(preview, park, "base", lambda c: None)
    qtbot.addWidget(dialog)
    assert dialog.units_combo.isEnabled()
    assert dialog.units_combo.currentText() == "millimetres"
    assert dialog.crs_edit.text() == ""  # not assumed (issue 19): the planner chooses
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing mapped yet
    row = [layer.name for layer in preview.layers].index("p09 (areas enclosed by lines)")
    dialog.target_combos[row].setCurrentIndex(dialog.target_combos[row].findData("plots"))
    assert not ok.isEnabled() and "coordinate reference system" in dialog.summary.text()
    dialog.crs_edit.setText("EPSG:4550")
    dialog.refresh()
    # local drawing coordinates in the park's grid land far from it: left out unless insisted
    assert not ok.isEnabled() and "km from the park" in dialog.problems.toPlainText()
    dialog.far_box.setChecked(True)
    assert ok.isEnabled()
    assert "12 plots" in dialog.summary.text()
    dialog.crs_edit.setText("EPSG:99999999")
    dialog.refresh()
    assert not ok.isEnabled() and "coordinate reference system" in dialog.summary.text()


def test_a_drawing_without_crs_or_units_gets_proposals_not_assumptions(
    qtbot: Any, tmp_path: Path
) -> None:
    """Issue 19 (3): negative Krovák coordinates, no GEODATA, no $INSUNITS."""
    import ezdxf
    from shapely.geometry import box

    from ecopark.model import Zone

    doc = ezdxf.new()
    doc.header["$INSUNITS"] = 0
    doc.modelspace().add_lwpolyline(
        [(-743_000, -1_043_000), (-742_900, -1_043_000), (-742_900, -1_042_900)],
        close=True,
        dxfattribs={"layer": "industrial"},
    )
    path = tmp_path / "krovak.dxf"
    doc.saveas(path)
    park = _park("EPSG:4550")
    park.add(
        "base",
        Zone(zone_id="Z1", name="z", kind="lingang_industrial", industrial=True,
             geometry=box(415_000, 4_510_000, 418_000, 4_512_000)),
    )  # fmt: skip
    preview = inspect_source(path)
    dialog = ImportDialog(preview, park, "base", lambda c: None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.units_combo.currentData() is None  # "the drawing does not say: choose"
    assert dialog.crs_edit.text() == ""
    assert not ok.isEnabled()
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData(1.0))
    candidates = dialog.crs_candidates.propose()
    assert "EPSG:5514" in [c.crs for c in candidates]
    combo = dialog.crs_candidates.combo
    combo.activated.emit(combo.findData("EPSG:5514"))
    assert dialog.crs_edit.text() == "EPSG:5514"
    assert not ok.isEnabled()  # Prague is 7,000 km from a park in Liaoning
    dialog.far_box.setChecked(True)
    assert ok.isEnabled()


def test_underlay_dialog_converts_a_jpeg_and_places_it(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from ecopark.commands import SetUnderlays
    from ecopark.ui.dialogs.underlay_dialog import UnderlayDialog

    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    jpeg = tmp_path / "master_plan.jpg"
    assert image.save(str(jpeg), "JPEG")
    park = _park("EPSG:4550")
    pushed: list[Command] = []
    dialog = UnderlayDialog(park, pushed.append)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.load_image(jpeg)
    dialog.set_point(0, 0, 0, 1000, 2000)
    dialog.set_point(1, 200, 0, 1100, 2000)  # 200 px = 100 m: 0.5 m per pixel
    assert ok.isEnabled() and "0.00 m" in dialog.status.text()
    ok.click()
    (command,) = pushed
    assert isinstance(command, SetUnderlays)
    command.redo(park)
    (underlay,) = park.underlays
    assert underlay.image_png.startswith(b"\x89PNG")
    assert underlay.transform == pytest.approx((0.5, 0, 1000, 0, -0.5, 2000))
    assert underlay.opacity == 0.6


def test_planner_maps_a_column_the_proposal_missed(qtbot: Any, tmp_path: Path) -> None:
    """A firm list whose added-value column has a name no synonym knows: the planner picks it
    in the mapping table and the imported firms carry those values."""
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path / "firms.geojson"
    frame = gpd.GeoDataFrame(
        {
            "name": ["Steel works", "Brewery"],
            "sector": ["steel", "brewery"],
            "value_2023": [1200.0, 340.5],
        },
        geometry=[Point(500_100, 4_480_100), Point(500_300, 4_480_200)],
        crs="EPSG:4550",
    )
    frame.to_file(path, driver="GeoJSON")
    preview = inspect_source(path)
    park = _park("EPSG:4550")
    pushed: list[Command] = []
    dialog = ImportDialog(preview, park, "base", pushed.append)
    qtbot.addWidget(dialog)
    dialog.target_combos[0].setCurrentIndex(dialog.target_combos[0].findData("firms"))
    assert dialog.mapping_title.text().startswith("Fields of")
    combo = dialog.mapping_combos["iav_10k_rmb"]
    assert combo.currentData() == ""  # not proposed: "value_2023" means nothing to us
    assert dialog.mapping_combos["name"].currentData() == "name"
    combo.setCurrentIndex(combo.findData("value_2023"))
    assert "iav_10k_rmb ← value_2023" in dialog.mapping_label.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (command,) = pushed
    CommandStack(park).push(command)
    firms = park.scenario("base").firms
    assert sorted(f.iav_10k_rmb for f in firms.values()) == [340.5, 1200.0]
    assert sorted(f.name for f in firms.values()) == ["Brewery", "Steel works"]

    # clearing a mapping leaves the field at its default
    dialog2 = ImportDialog(preview, _park("EPSG:4550"), "base", pushed.append)
    qtbot.addWidget(dialog2)
    dialog2.target_combos[0].setCurrentIndex(dialog2.target_combos[0].findData("firms"))
    name_combo = dialog2.mapping_combos["name"]
    name_combo.setCurrentIndex(0)
    assert "name ← name" not in dialog2.mapping_label.text()
