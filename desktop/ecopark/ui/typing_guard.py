"""Keeps single-key shortcuts (the map tools: S, F, A, P, Del...) out of the way while the
planner types in a form field.

Qt offers every key press to the window's shortcuts first unless the focused widget claims it
with a ``ShortcutOverride``. A line edit claims printable keys, but a choice box (keyboard
search), a spin box or a check box does not, so typing "A" in the properties dock's kind box
switched to the facility tool and the next clicks placed plants. :class:`TypingGuard` claims a
plain key (no Ctrl, Alt or Meta) for any such field, so it reaches the field; shortcuts with a
modifier (Ctrl+S, Ctrl+Z...) still work everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FORM_FIELDS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QKeySequenceEdit,
)
"""Widgets a planner types into or searches with the keyboard."""

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_EDITING_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space}


def is_form_field(widget: QObject | None) -> bool:
    """A field that owns plain key presses: a text, number or choice field, or a table where a
    key press starts editing the cell (the attribute table)."""
    if isinstance(widget, QAbstractItemView):
        return bool(widget.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed)
    return isinstance(widget, FORM_FIELDS)


def is_plain_key(event: QKeyEvent) -> bool:
    """A key without Ctrl/Alt/Meta that types a character or edits text."""
    if event.modifiers() & _MODIFIERS:
        return False
    return bool(event.text().strip()) or Qt.Key(event.key()) in _EDITING_KEYS


class TypingGuard(QObject):
    """Application event filter: a plain key pressed in a form field goes to the field, never to
    a single-key shortcut. Lives as long as its parent (the main window)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_form_field(watched)
            and is_plain_key(event)
            # in a table only a character starts typing; Del still deletes the selected rows
            and (event.text().strip() or not isinstance(watched, QAbstractItemView))
        ):
            event.accept()  # the field gets the key press; no shortcut fires
            return True
        return False
