"""Fixtures of the GUI tests: the document over :func:`parks.ui_park`, a map canvas shown
offscreen, and no real dialogs (any modal dialog fails the test instead of blocking)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from ecopark.storage import save_park
from parks import REPO, tiny_park, ui_park
from prompts import ScriptedPrompts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _dialogs_fail(no_real_dialogs) -> None:
    """Every GUI test runs with settings in a throw-away folder and no real dialogs."""


@pytest.fixture(scope="session")
def compiled_catalogue() -> Path:
    """The .qm is build output: compile it (fast, idempotent) if a checkout has none yet."""
    from ecopark.ui import i18n

    done = subprocess.run(
        [str(REPO / "installer" / "build_translations.sh")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return i18n.catalog_path("zh_CN")


@pytest.fixture
def chinese(qapp, compiled_catalogue):
    """The UI in Chinese for one test (settings are already isolated), English afterwards."""
    from ecopark.ui import i18n

    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    yield qapp
    i18n.install_translator(qapp, "en")


@pytest.fixture
def park_factory():
    """Build a fresh copy of :func:`ui_park` (call it; tests may change what they get)."""
    return ui_park


@pytest.fixture
def document(qtbot):
    from ecopark.ui.document import ProjectDocument

    doc = ProjectDocument(ui_park())
    yield doc
    doc.close()


@pytest.fixture
def canvas(qtbot, document):
    """A map canvas over ``document``, 800 x 600, shown offscreen and zoomed to the park."""
    from ecopark.ui.canvas.map_canvas import MapCanvas

    c = MapCanvas(document)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_to_extent()
    return c


@pytest.fixture
def tools(canvas):
    """The tool manager of ``canvas`` (the Select tool active; an exchange or a delete prompt
    fails)."""
    from ecopark.ui.tools.manager import ToolManager

    manager = ToolManager(canvas, canvas)
    manager.exchange_prompt = lambda source, target: pytest.fail("unexpected exchange prompt")
    manager.delete_prompt = lambda what, impact: pytest.fail("unexpected delete prompt")
    return manager


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """:func:`parks.tiny_park` saved to a file."""
    path = tmp_path / "tiny.gpkg"
    save_park(tiny_park(), path)
    return path


@pytest.fixture
def window(qtbot, project: Path, prompts):
    """The main window on :func:`project`, shown, asking through ``prompts`` (an error dialog
    fails the test, closing discards unsaved changes)."""
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow

    win = MainWindow(ProjectDocument.open(project), prompts=prompts)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()
