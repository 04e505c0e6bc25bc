"""Judging each consumer: is what arrives enough?

Steam, own grade: the delivered pressure must reach the firm's minimum for that grade
(``firms.steam_*_min_mpa``, else the park default of ``data/grades.csv``) and the steam must be
at least ``min_superheat_k`` above saturation (0: dry saturated is enough; wet steam means part
of it has condensed on the way, reported as condensate).

Steam of a lower grade delivered by a higher-grade network (the cascade) passes a
pressure-reducing station at the firm: it needs ``prs_min_drop_mpa`` across it, so the network
must deliver at least the lower grade's minimum plus that drop. The station throttles
isenthalpically (h unchanged) down to the lower grade's nominal pressure (or less when the
network delivers less), which leaves the steam more superheated.

Hot water: the supply pressure at the substation must exceed the return pressure there (the
plant's return pressure plus the drop along the return pipes from the substation to the plant,
:mod:`ecopark.hydraulics.hot_water_return`) by the substation's minimum differential, and the
supply temperature must reach its minimum.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ecopark.hydraulics.network import NetworkSolution
from ecopark.hydraulics.params import HydraulicParams
from ecopark.hydraulics.properties import State, state_ph
from ecopark.hydraulics.results import ConsumerResult
from ecopark.hydraulics.tables import grade_defaults
from ecopark.model import Firm, Scenario

MPA = 1e6
TOL_MPA = 1e-9


def required_pressure_mpa(scenario: Scenario, site_id: str, grade: str) -> float:
    obj = scenario.find(site_id)
    own = getattr(obj, f"{grade}_min_mpa", None) if isinstance(obj, Firm) else None
    d = grade_defaults()[grade].min_pressure_mpa
    return float(own if own is not None else (d or 0.0))


def _mpa(x: float, other: float) -> str:
    """x to 3 decimals, or to 5 when 3 would hide that it differs from ``other``."""
    text = f"{x:.3f}"
    return f"{x:.5f}" if text == f"{other:.3f}" else text


def judge_consumers(
    medium: str,
    cons: dict[str, list[tuple[str, float]]],
    here: dict[str, int],
    sol: NetworkSolution,
    scenario: Scenario,
    params: HydraulicParams,
    to_kgs: float,
    sources: dict[int, State],
    return_mpa: dict[int, float] | None = None,
) -> tuple[list[ConsumerResult], list[str]]:
    """``return_mpa``: hot water, the return pressure at each graph node."""
    local = {int(g): i for i, g in enumerate(sol.nodes.tolist())}
    out: list[ConsumerResult] = []
    msgs: list[str] = []
    for sid, parts in cons.items():
        st = sol.node_states[local[here[sid]]]
        load = sum(a for _, a in parts)
        m_tph = load * to_kgs * 3.6
        if medium == "heat":
            res = _hot_water(sid, parts, load, m_tph, st, (return_mpa or {}).get(here[sid]))
        else:
            top = max(x.p_pa for x in sources.values()) / MPA
            res = _steam(sid, medium, parts, load, m_tph, st, scenario, params, top)
        res = replace(res, node=here[sid])
        out.append(res)
        if res.message:
            msgs.append(res.message)
    return out, msgs


def _steam(
    sid: str,
    medium: str,
    parts: list[tuple[str, float]],
    load: float,
    m_tph: float,
    st: State | None,
    scenario: Scenario,
    params: HydraulicParams,
    source_mpa: float,
) -> ConsumerResult:
    judged = []
    reqs = []
    margins_k = []
    notes = []
    for dm, amount in parts:
        need = required_pressure_mpa(scenario, sid, dm)
        min_sh = grade_defaults()[dm].min_superheat_k or 0.0
        at_net = need + (params.prs_min_drop_mpa if dm != medium else 0.0)
        reqs.append(at_net)
        if at_net > source_mpa:
            notes.append(f"it needs {at_net:.3f} MPa but the sources supply at most "
                         f"{source_mpa:.3f} MPa: no pipe size can serve it")  # fmt: skip
        if st is None:
            judged.append((dm, amount, False))
            continue
        arrived = st
        if dm != medium:
            nominal = grade_defaults()[dm].source_pressure_mpa
            p_out = min(nominal, st.p_pa / MPA - params.prs_min_drop_mpa)
            try:
                arrived = state_ph(max(p_out, 0.01) * MPA, st.h_jkg)
            except ValueError:
                judged.append((dm, amount, False))
                continue
        sh = arrived.superheat_k if arrived.superheat_k is not None else 0.0
        margin_k = (sh - min_sh) if not arrived.wet else -(1.0 - arrived.quality) * 100.0
        margins_k.append(margin_k)
        ok = st.p_pa / MPA >= at_net - TOL_MPA and margin_k >= -1e-9 and not arrived.wet
        judged.append((dm, amount, ok))
        if not ok:
            if st.p_pa / MPA < at_net - TOL_MPA:
                via = "" if dm == medium else f" ({dm} through a pressure-reducing station)"
                notes.append(f"{_mpa(st.p_pa / MPA, at_net)} MPa arrives, {at_net:.3f} MPa "
                             f"needed{via}")  # fmt: skip
            else:
                notes.append(f"the steam arrives {'wet' if arrived.wet else 'too cool'}"
                             f"{'' if dm == medium else f' after reduction to {dm}'}")  # fmt: skip
    served = all(ok for _, _, ok in judged)
    msg = ""
    if st is None:
        notes.insert(0, "no steam arrives (a pipe upstream cannot carry the flow)")
        msg = f"{sid} ({medium}): " + "; ".join(notes)
    elif not served:
        msg = f"{sid} ({medium}): " + "; ".join(notes)
    wet = st is not None and st.wet
    return ConsumerResult(
        id=sid,
        load=load,
        mass_flow_tph=m_tph,
        required_pressure_mpa=max(reqs) if reqs else None,
        delivered_pressure_mpa=st.p_pa / MPA if st else None,
        delivered_temperature_c=st.t_c if st else None,
        superheat_k=st.superheat_k if st else None,
        condensate_tph=(m_tph * (1.0 - st.quality) if wet else 0.0) if st else None,  # type: ignore[union-attr]
        required_temperature_margin_k=min(margins_k) if margins_k else None,
        served=served,
        parts=tuple(judged),
        message=msg,
    )


def _hot_water(
    sid: str,
    parts: list[tuple[str, float]],
    load: float,
    m_tph: float,
    st: State | None,
    p_ret: float | None,
) -> ConsumerResult:
    d = grade_defaults()["heat"]
    dp_min = d.min_differential_mpa or 0.0
    t_min = d.min_supply_temperature_c or 0.0
    if st is None or p_ret is None or not math.isfinite(p_ret):
        lack = "no hot water arrives" if st is None else "the return pipe cannot carry its flow"
        return ConsumerResult(sid, load, m_tph, None, None, None, None, None, None, False,
                              tuple((m, a, False) for m, a in parts),
                              f"{sid} (heat): {lack}")  # fmt: skip
    p = st.p_pa / MPA
    req = p_ret + dp_min
    margin_k = st.t_c - t_min
    ok = p >= req - TOL_MPA and margin_k >= 0
    msg = ""
    if not ok:
        why = []
        if p < req - TOL_MPA:
            why.append(f"{p - p_ret:.3f} MPa differential, {dp_min:.3f} needed")
        if margin_k < 0:
            why.append(f"supply at {st.t_c:.1f} °C, {t_min:.0f} °C needed")
        msg = f"{sid} (heat): " + "; ".join(why)
    return ConsumerResult(sid, load, m_tph, req, p, st.t_c, None, None, margin_k, ok,
                          tuple((m, a, ok) for m, a in parts), msg)  # fmt: skip
