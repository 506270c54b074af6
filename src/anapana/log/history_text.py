"""The History page's words: totals, mood summaries, list cells and chart captions.

Qt-free, so the wording can be checked without a display. `HistoryText` is given a
`translate(context, text, disambiguation, n)` with the signature of Qt's
`QCoreApplication.translate`: the app passes Qt's (`app/history/words.py`), tests use
`english`. Its strings go through `self.tr(…)` so that `pyside6-lupdate` finds them,
with the class name as their context and `%n` plurals as numerus forms (the tool marks
plurals only in `tr` calls). Mood words are translated in the `LogWords` context: the
log keeps English keys.
"""

from __future__ import annotations

from collections.abc import Callable

from anapana.i18n.wording import Translate as Translate
from anapana.i18n.wording import arg as arg
from anapana.i18n.wording import english as english
from anapana.i18n.wording import english_plural as english_plural
from anapana.log import exchange
from anapana.log.history import MoodSummary, Totals
from anapana.log.mood_change import MoodChange
from anapana.log.practice import Practice, mood_word


def point_decimal(value: float) -> str:
    """One decimal with a point: the English (and test) form of a mood average."""
    return f"{value:.1f}"


def signed(value: float, decimal: Callable[[float], str] = point_decimal) -> str:
    """A change with its sign, `+0.5` or `-1.0`, its digits written by `decimal`."""
    return ("-" if value < 0 else "+") + decimal(abs(value))


def minutes_cell(practice: Practice) -> str:
    return "?" if practice.damaged("practised_s") else f"{practice.practised_s / 60:.0f}"


def note_line(note: str) -> str:
    """The note's first line, short enough for a list cell."""
    note = note.strip()
    return note.splitlines()[0][:80] if note else ""


class HistoryText:
    """Every sentence the History page says about the log, in the interface's language."""

    def __init__(self, translate: Translate = english,
                 decimal: Callable[[float], str] = point_decimal) -> None:
        self._translate = translate
        self._decimal = decimal  # the app's writes `3,5` where the locale does

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._translate("HistoryText", text, disambiguation, n)

    def empty(self) -> str:
        return self.tr("No practices yet. Your history will grow here, one session at a time.")

    def totals(self, totals: Totals) -> str:
        if totals.sessions == 0:
            return self.empty()
        # plain names: pyside6-lupdate marks a count as plural only when it is a name
        sessions, minutes, days = totals.sessions, totals.minutes, totals.days
        return arg(
            self.tr("%1 · %2 · %3", "sessions · minutes · days practised"),
            self.tr("%Ln session(s)", None, sessions),
            self.tr("%Ln minute(s)", None, minutes),
            self.tr("%Ln day(s) practised", None, days),
        )

    def consistency(self, days: int) -> str:
        """Days practised this month, offered gently: never a streak, nothing when none."""
        return self.tr("Days practised this month: %n", None, days) if days else ""

    def mood_word(self, mood: int | None) -> str:
        word = mood_word(mood)
        return self._translate("LogWords", word) if word else ""

    def mood(self, mood: MoodSummary) -> str:
        if mood.count == 0 or mood.before is None or mood.after is None or mood.shift is None:
            return self.tr(
                "How your mood moves will show here once you have checked in before and"
                " after a few sessions."
            )
        text = arg(
            self.tr(
                "Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).",
                None,
                mood.count,
            ),
            self.mood_word(round(mood.before)),
            self._decimal(mood.before),
            self.mood_word(round(mood.after)),
            self._decimal(mood.after),
            signed(mood.shift, self._decimal),
        )
        if mood.recent_shift is not None:
            if mood.earlier_shift is not None:
                recent = arg(
                    self.tr("The last 30 days: %1 (the 30 days before: %2)."),
                    signed(mood.recent_shift, self._decimal),
                    signed(mood.earlier_shift, self._decimal),
                )
            else:
                recent = arg(self.tr("The last 30 days: %1."),
                             signed(mood.recent_shift, self._decimal))
            text += "\n" + recent
        return text

    def mood_change(self, change: MoodChange) -> str:
        """One practice's average change, with how many sessions it rests on."""
        if change.enough:
            source = self.tr("%1 on average, %n session(s)", None, change.count)
        else:
            source = self.tr("%1 from %n session(s), too few to say much yet", None,
                             change.count)
        return arg(source, signed(change.mean_shift, self._decimal))

    def mood_change_intro(self, changes: list[MoodChange]) -> str:
        if not changes:
            return self.tr(
                "Once you check in before and after your sessions, this shows how your mood"
                " tends to change with each practice."
            )
        return self.tr(
            "The average change in mood from before to after each practice, on the scale"
            " from heavy to bright."
        )

    def this_week(self, minutes: float) -> str:
        return self.tr("This week so far: %Ln minute(s)", None, round(minutes))

    def ending(self, practice: Practice) -> str:
        if practice.damage:
            return self.tr("damaged")
        ending = {
            "completed": self.tr("completed"),
            "stopped": self.tr("ended early"),
            "interrupted": self.tr("interrupted"),
            "running": self.tr("in progress"),
        }.get(practice.status, practice.status)
        if exchange.is_copy(practice):
            return arg(self.tr("%1 · imported copy"), ending)
        return ending

    def mood_pair(self, practice: Practice) -> str:
        before = self.mood_word(practice.before.mood)
        after = self.mood_word(practice.after.mood)
        return f"{before or '–'} → {after or '–'}" if before or after else ""

    def damage(self, practice: Practice) -> str:
        damage = "; ".join(str(d) for d in practice.damage)
        return arg(self.tr("Damaged in the log: %1"), damage)
