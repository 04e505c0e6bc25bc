"""Unit costs of what a plan builds: the default cost table (a data file with its source) and a
park's overrides. Core, Qt-free: the pipeline router prices corridors with it and the work-plan
export prices key projects with it, so both read the same figures."""

from ecopark.costs.table import (
    DEFAULT_COST_TABLE,
    FACILITY_CAPACITY_UNIT,
    CostTableError,
    check_cost,
    cost_table,
)

__all__ = [
    "DEFAULT_COST_TABLE",
    "FACILITY_CAPACITY_UNIT",
    "CostTableError",
    "check_cost",
    "cost_table",
]
