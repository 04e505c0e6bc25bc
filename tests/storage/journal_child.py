"""Helper for the crash tests (not a test): a reproducible stream of edits, and a child process
that applies them with the crash journal attached, printing "ready N" after each one."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

from shapely.geometry import LineString, Point, box

from ecopark.commands import (
    AddObjects,
    AddScenario,
    CommandStack,
    DeclareZoneKind,
    MacroCommand,
    RemoveObjects,
    ReplaceObjects,
    SetEnteredValue,
    SetParkSetting,
)
from ecopark.model import Firm, Park, Pipeline, ScenarioInfo, Zone, ZoneKind


def run_edits(park: Park, stack: CommandStack, seed: int, count: int) -> Iterator[int]:
    """Apply ``count`` pseudo-random edits (pushes, undos, redos); yield after each one."""
    rng = random.Random(seed)
    sid = "base"
    made = 0
    for i in range(count):
        roll = rng.random()
        firms = sorted(park.scenario(sid).firms)
        if roll < 0.12 and stack.can_undo:
            stack.undo()
        elif roll < 0.2 and stack.can_redo:
            stack.redo()
        elif roll < 0.45 or not firms:
            made += 1
            firm = Firm(
                firm_id=f"X{seed}_{made}",
                name=f"新企业 {made}",
                sector=rng.choice(["cement", "brewery", "food", "steel"]),
                geometry=Point(rng.uniform(0, 5000), rng.uniform(0, 3000)),
                plot_area_m2=rng.uniform(1e3, 1e5),
                iav_10k_rmb=rng.uniform(0, 1e5),
                energy_tce=rng.choice([None, rng.uniform(0, 1e4)]),
            )
            stack.push(AddObjects(sid, [firm]))
        elif roll < 0.65:
            firm = park.scenario(sid).firms[rng.choice(firms)]
            moved = firm.with_changes(
                geometry=Point(rng.uniform(0, 5000), rng.uniform(0, 3000)),
                iav_10k_rmb=rng.uniform(0, 1e5),
            )
            stack.push(ReplaceObjects(sid, [moved]))
        elif roll < 0.75:
            stack.push(RemoveObjects(sid, [("firms", rng.choice(firms))]))
        elif roll < 0.82:
            stack.push(SetEnteredValue(sid, rng.choice(["4.1", "4.4", "3.6"]), rng.uniform(0, 100)))
        elif roll < 0.87:
            stack.push(SetParkSetting("weights", {"zoning": rng.random(), "step": i}))
        elif roll < 0.9:
            stack.push(
                AddScenario(
                    ScenarioInfo(scenario_id=f"s{i}", name=f"方案 {i}", kind="plan", year=2030),
                    copy_from=sid,
                )
            )
        elif roll < 0.93:
            stack.push(DeclareZoneKind(ZoneKind(f"kind_{i}", bool(i % 2), f"Kind {i}", f"类型{i}")))
        else:
            made += 1
            x = rng.uniform(0, 4000)
            stack.push(
                MacroCommand(
                    "draw zone and pipe",
                    [
                        AddObjects(
                            sid,
                            [
                                Zone(
                                    zone_id=f"ZX{seed}_{made}",
                                    name="",
                                    kind="reserve",
                                    industrial=False,
                                    geometry=box(x, 0, x + 100, 100),
                                )
                            ],
                        ),
                        AddObjects(
                            sid,
                            [
                                Pipeline(
                                    pipeline_id=f"PX{seed}_{made}",
                                    medium="heat",
                                    diameter_mm=200,
                                    geometry=LineString([(x, 0), (x + 50, 70.5)]),
                                )
                            ],
                        ),
                    ],
                )
            )
        yield i + 1


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ecopark.storage import load_park
    from ecopark.storage.journal import Journal

    project, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    park = load_park(project)
    stack = CommandStack(park)
    Journal(project).attach(stack)
    for n in run_edits(park, stack, seed, count):
        print(f"ready {n}", flush=True)
    print("done", flush=True)
    sys.stdin.read()  # wait to be killed (or for the parent to close stdin)


if __name__ == "__main__":
    main()
