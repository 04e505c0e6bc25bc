"""Safe deletes: before a firm or facility goes, the planner is told what depends on it.

The core (:func:`ecopark.model.integrity.delete_impact`) finds the exchanges that go with it, the
pipes that would reach no source any more, the firms that would lose that supply and the firms
that would lose a point service. This module words that in the planner's language and asks:
delete the pipes too (one undo step), delete only what was chosen, or cancel. The window's
prompts object answers in tests (``ask_delete_dependants``); otherwise a message box asks.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ecopark.model import Park
from ecopark.model.integrity import DeleteImpact, delete_impact, outside_every_zone
from ecopark.model.objects import Firm
from ecopark.ui.i18n import arg, term

if TYPE_CHECKING:
    from ecopark.ui.tools.base import MapTool

ObjectRef = tuple[str, str]

MAX_IDS_SHOWN = 6
"""Ids named in the prompt per line before "…" (the CHP plant can hold 100 pipes)."""


class DeleteChoice(enum.Enum):
    WITH_DEPENDANTS = "with_dependants"
    ONLY_CHOSEN = "only_chosen"
    CANCEL = "cancel"


DeletePrompt = Callable[[str, DeleteImpact], DeleteChoice]
"""Asks about the dependants of ``what``: the tool manager's ``delete_prompt``, or the window
prompts' ``ask_delete_dependants`` (tests script both), or :func:`ask_delete_dependants`."""


def _ids(ids: list[str]) -> str:
    shown = ", ".join(ids[:MAX_IDS_SHOWN])
    return shown + ("…" if len(ids) > MAX_IDS_SHOWN else "")


def impact_lines(impact: DeleteImpact) -> list[str]:
    """One translated line per kind of dependant, e.g. "27 中压蒸汽 pipes would reach no
    source: P001, …"."""
    lines: list[str] = []
    if impact.exchanges:
        lines.append(
            arg(
                QCoreApplication.translate(
                    "DeletePrompt", "%1 symbiosis exchange(s) are deleted with it: %2"
                ),
                len(impact.exchanges),
                _ids(impact.exchanges),
            )
        )
    for medium, pipes in impact.orphan_pipes.items():
        lines.append(
            arg(
                QCoreApplication.translate(
                    "DeletePrompt", "%1 %2 pipe(s) would be connected to no source: %3"
                ),
                len(pipes),
                term("medium", medium),
                _ids(pipes),
            )
        )
    for medium, firms in impact.unsupplied_firms.items():
        lines.append(
            arg(
                QCoreApplication.translate(
                    "DeletePrompt", "%1 firm(s) would lose their %2 supply: %3"
                ),
                len(firms),
                term("medium", medium),
                _ids(firms),
            )
        )
    for service, firms in impact.unserviced_firms.items():
        lines.append(
            arg(
                QCoreApplication.translate("DeletePrompt", "%1 firm(s) would lose %2 service: %3"),
                len(firms),
                term("point_service", service),
                _ids(firms),
            )
        )
    return lines


def ask_delete_dependants(parent: QWidget | None, what: str, impact: DeleteImpact) -> DeleteChoice:
    """The message box: names what depends on ``what`` and offers the three answers."""
    box = QMessageBox(parent)
    box.setObjectName("delete_prompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DeletePrompt", "Delete"))
    box.setText(
        arg(QCoreApplication.translate("DeletePrompt", "Other objects depend on %1:"), what)
    )
    box.setInformativeText("\n".join(f"• {line}" for line in impact_lines(impact)))
    with_pipes = None
    if impact.orphan_pipes:
        with_pipes = box.addButton(
            arg(
                QCoreApplication.translate("DeletePrompt", "Delete with its %1 pipe(s)"),
                len(impact.pipe_refs),
            ),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    only = box.addButton(
        QCoreApplication.translate("DeletePrompt", "Delete only this")
        if impact.orphan_pipes
        else QCoreApplication.translate("DeletePrompt", "Delete"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if with_pipes is not None and clicked is with_pipes:
        return DeleteChoice.WITH_DEPENDANTS
    if clicked is only:
        return DeleteChoice.ONLY_CHOSEN
    return DeleteChoice.CANCEL


def outside_zone_note(park: Park, scenario_id: str, firm: Firm) -> str:
    """A sentence for the status bar when a firm was placed outside every zone (else "")."""
    if not outside_every_zone(park.scenario(scenario_id), [firm.geometry])[0]:
        return ""
    return " " + QCoreApplication.translate(
        "DeletePrompt",
        "Note: it lies outside every zone, so it counts towards no zone (Ctrl+Z removes it)",
    )


__all__ = [
    "DeleteChoice",
    "DeletePrompt",
    "ask_delete_dependants",
    "confirm_dependants",
    "impact_lines",
    "outside_zone_note",
]


def confirm_dependants(
    tool: MapTool, what: str, refs: list[ObjectRef]
) -> tuple[list[ObjectRef], str]:
    """The refs to delete after asking about their dependants ([] when the planner cancels) and
    the words for them: unchanged when nothing depends on them, with the orphaned pipes added on
    "delete with"."""
    doc = tool.document
    impact = delete_impact(doc.park, doc.scenario_id, refs)
    if not impact.anything:
        return refs, what
    window = tool.canvas.window()
    ask: DeletePrompt | None = tool.manager.delete_prompt
    if ask is None:
        ask = getattr(getattr(window, "prompts", None), "ask_delete_dependants", None)
    if ask is None:
        choice = ask_delete_dependants(window, what, impact)
    else:
        choice = ask(what, impact)
    if choice is DeleteChoice.WITH_DEPENDANTS:
        pipes = impact.pipe_refs
        return list(dict.fromkeys([*refs, *pipes])), arg(
            QCoreApplication.translate("DeletePrompt", "%1 with %2 pipe(s)"), what, len(pipes)
        )
    if choice is DeleteChoice.ONLY_CHOSEN:
        return refs, what
    tool.set_hint(QCoreApplication.translate("DeletePrompt", "Nothing deleted"))
    return [], what
