"""The integrity warnings of ``Park.check`` (``ecopark.model.integrity``) as sentences in the
planner's language, built from what each warning carries (ids, medium, demand), not from its
English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecopark.model.integrity import (
    FirmOutsideZonesWarning,
    IntegrityWarning,
    PipesWithoutSourceWarning,
    UnconnectedSourceWarning,
    UnservedDemandWarning,
)
from ecopark.model.kinds import MEDIUM_FIELDS
from ecopark.ui.i18n import arg, term, unit

MAX_IDS = 8
"""Ids named before "…"."""


def _ids(exc: IntegrityWarning) -> str:
    ids = [oid for _, oid in exc.refs]
    return ", ".join(ids[:MAX_IDS]) + ("…" if len(ids) > MAX_IDS else "")


def integrity_sentence(exc: IntegrityWarning) -> str | None:
    """The translated sentence, or None for a warning this module does not know."""
    medium = term("medium", exc.medium) if exc.medium else ""
    if isinstance(exc, PipesWithoutSourceWarning):
        return arg(
            QCoreApplication.translate("Integrity", "%1 %2 pipe(s) are connected to no source: %3"),
            len(exc.refs),
            medium,
            _ids(exc),
        )
    if isinstance(exc, UnservedDemandWarning):
        amount = f"{exc.demand:,.1f} {unit(MEDIUM_FIELDS[exc.medium].unit)}"
        return arg(
            QCoreApplication.translate(
                "Integrity", "%1 of %2 demand (firms %3) is on a network that reaches no source"
            ),
            amount,
            medium,
            _ids(exc),
        )
    if isinstance(exc, UnconnectedSourceWarning):
        return arg(
            QCoreApplication.translate(
                "Integrity", "Facility %1 supplies %2 but touches no %2 pipe"
            ),
            _ids(exc),
            medium,
        )
    if isinstance(exc, FirmOutsideZonesWarning):
        return arg(
            QCoreApplication.translate(
                "Integrity", "Firm %1 lies outside every zone and counts towards no zone"
            ),
            _ids(exc),
        )
    return None


__all__ = ["integrity_sentence"]
