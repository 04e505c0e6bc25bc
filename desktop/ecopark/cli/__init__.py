"""The ``ecopark`` command: subcommands over the core, or the GUI when given a file or nothing.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module sets
``func`` on its parser. Errors a user can cause end as one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Sequence

from ecopark import __version__
from ecopark.model import EcoParkError

SUBCOMMAND_MODULES: tuple[str, ...] = (
    "ecopark.cli.info",
    "ecopark.cli.evaluate",
    "ecopark.cli.export",
    "ecopark.cli.inspect",
    "ecopark.cli.new",
)

EXIT_USAGE = 2


class CliError(EcoParkError):
    """A problem with the command line or its files, reported as one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecopark",
        description="EcoPark Planner: plan eco-industrial parks. "
        "Run 'ecopark FILE.gpkg' to open a project in the map editor.",
    )
    parser.add_argument("--version", action="version", version=f"ecopark {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # subcommand not part of this build
                continue
            raise
        module.register(sub)
    return parser


def _is_subcommand(argv: Sequence[str]) -> bool:
    return bool(argv) and (argv[0].startswith("-") or argv[0] in _subcommand_names())


def _subcommand_names() -> set[str]:
    return {name.rsplit(".", 1)[1] for name in SUBCOMMAND_MODULES}


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--selftest"]:  # installer check: see ecopark.selftest
        from ecopark.selftest import run

        return run(args_list[1:])
    if not _is_subcommand(args_list):
        return _open_gui(args_list)
    # GDAL reports recoverable oddities of input files as warnings; our messages say what matters.
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="pyogrio")
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or 0)
    except EcoParkError as exc:
        print(f"ecopark: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("ecopark: interrupted", file=sys.stderr)
        return 130


def _open_gui(args: list[str]) -> int:
    """Open the map editor; fall back to a summary where the GUI is not available."""
    try:
        from ecopark.ui.app import run_app  # type: ignore[import-not-found]
    except ImportError:
        from ecopark.cli.info import print_summary

        if not args:
            print(
                "ecopark: the map editor is not available in this build; try 'ecopark --help'",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            print_summary(args[0])
        except EcoParkError as exc:
            print(f"ecopark: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        return 0
    return int(run_app(args))


if __name__ == "__main__":
    sys.exit(main())
