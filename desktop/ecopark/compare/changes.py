"""Object-by-object differences between two scenarios and the scorecard figures side by side.

Objects are matched by id within a layer (a plan is a copy of the baseline, so ids carry over):
an id only in the plan is *added*, only in the baseline *removed*, in both with any field or the
geometry different *changed* (the fields are listed). Indicators are the scorecard rows the map
export and presentation mode print, so all three show the same figures.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ecopark.export.scorecard import ScoreRow, park_scorecard
from ecopark.model import LAYERS, Park, ParkObject

STATUSES = ("added", "removed", "changed")


@dataclass(frozen=True)
class ObjectChangeRow:
    layer: str
    object_id: str
    status: str
    """added, removed or changed"""
    name: str
    fields: tuple[str, ...] = ()
    """Changed fields ("geometry" when the shape or place moved)."""


@dataclass(frozen=True)
class IndicatorDelta:
    key: str
    label: tuple[str, str]
    base_text: str
    plan_text: str
    base: float | None
    plan: float | None

    @property
    def delta(self) -> float | None:
        if self.base is None or self.plan is None:
            return None
        return self.plan - self.base


@dataclass
class ScenarioDiff:
    base_id: str
    plan_id: str
    rows: list[ObjectChangeRow] = field(default_factory=list)

    def count(self, status: str, layer: str | None = None) -> int:
        return sum(1 for r in self.rows if r.status == status and layer in (None, r.layer))


def changed_fields(old: ParkObject, new: ParkObject) -> tuple[str, ...]:
    out = []
    for f in dataclasses.fields(old):  # type: ignore[arg-type]
        a, b = getattr(old, f.name), getattr(new, f.name)
        if f.name == "geometry":
            if not a.equals_exact(b, 1e-6):
                out.append(f.name)
        elif a != b:
            out.append(f.name)
    return tuple(out)


def diff_scenarios(park: Park, base_id: str, plan_id: str) -> ScenarioDiff:
    base, plan = park.scenario(base_id), park.scenario(plan_id)
    diff = ScenarioDiff(base_id, plan_id)
    for layer in LAYERS:
        old, new = base.layers[layer], plan.layers[layer]
        for oid in sorted(set(old) | set(new)):
            if oid not in old:
                diff.rows.append(ObjectChangeRow(layer, oid, "added", _name(new[oid])))
            elif oid not in new:
                diff.rows.append(ObjectChangeRow(layer, oid, "removed", _name(old[oid])))
            elif old[oid] is not new[oid]:
                fields = changed_fields(old[oid], new[oid])
                if fields:
                    diff.rows.append(
                        ObjectChangeRow(layer, oid, "changed", _name(new[oid]), fields)
                    )
    return diff


def _name(obj: ParkObject) -> str:
    return str(getattr(obj, "name", "") or getattr(obj, "material", "") or "")


def indicator_deltas(
    park: Park,
    base_id: str,
    plan_id: str,
    base_rows: list[ScoreRow] | None = None,
    plan_rows: list[ScoreRow] | None = None,
) -> list[IndicatorDelta]:
    """The scorecard of both scenarios, row by row (rows only one of them has are kept)."""
    b = {r.key: r for r in (base_rows or park_scorecard(park, base_id))}
    p = {r.key: r for r in (plan_rows or park_scorecard(park, plan_id))}
    out = []
    for key in dict.fromkeys([*b, *p]):
        rb, rp = b.get(key), p.get(key)
        label = (rp or rb).label  # type: ignore[union-attr]
        out.append(
            IndicatorDelta(
                key,
                label,
                rb.text if rb else "—",
                rp.text if rp else "—",
                rb.value if rb else None,
                rp.value if rp else None,
            )
        )
    return out


__all__ = [
    "STATUSES",
    "IndicatorDelta",
    "ObjectChangeRow",
    "ScenarioDiff",
    "changed_fields",
    "diff_scenarios",
    "indicator_deltas",
]
