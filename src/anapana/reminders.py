"""When to offer a gentle reminder to practise: pure scheduling, with no Qt and no clock.

A `ReminderPlan` is what the user chose (times of day, weekdays, a suggested session,
how long "Later" waits, quiet hours that may span midnight, and whether reminders are on
at all; they are off until the user turns them on). A `ReminderState` is what has happened
since: up to when reminders have been dealt with, a snooze, a day the user paused.
Both are frozen; the state's methods return the next state.

Time is an input. Every function takes `now`; nothing here reads the clock. Times of day
are wall-clock times ("08:00" means eight on the user's clock, whatever the offset), so
slots are built on `now`'s own date and `tzinfo`: pass naive local datetimes, or aware
ones in a `zoneinfo.ZoneInfo`, and keep to one kind. `seconds_until` turns a due moment
into a real waiting time, correct across a daylight-saving change for either kind.

A reminder missed by a little (the laptop woke at 08:10 for an 08:00 reminder) is still
offered, within `LATE_GRACE`; anything older is let go quietly, never piled up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

EVERY_DAY: frozenset[int] = frozenset(range(7))
"""Monday is 0, as `datetime.weekday()` counts."""

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

LATE_GRACE = timedelta(minutes=30)
"""How late a reminder may still be offered (after sleep, or a session that ran over)."""

SNOOZE_RANGE = (1, 240)
"""Allowed "Later" waits, in minutes."""

_LOOKAHEAD_DAYS = 8
"""A week plus a day covers every weekday filter; past that, nothing is ever due."""

GENTLE_LINE = "A quiet moment, if you'd like one."


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily stretch with no reminders; `start` after `end` spans midnight.

    `start` is inside and `end` is outside. Equal times mean no quiet hours at all.
    """

    start: time
    end: time

    def covers(self, moment: datetime) -> bool:
        clock = moment.time()
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= clock < self.end
        return clock >= self.start or clock < self.end


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What has happened to reminders so far; saved between runs."""

    handled_until: datetime | None = None
    """Every reminder due at or before this moment has been shown or let go."""
    snoozed_until: datetime | None = None
    """"Later" was chosen: offer again at this moment."""
    paused_on: date | None = None
    """"Not today" (or "Pause reminders for today") was chosen on this date."""

    def handled(self, now: datetime) -> ReminderState:
        """The reminder due now was shown, or let go because the user was practising."""
        snooze = self.snoozed_until
        if snooze is not None and snooze <= now:
            snooze = None
        return replace(self, handled_until=now, snoozed_until=snooze)

    def snoozed(self, now: datetime, minutes: int) -> ReminderState:
        """"Later": offer the same reminder again after `minutes`."""
        return replace(self, handled_until=now, snoozed_until=now + timedelta(minutes=minutes))

    def paused_for_today(self, now: datetime) -> ReminderState:
        """"Not today": nothing more on `now`'s date; tomorrow goes on as planned."""
        return replace(self, handled_until=now, snoozed_until=None, paused_on=now.date())

    def resumed(self) -> ReminderState:
        """Undo a pause for today (slots already passed stay passed)."""
        return replace(self, paused_on=None)

    def is_paused(self, now: datetime) -> bool:
        return self.paused_on == now.date()


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """The user's choice of reminders. Off unless `enabled` and given a time."""

    enabled: bool = False
    times: tuple[time, ...] = ()
    weekdays: frozenset[int] = field(default=EVERY_DAY)
    session_id: str = ""
    """The suggested session a reminder opens; empty just brings the app forward."""
    snooze_minutes: int = 10
    quiet_hours: QuietHours | None = None

    def __post_init__(self) -> None:
        low, high = SNOOZE_RANGE
        if not low <= self.snooze_minutes <= high:
            raise ValueError(f"snooze_minutes must be {low}–{high}, not {self.snooze_minutes}")
        if not self.weekdays <= EVERY_DAY:
            raise ValueError(f"weekdays are 0 (Monday) to 6, not {sorted(self.weekdays)}")
        if any(t.tzinfo is not None for t in self.times):
            raise ValueError("times of day are wall-clock times, without a time zone")
        # Sorted and without repeats, so slots come out in order.
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.times) and bool(self.weekdays)

    def slots_after(self, moment: datetime) -> Iterator[datetime]:
        """Scheduled moments strictly after `moment`, in order, for about a week."""
        start_day = moment.date()
        for offset in range(_LOOKAHEAD_DAYS + 1):
            day = start_day + timedelta(days=offset)
            if day.weekday() not in self.weekdays:
                continue
            for clock in self.times:
                slot = datetime.combine(day, clock, tzinfo=moment.tzinfo)
                if slot > moment:
                    yield slot

    def is_quiet(self, moment: datetime) -> bool:
        return self.quiet_hours is not None and self.quiet_hours.covers(moment)

    def _allows(self, moment: datetime, state: ReminderState) -> bool:
        return not self.is_quiet(moment) and not state.is_paused(moment)

    def next_due(self, now: datetime, state: ReminderState | None = None) -> datetime | None:
        """When the next reminder is due: `now` if one is due already, None if never.

        A slot (or a snooze) counts once: after `state.handled_until`, and no earlier
        than `LATE_GRACE` before now. It is due at its own moment, or now if it is late;
        that moment must fall outside quiet hours and off a paused day, or it is skipped.
        """
        if not self.active:
            return None
        state = state or ReminderState()
        floor = now - LATE_GRACE
        if state.handled_until is not None and state.handled_until > floor:
            floor = state.handled_until
        best: datetime | None = None
        snooze = state.snoozed_until
        if snooze is not None and snooze > floor:
            due = max(snooze, now)
            if self._allows(due, state):
                best = due
        for slot in self.slots_after(floor):
            due = max(slot, now)
            if best is not None and due >= best:
                break
            if self._allows(due, state):
                best = due
                break
        return best

    def is_due(self, now: datetime, state: ReminderState | None = None) -> bool:
        """A reminder is due now (it may still stay quiet: see `should_fire`)."""
        due = self.next_due(now, state)
        return due is not None and due <= now

    def should_fire(
        self, now: datetime, practising: bool, state: ReminderState | None = None
    ) -> bool:
        """Show a reminder now? Never while the user is already practising."""
        return not practising and self.is_due(now, state)


