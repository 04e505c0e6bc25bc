"""The text report's programme tables: space-score notes, CTIP Table 2, low-carbon rows and
the targets with their attainment (``ecopark evaluate`` without ``--json``)."""

from __future__ import annotations

from collections.abc import Callable

from ecopark.indicators.results import ScenarioResult
from ecopark.numbers import format_number

Table = Callable[[list[str], list[list[str]], int], list[str]]


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-2):
        return format_number(value)
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def space_notes(results: list[ScenarioResult], heads: list[str]) -> list[str]:
    out = []
    for r, head in zip(results, heads, strict=True):
        for component, why in r.space.notes.items():
            out.append(f"  {head}: {component} scored 0: {why}")
    return out


def ctip_table(r: ScenarioResult, title: str, table: Table) -> list[str]:
    rows = [
        [
            f"{c.id} {c.name}",
            c.unit,
            _num(c.baseline_value),
            _num(c.value),
            _num(c.target),
            c.status,
        ]  # fmt: skip
        for c in r.ctip
    ]
    head = ["indicator", "unit", "baseline", "value", "target", "status"]
    return [f"CTIP Table 2 of {title}"] + table(head, rows, 60)


def lowcarbon_table(r: ScenarioResult, title: str, table: Table) -> list[str]:
    rows = [
        [
            f"{c.id} {c.name}",
            c.unit,
            _num(c.value),
            "-" if c.threshold is None else f"{c.comparator} {c.threshold:g}",
            c.status,
        ]  # fmt: skip
        for c in r.lowcarbon
    ]
    head = ["indicator", "unit", "value", "requirement", "status"]
    return [f"Low-carbon and zero-carbon park indicators of {title}"] + table(head, rows, 60)


def targets_lines(r: ScenarioResult, title: str, table: Table) -> list[str]:
    if r.attainment is None:
        return [f"Targets of {title}: none (set them in the Targets dock)"]
    rows = [
        [
            f"{j.target.programme} {j.target.indicator_id} {j.name}",
            j.unit,
            _num(j.baseline_value),
            _num(j.value),
            f"{j.comparator} {_num(j.target_value)}",
            "met" if j.met else ("no data" if j.met is None else "not met"),
        ]  # fmt: skip
        for j in r.targets
    ]
    a = r.attainment
    head = ["target", "unit", "baseline", "value", "target", "status"]
    out = [f"Targets of {r.targets_plan} judged on {title}"] + table(head, rows, 60)
    out.append(
        f"attainment: {a.met} of {a.total} targets met ({a.share_met:.0%}); second subsidy "
        f"tranche {'due' if a.second_tranche_due else 'not due'} (needs at least 90 %)"
    )
    return out
