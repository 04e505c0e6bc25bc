"""Every edit is a command: it knows how to apply itself to a park and how to take itself back.

The UI wraps these in QUndoCommand; the CLI, the importers and the tests use
:class:`~ecopark.commands.stack.CommandStack` directly. Commands hold the values they need for
undo (objects are immutable, so holding them is cheap and safe).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from ecopark.model import Park


class Command(ABC):
    """A reversible edit. ``redo`` must be callable again after ``undo``."""

    text: str = "Edit"

    @abstractmethod
    def redo(self, park: Park) -> None: ...

    @abstractmethod
    def undo(self, park: Park) -> None: ...

    def describe(self) -> dict[str, Any]:
        """A JSON-friendly description for the crash journal and logs."""
        return {"command": type(self).__name__, "text": self.text}


class MacroCommand(Command):
    """Several commands applied as one undo step (undone in reverse order).

    If a step fails, the steps already applied are undone so the park is never left half-edited.
    """

    def __init__(self, text: str, commands: Sequence[Command]):
        self.text = text
        self.commands = list(commands)

    def redo(self, park: Park) -> None:
        done: list[Command] = []
        try:
            for cmd in self.commands:
                cmd.redo(park)
                done.append(cmd)
        except Exception:
            for cmd in reversed(done):
                cmd.undo(park)
            raise

    def undo(self, park: Park) -> None:
        for cmd in reversed(self.commands):
            cmd.undo(park)
