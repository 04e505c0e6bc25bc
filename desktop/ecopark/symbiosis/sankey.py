"""Layout of the park's flow diagram (Sankey): the steam cascade and heat / reclaimed-water
networks as they serve consumers, and the by-product exchanges. Qt-free: the app's view
(``ecopark.ui.sankey``) and the file export (``ecopark.export.sankey``) draw the same layout.

* Network flows: within each connected piece of a medium's pipe network, each consumer's served
  amount (docs/indicators.md §2, steam cascade included: a higher-grade network serving a
  lower-grade demand is drawn in the network's grade) is split over the piece's sources in
  proportion to their capacity. Exchanges of a piped stream are drawn as exchanges.
* Exchange flows: every exchange, in its stream's balance unit (t/a, m³/a, t/h, MW).
* Columns: longest path from the sources once the back edges of loops are set aside (a loop's
  return band runs right to left); within a column, sites in decreasing throughput.
* Widths are proportional to the quantity **within one unit** (each unit has its own scale: t/h
  of steam and t/a of ash cannot be added); every band is labelled with its quantity and unit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ecopark.indicators.coverage import MEDIUM_GROUPS, serve_group
from ecopark.indicators.state import MEDIUM_INDEX, ScenarioState
from ecopark.model import MEDIA, MEDIUM_FIELDS, Park
from ecopark.numbers import format_quantity
from ecopark.symbiosis.materials import BALANCE_UNITS, balance_amount, stream_of

STREAM_COLOURS: dict[str, str] = {
    "steam_hp": "#b34700",
    "steam_mp": "#ff8c1a",
    "steam_lp": "#e0bb00",
    "heat": "#d62728",
    "water": "#1f6fd1",
    "reclaimed_water": "#1f6fd1",
    "solid_waste": "#8c6d46",
    "product": "#7b4fa0",
    "other": "#888888",
}
"""Band colours; the media use the map's pipeline colours (ecopark.symbology.MEDIUM_COLOURS)."""

WIDTH = 1000.0
HEIGHT = 620.0
NODE_W = 14.0
MAX_BAND = 46.0
MIN_BAND = 2.0
GAP = 14.0
MIN_SHARE = 1e-9


@dataclass(frozen=True)
class Flow:
    from_id: str
    to_id: str
    stream: str
    """A medium (network flow) or an exchange stream."""
    quantity: float
    unit: str
    label: str
    kind: str
    """"network" or "exchange"."""


@dataclass(frozen=True)
class SankeyNode:
    id: str
    label: str
    column: int
    x: float
    y: float
    h: float
    layer: str


@dataclass(frozen=True)
class SankeyBand:
    flow: Flow
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    colour: str


@dataclass(frozen=True)
class SankeyLayout:
    title: str
    nodes: tuple[SankeyNode, ...]
    bands: tuple[SankeyBand, ...]
    width: float
    height: float
    units: tuple[tuple[str, float], ...]
    """(unit, largest quantity drawn MAX_BAND wide) for the legend."""

    @property
    def empty(self) -> bool:
        return not self.bands


def network_flows(park: Park, scenario_id: str, lang: str = "en") -> list[Flow]:
    """Source -> consumer flows of the pipe networks (see the module docstring)."""
    state = ScenarioState.build(park, scenario_id)
    n = state.sites.used
    sites = state.sites.alive_slots()
    labels = {m: state.networks[m].labels(n) for m in MEDIA}
    delivered: dict[str, np.ndarray] = {}
    for group in MEDIUM_GROUPS:
        delivered.update(serve_group(state, group, {m: labels[m] for m in group})[1])
    flows: list[Flow] = []
    ids = state.sites.ids
    for m in MEDIA:  # m: the network that carries it (a cascade is drawn in its grade)
        lab = labels[m]
        k = MEDIUM_INDEX[m]
        src = sites[lab.point_attached[sites] & (state.source[k, sites] > 0)]
        unit = MEDIUM_FIELDS[m].unit
        comp_of_src = lab.point_labels[src]
        cons = sites[(delivered[m][sites] > 0) & lab.point_attached[sites]]
        for c in state.sites.in_id_order(cons):
            mine = src[comp_of_src == lab.point_labels[c]]
            caps = state.source[k, mine]
            if not len(mine) or caps.sum() <= 0:
                continue
            for s_slot, share in zip(mine, caps / caps.sum(), strict=True):
                q = float(delivered[m][c] * share)
                if s_slot == c or q <= MIN_SHARE:
                    continue
                flows.append(Flow(str(ids[s_slot]), str(ids[c]), m, q, unit,
                                  format_quantity(q, unit, lang), "network"))  # fmt: skip
    return flows


def exchange_flows(park: Park, scenario_id: str, lang: str = "en") -> list[Flow]:
    out = []
    for ex in sorted(park.scenario(scenario_id).exchanges.values(), key=lambda e: e.id):
        stream = stream_of(ex.material)
        q = balance_amount(stream, ex.quantity, ex.unit)
        unit = BALANCE_UNITS[stream]
        if q is None:  # a unit that does not fit: draw in the exchange's own unit
            q, unit = ex.quantity, ex.unit
        if q <= 0:
            continue
        label = f"{ex.material} {format_quantity(ex.quantity, ex.unit, lang)}"
        out.append(Flow(ex.from_id, ex.to_id, stream, float(q), unit, label, "exchange"))
    return out


