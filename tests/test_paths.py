"""Where the application finds its demo parks."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecopark import paths


def test_demo_parks_list_the_default_first_and_never_an_autosave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a_park.gpkg", paths.DEMO_LAYOUT, "a_park.autosave.gpkg", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(paths, "layouts_dir", lambda: tmp_path)
    assert [p.name for p in paths.demo_layouts()] == [paths.DEMO_LAYOUT, "a_park.gpkg"]
