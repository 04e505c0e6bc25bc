"""Regenerate the demo parks in this folder from their readable sources in ``demoparks/``.

    .venv/bin/python layouts/build_demo_parks.py            # rewrite the three .gpkg files here
    .venv/bin/python layouts/build_demo_parks.py --summary  # also print the headline figures
    .venv/bin/python layouts/build_demo_parks.py --tables   # Markdown tables quoted in README.md
    .venv/bin/python layouts/build_demo_parks.py --out /tmp/parks

The files are written by the project's own writer (``ecopark.storage.save_park``). GDAL stamps
each table with the current time; the generator pins that stamp (``OGR_CURRENT_DATE``) so that
the same sources always give the same bytes, and tests/layouts/test_demo_parks.py checks that the
committed files are what these sources produce.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pyogrio  # noqa: E402

from demoparks import caofeidian, guigang, liaobin  # noqa: E402
from demoparks.builder import build_park  # noqa: E402
from demoparks.checks import check_layout, elasticities, headline  # noqa: E402
from demoparks.describe import park_tables  # noqa: E402
from demoparks.liaobin_work_plan import add_work_plan  # noqa: E402
from demoparks.phasing import add_targets_and_monitoring, apply_phases  # noqa: E402
from demoparks.specs import ParkSpec  # noqa: E402
from ecopark.hydraulics.sizing import propose_sizes, sizing_command  # noqa: E402
from ecopark.model import Park  # noqa: E402
from ecopark.storage import save_park  # noqa: E402

PARKS: dict[str, ParkSpec] = {
    "liaobin_coastal.gpkg": liaobin.SPEC,
    "guigang_sugar.gpkg": guigang.SPEC,
    "caofeidian_steel.gpkg": caofeidian.SPEC,
}

FIXED_DATE = "2025-01-01T00:00:00.000Z"
"""The time GDAL writes into gpkg_contents.last_change, pinned for reproducible files."""
FIXED_EPOCH = 1735689600
"""The same moment in seconds since 1970 (SOURCE_DATE_EPOCH, for the QGIS tables' stamps)."""


class LayoutError(RuntimeError):
    """A demo park's tables draw something inconsistent; the message lists what."""


def build(file_name: str) -> Park:
    spec = PARKS[file_name]
    park = build_park(spec)
    if file_name == "liaobin_coastal.gpkg":
        apply_phases(park)  # a three-year work plan, 2028-2030 (issue 17)
        add_targets_and_monitoring(park)  # targets by year, the 2029 progress report
    problems = check_layout(spec, park)
    if problems:
        raise LayoutError(f"{file_name}:\n  " + "\n  ".join(problems))
    size_plan_pipes(park)
    if file_name == "liaobin_coastal.gpkg":
        add_work_plan(park)  # projects, years, subsidy rates, safeguards, history (issue 17)
    return park


def size_plan_pipes(park: Park) -> list[str]:
    """Give the plan scenarios' pipes designed diameters, as a planner would before showing the
    plan: the window's "Size pipes…" proposal (docs/hydraulics.md §6), accepted in full as its
    one undoable command. The tables draw each pipe with an indicative DN; a plan whose steam
    arrives below the consumers' pressure at 130-150 m/s is not a credible demo. Returns what
    sizing cannot resolve (a consumer short for temperature, not pressure)."""
    unresolved: list[str] = []
    for sid, scenario in park.scenarios.items():
        if scenario.info.kind != "plan":
            continue
        proposal = propose_sizes(park, sid)
        if proposal.changes:
            sizing_command(park, sid, list(proposal.changes)).redo(park)
        unresolved += list(proposal.unresolved)
    return unresolved


def write_parks(out_dir: Path, names: Sequence[str] | None = None) -> list[Path]:
    """Build and save the demo parks into ``out_dir``; returns the written paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": FIXED_DATE})
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(FIXED_EPOCH)  # the QGIS style and project stamps
    written = []
    try:
        for name in names or list(PARKS):
            path = out_dir / name
            save_park(build(name), path)
            written.append(path)
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    return written


def print_summary(park: Park) -> None:
    figs = headline(park)
    keys = list(next(iter(figs.values())))
    print(park.name)
    print(f"  {'':<26}" + "".join(f"{sid:>14}" for sid in figs))
    for key in keys:
        print(f"  {key:<26}" + "".join(f"{figs[sid][key]:>14.3f}" for sid in figs))
    for key, value in elasticities(park).items():
        print(f"  elasticity {key:<15}{value:>14.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write (default: here)")
    parser.add_argument("--only", choices=list(PARKS), action="append", help="one park only")
    parser.add_argument("--summary", action="store_true", help="print headline figures")
    parser.add_argument(
        "--tables", action="store_true", help="print the README tables instead of writing files"
    )
    args = parser.parse_args(argv)
    if args.tables:
        for name in args.only or list(PARKS):
            print("\n".join(park_tables(PARKS[name])), end="\n\n")
        return 0
    for path in write_parks(args.out, args.only):
        print(f"wrote {path}")
        if args.summary:
            print_summary(build(path.name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
