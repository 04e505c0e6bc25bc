"""Chains, cycles and network measures (docs/symbiosis.md §3)."""

from __future__ import annotations

import pytest
from sym_parks import SID, chain_park

from ecopark.symbiosis.chains import structure


def test_three_step_chain_and_cycle() -> None:
    st = structure(chain_park(), SID)
    assert [c.ids for c in st.chains] == [("A", "B", "C", "D")]
    assert [c.ids for c in st.cycles] == [("X", "Y", "Z")]
    assert st.chains[0].name == "firm A → firm B → firm C → firm D"
    assert st.cycles[0].name == "firm X → firm Y → firm Z → firm X"
    assert st.chains[0].materials == ("粉煤灰 fly ash", "炉渣 slag", "石膏 gypsum")


def test_network_measures_by_hand() -> None:
    st = structure(chain_park(), SID)
    assert (st.firms, st.linked_firms, st.links) == (8, 7, 6)
    assert st.linked_firm_share == pytest.approx(0.875)
    assert st.association_degree_pct == pytest.approx(87.5)
    assert st.mean_links_per_firm == pytest.approx(1.5)


def test_chain_leaving_a_loop_is_found() -> None:
    from sym_parks import ex

    park = chain_park()
    park.add(SID, ex("E7", "Z", "E", "粉煤灰 fly ash", 5))
    st = structure(park, SID)
    assert ("X", "Y", "Z", "E") in [c.ids for c in st.chains]
    assert [c.ids for c in st.cycles] == [("X", "Y", "Z")]
