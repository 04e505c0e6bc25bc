"""A planner's session on the Liaobin demo park, with real mouse clicks on the map:

open the park; draw a new Lingang industrial zone on reclaimed land south of the harbor; place a
firm in it and type its IAV and HP steam demand in the Properties dock; draw an HP steam pipe
from the CHP plant to it. The model, the figures the indicator panel shows and the undo stack
are checked at each step; then everything is undone (the park equals the file as opened), redone,
saved under a new name and reopened.

Hand calculation: the zone is drawn as the rectangle 1,100 m x 450 m = 0.495 km² (corners are
mouse positions, so the drawn area is within a pixel of it); a firm with IAV 60,000 x 10⁴ RMB
gives 6 x 10⁸ RMB / 0.495 km² = 12.1 x 10⁸ RMB/km². The plan's HP steam demand is 165 t/h, all
served by the CHP (capacity 200 t/h); the new firm adds 10 t/h, unserved until its pipe is drawn
(165/175 = 94.3 %), then served from the 35 t/h left (175/175 = 100.0 %).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from shapely.geometry import Point

from ecopark.indicators import evaluate_scenario
from ecopark.model import Firm, Pipeline, Zone
from ecopark.storage import load_park
from ecopark.ui.docks.indicator_common import fmt, fmt_share
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
DEMO = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
Answer = QMessageBox.StandardButton

# The demo park is drawn in a local frame (x east, y north, coast at y = 0) placed at this
# EPSG:4550 origin; checked against the CHP plant below.
ORIGIN = (413_995.0, 4_502_490.0)
CHP_LOCAL = (2_500.0, 1_500.0)
ZONE_LOCAL = [(1_300.0, -600.0), (2_400.0, -600.0), (2_400.0, -150.0), (1_300.0, -150.0)]
FIRM_LOCAL = (1_850.0, -375.0)
NEW_IAV = 60_000.0
NEW_STEAM_TPH = 10.0


def local(x: float, y: float) -> tuple[float, float]:
    return ORIGIN[0] + x, ORIGIN[1] + y


@pytest.fixture
def window(qtbot, prompts) -> MainWindow:
    win = MainWindow(ProjectDocument.open(DEMO), prompts=prompts)
    qtbot.addWidget(win)
    win.resize(1500, 940)
    win.show()
    qtbot.waitExposed(win)
    return win


def click(qtbot, win: MainWindow, xy: tuple[float, float], *, double: bool = False) -> None:
    canvas = win.canvas
    pos = canvas.map_to_view(*xy)
    assert canvas.viewport().rect().contains(pos), f"{xy} is off screen at {pos}"
    qtbot.mouseMove(canvas.viewport(), pos)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:  # a real double-click: a click, then the double-click event at the same place
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def type_into(qtbot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shown_land_output(win: MainWindow, zone_id: str) -> str:
    """The zone's land output as the panel shows it ('' while the zone is not listed yet)."""
    try:
        return win.indicator_panel.zone_land_output_text(zone_id)
    except KeyError:
        return ""


def shown_steam(win: MainWindow) -> str:
    return win.indicator_panel.coverage_text("steam_hp")


