"""The symbiosis figures of a scenario as one JSON-ready object (CLI ``--json``, tests)."""

from __future__ import annotations

from typing import Any

from ecopark.model import Park
from ecopark.symbiosis.balance import balances
from ecopark.symbiosis.chains import structure


def symbiosis_json(park: Park, scenario_id: str, *, withdrawal: bool = False) -> dict[str, Any]:
    """``balances`` (per firm and by-product), ``chains`` (lists of ids), ``cycles``,
    ``network`` (measures) and, when asked, ``withdrawal`` (every site ranked by damage)."""
    st = structure(park, scenario_id)
    net = st.to_json()
    out: dict[str, Any] = {
        "balances": balances(park, scenario_id).to_json(),
        "chains": net.pop("chains"),
        "cycles": net.pop("cycles"),
        "network": net,
    }
    if withdrawal:
        from ecopark.symbiosis.withdrawal import rank_withdrawals

        out["withdrawal"] = [w.to_json() for w in rank_withdrawals(park, scenario_id)]
    return out
