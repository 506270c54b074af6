"""Qt's translations and locale for the History page's Qt-free wording
(`anapana.log.history_text`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from anapana.log.history_text import HistoryText, english_plural


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`; an untranslated `%n item(s)` still reads as English."""
    return english_plural(QCoreApplication.translate(context, text, disambiguation, n), n)


def day_text(day: date, pattern: str | QLocale.FormatType = QLocale.FormatType.LongFormat
             ) -> str:  # fmt: skip
    """A calendar day in the user's language, as `pattern` (a QLocale pattern) shows it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def locale_decimal(value: float) -> str:
    """One decimal as the user's locale writes it (`3.5`, `3,5`)."""
    return QLocale().toString(value, "f", 1)


TEXT = HistoryText(qt_translate, locale_decimal)
"""The History page's sentences through Qt's translations."""
