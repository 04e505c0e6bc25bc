"""File → Export map… drives the panel's print sheet: paper, orientation, exact scale (or fit),
scenarios as pages, language, title block stored in the file, a preview, the last choices
remembered, and a cancelled export that writes nothing. The PDF is read back with poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ecopark.export.print_layout import PAPER_MM
from ecopark.storage import load_park
from ecopark.ui import settings as ui_settings
from ecopark.ui.dialogs.print_dialog import PrintSheetDialog, parse_scale
from ecopark.ui.document import ProjectDocument

pytestmark = pytest.mark.gui
LIAOBIN = Path(__file__).resolve().parents[2] / "layouts" / "liaobin_coastal.gpkg"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdfinfo, pdftotext) not installed",
)


@pytest.fixture
def document(qtbot, tmp_path: Path) -> ProjectDocument:  # type: ignore[no-untyped-def]
    ui_settings.isolate_settings(tmp_path / "settings")
    path = tmp_path / "liaobin.gpkg"
    shutil.copy(LIAOBIN, path)
    doc = ProjectDocument(load_park(path), path)
    doc.switch_scenario("plan2030")
    return doc


def _dialog(qtbot, document) -> PrintSheetDialog:  # type: ignore[no-untyped-def]
    dialog = PrintSheetDialog(document)
    qtbot.addWidget(dialog)
    return dialog


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9", str(pdf)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return [line for line in info.splitlines() if line.startswith("Page") and "size" in line]


@needs_poppler
def test_a1_landscape_at_1_to_10000_with_title_block_and_two_scenarios(
    qtbot, document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, document)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A1"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.set_scale(10000)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.set_scenarios(["baseline", "plan2030"])
    dialog.title_fields["unit"].setText("辽宁省城乡规划设计院")
    dialog.title_fields["drawn_by"].setText("王工")
    assert dialog.update_preview()
    assert not dialog.preview.pixmap().isNull()
    assert "1:10,000" in dialog.preview_note.text()
    out = dialog.export_to(tmp_path / "sheet.pdf")
    assert out is not None and out.exists()
    pages = _pages(out)
    assert len(pages) == 2  # one page per scenario
    w_mm, h_mm = PAPER_MM["A1"][1], PAPER_MM["A1"][0]
    assert all(f"{w_mm / 25.4 * 72:.2f} x {h_mm / 25.4 * 72:.2f} pts" in p for p in pages)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert text.count("1:10,000") >= 2 and "比例尺" in text
    assert "Scale" not in text and "Legend" not in text  # Chinese only
    assert "辽宁省城乡规划设计院" in text and "王工" in text
    assert [r.scale for r in dialog.last_reports] == [10000, 10000]
    # the title block is stored in the file, as one undo step
    assert document.park.settings["title_block"]["unit"] == "辽宁省城乡规划设计院"
    assert document.undo_stack.undoText() == "Change title block"
    document.undo_stack.undo()
    assert "title_block" not in document.park.settings


@needs_poppler
def test_fit_in_english_on_a3_portrait_and_the_choices_are_remembered(
    qtbot, document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, document)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    dialog.set_scale(None)
    dialog.language.setCurrentIndex(dialog.language.findData("bilingual"))
    out = dialog.export_to(tmp_path / "fit.pdf")
    assert out is not None
    (page,) = _pages(out)
    assert f"{297 / 25.4 * 72:.2f} x {420 / 25.4 * 72:.2f} pts" in page
    (rep,) = dialog.last_reports
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert f"1:{rep.scale:,}" in text and "Scale 比例尺" in text  # English first
    again = _dialog(qtbot, document)  # the next export starts from these choices
    assert again.paper.currentData() == "A3"
    assert again.orientation.currentData() == "portrait"
    assert again.scale_value() is None
    assert again.language.currentData() == "bilingual"


def test_a_typed_scale_is_read_and_nonsense_is_refused(qtbot, document, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert parse_scale("1:7,500") == 7500 and parse_scale("1 : 2 000") == 2000
    dialog = _dialog(qtbot, document)
    dialog.scale.setEditText("1:7,500")
    assert dialog.scale_value() == 7500
    dialog.scale.setEditText("big")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert dialog.export_to("never.pdf") is None
    assert warned and "scale" in warned[0]
    dialog.set_scale(5000)
    dialog.set_scenarios([])
    assert not dialog.update_preview() and "scenario" in dialog.preview_note.text()


def test_cancel_during_the_export_writes_nothing(qtbot, document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, document)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.set_scenarios(["baseline", "plan2030"])
    from ecopark.export import print_layout

    real = print_layout.render_sheet
    calls: list[str] = []

    def render_then_cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[1])
        dialog.progress.cancel()  # the planner presses Cancel while the first sheet draws
        return real(*args, **kwargs)

    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(print_layout, "render_sheet", render_then_cancel)
    try:
        assert dialog.export_to(tmp_path / "cancelled.pdf") is None
    finally:
        qtbot_patch.undo()
    assert calls == ["baseline"]  # stopped before the second page
    assert not (tmp_path / "cancelled.pdf").exists()
