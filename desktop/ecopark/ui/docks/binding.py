"""How a dock follows the open document: its signal connections (dropped when the window opens
another project) and :class:`DocumentDock`, the base class of the docks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from ecopark.ui.document import ProjectDocument


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


class DocumentDock(QDockWidget):
    """Base of the docks that show the open project: the one way a dock follows the document.

    :meth:`set_document` drops the connections to the previous document, calls :meth:`bind`
    (where a dock connects the signals it needs with :meth:`listen`) and refreshes. A burst of
    changes (an import, an undo of many edits) calls :meth:`schedule_refresh` many times; the
    zero-delay timer folds them into one :meth:`refresh` once control returns to the event loop.
    """

    document: ProjectDocument

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._connections = Connections()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_due)

    def set_document(self, document: ProjectDocument) -> None:
        """Show ``document`` (the window opened or created another project)."""
        self._connections.disconnect_all()
        self.document = document
        self.bind(document)
        self.refresh()

    def bind(self, document: ProjectDocument) -> None:
        """Connect the document's signals this dock follows (with :meth:`listen`)."""

    def listen(self, signal: Any, slot: Callable[..., Any]) -> None:
        """Connect ``signal`` to ``slot`` until the next :meth:`set_document`."""
        self._connections.connect(signal, slot)

    def schedule_refresh(self, *_: object) -> None:
        self._refresh_timer.start()

    def _refresh_due(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the document (subclasses)."""
