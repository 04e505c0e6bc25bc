"""The language of an export: Chinese only, bilingual, or English only (the CLI's ``--language``).

One combo box for every export dialog (Export map…, Export work plan…, Export report…) with
one remembered choice for all of them: a planner who hands Chinese-only documents to a panel
wants the next export Chinese-only too. :func:`export_scope` turns the choice into what the
Qt-free exporters take: their ``lang`` (the language printed first, or alone) and the
one-language switch :func:`ecopark.export.labels.single_language`. Bilingual exports print the
interface language first, as they always did.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtWidgets import QComboBox, QWidget

from ecopark.export.labels import single_language
from ecopark.ui import i18n
from ecopark.ui.settings import app_settings

CHINESE = "zh"
BILINGUAL = "bilingual"
ENGLISH = "en"
CHOICES = (CHINESE, BILINGUAL, ENGLISH)
SETTING_KEY = "export/language"
"""Where the last choice is remembered (the application's settings file)."""


def interface_first() -> str:
    """The language a bilingual export prints first: the interface's (Chinese unless English)."""
    return "en" if i18n.current_language() == "en" else "zh"


def remembered_choice() -> str:
    """The choice of the last export (bilingual before any)."""
    value = str(app_settings().value(SETTING_KEY, BILINGUAL))
    return value if value in CHOICES else BILINGUAL


def remember_choice(choice: str) -> None:
    if choice in CHOICES:
        settings = app_settings()
        settings.setValue(SETTING_KEY, choice)
        settings.sync()


def first_language(choice: str) -> str:
    """The exporters' ``lang`` for ``choice``: "zh" or "en"."""
    if choice == CHINESE:
        return "zh"
    if choice == ENGLISH:
        return "en"
    return interface_first()


@contextlib.contextmanager
def export_scope(choice: str) -> Iterator[str]:
    """Within this block the exporters write ``choice``; yields their ``lang``."""
    with single_language(choice in (CHINESE, ENGLISH)):
        yield first_language(choice)


class ExportLanguageBox(QComboBox):
    """Chinese only / bilingual / English only, starting at the remembered choice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_language")
        self.addItem(self.tr("Chinese only"), CHINESE)
        self.addItem(self.tr("Bilingual (Chinese and English)"), BILINGUAL)
        self.addItem(self.tr("English only"), ENGLISH)
        self.setToolTip(
            self.tr(
                "The language of the exported file; codes (HJ 274, CTIP, CO₂) and unit symbols "
                "stay as they are"
            )
        )
        self.set_choice(remembered_choice())

    def choice(self) -> str:
        return str(self.currentData())

    def set_choice(self, choice: str) -> None:
        self.setCurrentIndex(max(0, self.findData(choice)))

    def remember(self) -> None:
        remember_choice(self.choice())


__all__ = [
    "BILINGUAL",
    "CHINESE",
    "CHOICES",
    "ENGLISH",
    "ExportLanguageBox",
    "export_scope",
    "first_language",
    "interface_first",
    "remember_choice",
    "remembered_choice",
]
