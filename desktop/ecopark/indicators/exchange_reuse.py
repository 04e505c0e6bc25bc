"""How exchanges feed the HJ 274 industrial water and solid-waste reuse ratios.

A firm's own reuse figure is authoritative when recorded; exchanges fill in where it is not:

* solid waste: a firm that records what it generates but not what it reuses counts the solid
  waste its exchanges give to other sites as reused (capped at what it generates), because
  reuse by another firm is comprehensive utilisation;
* water: a firm that records its fresh water but not its reused water counts the treated
  wastewater / reclaimed water it receives through exchanges as reused water.

Such a firm then takes part in the ratio (before, only firms that recorded both quantities did).
Streams come from :func:`ecopark.symbiosis.materials.stream_of`. docs/symbiosis.md has the
worked example; docs/indicators.md points to it.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from ecopark.indicators.state import ScenarioState
from ecopark.symbiosis.materials import balance_amount, stream_of

REUSE_FEEDS: dict[str, tuple[str, str]] = {
    "solid_waste_reused_t": ("solid_waste", "from"),
    "water_reused_m3": ("water", "to"),
}
"""reused field -> (stream, which end of the exchange reuses it)."""


def exchange_reuse(state: ScenarioState, reused_field: str, firms: np.ndarray) -> np.ndarray:
    """Per firm slot of ``firms``: the amount its exchanges contribute to ``reused_field``
    (0 where none; the field's own unit per year)."""
    out = np.zeros(len(firms))
    feed = REUSE_FEEDS.get(reused_field)
    if feed is None or not len(firms):
        return out
    stream, end = feed
    scenario = state.park.scenario(state.scenario_id)
    amounts: dict[str, float] = defaultdict(float)
    for ex in scenario.exchanges.values():
        if stream_of(ex.material) != stream:
            continue
        amount = balance_amount(stream, ex.quantity, ex.unit)
        if amount is not None:
            amounts[ex.from_id if end == "from" else ex.to_id] += amount
    if not amounts:
        return out
    ids = state.sites.ids[firms]
    return np.array([amounts.get(str(i), 0.0) for i in ids])


def reused_with_exchanges(
    state: ScenarioState, reused_field: str, generated_field: str, firms: np.ndarray
) -> np.ndarray:
    """The reused quantity of each firm for a reuse ratio: recorded, else what exchanges give
    (solid waste capped at the recorded generation); NaN where neither is known."""
    reused = state.num[reused_field][firms].copy()
    extra = exchange_reuse(state, reused_field, firms)
    fill = np.isnan(reused) & (extra > 0)
    if reused_field == "solid_waste_reused_t":
        extra = np.minimum(extra, np.nan_to_num(state.num[generated_field][firms], nan=np.inf))
    reused[fill] = extra[fill]
    return reused
