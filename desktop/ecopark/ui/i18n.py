"""Which language the UI speaks, and loading the compiled translations for it.

Convention for translatable text (so ``pyside6-lupdate`` finds it):
- inside a QObject subclass: ``self.tr("Open project…")`` (context = the class name);
- anywhere else: ``QCoreApplication.translate("Context", "Open project…")`` with a literal
  context, usually the module's main class name;
- values go in as numbered markers, never f-strings inside ``tr``:
  ``arg(self.tr("%1 of %2 firms"), served, total)``;
- domain words that come from the model (zone kinds, sectors, media, ...) are not ``tr`` strings:
  show them with :func:`term` (backed by the Qt-free :mod:`ecopark.terms`).

The language is, in order: the one passed in, the one chosen in Settings (``ui/language``), the
system locale. Translations are ``resources/i18n/ecopark_<lang>.qm`` (compiled from the ``.ts``
by ``installer/build_translations.sh``) plus Qt's own ``qtbase_<lang>.qm`` so standard dialogs
(file chooser, message box buttons) speak the same language.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from ecopark import terms
from ecopark.paths import fonts_dir, translations_dir
from ecopark.ui.settings import app_settings

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
SYSTEM = "system"
"""Settings value meaning "follow the system locale"."""
LANGUAGE_KEY = "ui/language"
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Each language in its own script, as a language menu shows it."""
CATALOG_PREFIX = "ecopark_"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def catalog_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG_PREFIX}{language}.qm"


def available_languages() -> dict[str, str]:
    """Languages this build can show: English plus every compiled catalogue, code -> name."""
    found = {SOURCE_LANGUAGE: LANGUAGE_NAMES[SOURCE_LANGUAGE]}
    for qm in sorted(translations_dir().glob(f"{CATALOG_PREFIX}*.qm")):
        code = qm.stem[len(CATALOG_PREFIX) :]
        found[code] = LANGUAGE_NAMES.get(code, code)
    return found


def system_language() -> str:
    """The system locale mapped onto a language we ship ("zh_TW" still gets zh_CN: better than
    English for a Chinese reader), else English."""
    return match_language(QLocale.system().name())


def match_language(locale_name: str | None) -> str:
    if not locale_name:
        return SOURCE_LANGUAGE
    name = locale_name.replace("-", "_")
    available = available_languages()
    if name in available:
        return name
    prefix = name.split("_")[0].lower()
    for code in available:
        if code.split("_")[0].lower() == prefix:
            return code
    return SOURCE_LANGUAGE


def configured_language() -> str:
    """The Settings choice: a language code or :data:`SYSTEM`."""
    value = app_settings().value(LANGUAGE_KEY, SYSTEM)
    return str(value) if value else SYSTEM


def resolve_language(language: str | None = None) -> str:
    choice = language or configured_language()
    if choice == SYSTEM:
        return system_language()
    return match_language(choice)


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Load the translations for ``language`` (None: Settings, then the system locale) into
    ``app``, replacing any loaded before; returns the language code now in effect.

    A missing catalogue is not an error (a source checkout before the build step): the UI stays
    in English and the reason is logged.
    """
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    code = resolve_language(language)
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(catalog_path(code))):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no compiled translation %s; the UI stays in English", catalog_path(code))
            code = SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", qt_dir) or qt_own.load(
            f"qtbase_{code}", str(translations_dir())
        ):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(QLocale(code if code != SOURCE_LANGUAGE else "en_US"))
    _current = code
    if code != SOURCE_LANGUAGE and isinstance(app, QGuiApplication):
        ensure_cjk_font()
    return code


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation under ``context`` where it is defined (a module constant,
    a class attribute) and translate it where it is shown. Returns ``text`` unchanged; unlike
    PySide6's own it is typed ``str``."""
    return text


