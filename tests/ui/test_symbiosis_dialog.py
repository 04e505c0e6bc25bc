"""Tools > Symbiosis network…: the planner sees the flow diagram, ranks withdrawals, looks at
one what-if and accepts a suggestion that undo takes back (parks of docs/symbiosis.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ecopark.ui.dialogs.symbiosis_dialog import SymbiosisDialog
from ecopark.ui.document import ProjectDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "symbiosis"))
from sym_parks import suggestion_park, withdrawal_park  # noqa: E402

pytestmark = pytest.mark.gui


def _table_text(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_withdrawal_ranking_and_what_if(qtbot) -> None:
    doc = ProjectDocument(withdrawal_park())
    d = SymbiosisDialog(doc)
    qtbot.addWidget(d)
    assert _table_text(d.withdrawal_table, 1) == ["S", "H", "F3", "F2", "F1"]
    assert d.base_view.sankey is not None and not d.base_view.sankey.empty
    d.withdrawal_table.selectRow(0)
    assert "F1, F2" in d.whatif_label.text()
    labels = _table_text(d.whatif_table, 0)
    assert "Coverage, steam_mp" in labels and "Land output" in labels


def test_accept_suggestion_then_undo(qtbot) -> None:
    doc = ProjectDocument(suggestion_park())
    before = doc.park.snapshot()
    d = SymbiosisDialog(doc)
    qtbot.addWidget(d)
    row = next(i for i, s in enumerate(d.proposals) if s.medium == "steam_lp")
    d.suggestion_table.selectRow(row)
    d.accept_button.click()
    sc = doc.park.scenario("plan")
    assert len(sc.exchanges) == 1 and len(sc.layers["pipelines"]) >= 1
    assert doc.undo_stack.count() == 1
    assert all(s.medium is None for s in d.proposals)  # refreshed: the pair exchanges now
    doc.undo_stack.undo()
    assert doc.park.snapshot() == before


def test_export_diagram_files(qtbot, tmp_path: Path) -> None:
    from ecopark.export.sankey import export_sankey

    park = withdrawal_park()
    for suffix in ("png", "svg", "pdf"):
        out = export_sankey(park, ["plan"], tmp_path / f"s.{suffix}")
        assert out.stat().st_size > 1000
    assert b"<svg" in (tmp_path / "s.svg").read_bytes()[:400]
    assert (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"


def test_presentation_shows_the_flow_diagram_on_f(qtbot) -> None:
    from PySide6.QtCore import Qt

    from ecopark.ui.presentation import PresentationWindow

    doc = ProjectDocument(withdrawal_park())
    w = PresentationWindow(doc)
    qtbot.addWidget(w)
    w.show()
    assert not w.flows.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_F)
    assert w.flows.isVisible() and w.flows.scenario_ids == ["plan"]
    assert w.flows.views[0].sankey is not None and len(w.flows.views[0].sankey.bands) == 4
    qtbot.keyClick(w, Qt.Key.Key_F)
    assert not w.flows.isVisible()
    w.close()
