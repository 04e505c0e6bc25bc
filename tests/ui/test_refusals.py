"""A planner with a Chinese UI reads the model's refusals in Chinese, naming the object and the
field; in English the model's own message is shown unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shapely.geometry import Point

from ecopark.commands import AddObjects
from ecopark.model import (
    DuplicateIdError,
    EcoParkError,
    Exchange,
    Firm,
    InvalidValueError,
    ProjectFileError,
    ReferencedObjectError,
    UnknownReferenceError,
)
from ecopark.model.edits import edits
from ecopark.terms import FIELD_LABELS_ZH
from ecopark.ui import i18n
from ecopark.ui.refusals import refusal_text

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def pushed_refusal(document, command) -> tuple[bool, list[str]]:
    messages: list[str] = []
    document.edit_failed.connect(messages.append)
    ok = document.push(command)
    document.edit_failed.disconnect(messages.append)
    return ok, messages


def duplicate_firm() -> Firm:
    return Firm(firm_id="F2", name="Second brewery", sector="brewery", geometry=Point(0, 0))


def exchange_to_nowhere() -> Exchange:
    return Exchange(
        exchange_id="E9", from_id="F3", to_id="F99", material="steam", quantity=1.0, unit="t/h"
    )


def refusal_of(document, command) -> EcoParkError:
    try:
        command.redo(document.park)
    except EcoParkError as exc:
        return exc
    raise AssertionError("the model accepted the edit")


def test_duplicate_id_is_refused_in_chinese(chinese, document):
    before = document.park.snapshot()
    ok, messages = pushed_refusal(document, AddObjects("base", [duplicate_firm()]))
    assert not ok and document.park.snapshot() == before
    assert messages == ["编号 F2 已被使用"]
    assert not document.undo_stack.canUndo()


def test_exchange_to_an_unknown_firm_names_exchange_and_end(chinese, document):
    ok, messages = pushed_refusal(document, AddObjects("base", [exchange_to_nowhere()]))
    assert not ok and len(messages) == 1
    text = messages[0]
    assert text.startswith(f"共生交换 E9 的「{FIELD_LABELS_ZH['to_id']}」引用了不存在的对象")
    # the English detail names the missing firm, which the sentence does not: kept, marked
    assert "（原文：exchanges E9: to_id 'F99' is not a firm or facility" in text


def test_removing_a_firm_exchanges_use_says_so(chinese, document):
    try:
        edits(document.park).remove("base", "firms", "F3")  # E1 goes from F3 to F2
    except ReferencedObjectError as exc:
        text = refusal_text(exc)
    else:
        raise AssertionError("the park removed a firm an exchange refers to")
    assert text.startswith("企业 F3 仍有共生交换引用，不能删除（原文：")
    assert "E1" in text


def test_an_invalid_value_names_the_field_in_chinese(chinese, document):
    firm = document.park.scenario("base").firms["F1"]
    with pytest.raises(InvalidValueError) as caught:
        firm.with_changes(iav_10k_rmb=-5.0)
    text = refusal_text(caught.value)
    label = FIELD_LABELS_ZH["iav_10k_rmb"]
    assert text.startswith(f"企业 F1 的「{label}」取值无效（原文：")
    assert "negative" in text  # the reason only the English gives
    # beside the box in the properties dock the field is named once, not twice
    from ecopark.model import Firm
    from ecopark.ui.docks.editing import field_specs, refusal_message

    spec = next(s for s in field_specs(Firm) if s.name == "iav_10k_rmb")
    assert refusal_message(spec, caught.value) == text


def test_chinese_refusals_lead_with_chinese_not_english(chinese, document):
    for command in (
        AddObjects("base", [duplicate_firm()]),
        AddObjects("base", [exchange_to_nowhere()]),
    ):
        exc = refusal_of(document, command)
        text = refusal_text(exc)
        assert exc.object_id in text
        assert CJK.match(text), f"starts in English: {text}"


def test_english_shows_the_models_message_unchanged(qapp, document):
    i18n.install_translator(qapp, "en")
    command = AddObjects("base", [duplicate_firm()])
    exc = refusal_of(document, command)
    assert isinstance(exc, DuplicateIdError)
    ok, messages = pushed_refusal(document, command)
    assert not ok and messages == [str(exc)]
    assert messages[0].startswith("id 'F2' is already used by")


def test_errors_without_a_template_keep_their_message(chinese):
    file_error = ProjectFileError("park.gpkg is not readable", path="park.gpkg")
    assert refusal_text(file_error) == "park.gpkg is not readable"
    scenario_missing = UnknownReferenceError("unknown scenario 'x'", layer="scenarios")
    assert refusal_text(scenario_missing) == "引用了不存在的对象（原文：unknown scenario 'x'）"
