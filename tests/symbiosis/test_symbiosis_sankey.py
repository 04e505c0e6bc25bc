"""The flow diagram's layout (docs/symbiosis.md §6), Qt-free."""

from __future__ import annotations

import pytest
from sym_parks import SID, chain_park, withdrawal_park

from ecopark.symbiosis.sankey import MAX_BAND, layout, network_flows


def test_network_flows_follow_the_served_demand() -> None:
    flows = {
        (f.from_id, f.to_id, f.stream): f.quantity for f in network_flows(withdrawal_park(), SID)
    }
    assert flows == {
        ("S", "F1", "steam_mp"): pytest.approx(10.0),
        ("S", "F2", "steam_mp"): pytest.approx(15.0),
        ("H", "F3", "heat"): pytest.approx(4.0),
    }


def test_layout_columns_and_widths_per_unit() -> None:
    lay = layout(withdrawal_park(), SID)
    col = {n.id: n.column for n in lay.nodes}
    assert col == {"S": 0, "H": 0, "F1": 1, "F2": 1, "F3": 1}
    widths = {(b.flow.from_id, b.flow.to_id, b.flow.unit): b.width for b in lay.bands}
    # t/h: 15 is the largest steam flow, so it is MAX_BAND wide and 10 t/h two thirds of it
    assert widths[("S", "F2", "t/h")] == pytest.approx(MAX_BAND)
    assert widths[("S", "F1", "t/h")] == pytest.approx(MAX_BAND * 10 / 15)
    assert widths[("S", "F2", "t/a")] == pytest.approx(MAX_BAND)  # the only t/a flow
    assert dict(lay.units) == {"t/h": 15.0, "MW": 4.0, "t/a": 100.0}


def test_a_loop_gets_a_return_band() -> None:
    lay = layout(chain_park(), SID)
    col = {n.id: n.column for n in lay.nodes}
    assert [col[i] for i in "ABCD"] == [0, 1, 2, 3]
    back = [b for b in lay.bands if b.x1 < b.x0]
    assert [(b.flow.from_id, b.flow.to_id) for b in back] == [("Z", "X")]
