"""A synthetic district for placement benchmarks and tests: plots along roads, firms, exchanges.

Real parks are not shareable, and QAPLIB instances have no geometry; this builds a park in the
project's own terms so the whole placement path is measured: plots in blocks along a road grid
whose cross streets are sparse (so corridor distances differ from straight lines), one
Lingang-industrial zone over everything, firms drawn on randomly chosen plots (the "drawn
layout" a proposal is compared with) and exchanges between them (each firm supplies two or three
others, quantities log-normal around 2,000 t/a, heavier within a few industrial chains).
Deterministic for a seed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from shapely.geometry import LineString, Point, box

from ecopark.model import Corridor, Exchange, Firm, Park, Plot, ScenarioInfo, Zone

SCENARIO_ID = "plan"
BLOCK_M = 200.0
"""Plot pitch: plots are 120 m squares on a 200 m grid, roads run in the gaps."""
FRONT_M = 70.0
"""Distance from a plot's centre to the road south of it (the nearest road: its access)."""
CROSS_STREET_EVERY = 5
"""A north-south road after every this many plot columns (east-west roads after every row)."""


@dataclass(frozen=True)
class SyntheticPark:
    park: Park
    scenario_id: str
    firm_ids: tuple[str, ...]
    plot_ids: tuple[str, ...]


def synthetic_park(plots: int = 60, firms: int = 50, seed: int = 0) -> SyntheticPark:
    """``plots`` plots (10 per row), ``firms`` firms on random plots, exchanges among them."""
    if firms > plots:
        raise ValueError(f"{firms} firms do not fit on {plots} plots")
    rng = np.random.default_rng(seed)
    cols = min(10, plots)
    rows = math.ceil(plots / cols)
    width, height = cols * BLOCK_M, rows * BLOCK_M
    park = Park("synthetic district", "EPSG:4550")
    park.add_scenario(ScenarioInfo(scenario_id=SCENARIO_ID, name="plan", kind="plan", year=2030))
    park.add(
        SCENARIO_ID,
        Zone(
            zone_id="Z1",
            name="industrial",
            kind="lingang_industrial",
            industrial=True,
            geometry=box(-50, -50, width + 50, height + 50),
        ),
    )
    roads = [LineString([(0, y), (width, y)]) for y in np.arange(rows + 1) * BLOCK_M]
    xs = [x for x in np.arange(0, cols + 1, CROSS_STREET_EVERY) * BLOCK_M] + [width]
    roads += [LineString([(x, 0), (x, height)]) for x in sorted(set(xs))]
    for k, road in enumerate(roads):
        park.add(SCENARIO_ID, Corridor(corridor_id=f"R{k + 1}", kind="road", geometry=road))
    plot_ids: list[str] = []
    centres: list[tuple[float, float]] = []
    for k in range(plots):
        cx = (k % cols + 0.5) * BLOCK_M
        cy = (k // cols) * BLOCK_M + FRONT_M
        pid = f"P{k + 1:03d}"
        park.add(SCENARIO_ID, Plot(plot_id=pid, geometry=box(cx - 60, cy - 60, cx + 60, cy + 60)))
        plot_ids.append(pid)
        centres.append((cx, cy))
    drawn = rng.permutation(plots)[:firms]
    firm_ids = [f"F{i + 1:03d}" for i in range(firms)]
    for fid, plot in zip(firm_ids, drawn.tolist(), strict=True):
        park.add(
            SCENARIO_ID,
            Firm(firm_id=fid, name=fid, sector="equipment", geometry=Point(centres[plot])),
        )
    chain = rng.integers(0, max(1, firms // 8), firms)  # a few industrial chains
    pairs: set[tuple[int, int]] = set()
    for i in range(firms):
        for _ in range(int(rng.integers(2, 4))):
            same = np.flatnonzero(chain == chain[i])
            pool = same if rng.random() < 0.7 and len(same) > 1 else np.arange(firms)
            j = int(rng.choice(pool))
            if j != i:
                pairs.add((i, j))
    for k, (i, j) in enumerate(sorted(pairs)):
        q = float(np.round(rng.lognormal(math.log(2000.0), 1.0), -1)) or 10.0
        park.add(
            SCENARIO_ID,
            Exchange(
                exchange_id=f"E{k + 1:04d}",
                from_id=firm_ids[i],
                to_id=firm_ids[j],
                material="by-product",
                quantity=q,
                unit="t/a",
            ),
        )
    return SyntheticPark(park, SCENARIO_ID, tuple(firm_ids), tuple(plot_ids))
