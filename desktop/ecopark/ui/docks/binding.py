"""Signal connections to one document that can all be dropped when the window opens another."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Connections:
    """Remembers (signal, slot) pairs so a dock can detach from the previous document."""

    def __init__(self) -> None:
        self._pairs: list[tuple[Any, Callable[..., Any]]] = []

    def connect(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._pairs.append((signal, slot))

    def disconnect_all(self) -> None:
        for signal, slot in self._pairs:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the sender is already gone
                pass
        self._pairs.clear()