_PLACE_MARKER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill Qt-style place markers: ``arg(self.tr("%1 of %2 firms"), 3, 7)``.

    Translations may reorder the markers (Chinese often puts the total first), so the values are
    numbered, not positional; one pass, so a value that itself contains "%2" stays as it is.
    """

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACE_MARKER.sub(fill, text)


def current_language() -> str:
    """The language installed by the last :func:`install_translator` ("en" before any)."""
    return _current


def term(category: str, key: str) -> str:
    """A domain word (zone kind, sector, medium...) in the current UI language."""
    return terms.label(category, key, _current)


def unit(unit_text: str) -> str:
    return terms.unit_label(unit_text, _current)


def field_label(field_name: str, english: str) -> str:
    """A model field's label in the current language (``english`` comes from its metadata)."""
    if _current == SOURCE_LANGUAGE:
        return english
    return terms.FIELD_LABELS_ZH.get(field_name, english)


def choice_label(field_name: str, layer: str, value: str, english: str) -> str:
    """The word for a choice value (sector, medium, kind, status) in the current language."""
    if _current == SOURCE_LANGUAGE:
        return english
    category = {
        "sector": "sector",
        "medium": "medium",
        "status": "status",
        "laying": "laying",
        "boiler_fuel": "boiler_fuel",
        "kind": {"facilities": "facility_kind", "corridors": "corridor_kind"}.get(layer, ""),
    }.get(field_name, "")
    return terms.label(category, value, _current) if category else english


_OBJECT_WORDS_ZH = {
    "zones": "分区",
    "firms": "企业",
    "facilities": "设施",
    "pipelines": "管线",
    "corridors": "廊道",
    "plots": "地块",
    "exchanges": "共生交换",
}


def object_label(obj: object) -> str:
    """ "firm F2 (Brewery)" / "企业 F2（啤酒厂）": how a park object is named in messages."""
    english = str(getattr(obj, "label", ""))
    if _current == SOURCE_LANGUAGE:
        return english
    word = _OBJECT_WORDS_ZH.get(str(getattr(obj, "LAYER", "")), "")
    name = str(getattr(obj, "name", "") or "")
    ident = str(getattr(obj, "id", ""))
    if not word:
        return english
    return f"{word} {ident}" + (f"（{name}）" if name else "")


def indicator_name(category: str, indicator_id: str, english: str) -> str:
    """An HJ 274 / CTIP row's name: the engine's English, or the standard's Chinese wording."""
    if _current == SOURCE_LANGUAGE:
        return english
    word = terms.label(category, indicator_id, _current)
    return english if word == indicator_id else word


def note(text: str) -> str:
    """An indicator engine note (HJ 274 / CTIP rows) in the current UI language."""
    return terms.translate_note(text, _current)


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font() -> bool:
    """Make sure some font can draw Chinese, registering the bundled one if the system has none
    (a bare machine would otherwise show boxes on screen and in PDF exports)."""
    if has_cjk_font():
        return True
    for font in sorted(fonts_dir().glob("*.tt[fc]")) + sorted(fonts_dir().glob("*.otf")):
        if QFontDatabase.addApplicationFont(str(font)) >= 0:
            log.info("registered bundled CJK font %s", font.name)
            registered_fonts.append(font.name)
    return has_cjk_font()


registered_fonts: list[str] = []
"""Bundled font files registered because the system had no CJK font (the self-test says so)."""


__all__ = [
    "LANGUAGE_KEY",
    "QT_TRANSLATE_NOOP",
    "LANGUAGE_NAMES",
    "SOURCE_LANGUAGE",
    "SYSTEM",
    "arg",
    "available_languages",
    "catalog_path",
    "choice_label",
    "configured_language",
    "current_language",
    "ensure_cjk_font",
    "field_label",
    "has_cjk_font",
    "indicator_name",
    "install_translator",
    "match_language",
    "note",
    "object_label",
    "resolve_language",
    "system_language",
    "term",
    "unit",
]
