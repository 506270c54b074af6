"""Storage tests on temp SQLite files: opening, privacy, damage, newer files, two instances."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from anapana.log import CheckIn, LogUnavailable, Practice, PracticeLog, schema
from anapana.log.opening import backup_files, open_log
from anapana.log.owner import ProcessIdentity, current_process
from tests.fakes import FakeClock

START = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START, timedelta(hours=1))


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "log.sqlite3"


def make_practice(n: int, clock: FakeClock, **changes: object) -> Practice:
    now = clock.now() + timedelta(hours=n)
    fields: dict[str, object] = {
        "uuid": f"00000000-0000-4000-8000-{n:012d}",
        "session": "box-breathing",
        "title": f"Box {n}",
        "sha256": "ab" * 32,
        "started_at": now,
        "planned_s": 300.0,
        "last_seen_at": now + timedelta(minutes=5),
        "updated_at": now + timedelta(minutes=5),
        "practised_s": 300.0,
        "status": "completed",
        "ended_at": now + timedelta(minutes=5),
    }
    fields.update(changes)
    return Practice(**fields)  # type: ignore[arg-type]


def test_a_new_log_is_private_uses_wal_and_the_latest_schema(
    log_path: Path, clock: FakeClock
) -> None:
    log, notices = open_log(log_path, clock, [])
    try:
        assert notices == []
        assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
        assert log.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert log.connection.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert schema.user_version(log.connection) == schema.CURRENT_VERSION
        log.save_practice(make_practice(1, clock))
        for extra in ("-wal", "-shm"):
            side = log_path.with_name(log_path.name + extra)
            assert stat.S_IMODE(side.stat().st_mode) == 0o600
    finally:
        log.close()
    assert backup_files(log_path) == []


def test_an_existing_log_with_loose_permissions_is_made_private(
    log_path: Path, clock: FakeClock
) -> None:
    open_log(log_path, clock, [])[0].close()
    log_path.chmod(0o644)
    open_log(log_path, clock, [])[0].close()
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600


def test_a_practice_comes_back_as_it_was_saved_with_its_local_offset(
    log_path: Path, clock: FakeClock
) -> None:
    log, _ = open_log(log_path, clock, [])
    zone = timezone(timedelta(hours=-5))
    practice = make_practice(
        2,
        clock,
        started_at=datetime(2026, 3, 1, 23, 30, tzinfo=zone),
        before=CheckIn(2, ("tired", "restless")),
        after=CheckIn(4, ("calm",)),
        note="Shoulders softened.\nSecond line with 'quotes' and ; DROP TABLE practices;",
    )
    log.save_practice(practice)
    again = log.get(practice.uuid)
    log.close()
    assert again is not None
    assert again.started_at == practice.started_at
    assert again.started_at.utcoffset() == timedelta(hours=-5)
    assert again.before == CheckIn(2, ("tired", "restless"))
    assert again.after == CheckIn(4, ("calm",))
    assert again.note == practice.note
    assert again.title == "Box 2"


def test_a_file_that_is_not_a_database_is_set_aside_and_a_fresh_log_started(
    log_path: Path, clock: FakeClock
) -> None:
    log_path.parent.mkdir(parents=True)
    garbage = b"this is not sqlite at all\x00" * 200
    log_path.write_bytes(garbage)
    log, notices = open_log(log_path, clock, [])
    try:
        assert [n.kind for n in notices] == ["log-replaced"]
        aside = notices[0].path
        assert aside is not None and aside.read_bytes() == garbage
        assert aside in backup_files(log_path)
        assert "kept aside" in notices[0].message and aside.name in notices[0].message
        log.save_practice(make_practice(1, clock))
        assert log.count() == 1
    finally:
        log.close()


def test_a_damaged_log_is_set_aside_and_its_readable_practices_rescued(
    log_path: Path, clock: FakeClock
) -> None:
    log, _ = open_log(log_path, clock, [])
    log.save_many([make_practice(n, clock, note="x" * 2000) for n in range(40)])
    log.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = log.connection.execute("PRAGMA page_size").fetchone()[0]
    pages = log.connection.execute("PRAGMA page_count").fetchone()[0]
    log.close()
    # Scribble over one page of an index near the end: SQLite's quick_check sees it.
    with log_path.open("r+b") as file:
        file.seek(page_size * (pages - 1) + 8)
        file.write(b"\xff" * 64)
    log, notices = open_log(log_path, clock, [])
    try:
        assert [n.kind for n in notices] == ["log-replaced"]
        assert notices[0].path is not None and notices[0].path.exists()
        assert log.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        rescued = log.count()
        assert 0 < rescued <= 40
        assert f"{rescued} practices could be rescued" in notices[0].message
    finally:
        log.close()


def test_a_sqlite_file_of_something_else_is_set_aside_not_changed(
    log_path: Path, clock: FakeClock
) -> None:
    log_path.parent.mkdir(parents=True)
    other = sqlite3.connect(log_path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.execute("INSERT INTO recipes VALUES ('soup')")
    other.commit()
    other.close()
    log, notices = open_log(log_path, clock, [])
    log.close()
    assert [n.kind for n in notices] == ["log-replaced"]
    assert notices[0].path is not None
    kept = sqlite3.connect(notices[0].path)
    assert kept.execute("SELECT name FROM recipes").fetchall() == [("soup",)]
    kept.close()


def test_a_log_from_a_newer_anapana_is_left_untouched(log_path: Path, clock: FakeClock) -> None:
    log, _ = open_log(log_path, clock, [])
    log.save_practice(make_practice(1, clock))
    log.connection.execute("PRAGMA user_version = 99")
    log.close()
    before = log_path.read_bytes()
    with pytest.raises(LogUnavailable, match="newer Anapana"):
        open_log(log_path, clock, [])
    assert log_path.read_bytes() == before
    assert backup_files(log_path) == []


def test_a_folder_that_cannot_be_made_gives_a_clear_error(tmp_path: Path, clock: FakeClock) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(LogUnavailable, match="folder for the practice log"):
        open_log(blocker / "data" / "log.sqlite3", clock, [])


def test_practices_of_dead_processes_are_marked_interrupted_and_live_ones_kept(
    log_path: Path, clock: FakeClock
) -> None:
    me = current_process()
    reused_pid = ProcessIdentity(me.pid, me.start + "-an-earlier-process")
    log, _ = open_log(log_path, clock, [])
    running = {"status": "running", "ended_at": None, "practised_s": 130.0}
    log.save_many(
        [
            make_practice(1, clock, owner=me, **running),
            make_practice(2, clock, owner=ProcessIdentity(2**22 + 12345, "gone"), **running),
            make_practice(3, clock, owner=None, **running),
            make_practice(4, clock),
        ]
    )
    log.close()
    if sys.platform.startswith("linux"):
        log_reused, _ = open_log(log_path, clock, [])
        log_reused.save_practice(make_practice(5, clock, owner=reused_pid, **running))
        log_reused.close()
    log, notices = open_log(log_path, clock, [])
    try:
        statuses = {p.title: p.status for p in log.practices()}
        assert statuses["Box 1"] == "running"
        assert statuses["Box 2"] == "interrupted"
        assert statuses["Box 3"] == "interrupted"
        assert statuses["Box 4"] == "completed"
        if sys.platform.startswith("linux"):
            assert statuses["Box 5"] == "interrupted"
        interrupted = log.get(make_practice(2, clock).uuid)
        assert interrupted is not None
        assert interrupted.practised_s == 130.0
        assert interrupted.ended_at == interrupted.last_seen_at
        assert [n.kind for n in notices] == ["practices-interrupted"]
    finally:
        log.close()


def test_two_instances_writing_at_once_lose_nothing(log_path: Path, clock: FakeClock) -> None:
    first, _ = open_log(log_path, clock, [])
    second, _ = open_log(log_path, clock, [])
    try:
        for n in range(100):
            first.save_practice(make_practice(n, clock))
            second.save_practice(make_practice(1000 + n, clock))
        assert first.count() == 200 and second.count() == 200
        assert first.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        first.close()
        second.close()


def test_a_busy_second_instance_waits_then_reports_locked(log_path: Path, clock: FakeClock) -> None:
    first, _ = open_log(log_path, clock, [])
    second, _ = open_log(log_path, clock, [], busy_timeout_ms=50)
    try:
        first.connection.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            second.save_practice(make_practice(1, clock))
        first.connection.execute("COMMIT")
        second.save_practice(make_practice(1, clock))
        assert first.count() == 1
    finally:
        first.close()
        second.close()


def test_search_pages_and_counts(log_path: Path, clock: FakeClock) -> None:
    log, _ = open_log(log_path, clock, [])
    try:
        log.save_many(
            [
                make_practice(n, clock, note="50% calmer_today" if n % 10 == 0 else "")
                for n in range(25)
            ]
        )
        assert log.count() == 25
        assert log.count("50%") == 3
        assert log.count("calmer_") == 3
        assert log.count("5%") == 0  # % is not a wildcard
        assert log.count("box 2") == 7  # every word: Box 2, 12 and 20 to 24
        first, key = log.page(limit=10)
        second, key2 = log.page(after=key, limit=10)
        assert key2 is not None
        third, last_key = log.page(after=key2, limit=10)
        titles = [p.title for p in first + second + third]
        assert titles[:3] == ["Box 24", "Box 23", "Box 22"]
        assert titles == [f"Box {n}" for n in range(24, -1, -1)]
        assert last_key is None
    finally:
        log.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_read_only_log_file_still_opens_for_reading(
    log_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = open_log(log_path, clock, [])
    log.save_practice(make_practice(1, clock))
    log.close()
    real_open = os.open

    def read_only_open(path: object, flags: int, *args: int) -> int:
        if Path(str(path)) == log_path and flags & os.O_RDWR:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_open)
    log, notices = open_log(log_path, clock, [])
    try:
        assert "log-read-only" in [n.kind for n in notices]
        assert log.count() == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            log.save_practice(make_practice(2, clock))
    finally:
        log.close()


def test_a_failed_write_while_opening_is_said_through_the_given_translate(
    log_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = open_log(log_path, clock, [])
    log.close()

    def disk_full(*_args: object) -> int:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(PracticeLog, "mark_interrupted", disk_full)

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"[{context}] {text}"

    log, notices = open_log(log_path, clock, [], translate=translate)
    try:
        assert [(n.kind, n.message) for n in notices] == [(
            "log-read-only",
            "[LogNotices] The disk is full, so the practice log can't be saved just now.")]
    finally:
        log.close()
