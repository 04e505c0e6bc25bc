"""What shared infrastructure saves, as one line for the indicator panel's coverage view.

Kept apart from the panel (a few hook lines call it) so the carbon wording has one home; the
figures come from ``ScenarioResult.carbon`` (ecopark.indicators.carbon, docs/carbon.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecopark.indicators import ScenarioResult
from ecopark.ui.i18n import arg


def savings_html(result: ScenarioResult) -> str:
    """ "<br>Saved: … tce fuel, … t SO₂, … t NOx, … t CO₂ a year; … m³ fresh water" (empty when
    nothing is saved)."""
    carbon = result.carbon
    if carbon is None:
        return ""
    s = carbon.savings
    parts = []
    if s.boilers_replaced:
        template = QCoreApplication.translate(
            "CarbonSavings",
            "Replaced boilers save %1 tce of fuel, %2 t SO₂, %3 t NOx and %4 t CO₂ a year "
            "(net of the CHP's coal)",
        )
        figures = (s.fuel_tce, s.so2_t, s.nox_t, s.co2_t)
        parts.append(arg(template, *(f"{v:,.0f}" for v in figures)))
    if s.fresh_water_m3 > 0:
        parts.append(
            arg(
                QCoreApplication.translate(
                    "CarbonSavings", "reclaimed water saves %1 m³ of fresh water a year"
                ),
                f"{s.fresh_water_m3:,.0f}",
            )
        )
    return "<br>" + "; ".join(parts) if parts else ""


def carbon_html(result: ScenarioResult) -> str:
    """ "<br>CO₂ … t/a (scope 1 …, scope 2 …); … t per 10⁴ RMB; … t per tce" or empty."""
    carbon = result.carbon
    if carbon is None or carbon.park.total_t is None:
        return ""
    p = carbon.park

    def num(v: float | None, digits: int) -> str:
        return "–" if v is None else f"{v:,.{digits}f}"

    template = QCoreApplication.translate(
        "CarbonSavings",
        "CO₂ <b>%1</b> t/a (scope 1 %2, scope 2 %3); %4 t per 10⁴ RMB IAV; %5 t per tce",
    )
    return "<br>" + arg(
        template,
        num(p.total_t, 0), num(p.scope1_t, 0), num(p.scope2_t, 0),
        num(p.per_iav_t_per_10k_rmb, 3), num(p.per_tce_t, 2),
    )  # fmt: skip


__all__ = ["carbon_html", "savings_html"]
