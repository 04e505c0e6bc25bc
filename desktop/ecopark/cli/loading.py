"""Loading a project for a subcommand: unreadable rows are reported, the rest is used.

A row another program wrote that EcoPark cannot read (text in a numeric column, a missing id, a
broken geometry) is printed on stderr, one line naming layer, fid, field and value, and set
aside; the rest of the park is evaluated and exported (exit 0). ``--strict`` makes such rows an
error (exit 2). A file that fails SQLite's integrity check is always refused (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ecopark.model import Park
from ecopark.storage import load_park


def add_strict_argument(parser: Any) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse (exit 2) a project with rows that cannot be read, instead of setting them "
        "aside",
    )


def load_checked(args: argparse.Namespace) -> Park:
    """The project of ``args.file``, with its unreadable rows reported on stderr."""
    from ecopark.cli import CliError

    park = load_park(args.file, set_aside=True)
    problems = [p for row in park.needs_attention for p in row.problems]
    for problem in problems:
        print(f"ecopark: unreadable row: {problem.line()}", file=sys.stderr)
    if problems and getattr(args, "strict", False):
        raise CliError(f"{args.file}: {len(park.needs_attention)} row(s) cannot be read (--strict)")
    if problems:
        print(
            f"ecopark: {len(park.needs_attention)} row(s) set aside; the rest is used",
            file=sys.stderr,
        )
    return park
