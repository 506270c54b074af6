"""What the history view shows, asked of SQLite as aggregates (never 100,000 rows in Python).

Totals, minutes per day for the heatmap, minutes per week, days practised this month,
and how mood moved from before to after a session. Days are the practice's own local
calendar day (`local_day`, stored when the practice started).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from anapana.log.row import END_EPOCH_S, MAX_DURATION_S, local_day
from anapana.log.store import PracticeLog

EPOCH = date(1970, 1, 1)
LAST_DAY = END_EPOCH_S // 86400

# A damaged row (text or 1e308 where minutes belong, a day no calendar holds) is listed
# as damaged but left out of the sums: in SQLite, text and blobs compare above every
# number and NULL compares false, so these ranges let only real values through.
_TIME = f"(practised_s BETWEEN 0 AND {MAX_DURATION_S:.0f})"
_DAY = f"(local_day BETWEEN 0 AND {LAST_DAY:d})"
_MOODS = "mood_before BETWEEN 1 AND 5 AND mood_after BETWEEN 1 AND 5"


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=number)


def today(now: datetime) -> date:
    return day_of(local_day(now))


@dataclass(frozen=True, slots=True)
class Totals:
    sessions: int
    practised_s: float
    days: int

    @property
    def minutes(self) -> int:
        return round(self.practised_s / 60)


def totals(log: PracticeLog) -> Totals:
    (sessions,) = log.connection.execute("SELECT count(*) FROM practices").fetchone()
    # Grouped by day in the index's order: no temporary b-tree for a DISTINCT count.
    days, seconds = log.connection.execute(
        "SELECT count(*), total(seconds) FROM (SELECT total(practised_s) AS seconds"
        f" FROM practices WHERE {_DAY} AND {_TIME} GROUP BY local_day)"
    ).fetchone()
    return Totals(int(sessions), float(seconds), int(days))


def minutes_by_day(log: PracticeLog, first: date, last: date) -> dict[date, float]:
    """Minutes practised on each day from `first` to `last` that has any practice."""
    rows = log.connection.execute(
        "SELECT CAST(local_day AS INTEGER) AS day, total(practised_s) FROM practices"
        f" WHERE local_day BETWEEN ? AND ? AND {_TIME} GROUP BY day",
        (max(0, day_number(first)), min(LAST_DAY, day_number(last))),
    )
    return {day_of(int(day)): float(seconds) / 60 for day, seconds in rows}


def week_start(day: date) -> date:
    """Weeks start on Monday."""
    return day - timedelta(days=day.weekday())


def heatmap_first_day(last: date, weeks: int = 53) -> date:
    """The Monday that starts a grid of `weeks` columns ending in the week of `last`."""
    return week_start(last) - timedelta(weeks=weeks - 1)


def weekly_minutes(
    by_day: dict[date, float], last: date, weeks: int = 52
) -> list[tuple[date, float]]:
    """(Monday, minutes) for the `weeks` weeks ending with the week of `last`, oldest first."""
    first = week_start(last) - timedelta(weeks=weeks - 1)
    sums = {first + timedelta(weeks=i): 0.0 for i in range(weeks)}
    for day, minutes in by_day.items():
        monday = week_start(day)
        if monday in sums:
            sums[monday] += minutes
    return sorted(sums.items())


def days_practised_in_month(by_day: dict[date, float], day: date) -> int:
    """Days with any practice in the month of `day` (needs `by_day` to cover that month)."""
    return sum(1 for d in by_day if (d.year, d.month) == (day.year, day.month) and d <= day)


@dataclass(frozen=True, slots=True)
class MoodSummary:
    """Mood before and after sessions where both check-ins were given."""

    count: int
    before: float | None
    after: float | None
    recent_shift: float | None  # the last 30 days
    earlier_shift: float | None  # the 30 days before those
    monthly: list[tuple[date, float, float]]  # (first of month, before, after), past year

    @property
    def shift(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def _shift(log: PracticeLog, first: int, last: int) -> float | None:
    value = log.connection.execute(
        "SELECT avg(mood_after - mood_before) FROM practices"
        f" WHERE local_day BETWEEN ? AND ? AND {_MOODS}",
        (first, last),
    ).fetchone()[0]
    return None if value is None else float(value)


def mood_summary(log: PracticeLog, last: date) -> MoodSummary:
    count, before, after = log.connection.execute(
        f"SELECT count(*), avg(mood_before), avg(mood_after) FROM practices WHERE {_MOODS}"
    ).fetchone()
    end = day_number(last)
    year_ago = last.replace(day=1) - timedelta(days=335)
    rows = log.connection.execute(
        "SELECT strftime('%Y-%m-01', local_day * 86400, 'unixepoch') AS month,"
        " avg(mood_before), avg(mood_after) FROM practices"
        f" WHERE local_day BETWEEN ? AND ? AND {_DAY} AND {_MOODS}"
        " GROUP BY month ORDER BY month",
        (day_number(year_ago.replace(day=1)), end),
    )
    monthly = [
        (date.fromisoformat(month), float(b), float(a))
        for month, b, a in rows
        if isinstance(month, str)
    ]
    return MoodSummary(
        count=int(count),
        before=None if before is None else float(before),
        after=None if after is None else float(after),
        recent_shift=_shift(log, end - 29, end),
        earlier_shift=_shift(log, end - 59, end - 30),
        monthly=monthly,
    )


def levels(minutes: Iterable[float]) -> list[int]:
    """Heatmap shade 0–4 for each day's minutes: 0 none, then <10, <20, <40, 40+."""
    return [0 if m <= 0 else 1 if m < 10 else 2 if m < 20 else 3 if m < 40 else 4 for m in minutes]