def test_draw_zone_firm_and_steam_pipe_then_undo_all_and_save(qtbot, window, tmp_path, monkeypatch):
    doc = window.document
    park, sid = doc.park, doc.scenario_id
    assert sid == "plan2030"
    chp = park.scenario(sid).facilities["FA01"]
    assert (chp.geometry.x, chp.geometry.y) == local(*CHP_LOCAL)
    original = park.snapshot()
    panel = window.indicator_panel
    qtbot.waitUntil(lambda: shown_steam(window) == "100.0 %")

    # the planner zooms to the coast south of the harbor
    window.canvas.set_extent(*local(900, -900), *local(3_000, 1_800))

    # ----- 1. a new Lingang industrial zone, clicked corner by corner -----------------------------
    window.set_zone_kind("lingang_industrial")
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z)  # the Draw zone shortcut
    assert window.canvas.current_tool == "draw_zone"
    for corner in ZONE_LOCAL[:-1]:
        click(qtbot, window, local(*corner))
    click(qtbot, window, local(*ZONE_LOCAL[-1]), double=True)
    zones = park.scenario(sid).zones
    assert set(zones) - set(original["scenarios"][sid]["layers"]["zones"]) == {"Z11"}
    zone: Zone = zones["Z11"]
    assert zone.kind == "lingang_industrial" and zone.industrial
    assert zone.geometry.area == pytest.approx(1_100 * 450, rel=0.02)
    assert doc.undo_stack.count() == 1
    qtbot.waitUntil(lambda: "Z11" in panel.shown_zone_ids())
    assert panel.zone_land_output_text("Z11") == "0.00"

    # ----- 2. a firm in it, its IAV and HP steam demand typed in the Properties dock -------------
    window.tool_actions["place_firm"].trigger()
    click(qtbot, window, local(*FIRM_LOCAL))
    firm_id = "F051"  # the demo numbers firms F001..F050: the scheme goes on
    assert doc.selection == [("firms", firm_id)]
    props = window.properties_dock
    qtbot.waitUntil(lambda: props.header.text().startswith(f"Firm {firm_id}"))
    type_into(qtbot, props.editor("name"), "Lingang new materials")
    type_into(qtbot, props.editor("iav_10k_rmb"), "60000")
    type_into(qtbot, props.editor("steam_hp_demand_tph"), "10")
    firm: Firm = park.scenario(sid).firms[firm_id]
    assert firm.name == "Lingang new materials"
    assert firm.iav_10k_rmb == NEW_IAV and firm.steam_hp_demand_tph == NEW_STEAM_TPH
    assert zone.geometry.contains(firm.geometry)
    assert doc.undo_stack.count() == 5

    area_km2 = zone.geometry.area / 1e6
    expected_lo = NEW_IAV / 1e4 / area_km2
    assert expected_lo == pytest.approx(6 / 0.495, rel=0.02)  # 12.1
    qtbot.waitUntil(lambda: shown_land_output(window, "Z11") == fmt(expected_lo))
    assert panel.zone_verdict_text("Z11") == "pass"
    # 165 of 175 t/h served until the pipe exists
    qtbot.waitUntil(lambda: shown_steam(window) == fmt_share(165 / 175))
    assert shown_steam(window) == "94.3 %"
    reference = evaluate_scenario(park, sid).coverage.media["steam_hp"]
    assert reference.served_by_firm[firm_id] == 0

    # ----- 3. an HP steam pipe from the CHP plant to the firm ------------------------------------
    window.set_medium("steam_hp")
    qtbot.keyClick(window.canvas, Qt.Key.Key_P)  # the Draw pipeline shortcut
    assert window.canvas.current_tool == "draw_pipeline"
    click(qtbot, window, local(*CHP_LOCAL))
    click(qtbot, window, (firm.geometry.x, firm.geometry.y), double=True)
    new_pipes = [
        p
        for pid, p in park.scenario(sid).layers["pipelines"].items()
        if pid not in original["scenarios"][sid]["layers"]["pipelines"]
    ]
    assert len(new_pipes) == 1
    pipe = new_pipes[0]
    assert isinstance(pipe, Pipeline)
    assert pipe.medium == "steam_hp" and pipe.status == "planned"
    start, end = Point(pipe.geometry.coords[0]), Point(pipe.geometry.coords[-1])
    assert start.distance(chp.geometry) < 5.0  # snapped onto the CHP (or its HP pipe end)
    assert end.equals(firm.geometry)  # snapped onto the firm
    qtbot.waitUntil(lambda: shown_steam(window) == "100.0 %")
    reference = evaluate_scenario(park, sid).coverage.media["steam_hp"]
    assert reference.served_by_firm[firm_id] == NEW_STEAM_TPH
    assert (reference.demand, reference.served) == (175.0, 175.0)

    # ----- the undo stack holds the five edits, in order -----------------------------------------
    stack = doc.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == [
        "Draw zone Z11 (Lingang industrial area)",
        f"Place firm {firm_id}",
        f"Set name of firm {firm_id} (Lingang new materials)",
        f"Set industrial added value of firm {firm_id} (Lingang new materials)",
        f"Set HP steam demand of firm {firm_id} (Lingang new materials)",
        f"Draw HP steam pipeline {pipe.pipeline_id}",
    ]
    assert window.isWindowModified()
    edited = park.snapshot()

    # ----- undo everything: the park is the file as opened --------------------------------------
    for _ in range(stack.count()):
        window.undo_action.trigger()
    assert park.snapshot() == original
    assert not window.isWindowModified()
    qtbot.waitUntil(lambda: "Z11" not in panel.shown_zone_ids())
    assert shown_steam(window) == "100.0 %"

    # ----- redo, save under a new name, reopen ---------------------------------------------------
    for _ in range(stack.count()):
        window.redo_action.trigger()
    assert park.snapshot() == edited
    qtbot.waitUntil(lambda: shown_land_output(window, "Z11") == fmt(expected_lo))
    saved = tmp_path / "liaobin_with_new_zone.gpkg"
    window.prompts.save_path = lambda: str(saved)
    assert window.files.save_as()
    assert not window.isWindowModified()
    assert load_park(DEMO).snapshot() == original  # the demo file itself is untouched

    window.prompts.open_path = lambda: str(saved)
    assert window.files.open_interactive()
    reopened = window.document
    assert reopened is not doc and reopened.path == saved
    assert reopened.park.snapshot() == edited
    qtbot.waitUntil(lambda: shown_land_output(window, "Z11") == fmt(expected_lo))
    assert shown_steam(window) == "100.0 %"
