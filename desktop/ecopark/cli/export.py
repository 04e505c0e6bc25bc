"""``ecopark export FILE.gpkg --excel plan.xlsx --map map.pdf``: the work plan and the map.

Everything that can be refused (the file, the scenario, the language, the paper, the map format,
the output folder) is checked before anything is written, and both outputs are written through
temporary files that replace their targets only when both succeeded: a failed call leaves no
output file behind.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from ecopark.cli import CliError
from ecopark.cli.loading import add_strict_argument, load_checked
from ecopark.storage import atomic_target


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="write the Excel work plan and/or a map (PDF, PNG, SVG) of a scenario",
        description="Write the Excel work plan (--excel) and/or a printable map (--map) of one "
        "scenario; both may be given in one call.",
    )
    p.add_argument("file", help="project file (.gpkg)")
    p.add_argument("--excel", metavar="PLAN.xlsx", help="write the Excel work plan here")
    p.add_argument("--map", metavar="MAP.pdf", help="write the map here (.pdf, .png or .svg)")
    p.add_argument("--scenario", metavar="ID", help="scenario id (default: the first plan)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language first in headers")
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help="map paper size")
    p.add_argument(
        "--orientation",
        choices=("landscape", "portrait"),
        default="landscape",
        help="map page orientation",
    )
    p.add_argument(
        "--no-scorecard", action="store_true", help="leave the indicator scorecard off the map"
    )
    p.add_argument(
        "--no-underlays",
        action="store_true",
        help="leave the scanned plans (underlays) out from under the map",
    )
    p.add_argument("--title", help="map title (default: park, scenario and year)")
    add_strict_argument(p)
    p.set_defaults(func=run)


def _check_target(path: str, suffixes: tuple[str, ...], what: str) -> Path:
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        raise CliError(f"{target.name}: the {what} must be named {' or '.join(suffixes)}")
    if not target.parent.is_dir():
        raise CliError(f"{target}: folder {target.parent} does not exist; create it first")
    if target.is_dir():
        raise CliError(f"{target}: is a folder; give a file name")
    return target


def run(args: argparse.Namespace) -> int:
    if not args.excel and not args.map:
        raise CliError("nothing to export: give --excel PLAN.xlsx and/or --map MAP.pdf")
    excel = _check_target(args.excel, (".xlsx",), "work plan") if args.excel else None
    map_path = _check_target(args.map, (".pdf", ".png", ".svg"), "map") if args.map else None
    if excel is not None and map_path is not None and excel.resolve() == map_path.resolve():
        raise CliError("--excel and --map name the same file")
    park = load_checked(args)
    scenario_id = args.scenario or park.default_scenario().scenario_id
    park.scenario(scenario_id)  # an unknown id fails here, before any output

    from ecopark.export.map_export import map_format, map_rendering, render_map_figure, save_figure
    from ecopark.export.workbook import build_work_plan

    workbook = build_work_plan(park, scenario_id, args.lang) if excel is not None else None
    try:
        with contextlib.ExitStack() as stack:
            figure = None
            if map_path is not None:
                stack.enter_context(map_rendering())
                figure = render_map_figure(
                    park,
                    scenario_id,
                    paper=args.paper,
                    orientation=args.orientation,
                    scorecard=not args.no_scorecard,
                    title=args.title,
                    lang=args.lang,
                    underlays=not args.no_underlays,
                )
            # Both temporaries replace their targets only once both are complete.
            if workbook is not None and excel is not None:
                workbook.save(stack.enter_context(atomic_target(excel)))
            if figure is not None and map_path is not None:
                tmp = stack.enter_context(atomic_target(map_path))
                save_figure(figure, tmp, map_format(map_path), args.title or park.name)
    except OSError as exc:
        raise CliError(f"cannot write the export: {exc.strerror or exc}") from None
    for path, what in ((excel, "work plan"), (map_path, f"map ({args.paper} {args.orientation})")):
        if path is not None:
            print(f"wrote {what}: {path}")
    return 0
