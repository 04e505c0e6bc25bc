"""Objects named by their ids in the CAD input bar, and the orthogonal route between them.

A planner who can see "S0001" and "F0003" on the map types ``S1 F3`` rather than aiming the mouse
at two small symbols: an id stands for that object's point, exactly (as a snap to it would).
Ids may be shortened to their letters and number (``F3`` for ``F0003``, ``f3`` too). Several ids
in one entry, separated by spaces, commas or ``>``, name a route through those objects; a pipe
drawn that way runs along the map axes (east-west first, then north-south: one elbow per leg),
as pipe racks follow the park's roads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Point = tuple[float, float]

_TOKEN = re.compile(r"^([A-Za-z]+)0*(\d+)$")
_SEPARATORS = re.compile(r"[\s,，>→]+")


def split_ids(text: str) -> list[str] | None:
    """The id-like tokens of ``text`` ("S1 F3" -> ["S1", "F3"]); None when any token is not an
    id (letters then digits), so coordinates such as ``12,5`` or ``@5,0`` are never taken for
    ids."""
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if not tokens or not all(_TOKEN.match(t) for t in tokens):
        return None
    return tokens


def match_id(token: str, ids: Iterable[str]) -> str | None:
    """The id among ``ids`` that ``token`` names: the same id ignoring case, or the same letters
    and number without the zero padding ("F3" -> "F0003"). None when none or several match."""
    exact = [i for i in ids if i.casefold() == token.casefold()]
    if exact:
        return exact[0]
    m = _TOKEN.match(token)
    if m is None:
        return None
    letters, number = m.group(1).casefold(), int(m.group(2))
    found = []
    for i in ids:
        n = _TOKEN.match(i)
        if n is not None and n.group(1).casefold() == letters and int(n.group(2)) == number:
            found.append(i)
    return found[0] if len(found) == 1 else None


def orthogonal_route(points: list[Point]) -> list[Point]:
    """``points`` joined by legs along the map axes: from each point east-west to the next one's
    easting, then north-south to it (no elbow where two points already line up)."""
    route: list[Point] = []
    for p in points:
        if route:
            last = route[-1]
            if last == p:
                continue
            if last[0] != p[0] and last[1] != p[1]:
                route.append((p[0], last[1]))
        route.append(p)
    return route


__all__ = ["match_id", "orthogonal_route", "split_ids"]
