"""The carbon rule of ``Park.check``: a typed ``energy_tce`` that disagrees with the carriers.

Registered with :func:`ecopark.model.park.register_check` when ``ecopark.carbon`` is imported
(the indicator engine imports it), so the model stays free of the carbon package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecopark.carbon.factors import factor_table
from ecopark.carbon.sites import energy_disagreements
from ecopark.model.errors import EnergyDisagreementWarning, ValidationError

if TYPE_CHECKING:
    from ecopark.model import Park, Scenario


def energy_problems(park: Park, scenario: Scenario) -> list[ValidationError]:
    """A warning per firm whose typed energy_tce disagrees with its energy carriers."""
    firms = [scenario.firms[k] for k in sorted(scenario.firms)]
    return [
        EnergyDisagreementWarning(
            f"firms {fid}: energy_tce is {typed:,.1f} tce but its energy carriers add up to "
            f"{derived:,.1f} tce in scenario {scenario.scenario_id}; the indicators use the "
            "carriers' total: correct the carriers or clear energy_tce",
            layer="firms",
            object_id=fid,
            field="energy_tce",
        )
        for fid, typed, derived in energy_disagreements(firms, factor_table(park.settings))
    ]


__all__ = ["energy_problems"]
