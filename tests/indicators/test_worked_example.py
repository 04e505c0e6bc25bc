"""docs/indicators.md §7: every row of every shipped set on worked example W, read from the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from worked_park import worked_park

from ecopark.indicators import evaluate_scenario
from ecopark.indicators.permu import grade_firms
from ecopark.indicators.sets import PROGRAMMES, shipped_set

DOC = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"


def doc_rows() -> list[tuple[str, str, float, str]]:
    text = DOC.read_text("utf-8")
    table = text.split("<!-- worked-example-W -->")[1].split("<!-- /worked-example-W -->")[0]
    rows = []
    for line in table.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append((cells[0], cells[1], float(cells[3].replace(",", "")), cells[4]))
    return rows


ROWS = doc_rows()


def test_the_page_has_every_row_of_every_shipped_set() -> None:
    documented = {(s, i) for s, i, _, _ in ROWS}
    for programme in PROGRAMMES:
        for row in shipped_set(programme):
            assert (programme, row.id) in documented, f"{programme} {row.id} has no example"


@pytest.fixture(scope="module")
def results():
    park = worked_park()
    return park, evaluate_scenario(park, "plan"), evaluate_scenario(park, "mon")


@pytest.mark.parametrize(("programme", "row_id", "value", "status"), ROWS,
                         ids=[f"{s}-{i}" for s, i, _, _ in ROWS])  # fmt: skip
def test_row_by_hand(results, programme: str, row_id: str, value: float, status: str) -> None:
    park, plan, monitoring = results
    if programme == "permu":
        grade = next(g for g in grade_firms(park, "plan") if g.firm_id == row_id)
        assert (grade.composite, grade.grade) == (pytest.approx(value, rel=1e-4), status)
        return
    if programme == "attainment":
        for r in (plan, monitoring):
            a = r.attainment
            assert a.share_met == pytest.approx(value)
            assert a.second_tranche_due is (status == "due")
        assert monitoring.targets_plan == "plan"
        return
    rows = {"hj274": plan.hj274, "ctip": plan.ctip, "lowcarbon": plan.lowcarbon}[programme]
    row = next(r for r in rows if r.id == row_id)
    assert row.value == pytest.approx(value, rel=1e-4, abs=1e-12), row.note
    assert row.status == status, row.note


def test_the_json_carries_the_sets_targets_and_attainment(results) -> None:
    _, plan, _ = results
    data = plan.to_json()
    assert [r["id"] for r in data["ctip"]][:3] == ["1.1", "1.2", "1.3"] and len(data["ctip"]) == 22
    c13 = next(r for r in data["ctip"] if r["id"] == "1.3")
    assert (c13["target"], c13["status"], c13["baseline_value"]) == (60_000, "met", 64_000)
    assert data["attainment"] == {"share_met": 0.5, "second_tranche_due": False, "met": 2,
                                  "total": 4, "no_data": 0}  # fmt: skip
    assert [t["id"] for t in data["targets"]] == ["1.3", "2.1", "3.1", "5.1"]
    assert re.fullmatch(r"\d\.\d", data["hj274"][1]["id"]) and data["hj274"][1]["id"] == "2.1"
