"""Everything a planner can see in the Chinese UI is Chinese (or a token that stays as is).

Two checks: the catalogue itself (every source string has a finished zh_CN translation), and the
real widgets: the main window on a park, its menus, toolbars, docks, and every dialog class, built
with the zh_CN translator installed, walked for visible strings that still contain English.
When this test fails, wrap the listed string in ``self.tr`` / ``QCoreApplication.translate``,
run ``installer/update_translations.sh``, and add a Chinese entry to installer/zh_cn_terms.py.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QToolBox,
    QWidget,
)

from ecopark.paths import translations_dir
from ecopark.ui import i18n, settings

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
TS_FILE = translations_dir() / "ecopark_zh_CN.ts"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
PATH = re.compile(r"\s*(/|[A-Za-z]:\\)\S*\s*")
"""A file path alone (a tooltip of a recent file): data, not UI text."""
WORD = re.compile(r"[A-Za-z][A-Za-z0-9₀-₉²³⁴⁸⁰'._/-]*")

ALLOWED_WORDS = frozenset(
    """
    EcoPark HJ COD SO₂ SO2 NOx CO₂ CO2 GDP EIP CTIP CHP WWTP DXF DWG CAD PDF PNG SVG JPG JPEG TIFF
    GeoTIFF GeoPackage GeoJSON Shapefile Excel xlsx gpkg dxf shp geojson pdf png svg OSM
    OpenStreetMap EPSG CGCS2000 WGS GCJ-02 Gauss-Kruger Qt PySide6 Python GDAL PROJ Ctrl Shift Alt
    Meta Esc Del Backspace Enter Return Tab Space PgUp PgDown Home End F1 F2 F3 F5 F11 m mm km ha
    m² km² m³ m³/d m³/a t t/h t/d t/a kg kg/a MW MWh GJ tce tce/a a h d x y X Y E N S W DN MPa
    kPa °C
    QAP Steiner Ro-TS v English dpi DPI
    """.split()
)
"""Tokens that stay Latin in Chinese text: standards, formats, units, keys, coordinates, and
"English" (a language menu names each language in itself)."""

TOKEN_PATTERNS = (
    re.compile(r"^[A-Z]{1,4}[-_]?\d+[A-Za-z0-9_-]*$"),  # object ids: F001, Z1, PL-12, S2030
    re.compile(r"^[\w.-]+\.(gpkg|xlsx|xls|pdf|png|svg|dxf|shp|geojson|json|csv|osm|pbf|tif)$"),
    re.compile(r"^EPSG:\d+$"),
    re.compile(r"^\d"),
)


def _import_dialog(parent: QWidget, document: Any) -> QDialog:
    """The import dialog on a small GeoJSON of two zones (written to a temporary folder)."""
    import json
    import tempfile

    from ecopark.importers import inspect_source
    from ecopark.ui.dialogs.import_dialog import ImportDialog

    folder = Path(tempfile.mkdtemp(prefix="ecopark-i18n-"))
    square = [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]]
    features = [
        {
            "type": "Feature",
            # column names are the file's data (shown in the mapping table), not UI text
            "properties": {"名称": f"Z{i}"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[x + 200 * i, y] for x, y in square[0]]],
            },
        }
        for i in range(2)
    ]
    path = folder / "功能分区.geojson"  # the layer is named after the file: data, not UI text
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    preview = inspect_source(path)
    return ImportDialog(preview, document.park, document.scenario_id, document.push, parent)


def _exchange_dialog(parent: QWidget, document: Any) -> QDialog:
    from ecopark.ui.tools.exchange_dialog import ExchangeDialog

    firms = sorted(document.scenario.firms)
    return ExchangeDialog(firms[0], firms[1], parent)


def _new_plan_dialog(parent: QWidget, document: Any) -> QDialog:
    from ecopark.ui.docks.scenario_dock import NewPlanDialog

    return NewPlanDialog(document.scenario.info, parent)


def _check_dialog(parent: QWidget, document: Any) -> QDialog:
    from ecopark.ui.dialogs.check_dialog import CheckDialog

    return CheckDialog(document, lambda refs: None, parent)


def _sizing_dialog(parent: QWidget, document: Any) -> QDialog:
    from ecopark.hydraulics.sizing import propose_sizes
    from ecopark.ui.hydraulics.sizing_dialog import SizingDialog

    return SizingDialog(propose_sizes(document.park, document.scenario_id), parent)


def _label_settings_dialog(parent: QWidget, document: Any) -> QDialog:
    from ecopark.model.labelling import DEFAULTS
    from ecopark.ui.dialogs.label_settings import LabelSettingsDialog

    return LabelSettingsDialog("firms", DEFAULTS["firms"], "企业", parent)


DIALOG_FACTORIES: dict[str, Callable[[QWidget, Any], QDialog]] = {
    "LabelSettingsDialog": _label_settings_dialog,
    "ImportDialog": _import_dialog,
    "ExchangeDialog": _exchange_dialog,
    "NewPlanDialog": _new_plan_dialog,
    "CheckDialog": _check_dialog,
    "SizingDialog": _sizing_dialog,
}
"""Dialogs whose constructor the generic builder cannot satisfy: class name -> factory(parent,
document). Register one here instead of leaving a dialog unchecked."""


# ----- the catalogue ---------------------------------------------------------------------------
def test_every_source_string_in_the_catalogue_has_a_finished_chinese_translation():
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "zh_CN"
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            count += 1
            text = "".join(translation.itertext()).strip()
            source = message.findtext("source") or ""
            if translation.get("type") == "unfinished" or not text:
                problems.append(f"[{name}] {source!r}")
            elif _placeholders(source) != _placeholders(text):
                problems.append(f"[{name}] {source!r}: placeholders differ in {text!r}")
    assert count > 0
    assert not problems, "untranslated or broken in the .ts:\n" + "\n".join(problems)


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d+|%n|\{\w*\}", text))


# ----- loading ---------------------------------------------------------------------------------
@pytest.fixture
def isolated_settings(tmp_path):
    settings.isolate_settings(tmp_path)
    yield tmp_path


def test_install_translator_switches_our_strings_and_qts_own(qapp, compiled_catalogue):
    try:
        assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "设置"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert i18n.term("zone_kind", "harbor") == "港口区"
        assert i18n.install_translator(qapp, "en") == "en"
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
        assert i18n.term("zone_kind", "harbor") == "Harbor area"
    finally:
        i18n.install_translator(qapp, "en")


def test_language_comes_from_settings_then_the_system(qapp, compiled_catalogue, isolated_settings):
    assert i18n.available_languages() == {"en": "English", "zh_CN": "简体中文"}
    assert i18n.match_language("zh_TW") == "zh_CN"
    assert i18n.match_language("zh-Hans-CN") == "zh_CN"
    assert i18n.match_language("de_DE") == "en"
    assert i18n.resolve_language() == i18n.system_language()
    settings.app_settings().setValue(i18n.LANGUAGE_KEY, "zh_CN")
    try:
        assert i18n.install_translator(qapp) == "zh_CN"
        assert i18n.current_language() == "zh_CN"
    finally:
        i18n.install_translator(qapp, "en")


def test_a_missing_catalogue_leaves_the_ui_in_english(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalog_path", lambda code: tmp_path / f"ecopark_{code}.qm")
    assert i18n.install_translator(qapp, "zh_CN") == "en"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


# ----- walking the widgets ---------------------------------------------------------------------
def visible_strings(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string ``root`` can show: titles, labels, buttons, menus and
    actions, tooltips and status tips, tabs, combo items, header sections, placeholders."""
    widgets = [root, *root.findChildren(QWidget)]
    seen_actions: set[int] = set()
    for w in widgets:
        if w.objectName().startswith("qt_"):
            continue  # Qt's own helpers (dock title buttons...) come translated by qtbase
        where = _where(w)
        if w.isWindow() or isinstance(w, QDockWidget):
            yield f"{where} title", w.windowTitle()
        yield f"{where} tooltip", w.toolTip()
        yield f"{where} status tip", w.statusTip()
        yield f"{where} what's this", w.whatsThis()
        yield from _widget_texts(w, where)
        for action in w.actions():
            if id(action) not in seen_actions:
                seen_actions.add(id(action))
                yield from _action_texts(action)
    for action in root.findChildren(QAction):
        if id(action) not in seen_actions:
            seen_actions.add(id(action))
            yield from _action_texts(action)


