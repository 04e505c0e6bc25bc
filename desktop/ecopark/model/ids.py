"""New object ids that follow the park's own numbering scheme.

A planner who drew F001..F050 expects the next firm to be F051, not F0051; a park whose
facilities are FA01..FA04 expects FA05 for the next one, whatever letter the tool would use by
default. The scheme is read from the ids already in the scenario: the prefix (a caller's default,
or the one most of the layer's ids share) and the number of digits (the widest in use).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_WIDTH = 4
_SCHEME = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True)
class IdScheme:
    prefix: str
    width: int
    next_number: int

    def format(self, number: int) -> str:
        return f"{self.prefix}{number:0{self.width}d}"

    def first(self) -> str:
        return self.format(self.next_number)


def id_scheme(scenario_ids: Iterable[str], prefix: str, layer_ids: Iterable[str] = ()) -> IdScheme:
    """The scheme for a new id: ``prefix`` followed by digits, as wide as those in use and one
    above the highest number. If no id in the scenario has ``prefix`` followed only by digits but
    most of ``layer_ids`` share another prefix (FA01, FA02 for facilities), that one is used."""
    ids = list(scenario_ids)
    chosen = prefix
    if not _numbers(ids, prefix):
        shared = Counter(m.group(1) for i in layer_ids if (m := _SCHEME.match(i)) and m.group(1))
        if shared:
            top, count = shared.most_common(1)[0]
            if count * 2 > sum(shared.values()):
                chosen = top
    found = _numbers(ids, chosen)
    if not found:
        return IdScheme(chosen, DEFAULT_WIDTH, 1)
    width = max(len(digits) for digits, _ in found)
    return IdScheme(chosen, width, max(n for _, n in found) + 1)


def _numbers(ids: Iterable[str], prefix: str) -> list[tuple[str, int]]:
    out = []
    for i in ids:
        if i.startswith(prefix):
            tail = i[len(prefix) :]
            if tail.isdigit() and tail.isascii():
                out.append((tail, int(tail)))
    return out


__all__ = ["DEFAULT_WIDTH", "IdScheme", "id_scheme"]
