"""Optimise placement and Route pipelines dialogs: worker thread, progress, cancel, accept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from shapely.geometry import LineString, Point, box

from ecopark.commands import RemoveObjects
from ecopark.model import (
    Corridor,
    Exchange,
    Facility,
    Firm,
    Park,
    Pipeline,
    Plot,
    ScenarioInfo,
    Zone,
)
from ecopark.optimise.placement import PlacementProposal
from ecopark.optimise.routing import RoutingProposal
from ecopark.storage import load_park
from ecopark.ui.dialogs.optimise_dialogs import (
    OptimisePlacementDialog,
    RoutePipelinesDialog,
    install_optimise_actions,
)
from ecopark.ui.document import ProjectDocument

pytestmark = pytest.mark.gui

DEMO = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
SID = "plan"
WAIT_MS = 20_000


def _park(chain: int = 0) -> Park:
    """A 2 x 2 km park on a 1 km road grid: a CHP plant south of the grid, two MP steam users,
    three plots on the south road; firm A (5 km north) exchanges with the CHP plant.

    ``chain`` > 0 adds that many more plots and firms linked in a chain (a placement too large
    to enumerate, so the tabu search runs until its time limit or Cancel)."""
    park = Park("对话框测试 dialog test", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SID, name="规划", kind="plan", year=2030))
    park.add(
        SID,
        Zone(
            zone_id="Z1",
            name="临港工业区",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(-1000, -1000, 3000 + 1000 * chain, 6000),
        ),
    )
    for k, y in enumerate((0, 1000, 2000)):
        park.add(SID, Corridor(corridor_id=f"H{k}", geometry=LineString([(0, y), (2000, y)])))
    for k, x in enumerate((0, 1000, 2000)):
        park.add(SID, Corridor(corridor_id=f"V{k}", geometry=LineString([(x, 0), (x, 2000)])))
    park.add(
        SID,
        Facility(
            facility_id="CHP",
            name="热电厂",
            kind="chp",
            geometry=Point(0, -100),
            steam_mp_capacity_tph=100.0,
        ),
    )
    for fid, x, y in (("D1", 2100, 2000), ("D2", 1000, 2100)):
        park.add(
            SID,
            Firm(firm_id=fid, name=fid, geometry=Point(x, y), steam_mp_demand_tph=10.0),
        )
    for k, x in enumerate((0, 1000, 2000)):
        park.add(SID, Plot(plot_id=f"L{k}", geometry=box(x - 100, -600, x + 100, -400)))
    park.add(SID, Firm(firm_id="A", name="A", sector="equipment", geometry=Point(1000, 5000)))
    park.add(
        SID,
        Exchange(
            exchange_id="E1", from_id="CHP", to_id="A", material="steam", quantity=1.0, unit="t/h"
        ),
    )
    for k in range(chain):
        fid = f"C{k}"
        park.add(SID, Plot(plot_id=f"M{k}", geometry=box(1000 * k, 3000, 1000 * k + 200, 3200)))
        park.add(SID, Firm(firm_id=fid, name=fid, geometry=Point(1000 * k + 100, 5500)))
        partner = "A" if k == 0 else f"C{k - 1}"
        park.add(
            SID,
            Exchange(
                exchange_id=f"X{k}", from_id=partner, to_id=fid, material="m", quantity=10.0 * k + 1
            ),
        )
    return park


def _document(qtbot: Any, park: Park) -> ProjectDocument:
    document = ProjectDocument(park)
    document.switch_scenario(SID)
    return document


def _dialog(qtbot: Any, cls: type, document: ProjectDocument, seconds: float) -> Any:
    dialog = cls(document)
    qtbot.addWidget(dialog)
    dialog.seconds.setValue(seconds)
    dialog.seed.setValue(1)
    return dialog


def test_placement_runs_and_accept_is_one_undo_step(qtbot: Any) -> None:
    park = _park()
    document = _document(qtbot, park)
    snapshot = park.snapshot()
    dialog = _dialog(qtbot, OptimisePlacementDialog, document, 0.3)
    dialog.set_zone("Z1")
    assert dialog.chosen_firms() == ["A"]  # the zone's firms with exchanges (CHP is fixed)
    progress: list[float] = []
    dialog.progressed.connect(progress.append)
    with qtbot.waitSignal(dialog.run_finished, timeout=WAIT_MS) as blocker:
        dialog.run_button.click()
        assert dialog.running and not dialog.run_button.isEnabled()
    outcome = blocker.args[0]
    assert isinstance(outcome.proposal, PlacementProposal)
    assert not dialog.running and progress and dialog.progress.value() == 1000
    # A moves next to the CHP plant: to L0 at (0, -500), 400 m from it.
    assert outcome.proposal.moves["A"][2] == "L0"
    assert dialog.table.rowCount() >= 5
    assert dialog.table.item(0, 2).text() == f"{8000 * 0.4:,.0f}"  # 8,000 t/a x 0.4 km
    assert park.snapshot() == snapshot  # nothing applied before Accept
    assert dialog.accept_button.isEnabled()
    dialog.accept_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert document.undo_stack.count() == 1
    assert park.scenario(SID).firms["A"].geometry.equals(Point(0, -500))
    document.undo_stack.undo()
    assert park.snapshot() == snapshot


def test_routing_runs_and_accept_adds_the_pipes(qtbot: Any) -> None:
    park = _park()
    document = _document(qtbot, park)
    snapshot = park.snapshot()
    dialog = _dialog(qtbot, RoutePipelinesDialog, document, 0.3)
    dialog.set_medium("steam_mp")
    dialog.diameter.setValue(300)
    with qtbot.waitSignal(dialog.run_finished, timeout=WAIT_MS) as blocker:
        dialog.run_button.click()
    proposal = blocker.args[0].proposal
    assert isinstance(proposal, RoutingProposal)
    assert proposal.length_m == pytest.approx(4300.0)  # see tests/optimise/test_routing.py
    cells = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
        for r in range(dialog.table.rowCount())
    }
    assert cells["New pipe length (m)"] == "4,300"
    assert any(k.startswith("Coverage, ") and v == "100.0 %" for k, v in cells.items())
    dialog.accept_button.click()
    assert document.undo_stack.count() == 1
    pipes = park.scenario(SID).layers["pipelines"]
    assert len(pipes) == len(proposal.pipelines)
    assert sum(p.length_m for p in pipes.values() if isinstance(p, Pipeline)) == pytest.approx(
        4300.0
    )
    document.undo_stack.undo()
    assert park.snapshot() == snapshot
    document.undo_stack.redo()
    assert len(park.scenario(SID).layers["pipelines"]) == len(proposal.pipelines)


def test_cancel_mid_run_gives_the_best_layout_so_far(qtbot: Any) -> None:
    park = _park(chain=9)
    document = _document(qtbot, park)
    snapshot = park.snapshot()
    dialog = _dialog(qtbot, OptimisePlacementDialog, document, 300.0)
    dialog.set_firms(["A", *[f"C{k}" for k in range(9)]])
    with qtbot.waitSignal(dialog.progressed, timeout=WAIT_MS):
        dialog.run_button.click()
    assert dialog.running and dialog.cancel_button.isEnabled()
    # progress names the best objective so far and its distance to the Gilmore-Lawler bound
    assert dialog.best.text().startswith("Best objective so far: ")
    assert "above the lower bound" in dialog.best.text()
    with qtbot.waitSignal(dialog.run_finished, timeout=WAIT_MS) as blocker:
        dialog.cancel_button.click()
    proposal = blocker.args[0].proposal
    assert proposal.cancelled
    assert dialog.lower_bound is not None
    assert 0 < dialog.lower_bound <= proposal.result.cost
    assert proposal.cost_after <= proposal.cost_before
    assert not dialog.running and dialog.run_button.isEnabled()
    assert "best result found so far" in dialog.status.text() or not proposal.moves
    assert park.snapshot() == snapshot
    dialog.discard_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert park.snapshot() == snapshot and document.undo_stack.count() == 0


def test_discard_and_closing_while_running_change_nothing(qtbot: Any) -> None:
    park = _park()
    document = _document(qtbot, park)
    snapshot = park.snapshot()
    dialog = _dialog(qtbot, RoutePipelinesDialog, document, 0.2)
    dialog.set_medium("steam_mp")
    with qtbot.waitSignal(dialog.run_finished, timeout=WAIT_MS):
        dialog.run_button.click()
    dialog.discard_button.click()
    assert park.snapshot() == snapshot and document.undo_stack.count() == 0

    busy_park = _park(chain=9)
    busy_snapshot = busy_park.snapshot()
    running = _dialog(qtbot, OptimisePlacementDialog, _document(qtbot, busy_park), 300.0)
    running.set_firms(["A", *[f"C{k}" for k in range(9)]])
    with qtbot.waitSignal(running.progressed, timeout=WAIT_MS):
        running.run_button.click()
    running.reject()  # closing stops the solver and waits for the worker thread
    assert running.control is not None and running.control.should_stop()
    qtbot.waitUntil(lambda: not running.running, timeout=WAIT_MS)
    assert running.result() == QDialog.DialogCode.Rejected
    assert busy_park.snapshot() == busy_snapshot


def test_bad_options_are_reported_without_a_run(qtbot: Any) -> None:
    park = _park()
    document = _document(qtbot, park)
    dialog = _dialog(qtbot, OptimisePlacementDialog, document, 0.2)
    dialog.set_firms([])
    with qtbot.waitSignal(dialog.run_failed, timeout=WAIT_MS) as blocker:
        dialog.run_button.click()
    assert "firm" in blocker.args[0] and not dialog.running
    corridors = list(park.scenario(SID).layers["corridors"])
    RemoveObjects(SID, [("corridors", cid) for cid in corridors]).redo(park)
    routing = _dialog(qtbot, RoutePipelinesDialog, document, 0.2)
    with qtbot.waitSignal(routing.run_failed, timeout=WAIT_MS) as blocker:
        routing.run_button.click()
    assert "no corridors" in blocker.args[0]
    assert "no corridors" in routing.status.text()


def test_menu_entries(qtbot: Any) -> None:
    class Window(QMainWindow):
        def __init__(self) -> None:
            super().__init__()
            self.document = ProjectDocument(_park())
            self.added: list[tuple[str, QAction]] = []

        def add_action(self, menu: str, action: QAction) -> QAction:
            self.added.append((menu, action))
            return action

    window = Window()
    qtbot.addWidget(window)
    actions = install_optimise_actions(window)
    assert [m for m, _ in window.added] == ["Optimise", "Optimise"]
    assert set(actions) == {"optimise_placement", "route_pipelines"}
    assert actions["route_pipelines"].text() == "Route pipelines…"


def test_demo_park_route_mp_steam(qtbot: Any) -> None:
    park = load_park(DEMO)
    document = ProjectDocument(park)
    document.switch_scenario("plan2030")
    before = len(park.scenario("plan2030").layers["pipelines"])
    dialog = RoutePipelinesDialog(document)
    qtbot.addWidget(dialog)
    dialog.set_medium("steam_mp")
    dialog.seconds.setValue(0.3)
    with qtbot.waitSignal(dialog.run_finished, timeout=WAIT_MS) as blocker:
        dialog.run_button.click()
    proposal = blocker.args[0].proposal
    assert proposal.unreached == [] and proposal.pipelines
    assert blocker.args[0].after.coverage["steam_mp"] == pytest.approx(1.0)
    dialog.accept_button.click()
    assert len(park.scenario("plan2030").layers["pipelines"]) == before + len(proposal.pipelines)
    assert document.undo_stack.count() == 1


def test_a_dropped_dialog_and_document_are_collected_without_crashing(qtbot: Any) -> None:
    """After an accepted run the document's undo stack holds the optimiser's command; when the
    planner's document is dropped the garbage collector frees it with its stack. This used to
    abort the process (the stack deleted a command the collector had already freed)."""
    import gc
    import weakref

    from PySide6.QtCore import QEvent

    document = _document(qtbot, _park())
    dialog = _dialog(qtbot, OptimisePlacementDialog, document, 0.2)
    dialog.set_zone("Z1")
    with qtbot.waitSignal(dialog.run_finished, timeout=WAIT_MS):
        dialog.run_button.click()
    dialog.accept_button.click()
    assert document.undo_stack.count() == 1
    alive = weakref.ref(document)
    dialog.deleteLater()
    del dialog, document
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert alive() is None
