"""Fill the zh_CN catalogue (.ts) from our term dictionary, so lupdate can be re-run at any time.

    .venv/bin/python installer/fill_translations.py resources/i18n/ecopark_zh_CN.ts [--check]

For each message: a (context, source) entry in :data:`BY_CONTEXT`, else a source entry in
:data:`ZH` (or a domain term from :mod:`ecopark.terms`) sets the translation and marks it finished.
Accelerators ("&File" -> "文件(&F)"), trailing "…" and ":" are handled, so "Open…" and "&Open"
need only "Open". Translations typed by hand (in Linguist) for sources the dictionary does not
know are kept. Prints what is still untranslated; ``--check`` then exits 1.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from zh_cn_terms import BY_CONTEXT, ZH  # noqa: E402

from ecopark import terms  # noqa: E402

_ACCEL = re.compile(r"&(\w)")


def domain_terms() -> dict[str, str]:
    """English -> Chinese for every model word, so the UI and the exports say the same thing."""
    out: dict[str, str] = {}
    tables = (
        terms.MEDIA,
        terms.SECTORS,
        terms.FACILITY_KINDS,
        terms.STATUSES,
        terms.SCENARIO_KINDS,
        terms.CORRIDOR_KINDS,
        terms.LAYERS,
        terms.POINT_SERVICES,
        terms.FIGURES,
        terms.SPACE_COMPONENTS,
        terms.STATUS_WORDS,
    )
    for table in tables:
        for en, zh in table.values():
            out.setdefault(en, zh)
    for kind in terms.BUILTIN_ZONE_KINDS.values():
        out.setdefault(kind.label_en, kind.label_zh)
    for ind in (*terms.HJ274.values(), *terms.CTIP.values()):
        out.setdefault(ind.name_en, ind.name_zh)
    for en, zh in model_field_labels().items():
        out.setdefault(en, zh)
    return out


def model_field_labels() -> dict[str, str]:
    import dataclasses

    from ecopark.model import objects

    out: dict[str, str] = {}
    for cls in (*objects.SPATIAL_TYPES, objects.Exchange):
        for f in dataclasses.fields(cls):
            english = f.metadata.get("label")
            if english and f.name in terms.FIELD_LABELS_ZH:
                out.setdefault(str(english), terms.FIELD_LABELS_ZH[f.name])
    return out


def translate(context: str, source: str, table: dict[str, str]) -> str | None:
    if (context, source) in BY_CONTEXT:
        return BY_CONTEXT[(context, source)]
    if source in table:
        return table[source]
    # Accelerator: "&File" -> look up "File" -> "文件(&F)".
    match = _ACCEL.search(source)
    if match:
        bare = source.replace("&", "", 1)
        found = translate(context, bare, table)
        if found is not None:
            if "&" in found:
                return found
            suffix = ""
            for tail in ("…", "...", "：", ":"):
                if found.endswith(tail):
                    found, suffix = found[: -len(tail)], tail
                    break
            return f"{found}(&{match.group(1).upper()}){suffix}"
    for tail, zh_tail in (("…", "…"), ("...", "…"), (":", "："), (" :", "：")):
        if source.endswith(tail) and len(source) > len(tail):
            found = translate(context, source[: -len(tail)], table)
            if found is not None:
                return found + zh_tail
    return None


def _class_spans(source_file: Path) -> list[tuple[int, int, str]]:
    """(first line, last line, class name) of every class in a Python file."""
    tree = ast.parse(source_file.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.end_lineno or node.lineno, node.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]


_EXPLICIT_CONTEXT_CALLS = frozenset({"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})


def _explicit_spans(source_file: Path) -> list[tuple[int, int]]:
    """Line spans of calls that name their context: ``QCoreApplication.translate("Ctx", ...)``,
    ``QT_TRANSLATE_NOOP("Ctx", ...)``."""
    spans = []
    for node in ast.walk(ast.parse(source_file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _EXPLICIT_CONTEXT_CALLS:
                spans.append((node.lineno, node.end_lineno or node.lineno))
    return spans


def repair_contexts(root: ET.Element, ts_dir: Path) -> list[str]:
    """Move messages lupdate filed under a wrong context to the class that calls ``tr``.

    PySide6's ``self.tr`` looks the string up under the object's class (and its bases), but
    lupdate only knows the class for a literal ``self.tr(...)``: after ``tr = self.tr`` it files
    the message under "" and after ``window.tr(...)`` under "window". The message's location
    names the file and line; the innermost class around that line is the runtime context.
    Returns the messages that are not inside any class (their source must name a context).
    """
    spans: dict[Path, list[tuple[int, int, str]]] = {}
    explicit: dict[Path, list[tuple[int, int]]] = {}
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    unplaced: list[str] = []
    for name, context in list(contexts.items()):
        for message in list(context.findall("message")):
            location = message.find("location")
            if location is None or not location.get("filename"):
                continue
            source_file = (ts_dir / location.get("filename", "")).resolve()
            if not source_file.is_file():
                continue
            if source_file not in spans:
                spans[source_file] = _class_spans(source_file)
                explicit[source_file] = _explicit_spans(source_file)
            classes = {cls for _, _, cls in spans[source_file]}
            if name in classes:
                continue
            line = int(location.get("line", "0"))
            if any(first <= line <= last for first, last in explicit[source_file]):
                continue
            enclosing = [s for s in spans[source_file] if s[0] <= line <= s[1]]
            if not enclosing:
                unplaced.append(
                    f"{source_file.name}:{line} [{name}] {message.findtext('source')!r}"
                )
                continue
            target = max(enclosing, key=lambda s: s[0])[2]
            if target not in contexts:
                new_context = ET.SubElement(root, "context")
                ET.SubElement(new_context, "name").text = target
                contexts[target] = new_context
            context.remove(message)
            duplicate = any(
                m.findtext("source") == message.findtext("source")
                and m.findtext("comment") == message.findtext("comment")
                for m in contexts[target].findall("message")
            )
            if not duplicate:
                contexts[target].append(message)
        if not context.findall("message"):
            root.remove(context)
    return unplaced


def fill(ts_path: Path) -> list[tuple[str, str]]:
    """Fill ``ts_path`` in place; returns the (context, source) pairs left untranslated."""
    table = {**domain_terms(), **ZH}
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for where in repair_contexts(root, ts_path.parent):
        print(f"no class around tr(): {where} (use QCoreApplication.translate with a context)")
    root.set("language", "zh_CN")
    root.set("sourcelanguage", "en")
    missing: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found = translate(name, source, table)
            if found is None:
                text = "".join(translation.itertext()).strip()
                if translation.get("type") == "unfinished" or not text:
                    missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = found
                translation.text = None
            else:
                translation.text = found
            translation.attrib.pop("type", None)
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is untranslated")
    args = parser.parse_args(argv)
    missing = fill(args.ts)
    for context, source in missing:
        print(f"untranslated: [{context}] {source!r}")
    print(f"{args.ts}: {len(missing)} untranslated")
    return 1 if (missing and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
