"""The words the player shows: phase names, times, and the kind words at the end.

Every word goes through Qt's translation system (context `Words`); times use the
locale's digits through QLocale.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale

from .translations import QT_TRANSLATE_NOOP

PHASE_WORDS: dict[str, str] = {
    "inhale": QT_TRANSLATE_NOOP("Words", "Breathe in"),
    "hold_in": QT_TRANSLATE_NOOP("Words", "Hold"),
    "exhale": QT_TRANSLATE_NOOP("Words", "Breathe out"),
    "hold_out": QT_TRANSLATE_NOOP("Words", "Hold"),
    "silence": QT_TRANSLATE_NOOP("Words", "Sit quietly"),
    "step": "",
    "prompt": "",
}
"""The English source of each phase's word; `phase_word` gives it in the UI language."""


def phase_word(kind: str | None) -> str:
    word = PHASE_WORDS.get(kind or "", "")
    return QCoreApplication.translate("Words", word) if word else ""


def _number(value: int) -> str:
    return QLocale().toString(value)


def _two_digits(value: int) -> str:
    # Minutes and seconds of a clock keep their leading zero in every locale's digits.
    return QLocale().toString(value).rjust(2, QLocale().zeroDigit()[:1] or "0")


def clock_text(seconds: float) -> str:
    """`4:05`, or `1:02:03` past an hour; rounds up so 0:00 only shows at the very end."""
    total = max(math.ceil(seconds - 1e-6), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{_number(hours)}:{_two_digits(minutes)}:{_two_digits(secs)}"
    return f"{_number(minutes)}:{_two_digits(secs)}"


def seconds_left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return _number(max(math.ceil(seconds - 1e-6), 0))


def practised_text(seconds: float) -> str:
    """`12 minutes`, `1 minute 5 seconds`, `40 seconds` — words, for the completion screen."""
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return QCoreApplication.translate(
            "Words", "%1 %2", "a time practised: minutes, then seconds").replace(
            "%1", minutes_text(minutes)).replace("%2", seconds_text(secs))
    if minutes:
        return minutes_text(minutes)
    return seconds_text(secs)


def minutes_text(minutes: int) -> str:
    """`1 minute`, `12 minutes` in the UI language."""
    return QCoreApplication.translate("Words", "%n minute(s)", None, minutes)


def seconds_text(seconds: int) -> str:
    """`1 second`, `40 seconds` in the UI language."""
    return QCoreApplication.translate("Words", "%n second(s)", None, seconds)


def finished_words() -> str:
    return QCoreApplication.translate("Words", "Thank you for taking this time.")


def stopped_words() -> str:
    return QCoreApplication.translate("Words", "Every moment of practice counts.")


FINISHED_WORDS = "Thank you for taking this time."
"""The English source of `finished_words()` (tests compare with it)."""
STOPPED_WORDS = "Every moment of practice counts."
"""The English source of `stopped_words()`."""
