"""Where the indicators read the energy and carbon results (issue 13's carbon module).

CTIP 4.8, 5.2, 5.3, low-carbon LC.1 and the zero-carbon park rows need a park's CO₂, its energy
use and its non-fossil and renewable shares. Those are computed by the energy and carbon module
(branch issue13), not here: this is the one place that calls it, and until it is present every
carbon row says so ("needs the energy and carbon results").

``carbon_figures`` returns {"co2_t", "energy_tce", "non_fossil_share", "renewable_share"} (shares
in %) or None with the reason.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecopark.model import Park

MISSING = "needs the energy and carbon results (energy and carbon module not available)"


def carbon_figures(park: Park, scenario_id: str) -> tuple[dict[str, float] | None, str]:
    try:
        module = importlib.import_module("ecopark.carbon")
    except ImportError:
        return None, MISSING
    figures = getattr(module, "park_indicator_figures", None)
    if figures is None:
        return None, MISSING
    try:
        result = figures(park, scenario_id)
    except Exception as exc:  # a carbon error must not stop the other indicators
        return None, f"energy and carbon results failed: {exc}"
    return (dict(result), "") if result is not None else (None, MISSING)
