"""Field declarations shared by the model, the file schema and the properties editor.

A field's role (quantity, count, flag, text, choice) and unit live in dataclass metadata so the
storage layer and the UI derive their columns and editors from the model instead of repeating them.
"""

from __future__ import annotations

import dataclasses
import math
from enum import Enum
from typing import Any

from ecopark.model.errors import InvalidValueError


class Role(Enum):
    ID = "id"
    TEXT = "text"
    CHOICE = "choice"
    QUANTITY = "quantity"  # finite, non-negative float
    OPTIONAL_QUANTITY = "optional_quantity"  # like QUANTITY, or None when not recorded
    COUNT = "count"  # non-negative int
    FLAG = "flag"  # bool, stored as 0/1
    GEOMETRY = "geometry"


MAX_MAGNITUDE = 1e12
"""Above any real park quantity (10^12 t, m³, 10^4 RMB): a larger value is a unit mistake."""


def _meta(role: Role, unit: str, label: str) -> dict[str, Any]:
    return {"role": role, "unit": unit, "label": label}


def id_field(label: str = "id") -> Any:
    return dataclasses.field(metadata=_meta(Role.ID, "", label))


def text(default: str = "", label: str = "") -> Any:
    return dataclasses.field(default=default, metadata=_meta(Role.TEXT, "", label))


def choice(label: str = "", default: str | None = None) -> Any:
    if default is None:
        return dataclasses.field(metadata=_meta(Role.CHOICE, "", label))
    return dataclasses.field(default=default, metadata=_meta(Role.CHOICE, "", label))


def quantity(unit: str, label: str = "", default: float = 0.0) -> Any:
    return dataclasses.field(default=default, metadata=_meta(Role.QUANTITY, unit, label))


def optional_quantity(unit: str, label: str = "") -> Any:
    return dataclasses.field(default=None, metadata=_meta(Role.OPTIONAL_QUANTITY, unit, label))


def optional_year(label: str = "") -> Any:
    """A calendar year that may be empty (year in service, issue 17): an optional quantity in
    the file (NULL when not set), a whole year 1900-2200 in the model (``normalise_year``)."""
    meta = _meta(Role.OPTIONAL_QUANTITY, "year", label)
    meta["year"] = True
    return dataclasses.field(default=None, metadata=meta)


def normalise_year(value: float | int | None, *, layer: str, object_id: str, field_name: str
                   ) -> int | None:  # fmt: skip
    """The year as an int, or a message naming the field when it is not a plausible year."""
    if value is None:
        return None
    if value != int(value) or not 1900 <= value <= 2200:
        raise InvalidValueError(
            f"{layer} {object_id}: {field_name} must be a year like 2028, not {value:g}",
            layer=layer,
            object_id=object_id,
            field=field_name,
        )
    return int(value)


def count(label: str = "", unit: str = "") -> Any:
    return dataclasses.field(default=0, metadata=_meta(Role.COUNT, unit, label))


def flag(label: str = "", default: bool = False) -> Any:
    return dataclasses.field(default=default, metadata=_meta(Role.FLAG, "", label))


def geometry_field() -> Any:
    return dataclasses.field(metadata=_meta(Role.GEOMETRY, "", "geometry"), compare=True)


def role_of(f: dataclasses.Field[Any]) -> Role:
    return f.metadata.get("role", Role.TEXT)


def unit_of(f: dataclasses.Field[Any]) -> str:
    return str(f.metadata.get("unit", ""))


def normalise_number(
    value: object, *, role: Role, layer: str, object_id: str, field_name: str
) -> float | int | None:
    """Return the value as a plain float/int, or raise a message naming the field.

    numpy scalars and ints are accepted and converted, so objects read from files compare equal
    to objects typed in by hand.
    """
    where = f"{layer} {object_id!s}: {field_name}"
    if value is None:
        if role is Role.OPTIONAL_QUANTITY:
            return None
        raise InvalidValueError(
            f"{where} is missing; enter a number",
            layer=layer,
            object_id=object_id,
            field=field_name,
        )
    if isinstance(value, bool) or isinstance(value, str):
        raise InvalidValueError(
            f"{where} must be a number, not {value!r}",
            layer=layer,
            object_id=object_id,
            field=field_name,
        )
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidValueError(
            f"{where} must be a number, not {value!r}",
            layer=layer,
            object_id=object_id,
            field=field_name,
        ) from None
    if math.isnan(number):
        if role is Role.OPTIONAL_QUANTITY:
            return None
        raise InvalidValueError(
            f"{where} is not a number (NaN)", layer=layer, object_id=object_id, field=field_name
        )
    if math.isinf(number):
        raise InvalidValueError(
            f"{where} is infinite", layer=layer, object_id=object_id, field=field_name
        )
    if number < 0:
        raise InvalidValueError(
            f"{where} cannot be negative ({number:g})",
            layer=layer,
            object_id=object_id,
            field=field_name,
        )
    if number > MAX_MAGNITUDE:
        raise InvalidValueError(
            f"{where} = {number:g} is implausibly large; check the unit",
            layer=layer,
            object_id=object_id,
            field=field_name,
        )
    if role is Role.COUNT:
        if number != int(number):
            raise InvalidValueError(
                f"{where} must be a whole number, not {number:g}",
                layer=layer,
                object_id=object_id,
                field=field_name,
            )
        return int(number)
    return number
