"""Session tags as the user reads them: the bundled sessions' tag words in the UI language.

A session file keeps its tags as written (`breathing`, `body-scan`): they are what the tag
filter filters by and what a search finds in any language. Only their shown name is
translated, and only for the words the bundled sessions use (context `SessionTags`); a
tag of the user's own that is not among them is shown as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cmp_to_key

from PySide6.QtCore import QCoreApplication

from .translations import QT_TRANSLATE_NOOP

VOCABULARY = frozenset((
    QT_TRANSLATE_NOOP("SessionTags", "assessment"),
    QT_TRANSLATE_NOOP("SessionTags", "body-scan"),
    QT_TRANSLATE_NOOP("SessionTags", "breath"),
    QT_TRANSLATE_NOOP("SessionTags", "breath-hold"),
    QT_TRANSLATE_NOOP("SessionTags", "breathing"),
    QT_TRANSLATE_NOOP("SessionTags", "calm"),
    QT_TRANSLATE_NOOP("SessionTags", "compassion"),
    QT_TRANSLATE_NOOP("SessionTags", "emotions"),
    QT_TRANSLATE_NOOP("SessionTags", "energy"),
    QT_TRANSLATE_NOOP("SessionTags", "evening"),
    QT_TRANSLATE_NOOP("SessionTags", "focus"),
    QT_TRANSLATE_NOOP("SessionTags", "hrv"),
    QT_TRANSLATE_NOOP("SessionTags", "intention"),
    QT_TRANSLATE_NOOP("SessionTags", "journaling"),
    QT_TRANSLATE_NOOP("SessionTags", "labelling"),
    QT_TRANSLATE_NOOP("SessionTags", "long"),
    QT_TRANSLATE_NOOP("SessionTags", "mbsr"),
    QT_TRANSLATE_NOOP("SessionTags", "meditation"),
    QT_TRANSLATE_NOOP("SessionTags", "metta"),
    QT_TRANSLATE_NOOP("SessionTags", "mindfulness"),
    QT_TRANSLATE_NOOP("SessionTags", "mood"),
    QT_TRANSLATE_NOOP("SessionTags", "morning"),
    QT_TRANSLATE_NOOP("SessionTags", "pause"),
    QT_TRANSLATE_NOOP("SessionTags", "rain"),
    QT_TRANSLATE_NOOP("SessionTags", "relaxation"),
    QT_TRANSLATE_NOOP("SessionTags", "resonance"),
    QT_TRANSLATE_NOOP("SessionTags", "rounds"),
    QT_TRANSLATE_NOOP("SessionTags", "self-compassion"),
    QT_TRANSLATE_NOOP("SessionTags", "short"),
    QT_TRANSLATE_NOOP("SessionTags", "silence"),
    QT_TRANSLATE_NOOP("SessionTags", "sleep"),
    QT_TRANSLATE_NOOP("SessionTags", "timer"),
    QT_TRANSLATE_NOOP("SessionTags", "writing"),
))
"""Every tag the bundled sessions use (`tests/test_tag_names.py` keeps it complete)."""


def tag_name(tag: str) -> str:
    """A tag as shown: the bundled vocabulary's word in the UI language, any other tag
    exactly as its file writes it."""
    return QCoreApplication.translate("SessionTags", tag) if tag in VOCABULARY else tag


def tag_names(tags: Iterable[str]) -> list[str]:
    return [tag_name(tag) for tag in tags]


def by_shown_name(tags: Iterable[str]) -> list[str]:
    """Tags in the order of their shown names, as the interface language sorts words
    (French `écriture` among the e's, not after `z`); each tag once."""
    # Here, not at the top: touching `Qt` first costs tens of milliseconds, and this module
    # is imported on the way to the first paint (the library view has paid it by now).
    from PySide6.QtCore import QCollator, Qt

    collator = QCollator()  # the default QLocale: the interface language
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    named = {tag: tag_name(tag) for tag in set(tags)}

    def order(a: str, b: str) -> int:
        return collator.compare(named[a], named[b]) or (a > b) - (a < b)

    return sorted(named, key=cmp_to_key(order))
