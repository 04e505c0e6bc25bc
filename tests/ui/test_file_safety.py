"""Issue 19 in the window: saving over a file another program changed, recovering a journal of
an older file version, and the rows that need attention. Dialogs are stubbed; the other
program is SQLite writing the same file (as QGIS does)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ecopark.commands import ReplaceObjects
from ecopark.storage import load_park, save_park
from ecopark.storage.journal import Journal, journal_path
from ecopark.ui import settings as ui_settings
from ecopark.ui.dialogs import file_changed, recovery
from ecopark.ui.dialogs.attention_dialog import NeedsAttentionDialog
from ecopark.ui.main_window import MainWindow, load_document
from factories import small_park
from outside_writer import outside_edit
from prompts import ScriptedPrompts

pytestmark = pytest.mark.gui
Answer = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch) -> list[str]:
    ui_settings.isolate_settings(tmp_path / "settings")
    shown: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "park.gpkg"
    save_park(small_park(), path)
    return path


def _window(qtbot, path: Path, monkeypatch) -> MainWindow:
    win = MainWindow(load_document(path), prompts=ScriptedPrompts())
    qtbot.addWidget(win)
    win.show()
    return win


def _rename_in_qgis(path: Path) -> None:
    with outside_edit(path) as con:
        con.execute("UPDATE firms SET name = 'QGIS' WHERE firm_id = 'F2' AND scenario_id = 'base'")


def _edit(win: MainWindow) -> None:
    doc = win.document
    firm = doc.park.scenario("base").firms["F1"]
    assert doc.push(ReplaceObjects("base", [firm.with_changes(iav_10k_rmb=12_345.0)]))


def test_save_over_a_changed_file_reloads_and_reapplies(qtbot, project, monkeypatch, _isolated):
    win = _window(qtbot, project, monkeypatch)
    _edit(win)
    _rename_in_qgis(project)
    asked: list[Path] = []
    monkeypatch.setattr(
        file_changed, "ask_choice", lambda parent, target: asked.append(target) or "reload"
    )
    assert not win.files.save()  # not saved: the planner reviews the merge first
    assert asked == [project]
    park = win.document.park
    assert park.scenario("base").firms["F2"].name == "QGIS"  # theirs kept
    assert park.scenario("base").firms["F1"].iav_10k_rmb == 12_345.0  # ours re-applied
    assert win.isWindowModified() and journal_path(project).exists()
    assert any("re-applied" in text for text in _isolated)
    assert win.files.save()  # the file is now what the window last read: saved without a question
    again = load_park(project).scenario("base")
    assert again.firms["F2"].name == "QGIS" and again.firms["F1"].iav_10k_rmb == 12_345.0
    assert Journal.pending(project) == 0


def test_overwrite_on_purpose(qtbot, project, monkeypatch):
    win = _window(qtbot, project, monkeypatch)
    _edit(win)
    _rename_in_qgis(project)
    monkeypatch.setattr(file_changed, "ask_choice", lambda parent, target: "overwrite")
    assert win.files.save()
    assert load_park(project).scenario("base").firms["F2"].name != "QGIS"


def test_cancel_leaves_both_the_file_and_the_edits(qtbot, project, monkeypatch):
    win = _window(qtbot, project, monkeypatch)
    _edit(win)
    _rename_in_qgis(project)
    before = project.read_bytes()
    monkeypatch.setattr(file_changed, "ask_choice", lambda parent, target: "cancel")
    assert not win.files.save()
    assert project.read_bytes() == before and win.isWindowModified()


def test_a_journal_of_an_older_file_version_is_merged_on_open(
    qtbot, project, monkeypatch, _isolated
):
    win = _window(qtbot, project, monkeypatch)
    _edit(win)
    win.recovery.journal.journal.close()  # the session dies (no save)
    _rename_in_qgis(project)
    monkeypatch.setattr(recovery, "ask_merge", lambda parent, path, status: "merge")
    again = _window(qtbot, project, monkeypatch)
    park = again.document.park
    assert park.scenario("base").firms["F1"].iav_10k_rmb == 12_345.0
    assert park.scenario("base").firms["F2"].name == "QGIS"
    assert again.isWindowModified() and journal_path(project).exists()
    assert any("merged" in text for text in _isolated)


def test_deciding_later_keeps_the_journal(qtbot, project, monkeypatch):
    win = _window(qtbot, project, monkeypatch)
    _edit(win)
    win.recovery.journal.journal.close()
    _rename_in_qgis(project)
    monkeypatch.setattr(recovery, "ask_merge", lambda parent, path, status: "later")
    again = _window(qtbot, project, monkeypatch)
    assert again.document.park.scenario("base").firms["F1"].iav_10k_rmb != 12_345.0
    assert not journal_path(project).exists()
    again.close()
    seen: list[int] = []
    monkeypatch.setattr(
        recovery, "ask_merge", lambda parent, path, status: seen.append(status.records) or "later"
    )
    _window(qtbot, project, monkeypatch)  # offered again at the next open
    assert seen == [1]


def _opened_in_window(qtbot, project: Path, monkeypatch) -> MainWindow:
    """File > Open of a project with unreadable rows (the list shows over the window)."""
    other = project.with_name("other.gpkg")
    save_park(small_park(), other)
    win = _window(qtbot, other, monkeypatch)
    assert win.files.open_path(project)
    return win


def test_rows_that_need_attention_are_listed_and_deleted_with_undo(qtbot, project, monkeypatch):
    with outside_edit(project) as con:
        con.execute("UPDATE firms SET iav_10k_rmb = '12 万' WHERE firm_id = 'F2'")
    win = _opened_in_window(qtbot, project, monkeypatch)
    dialogs = win.findChildren(NeedsAttentionDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    texts = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert "'12 万'" in texts
    count = len(win.document.park.needs_attention)
    dialog.table.selectRow(texts.index("'12 万'"))
    dialog.delete_selected()
    assert len(win.document.park.needs_attention) == count - 1
    win.undo_action.trigger()
    assert len(win.document.park.needs_attention) == count


def test_a_row_is_fixed_into_an_object(qtbot, project, monkeypatch):
    with outside_edit(project) as con:
        con.execute(
            "UPDATE firms SET iav_10k_rmb = '12 万' WHERE firm_id = 'F1' AND scenario_id = 'base'"
        )
    win = _opened_in_window(qtbot, project, monkeypatch)
    [dialog] = win.findChildren(NeedsAttentionDialog)
    row = next(r for r in win.document.park.needs_attention if r.layer == "firms")
    monkeypatch.setattr(dialog, "ask_value", lambda row, field, shown: "120000")
    dialog.table.selectRow(0)
    dialog.fix_selected()
    assert win.document.park.scenario("base").firms["F1"].iav_10k_rmb == 120_000.0
    assert row not in win.document.park.needs_attention
