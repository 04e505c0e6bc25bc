"""Scratch copies of a park, to measure a proposal before the planner accepts it.

A proposal's before/after figures come from applying its command to a copy, never to the open
park: the real park has listeners (map, indicator panel, crash journal) that must not see an edit
the planner may still discard, and the solver runs in a worker thread while the UI keeps
reading the real park. ``copy.deepcopy`` would copy those listeners too; a fresh :class:`Park`
that shares the (immutable) objects is both safe and cheap: O(number of objects) dict copies,
no geometry is copied.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
import shapely

from ecopark.commands import Command
from ecopark.indicators import ScenarioResult, evaluate_scenario
from ecopark.model import Park, Pipeline
from ecopark.model.kinds import MEDIA
from ecopark.model.park import Scenario


def clone_park(park: Park) -> Park:
    """A listener-free copy of ``park`` with every scenario, sharing the immutable objects.

    All scenarios are copied (not just one) because the indicators compare a plan with the
    baseline (elasticities, CTIP changes).
    """
    clone = Park(park.name, park.crs)
    clone.zone_kinds = dict(park.zone_kinds)
    clone.settings = copy.deepcopy(park.settings)
    clone.views = list(park.views)
    clone.underlays = list(park.underlays)
    for sid, scenario in park.scenarios.items():
        copy_ = Scenario(scenario.info)
        copy_.layers = {layer: dict(objs) for layer, objs in scenario.layers.items()}
        copy_.entered_values = dict(scenario.entered_values)
        clone.scenarios[sid] = copy_
    return clone


@dataclass(frozen=True)
class Figures:
    """The headline figures a proposal is judged by (before or after it is applied)."""

    space_score: float | None
    """Space-optimization score 0-100."""
    coverage_combined: float | None
    """Mean coverage share over media with demand (0-1)."""
    coverage: dict[str, float | None]
    """Coverage share per medium (None: nobody demands it)."""
    pipe_length_m: dict[str, float]
    """Pipe length per medium in the scenario."""
    space_components: dict[str, float | None]

    @property
    def total_pipe_length_m(self) -> float:
        return float(sum(self.pipe_length_m.values()))


def figures(park: Park, scenario_id: str, result: ScenarioResult | None = None) -> Figures:
    """Headline figures of a scenario (``result`` reuses an evaluation already made)."""
    result = result or evaluate_scenario(park, scenario_id)
    pipes = [
        p
        for p in park.scenario(scenario_id).layers["pipelines"].values()
        if isinstance(p, Pipeline)
    ]
    lengths = shapely.length(np.array([p.geometry for p in pipes], dtype=object))
    media = np.array([p.medium for p in pipes])
    by_medium = {m: float(lengths[media == m].sum()) if len(pipes) else 0.0 for m in MEDIA}
    return Figures(
        space_score=result.space.score,
        coverage_combined=result.coverage.combined,
        coverage={m: c.share for m, c in result.coverage.media.items()},
        pipe_length_m=by_medium,
        space_components=dict(result.space.components),
    )


def before_after(park: Park, scenario_id: str, command: Command) -> tuple[Figures, Figures]:
    """Figures of the scenario as it is and with ``command`` applied, measured on a clone.

    ``park`` itself is not touched. Call it on a clone already (e.g. in a worker thread) and
    it clones again, which costs little.
    """
    scratch = clone_park(park)
    before = figures(scratch, scenario_id)
    command.redo(scratch)
    after = figures(scratch, scenario_id)
    return before, after


__all__ = ["Figures", "before_after", "clone_park", "figures"]
