"""Finding English left in Chinese output: one checker for the UI walk, the PDF and the workbook.

``english_words(text)`` returns the Latin words of ``text`` that a Chinese planner should not
meet: everything except codes (HJ 274, CTIP, CHP, DN…), unit symbols (t/a, MPa, km²…), object
ids (F0001, S2030), file names, numbers and the words of the park's own data (firm and zone names
typed by the user: :func:`data_words`). Tests call :func:`assert_chinese` on whatever they
collected, so a failure lists every offending line at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"[A-Za-z][A-Za-z0-9₀-₉²³⁴⁸⁰'_-]*")

ALLOWED_WORDS = frozenset(
    """
    EcoPark HJ COD SO₂ SO2 NOx NOₓ CO₂ CO2 CH₄ N₂O GDP EIP CTIP CHP WWTP DXF DWG CAD PDF PNG SVG
    JPG JPEG TIFF GeoTIFF GeoPackage GeoJSON Shapefile Excel xlsx gpkg dxf shp geojson pdf png svg
    csv json OSM OpenStreetMap EPSG CGCS2000 CGCS WGS GCJ-02 Gauss-Kruger Qt PySide6 Python GDAL
    PROJ Ctrl Shift Alt Meta Esc Del Backspace Enter Return Tab Space PgUp PgDown Home End F1 F2
    F3 F5 F11 m mm km ha m² km² m³ d t h kg MW MWh kW kWh GJ TJ tce a x y X Y E N S W DN MPa kPa
    Pa °C QAP Steiner Ro-TS v English dpi DPI RMB IAV LibreOffice A0 A1 A2 A3 A4 WGS84 UTM Zone
    GB ID id No ISO SI s kJ MJ kg/s m/s IPCC IAPWS-IF97 IF97 IAPWS NH₃-N NH3-N pH
    """.split()
)
"""Tokens that stay Latin in Chinese text: standards, formats, units, keys, coordinates."""

TOKEN_PATTERNS = (
    re.compile(r"^[A-Z]{1,4}([-_][A-Z]{1,4})?[-_]?\d+[A-Za-z0-9_-]*$"),  # ids: F001, HP-F015
    re.compile(r"^[A-Za-z]\d*$"),  # single letters and cell/axis names: x, a, B7
    re.compile(r"^[a-z]+\d+$"),  # scenario ids: plan2030
    re.compile(r"^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$"),  # cell references
)
FILE_NAME = re.compile(
    r"[\w.-]+\.(gpkg|xlsx|xls|pdf|png|svg|dxf|shp|geojson|json|csv|osm|pbf|tif|qm|ts)\b"
)
PATH = re.compile(r"(/|[A-Za-z]:\\|\b[\w-]+/)[\w./-]*\.\w+|(?<![\w/])/[^\s，。；：]*")
IDENTIFIER = re.compile(r"\b[A-Z]-[a-z0-9_]+\b|\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\b")
"""Machine keys beside their labels (cost keys pipe.heat.100, factor keys coal_tce_per_t, target
ids C-heat): ids, not words."""
UNIT = re.compile(r"(?<![A-Za-z])(t|m³|kg|tce|GJ|MWh|m²|km²|MW|10⁴ ?t|万t)/(a|h|d|s|km²|m²|mu)\b")


def data_words(texts: Iterable[str]) -> frozenset[str]:
    """Words of the park's data (names typed by users), allowed wherever they are shown."""
    return frozenset(w for text in texts for w in WORD.findall(str(text or "")))


CLIPPED = re.compile(r"([A-Za-z][A-Za-z0-9'_-]*)…")
"""A word cut short by an ellipsis (a long name clipped to fit a table cell)."""


def english_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The English words of ``text`` outside the allow-list (codes, units, ids, data words; a
    data word clipped to fit, "stea…" of "steam", counts as that word)."""
    extra = frozenset(allowed)
    text = CLIPPED.sub(
        lambda m: " " if any(w.startswith(m.group(1)) for w in extra) else m.group(0), str(text)
    )
    text = IDENTIFIER.sub(" ", FILE_NAME.sub(" ", PATH.sub(" ", UNIT.sub(" ", str(text)))))
    found = []
    for word in WORD.findall(text):
        bare = word.strip("'_-")
        if not bare or bare in ALLOWED_WORDS or bare in extra:
            continue
        if any(p.match(bare) for p in TOKEN_PATTERNS):
            continue
        found.append(bare)
    return found


def english_lines(items: Iterable[tuple[str, str]], allowed: Iterable[str] = ()) -> list[str]:
    """``where: text [words]`` for every (where, text) that still holds English words."""
    extra = frozenset(allowed)
    out = []
    for where, text in items:
        words = english_words(text, extra)
        if words:
            out.append(f"{where}: {text!r} {sorted(set(words))}")
    return out


def assert_chinese(items: Iterable[tuple[str, str]], allowed: Iterable[str] = ()) -> None:
    """Fail listing every (where, text) that still holds English words."""
    problems = english_lines(items, allowed)
    assert not problems, f"{len(problems)} English texts:\n" + "\n".join(problems)


def workbook_texts(path: object) -> list[tuple[str, str]]:
    """Every text cell (formulas left out), sheet name and comment of a workbook, read back with
    openpyxl: what a planner reads in Excel."""
    import openpyxl

    wb = openpyxl.load_workbook(path)  # type: ignore[arg-type]
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


def pdf_texts(path: object) -> list[tuple[str, str]]:
    """The lines of a PDF's text as poppler's pdftotext reads them."""
    import subprocess

    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [("pdf", line) for line in text.splitlines() if line.strip()]
