"""Starting the map editor: ``ecopark FILE.gpkg`` opens the project, ``ecopark`` alone shows the
start page (recent projects, demo parks, new, open).

``--screenshot PNG`` renders the main window once the project is drawn and exits: the README
screenshot and the installer's self-test use it under Xvfb. Settings then live in a throw-away
folder (or in ``ECOPARK_SETTINGS_DIR``) so the picture shows the default layout.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ecopark.model import EcoParkError
from ecopark.storage import atomic_target
from ecopark.ui.crash_handler import install_exception_hook
from ecopark.ui.dialogs.new_park import NewParkDialog, create_park
from ecopark.ui.document import ProjectDocument
from ecopark.ui.main_window import MainWindow, load_document
from ecopark.ui.settings import (
    APPLICATION,
    ORGANISATION,
    SETTINGS_DIR_ENV,
    add_recent_file,
    isolate_from_environment,
    isolate_settings,
)
from ecopark.ui.start_page import StartPage

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecopark", description="EcoPark Planner map editor", add_help=True
    )
    parser.add_argument("file", nargs="?", help="project file (.gpkg) to open")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="render the main window with FILE to this PNG once drawn, then exit",
    )
    parser.add_argument(
        "--size",
        default="1600x1000",
        metavar="WxH",
        help="window size for --screenshot (default 1600x1000)",
    )
    return parser


def parse_size(text: str) -> QSize:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise EcoParkError(f"--size {text!r} must look like 1600x1000") from None
    if w < 400 or h < 300:
        raise EcoParkError(f"--size {text!r} is too small (at least 400x300)")
    return QSize(w, h)


class Launcher(QObject):
    """Keeps the start page and the open windows alive and opens projects for them."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[MainWindow] = []
        self.start_page: StartPage | None = None

    def show_start_page(self) -> StartPage:
        page = StartPage()
        page.open_requested.connect(self._open_from_start_page)
        page.new_requested.connect(self._new_from_start_page)
        self.start_page = page
        page.show()
        return page

    def _close_start_page(self) -> None:
        page = self.start_page
        self.start_page = None
        if page is not None:
            page.close()

    def open_window(self, path: str | Path) -> MainWindow:
        """A main window on the project at ``path``; raises EcoParkError/OSError if unreadable."""
        document = load_document(path)
        add_recent_file(path)
        return self._show(document)

    def _show(self, document: ProjectDocument) -> MainWindow:
        window = MainWindow(document)
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.show()
        window.canvas.zoom_to_extent()
        return window

    def active_window(self) -> MainWindow | None:
        """The window an error most likely concerns (for the crash handler's autosave)."""
        active = QApplication.activeWindow()
        if isinstance(active, MainWindow):
            return active
        return self.windows[-1] if self.windows else None

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _open_from_start_page(self, path: str) -> None:
        try:
            self.open_window(path)
        except (EcoParkError, OSError) as exc:
            QMessageBox.warning(
                self.start_page,
                APPLICATION,
                QCoreApplication.translate("Launcher", "Cannot open %1:\n%2")
                .replace("%1", Path(path).name)
                .replace("%2", str(exc)),
            )
            return
        self._close_start_page()

    def _new_from_start_page(self) -> None:
        dialog = NewParkDialog(self.start_page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._show(ProjectDocument(create_park(dialog.spec())))
        self._close_start_page()


def make_application(argv0: str = "ecopark") -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([argv0])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    try:
        from ecopark.paths import app_icon_path

        icon = app_icon_path()
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
    except ImportError:
        pass
    try:
        from ecopark.ui.i18n import install_translator

        install_translator(app)
    except ImportError:
        pass
    return app


def run_app(argv: list[str]) -> int:
    """Entry point of ``ecopark`` without a subcommand; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.screenshot and not args.file:
        print("ecopark: error: --screenshot needs a project FILE", file=sys.stderr)
        return EXIT_USAGE
    try:
        size = parse_size(args.size)
    except EcoParkError as exc:
        print(f"ecopark: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    scratch: tempfile.TemporaryDirectory[str] | None = None
    if args.screenshot and not os.environ.get(SETTINGS_DIR_ENV):
        scratch = tempfile.TemporaryDirectory(prefix="ecopark-settings-")
        isolate_settings(scratch.name)
    else:
        isolate_from_environment()
    app = make_application(sys.argv[0] if sys.argv else "ecopark")
    launcher = Launcher()
    previous_hook = sys.excepthook
    install_exception_hook(launcher.active_window)
    try:
        return _run(app, launcher, args.file, args.screenshot, size)
    finally:
        sys.excepthook = previous_hook
        if scratch is not None:
            scratch.cleanup()


def _run(
    app: QApplication, launcher: Launcher, file: str | None, screenshot: str | None, size: QSize
) -> int:
    if not file:
        launcher.show_start_page()
        return int(app.exec())
    try:
        window = launcher.open_window(file)
    except (EcoParkError, OSError) as exc:
        print(f"ecopark: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not screenshot:
        return int(app.exec())
    return _screenshot_and_quit(app, window, Path(screenshot), size)


def _screenshot_and_quit(app: QApplication, window: MainWindow, target: Path, size: QSize) -> int:
    """Show the window, write the picture once it is drawn, close it and return.

    A local event loop (not app.exec) and no quit-on-last-window: asking the application to quit
    outside app.exec() would leave every later event loop of the process returning at once.
    """
    status = {"code": 0}
    window.resize(size)
    loop = QEventLoop()

    def shoot() -> None:
        try:
            save_screenshot(window, target)
        except (EcoParkError, OSError) as exc:
            print(f"ecopark: error: cannot write {target}: {exc}", file=sys.stderr)
            status["code"] = EXIT_USAGE
        window.document.undo_stack.setClean()
        window.close()
        loop.quit()

    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        QTimer.singleShot(300, shoot)
        loop.exec()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    return status["code"]


def save_screenshot(window: MainWindow, path: Path) -> Path:
    """The window as it is on screen, written atomically as PNG."""
    QApplication.processEvents()
    window.canvas.zoom_to_extent()
    QApplication.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_target(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise EcoParkError(f"Qt could not write a PNG to {tmp}")
    return path
