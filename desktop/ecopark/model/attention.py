"""Rows of a project file that could not become park objects: the "needs attention" list.

A GIS colleague may add a zone with only a name, or type "12 万" into a numeric column. Rather
than refusing the whole project, the loader sets such rows aside here with what is wrong; the
planner fixes them (they become objects) or deletes them, both undoable
(:class:`ecopark.commands.attention.ResolveAttention`). Until then they are written back to the
file unchanged (table ``needs_attention``) so saving never drops what another program wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one stored row: where (layer, fid, field), the value, and why."""

    layer: str
    fid: int
    field: str
    value: str
    """The value as stored (text, shown as the planner would see it in QGIS)."""
    problem: str

    def line(self) -> str:
        """One line naming layer, fid, field and value (the CLI prints these on stderr)."""
        return f"{self.layer} fid {self.fid}: {self.field} = {self.value}: {self.problem}"


@dataclass(frozen=True)
class AttentionRow:
    """A row set aside on load: its problems and its raw values, to be fixed or deleted."""

    layer: str
    fid: int
    scenario_id: str
    problems: tuple[RowProblem, ...]
    values: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    """Raw stored values of the row's columns (JSON-friendly: text, numbers, None)."""
    wkb_hex: str = ""
    """The stored geometry as WKB hex ("" when it had none or could not be read)."""

    @property
    def key(self) -> tuple[str, int]:
        return (self.layer, self.fid)

    def summary(self) -> str:
        return "; ".join(p.line() for p in self.problems)
