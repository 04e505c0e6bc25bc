"""Attribute editing shared by the properties dock and the attribute table.

Editors are derived from the model's field metadata (role, unit, label), and every value a
planner types is handed to the model unchanged in meaning: the model decides what is valid and
its message is what the planner reads. A valid edit becomes one ReplaceObjects command.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ecopark.commands import ReplaceObjects
from ecopark.model import EcoParkError, Park, ParkObject, Zone
from ecopark.model.fields import Role, role_of, unit_of
from ecopark.numbers import format_plain
from ecopark.terms import zone_kind_label
from ecopark.ui import i18n
from ecopark.ui.refusals import refusal_text

NUMERIC_ROLES = (Role.QUANTITY, Role.OPTIONAL_QUANTITY, Role.COUNT)


@dataclass(frozen=True)
class FieldSpec:
    """One editable attribute as the UI shows it."""

    name: str
    role: Role
    unit: str
    label: str

    @property
    def title(self) -> str:
        return f"{self.label} ({i18n.unit(self.unit)})" if self.unit else self.label


def field_specs(cls: type[ParkObject], *, include_id: bool = False) -> list[FieldSpec]:
    """The attributes of a layer in model order, without geometry (and without the id unless
    asked: ids are never edited)."""
    specs = []
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        role = role_of(f)
        if role is Role.GEOMETRY or (role is Role.ID and not include_id):
            continue
        label = i18n.field_label(f.name, str(f.metadata.get("label") or f.name.replace("_", " ")))
        specs.append(FieldSpec(f.name, role, unit_of(f), label))
    return specs


def common_field_specs(types: Sequence[type[ParkObject]]) -> list[FieldSpec]:
    """Fields every type has with the same meaning: what a mixed selection can edit together."""
    if not types:
        return []
    first = field_specs(types[0])
    others = [{(s.name, s.role, s.unit) for s in field_specs(t)} for t in types[1:]]
    common = [s for s in first if all((s.name, s.role, s.unit) in o for o in others)]
    # A choice field only stays when its choices agree (a zone kind is not a facility kind).
    return [
        s
        for s in common
        if s.role is not Role.CHOICE or len({choices_key(t, s.name) for t in types}) == 1
    ]


def choices_key(cls: type[ParkObject], name: str) -> tuple[str, ...] | str:
    if cls is Zone and name == "kind":
        return "zone_kinds"
    return tuple(cls.CHOICES.get(name, ()))


def choices_for(park: Park, cls: type[ParkObject], name: str) -> list[tuple[str, str]]:
    """(value, label) pairs for a choice field; zone kinds come from the park's rule table."""
    if cls is Zone and name == "kind":
        language = i18n.current_language()
        return [(k, zone_kind_label(zk, language)) for k, zk in park.zone_kinds.items()]
    return [
        (v, i18n.choice_label(name, cls.LAYER, v, v.replace("_", " ")))
        for v in cls.CHOICES.get(name, ())
    ]


def format_value(value: object, role: Role) -> str:
    """How a value is shown in an editor or a table cell (a number keeps its precision)."""
    if value is None:
        return ""
    if role is Role.FLAG:
        if value:
            return QCoreApplication.translate("AttributeEditing", "yes")
        return QCoreApplication.translate("AttributeEditing", "no")
    if isinstance(value, float):
        return format_plain(value, 10, grouped=False)
    return str(value)


def parse_input(text: str, role: Role) -> object:
    """Turn typed text into the value handed to the model.

    Anything that is not a number is passed on as typed, so the model's own message (naming the
    field) explains what is wrong; an empty box means "not recorded" for optional quantities.
    """
    text = text.strip()
    if role not in NUMERIC_ROLES:
        return text
    if not text:
        return None
    cleaned = text.replace(",", "").replace(" ", "").replace("\u2009", "")
    try:
        number = float(cleaned)
    except ValueError:
        return text
    if role is Role.COUNT and math.isfinite(number) and number == int(number):
        return int(number)
    return number


def edit_command(
    park: Park,
    scenario_id: str,
    objects: Sequence[ParkObject],
    spec: FieldSpec,
    value: object,
) -> ReplaceObjects | None:
    """One undo step setting ``spec`` to ``value`` on every object (None when nothing changes).

    Raises the model's ValidationError (with the field named) before anything is changed.
    """
    scenario = park.scenario(scenario_id)
    changes = {spec.name: value, **_companion_changes(spec.name, value)}
    changed: list[ParkObject] = []
    for obj in objects:
        new = obj.with_changes(**changes)
        if new == obj:
            continue
        park.validate_in_scenario(scenario, new, replacing=True)
        changed.append(new)
    if not changed:
        return None
    if len(changed) == 1:
        template = QCoreApplication.translate("AttributeEditing", "Set %1 of %2")
        text = i18n.arg(template, _in_sentence(spec.label), i18n.object_label(changed[0]))
    else:
        layer = changed[0].LAYER
        if i18n.current_language() != i18n.SOURCE_LANGUAGE:
            layer = i18n.term("layer", layer)
        template = QCoreApplication.translate("AttributeEditing", "Set %1 of %2 %3")
        text = i18n.arg(template, _in_sentence(spec.label), len(changed), layer)
    return ReplaceObjects(scenario_id, changed, text=text)


def _in_sentence(label: str) -> str:
    """ "Industrial added value" -> "industrial added value", but "HP steam demand" stays."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _companion_changes(name: str, value: object) -> dict[str, object]:
    """Fields that must change together for the edit to make sense to the model: switching a
    firm's own boiler off also means it has no small boilers left."""
    if name == "own_boiler" and value is False:
        return {"boiler_count": 0}
    return {}


def refusal_message(spec: FieldSpec, exc: Exception) -> str:
    """The model's message, led by the label the planner sees next to the box (unless the
    message names that field already, as the translated refusals do)."""
    text = refusal_text(exc) if isinstance(exc, EcoParkError) else str(exc)
    return text if f"「{spec.label}」" in text else f"{spec.label}: {text}"