def _columns(nodes: list[str], flows: list[Flow]) -> dict[str, int]:
    """Longest path from the sources, back edges of loops set aside (DFS in id order)."""
    succ: dict[str, list[str]] = defaultdict(list)
    for f in flows:
        if f.to_id not in succ[f.from_id]:
            succ[f.from_id].append(f.to_id)
    for v in succ.values():
        v.sort()
    state: dict[str, int] = {}
    order: list[str] = []
    back: set[tuple[str, str]] = set()

    def visit(root: str) -> None:
        stack = [(root, iter(succ.get(root, [])))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                order.append(node)
                stack.pop()
            elif state.get(nxt) == 1:
                back.add((node, nxt))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(succ.get(nxt, []))))

    for n in sorted(nodes):
        if n not in state:
            visit(n)
    col = dict.fromkeys(nodes, 0)
    for node in reversed(order):  # topological order of the acyclic part
        for nxt in succ.get(node, []):
            if (node, nxt) not in back:
                col[nxt] = max(col[nxt], col[node] + 1)
    return col


def layout(park: Park, scenario_id: str, *, title: str = "", lang: str = "en") -> SankeyLayout:
    """The diagram of one scenario (see the module docstring); band labels in ``lang``
    (numbers as :func:`ecopark.numbers.format_quantity` writes them: never 1.2e+06)."""
    flows = network_flows(park, scenario_id, lang) + exchange_flows(park, scenario_id, lang)
    scenario = park.scenario(scenario_id)
    title = title or f"{park.name} · {scenario.info.name}"
    if not flows:
        return SankeyLayout(title, (), (), WIDTH, HEIGHT, ())
    biggest: dict[str, float] = defaultdict(float)
    for f in flows:
        biggest[f.unit] = max(biggest[f.unit], f.quantity)

    def width_of(f: Flow) -> float:
        return max(MIN_BAND, MAX_BAND * f.quantity / biggest[f.unit])

    node_ids = sorted({f.from_id for f in flows} | {f.to_id for f in flows})
    col = _columns(node_ids, flows)
    ncols = max(col.values()) + 1
    out_w: dict[str, float] = defaultdict(float)
    in_w: dict[str, float] = defaultdict(float)
    for f in flows:
        out_w[f.from_id] += width_of(f)
        in_w[f.to_id] += width_of(f)
    height_of = {n: max(out_w[n], in_w[n], 8.0) for n in node_ids}
    by_col: dict[int, list[str]] = defaultdict(list)
    for n in node_ids:
        by_col[col[n]].append(n)
    total_h = max(sum(height_of[n] for n in v) + GAP * (len(v) - 1) for v in by_col.values())
    scale = min(1.0, (HEIGHT - 60.0) / total_h) if total_h > 0 else 1.0
    left, right = 130.0, 130.0
    step = (WIDTH - left - right - NODE_W) / max(1, ncols - 1)
    nodes: dict[str, SankeyNode] = {}
    for c, members in by_col.items():
        members.sort(key=lambda n: (-height_of[n], n))
        col_h = sum(height_of[n] * scale for n in members) + GAP * (len(members) - 1)
        y = 40.0 + max(0.0, (HEIGHT - 60.0 - col_h) / 2)
        for n in members:
            obj = scenario.find(n)
            name = getattr(obj, "name", "") or n
            h = height_of[n] * scale
            x = left + c * step if ncols > 1 else WIDTH / 2 - NODE_W / 2
            nodes[n] = SankeyNode(n, name, c, x, y, h, getattr(obj, "LAYER", ""))
            y += h + GAP
    out_used: dict[str, float] = defaultdict(float)
    in_used: dict[str, float] = defaultdict(float)
    bands = []
    ordered = sorted(flows, key=lambda f: (nodes[f.from_id].y, nodes[f.to_id].y, f.stream))
    for f in ordered:
        a, b = nodes[f.from_id], nodes[f.to_id]
        w = width_of(f) * scale
        y0 = a.y + out_used[f.from_id] + w / 2
        y1 = b.y + in_used[f.to_id] + w / 2
        out_used[f.from_id] += w
        in_used[f.to_id] += w
        bands.append(SankeyBand(f, a.x + NODE_W, y0, b.x, y1, w,
                                STREAM_COLOURS.get(f.stream, STREAM_COLOURS["other"])))  # fmt: skip
    return SankeyLayout(title, tuple(nodes.values()), tuple(bands), WIDTH, HEIGHT,
                        tuple(sorted(biggest.items())))  # fmt: skip


def band_path(band: SankeyBand, steps: int = 24) -> tuple[list[float], list[float]]:
    """Outline of a band as a closed polygon (a cubic S-curve, top edge then bottom edge back):
    both renderers fill the same shape."""
    t = np.linspace(0.0, 1.0, steps)
    dx = band.x1 - band.x0
    if dx <= 0:  # a loop's return band: swing below, right to left
        dx = -dx
    xs = band.x0 + (band.x1 - band.x0) * t
    ease = 3 * t**2 - 2 * t**3
    mid = band.y0 + (band.y1 - band.y0) * ease
    top = mid - band.width / 2
    bottom = mid + band.width / 2
    return ([*xs.tolist(), *xs[::-1].tolist()], [*top.tolist(), *bottom[::-1].tolist()])
