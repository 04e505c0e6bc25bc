"""Kill a saving process at 50 pseudo-random moments: the project always opens as old or new."""

from __future__ import annotations

import os
import random
import signal
from collections import Counter
from pathlib import Path

import pyogrio
import pytest

from ecopark.storage import load_park, save_park
from factories import full_firm, small_park


def _saver(path: Path, parks: list, write_fd: int) -> None:  # type: ignore[type-arg]
    """Child: save the two versions alternately forever, reporting each layer written.

    SQLite's own per-transaction syncs are switched off in the child only to make the 50 rounds
    fast: a killed process loses nothing the kernel has, and what is under test is that the
    project is replaced whole (temporary file, fsync, rename) or not at all.
    """
    pyogrio.set_gdal_config_options({"OGR_SQLITE_SYNCHRONOUS": "OFF"})
    out = os.fdopen(write_fd, "w", buffering=1)

    def progress(layer: str) -> None:
        out.write(f"layer {layer}\n")
        out.flush()

    i = 0
    while True:
        save_park(parks[i % 2], path, after_layer=progress)
        out.write("saved\n")
        out.flush()
        i += 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to start savers quickly")
def test_kill_9_while_saving_never_damages_the_project(tmp_path: Path) -> None:
    path = tmp_path / "园区.gpkg"
    old = small_park()
    new = small_park()
    new.add("base", full_firm("F99", 42.0, 42.0))
    new.settings["version"] = "new"
    save_park(old, path)
    versions = {"old": old.snapshot(), "new": new.snapshot()}
    rng = random.Random(20240607)
    parks = {"old": old, "new": new}
    on_disk = "old"
    seen: Counter[str] = Counter()
    for _ in range(50):
        other = "new" if on_disk == "old" else "old"
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the saving child never returns into pytest
            try:
                os.close(read_fd)
                _saver(path, [parks[other], parks[on_disk]], write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        with os.fdopen(read_fd) as progress:
            for _ in range(rng.randint(1, 20)):  # kill after a random number of layers
                assert progress.readline(), "the saving child died on its own"
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        snapshot = load_park(path).snapshot()
        matches = [name for name, snap in versions.items() if snap == snapshot]
        assert len(matches) == 1, "the project is neither the old nor the new version"
        on_disk = matches[0]
        seen["replaced" if on_disk == other else "kept"] += 1
    # kills landed both before a save completed and after: both outcomes were exercised
    assert seen["kept"] > 0 and seen["replaced"] > 0, seen
    # the next save removes what killed saves left: temporaries and SQLite's -journal files
    save_park(old, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
