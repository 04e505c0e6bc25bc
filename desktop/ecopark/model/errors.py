"""Typed errors whose messages a planner can read.

Every message names the feature (layer and id) and says what to do, because these strings reach
the status bar, dialogs and the CLI unchanged.
"""

from __future__ import annotations


class EcoParkError(Exception):
    """Base of every error the application reports to the user rather than as a crash."""


class ValidationError(EcoParkError, ValueError):
    """A value or object breaks a rule of the park model."""

    severity = "error"
    """Either "error" (the park breaks a rule) or "warning" (allowed, but worth a look)."""

    def __init__(self, message: str, *, layer: str = "", object_id: str = "", field: str = ""):
        super().__init__(message)
        self.layer = layer
        self.object_id = object_id
        self.field = field


class InvalidValueError(ValidationError):
    """A quantity is missing, not a number, infinite, negative or of the wrong type."""


class InvalidGeometryError(ValidationError):
    """A geometry is empty, of the wrong type or invalid (e.g. a self-intersecting zone)."""


class UnknownKindError(ValidationError):
    """A kind, sector, medium or status outside the known (or declared) set."""


class DuplicateIdError(ValidationError):
    """Two objects of one scenario share an id."""


class UnknownReferenceError(ValidationError):
    """An exchange refers to a firm or facility the scenario does not have, or a scenario is
    missing."""


class ReferencedObjectError(ValidationError):
    """An object cannot be removed because exchanges still refer to it."""


class OverlappingZonesWarning(ValidationError):
    """Two zones of a scenario share land (a warning from ``Park.check``, never raised): the
    indicators count the shared land once and give its firms to the lower zone id, but an overlap
    is usually a drawing slip or a superseded plan polygon."""

    severity = "warning"

    def __init__(self, message: str, *, zone_ids: tuple[str, str], overlap_m2: float):
        super().__init__(message, layer="zones", object_id=zone_ids[1])
        self.zone_ids = zone_ids
        self.overlap_m2 = overlap_m2


class EnergyDisagreementWarning(InvalidValueError):
    """A firm's typed ``energy_tce`` disagrees with the total of its recorded energy carriers (a
    warning from ``Park.check``, never raised): the indicators use the carriers' total."""

    severity = "warning"


class ProjectFileError(EcoParkError):
    """A project file cannot be read or written."""

    def __init__(self, message: str, *, path: str = ""):
        super().__init__(message)
        self.path = path


class NotAProjectError(ProjectFileError):
    """The file is not an EcoPark project (not a GeoPackage, or without the park table)."""


class NewerSchemaError(ProjectFileError):
    """The file was written by a newer version of the application."""
