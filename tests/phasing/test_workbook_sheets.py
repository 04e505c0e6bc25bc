"""The phasing sheets of the work plan: targets by year and the annual progress report, read
back with openpyxl and recalculated by LibreOffice to the verdicts the code computes."""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook
from phased_park import PLAN, monitored_park

from ecopark.export.workbook import export_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from test_workbook_carbon import recalculated  # noqa: E402


def test_sheets_are_written_bilingual_and_recalculate(tmp_path) -> None:
    path = export_workbook(monitored_park(), PLAN, tmp_path / "plan.xlsx", lang="zh")
    wb = load_workbook(path)
    assert "分年度目标 Targets by year" in wb.sheetnames
    assert "年度进展 Annual progress" in wb.sheetnames
    by_year = wb["分年度目标 Targets by year"]
    heads = [c.value for c in by_year[1]]
    assert heads[:4] == ["指标\nIndicator", "名称\nName", "单位\nUnit",
                         "基准值 2025\nBaseline 2025"]  # fmt: skip
    assert "2027 目标\nTarget 2027" in heads and "2028 达标\nMet 2028" in heads
    values = load_workbook(recalculated(path, tmp_path), data_only=True)
    by_year = values["分年度目标 Targets by year"]
    land = [c.value for c in by_year[2]]
    assert land[0] == "HJ274 2.1"
    # 2026: target 11.33, value 13.0, met; 2027: 14.67 / 15.0 met; 2028: 18 / 18 met
    assert abs(land[4] - (8 + 10 / 3)) < 1e-9 and land[5] == 13.0 and land[6] == "达标 met"
    progress = values["年度进展 Annual progress"]
    rows = [[c.value for c in r] for r in progress.iter_rows(min_row=2, max_row=3)]
    assert [r[7] for r in rows] == ["达标 met", "未达标 not met"]
    cells = {r[1]: r[5] for r in progress.iter_rows(values_only=True) if isinstance(r[1], str)}
    assert cells["目标达成比例 Share of targets met"] == 0.5
    assert cells["第二笔补助资金（达成≥90%） Second subsidy tranche due (≥ 90 % met)"] == "否 no"
