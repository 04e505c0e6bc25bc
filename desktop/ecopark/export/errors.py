"""The error exports raise for requests that cannot be met (unknown paper, format or language)."""

from __future__ import annotations

from ecopark.model import EcoParkError


class ExportError(EcoParkError):
    """An export cannot be made as asked; the message says what to choose instead."""


__all__ = ["ExportError"]
