"""The contract: ``ecopark export FILE --scenario ID --excel x.xlsx --map m.pdf --language zh_CN``
writes both in Chinese only (codes such as HJ 274, CTIP, CO₂, DN and unit symbols allowed), and
every formula cell of the workbook carries a cached value."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from ecopark.messages import msg, render
from ecopark.storage import load_park
from english_check import assert_chinese, data_words, english_lines

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "layouts" / "liaobin_coastal.gpkg"


def park_words(path: Path) -> frozenset[str]:
    """Words of the park's own data (names typed by its planners, scenario ids)."""
    park = load_park(path)
    texts: list[str] = [park.name]
    for scenario in park.scenarios.values():
        texts += [scenario.info.name, scenario.info.scenario_id]
        for layer in scenario.layers.values():
            texts += [
                str(getattr(o, field, "") or "")
                for o in layer.values()
                for field in ("name", "material", "description", "note")  # typed by users
            ]
    return data_words(texts)


def workbook_texts(path: Path) -> list[tuple[str, str]]:
    wb = openpyxl.load_workbook(path)
    items = []
    for ws in wb.worksheets:
        items.append((f"sheet {ws.title}", ws.title))
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.data_type != "f":
                    items.append((f"{ws.title}!{c.coordinate}", c.value))
                if c.comment:
                    items.append((f"{ws.title}!{c.coordinate} comment", c.comment.text))
    return items


def pdf_texts(path: Path) -> list[tuple[str, str]]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [("pdf", line) for line in text.splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_export_language_zh_cn_writes_workbook_and_map_in_chinese_only(tmp_path):
    xlsx, pdf = tmp_path / "x.xlsx", tmp_path / "m.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "ecopark", "export", str(DEMO), "--scenario", "plan2030",
         "--excel", str(xlsx), "--map", str(pdf), "--language", "zh_CN"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    allowed = park_words(DEMO)
    assert_chinese([*workbook_texts(xlsx), *pdf_texts(pdf)], allowed)
    values = openpyxl.load_workbook(xlsx, data_only=True)
    formulas = openpyxl.load_workbook(xlsx)
    summary, plain = values.worksheets[0], formulas.worksheets[0]
    cached = [
        summary[c.coordinate].value for row in plain.iter_rows() for c in row if c.data_type == "f"
    ]
    assert cached and all(v is not None for v in cached)
    # the summary's coverage is a percentage cell whose unit cell no longer says "%" again
    row = next(r for r in plain.iter_rows() if str(r[0].value).startswith("共享基础设施覆盖率"))
    assert row[1].number_format.endswith("%") and not row[2].value
    # a pipe without a name gets one in the key-projects sheet
    projects = formulas["重点项目"]
    assert all(r[3].value for r in projects.iter_rows(min_row=2) if isinstance(r[0].value, int))


def test_the_bilingual_default_still_shows_english_beside_chinese(tmp_path):
    xlsx = tmp_path / "x.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "ecopark", "export", str(DEMO), "--excel", str(xlsx)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert english_lines(workbook_texts(xlsx), park_words(DEMO))  # "企业 Firms" headers


def test_core_messages_render_in_chinese_through_the_catalogue():
    assert render("51 of 51 firms recorded it", "zh_CN") == "51 家企业中 51 家有记录"
    error = msg("storage.no_park_table", path="a.gpkg")
    assert str(error) == "a.gpkg: a GeoPackage, but not an EcoPark project (it has no 'park' table)"
    assert (
        render(error, "zh_CN") == "a.gpkg：是 GeoPackage 文件，但不是生态园区规划项目（缺少园区表）"
    )
    assert render(str(error), "zh_CN") == render(error, "zh_CN")  # plain text matches too
    assert (
        render("F012 (steam_mp): 0.61 MPa arrives, 0.800 MPa needed; the steam arrives wet", "zh")
        == "F012（中压蒸汽）：到达压力 0.61 MPa，需要 0.800 MPa；蒸汽到达时已带水"
    )
    assert render("Self-intersection[10 20]", "en") == "Self-intersection[10 20]"
    assert render("something new", "zh") == "something new"  # unknown text is left as it is