def _where(w: QObject) -> str:
    name = w.objectName()
    return f"{type(w).__name__}{'#' + name if name else ''}"


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    where = f"QAction {action.text()!r}"
    if action.isSeparator():
        return
    yield where, action.text()
    yield f"{where} tooltip", action.toolTip()
    yield f"{where} status tip", action.statusTip()
    yield f"{where} icon text", action.iconText()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"menu {menu.title()!r}", menu.title()


def _widget_texts(w: QWidget, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(w, QLabel) and w.pixmap().isNull():
        yield where, _strip_markup(w.text())
    elif isinstance(w, QAbstractButton):
        yield where, w.text()
    elif isinstance(w, QGroupBox):
        yield where, w.title()
    elif isinstance(w, QMenu):
        yield where, w.title()
    elif isinstance(w, QLineEdit):
        yield f"{where} placeholder", w.placeholderText()
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"{where} item {i}", w.itemText(i)
        if w.isEditable() and w.lineEdit() is not None:
            yield f"{where} placeholder", w.lineEdit().placeholderText()
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield f"{where} tab {i}", w.tabText(i)
            yield f"{where} tab {i} tooltip", w.tabToolTip(i)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield f"{where} tab {i}", w.tabText(i)
    elif isinstance(w, QToolBox):
        for i in range(w.count()):
            yield f"{where} page {i}", w.itemText(i)
    elif isinstance(w, QHeaderView):
        yield from _header_texts(w, where)
    elif isinstance(w, QAbstractSpinBox):
        yield f"{where} special value", w.specialValueText()
        if isinstance(w, QSpinBox):
            yield f"{where} suffix", w.suffix()
            yield f"{where} prefix", w.prefix()
    elif isinstance(w, QMainWindow) and w.statusBar() is not None:
        yield f"{where} status bar", w.statusBar().currentMessage()
    if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
        yield from _item_texts(w.model(), where)


def _header_texts(header: QHeaderView, where: str) -> Iterator[tuple[str, str]]:
    model = header.model()
    if model is None:
        return
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    count = _columns(model, QModelIndex()) if horizontal else 0
    for section in range(count):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, header.orientation(), role)
            if isinstance(value, str):
                yield f"{where} section {section}", value


