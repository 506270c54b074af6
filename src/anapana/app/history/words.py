"""Qt's translations for the History page's Qt-free wording (`anapana.log.history_text`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from anapana.log.history_text import english_plural


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`; an untranslated `%n item(s)` still reads as English."""
    return english_plural(QCoreApplication.translate(context, text, disambiguation, n), n)
