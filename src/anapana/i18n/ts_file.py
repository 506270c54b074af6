"""Reading, merging and checking Qt Linguist `.ts` files, without Qt.

A message is keyed by (context, source, comment). Sources use `%1`…`%9` placeholders and
`%n` for a count; a source with `%n` is a plural ("numerus") message with one form per
plural form of the language. `update` merges a fresh extraction with the old file:
translations of kept messages stay, obsolete messages go, and an unfinished message takes
the translation of an identical source elsewhere in the file (a string moved to another
class keeps its words).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PLURAL_FORMS: dict[str, tuple[str, ...]] = {
    "de": ("one (n = 1)", "other"),
    "nl": ("one (n = 1)", "other"),
    "es": ("one (n = 1)", "other"),
    "it": ("one (n = 1)", "other"),
    "fr": ("one (n = 0 or 1)", "other"),
    "pt_BR": ("one (n = 0 or 1)", "other"),
}
"""Qt's plural forms per language (QTranslator picks the form by these rules)."""

_PLACEHOLDER = re.compile(r"%(?:\d|n|Ln)")
_HREF = re.compile(r"""href=["']([^"']*)["']""")
MAX_TS_BYTES = 8 * 1024 * 1024


class TsError(Exception):
    """A .ts file that cannot be read (not XML, not a TS file, too big)."""


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False
    extra_comment: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def has_text(self) -> bool:
        return any(self.forms) if self.numerus else bool(self.translation)


@dataclass
class TsFile:
    language: str
    messages: list[Message]

    def by_key(self) -> dict[tuple[str, str, str], Message]:
        return {m.key: m for m in self.messages}


def language_of(path: Path) -> str:
    """`anapana_pt_BR.ts` → `pt_BR`."""
    return path.stem.split("_", 1)[1] if "_" in path.stem else path.stem


def plural_count(language: str) -> int:
    return len(PLURAL_FORMS.get(language, ("one", "other")))


def read_ts(path: Path) -> TsFile:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TsError(f"{path}: cannot be read: {error.strerror or error}") from None
    if len(raw) > MAX_TS_BYTES:
        raise TsError(f"{path}: larger than {MAX_TS_BYTES // 1024 // 1024} MiB; expected a "
                      "translation catalogue")
    if b"<!ENTITY" in raw:
        raise TsError(f"{path}: declares XML entities; a .ts file never needs them")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        line, column = error.position
        raise TsError(f"{path}:{line}:{column + 1}: not well-formed XML ({error})") from None
    if root.tag != "TS":
        raise TsError(f"{path}: the root element is <{root.tag}>; expected <TS>")
    language = root.get("language") or language_of(path)
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            messages.append(_message(name, element))
    return TsFile(language, messages)


def _message(context: str, element: ET.Element) -> Message:
    message = Message(
        context=context,
        source=element.findtext("source") or "",
        comment=element.findtext("comment") or "",
        extra_comment=element.findtext("extracomment") or "",
        numerus=element.get("numerus") == "yes",
    )
    for location in element.iter("location"):
        try:
            line = int(location.get("line") or 0)
        except ValueError:
            line = 0
        message.locations.append((location.get("filename") or "", line))
    translation = element.find("translation")
    if translation is not None:
        kind = translation.get("type") or ""
        message.finished = kind == ""
        if kind in ("obsolete", "vanished"):
            message.finished = False
        forms = translation.findall("numerusform")
        if forms:
            message.forms = [form.text or "" for form in forms]
        else:
            message.translation = translation.text or ""
    return message


def merge(fresh: list[Message], old: TsFile | None, language: str) -> list[Message]:
    """The fresh extraction with the old file's translations carried over (see module doc)."""
    count = plural_count(language)
    kept = old.by_key() if old is not None else {}
    by_source: dict[tuple[str, bool], Message] = {}
    for message in old.messages if old is not None else []:
        if message.finished and message.has_text:
            by_source.setdefault((message.source, message.numerus), message)
    result: list[Message] = []
    for new in fresh:
        new.numerus = "%n" in new.source
        new.finished = False
        new.translation, new.forms = "", [""] * count if new.numerus else []
        before = kept.get(new.key)
        if before is not None and before.numerus == new.numerus and before.has_text:
            _copy(before, new, count)
            new.finished = before.finished
        if not new.finished:
            twin = by_source.get((new.source, new.numerus))
            if twin is not None:
                _copy(twin, new, count)
                new.finished = True
        result.append(new)
    return result


def _copy(origin: Message, target: Message, count: int) -> None:
    if target.numerus:
        forms = list(origin.forms)[:count]
        target.forms = forms + [""] * (count - len(forms))
    else:
        target.translation = origin.translation


def problems_of(message: Message, language: str) -> list[str]:
    """What is wrong with a filled-in translation (placeholders, plural forms, links)."""
    if not message.has_text:
        return []
    problems = []
    wanted = sorted(set(_PLACEHOLDER.findall(message.source)))
    links = sorted(set(_HREF.findall(message.source)))
    if message.numerus:
        count = plural_count(language)
        if len(message.forms) != count:
            problems.append(f"{len(message.forms)} plural forms; {language} needs {count}")
        texts = message.forms
    else:
        texts = [message.translation]
    for index, text in enumerate(texts):
        if not text:
            problems.append(f"plural form {index + 1} is empty")
            continue
        found = sorted(set(_PLACEHOLDER.findall(text)))
        missing = [p for p in wanted if p not in found]
        # One form may say the count in words ("eine Minute"): only the last must show %n.
        if message.numerus and index < len(texts) - 1 and missing == ["%n"]:
            missing = []
        extra = [p for p in found if p not in wanted]
        if missing:
            problems.append(f"the translation lacks {', '.join(missing)}")
        if extra:
            problems.append(f"the translation has {', '.join(extra)}, which the source has not")
        if sorted(set(_HREF.findall(text))) != links:
            problems.append("the translation's links differ from the source's "
                            f"({', '.join(links) or 'none'})")
    return problems


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """Write messages grouped by context, in Qt Linguist's layout."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{_escape(language)}">']
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for message in contexts[name]:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for filename, line in message.locations:
                lines.append(f'        <location filename="{_escape(filename)}" '
                             f'line="{line}"/>')
            lines.append(f"        <source>{_escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_escape(message.comment)}</comment>")
            if message.extra_comment:
                lines.append(f"        <extracomment>{_escape(message.extra_comment)}"
                             "</extracomment>")
            kind = "" if message.finished and message.has_text else ' type="unfinished"'
            if message.numerus:
                lines.append(f"        <translation{kind}>")
                for form in message.forms:
                    lines.append(f"            <numerusform>{_escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_escape(message.translation)}"
                             "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(path)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))
