"""Stable integer slots for object ids, so per-object figures live in numpy arrays.

An object keeps its slot while it exists (an edit changes values in place); a removed object's
slot is reused. Arrays indexed by slot grow by doubling.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np


class SlotMap:
    """Ids -> slots, plus each live id's rank in sorted id order (``rank``), kept current on
    every insertion and removal so "in id order" needs an integer sort, not a string sort."""

    def __init__(self) -> None:
        self.slot_of: dict[str, int] = {}
        self.ids = np.empty(16, dtype=object)
        self.alive = np.zeros(16, dtype=bool)
        self.rank = np.zeros(16, dtype=np.int64)
        self._sorted: list[str] = []
        self._free: list[int] = []
        self._next = 0

    @property
    def capacity(self) -> int:
        return len(self.alive)

    @property
    def used(self) -> int:
        """Slots handed out so far (alive or free): arrays need at least this length."""
        return self._next

    def __len__(self) -> int:
        return len(self.slot_of)

    def __contains__(self, object_id: str) -> bool:
        return object_id in self.slot_of

    def acquire(self, object_id: str) -> int:
        if self._free:
            slot = self._free.pop()
        else:
            slot = self._next
            self._next += 1
            if slot >= self.capacity:
                size = 2 * self.capacity
                self.ids = grow(self.ids, size, None)
                self.alive = grow(self.alive, size)
                self.rank = grow(self.rank, size)
        pos = bisect_left(self._sorted, object_id)
        if pos < len(self._sorted):
            self.rank[self.alive & (self.rank >= pos)] += 1
        self._sorted.insert(pos, object_id)
        self.slot_of[object_id] = slot
        self.ids[slot] = object_id
        self.alive[slot] = True
        self.rank[slot] = pos
        return slot

    def release(self, object_id: str) -> int:
        slot = self.slot_of.pop(object_id)
        self.ids[slot] = None
        self.alive[slot] = False
        pos = int(self.rank[slot])
        del self._sorted[pos]
        self.rank[self.alive & (self.rank > pos)] -= 1
        self._free.append(slot)
        return slot

    def in_id_order(self, slots: np.ndarray) -> np.ndarray:
        """``slots`` (of live ids) sorted by id."""
        return slots[np.argsort(self.rank[slots], kind="stable")]

    def sorted_ids(self, slots: np.ndarray) -> tuple[str, ...]:
        return tuple(self.ids[self.in_id_order(slots)].tolist())

    def alive_slots(self) -> np.ndarray:
        return np.flatnonzero(self.alive[: self._next])


def grow(array: np.ndarray, size: int, fill: object = 0) -> np.ndarray:
    """A copy of ``array`` enlarged along its last axis to ``size``, new cells set to ``fill``."""
    if array.shape[-1] >= size:
        return array
    shape = (*array.shape[:-1], size)
    new = np.full(shape, fill, dtype=array.dtype)
    new[..., : array.shape[-1]] = array
    return new
