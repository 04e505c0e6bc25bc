"""The Qt steps of ``ecopark --selftest`` (see :mod:`ecopark.selftest`, which prints the report).

Each check returns what to print, or a planner-readable problem; nothing here exits the process.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from ecopark.ui import i18n, settings

_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's one harmless warning; pass everything else on."""
    if message != _OFFSCREEN_NOISE:
        sys.stderr.write(message + "\n")


def start_app(settings_dir: Path) -> tuple[QApplication, str]:
    """The application object, with every setting kept in ``settings_dir``."""
    qInstallMessageHandler(_quiet_offscreen)
    settings.isolate_settings(settings_dir)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    runtime = (
        f"Python {sys.version.split()[0]}, Qt {qVersion()} (PySide6 {pyside_version}), "
        f"platform {QGuiApplication.platformName()}"
    )
    return app, runtime


def check_translations(app: QApplication) -> tuple[str | None, list[tuple[str, str]]]:
    """Load zh_CN, translate a probe of ours and one of Qt's, find a Chinese font; back to English.

    Returns (problem or None, report lines).
    """
    code = i18n.install_translator(app, "zh_CN")
    if code != "zh_CN":
        return (
            f"the Chinese translation did not load from {i18n.catalog_path('zh_CN')} "
            "(run installer/build_translations.sh)",
            [],
        )
    probe = QCoreApplication.translate("SettingsDialog", "Settings")
    qt_context = "QPlatformTheme"  # Qt's own catalogue; a variable keeps it out of our .ts
    qt_probe = QCoreApplication.translate(qt_context, "Cancel")
    fonts = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    i18n.install_translator(app, "en")
    if probe == "Settings":
        return "the Chinese catalogue loaded but does not translate 'Settings'", []
    if not fonts:
        return "no font can draw Chinese (install fonts-wqy-microhei or use the bundle)", []
    languages = ", ".join(i18n.available_languages())
    return None, [
        (
            "translations",
            f"zh_CN: 'Settings' -> '{probe}', Qt's 'Cancel' -> '{qt_probe}'; languages {languages}",
        ),
        (
            "CJK font",
            f"{fonts[0]} ({len(fonts)} families can draw Chinese; "
            + (
                f"bundled {', '.join(i18n.registered_fonts)}, the system has none)"
                if i18n.registered_fonts
                else "from the system)"
            ),
        ),
    ]


def check_main_window(app: QApplication, park: Any, path: Path) -> str:
    """Build the real main window on ``park`` in Chinese and draw it once offscreen.

    Raises ModuleNotFoundError when the main window is not part of this build.
    """
    from ecopark.ui.document import ProjectDocument
    from ecopark.ui.main_window import MainWindow  # type: ignore[import-not-found,unused-ignore]

    i18n.install_translator(app, "zh_CN")
    document = ProjectDocument(park, path)
    try:
        window = MainWindow(document)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        picture = window.grab()
        title = window.windowTitle()
        window.setWindowModified(False)
        window.close()
        app.processEvents()
    finally:
        document.close()
        i18n.install_translator(app, "en")
    if picture.isNull() or picture.width() < 100:
        return "FAIL the main window did not render"
    return f"built in Chinese and drawn {picture.width()}x{picture.height()}, title '{title}'"


__all__ = ["check_main_window", "check_translations", "start_app"]
