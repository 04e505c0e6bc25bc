"""``ecopark --selftest``: the installer's proof that a build works, run here from the source tree
in a fresh process (as the bundle runs it), offscreen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ecopark.paths import demo_layouts
from ecopark.storage import save_park
from factories import small_park


def run_selftest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ecopark.cli", "--selftest", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


def test_selftest_passes_on_a_park_and_reports_each_step(tmp_path):
    demos = demo_layouts()
    if demos:
        args: tuple[str, ...] = ()
        expected_file = demos[0].name
    else:  # the demo layouts are built by layouts/build_demo_parks.py; test on a small park
        save_park(small_park(), tmp_path / "small.gpkg")
        args = (str(tmp_path / "small.gpkg"),)
        expected_file = "small.gpkg"
    done = run_selftest(*args, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "platform offscreen" in out
    assert "'Settings' -> '设置'" in out
    assert f"park          {expected_file}" in out
    assert "GDAL/PROJ" in out and "evaluate" in out
    assert out.strip().splitlines()[-1].startswith("PASS")
    assert not list(tmp_path.glob("*.xlsx")), "the workbook must go to a temporary folder"


def test_selftest_fails_with_the_reason_for_a_missing_park(tmp_path):
    done = run_selftest(str(tmp_path / "nowhere.gpkg"), cwd=tmp_path)
    assert done.returncode == 1
    assert "FAIL:" in done.stdout and "nowhere.gpkg does not exist" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
