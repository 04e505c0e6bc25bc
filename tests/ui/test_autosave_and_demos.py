"""No copies left behind, no installed file edited: autosave copies go after a successful save
and a clean close; a demo park opened from the start page is the planner's copy in their
documents folder (here a tmp folder), so the installed file and its folder stay untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ecopark.commands import ReplaceObjects
from ecopark.storage import load_park, save_park
from ecopark.ui.main_window import MainWindow
from ecopark.ui.start_page import LAYOUTS_ENV, StartPage
from parks import tiny_park


def _edit(win: MainWindow, value: float) -> None:
    doc = win.document
    firm = doc.scenario.firms["F1"]
    assert doc.push(ReplaceObjects(doc.scenario_id, [firm.with_changes(iav_10k_rmb=value)]))


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_successful_save_removes_the_autosave_copy(window, project):
    _edit(window, 99_000)
    copy = window.autosave()
    assert copy == project.with_name("tiny.autosave.gpkg") and copy.exists()
    assert window.files.save()
    assert not copy.exists()
    assert load_park(project).scenario("base").firms["F1"].iav_10k_rmb == 99_000


def test_a_clean_close_removes_the_autosave_copy_even_when_discarding(window, project):
    _edit(window, 99_000)
    copy = window.autosave()
    assert copy.exists()
    assert window.close()  # the prompts answer "Discard"
    assert not copy.exists()
    assert load_park(project).scenario("base").firms["F1"].iav_10k_rmb == 45_000
    assert sorted(p.name for p in project.parent.iterdir()) == ["settings", "tiny.gpkg"]


def test_an_autosave_left_by_an_earlier_session_is_not_deleted(window, project):
    earlier = project.with_name("tiny.autosave.gpkg")
    save_park(tiny_park(), earlier)  # a crash copy: it may hold what the file lacks
    assert window.close()
    assert earlier.exists()


@pytest.fixture
def demos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "install" / "layouts"
    folder.mkdir(parents=True)
    save_park(tiny_park("Liaobin coastal"), folder / "liaobin_coastal.gpkg")
    monkeypatch.setenv(LAYOUTS_ENV, str(folder))
    return folder


def _open_demo(page: StartPage) -> Path:
    opened: list[str] = []
    page.open_requested.connect(opened.append)
    page.demo_list.itemActivated.emit(page.demo_list.item(0))
    (path,) = opened
    return Path(path)


def test_a_demo_opens_as_a_copy_in_the_documents_folder(qtbot, tmp_path, demos):
    page = StartPage()
    qtbot.addWidget(page)
    page.documents_folder = tmp_path / "Documents" / "EcoPark"
    installed = _digest(demos)
    first = _open_demo(page)
    assert first == page.documents_folder / "liaobin_coastal.gpkg"
    assert first.read_bytes() == (demos / "liaobin_coastal.gpkg").read_bytes()
    assert _open_demo(page) == first, "an unchanged copy is reused"
    save_park(tiny_park("edited"), first)  # the planner has worked in it
    second = _open_demo(page)
    assert second.name == "liaobin_coastal (2).gpkg"
    assert load_park(first).name == "edited", "the planner's copy is never overwritten"
    assert _digest(demos) == installed


def test_editing_a_demo_from_the_start_page_writes_nothing_in_the_install_folder(
    qtbot, tmp_path, demos
):
    from ecopark.ui.app import Launcher

    installed = _digest(demos)
    launcher = Launcher()
    page = launcher.show_start_page()
    qtbot.addWidget(page)
    page.documents_folder = tmp_path / "docs"
    page.demo_list.itemActivated.emit(page.demo_list.item(0))
    (win,) = launcher.windows
    qtbot.addWidget(win)
    assert win.document.path == tmp_path / "docs" / "liaobin_coastal.gpkg"
    _edit(win, 12_345)
    assert win.autosave().parent == tmp_path / "docs"
    assert win.files.save()
    assert _digest(demos) == installed
    assert sorted(p.name for p in (tmp_path / "docs").iterdir() if "autosave" in p.name) == []
