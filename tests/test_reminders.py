"""Reminder scheduling on fixed datetimes: slots, weekdays, quiet hours, snooze, pauses, DST."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anapana.reminders import (
    EVERY_DAY,
    GENTLE_LINE,
    LATE_GRACE,
    QuietHours,
    ReminderPlan,
    ReminderState,
    format_times,
    format_weekdays,
    parse_clock,
    parse_times,
    parse_weekdays,
    reminder_text,
    seconds_until,
)

# 2026-11-23 is a Monday.
MON = date(2026, 11, 23)


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss)


def plan(*clocks: str, **kw: object) -> ReminderPlan:
    return ReminderPlan(enabled=True, times=parse_times(",".join(clocks)), **kw)  # type: ignore[arg-type]


# -- on and off ----------------------------------------------------------------------


def test_reminders_are_off_until_turned_on() -> None:
    assert ReminderPlan().next_due(at(MON, 7)) is None
    off = ReminderPlan(enabled=False, times=(time(8),))
    assert off.next_due(at(MON, 7)) is None
    assert not off.should_fire(at(MON, 8), practising=False)


def test_on_without_times_or_days_is_never_due() -> None:
    assert ReminderPlan(enabled=True).next_due(at(MON, 7)) is None
    assert plan("08:00", weekdays=frozenset()).next_due(at(MON, 7)) is None


# -- slots and weekdays --------------------------------------------------------------


def test_next_slot_today_then_tomorrow() -> None:
    p = plan("08:00", "13:30")
    assert p.next_due(at(MON, 7)) == at(MON, 8)
    assert p.next_due(at(MON, 9), ReminderState(handled_until=at(MON, 8))) == at(MON, 13, 30)
    after_both = ReminderState(handled_until=at(MON, 13, 30))
    assert p.next_due(at(MON, 20), after_both) == at(MON + timedelta(days=1), 8)


def test_times_are_sorted_and_deduplicated() -> None:
    p = ReminderPlan(enabled=True, times=(time(13), time(8), time(13)))
    assert p.times == (time(8), time(13))


def test_weekday_filter_skips_to_the_next_chosen_day() -> None:
    weekend = plan("09:00", weekdays=frozenset({5, 6}))
    due = weekend.next_due(at(MON, 10))
    assert due == at(date(2026, 11, 28), 9)  # Saturday
    assert due is not None and due.weekday() == 5
    # Sunday evening, after Sunday's slot: the next one is a week minus a day later.
    sunday = date(2026, 11, 29)
    later = weekend.next_due(at(sunday, 21), ReminderState(handled_until=at(sunday, 9)))
    assert later == at(date(2026, 12, 5), 9)


def test_a_single_weekday_a_week_ahead_is_found() -> None:
    mondays = plan("08:00", weekdays=frozenset({0}))
    assert mondays.next_due(at(MON, 9), ReminderState(handled_until=at(MON, 8))) == at(
        MON + timedelta(days=7), 8
    )


def test_slot_exactly_now_is_due_now_and_fires() -> None:
    p = plan("08:00")
    assert p.next_due(at(MON, 8)) == at(MON, 8)
    assert p.should_fire(at(MON, 8), practising=False)
    assert not p.should_fire(at(MON, 7, 59, 59), practising=False)


def test_a_timer_that_wakes_a_moment_early_does_not_fire() -> None:
    p = plan("08:00")
    early = at(MON, 8) - timedelta(milliseconds=3)
    assert not p.should_fire(early, practising=False)
    assert p.next_due(early) == at(MON, 8)


# -- handled, late and missed --------------------------------------------------------


def test_once_handled_a_slot_does_not_fire_again() -> None:
    p = plan("08:00")
    now = at(MON, 8)
    state = ReminderState().handled(now)
    assert not p.should_fire(now + timedelta(seconds=1), practising=False, state=state)
    assert p.next_due(now, state) == at(MON + timedelta(days=1), 8)


def test_a_little_late_is_still_offered_once() -> None:
    p = plan("08:00")
    woke = at(MON, 8, 10)
    assert p.next_due(woke) == woke
    assert p.should_fire(woke, practising=False)
    assert not p.should_fire(woke, practising=False, state=ReminderState().handled(woke))


def test_long_missed_reminders_are_let_go_not_piled_up() -> None:
    p = plan("08:00", "08:20")
    woke = at(MON, 8) + LATE_GRACE + timedelta(minutes=1)  # 08:31
    # 08:00 is too old; 08:20 is within grace: offered once, now.
    assert p.next_due(woke) == woke
    state = ReminderState().handled(woke)
    assert p.next_due(woke, state) == at(MON + timedelta(days=1), 8)
    much_later = at(MON, 11)
    assert p.next_due(much_later) == at(MON + timedelta(days=1), 8)


def test_handled_until_in_the_future_hides_earlier_slots() -> None:
    p = plan("08:00", "12:00")
    state = ReminderState(handled_until=at(MON, 9))
    assert p.next_due(at(MON, 8), state) == at(MON, 12)


# -- practising ----------------------------------------------------------------------


def test_practising_suppresses_but_the_slot_is_still_due() -> None:
    p = plan("08:00")
    now = at(MON, 8)
    assert p.is_due(now)
    assert not p.should_fire(now, practising=True)
    assert p.should_fire(now, practising=False)


# -- quiet hours ---------------------------------------------------------------------


def test_quiet_hours_across_midnight() -> None:
    quiet = QuietHours(time(22), time(7))
    assert quiet.covers(at(MON, 23, 30))
    assert quiet.covers(at(MON, 0, 0))
    assert quiet.covers(at(MON, 6, 59))
    assert quiet.covers(at(MON, 22, 0))
    assert not quiet.covers(at(MON, 7, 0))
    assert not quiet.covers(at(MON, 21, 59))
    assert not quiet.covers(at(MON, 12))


def test_quiet_hours_within_a_day_and_empty() -> None:
    lunch = QuietHours(time(12), time(13))
    assert lunch.covers(at(MON, 12, 30))
    assert not lunch.covers(at(MON, 13))
    assert not lunch.covers(at(MON, 11, 59))
    assert not QuietHours(time(9), time(9)).covers(at(MON, 9))


def test_slots_inside_quiet_hours_are_skipped() -> None:
    p = plan("06:30", "23:00", "12:00", quiet_hours=QuietHours(time(22), time(7)))
    assert p.next_due(at(MON, 0, 5)) == at(MON, 12)
    state = ReminderState(handled_until=at(MON, 12))
    assert p.next_due(at(MON, 12, 1), state) == at(MON + timedelta(days=1), 12)


def test_late_reminder_is_not_shown_once_quiet_hours_began() -> None:
    p = plan("21:55", quiet_hours=QuietHours(time(22), time(7)))
    assert p.should_fire(at(MON, 21, 55), practising=False)
    assert not p.should_fire(at(MON, 22, 5), practising=False)
    assert p.next_due(at(MON, 22, 5)) == at(MON + timedelta(days=1), 21, 55)


def test_every_slot_quiet_means_never() -> None:
    p = plan("23:00", "02:00", quiet_hours=QuietHours(time(22), time(7)))
    assert p.next_due(at(MON, 12)) is None


# -- snooze --------------------------------------------------------------------------


def test_snooze_offers_again_after_the_chosen_minutes() -> None:
    p = plan("08:00", snooze_minutes=15)
    now = at(MON, 8)
    state = ReminderState().snoozed(now, p.snooze_minutes)
    assert p.next_due(now, state) == at(MON, 8, 15)
    assert not p.should_fire(at(MON, 8, 14), practising=False, state=state)
    assert p.should_fire(at(MON, 8, 15), practising=False, state=state)
    shown = state.handled(at(MON, 8, 15))
    assert shown.snoozed_until is None
    assert p.next_due(at(MON, 8, 15), shown) == at(MON + timedelta(days=1), 8)


def test_snooze_comes_before_a_later_slot_and_a_slot_before_a_later_snooze() -> None:
    p = plan("08:00", "08:30", snooze_minutes=60)
    state = ReminderState().snoozed(at(MON, 8), 60)
    assert p.next_due(at(MON, 8), state) == at(MON, 8, 30)
    after_830 = state.handled(at(MON, 8, 30))
    assert after_830.snoozed_until == at(MON, 9)  # a later snooze survives
    assert p.next_due(at(MON, 8, 30), after_830) == at(MON, 9)


def test_snooze_into_quiet_hours_is_dropped() -> None:
    p = plan("21:55", snooze_minutes=10, quiet_hours=QuietHours(time(22), time(7)))
    state = ReminderState().snoozed(at(MON, 21, 55), 10)
    assert p.next_due(at(MON, 21, 55), state) == at(MON + timedelta(days=1), 21, 55)


def test_snooze_is_ignored_when_reminders_are_turned_off() -> None:
    p = plan("08:00")
    state = ReminderState().snoozed(at(MON, 8), 10)
    off = ReminderPlan(enabled=False, times=p.times)
    assert off.next_due(at(MON, 8, 10), state) is None


@pytest.mark.parametrize("minutes", [0, -5, 241])
def test_snooze_minutes_out_of_range_are_refused(minutes: int) -> None:
    with pytest.raises(ValueError, match="snooze"):
        ReminderPlan(snooze_minutes=minutes)


def test_weekdays_out_of_range_are_refused() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        ReminderPlan(weekdays=frozenset({7}))


# -- not today -----------------------------------------------------------------------


def test_not_today_pauses_until_tomorrow() -> None:
    p = plan("08:00", "12:00", "18:00")
    state = ReminderState().paused_for_today(at(MON, 8))
    assert state.is_paused(at(MON, 23, 59))
    assert not state.is_paused(at(MON + timedelta(days=1), 0))
    assert p.next_due(at(MON, 8), state) == at(MON + timedelta(days=1), 8)
    resumed = state.resumed()
    assert p.next_due(at(MON, 9), resumed) == at(MON, 12)


def test_pausing_drops_a_pending_snooze() -> None:
    state = ReminderState().snoozed(at(MON, 8), 10).paused_for_today(at(MON, 8, 5))
    assert state.snoozed_until is None


# -- time zones and daylight saving --------------------------------------------------


def test_slots_keep_wall_clock_time_across_spring_forward() -> None:
    london = ZoneInfo("Europe/London")
    now = datetime(2026, 3, 28, 22, 0, tzinfo=london)  # clocks go forward at 01:00 on the 29th
    due = plan("08:00").next_due(now, ReminderState(handled_until=now))
    assert due == datetime(2026, 3, 29, 8, 0, tzinfo=london)
    assert due is not None and due.utcoffset() == timedelta(hours=1)
    assert seconds_until(due, now) == 9 * 3600  # not the 10 hours on the wall


def test_autumn_fall_back_waits_an_hour_longer() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 10, 24, 22, 0, tzinfo=berlin)
    due = plan("08:00").next_due(now)
    assert due == datetime(2026, 10, 25, 8, 0, tzinfo=berlin)
    assert due is not None and seconds_until(due, now) == 11 * 3600


def test_seconds_until_is_never_negative() -> None:
    assert seconds_until(at(MON, 8), at(MON, 9)) == 0.0
    assert seconds_until(at(MON, 9), at(MON, 8)) == 3600.0


# -- settings text -------------------------------------------------------------------


def test_times_text_round_trip_and_junk_left_out() -> None:
    assert parse_times("13:30, 8:00;07.15 25:00 noon 8:00") == (time(7, 15), time(8), time(13, 30))
    assert format_times((time(13, 30), time(8))) == "08:00, 13:30"
    assert parse_clock("24:00") is None
    assert parse_clock("7:5") is None


def test_weekdays_text_round_trip() -> None:
    assert parse_weekdays("Mon, wednesday,6, 9, moon") == frozenset({0, 2, 6})
    assert format_weekdays({6, 0, 2}) == "mon,wed,sun"
    assert parse_weekdays(format_weekdays(EVERY_DAY)) == EVERY_DAY


# -- words ---------------------------------------------------------------------------


def test_reminder_words_offer_and_never_reproach() -> None:
    for text in (reminder_text("Box breathing"), reminder_text(None)):
        assert text.startswith(GENTLE_LINE)
        lowered = text.lower()
        for unkind in ("missed", "should", "forgot", "streak", "don't", "must", "!"):
            assert unkind not in lowered
    assert "Box breathing" in reminder_text("Box breathing")


# -- invariants ----------------------------------------------------------------------

clock_times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
moments = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31))


@given(
    times=st.lists(clock_times, min_size=1, max_size=4),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    quiet=st.none() | st.tuples(clock_times, clock_times),
    now=moments,
    handled_back=st.none() | st.integers(0, 24 * 60),
)
def test_next_due_is_never_past_never_quiet_and_on_a_chosen_day(
    times: list[time],
    weekdays: frozenset[int],
    quiet: tuple[time, time] | None,
    now: datetime,
    handled_back: int | None,
) -> None:
    p = ReminderPlan(
        enabled=True,
        times=tuple(times),
        weekdays=weekdays,
        quiet_hours=None if quiet is None else QuietHours(*quiet),
    )
    handled = None if handled_back is None else now - timedelta(minutes=handled_back)
    state = ReminderState(handled_until=handled)
    due = p.next_due(now, state)
    if due is None:
        return
    assert due >= now
    assert not p.is_quiet(due)
    if due > now:  # a future slot sits exactly on a chosen time and day
        assert due.time() in p.times
        assert due.weekday() in weekdays
    # Once handled at that moment, the same reminder never comes back.
    after = state.handled(due)
    again = p.next_due(due, after)
    assert again is None or again > due
