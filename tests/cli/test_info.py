"""`ecopark info` and the CLI's error contract: one line, exit 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ecopark import __version__
from ecopark.cli import main
from ecopark.storage import save_park
from factories import small_park


def test_info_lists_counts_per_layer_and_scenario(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.gpkg"
    save_park(small_park(), path)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "park: 辽滨测试园区"
    assert out[1] == "crs: EPSG:4550"
    header = out[2].split()
    base = dict(zip(header, out[3].split(), strict=True))
    assert base["scenario"] == "base" and base["kind"] == "baseline"
    assert (base["zones"], base["firms"], base["facilities"], base["exchanges"]) == (
        "4",
        "2",
        "2",
        "2",
    )


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ecopark.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"ecopark {__version__}"


@pytest.mark.parametrize("content", [b"", b"garbage", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_file_that_is_not_a_project_gives_one_line_and_exit_2(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.gpkg"
    path.write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "ecopark.cli", "info", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.gpkg" in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(tmp_path / "nowhere.gpkg")]) == 2
    assert "nowhere.gpkg: no such file" in capsys.readouterr().err
