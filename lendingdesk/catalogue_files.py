"""Writing translations into the Qt ``.ts`` catalogues from code (a developer tool, not run by
the desk): the refusal codemod (lendingdesk/refusal_codemod.py) puts each converted refusal's
Dutch there, so translators keep working in one set of files. ``make translations`` (lupdate)
afterwards brings the file back to lupdate's own layout.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    """One message and its translation: one text, or the plural forms in order."""

    context: str
    source: str
    forms: tuple[str, ...]
    disambiguation: str = ""
    numerus: bool = False


def _parse(ts: Path) -> ET.Element:
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    root = ET.parse(ts, parser).getroot()
    if root is None or root.tag != "TS":
        raise ValueError(f"{ts}: not a Qt .ts file")
    return root


def _find_context(root: ET.Element, name: str) -> ET.Element:
    for context in root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _find_message(context: ET.Element, entry: Entry) -> ET.Element:
    for message in context.findall("message"):
        if (
            message.findtext("source") == entry.source
            and (message.findtext("comment") or "") == entry.disambiguation
        ):
            return message
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = entry.source
    if entry.disambiguation:
        ET.SubElement(message, "comment").text = entry.disambiguation
    return message


def existing(ts: Path, entry: Entry) -> tuple[str, ...] | None:
    """The finished translation ``ts`` has for ``entry``'s message, or None."""
    if not ts.exists():
        return None
    for context in _parse(ts).findall("context"):
        if context.findtext("name") != entry.context:
            continue
        for message in context.findall("message"):
            same_comment = (message.findtext("comment") or "") == entry.disambiguation
            if message.findtext("source") == entry.source and same_comment:
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished"):
                    return None
                forms = translation.findall("numerusform")
                if forms:
                    return tuple(f.text or "" for f in forms)
                return (translation.text or "",)
    return None


def fill(ts: Path, entries: Iterable[Entry], language: str) -> int:
    """Set the translations of ``entries`` in ``ts`` (created when missing); returns how many
    messages changed."""
    if ts.exists():
        root = _parse(ts)
    else:
        root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    changed = 0
    for entry in entries:
        message = _find_message(_find_context(root, entry.context), entry)
        if entry.numerus or len(entry.forms) > 1:
            message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        before = ET.tostring(translation)
        translation.attrib.clear()
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for form in entry.forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.forms[0]
        changed += before != ET.tostring(translation)
    # lupdate's layout: contexts at the margin, four spaces a level inside them.
    root.text = "\n"
    for child in root:
        ET.indent(child, space="    ")
        child.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return changed