def seconds_until(due: datetime, now: datetime) -> float:
    """Real seconds from `now` to `due` (never negative), right across DST changes.

    Naive datetimes are read as local time by the system's rules, aware ones by
    their own zone, so "08:00 tomorrow" after a clock change is 9 or 11 hours away,
    as it really is, not the 10 a wall-clock subtraction gives.
    """
    return max(0.0, due.timestamp() - now.timestamp())


# Text forms for the settings file ---------------------------------------------------

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_clock(text: str) -> time | None:
    """"7:30" or "07.30" as a time of day; None for anything else."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_clock(clock: time) -> str:
    return f"{clock.hour:02d}:{clock.minute:02d}"


def parse_times(text: str) -> tuple[time, ...]:
    """Times of day from "08:00, 13:30"; entries that are not times are left out."""
    found = (parse_clock(part) for part in re.split(r"[,;\s]+", text) if part)
    return tuple(sorted({clock for clock in found if clock is not None}))


def format_times(times: Iterable[time]) -> str:
    return ", ".join(format_clock(clock) for clock in sorted(set(times)))


def parse_weekdays(text: str) -> frozenset[int]:
    """Weekdays from "mon, tue" or "0,1"; unknown entries are left out."""
    days: set[int] = set()
    for part in re.split(r"[,;\s]+", text.strip().lower()):
        if part.isdigit() and int(part) < 7:
            days.add(int(part))
        elif part[:3] in WEEKDAY_NAMES:
            days.add(WEEKDAY_NAMES.index(part[:3]))
    return frozenset(days)


def format_weekdays(days: Iterable[int]) -> str:
    return ",".join(WEEKDAY_NAMES[day] for day in sorted(set(days)))


def reminder_text(session_title: str | None) -> str:
    """The words of a reminder: an offer, never a reproach."""
    if session_title:
        return f"{GENTLE_LINE}\n{session_title} is here whenever you are."
    return GENTLE_LINE
