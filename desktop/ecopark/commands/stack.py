"""An undo stack without Qt, for the CLI, importers and tests; the GUI uses QUndoStack instead
through ``ecopark.ui.undo`` but the commands are the same objects."""

from __future__ import annotations

from collections.abc import Callable

from ecopark.commands.base import Command
from ecopark.model import Park


class CommandStack:
    def __init__(self, park: Park):
        self.park = park
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_index: int | None = 0
        self.before_apply: list[Callable[[Command], None]] = []
        """Called before a new command is applied (the crash journal appends it there)."""
        self.before_undo: list[Callable[[Command], None]] = []
        self.before_redo: list[Callable[[Command], None]] = []
        """Called with the command about to be undone / redone (the journal records those too)."""

    def push(self, command: Command) -> None:
        for hook in self.before_apply:
            hook(command)
        command.redo(self.park)
        self._done.append(command)
        if self._clean_index is not None and self._clean_index > len(self._done) - 1:
            self._clean_index = None
        self._undone.clear()

    def undo(self) -> Command | None:
        if not self._done:
            return None
        for hook in self.before_undo:
            hook(self._done[-1])
        cmd = self._done.pop()
        cmd.undo(self.park)
        self._undone.append(cmd)
        return cmd

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        for hook in self.before_redo:
            hook(self._undone[-1])
        cmd = self._undone.pop()
        cmd.redo(self.park)
        self._done.append(cmd)
        return cmd

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def set_clean(self) -> None:
        self._clean_index = len(self._done)

    @property
    def is_modified(self) -> bool:
        return self._clean_index != len(self._done)

    def __len__(self) -> int:
        return len(self._done)
