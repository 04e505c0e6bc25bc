"""One rule for counting indicator rows as passing or failing, used by every view.

The rule (docs/indicators.md §4.5): a row **passes** when its value reaches the requirement and
**fails** when it does not, whether the value was derived from the map or **entered** by the
planner (``Hj274Row.meets``). "Entered" says where a value came from, not whether it passes: it
is counted apart as well ("of which entered"), never instead. Rows without a value are
``no_data``; rows with a value but no requirement (no target, outside their band, an entered
yes/no without a threshold) are ``not_judged``. The indicator panel, the presentation and PDF
scorecards, the workbook and the CLI all call :func:`verdict` / :func:`tally`, so they agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from ecopark.indicators.results import Hj274Row

Verdict = Literal["pass", "fail", "no_data", "not_judged"]


def verdict(row: Hj274Row) -> Verdict:
    """Whether ``row`` counts as passing, failing, without data or not judged."""
    return judged(row.status, row.meets, row.value is not None)


def judged(status: str, meets: bool | None, has_value: bool = True) -> Verdict:
    """The rule on a row's stored status and ``meets`` (for views that keep only those)."""
    if meets is True:
        return "pass"
    if meets is False:
        return "fail"
    if status == "insufficient_data" or not has_value:
        return "no_data"
    return "not_judged"


@dataclass(frozen=True)
class Tally:
    """Counts of a programme's rows under the one rule."""

    passed: int
    failed: int
    no_data: int
    not_judged: int
    entered: int
    """Rows whose value the planner entered (already counted in passed/failed/not_judged)."""
    entered_passed: int
    entered_failed: int

    @property
    def judged(self) -> int:
        """Rows with a verdict: the denominator of "达标 x / y"."""
        return self.passed + self.failed

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.no_data + self.not_judged


def tally(rows: Iterable[Hj274Row]) -> Tally:
    rows = list(rows)
    verdicts = [verdict(r) for r in rows]
    entered = [v for r, v in zip(rows, verdicts, strict=True) if r.status == "entered"]
    return Tally(
        passed=verdicts.count("pass"),
        failed=verdicts.count("fail"),
        no_data=verdicts.count("no_data"),
        not_judged=verdicts.count("not_judged"),
        entered=len(entered),
        entered_passed=entered.count("pass"),
        entered_failed=entered.count("fail"),
    )


__all__ = ["Tally", "Verdict", "judged", "tally", "verdict"]
