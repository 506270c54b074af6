"""The history's aggregate questions, answered on a seeded log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from anapana.log import CheckIn, Practice, PracticeLog, history
from anapana.log.opening import open_log
from tests.fakes import FakeClock


@pytest.fixture
def log(tmp_path: Path) -> Iterator[PracticeLog]:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(datetime.now(UTC)), [])
    yield log
    log.close()


def at(day: date, hour: int, minute: int = 0, offset_h: int = 0) -> datetime:
    return datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=timezone(timedelta(hours=offset_h))
    )


def add(log: PracticeLog, n: int, start: datetime, minutes: float, before: int | None = None,
        after: int | None = None) -> None:  # fmt: skip
    log.save_practice(
        Practice(
            uuid=f"u-{n:08d}",
            session="s",
            title="Sit",
            sha256="",
            started_at=start,
            planned_s=minutes * 60,
            practised_s=minutes * 60,
            status="completed",
            last_seen_at=start,
            updated_at=start,
            before=CheckIn(before),
            after=CheckIn(after),
        )
    )


def test_totals_count_sessions_minutes_and_local_days(log: PracticeLog) -> None:
    assert history.totals(log) == history.Totals(0, 0.0, 0)
    day = date(2026, 11, 20)
    add(log, 1, at(day, 7), 10)
    add(log, 2, at(day, 21), 5)
    # 23:30 at UTC+2 is 21:30 UTC: still the 21st for the person who practised.
    add(log, 3, at(day + timedelta(days=1), 23, 30, offset_h=2), 15)
    totals = history.totals(log)
    assert (totals.sessions, totals.minutes, totals.days) == (3, 30, 2)
    by_day = history.minutes_by_day(log, day - timedelta(days=3), day + timedelta(days=3))
    assert by_day == {day: 15.0, day + timedelta(days=1): 15.0}


def test_weekly_minutes_cover_every_week_oldest_first() -> None:
    last = date(2026, 11, 25)  # a Wednesday
    by_day = {date(2026, 11, 23): 10.0, date(2026, 11, 25): 5.0, date(2026, 11, 16): 7.0,
              date(2025, 1, 1): 99.0}  # fmt: skip
    weeks = history.weekly_minutes(by_day, last, weeks=3)
    assert weeks == [
        (date(2026, 11, 9), 0.0),
        (date(2026, 11, 16), 7.0),
        (date(2026, 11, 23), 15.0),
    ]


def test_days_practised_this_month_counts_days_not_sessions() -> None:
    by_day = {date(2026, 11, 1): 5.0, date(2026, 11, 3): 20.0, date(2026, 10, 31): 9.0}
    assert history.days_practised_in_month(by_day, date(2026, 11, 25)) == 2


def test_mood_summary_shows_the_average_shift_and_its_trend(log: PracticeLog) -> None:
    last = date(2026, 11, 25)
    for back in range(60):  # earlier month: +1 on average; recent month: +2
        day = last - timedelta(days=back)
        add(log, back, at(day, 8), 10, before=2, after=4 if back < 30 else 3)
    add(log, 999, at(last, 9), 10, before=3)  # no "after": not part of the shift
    mood = history.mood_summary(log, last)
    assert mood.count == 60
    assert mood.recent_shift == pytest.approx(2.0)
    assert mood.earlier_shift == pytest.approx(1.0)
    assert mood.shift == pytest.approx(1.5)
    assert [m for m, _b, _a in mood.monthly] == [
        date(2026, 9, 1),
        date(2026, 10, 1),
        date(2026, 11, 1),
    ]


def test_heatmap_shades_and_grid_start() -> None:
    assert history.levels([0, 5, 15, 30, 90]) == [0, 1, 2, 3, 4]
    first = history.heatmap_first_day(date(2026, 11, 25), weeks=53)
    assert first.weekday() == 0
    assert (date(2026, 11, 23) - first).days == 52 * 7
