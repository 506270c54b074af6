"""The History page's wording and its new aggregates, without Qt: totals, mood summaries,
mood change per practice (honest about few sessions), this week's minutes, list cells."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import CheckIn, Practice, PracticeLog, history, history_text
from anapana.log.history import MoodSummary, Totals
from anapana.log.history_text import HistoryText
from anapana.log.mood_change import (
    FEW,
    TITLE_CHARS,
    MoodChange,
    mood_change_by_practice,
    ordered,
)
from anapana.log.opening import open_log
from anapana.log.practice import Damage
from tests.fakes import FakeClock
from tests.history_seed import seed_months

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
TEXT = HistoryText()


@pytest.fixture
def log(tmp_path: Path) -> Iterator[PracticeLog]:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    yield log
    log.close()


def practice(n: int, title: str, before: int | None, after: int | None, **extra: object
             ) -> Practice:  # fmt: skip
    start = NOW - timedelta(days=n)
    fields: dict[str, object] = dict(
        uuid=f"p-{n:06d}", session="s", title=title, sha256="", started_at=start,
        planned_s=600.0, last_seen_at=start, updated_at=start, practised_s=600.0,
        status="completed", before=CheckIn(before), after=CheckIn(after))
    fields.update(extra)
    return Practice(**fields)  # type: ignore[arg-type]


def test_english_reads_plurals_and_fills_placeholders_once() -> None:
    assert history_text.english("C", "%Ln session(s)", None, 1) == "1 session"
    assert history_text.english("C", "%Ln session(s)", None, 12345) == "12,345 sessions"
    assert history_text.english("C", "Nothing to count (s)") == "Nothing to count (s)"
    # A value that looks like a placeholder (a file called "%2.json") is left as it is.
    assert history_text.arg("%1 could not be imported: %2", "%2.json", "bad") == (
        "%2.json could not be imported: bad")


def test_totals_and_consistency_words() -> None:
    assert TEXT.totals(Totals(0, 0.0, 0)) == TEXT.empty()
    assert TEXT.totals(Totals(5, 3000.0, 5)) == (
        "5 sessions · 50 minutes · 5 days practised")
    assert TEXT.totals(Totals(1, 60.0, 1)) == "1 session · 1 minute · 1 day practised"
    assert TEXT.consistency(0) == ""
    assert TEXT.consistency(3) == "Days practised this month: 3"
    assert "streak" not in TEXT.consistency(30).lower()


def test_mood_summary_words() -> None:
    empty = MoodSummary(0, None, None, None, None, [])
    assert "once you have checked in" in TEXT.mood(empty)
    mood = MoodSummary(5, 2.0, 4.0, 2.0, 1.5, [])
    text = TEXT.mood(mood)
    assert "low (2.0) → good (4.0), +2.0 on average across 5 sessions" in text
    assert text.endswith("The last 30 days: +2.0 (the 30 days before: +1.5).")
    only_recent = MoodSummary(1, 3.0, 2.0, -1.0, None, [])
    assert TEXT.mood(only_recent).endswith("The last 30 days: -1.0.")
    assert "across 1 session." in TEXT.mood(only_recent)


def test_translations_are_asked_with_context_and_count() -> None:
    asked: list[tuple[str, str, int]] = []

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1
                  ) -> str:  # fmt: skip
        asked.append((context, text, n))
        return history_text.english(context, text, disambiguation, n).upper()

    assert HistoryText(translate).mood_change(MoodChange("Box", 4, 0.5)) == (
        "+0.5 ON AVERAGE, 4 SESSIONS")
    assert asked == [("HistoryText", "%1 on average, %n session(s)", 4)]
    HistoryText(translate).mood_pair(practice(1, "Box", 2, 4))
    assert ("LogWords", "low", -1) in asked and ("LogWords", "good", -1) in asked


def test_mood_change_is_honest_about_few_sessions() -> None:
    assert TEXT.mood_change(MoodChange("Box", FEW, 1.25)) == (
        "+1.2 on average, 3 sessions")
    few = TEXT.mood_change(MoodChange("4-7-8", 1, 2.0))
    assert few == "+2.0 from 1 session, too few to say much yet"
    assert TEXT.mood_change(MoodChange("Sit", 10, -0.5)).startswith("-0.5 ")
    # No ranking words: the numbers and counts speak.
    for text in (few, TEXT.mood_change_intro([MoodChange("Box", 3, 1.0)])):
        assert not {"best", "worst", "should", "better", "bad"} & set(text.lower().split())


def test_mood_change_order_puts_supported_results_first() -> None:
    changes = [MoodChange("few big", 1, 3.0), MoodChange("a", 5, 0.5), MoodChange("b", 4, 1.0),
               MoodChange("few more", 2, -1.0)]
    assert [c.title for c in ordered(changes)] == ["b", "a", "few more", "few big"]


def test_mood_change_by_practice_from_the_log(log: PracticeLog) -> None:
    assert mood_change_by_practice(log) == []
    rows = [("Box", 2, 4), ("Box", 3, 4), ("Box", 3, 3), ("Sit", 4, 3), ("Sit", None, 4),
            ("Scan", 2, None)]
    for n, (title, before, after) in enumerate(rows):
        log.save_practice(practice(n, title, before, after))
    changes = mood_change_by_practice(log)
    assert changes == [MoodChange("Box", 3, pytest.approx(1.0)),  # type: ignore[arg-type]
                       MoodChange("Sit", 1, -1.0)]
    assert changes[0].enough and not changes[1].enough


def test_damaged_moods_and_titles_stay_out(log: PracticeLog) -> None:
    log.save_practice(practice(1, "Box", 2, 4))
    log.save_practice(practice(2, "Sit", 2, 3))
    log.save_practice(practice(3, "Scan", 1, 2))
    log.save_practice(practice(4, "Scan", 2, 5))
    conn = log.connection
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as another tool could leave it
    conn.execute("UPDATE practices SET mood_after = 'bright' WHERE uuid = 'p-000001'")
    conn.execute("UPDATE practices SET title = x'00ff' WHERE uuid = 'p-000002'")
    conn.execute("UPDATE practices SET mood_before = 6 WHERE uuid = 'p-000004'")
    assert mood_change_by_practice(log) == [MoodChange("Scan", 1, 1.0)]
    log.save_practice(practice(5, "Sit " * 50_000, 2, 4))
    (long,) = [c for c in mood_change_by_practice(log) if c.title.startswith("Sit")]
    assert len(long.title) == TITLE_CHARS


@pytest.mark.parametrize("typed", [True, False])
def test_every_hostile_row_is_read_without_error(tmp_path: Path, typed: bool) -> None:
    from tests.test_history_damaged_rows import make_hostile_log

    make_hostile_log(tmp_path / "log.sqlite3", typed=typed)
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    try:
        changes = mood_change_by_practice(log)
    finally:
        log.close()
    assert all(isinstance(c.title, str) and -4 <= c.mean_shift <= 4 for c in changes)


def test_this_week_is_the_last_of_the_weekly_minutes() -> None:
    today = date(2026, 11, 25)  # a Wednesday
    by_day = {today: 12.0, today - timedelta(days=2): 8.0, today - timedelta(days=3): 30.0}
    weeks = history.weekly_minutes(by_day, today, 52)
    assert weeks[-1] == (date(2026, 11, 23), 20.0)
    assert weeks[-2] == (date(2026, 11, 16), 30.0)
    assert TEXT.this_week(weeks[-1][1]) == "This week so far: 20 minutes"
    assert TEXT.this_week(0.6) == "This week so far: 1 minute"


def test_list_cells() -> None:
    plain = practice(1, "Box", 2, None, note="  first line\nsecond  ")
    assert TEXT.mood_pair(plain) == "low → –"
    assert TEXT.mood_pair(practice(1, "Box", None, None)) == ""
    assert history_text.note_line(plain.note) == "first line"
    assert history_text.note_line("x" * 200) == "x" * 80
    assert history_text.minutes_cell(plain) == "10"
    assert TEXT.ending(plain) == "completed"
    assert TEXT.ending(practice(1, "Box", 2, 3, status="stopped")) == "ended early"
    damaged = practice(1, "Box", 2, 3, damage=(Damage("practised_s", "not a number"),))
    assert TEXT.ending(damaged) == "damaged"
    assert history_text.minutes_cell(damaged) == "?"
    assert TEXT.damage(damaged) == "Damaged in the log: practised_s: not a number"


def test_the_seeded_months_give_every_chart_something(log: PracticeLog) -> None:
    count = seed_months(log, NOW)
    assert 60 < count == log.count()
    changes = mood_change_by_practice(log)
    assert len(changes) >= 5
    assert any(not c.enough for c in changes)  # a practice tried only once or twice
