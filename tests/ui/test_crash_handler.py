"""Unhandled GUI exceptions: dialog, trace in a log file, autosave, app keeps running; and the
recovery question when a project has a crash journal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ecopark.commands import AddObjects, CommandStack
from ecopark.storage import load_park, save_park
from ecopark.storage.journal import Journal, journal_path
from ecopark.ui.crash_handler import install_exception_hook
from ecopark.ui.dialogs.recovery import offer_recovery
from factories import full_firm, small_park

pytestmark = pytest.mark.gui


class Window(QWidget):
    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        self.autosaves = 0

    def autosave(self) -> Path:
        self.autosaves += 1
        path = self.folder / "autosave.gpkg"
        path.write_text("saved")
        return path


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(parent: Any, title: str, text: str, *args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def test_an_exception_in_a_slot_is_reported_logged_autosaved_and_the_app_goes_on(
    qtbot: Any, tmp_path: Path, dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = Window(tmp_path)
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    hook = install_exception_hook(lambda: window, log_dir=tmp_path / "logs")
    assert sys.excepthook is hook

    def broken_slot() -> None:
        raise RuntimeError("the canvas lost its layer")

    later: list[str] = []
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(5, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"])
    assert len(dialogs) == 1
    assert "RuntimeError: the canvas lost its layer" in dialogs[0]
    assert hook.last_log is not None and hook.last_log.parent == tmp_path / "logs"
    trace = hook.last_log.read_text()
    assert "Traceback" in trace and "broken_slot" in trace
    assert window.autosaves == 1 and str(tmp_path / "autosave.gpkg") in dialogs[0]


def test_a_failing_autosave_is_reported_not_raised(
    qtbot: Any, tmp_path: Path, dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken(QWidget):
        def autosave(self) -> Path:
            raise OSError("disk full")

    window = Broken()
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_exception_hook(lambda: window, log_dir=tmp_path)
    try:
        raise ValueError("bad")
    except ValueError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert "automatic save failed (disk full)" in dialogs[0]


def _crashed_project(tmp_path: Path) -> Path:
    path = tmp_path / "p.gpkg"
    park = small_park()
    save_park(park, path)
    stack = CommandStack(park)
    journal = Journal(path)
    journal.attach(stack)
    stack.push(AddObjects("base", [full_firm("F9", 10, 10)]))
    stack.push(AddObjects("base", [full_firm("F10", 20, 10)]))
    stack.undo()
    journal.close()  # the process "dies" here without saving
    return path


def test_recovery_replays_the_journal_when_accepted(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _crashed_project(tmp_path)
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    park = load_park(path)
    report = offer_recovery(None, path, park)
    assert report is not None and report.replayed == 3
    assert "3 unsaved edit(s)" in asked[0] and "p.gpkg" in asked[0]
    assert "F9" in park.scenario("base").firms and "F10" not in park.scenario("base").firms


def test_declining_recovery_discards_the_journal(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _crashed_project(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    park = load_park(path)
    before = park.snapshot()
    assert offer_recovery(None, path, park) is None
    assert park.snapshot() == before
    assert not journal_path(path).exists()
