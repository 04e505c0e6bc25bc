"""The crash journal: kill -9 a real editing process and recover every edit made before it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from journal_child import run_edits

from ecopark.commands import AddObjects, Command, CommandStack, ReplaceObjects
from ecopark.model import Park
from ecopark.storage import load_park, save_park
from ecopark.storage.journal import Journal, discard, journal_path, recover
from factories import full_firm, small_park

CHILD = Path(__file__).resolve().parent / "journal_child.py"


def _expected_states(path: Path, seed: int, count: int) -> list[dict]:
    park = load_park(path)
    stack = CommandStack(park)
    states = [park.snapshot()]
    for _ in run_edits(park, stack, seed, count):
        states.append(park.snapshot())
    return states


@pytest.mark.parametrize(("seed", "kill_after"), [(7, 3), (11, 24), (5, 39)])
def test_kill_9_during_editing_loses_no_edit(tmp_path: Path, seed: int, kill_after: int) -> None:
    path = tmp_path / "园区.gpkg"
    save_park(small_park(), path)
    count = 40
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(seed), str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        seen = 0
        while seen < kill_after:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "child ended"
            assert line == f"ready {seen + 1}\n"
            seen += 1
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    status = Journal.status(path)
    assert status.matches_project
    journaled = status.records
    assert kill_after <= journaled <= count  # the child may have gone on before the kill landed
    park = load_park(path)
    report = recover(park, path)
    assert report.lost == [] and report.replayed + report.refused == journaled
    states = _expected_states(path, seed, count)
    assert park.snapshot() == states[journaled]
    assert park.snapshot() != states[0]


def test_save_checkpoints_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    park = small_park()
    save_park(park, path)
    stack = CommandStack(park)
    journal = Journal(path)
    journal.attach(stack)
    stack.push(AddObjects("base", [full_firm("F9", 10, 10)]))
    assert Journal.pending(path) == 1
    save_park(park, path)
    journal.checkpoint()
    assert Journal.pending(path) == 0
    stack.undo()  # undo across the save is journaled with its state and replays
    assert Journal.pending(path) == 1
    journal.close()
    again = load_park(path)
    recover(again, path)
    assert again.snapshot() == park.snapshot()
    assert "F9" not in again.scenario("base").firms


def test_a_journal_of_another_file_version_is_merged_not_thrown_away(tmp_path: Path) -> None:
    """Killed between a save and its checkpoint: the journal's base is not the file any more.
    Its edits are merged into the file as it is (here: they are in it already), not deleted."""
    path = tmp_path / "p.gpkg"
    park = small_park()
    save_park(park, path)
    stack = CommandStack(park)
    Journal(path).attach(stack)
    stack.push(AddObjects("base", [full_firm("F9", 10, 10)]))
    save_park(park, path)  # saved, but killed before the checkpoint
    status = Journal.status(path)
    assert status.stale and status.recoverable == 1
    again = load_park(path)
    report = recover(again, path)
    assert report.file_changed and report.conflicts == [] and report.applied
    assert again.snapshot() == park.snapshot()
    assert journal_path(path).exists()  # kept until the planner saves or discards
    discard(path)
    assert not journal_path(path).exists()


class _Opaque(Command):
    text = "an edit from a plugin"

    def redo(self, park: Park) -> None:
        park.settings["opaque"] = True

    def undo(self, park: Park) -> None:
        park.settings.pop("opaque")


def test_edits_after_an_unjournaled_one_are_reported_lost_not_replayed(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    park = small_park()
    save_park(park, path)
    stack = CommandStack(park)
    Journal(path).attach(stack)
    stack.push(AddObjects("base", [full_firm("F9", 10, 10)]))
    stack.push(_Opaque())
    firm = park.scenario("base").firms["F9"].with_changes(name="moved")
    stack.push(ReplaceObjects("base", [firm]))
    again = load_park(path)
    report = recover(again, path)
    assert report.replayed == 1
    assert report.lost[0].startswith("an edit from a plugin")
    assert len(report.lost) == 2
    assert "F9" in again.scenario("base").firms


def test_refused_edits_replay_as_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.gpkg"
    park = small_park()
    save_park(park, path)
    stack = CommandStack(park)
    Journal(path).attach(stack)
    with pytest.raises(Exception, match="already used"):
        stack.push(AddObjects("base", [full_firm("F1", 10, 10)]))  # duplicate id: refused
    stack.push(AddObjects("base", [full_firm("F9", 10, 10)]))
    again = load_park(path)
    report = recover(again, path)
    assert (report.replayed, report.refused) == (1, 1)
    assert again.snapshot() == park.snapshot()