def _item_texts(model: QAbstractItemModel | None, where: str, limit: int = 200):
    """Item texts of lists and trees (layer names, indicator rows); data cells come from the
    park and are allowed by :func:`data_words`."""
    if model is None:
        return
    top = QModelIndex()
    stack = [
        (model.index(r, c, top), 0)
        for r in range(min(model.rowCount(top), limit))
        for c in range(_columns(model, top))
    ]
    while stack:
        index, depth = stack.pop()
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = index.data(role)
            if isinstance(value, str):
                yield f"{where} item {index.row()},{index.column()}", value
        if depth < 3 and index.column() == 0 and not isinstance(model, QAbstractListModel):
            stack.extend(
                (model.index(r, c, index), depth + 1)
                for r in range(min(model.rowCount(index), limit))
                for c in range(_columns(model, index))
            )


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """List models hide columnCount (private in C++): they have one column."""
    if isinstance(model, QAbstractListModel):
        return 1 if not parent.isValid() else 0
    return model.columnCount(parent)


def _strip_markup(text: str) -> str:
    return re.sub(r"<[^>]+>|&nbsp;|&amp;", " ", text)


def untranslated(strings: Iterable[tuple[str, str]], data: frozenset[str]) -> list[str]:
    """Strings with English left in them: no Chinese character and a Latin word that is neither
    an allowed token nor a word of the park's own data (names, materials, ids)."""
    offenders = []
    for where, text in strings:
        text = (text or "").replace("&&", "").replace("&", "")
        if not text.strip() or CJK.search(text) or text.strip() in data or PATH.fullmatch(text):
            continue
        words = [w.strip("._/-'") for w in WORD.findall(text)]
        bad = [w for w in words if w and not _allowed(w, data)]
        if bad:
            offenders.append(f"{where}: {text!r}")
    return sorted(set(offenders))


def _allowed(word: str, data: frozenset[str]) -> bool:
    if word in ALLOWED_WORDS or word in data or any(p.match(word) for p in TOKEN_PATTERNS):
        return True
    parts = [p for p in word.split("/") if p]  # compound units: GJ/a, t/10⁴
    return len(parts) > 1 and all(_allowed(p, data) for p in parts)


def data_words(park: Any) -> frozenset[str]:
    """Every text of the park's own data: object names, ids, materials, units, scenario names."""
    out: set[str] = {park.name, park.crs}
    for scenario in park.scenarios.values():
        out.update({scenario.info.scenario_id, scenario.info.name})
        for layer in scenario.layers.values():
            for obj in layer.values():
                for value in vars(obj).values():
                    if isinstance(value, str):
                        out.add(value)
    for kind in getattr(park, "zone_kinds", {}).values():
        out.update({kind.kind, kind.label_en})
    words = {w for text in out for w in WORD.findall(text)}
    return frozenset(out | words)


