"""Render resources/icons/ecopark.svg to the PNG (Linux .desktop, window) and ICO (Windows) icons.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/render_icon.py

The SVG is the source; the PNG is committed so a checkout shows the icon without this step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "ecopark.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not render(256).save(str(ICONS / "ecopark.png")):
        print("could not write ecopark.png", file=sys.stderr)
        return 1
    # Windows shows 256 px in Explorer and 32/16 px in the taskbar; Qt's ICO writer takes one size.
    if not render(256).save(str(ICONS / "ecopark.ico"), "ICO"):
        print("could not write ecopark.ico (no Qt ICO image plugin)", file=sys.stderr)
        return 1
    print(f"wrote {ICONS / 'ecopark.png'} and ecopark.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
