"""Energy carriers, conversion and emission factors: the data behind the carbon figures.

* :mod:`ecopark.carbon.carriers`: the recorded columns (Contract names ``coal_t`` …
  ``ammonia_kg``), what each converts to, units accepted on import;
* :mod:`ecopark.carbon.factors`: the shipped factor table (``data/factors.csv``, with source and
  year per row) and the project's overrides (``park.settings["carbon_factors"]``, region in
  ``park.settings["grid_region"]``);
* :mod:`ecopark.carbon.sites`: hooks that put a firm's carriers into the indicator state.

The figures themselves (scope 1/2, intensities, shares, pollutant totals, savings of shared
infrastructure) are computed by :mod:`ecopark.indicators.carbon` and reach every view through
``ScenarioResult.carbon`` (:class:`ecopark.indicators.carbon.CarbonResult`). docs/carbon.md has
the definitions and worked examples.
"""

from ecopark.carbon.carriers import CARRIER_FIELDS, CARRIERS, RECORDED_FIELDS, Carrier
from ecopark.carbon.checks import energy_problems
from ecopark.carbon.factors import (
    DEFAULT_REGION,
    FACTORS_SETTING,
    REGION_SETTING,
    FactorError,
    FactorRow,
    FactorTable,
    check_override,
    default_rows,
    factor_table,
    regions,
)
from ecopark.model.park import register_check

register_check(energy_problems)  # Park.check warns when energy_tce disagrees with the carriers

__all__ = [
    "CARRIERS",
    "CARRIER_FIELDS",
    "DEFAULT_REGION",
    "FACTORS_SETTING",
    "RECORDED_FIELDS",
    "REGION_SETTING",
    "Carrier",
    "FactorError",
    "FactorRow",
    "FactorTable",
    "check_override",
    "default_rows",
    "factor_table",
    "regions",
]
