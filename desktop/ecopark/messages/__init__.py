"""Core messages in the planner's language, without Qt: one catalogue of templates.

The core (model, importers, storage, hydraulics, exports) writes its messages in English, and
the UI and the exports show them to a Chinese planner. Qt's ``tr`` cannot reach Qt-free code, so
the core's sentences live in :file:`messages/data/messages.json` as templates, each with an id,
the English text and the Chinese text::

    {"id": "storage.not_gpkg", "en": "{path}: not an EcoPark project (not a GeoPackage file)",
     "zh": "{path}：不是生态园区项目（不是 GeoPackage 文件）"}

Two ways in, both rendered by :func:`render`:

* new code builds a :class:`Message` with :func:`msg` (``raise X(msg("storage.not_gpkg",
  path=p))``): it *is* the English ``str``, so logs, tests and ``str(exc)`` are unchanged, and
  it carries its id and parameters;
* an existing English sentence (an exception's text, an indicator note) is matched against the
  English templates, so the raise sites need no edit: adding a template is enough.

A placeholder ``{name|category}`` translates its value as a domain word through
:func:`ecopark.terms.label` (``{medium|medium}`` turns "steam_mp" into 中压蒸汽);
``{name|msg}`` renders the value as a message itself (nested reasons, any text);
``{name|phrase}`` too, but its value spans no ": " or "; " (a short phrase such as a field
name). Sentences joined by "; "
are translated part by part. Text that matches nothing comes back unchanged (and is listed by
the Chinese walk test, tests/ui/test_chinese_walk.py, so it gets a template).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ecopark import terms

_PLACEHOLDER = re.compile(r"\{(\w+)(?:\|(\w+))?\}")


@dataclass(frozen=True)
class Template:
    """One catalogue entry."""

    id: str
    en: str
    zh: str


class Message(str):
    """An English message that remembers its catalogue id and parameters."""

    id: str
    params: dict[str, Any]

    def __new__(cls, message_id: str, params: dict[str, Any]) -> Message:
        template = catalogue()[message_id]
        obj = super().__new__(cls, _fill(template.en, params, "en"))
        obj.id, obj.params = message_id, dict(params)
        return obj


def msg(message_id: str, **params: Any) -> Message:
    """The message ``message_id`` with its parameters (English as ``str``)."""
    return Message(message_id, params)


@cache
def catalogue() -> dict[str, Template]:
    raw = json.loads(
        resources.files("ecopark.messages").joinpath("data/messages.json").read_text("utf-8")
    )
    out: dict[str, Template] = {}
    for entry in raw["messages"]:
        t = Template(entry["id"], entry["en"], entry["zh"])
        if t.id in out:
            raise ValueError(f"messages.json: id {t.id} appears twice")
        if _names(t.en) != _names(t.zh):
            raise ValueError(f"messages.json: {t.id}: placeholders differ between en and zh")
        out[t.id] = t
    return out


def _categories(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _PLACEHOLDER.finditer(text) if m.group(2)}


def _names(text: str) -> set[str]:
    return {m.group(1) for m in _PLACEHOLDER.finditer(text)}


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], Template], ...]:
    """English templates as regular expressions, the most literal text first (the most specific
    wins). A plain placeholder spans no ": " or "; " (those separate sentences); a ``|msg``
    placeholder may hold a whole nested message."""
    out = []
    for t in sorted(catalogue().values(), key=lambda t: -len(_PLACEHOLDER.sub("", t.en))):
        parts, pos = [], 0
        for m in _PLACEHOLDER.finditer(t.en):
            parts.append(re.escape(t.en[pos : m.start()]))
            span = ".+?" if m.group(2) == "msg" else "(?:(?!: |; ).)+?"
            parts.append(f"(?P<{m.group(1)}>{span})")
            pos = m.end()
        parts.append(re.escape(t.en[pos:]))
        out.append((re.compile("".join(parts), re.S), t))
    return tuple(out)


def _fill(
    template: str, params: dict[str, Any], language: str, categories: dict[str, str] | None = None
) -> str:
    """``template`` with its placeholders filled; ``categories`` (name -> category, from the
    English template) say which values are domain codes or nested messages."""

    def one(m: re.Match[str]) -> str:
        value = params.get(m.group(1), "")
        category = m.group(2) or (categories or {}).get(m.group(1), "")
        if language == "zh" and category in ("msg", "phrase"):
            return render(str(value), language)
        if language == "zh" and category:
            try:
                return terms.label(category, str(value), language)
            except KeyError:
                return str(value)
        return str(value)

    return _PLACEHOLDER.sub(one, template)


def render(text: str, language: str | None) -> str:
    """``text`` in ``language`` (zh or en): a :class:`Message` by its id, other text by matching
    the catalogue's English templates (then the indicator notes of :mod:`ecopark.terms`)."""
    lang = terms.normalise_language(language)
    if lang != "zh" or not text:
        return str(text)
    if isinstance(text, Message):
        t = catalogue()[text.id]
        return _fill(t.zh, text.params, lang, _categories(t.en))
    found = _match(text)
    if found is not None:
        return found
    note = terms.translate_note(text, lang)
    if note != text:
        return note
    if "; " in text:
        parts = text.split("; ")
        translated = [_match(p) or terms.translate_note(p, lang) for p in parts]
        if translated != parts:
            return "；".join(translated)
    return terms.translate_note(text, lang)


def _match(text: str) -> str | None:
    for pattern, template in _patterns():
        m = pattern.fullmatch(text)
        if m:
            return _fill(template.zh, m.groupdict(), "zh", _categories(template.en))
    return None


__all__ = ["Message", "Template", "catalogue", "msg", "render"]