def test_the_walker_flags_english_and_passes_chinese_and_allowed_tokens(qapp):
    root = QWidget()
    root.setWindowTitle("生态园区")
    QLabel("Land output", root)
    QLabel("工业增加值 10⁴ RMB", root)
    QPushButton("EPSG:4550", root)
    QPushButton("F001.gpkg", root).setToolTip("Open the park")
    QLabel("Caofeidian Steel", root)
    found = untranslated(visible_strings(root), frozenset({"Caofeidian Steel"}))
    assert found == ["QLabel: 'Land output'", "QPushButton tooltip: 'Open the park'"]


# ----- the real windows --------------------------------------------------------------------------
def _demo_document():
    from ecopark.paths import demo_layouts
    from ecopark.storage import load_park
    from ecopark.ui.document import ProjectDocument
    from factories import small_park

    demos = demo_layouts()
    park = load_park(demos[0]) if demos else small_park()
    return ProjectDocument(park, demos[0] if demos else None)


def test_settings_dialog_is_all_chinese(chinese, qtbot):
    from ecopark.ui.preferences import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "设置"
    assert not untranslated(visible_strings(dialog), frozenset())


def test_start_page_is_all_chinese(chinese, qtbot):
    from ecopark.ui.start_page import StartPage

    page = StartPage()
    qtbot.addWidget(page)
    assert not untranslated(visible_strings(page), frozenset())


def test_main_window_menus_docks_and_dialogs_are_all_chinese(chinese, qtbot):
    from ecopark.ui.main_window import MainWindow

    document = _demo_document()
    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    data = data_words(document.park)
    offenders = untranslated(visible_strings(window), data)
    for cls in dialog_classes():
        try:
            dialog = build_dialog(cls, window, document)
        except CannotBuild as exc:
            offenders.append(str(exc))
            continue
        qtbot.addWidget(dialog)
        offenders += [f"{cls.__name__} > {o}" for o in untranslated(visible_strings(dialog), data)]
    window.setWindowModified(False)
    document.undo_stack.setClean()
    assert not offenders, f"{len(offenders)} strings without Chinese:\n" + "\n".join(offenders)


def dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass defined in ecopark.ui (dialogs/, docks/, tools/, preferences...)."""
    import ecopark.ui as ui_package

    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(ui_package.__path__, "ecopark.ui."):
        if info.name.endswith(("selftest_qt", "app")):
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == info.name:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[k] for k in sorted(found)]


class CannotBuild(Exception):
    """A dialog class whose constructor the generic builder cannot satisfy."""


def build_dialog(cls: type[QDialog], window: QWidget, document: Any) -> QDialog:
    """Construct ``cls`` from what its parameters ask for (parent, document, park, scenario id)."""
    if cls.__name__ in DIALOG_FACTORIES:
        return DIALOG_FACTORIES[cls.__name__](window, document)
    provided = {
        "parent": window,
        "document": document,
        "doc": document,
        "park": document.park,
        "scenario_id": document.scenario_id,
        "window": window,
        "push": document.push,
    }
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if name in provided:
            kwargs[name] = provided[name]
        elif param.default is param.empty:
            raise CannotBuild(
                f"cannot build {cls.__name__} for the translation check: parameter {name!r}; "
                "register a factory in DIALOG_FACTORIES"
            )
    return cls(**kwargs)


def test_arg_fills_numbered_markers_in_any_order_once():
    assert i18n.arg("%1 of %2 firms", 3, 7) == "3 of 7 firms"
    assert i18n.arg("%2 家企业中 %1 家", 3, 7) == "7 家企业中 3 家"
    assert i18n.arg("%1 and %2", "%2", "x") == "%2 and x"
    assert i18n.arg("100% of %1", 5) == "100% of 5"


def test_undo_history_names_dock_and_dialog_edits_in_chinese(chinese, qtbot):
    """Edits made from the scenario dock, the indicator panel and the Delete action appear in
    the undo history in the planner's language, not as the core's English."""
    from ecopark.ui.main_window import MainWindow

    document = _demo_document()
    window = MainWindow(document)
    qtbot.addWidget(window)
    dock = window.scenario_dock
    new_id = dock.copy_current("规划 B", 2035)
    assert new_id is not None
    assert dock.rename_current("规划 C")
    firm = next(iter(document.scenario.firms))
    document.set_selection([("firms", firm)])
    assert window.edit.delete_selection()
    texts = [document.undo_stack.text(i) for i in range(document.undo_stack.count())]
    document.undo_stack.setClean()  # closing the window must not ask to save
    window.setWindowModified(False)
    assert texts[0].startswith("新增方案 规划 B（复制自 ")
    assert texts[1] == "方案 规划 B 更名为 规划 C"
    assert "删除" in texts[2] and not any("Delete" in t or "Add scenario" in t for t in texts)
