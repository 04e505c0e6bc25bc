"""Per-mu (亩均) evaluation of firms: figures per mu of plot, a weighted score and grades A-D.

Provincial schemes (e.g. Zhejiang's 亩均效益综合评价) judge each firm on its output, tax, energy
and emissions per mu of land and its labour productivity, and grade firms by where they stand in
the park. The measures, their weights and reference values are data (data/permu_scheme.csv),
the grade cut-offs too (data/permu_grades.csv); a project may override both in
``park.settings["permu_scheme"]`` = {"weights": {measure: w}, "reference": {measure: value},
"grades": {"A": 80, "B": 40, "C": 10}}.

Rules (docs/indicators.md §6):

* 1 mu = 666.67 m² of the firm's plot; a firm without a plot area is not graded;
* measure score = 100 x value / reference for "higher is better", 100 x reference / value for
  "lower is better" (a value of 0 then scores the cap), capped at 200; the reference is the
  scheme's value, or, when blank, the median over the park's firms that recorded the measure;
* a measure the firm did not record scores 0 (a scheme cannot credit an unreported figure);
* composite = Σ weight x score / Σ weight;
* percentile = 100 x (firms with a lower composite) / graded firms; grade = the first of A, B, C
  whose cut-off the percentile reaches, else D.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ecopark.indicators.sets import read_rows
from ecopark.model.kinds import SQM_PER_MU

SCHEME_SETTING = "permu_scheme"
SCORE_CAP = 200.0
GRADES = ("A", "B", "C", "D")


@dataclass(frozen=True)
class Measure:
    key: str
    name_en: str
    name_zh: str
    unit: str
    higher_is_better: bool
    weight: float
    reference: float | None


@dataclass(frozen=True)
class FirmGrade:
    firm_id: str
    name: str
    values: dict[str, float | None]
    scores: dict[str, float]
    composite: float | None
    percentile: float | None
    grade: str | None
    """A-D; None when the firm has no plot area (not graded)."""
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "firm_id": self.firm_id,
            "name": self.name,
            "values": self.values,
            "scores": self.scores,
            "composite": self.composite,
            "percentile": self.percentile,
            "grade": self.grade,
            "note": self.note,
        }


def _num(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) and x >= 0 else None


def scheme(
    settings: Mapping[str, Any] | None = None,
) -> tuple[tuple[Measure, ...], dict[str, float]]:
    """The measures (with the project's weights and references) and the grade cut-offs."""
    raw = (settings or {}).get(SCHEME_SETTING)
    raw = raw if isinstance(raw, Mapping) else {}
    w_raw, r_raw = raw.get("weights"), raw.get("reference")
    weights: Mapping[str, Any] = w_raw if isinstance(w_raw, Mapping) else {}
    refs: Mapping[str, Any] = r_raw if isinstance(r_raw, Mapping) else {}
    measures = []
    for r in read_rows("permu_scheme.csv"):
        key = r["measure"]
        w = _num(weights.get(key)) if key in weights else _num(r["weight"])
        ref = _num(refs.get(key)) if key in refs else _num(r["reference"] or None)
        measures.append(
            Measure(
                key,
                r["name_en"],
                r["name_zh"],
                r["unit"],
                r["direction"] == "higher",
                w or 0.0,
                ref,
            )  # fmt: skip
        )
    cuts = {r["grade"]: float(r["min_percentile"]) for r in read_rows("permu_grades.csv")}
    user_cuts = raw.get("grades")
    if isinstance(user_cuts, Mapping):
        for g, v in user_cuts.items():
            if g in cuts and _num(v) is not None:
                cuts[g] = float(v)  # type: ignore[arg-type]
    return tuple(measures), cuts


def _firm_values(firm: Any) -> dict[str, float | None]:
    plot = float(firm.plot_area_m2 or 0.0)
    mu = plot / SQM_PER_MU
    if mu <= 0:
        return {}

    def per_mu(value: float | None) -> float | None:
        return None if value is None else float(value) / mu

    emissions = [v for v in (firm.cod_kg, firm.so2_kg) if v is not None]
    return {
        "iav_per_mu": per_mu(firm.iav_10k_rmb),
        "tax_per_mu": per_mu(getattr(firm, "tax_10k_rmb", None)),
        "energy_per_mu": per_mu(firm.energy_tce),
        "emission_per_mu": per_mu(sum(emissions)) if emissions else None,
        "labour_productivity": firm.iav_10k_rmb / firm.employees if firm.employees else None,
    }


def _score(value: float | None, ref: float | None, higher: bool) -> float:
    if value is None or ref is None or ref <= 0:
        return 0.0
    if higher:
        return min(SCORE_CAP, 100.0 * value / ref)
    return SCORE_CAP if value <= 0 else min(SCORE_CAP, 100.0 * ref / value)


def grade_firms(park: Any, scenario_id: str) -> tuple[FirmGrade, ...]:
    """Every firm of the scenario with its per-mu figures, score and grade, sorted by grade
    (A first), then composite score (highest first), then firm id; ungraded firms last."""
    measures, cuts = scheme(park.settings)
    firms = [park.scenario(scenario_id).firms[k] for k in sorted(park.scenario(scenario_id).firms)]
    values = {f.firm_id: _firm_values(f) for f in firms}
    refs: dict[str, float | None] = {}
    for m in measures:
        if m.reference is not None:
            refs[m.key] = m.reference
            continue
        seen = [float(x) for v in values.values() if (x := v.get(m.key)) is not None]
        refs[m.key] = float(np.median(seen)) if seen else None
    total_w = sum(m.weight for m in measures)
    composite: dict[str, float] = {}
    scores: dict[str, dict[str, float]] = {}
    for f in firms:
        v = values[f.firm_id]
        if not v:
            continue
        s = {m.key: _score(v.get(m.key), refs[m.key], m.higher_is_better) for m in measures}
        scores[f.firm_id] = s
        composite[f.firm_id] = (
            sum(m.weight * s[m.key] for m in measures) / total_w if total_w > 0 else 0.0
        )
    graded = np.array(list(composite.values()))
    out = []
    for f in firms:
        if f.firm_id not in composite:
            out.append(FirmGrade(f.firm_id, f.name, {}, {}, None, None, None, "no plot area"))
            continue
        c = composite[f.firm_id]
        pct = 100.0 * float(np.sum(graded < c)) / len(graded)
        grade = next((g for g in GRADES[:-1] if pct >= cuts.get(g, 101.0)), "D")
        missing = [m.key for m in measures if values[f.firm_id].get(m.key) is None]
        note = ("not recorded (scores 0): " + ", ".join(missing)) if missing else ""
        out.append(FirmGrade(f.firm_id, f.name, values[f.firm_id], scores[f.firm_id], c, pct,
                             grade, note))  # fmt: skip
    order = {g: i for i, g in enumerate(GRADES)}
    out.sort(key=lambda g: (order.get(g.grade or "", 9), -(g.composite or 0.0), g.firm_id))
    return tuple(out)
