"""`ecopark export FILE --scenario ID --report report.pdf` (the Contract) writes the work-plan
report; another reader (poppler) finds every section and every project in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from tests.projects.work_plan_example import example_park

from ecopark.cli import main
from ecopark.projects.commands import SetHistoryValue, SetSafeguardText
from ecopark.storage import save_park

PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler's pdftotext is not installed")
def test_the_report_has_every_section_and_project(tmp_path: Path) -> None:
    park = example_park()
    SetSafeguardText(park, "funding", "A special fund of the park committee").redo(park)
    for year, iav in ((2022, 12_000.0), (2023, 13_500.0), (2024, 14_200.0)):
        SetHistoryValue(park, year, "iav_10k_rmb", iav).redo(park)
    src = tmp_path / "p.gpkg"
    save_park(park, src)
    out = tmp_path / "report.pdf"
    assert main(["export", str(src), "--scenario", "plan", "--report", str(out),
                 "--lang", "en"]) == 0  # fmt: skip
    assert out.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run([str(PDFTOTEXT), "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for heading in ("Park overview", "Baseline history", "Key projects", "Project charts",
                    "Symbiosis chains", "Cost-benefit analysis", "Assumptions",
                    "Safeguard measures"):  # fmt: skip
        assert heading in text, heading
    for pid in ("P1", "P2", "P3"):
        assert pid in text
    assert "A special fund of the park committee" in text
    assert "13,500" in text  # the history entered for 2023
    assert "416.9" in text  # P2's NPV, as worked by hand in docs/work-plan.md
    # the plan is computed jointly: the sum, the overlap and the plan total, which reconcile
    for words in (
        "Sum over projects",
        "Overlap between projects",
        "Plan total",
        "computed jointly",
    ):
        assert words in text, words
    assert "740.9" in text and "-424.6" in text and "316.2" in text  # NPV: sum, overlap, plan
    assert "146.5" in text and "-43.3" in text and "103.3" in text  # savings a year
    assert "6.3" in text  # the plan's payback (years), from the joint savings


def test_the_report_refuses_a_non_pdf_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "p.gpkg"
    save_park(example_park(), src)
    assert main(["export", str(src), "--report", str(tmp_path / "r.docx")]) != 0
    assert not (tmp_path / "r.docx").exists()
