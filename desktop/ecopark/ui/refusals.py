"""A model refusal (a typed ``ValidationError``) as a sentence in the planner's UI language.

The core builds its messages in English on purpose: the CLI and the logs read them, and the core
imports no Qt. The UI translates at its boundary instead, from what every refusal carries besides
its text: its class (what kind of rule broke) and ``layer``/``object_id``/``field`` (where).
The Chinese sentence names the object and the field in the planner's words; when the English
message holds detail the sentence lacks (why a value is wrong, which exchanges still refer to a
firm) it follows in parentheses, so nothing is lost and the planner can forward it to support.
In English the model's own message is already the best sentence and is shown unchanged.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from ecopark import terms
from ecopark.model import (
    TYPE_BY_LAYER,
    DuplicateIdError,
    EcoParkError,
    InvalidGeometryError,
    InvalidValueError,
    ReferencedObjectError,
    UnknownKindError,
    UnknownReferenceError,
    ValidationError,
)
from ecopark.model.errors import OverlappingZonesWarning
from ecopark.model.integrity import IntegrityWarning
from ecopark.ui import i18n
from ecopark.ui.integrity_text import integrity_sentence


def refusal_text(exc: EcoParkError) -> str:
    """``exc`` as the planner should read it in the current UI language.

    English, an error class without a template (a file error, a warning) or a non-source
    language without a catalogue entry all get ``str(exc)``: never less than the model said.
    """
    if i18n.current_language() == i18n.SOURCE_LANGUAGE or not isinstance(exc, ValidationError):
        return str(exc)
    if isinstance(exc, IntegrityWarning):  # pipes, demand, stray firms (ecopark.model.integrity)
        return integrity_sentence(exc) or str(exc)
    built = _sentence(exc)
    if built is None:
        return str(exc)
    sentence, detail_adds = built
    if detail_adds and str(exc):
        return i18n.arg(
            QCoreApplication.translate("Refusal", "%1 (original: %2)"), sentence, str(exc)
        )
    return sentence


def _hydraulic_sentence(exc: ValidationError, subject: str) -> tuple[str, bool] | None:
    """Warnings of the network solve (ecopark.hydraulics) listed by Park.check."""
    from ecopark import terms
    from ecopark.hydraulics import NetworkInputWarning, NetworkShortfallWarning

    if isinstance(exc, NetworkShortfallWarning):
        medium = terms.label("medium", exc.medium, i18n.current_language())
        if exc.margin_mpa is None:
            template = QCoreApplication.translate(
                "Refusal", "%1 (%2) is not physically served: nothing arrives"
            )
            return i18n.arg(template, subject, medium), True
        template = QCoreApplication.translate(
            "Refusal", "%1 (%2) is not physically served: pressure margin %3 MPa"
        )
        return i18n.arg(template, subject, medium, f"{exc.margin_mpa:+.3f}"), True
    if isinstance(exc, NetworkInputWarning):
        return QCoreApplication.translate("Refusal", "A network cannot be solved in full"), True
    return None


def _sentence(exc: ValidationError) -> tuple[str, bool] | None:
    """The translated sentence, and whether the English message adds to it."""
    subject = _subject(exc.layer, exc.object_id)
    field = _field(exc.layer, exc.field)
    detail_adds = True  # the English says why (the reason, the allowed values, the users)
    # The seven classes are siblings, so the order of the tests does not matter.
    hydraulic = _hydraulic_sentence(exc, subject)
    if hydraulic is not None:
        return hydraulic
    if isinstance(exc, OverlappingZonesWarning):  # a warning from Park.check, not a refusal
        template = QCoreApplication.translate("Refusal", "Zones %1 and %2 overlap by %3 m²")
        za, zb = exc.zone_ids
        return i18n.arg(template, za, zb, f"{exc.overlap_m2:,.0f}"), False
    if isinstance(exc, InvalidGeometryError):
        template = QCoreApplication.translate("Refusal", "%1: the geometry is not valid")
    elif isinstance(exc, InvalidValueError) and field:
        template = QCoreApplication.translate("Refusal", "%1: the value of %2 is not valid")
    elif isinstance(exc, InvalidValueError):
        template = QCoreApplication.translate("Refusal", "%1: a value is not valid")
    elif isinstance(exc, UnknownKindError) and field:
        template = QCoreApplication.translate("Refusal", "%1: %2 is not a known kind")
    elif isinstance(exc, UnknownKindError):
        template = QCoreApplication.translate("Refusal", "%1: unknown kind")
    elif isinstance(exc, DuplicateIdError):
        # The English adds only which object holds the id; the id is what the planner needs.
        template = QCoreApplication.translate("Refusal", "The id %1 is already in use")
        return i18n.arg(template, exc.object_id), False
    elif isinstance(exc, UnknownReferenceError) and field:
        template = QCoreApplication.translate(
            "Refusal", "%1: %2 refers to an object that does not exist"
        )
    elif isinstance(exc, UnknownReferenceError) and exc.object_id and exc.layer in TYPE_BY_LAYER:
        template = QCoreApplication.translate("Refusal", "%1 does not exist in this scenario")
        detail_adds = False
    elif isinstance(exc, UnknownReferenceError):  # a scenario: the English lists the known ones
        template = QCoreApplication.translate("Refusal", "Refers to an object that does not exist")
    elif isinstance(exc, ReferencedObjectError) and exc.layer == "zone_kinds":
        template = QCoreApplication.translate(
            "Refusal", "%1 is still used by zones and cannot be removed"
        )
    elif isinstance(exc, ReferencedObjectError):
        template = QCoreApplication.translate(
            "Refusal", "%1 is still used by symbiosis exchanges and cannot be deleted"
        )
    else:
        return None
    return i18n.arg(template, subject, field), detail_adds


def _layer_word(layer: str) -> str:
    if layer in terms.LAYERS:
        return i18n.term("layer", layer)
    words = {
        "scenarios": QCoreApplication.translate("Refusal", "scenario"),
        "zone_kinds": QCoreApplication.translate("Refusal", "zone kind"),
        "park": QCoreApplication.translate("Refusal", "park"),
    }
    return words.get(layer, "")


def _subject(layer: str, object_id: str) -> str:
    """ "企业 F12": the layer's word and the id; the layer alone, or "the object", when missing."""
    word = _layer_word(layer)
    if word and object_id:
        return f"{word} {object_id}"
    return word or object_id or QCoreApplication.translate("Refusal", "the object")


def _field(layer: str, field_name: str) -> str:
    """The field's label as the properties dock shows it (English from the model's metadata)."""
    if not field_name:
        return ""
    if field_name == "year":  # a scenario's; not a park-object field, so not in the terms
        return QCoreApplication.translate("Refusal", "year")
    if field_name == "crs":
        return QCoreApplication.translate("Refusal", "coordinate system")
    english = field_name.replace("_", " ")
    cls = TYPE_BY_LAYER.get(layer)
    if cls is not None:
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name == field_name:
                english = str(f.metadata.get("label") or english)
                break
    return i18n.field_label(field_name, english)


__all__ = ["refusal_text"]
