"""Core commands inside Qt's undo stack: Ctrl+Z, the history view and "modified" for free."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ecopark.commands import Command
from ecopark.model import Park


class UndoHooks(Protocol):
    before_undo: list[Callable[[Command], None]]
    before_redo: list[Callable[[Command], None]]


class CoreUndoCommand(QUndoCommand):
    """Adapter for a core command that has already been applied once.

    The document applies the command itself before pushing (so a refusal by the model never
    reaches the stack); QUndoStack.push then calls redo(), which must not apply it twice.
    """

    def __init__(self, park: Park, command: Command, hooks: UndoHooks | None = None):
        super().__init__(command.text)
        self.park = park
        self.command = command
        # Weak: the stack (a child of the document) owns this command, so a strong reference
        # back to the document would make a cycle through C++ that the garbage collector may
        # tear down in the wrong order (the stack then deletes a command already freed).
        self._hooks = weakref.ref(hooks) if hooks is not None else None
        self._applied = True

    @property
    def hooks(self) -> UndoHooks | None:
        return self._hooks() if self._hooks is not None else None

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        hooks = self.hooks
        for hook in hooks.before_redo if hooks else ():
            hook(self.command)
        self.command.redo(self.park)

    def undo(self) -> None:
        hooks = self.hooks
        for hook in hooks.before_undo if hooks else ():
            hook(self.command)
        self.command.undo(self.park)
