"""The History page's words: totals, mood summaries, list cells and chart captions.

Qt-free, so the wording can be checked without a display. Each function takes a
`translate(context, text, disambiguation, n)` with the signature of Qt's
`QCoreApplication.translate`; the app passes Qt's (`app/history/words.py`), tests use
`english`. The calls name their context literally so `pyside6-lupdate` finds them. Mood
words are translated in the `LogWords` context: the log keeps English keys.
"""

from __future__ import annotations

import re
from typing import Protocol

from anapana.log import exchange
from anapana.log.history import MoodSummary, Totals
from anapana.log.mood_change import MoodChange
from anapana.log.practice import Practice, mood_word

_PLACEHOLDER = re.compile(r"%([1-9])")


class Translate(Protocol):
    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def english_plural(text: str, n: int) -> str:
    """`%n session(s)` as English reads it, for a source string nobody translated."""
    if n >= 0:
        text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The untranslated source text (what Qt shows without a translator, plurals read)."""
    del context, disambiguation
    return english_plural(text, n)


def arg(text: str, *values: str) -> str:
    """`%1`…`%9` filled in one pass, so a value holding `%2` (a file name) stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def signed(value: float) -> str:
    return f"{value:+.1f}"


def empty_text(translate: Translate = english) -> str:
    return translate(
        "HistoryText", "No practices yet. Your history will grow here, one session at a time."
    )


def totals_text(totals: Totals, translate: Translate = english) -> str:
    if totals.sessions == 0:
        return empty_text(translate)
    return arg(
        translate("HistoryText", "%1 · %2 · %3", "sessions · minutes · days practised"),
        translate("HistoryText", "%Ln session(s)", None, totals.sessions),
        translate("HistoryText", "%Ln minute(s)", None, totals.minutes),
        translate("HistoryText", "%Ln day(s) practised", None, totals.days),
    )


def consistency_text(days: int, translate: Translate = english) -> str:
    """Days practised this month, offered gently: never a streak, nothing when none."""
    if not days:
        return ""
    return translate("HistoryText", "Days practised this month: %n", None, days)


def shown_mood(mood: int | None, translate: Translate = english) -> str:
    word = mood_word(mood)
    return translate("LogWords", word) if word else ""


def mood_text(mood: MoodSummary, translate: Translate = english) -> str:
    if mood.count == 0 or mood.before is None or mood.after is None or mood.shift is None:
        return translate(
            "HistoryText",
            "How your mood moves will show here once you have checked in before and"
            " after a few sessions.",
        )
    text = arg(
        translate(
            "HistoryText",
            "Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).",
            None,
            mood.count,
        ),
        shown_mood(round(mood.before), translate),
        f"{mood.before:.1f}",
        shown_mood(round(mood.after), translate),
        f"{mood.after:.1f}",
        signed(mood.shift),
    )
    if mood.recent_shift is not None:
        if mood.earlier_shift is not None:
            recent = arg(
                translate("HistoryText", "The last 30 days: %1 (the 30 days before: %2)."),
                signed(mood.recent_shift),
                signed(mood.earlier_shift),
            )
        else:
            recent = arg(
                translate("HistoryText", "The last 30 days: %1."), signed(mood.recent_shift)
            )
        text += "\n" + recent
    return text


def mood_change_text(change: MoodChange, translate: Translate = english) -> str:
    """One practice's average change, with how many sessions it rests on."""
    if change.enough:
        source = translate("HistoryText", "%1 on average, %n session(s)", None, change.count)
    else:
        source = translate(
            "HistoryText", "%1 from %n session(s), too few to say much yet", None, change.count
        )
    return arg(source, signed(change.mean_shift))


def mood_change_intro(changes: list[MoodChange], translate: Translate = english) -> str:
    if not changes:
        return translate(
            "HistoryText",
            "Once you check in before and after your sessions, this shows how your mood"
            " tends to change with each practice.",
        )
    return translate(
        "HistoryText",
        "The average change in mood from before to after each practice, on the scale from"
        " heavy to bright.",
    )


def this_week_text(minutes: float, translate: Translate = english) -> str:
    return translate("HistoryText", "This week so far: %n minute(s)", None, round(minutes))


def ending_text(practice: Practice, translate: Translate = english) -> str:
    if practice.damage:
        return translate("HistoryText", "damaged")
    ending = {
        "completed": translate("HistoryText", "completed"),
        "stopped": translate("HistoryText", "ended early"),
        "interrupted": translate("HistoryText", "interrupted"),
        "running": translate("HistoryText", "in progress"),
    }.get(practice.status, practice.status)
    if exchange.is_copy(practice):
        return arg(translate("HistoryText", "%1 · imported copy"), ending)
    return ending


def minutes_cell(practice: Practice) -> str:
    return "?" if practice.damaged("practised_s") else f"{practice.practised_s / 60:.0f}"


def mood_pair_text(practice: Practice, translate: Translate = english) -> str:
    before = shown_mood(practice.before.mood, translate)
    after = shown_mood(practice.after.mood, translate)
    return f"{before or '–'} → {after or '–'}" if before or after else ""


def note_line(note: str) -> str:
    """The note's first line, short enough for a list cell."""
    note = note.strip()
    return note.splitlines()[0][:80] if note else ""


def damage_text(practice: Practice, translate: Translate = english) -> str:
    damage = "; ".join(str(d) for d in practice.damage)
    return arg(translate("HistoryText", "Damaged in the log: %1"), damage)
