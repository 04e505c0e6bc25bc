"""The balance rules ``Park.check`` adds for exchanges (warnings: the park is allowed, the
figures are probably wrong).

* a site exports more of a stream than it generates (solid waste, wastewater, steam, heat), or
  records less solid waste reused than the exchanges carry away to other firms;
* a receiver takes in more than it can use, where that is recorded (by-product intake capacity,
  steam, heat or reclaimed-water demand, a facility's capacity);
* solid waste generated but neither exchanged, reused nor disposed: checked when the firm
  records its disposal (so it claims a full account), or records no reuse, no disposal and no
  exchange at all.
"""

from __future__ import annotations

from ecopark.model import Park, ValidationError
from ecopark.model.park import Scenario
from ecopark.symbiosis.balance import SiteBalance, StreamBalance, balances

RTOL = 0.001
"""Relative slack before a balance is reported (rounding of recorded figures)."""

STREAM_WORDS: dict[str, str] = {
    "solid_waste": "solid waste",
    "water": "wastewater / reclaimed water",
    "steam_hp": "HP steam",
    "steam_mp": "MP steam",
    "steam_lp": "LP steam",
    "heat": "heat",
}


class SymbiosisBalanceWarning(ValidationError):
    """A by-product or energy balance that does not close (never raised, only reported)."""

    severity = "warning"

    def __init__(self, message: str, *, layer: str, object_id: str, rule: str, stream: str):
        super().__init__(message, layer=layer, object_id=object_id)
        self.rule = rule
        self.stream = stream


def _more(a: float, b: float) -> bool:
    return a > b * (1.0 + RTOL) + 1e-9


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def site_problems(site: SiteBalance, scenario_id: str) -> list[SymbiosisBalanceWarning]:
    out: list[SymbiosisBalanceWarning] = []
    for sb in site.streams.values():
        out += _stream_problems(site, sb, scenario_id)
    return out


def _stream_problems(
    site: SiteBalance, sb: StreamBalance, scenario_id: str
) -> list[SymbiosisBalanceWarning]:
    word = STREAM_WORDS[sb.stream]
    who = f"{site.layer} {site.site_id}" + (f" ({site.name})" if site.name else "")
    where = f" in scenario {scenario_id}"
    found: list[SymbiosisBalanceWarning] = []

    def warn(rule: str, text: str) -> None:
        found.append(SymbiosisBalanceWarning(text + where, layer=site.layer,
                                             object_id=site.site_id, rule=rule,
                                             stream=sb.stream))  # fmt: skip

    out_total = sb.out_total
    if out_total > 0 and sb.generated is not None and _more(out_total, sb.generated):
        gen = "generates" if site.layer == "firms" else "can supply"
        warn(
            "exports_more_than_generated",
            f"{who} exchanges out {_fmt(out_total, sb.unit)} of {word} but {gen} only "
            f"{_fmt(sb.generated, sb.unit)}; correct the exchanges or the firm's figures",
        )
    if sb.stream == "solid_waste" and sb.reused_recorded is not None and out_total > 0:
        if _more(out_total, sb.reused_recorded):
            warn(
                "reuse_below_exchanges",
                f"{who} records {_fmt(sb.reused_recorded, sb.unit)} of solid waste reused but "
                f"its exchanges give {_fmt(out_total, sb.unit)} to other firms; reuse counts "
                "what others take as well as what is reused in house",
            )
    received = sb.received_total
    if received > 0 and sb.can_take_in is not None and _more(received, sb.can_take_in):
        warn(
            "receives_more_than_it_can_use",
            f"{who} receives {_fmt(received, sb.unit)} of {word} but can take in only "
            f"{_fmt(sb.can_take_in, sb.unit)}",
        )
    left = sb.unaccounted
    if left is not None and sb.generated and left > RTOL * sb.generated:
        nothing_recorded = sb.reused_recorded is None and sb.disposed is None and out_total == 0
        if sb.disposed is not None or nothing_recorded:
            warn(
                "unaccounted_by_product",
                f"{who}: {_fmt(left, sb.unit)} of the {_fmt(sb.generated, sb.unit)} of solid "
                "waste it generates is neither exchanged, reused nor disposed",
            )
    return found


def symbiosis_problems(park: Park, scenario: Scenario) -> list[ValidationError]:
    """The balance warnings of one scenario (registered with ``Park.check``)."""
    b = balances(park, scenario.scenario_id)
    problems: list[ValidationError] = []
    for site in b.sites.values():
        problems += site_problems(site, scenario.scenario_id)
    return problems
