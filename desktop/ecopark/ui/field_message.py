"""A refused field edit as the planner should read it, in place, and the widget that shows it.

The model refuses in English naming the column (``firms F0051: iav_10k_rmb must be a number, not
'abc'``): right for the CLI and logs, wrong for the planner. Here the refusal becomes one sentence
in the UI language that names the field by the label beside the box ("「工业增加值」必须是数字……")
and says that the field was put back to its last valid value; the model's English is kept in a
"Details" view (support can still read it). The reason is recognised from the refusal's class
and the model's wording; anything not recognised still gets a translated sentence naming the
field, with the English under Details.

Used by the properties dock (under the field) and the attribute table (under the table, and as a
balloon at the edited cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ecopark.model import (
    DuplicateIdError,
    EcoParkError,
    UnknownKindError,
    UnknownReferenceError,
    ValidationError,
)
from ecopark.ui import i18n
from ecopark.ui.i18n import QT_TRANSLATE_NOOP

ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class FieldRefusal:
    """What the planner reads (``sentence``) and the model's own words (``details``)."""

    sentence: str
    details: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldMessage", text)


_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        (r"must be a number, not (?P<v>.*)$",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 must be a number; %2 is not one.")),
        (r"is not a number \(NaN\)",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 must be a number (not NaN).")),
        (r"is infinite", QT_TRANSLATE_NOOP("FieldMessage", "%1 must be a finite number.")),
        (r"cannot be negative \((?P<v>.*)\)$",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 cannot be negative (%2).")),
        (r"must be a whole number, not (?P<v>.*)$",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 must be a whole number, not %2.")),
        (r"is missing; enter a number",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 cannot be empty: enter a number.")),
        (r"= (?P<v>\S+) is implausibly large",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 = %2 is implausibly large: check the unit.")),
        (r"must be a non-empty text", QT_TRANSLATE_NOOP("FieldMessage", "%1 cannot be empty.")),
        (r"must be text", QT_TRANSLATE_NOOP("FieldMessage", "%1 must be text.")),
        (r"control character",
         QT_TRANSLATE_NOOP("FieldMessage",
                           "%1 contains an invisible control character: remove it.")),
        (r"is a fraction above 0 and at most 1, not (?P<v>.*)$",
         QT_TRANSLATE_NOOP("FieldMessage",
                           "%1 must be a fraction above 0 and at most 1, not %2.")),
        (r"but own_boiler is 0",
         QT_TRANSLATE_NOOP("FieldMessage",
                           "%1 must be 0 while the firm has no boiler of its own.")),
        (r"cannot exchange with itself",
         QT_TRANSLATE_NOOP("FieldMessage", "A firm cannot exchange with itself (%1).")),
        (r"must be a year like",
         QT_TRANSLATE_NOOP("FieldMessage", "%1 must be a year like 2025.")),
    )
)  # fmt: skip
"""(the model's English, the planner's sentence): the sentence names the field as %1."""


def _quoted(value: str) -> str:
    """'abc' (the model's repr of typed text) -> “abc”; a number stays as it is."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return f"“{value[1:-1]}”"
    return value


def field_refusal(label: str, exc: Exception, restored: str | None = None) -> FieldRefusal:
    """The sentence for a refused edit of the field labelled ``label``.

    ``restored`` is the text the field was put back to (None: say nothing about it; empty: it
    was put back to empty / not recorded).
    """
    english = str(exc)
    chinese = i18n.current_language() != i18n.SOURCE_LANGUAGE
    field = f"「{label}」" if chinese else label
    sentence = ""
    if isinstance(exc, DuplicateIdError):
        sentence = i18n.arg(
            QCoreApplication.translate("FieldMessage", "The id %1 is already in use."),
            exc.object_id,
        )
    elif isinstance(exc, UnknownKindError):
        sentence = i18n.arg(
            QCoreApplication.translate(
                "FieldMessage", "%1: this value is not one of the allowed choices."
            ),
            field,
        )
    elif isinstance(exc, UnknownReferenceError):
        sentence = i18n.arg(
            QCoreApplication.translate(
                "FieldMessage", "%1 refers to an object that does not exist."
            ),
            field,
        )
    else:
        for pattern, message in _REASONS:
            found = pattern.search(english)
            if found is not None:
                template = _tr(message)
                value = found.groupdict().get("v")
                sentence = i18n.arg(template, field, _quoted(value) if value else "")
                break
    if not sentence:
        sentence = i18n.arg(
            QCoreApplication.translate("FieldMessage", "%1: this value is not accepted."), field
        )
    if restored is not None:
        shown = restored if restored else QCoreApplication.translate("FieldMessage", "empty")
        back = QCoreApplication.translate(
            "FieldMessage", "The field is back to its last valid value (%1)."
        )
        sentence += ("" if chinese else " ") + i18n.arg(back, shown)
    return FieldRefusal(sentence, english if isinstance(exc, EcoParkError | ValueError) else "")


def subject_of(exc: Exception) -> str:
    """ "企业 F0051" for the attribute table, where the row is not beside the message."""
    if not isinstance(exc, ValidationError) or not exc.object_id:
        return ""
    from ecopark import terms

    if exc.layer in terms.LAYERS:
        return f"{i18n.term('layer', exc.layer)} {exc.object_id}"
    return exc.object_id


class FieldMessage(QWidget):
    """A red, wrapped sentence (never clipped) with a "Details" link revealing the English."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._toggle_details)
        layout.addWidget(self.label)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #666666;")
        self.details.hide()
        layout.addWidget(self.details)
        self.sentence = ""
        self.hide()

    def show_refusal(self, refusal: FieldRefusal | None) -> None:
        self.sentence = refusal.sentence if refusal else ""
        self.details.hide()
        if refusal is None or not refusal.sentence:
            self.label.clear()
            self.details.clear()
            self.hide()
            return
        link = ""
        if refusal.details:
            word = QCoreApplication.translate("FieldMessage", "Details")
            link = f" <a href='details'>{escape(word)}</a>"
        self.label.setText(escape(refusal.sentence) + link)
        self.details.setText(refusal.details)
        self.label.setToolTip(refusal.sentence)
        self.show()

    def _toggle_details(self, _link: str) -> None:
        self.details.setVisible(self.details.isHidden() and bool(self.details.text()))

    def text(self) -> str:
        """The sentence shown (empty when hidden)."""
        return self.sentence if not self.isHidden() else ""
