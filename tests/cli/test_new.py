"""``ecopark new FILE.gpkg --at LON,LAT [--name NAME]`` (contract of issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecopark.cli import main
from ecopark.places import home_point
from ecopark.storage import load_park


def test_new_at_liaobin_is_epsg_4550(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "park.gpkg"
    assert main(["new", str(target), "--at", "122.03,40.68", "--name", "辽滨园区"]) == 0
    assert "EPSG:4550" in capsys.readouterr().out
    park = load_park(target)
    assert park.crs == "EPSG:4550" and park.name == "辽滨园区"
    x, y = home_point(park) or (0.0, 0.0)
    assert 400_000 < x < 430_000 and 4_490_000 < y < 4_520_000
    assert sum(park.default_scenario().counts().values()) == 0


def test_new_by_city_name(tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "g.gpkg"), "--at", "贵港市"]) == 0
    assert (
        load_park(tmp_path / "g.gpkg").crs == "EPSG:4546"
    )  # 109.6°E -> CM 111°E, as the demo park


def test_new_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "p.gpkg"
    target.write_bytes(b"mine")
    assert main(["new", str(target), "--at", "122.03,40.68"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"mine"


def test_new_refuses_bad_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "p.gpkg"), "--at", "13.4,52.5"]) == 2
    assert "outside" in capsys.readouterr().err
    assert not (tmp_path / "p.gpkg").exists()
