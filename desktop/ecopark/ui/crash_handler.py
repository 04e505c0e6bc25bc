"""One handler for any unhandled exception in the GUI: tell the planner, keep the trace, autosave,
and keep running (Qt calls ``sys.excepthook`` for exceptions raised in slots and event handlers,
then carries on with the event loop)."""

from __future__ import annotations

import datetime
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from ecopark.ui.i18n import arg

WindowProvider = Callable[[], Any]
"""Returns the main window (or None). If it has ``autosave() -> Path | None`` it is called."""


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base) if base else Path.home() / ".local" / "share" / "ecopark"
    return folder / "logs"


def write_crash_log(text: str, folder: Path | None = None) -> Path:
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    path.write_text(text, encoding="utf-8")
    return path


class ExceptionHook:
    """The installed ``sys.excepthook``; kept as an object so tests can inspect what it did."""

    def __init__(self, window_provider: WindowProvider | None, log_dir: Path | None = None):
        self.window_provider = window_provider
        self.log_dir = log_dir
        self.last_log: Path | None = None
        self.last_autosave: Path | None = None
        self._busy = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if self._busy:  # an error while reporting an error: only log it
            print(text, file=sys.stderr)
            return
        self._busy = True
        try:
            self._report(exc, text)
        finally:
            self._busy = False

    def _report(self, exc: BaseException, text: str) -> None:
        try:
            self.last_log = write_crash_log(text, self.log_dir)
            where = arg(
                QCoreApplication.translate("ExceptionHook", "The details were written to %1."),
                self.last_log,
            )
        except OSError as err:
            print(text, file=sys.stderr)
            where = arg(
                QCoreApplication.translate(
                    "ExceptionHook", "The details could not be written to a log file (%1)."
                ),
                err,
            )
        window = self.window_provider() if self.window_provider else None
        saved = ""
        autosave = getattr(window, "autosave", None)
        if callable(autosave):
            try:
                self.last_autosave = autosave()
                if self.last_autosave:
                    saved = "\n\n" + arg(
                        QCoreApplication.translate("ExceptionHook", "Your work was saved to %1."),
                        self.last_autosave,
                    )
            except Exception as err:  # the autosave must not turn one error into two dialogs
                saved = "\n\n" + arg(
                    QCoreApplication.translate(
                        "ExceptionHook", "The automatic save failed (%1); save your project now."
                    ),
                    err,
                )
        parent = window if isinstance(window, QWidget) else None
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("ExceptionHook", "EcoPark Planner: unexpected error"),
            arg(
                QCoreApplication.translate(
                    "ExceptionHook",
                    "Something went wrong: %1\n\n%2%3\n\n"
                    "You can go on working. Please send the log file to support.",
                ),
                f"{type(exc).__name__}: {exc}",
                where,
                saved,
            ),
        )


def install_exception_hook(
    window_provider: WindowProvider | None, log_dir: Path | None = None
) -> ExceptionHook:
    """Install the GUI's exception handler as ``sys.excepthook`` and return it."""
    hook = ExceptionHook(window_provider, log_dir)
    sys.excepthook = hook
    return hook
