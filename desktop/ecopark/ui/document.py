"""The open project as the UI sees it: the park, its file, the undo stack, the current scenario
and the selection. Every widget talks to this object instead of to each other.

Edits go through :meth:`ProjectDocument.push`, which wraps a core command into the QUndoStack;
the park's change events are re-emitted as a Qt signal so views redraw after edits, undo and redo.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from ecopark.commands import Command
from ecopark.model import Change, EcoParkError, Park, Scenario
from ecopark.storage import load_park, save_park
from ecopark.storage.watch import FileStamp
from ecopark.ui.refusals import refusal_text
from ecopark.ui.undo import CoreUndoCommand

ObjectRef = tuple[str, str]
"""(layer, object id) in the current scenario."""


class ProjectDocument(QObject):
    changed = Signal(object)
    """A model change event (ecopark.model.events.Change) after any edit, undo or redo."""
    scenario_switched = Signal(str)
    selection_changed = Signal(list)
    """list[ObjectRef] of the selected objects in the current scenario."""
    path_changed = Signal(str)
    edit_failed = Signal(str)
    """A command was refused by the model: the planner-readable message."""

    def __init__(self, park: Park, path: str | Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.park = park
        self.path: Path | None = Path(path) if path else None
        self.stamp: FileStamp | None = FileStamp.of(self.path) if self.path else None
        """The file as last read or written (see ecopark.storage.watch): saves compare with it."""
        self.undo_stack = QUndoStack(self)
        self.scenario_id = park.default_scenario().scenario_id if park.scenarios else ""
        self.selection: list[ObjectRef] = []
        self.before_apply: list[Callable[[Command], None]] = []
        """Hooks run before a new command is applied (the crash journal appends it)."""
        self.before_undo: list[Callable[[Command], None]] = []
        self.before_redo: list[Callable[[Command], None]] = []
        """Hooks run before the undo stack undoes or redoes a command (the crash journal)."""
        park.subscribe(self._on_change)

    # ----- loading and saving ------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> ProjectDocument:
        return cls(load_park(path), path, parent)

    def save(self, path: str | Path | None = None, *, overwrite: bool = False) -> Path:
        """Write the project; a file another program changed since it was opened or saved is
        not replaced unless ``overwrite`` (FileChangedError), nor one held open for writing."""
        target = Path(path) if path else self.path
        if target is None:
            raise EcoParkError(
                QCoreApplication.translate(
                    "ProjectDocument", "choose where to save the project first"
                )
            )
        expected = self.stamp if target == self.path else None
        self.stamp = save_park(self.park, target, expected=expected, overwrite=overwrite)
        if target != self.path:
            self.path = target
            self.path_changed.emit(str(target))
        self.undo_stack.setClean()
        return target

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        unsaved = QCoreApplication.translate("ProjectDocument", "%1 (unsaved)")
        name = self.path.name if self.path else unsaved.replace("%1", self.park.name)
        return name

    # ----- edits -------------------------------------------------------------------------------
    def push(self, command: Command) -> bool:
        """Apply ``command`` as one undo step; on a model refusal report it and change nothing.

        Hooks in ``before_apply`` (the crash journal) see the command before it is applied.
        """
        self._run_before_apply(command)
        try:
            command.redo(self.park)
        except EcoParkError as exc:
            self.edit_failed.emit(refusal_text(exc))
            return False
        self.undo_stack.push(CoreUndoCommand(self.park, command, self))
        return True

    def _run_before_apply(self, command: Command) -> None:
        for hook in self.before_apply:
            hook(command)

    # ----- scenario and selection --------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.park.scenario(self.scenario_id)

    def switch_scenario(self, scenario_id: str) -> None:
        self.park.scenario(scenario_id)  # raises for an unknown id
        if scenario_id != self.scenario_id:
            self.scenario_id = scenario_id
            self.set_selection([])
            self.scenario_switched.emit(scenario_id)

    def set_selection(self, refs: Iterable[ObjectRef]) -> None:
        refs = [r for r in dict.fromkeys(refs) if self._exists(r)]
        if refs != self.selection:
            self.selection = refs
            self.selection_changed.emit(list(refs))

    def _exists(self, ref: ObjectRef) -> bool:
        layer, oid = ref
        return self.scenario_id in self.park.scenarios and oid in self.scenario.layers.get(
            layer, {}
        )

    # ----- model events ------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
        if self.selection and not all(self._exists(r) for r in self.selection):
            self.set_selection(self.selection)

    def close(self) -> None:
        """Stop following the park and let go of every listener.

        Views connect closures that hold their widgets (and so this document) to its
        signals. Qt keeps those closures alive from C++, where Python's collector cannot see
        the cycle, so without this a project replaced by another in the same window stayed
        in memory with its canvas: some 200 MB per 100,000-feature park opened.
        """
        self.park.unsubscribe(self._on_change)
        for signal in (
            self.changed,
            self.scenario_switched,
            self.selection_changed,
            self.path_changed,
            self.edit_failed,
        ):
            disconnect_all(signal)
        self.before_apply.clear()
        self.before_undo.clear()
        self.before_redo.clear()

    def __del__(self) -> None:
        # Empty the undo stack while its commands are whole. A document dropped without
        # close() dies in a garbage-collection cycle together with its stack's commands; if
        # the collector frees a command's Python side first, the stack's own clean-up would
        # delete that command a second time and crash the process.
        try:
            self.undo_stack.clear()
        except (RuntimeError, AttributeError):  # the C++ side is already gone
            pass


def disconnect_all(signal: SignalInstance) -> None:
    """Disconnect every slot of ``signal`` (none connected is fine)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # PySide warns when none is connected
        try:
            signal.disconnect()
        except (RuntimeError, TypeError):
            pass
