"""The window's actions by stable id: what Help > Keyboard shortcuts lists, what features and
tests look up, independent of the (translated) menu text.

Ids are short English words ("file.save", "edit.select_all", "tool.draw_zone"); a feature that
adds entries registers its actions here under its own prefix ("export.map", "optimise.route").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class ActionRegistry:
    """Creates and holds the window's QActions under stable ids, in registration order."""

    def __init__(self, parent: QObject):
        self.parent = parent
        self._actions: dict[str, QAction] = {}

    def add(
        self,
        action_id: str,
        text: str,
        slot: Callable[..., Any],
        shortcut: Shortcut = None,
        tip: str = "",
        *,
        checkable: bool = False,
    ) -> QAction:
        """A new action: text, shortcut, tooltip "tip (keys)" and status tip, connected to
        ``slot``."""
        action = QAction(text, self.parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shown})" if shown else tip)
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return self.register(action_id, action)

    def register(self, action_id: str, action: QAction) -> QAction:
        """Keep an action made elsewhere (tool actions, feature entries) under ``action_id``."""
        if action_id in self._actions and self._actions[action_id] is not action:
            raise KeyError(f"action id {action_id!r} is already taken")
        action.setObjectName(action.objectName() or action_id)
        self._actions[action_id] = action
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def get(self, action_id: str) -> QAction | None:
        return self._actions.get(action_id)

    def id_of(self, action: QAction) -> str | None:
        return next((k for k, a in self._actions.items() if a is action), None)

    def shortcut_lines(self, extra: list[QAction] | None = None) -> list[str]:
        """ "keys<TAB>text" for every action with a shortcut (secondary keys too), registered
        ones first in their order, then ``extra`` actions not registered."""
        lines: list[str] = []
        seen: set[int] = set()
        for action in [*self._actions.values(), *(extra or [])]:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys and id(action) not in seen:
                seen.add(id(action))
                lines.append(f"{keys}\t{action.text().replace('&', '').rstrip('…')}")
        return lines
