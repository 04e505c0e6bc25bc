"""Chains (A -> B -> C) and cycles of the symbiosis network, and its structure measures.

The network has one node per firm or facility and one directed edge per pair that exchanges
anything (materials listed on the edge). A *chain* is a maximal simple path of at least two
links: it starts at a site nobody supplies (or, inside a loop, is left to the cycles) and runs
until it cannot be extended without repeating a site. A *cycle* is a simple directed cycle
(``networkx.simple_cycles``), e.g. power plant -> cement -> brewery -> power plant in seed 001.

Measures (definitions in docs/symbiosis.md):

* ``linked_firm_share``: firms in at least one exchange / firms;
* ``association_degree_pct``: the CTIP 5.1 "association degree of the industrial zone" (seed
  004 gives no formula): IAV of the firms in at least one exchange / IAV of all firms, in %;
* ``mean_links_per_firm``: exchange links (distinct pairs) x 2 / firms, i.e. the mean number of
  partners a firm has, facilities' links included.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ecopark.model import Park

MAX_CHAINS = 500
"""Enumeration stops here (a dense network has exponentially many paths); ``truncated`` says so."""
MAX_CYCLE_LENGTH = 8


@dataclass(frozen=True)
class Chain:
    ids: tuple[str, ...]
    names: tuple[str, ...]
    materials: tuple[str, ...]
    """Materials of each link, ``ids[k] -> ids[k+1]``, joined by "; " when several."""
    cycle: bool = False

    @property
    def name(self) -> str:
        arrow = " → ".join(n or i for i, n in zip(self.ids, self.names, strict=True))
        if self.cycle:
            arrow += " → " + (self.names[0] or self.ids[0])
        return arrow

    def to_json(self) -> dict[str, Any]:
        return {"ids": list(self.ids), "name": self.name, "materials": list(self.materials)}


@dataclass(frozen=True)
class Structure:
    chains: tuple[Chain, ...]
    cycles: tuple[Chain, ...]
    truncated: bool
    firms: int
    linked_firms: int
    linked_firm_share: float | None
    association_degree_pct: float | None
    mean_links_per_firm: float | None
    links: int

    def to_json(self) -> dict[str, Any]:
        return {
            "chains": [list(c.ids) for c in self.chains],
            "cycles": [list(c.ids) for c in self.cycles],
            "chain_names": [c.name for c in self.chains],
            "cycle_names": [c.name for c in self.cycles],
            "truncated": self.truncated,
            "firms": self.firms,
            "linked_firms": self.linked_firms,
            "linked_firm_share": self.linked_firm_share,
            "association_degree_pct": self.association_degree_pct,
            "mean_links_per_firm": self.mean_links_per_firm,
            "links": self.links,
        }


def exchange_graph(park: Park, scenario_id: str) -> nx.DiGraph:
    """Sites as nodes (``name``, ``layer``), exchange pairs as edges (``materials``)."""
    scenario = park.scenario(scenario_id)
    g = nx.DiGraph()
    for ex in sorted(scenario.exchanges.values(), key=lambda e: e.exchange_id):
        for end in (ex.from_id, ex.to_id):
            if end not in g:
                obj = scenario.find(end)
                g.add_node(end, name=getattr(obj, "name", ""), layer=getattr(obj, "LAYER", ""))
        if g.has_edge(ex.from_id, ex.to_id):
            g.edges[ex.from_id, ex.to_id]["materials"].append(ex.material)
        else:
            g.add_edge(ex.from_id, ex.to_id, materials=[ex.material])
    return g


def _chain(g: nx.DiGraph, path: list[str], cycle: bool = False) -> Chain:
    pairs = list(zip(path, path[1:] + ([path[0]] if cycle else []), strict=False))
    return Chain(
        ids=tuple(path),
        names=tuple(g.nodes[n]["name"] for n in path),
        materials=tuple("; ".join(g.edges[a, b]["materials"]) for a, b in pairs),
        cycle=cycle,
    )


def _maximal_paths(g: nx.DiGraph, start: str) -> Iterator[list[str]]:
    """Depth-first, in id order: every simple path from ``start`` that cannot be extended."""
    stack: list[list[str]] = [[start]]
    while stack:
        path = stack.pop()
        succ = [s for s in sorted(g.successors(path[-1]), reverse=True) if s not in path]
        if not succ:
            if len(path) >= 3:
                yield path
            continue
        stack.extend([*path, s] for s in succ)


def _starts(g: nx.DiGraph) -> list[str]:
    """Sites nobody supplies, and every site of a loop nobody outside it supplies (so a chain
    that leaves a cycle, e.g. steel -> desalination -> salt works, is found too)."""
    cond = nx.condensation(g)
    out: set[str] = set()
    for c in cond:
        if cond.in_degree(c) == 0:
            out.update(cond.nodes[c]["members"])
    return sorted(out)


def structure(park: Park, scenario_id: str) -> Structure:
    """Chains, cycles and measures of a scenario's symbiosis network."""
    g = exchange_graph(park, scenario_id)
    chains: list[Chain] = []
    truncated = False
    starts = _starts(g)
    loop_of = {n: frozenset(c) for c in nx.strongly_connected_components(g) if len(c) > 1
               for n in c}  # fmt: skip
    seen: set[tuple[str, ...]] = set()
    for s in starts:
        for path in _maximal_paths(g, s):
            key = tuple(path)
            if key in seen or (s in loop_of and set(path) <= loop_of[s]):
                continue  # a walk round a loop is a cycle, listed as such
            seen.add(key)
            chains.append(_chain(g, path))
            if len(chains) >= MAX_CHAINS:
                truncated = True
                break
        if truncated:
            break
    cycles = []
    for cyc in nx.simple_cycles(g, length_bound=MAX_CYCLE_LENGTH):
        if len(cyc) < 2:
            continue
        k = cyc.index(min(cyc))
        cycles.append(_chain(g, cyc[k:] + cyc[:k], cycle=True))
        if len(cycles) >= MAX_CHAINS:
            truncated = True
            break
    cycles.sort(key=lambda c: (len(c.ids), c.ids))
    chains.sort(key=lambda c: (-len(c.ids), c.ids))
    scenario = park.scenario(scenario_id)
    firms = scenario.firms
    linked = [f for f in firms if f in g]
    iav_all = sum(f.iav_10k_rmb for f in firms.values())
    iav_linked = sum(firms[f].iav_10k_rmb for f in linked)
    pairs = {frozenset(e) for e in g.edges}
    return Structure(
        chains=tuple(chains),
        cycles=tuple(cycles),
        truncated=truncated,
        firms=len(firms),
        linked_firms=len(linked),
        linked_firm_share=len(linked) / len(firms) if firms else None,
        association_degree_pct=100.0 * iav_linked / iav_all if iav_all > 0 else None,
        mean_links_per_firm=2.0 * len(pairs) / len(firms) if firms else None,
        links=len(pairs),
    )
