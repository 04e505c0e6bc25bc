"""Readable symbiosis tables for ``ecopark evaluate``: chains, cycles, network measures and,
with ``--withdrawal``, the ranking of key-plant withdrawals."""

from __future__ import annotations

from ecopark.model import Park
from ecopark.symbiosis.chains import structure


def symbiosis_lines(park: Park, scenario_id: str, *, withdrawal: bool) -> list[str]:
    st = structure(park, scenario_id)
    share = "-" if st.linked_firm_share is None else f"{100 * st.linked_firm_share:.1f} %"
    degree = "-" if st.association_degree_pct is None else f"{st.association_degree_pct:.1f} %"
    mean = "-" if st.mean_links_per_firm is None else f"{st.mean_links_per_firm:.2f}"
    out = [
        f"Symbiosis network of {scenario_id}: {st.linked_firms} of {st.firms} firms in an "
        f"exchange ({share}), association degree {degree} of IAV, {mean} links per firm",
    ]
    out += [f"  chain: {c.name}   [{' → '.join(c.ids)}]" for c in st.chains]
    out += [f"  cycle: {c.name}   [{' → '.join(c.ids)}]" for c in st.cycles]
    if withdrawal:
        from ecopark.symbiosis.withdrawal import rank_withdrawals

        out += [
            "",
            "Key-plant withdrawal (most damaging first)",
            "  damage  site    broken  stranded  coverage drop  land output change",
        ]
        for w in rank_withdrawals(park, scenario_id):
            lo = "-" if w.land_output_change is None else f"{w.land_output_change:+.3f}"
            out.append(
                f"  {w.damage:6.1f}  {w.id:<6}  {len(w.broken_exchanges):6d}  "
                f"{len(w.stranded_consumers):8d}  {100 * w.coverage_drop:9.1f} pp  {lo:>12}  "
                f"{w.name}"
            )
    return out
