"""Stable integer slots for object ids, so per-object figures live in numpy arrays.

An object keeps its slot while it exists (an edit changes values in place); a removed object's
slot is reused. Arrays indexed by slot grow by doubling.
"""

from __future__ import annotations

import numpy as np


class SlotMap:
    def __init__(self) -> None:
        self.slot_of: dict[str, int] = {}
        self.ids = np.empty(16, dtype=object)
        self.alive = np.zeros(16, dtype=bool)
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
                self.ids = grow(self.ids, 2 * self.capacity, None)
                self.alive = grow(self.alive, 2 * self.capacity)
        self.slot_of[object_id] = slot
        self.ids[slot] = object_id
        self.alive[slot] = True
        return slot

    def release(self, object_id: str) -> int:
        slot = self.slot_of.pop(object_id)
        self.ids[slot] = None
        self.alive[slot] = False
        self._free.append(slot)
        return slot

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
