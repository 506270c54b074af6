"""Words kept in English as keys, as the user reads them: moods, feelings, library groups.

The log stores `heavy`…`bright` and the feeling chips' English words so that a practice
log moves between languages intact, and the library groups by English names; only what
is shown is translated (contexts `LogWords` and `LibraryGroups`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .translations import QT_TRANSLATE_NOOP

_SHOWN = (
    QT_TRANSLATE_NOOP("LogWords", "heavy"),
    QT_TRANSLATE_NOOP("LogWords", "low"),
    QT_TRANSLATE_NOOP("LogWords", "okay"),
    QT_TRANSLATE_NOOP("LogWords", "good"),
    QT_TRANSLATE_NOOP("LogWords", "bright"),
    QT_TRANSLATE_NOOP("LogWords", "calm"),
    QT_TRANSLATE_NOOP("LogWords", "content"),
    QT_TRANSLATE_NOOP("LogWords", "grateful"),
    QT_TRANSLATE_NOOP("LogWords", "tender"),
    QT_TRANSLATE_NOOP("LogWords", "hopeful"),
    QT_TRANSLATE_NOOP("LogWords", "tired"),
    QT_TRANSLATE_NOOP("LogWords", "restless"),
    QT_TRANSLATE_NOOP("LogWords", "anxious"),
    QT_TRANSLATE_NOOP("LogWords", "sad"),
    QT_TRANSLATE_NOOP("LogWords", "irritable"),
    QT_TRANSLATE_NOOP("LogWords", "scattered"),
    QT_TRANSLATE_NOOP("LogWords", "numb"),
)
"""Listed for the translation tools; a word imported from elsewhere shows as it is."""


def shown_word(word: str) -> str:
    """A stored mood or feeling word in the UI language."""
    return QCoreApplication.translate("LogWords", word) if word else ""


_GROUPS = (
    QT_TRANSLATE_NOOP("LibraryGroups", "Breathing"),
    QT_TRANSLATE_NOOP("LibraryGroups", "Body scans"),
    QT_TRANSLATE_NOOP("LibraryGroups", "Meditation"),
    QT_TRANSLATE_NOOP("LibraryGroups", "Compassion and emotions"),
    QT_TRANSLATE_NOOP("LibraryGroups", "Sits"),
    QT_TRANSLATE_NOOP("LibraryGroups", "Your sessions"),
)
"""`library_groups.GROUPS`, listed for the translation tools."""


def shown_group(group: str) -> str:
    """A library group's heading in the UI language."""
    return QCoreApplication.translate("LibraryGroups", group)
