"""The symbiosis figures where a planner reads them: ``ecopark evaluate`` (contract of issue
16) and the work-plan sheets, on the Liaobin demo plan."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sym_parks import SID, withdrawal_park

from ecopark.export.workbook import export_workbook, sheet_title
from ecopark.storage import save_park

REPO = Path(__file__).resolve().parents[2]
LIAOBIN = REPO / "layouts" / "liaobin_coastal.gpkg"


def _evaluate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ecopark.cli", "evaluate", *args],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )


def test_cli_withdrawal_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "w.gpkg"
    save_park(withdrawal_park(), path)
    data = json.loads(_evaluate(str(path), "--scenario", SID, "--withdrawal", "--json").stdout)
    ranking = data["withdrawal"]
    assert [w["id"] for w in ranking] == ["S", "H", "F3", "F2", "F1"]
    first = ranking[0]
    assert {"id", "name", "broken_exchanges", "stranded_consumers", "coverage_drop",
            "land_output_change", "damage"} <= set(first)  # fmt: skip
    assert first["stranded_consumers"] == ["F1", "F2"]
    assert first["coverage_drop"] == pytest.approx(0.5)
    assert first["land_output_change"] == pytest.approx(-1.0)
    assert first["damage"] == pytest.approx(72.0)


def test_cli_plain_json_has_balances_and_chains() -> None:
    data = json.loads(_evaluate(str(LIAOBIN), "--scenario", "plan2030", "--json").stdout)
    assert "withdrawal" not in data
    assert ["F022", "F013", "F014", "F016"] in data["chains"]
    assert ["F002", "F029", "F030"] in data["cycles"]
    plant = next(f for f in data["balances"]["firms"] if f["id"] == "F002")
    solid = plant["streams"]["solid_waste"]
    assert solid["exchanged_out_total"] == 275_000
    assert solid["exchanged_out"] == {"F029": 200_000, "F032": 45_000, "F031": 30_000}
    assert any(b["material"] == "粉煤灰 fly ash" for b in data["balances"]["byproducts"])


def test_cli_text_ranks_withdrawals() -> None:
    out = _evaluate(str(LIAOBIN), "--scenario", "plan2030", "--withdrawal").stdout
    assert "Key-plant withdrawal" in out
    ranking = out.split("Key-plant withdrawal", 1)[1].splitlines()[2]
    assert "FA01" in ranking and "辽滨热电联产中心" in ranking
    assert "cycle: 辽滨发电有限公司 → 辽滨水泥 → 辽滨啤酒 → 辽滨发电有限公司" in out


def test_workbook_lists_chains_and_withdrawal(tmp_path: Path) -> None:
    from ecopark.storage import load_park

    path = export_workbook(load_park(LIAOBIN), "plan2030", tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    chains = wb[sheet_title("chains")]
    texts = [str(c.value) for row in chains.iter_rows() for c in row if c.value is not None]
    assert "辽滨发电有限公司 → 辽滨水泥 → 辽滨啤酒 → 辽滨发电有限公司" in texts
    assert "F022 → F013 → F014 → F016" in texts
    withdrawal = wb[sheet_title("withdrawal")]
    assert withdrawal["B2"].value == "FA01"
    assert withdrawal["C2"].value == "辽滨热电联产中心"
