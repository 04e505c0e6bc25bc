"""``ecopark info FILE.gpkg``: what a project holds, per layer and scenario, and its CRS."""

from __future__ import annotations

import argparse
from typing import Any

from ecopark.cli.loading import add_strict_argument, load_checked
from ecopark.model import LAYERS, Park
from ecopark.storage import load_park


def register(sub: Any) -> None:
    p = sub.add_parser("info", help="counts per layer per scenario and the CRS of a project")
    p.add_argument("file", help="project file (.gpkg)")
    add_strict_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for line in summary_lines(load_checked(args)):
        print(line)
    return 0


def summary_lines(park: Park) -> list[str]:
    lines = [f"park: {park.name}", f"crs: {park.crs}"]
    header = f"{'scenario':<14}{'kind':<10}{'year':>6} " + " ".join(
        f"{layer:>10}" for layer in LAYERS
    )
    lines.append(header)
    for sid, scenario in park.scenarios.items():
        counts = scenario.counts()
        lines.append(
            f"{sid:<14}{scenario.info.kind:<10}{scenario.info.year:>6} "
            + " ".join(f"{counts[layer]:>10}" for layer in LAYERS)
        )
    custom = [k for k, zk in park.zone_kinds.items() if not zk.builtin]
    if custom:
        lines.append("custom zone kinds: " + ", ".join(custom))
    return lines


def print_summary(path: str) -> None:
    for line in summary_lines(load_park(path)):
        print(line)
