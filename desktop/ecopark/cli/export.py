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
    p.add_argument(
        "--report",
        metavar="REPORT.pdf",
        help="write the work-plan report here (PDF: overview, map, key projects, charts, "
        "symbiosis chains, cost-benefit, safeguards; docs/work-plan.md)",
    )
    p.add_argument(
        "--scenario",
        metavar="ID",
        help="scenario id (default: the first plan); with --scale, several ids separated by "
        "commas print one sheet each into one PDF",
    )
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language first in headers")
    p.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="write in one language only: zh_CN (Chinese only) or en (English only); "
        "default: both, --lang first",
    )
    p.add_argument(
        "--paper",
        choices=("A0", "A1", "A2", "A3", "A4"),
        default=None,
        help="map paper size (default A4; A2-A0 print a drawing sheet, see --scale)",
    )
    p.add_argument(
        "--scale",
        metavar="N|fit",
        help="print a drawing sheet (frame, coordinate grid, title block) at exactly 1:N, e.g. "
        "10000, or 'fit' for the smallest round scale that shows the whole park",
    )
    for flag, what in (
        ("--drawn-by", "drawn by (title block)"),
        ("--checked-by", "checked by (title block)"),
        ("--drawing-no", "drawing number (title block; {page} is replaced by the page number)"),
        ("--unit", "design unit / organisation (title block)"),
        ("--project", "project name (title block; default: the park's name)"),
    ):
        p.add_argument(flag, help=what)
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
    p.add_argument(
        "--network-pressure",
        action="store_true",
        help="colour steam and hot-water pipes by pressure and mark consumers short of it",
    )
    add_strict_argument(p)
    p.set_defaults(func=run)


LANGUAGES = ("zh_CN", "en")
"""``--language`` values: one-language exports (codes and unit symbols stay as they are)."""


def _apply_language(args: argparse.Namespace, stack: contextlib.ExitStack) -> None:
    """``--language`` sets ``--lang`` and prints only that language for the rest of the call."""
    if args.language is None:
        return
    from ecopark.export.labels import single_language

    args.lang = "zh" if args.language == "zh_CN" else "en"
    stack.enter_context(single_language())


def _check_target(path: str, suffixes: tuple[str, ...], what: str) -> Path:
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        raise CliError(f"{target.name}: the {what} must be named {' or '.join(suffixes)}")
    if not target.parent.is_dir():
        raise CliError(f"{target}: folder {target.parent} does not exist; create it first")
    if target.is_dir():
        raise CliError(f"{target}: is a folder; give a file name")
    return target


def _parse_scale(text: str) -> int | None:
    if text.strip().lower() == "fit":
        return None
    cleaned = text.replace(",", "").replace("1:", "").strip()
    try:
        value = int(cleaned)
    except ValueError:
        raise CliError(
            f"--scale {text!r}: give a number like 10000 (for 1:10,000) or fit"
        ) from None
    if value < 1:
        raise CliError(f"--scale {text!r}: the scale must be a positive number")
    return value


def _run_sheets(args: argparse.Namespace, map_path: Path) -> int:
    """The drawing-sheet export (``--scale``): one page per scenario, exact scale, title block."""
    from ecopark.export.print_layout import SheetSpec, export_sheets

    park = load_checked(args)
    ids = [s.strip() for s in (args.scenario or "").split(",") if s.strip()]
    ids = ids or [park.default_scenario().scenario_id]
    for sid in ids:
        park.scenario(sid)  # an unknown id fails here, before any output
    spec = SheetSpec(args.paper or "A4", args.orientation, _parse_scale(args.scale), args.lang)
    given = {
        "drawn_by": args.drawn_by,
        "checked_by": args.checked_by,
        "drawing_no": args.drawing_no,
        "unit": args.unit,
        "project": args.project,
        "title": args.title,
    }
    try:
        reports = export_sheets(
            park,
            ids,
            map_path,
            spec,
            given={k: v for k, v in given.items() if v},
            underlays=not args.no_underlays,
        )
    except OSError as exc:
        raise CliError(f"cannot write the map: {exc.strerror or exc}") from None
    scale = reports[0].scale
    left_off = sum(len(r.left_off) for r in reports)
    note = f"; {left_off} label(s) left off for lack of room" if left_off else ""
    cut = max(r.cut_off for r in reports)
    if cut:
        note += (
            f"; {cut} object(s) reach beyond the sheet at 1:{scale:,} "
            "(use --scale fit or a larger --paper to show the whole park)"
        )
    print(
        f"wrote map ({spec.paper} {spec.orientation}, 1:{scale:,}, {len(reports)} sheet(s)"
        f"{note}): {map_path}"
    )
    return 0


def run(args: argparse.Namespace) -> int:
    with contextlib.ExitStack() as stack:
        _apply_language(args, stack)
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.scale is not None:
        if not args.map:
            raise CliError("--scale prints a map sheet: give --map MAP.pdf")
        if args.excel:
            raise CliError("--scale prints the map alone: export --excel in a second call")
        return _run_sheets(args, _check_target(args.map, (".pdf", ".png", ".svg"), "map"))
    if args.paper in ("A0", "A1", "A2"):
        raise CliError(f"--paper {args.paper}: large sheets are printed at a scale; add --scale")
    if args.scenario and "," in args.scenario:
        raise CliError("several scenarios print as sheets of one PDF: add --scale N or fit")
    args.paper = args.paper or "A4"
    if args.report:
        report = _check_target(args.report, (".pdf",), "report")
        if not args.excel and not args.map:
            return _run_report(args, report)
    if not args.excel and not args.map:
        raise CliError(
            "nothing to export: give --excel PLAN.xlsx, --map MAP.pdf and/or --report REPORT.pdf"
        )
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
                    network_pressure=args.network_pressure,
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
    if args.report:
        return _run_report(args, _check_target(args.report, (".pdf",), "report"))
    return 0


def _run_report(args: argparse.Namespace, report: Path) -> int:
    """``--report REPORT.pdf``: the work-plan report (ecopark.export.report)."""
    from ecopark.export.report import export_report

    park = load_checked(args)
    scenario_id = args.scenario or park.default_scenario().scenario_id
    park.scenario(scenario_id)
    try:
        export_report(park, scenario_id, report, args.lang)
    except OSError as exc:
        raise CliError(f"cannot write the report: {exc.strerror or exc}") from None
    print(f"wrote report: {report}")
    return 0
