"""Which library entries a search and a tag let through: pure functions (no Qt).

Every word must appear in the entry's id, title, summary, tags or group name (and in
the group's and the tags' shown names, when the interface speaks another language). A
broken file has no tags to match, so the tag never hides it; only words that don't find
it do. The tag filter is given a tag as written, never its shown name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from anapana.app.library_groups import group_of

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry


def entry_title(entry: LibraryEntry) -> str:
    return entry.loaded.header.title if entry.loaded is not None else entry.path.name


def _as_written(tag: str) -> str:
    return tag


def entry_matches(entry: LibraryEntry, words: list[str], tag: str,
                  group_name: str = "",
                  tag_name: Callable[[str], str] = _as_written) -> bool:
    """`tag` is a tag as written (the filter's); `tag_name` says a tag as shown, so a
    word finds a tag by either name."""
    session = entry.loaded.header if entry.loaded is not None else None
    tags = list(session.tags) if session is not None else []
    if tag and tag not in tags:
        return False
    shown = [tag_name(t) for t in tags] if words else []
    haystack = " ".join([entry.id, entry_title(entry),
                         session.summary or "" if session else "", " ".join(tags),
                         " ".join(shown), group_of(entry), group_name]).lower()
    return all(word in haystack for word in words)


def is_shown(entry: LibraryEntry, words: list[str], tag: str, group_name: str = "",
             tag_name: Callable[[str], str] = _as_written) -> bool:
    if entry.ok:
        return entry_matches(entry, words, tag, group_name, tag_name)
    return not (words or tag) or entry_matches(entry, words, "", group_name, tag_name)


def search_words(text: str) -> list[str]:
    return text.lower().split()


def shown_ids(entries: Iterable[LibraryEntry], words: list[str], tag: str) -> set[str]:
    return {entry.id for entry in entries if is_shown(entry, words, tag)}
