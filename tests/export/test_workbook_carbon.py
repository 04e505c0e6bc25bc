"""The energy-and-carbon sheet: live formulas that LibreOffice recalculates to the engine's
figures, and that follow an edited factor."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ecopark.export.workbook import export_workbook, sheet_title
from ecopark.indicators import evaluate_scenario
from ecopark.storage import load_park

LAYOUTS = Path(__file__).resolve().parents[2] / "layouts"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def recalculated(path: Path, tmp: Path) -> Path:
    """``path`` opened, recalculated and saved again by LibreOffice (headless, own profile)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot recalculate the workbook")
    out = tmp / "recalculated"
    out.mkdir()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp / 'lo_profile'}", "--headless", "--calc",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out / path.name


def _park_block(ws) -> dict[str, float | None]:
    """Park figures by English label (column A holds "中文 English", B the value)."""
    values = {}
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if isinstance(row[0], str):
            values[row[0]] = row[1]
    return values


def _find(values: dict[str, object], english: str) -> object:
    hits = [
        v for k, v in values.items() if k.endswith(" " + english) or k.startswith(english + " ")
    ]
    assert len(hits) == 1, (english, hits)
    return hits[0]


def test_the_carbon_sheet_recalculates_in_libreoffice_to_the_engine_figures(
    tmp_path: Path,
) -> None:
    park = load_park(LAYOUTS / "liaobin_coastal.gpkg")
    sid = park.default_scenario().scenario_id
    engine = evaluate_scenario(park, sid).carbon
    assert engine is not None
    path = export_workbook(park, sid, tmp_path / "plan.xlsx", "zh")
    wb = load_workbook(recalculated(path, tmp_path), data_only=True)
    ws = wb[sheet_title("carbon", "zh")]
    v = _park_block(ws)
    p = engine.park
    for label, expected in [
        ("Energy (firms + facilities)", p.energy_tce),
        ("Scope 1 CO₂", p.scope1_t),
        ("Scope 2 CO₂ (firms)", p.scope2_t),
        ("Total CO₂", p.total_t),
        ("CO₂ per IAV (CTIP 4.8)", p.per_iav_t_per_10k_rmb),
        ("CO₂ per tce", p.per_tce_t),
        ("Non-fossil share (CTIP 5.2)", p.non_fossil_share),
        ("Renewable share (CTIP 5.3)", p.renewable_share),
        ("SO₂", p.so2_t),
        ("NOx", p.nox_t),
        ("Ammonia nitrogen", p.ammonia_t),
    ]:
        assert _find(v, label) == pytest.approx(expected, rel=1e-9), label
    # the summary points at the sheet: savings next to the boilers replaced
    summary = _park_block(wb[sheet_title("summary", "zh")])
    s = engine.savings
    assert _find(summary, "Fuel saved by replaced boilers") == pytest.approx(s.fuel_tce, rel=1e-9)
    assert _find(summary, "SO₂ avoided") == pytest.approx(s.so2_t, rel=1e-9)
    assert _find(summary, "CO₂ avoided") == pytest.approx(s.co2_t, rel=1e-9)
    assert _find(summary, "Fresh water saved by reclaimed water") == pytest.approx(
        s.fresh_water_m3, rel=1e-9
    )
    assert s.boilers_replaced == 36 and s.fuel_tce > 0


def test_a_panel_editing_a_factor_sees_the_totals_follow(tmp_path: Path) -> None:
    park = load_park(LAYOUTS / "guigang_sugar.gpkg")
    sid = park.default_scenario().scenario_id
    engine = evaluate_scenario(park, sid).carbon
    assert engine is not None
    path = export_workbook(park, sid, tmp_path / "plan.xlsx", "en")
    wb = load_workbook(path)
    ws = wb[sheet_title("carbon", "en")]
    grid_row = next(
        row for row in ws.iter_rows() for k, c in enumerate(row)
        if c.value == "grid_t_per_mwh.national"
    )  # fmt: skip
    k = next(k for k, c in enumerate(grid_row) if c.value == "grid_t_per_mwh.national")
    assert grid_row[k + 2].value == 0.5366 and "MEE" in grid_row[k + 4].value
    grid_row[k + 2].value = 0.0  # a panel member zeroes the grid factor
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    v = _park_block(load_workbook(recalculated(edited, tmp_path), data_only=True)[ws.title])
    assert _find(v, "Scope 2 CO₂ (firms)") == pytest.approx(
        engine.park.scope2_t
        - sum((f.electricity_mwh or 0.0) * 0.5366 for f in park.scenario(sid).firms.values()),
        abs=1e-6,
    )
    assert _find(v, "Scope 1 CO₂") == pytest.approx(engine.park.scope1_t, rel=1e-9)
