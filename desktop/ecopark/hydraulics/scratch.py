"""A listener-free copy of one scenario, for solving without disturbing the live park.

Objects are immutable, so the copy shares them; only the layer dictionaries are new. Exchanges
are left out: they play no part in the hydraulics, and a hand-edited file with a broken exchange
(which ``Park.check`` reports on its own) must not stop the networks from being solved.
"""

from __future__ import annotations

from ecopark.model import Park
from ecopark.model.park import Scenario


def scratch_park(park: Park, scenario_id: str, *, keep_exchanges: bool = False) -> Park:
    scratch = Park(park.name, park.crs, zone_kinds=park.zone_kinds.values())
    scratch.settings = dict(park.settings)
    src = park.scenario(scenario_id)
    copy = Scenario(src.info)
    copy.layers = {k: dict(v) for k, v in src.layers.items()}
    if not keep_exchanges:
        copy.layers["exchanges"] = {}
    scratch.scenarios[scenario_id] = copy
    return scratch
