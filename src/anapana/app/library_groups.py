"""How the library is grouped and ordered: by kind of practice, then naturally by title.

Pure functions of an entry (no Qt), so the order can be checked without a window. A
session's group comes from its tags, in a fixed order of precedence: the evening
practice tagged both `compassion` and `body-scan` belongs with the emotional work it is
for. The user's own files are always "Your sessions", whatever their tags.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry

GROUPS: tuple[str, ...] = (
    "Breathing", "Body scans", "Meditation", "Compassion and emotions", "Sits",
    "Your sessions",
)
# (tag, group), first match wins; a session matching none is Meditation.
_TAG_GROUPS: tuple[tuple[str, str], ...] = (
    ("compassion", "Compassion and emotions"),
    ("emotions", "Compassion and emotions"),
    ("body-scan", "Body scans"),
    ("silence", "Sits"),
    ("breathing", "Breathing"),
)
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)")


def group_of(entry: LibraryEntry) -> str:
    if entry.origin == "user":
        return "Your sessions"
    tags = set(entry.loaded.header.tags) if entry.loaded is not None else set()
    return next((group for tag, group in _TAG_GROUPS if tag in tags), "Meditation")


def natural_key(text: str) -> tuple[tuple[int, float, str], ...]:
    """Numbers compare as numbers: "Body scan, 5 minutes" before "Body scan, 10 minutes"."""
    parts = _NUMBER.split(text.casefold())
    return tuple((1, float(part), "") if index % 2 else (0, 0.0, part)
                 for index, part in enumerate(parts))


def entry_order(entry: LibraryEntry) -> tuple[int, tuple[tuple[int, float, str], ...], str]:
    title = entry.loaded.header.title if entry.loaded is not None else entry.path.name
    return GROUPS.index(group_of(entry)), natural_key(title), entry.id


def grouped(entries: list[LibraryEntry]) -> list[tuple[str, list[LibraryEntry]]]:
    """The entries in library order, as (group, entries) for each group that has any."""
    result: list[tuple[str, list[LibraryEntry]]] = []
    for entry in sorted(entries, key=entry_order):
        group = group_of(entry)
        if not result or result[-1][0] != group:
            result.append((group, []))
        result[-1][1].append(entry)
    return result
