"""Where the programme rows read the energy and carbon results (issue 13's carbon module).

CTIP 4.4-4.8, 5.2, 5.3, low-carbon LC.1 and the zero-carbon park rows use the park's CO₂, energy
use, pollutant totals and non-fossil and renewable shares as :mod:`ecopark.indicators.carbon`
computes them (docs/carbon.md); this module only names them for the ``carbon:<figure>`` rows
(:mod:`ecopark.indicators.rowcalc`), so carbon is computed in one place.
"""

from __future__ import annotations

from ecopark.indicators.carbon import CarbonResult

NOT_RECORDED = "no firm recorded energy carriers or process CO₂"


def carbon_figures(carbon: CarbonResult | None) -> dict[str, float | None] | None:
    """{figure: value} of the park (shares in %); None when there is no carbon result."""
    if carbon is None:
        return None
    p = carbon.park

    def pct(x: float | None) -> float | None:
        return None if x is None else 100.0 * x

    per_iav = p.per_iav_t_per_10k_rmb
    return {
        "co2_t": p.total_t,
        "energy_tce": p.energy_tce,
        "co2_per_tce": p.per_tce_t,
        "co2_per_iav": per_iav,
        "co2_per_rmb": None if per_iav is None else per_iav / 1e4,
        "non_fossil_share": pct(p.non_fossil_share),
        "renewable_share": pct(p.renewable_share),
        "so2_t": p.so2_t,
        "cod_t": p.cod_t,
        "nox_t": p.nox_t,
        "ammonia_t": p.ammonia_t,
    }
