"""Undoable edits of years in service: one command for one or many objects."""

from __future__ import annotations

from collections.abc import Iterable

from ecopark.commands import ReplaceObjects
from ecopark.model import InvalidValueError, Park
from ecopark.phasing.years import BUILDABLE_LAYERS, Ref


def set_year_in_service(
    park: Park, scenario_id: str, refs: Iterable[Ref], year: int | None
) -> ReplaceObjects:
    """A command giving the objects ``refs`` the year in service ``year`` (None: clear it, so
    they follow their project or the plain rule). Objects of layers without a year (corridors,
    plots) are refused with a message naming them."""
    scenario = park.scenario(scenario_id)
    changed = []
    for layer, oid in dict.fromkeys(refs):
        if layer not in BUILDABLE_LAYERS:
            raise InvalidValueError(
                f"{layer} {oid}: only zones, firms, facilities, pipelines and exchanges have a "
                "year in service",
                layer=layer,
                object_id=oid,
                field="year_in_service",
            )
        obj = scenario.layers[layer][oid]
        changed.append(obj.with_changes(year_in_service=year))
    text = (
        f"Set year in service {year} ({len(changed)} object(s))"
        if year is not None
        else f"Clear year in service ({len(changed)} object(s))"
    )
    return ReplaceObjects(scenario_id, changed, text=text)
