"""Qt's translations and locale for the History page's Qt-free wording
(`anapana.log.history_text`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from anapana.app.translations import qt_translate as qt_translate
from anapana.log.history_text import HistoryText


def day_text(day: date, pattern: str | QLocale.FormatType = QLocale.FormatType.LongFormat
             ) -> str:  # fmt: skip
    """A calendar day in the user's language, as `pattern` (a QLocale pattern) shows it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def locale_decimal(value: float) -> str:
    """One decimal as the user's locale writes it (`3.5`, `3,5`)."""
    return QLocale().toString(value, "f", 1)


TEXT = HistoryText(qt_translate, locale_decimal)
"""The History page's sentences through Qt's translations."""
