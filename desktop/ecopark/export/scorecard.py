"""The indicator scorecard: the few figures a panel looks at beside a map, as plain rows.

Shared by the map export (a panel beside the map) and presentation mode (a card under each map of
a baseline-versus-plan view), so both always show the same figures, formatted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from ecopark.export.labels import Bilingual, both, medium_pair
from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.indicators.verdicts import tally
from ecopark.model import Park
from ecopark.numbers import format_plain


@dataclass(frozen=True)
class ScoreRow:
    """One line of the scorecard; ``status`` is pass, fail or "" (no threshold)."""

    key: str
    label: Bilingual
    value: float | None
    text: str
    """The value formatted with its unit, or "—" when it cannot be computed."""
    threshold_text: str = ""
    status: str = ""


def _fmt(value: float | None, digits: int, unit: str = "", pct: bool = False) -> str:
    if value is None:
        return "—"
    if pct:
        return f"{value * 100:.{digits}f} %"
    return f"{value:,.{digits}f}{(' ' + unit) if unit else ''}"


def scorecard_rows(
    result: ScenarioResult, investment_10k_rmb: float | None = None
) -> list[ScoreRow]:
    """Land output against HJ 274, coverage per medium, boilers, space score, HJ 274 tally."""
    lo, cov, space = result.land_output, result.coverage, result.space
    status = "" if lo.passes is None else ("pass" if lo.passes else "fail")
    rows = [
        ScoreRow(
            "land_output",
            ("地均工业增加值", "Land output"),
            lo.park_value,
            _fmt(lo.park_value, 2, "亿元/km²"),
            f"≥ {format_plain(lo.threshold)}",
            status,
        ),
        ScoreRow(
            "coverage",
            ("共享设施覆盖率", "Infrastructure coverage"),
            cov.combined,
            _fmt(cov.combined, 0, pct=True),
        ),
    ]
    for medium, mc in cov.media.items():
        if mc.demand > 0:
            zh, en = medium_pair(medium)
            rows.append(
                ScoreRow(
                    f"coverage:{medium}",
                    (f"  {zh}", f"  {en}"),
                    mc.share,
                    _fmt(mc.share, 0, pct=True),
                )
            )
    rows.append(
        ScoreRow(
            "boilers_replaced",
            ("替代小锅炉", "Boilers replaced"),
            float(cov.boilers_replaced),
            f"{cov.boilers_replaced:d}",
        )
    )
    rows.append(
        ScoreRow(
            "space_score",
            ("空间优化得分", "Space score"),
            space.score,
            _fmt(space.score, 0, "/ 100"),
        )
    )
    if result.hj274:
        counted = tally(result.hj274)  # the one rule: entered rows by their value
        passed, failed = counted.passed, counted.failed
        rows.append(
            ScoreRow(
                "hj274",
                ("HJ 274 达标", "HJ 274 passing"),
                float(passed),
                f"{passed} / {passed + failed}",
                status="pass" if failed == 0 and passed else ("fail" if failed else ""),
            )
        )
    if investment_10k_rmb is not None:
        rows.append(
            ScoreRow(
                "investment",
                ("重点项目投资", "Key-project investment"),
                investment_10k_rmb,
                _fmt(investment_10k_rmb / 10_000.0, 2, "亿元"),
            )
        )
    return rows


def park_scorecard(park: Park, scenario_id: str, with_investment: bool = True) -> list[ScoreRow]:
    """Evaluate ``scenario_id`` and return its scorecard (with the key-project investment)."""
    from ecopark.export.costs import plan_costs

    result = evaluate_scenario(park, scenario_id)
    investment = None
    if with_investment:
        investment = plan_costs(park, scenario_id, result).total_investment_10k_rmb
    return scorecard_rows(result, investment)


def row_label(row: ScoreRow, lang: str) -> str:
    return both(row.label, lang)


__all__ = ["ScoreRow", "park_scorecard", "row_label", "scorecard_rows"]
