"""Recording a practice with a fake clock, and keeping it when the disk refuses writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import CheckIn, PracticeLog, Recorder
from anapana.log.notices import describe_write_error
from anapana.log.opening import open_log
from anapana.log.owner import ProcessIdentity
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 6, 45, tzinfo=UTC), timedelta(hours=2))


@pytest.fixture
def log(tmp_path: Path, clock: FakeClock) -> Iterator[PracticeLog]:
    log, _ = open_log(tmp_path / "log.sqlite3", clock, [])
    yield log
    log.close()


def saved(log: PracticeLog, uuid: str) -> tuple[float, str]:
    """What another reader of the file would see right now."""
    assert log.path is not None
    other = sqlite3.connect(log.path)
    try:
        row = other.execute(
            "SELECT practised_s, status FROM practices WHERE uuid = ?", (uuid,)
        ).fetchone()
    finally:
        other.close()
    return (float(row[0]), str(row[1])) if row else (-1.0, "missing")


def start(recorder: Recorder) -> str:
    practice = recorder.start(
        session="evening-unwind",
        title="Evening unwind",
        sha256="0123" * 16,
        planned_s=960,
        checkin=CheckIn(2, ("tired",)),
    )
    return practice.uuid


def test_the_row_is_written_when_the_session_starts(log: PracticeLog, clock: FakeClock) -> None:
    recorder = Recorder(log, clock, owner=ProcessIdentity(4321, "boot:99"))
    uuid = start(recorder)
    assert saved(log, uuid) == (0.0, "running")
    practice = log.get(uuid)
    assert practice is not None
    assert practice.started_at == datetime(2026, 11, 25, 8, 45, tzinfo=practice.started_at.tzinfo)
    assert practice.started_at.utcoffset() == timedelta(hours=2)
    assert practice.owner == ProcessIdentity(4321, "boot:99")
    assert practice.planned_s == 960 and practice.before == CheckIn(2, ("tired",))


def test_progress_is_saved_at_least_every_ten_seconds(log: PracticeLog, clock: FakeClock) -> None:
    recorder = Recorder(log, clock)
    uuid = start(recorder)
    worst_lag = 0.0
    for tenth in range(1, 601):  # a minute of frames, ten a second
        clock.advance(0.1)
        recorder.progress(tenth / 10)
        if tenth % 5 == 0:
            worst_lag = max(worst_lag, tenth / 10 - saved(log, uuid)[0])
    assert 0 < worst_lag <= 10
    assert saved(log, uuid)[0] >= 55


def test_a_pause_saves_at_once(log: PracticeLog, clock: FakeClock) -> None:
    recorder = Recorder(log, clock)
    uuid = start(recorder)
    clock.advance(3)
    recorder.progress(3)
    assert saved(log, uuid)[0] == 0.0  # not due yet
    recorder.checkpoint(3.2)
    assert saved(log, uuid)[0] == 3.2


@pytest.mark.parametrize("ending", ["completed", "stopped", "interrupted"])
def test_a_finished_practice_keeps_its_ending_checkins_and_note(
    log: PracticeLog, clock: FakeClock, ending: str
) -> None:
    recorder = Recorder(log, clock)
    uuid = start(recorder)
    clock.advance(120)
    recorder.finish(ending, 118.5)  # type: ignore[arg-type]
    clock.advance(10)
    recorder.record_checkin("after", CheckIn(4, ("calm", "grateful")))
    recorder.save_note("The jaw let go.")
    practice = log.get(uuid)
    assert practice is not None
    assert (practice.status, practice.practised_s) == (ending, 118.5)
    assert practice.ended_at == practice.started_at + timedelta(seconds=120)
    assert practice.after == CheckIn(4, ("calm", "grateful"))
    assert practice.note == "The jaw let go."
    assert practice.owner is None  # a finished row names no process
    recorder.progress(500)  # after the end, progress changes nothing
    assert saved(log, uuid) == (118.5, ending)


def test_a_full_disk_keeps_the_practice_in_memory_and_writes_it_later(
    log: PracticeLog, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str | None] = []
    recorder = Recorder(log, clock, on_problem=problems.append)
    uuid = start(recorder)
    real_save = log.save_practice

    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(log, "save_practice", disk_full)
    for second in range(1, 31):
        clock.advance(1)
        recorder.progress(second)
    recorder.finish("completed", 30)
    recorder.save_note("Words written while the disk was full.")
    assert recorder.unsaved
    assert problems and problems[0] is not None and "disk is full" in problems[0]
    assert saved(log, uuid) == (0.0, "running")

    monkeypatch.setattr(log, "save_practice", real_save)
    assert recorder.retry()
    assert not recorder.unsaved and problems[-1] is None
    practice = log.get(uuid)
    assert practice is not None
    assert (practice.status, practice.practised_s) == ("completed", 30)
    assert practice.note == "Words written while the disk was full."


def test_sqlite_itself_reporting_a_full_database_is_survived(
    log: PracticeLog, clock: FakeClock
) -> None:
    recorder = Recorder(log, clock)
    uuid = start(recorder)
    pages = log.connection.execute("PRAGMA page_count").fetchone()[0]
    log.connection.execute(f"PRAGMA max_page_count = {pages}")
    long_note = "I noticed the breath. " * 5000  # needs many new pages
    recorder.save_note(long_note)
    assert recorder.unsaved
    assert recorder.problem is not None and "disk is full" in recorder.problem
    log.connection.execute("PRAGMA max_page_count = 1073741823")
    clock.advance(5)
    recorder.progress(5)  # the next due save retries everything waiting
    assert not recorder.unsaved and recorder.problem is None
    practice = log.get(uuid)
    assert practice is not None and practice.note == long_note


def test_a_read_only_log_keeps_writes_waiting(log: PracticeLog, clock: FakeClock) -> None:
    recorder = Recorder(log, clock)
    uuid = start(recorder)
    log.connection.execute("PRAGMA query_only = ON")
    clock.advance(6)
    recorder.progress(6)
    assert recorder.unsaved and recorder.problem is not None
    assert "read-only" in recorder.problem
    log.connection.execute("PRAGMA query_only = OFF")
    assert recorder.retry()
    assert saved(log, uuid)[0] == 6


def test_a_locked_log_is_retried_after_the_other_instance_lets_go(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "shared.sqlite3"
    ours, _ = open_log(path, clock, [], busy_timeout_ms=20)
    theirs, _ = open_log(path, clock, [])
    try:
        recorder = Recorder(ours, clock)
        uuid = start(recorder)
        theirs.connection.execute("BEGIN IMMEDIATE")
        recorder.checkpoint(12)
        assert recorder.unsaved and "Another Anapana window" in (recorder.problem or "")
        theirs.connection.execute("COMMIT")
        clock.advance(5)
        recorder.progress(17)
        assert not recorder.unsaved
        assert saved(ours, uuid)[0] == 17
    finally:
        ours.close()
        theirs.close()


def test_without_a_log_the_practice_waits_in_memory(
    log: PracticeLog, clock: FakeClock
) -> None:
    recorder = Recorder(None, clock)
    assert recorder.problem is not None
    start(recorder)
    clock.advance(60)
    recorder.finish("completed", 60)
    assert recorder.unsaved and log.count() == 0
    assert not recorder.retry()


def test_check_in_moment_must_be_before_or_after(log: PracticeLog, clock: FakeClock) -> None:
    recorder = Recorder(log, clock)
    start(recorder)
    with pytest.raises(ValueError, match="before"):
        recorder.record_checkin("during", CheckIn(3))
    with pytest.raises(ValueError, match="mood"):
        CheckIn(6)


def shouting(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A 'translation' that shows which words went through `translate`."""
    assert context == "LogNotices"
    return text.upper()


def sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("what sqlite said")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize("error", [
    sqlite_error(sqlite3.SQLITE_FULL), OSError(28, "No space left on device"),
    sqlite_error(sqlite3.SQLITE_READONLY), sqlite_error(sqlite3.SQLITE_BUSY),
    sqlite_error(sqlite3.SQLITE_LOCKED), sqlite_error(sqlite3.SQLITE_IOERR),
], ids=["full", "no-space", "read-only", "busy", "locked", "other"])
def test_every_write_error_sentence_goes_through_translate(error: BaseException) -> None:
    english = describe_write_error(error)
    shown = describe_write_error(error, shouting)
    letters = shown.replace(str(error), "")  # sqlite's own words stay as they are
    assert letters == letters.upper() and shown != english
    assert english.startswith(("The ", "Another "))


def test_the_recorder_says_its_problems_through_its_translate(
        log: PracticeLog, clock: FakeClock) -> None:
    recorder = Recorder(log, clock, translate=shouting)
    start(recorder)
    log.connection.execute("PRAGMA query_only = ON")
    clock.advance(6)
    recorder.progress(6)
    assert recorder.problem == "THE PRACTICE LOG IS READ-ONLY, SO IT CAN'T BE SAVED JUST NOW."
    log.connection.execute("PRAGMA query_only = OFF")
    assert Recorder(None, clock, translate=shouting).problem == "THE PRACTICE LOG ISN'T OPEN."
