"""Every older log format opens in this version with its data kept and a copy made first."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import LogUnavailable, schema
from anapana.log.opening import backup_files, open_log
from tests.fakes import FakeClock

# The schema as released in version 1, frozen here as a user's file would have it.
V1_SQL = """
CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    session TEXT NOT NULL,
    title TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    saved_at TEXT NOT NULL,
    planned_s REAL NOT NULL,
    practised_s REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    owner_pid INTEGER,
    owner_start TEXT,
    mood_before INTEGER,
    mood_after INTEGER,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX practices_started ON practices(started_at);
PRAGMA user_version = 1;
"""

V1_ROWS = [
    ("a1b2c3d4-0001", "box", "Box breathing", "ff" * 32, "2025-01-05T07:00:00Z",
     "2025-01-05T07:05:00Z", "2025-01-05T07:05:00Z", 300.0, 300.0, "completed", None, None,
     2, 4, "Calmer after.\nTwo lines."),
    ("a1b2c3d4-0002", "scan", "Body scan", "ee" * 32, "2025-06-30T22:30:00Z",
     None, "2025-06-30T22:33:20Z", 600.0, 200.0, "running", 2**22 + 4242, "gone", 3, None, ""),
    ("a1b2c3d4-0003", "sit", "Silent sit", "dd" * 32, "2025-07-01T06:00:00+00:00",
     "2025-07-01T06:10:00+00:00", "2025-07-01T06:10:00+00:00", 600.0, 420.0, "stopped",
     None, None, None, None, "= not a formula, just a note"),
]  # fmt: skip


def build_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL)
    conn.executemany(
        "INSERT INTO practices (uuid, session, title, sha256, started_at, ended_at, saved_at,"
        " planned_s, practised_s, status, owner_pid, owner_start, mood_before, mood_after, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        V1_ROWS,
    )
    conn.commit()
    conn.close()


def build_v2(path: Path) -> None:
    """v2 as released: the v1 file upgraded by the v1→v2 step (steps are never edited)."""
    build_v1(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()


# One builder per released version older than the current one.
BUILDERS: dict[int, Callable[[Path], None]] = {1: build_v1, 2: build_v2}


def test_there_is_a_fixture_for_every_older_version() -> None:
    assert set(BUILDERS) == set(range(1, schema.CURRENT_VERSION))


@pytest.fixture
def zone() -> Iterator[Callable[[str], None]]:
    """Sets this process's local time zone (v1 files did not store offsets)."""
    old = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize("version", sorted(BUILDERS))
def test_an_older_log_is_copied_then_upgraded_with_its_data_kept(
    version: int, tmp_path: Path, clock: FakeClock, zone: Callable[[str], None]
) -> None:
    zone("UTC")
    path = tmp_path / "log.sqlite3"
    BUILDERS[version](path)
    original = path.read_bytes()

    log, notices = open_log(path, clock, [])
    try:
        assert schema.user_version(log.connection) == schema.CURRENT_VERSION
        assert [n.kind for n in notices] == ["log-upgraded", "practices-interrupted"]
        by_title = {p.title: p for p in log.practices()}
        assert set(by_title) == {"Box breathing", "Body scan", "Silent sit"}
        box = by_title["Box breathing"]
        assert box.uuid == "a1b2c3d4-0001"
        assert box.started_at == datetime(2025, 1, 5, 7, 0, tzinfo=UTC)
        assert box.ended_at == datetime(2025, 1, 5, 7, 5, tzinfo=UTC)
        assert (box.before.mood, box.after.mood) == (2, 4)
        assert box.before.feelings == () and box.after.feelings == ()
        assert box.note == "Calmer after.\nTwo lines."
        assert box.status == "completed" and box.practised_s == 300.0
        scan = by_title["Body scan"]
        assert scan.status == "interrupted"  # its process is long gone
        assert scan.practised_s == 200.0
        assert scan.ended_at == datetime(2025, 6, 30, 22, 33, 20, tzinfo=UTC)
        assert by_title["Silent sit"].note == "= not a formula, just a note"
    finally:
        log.close()

    copies = backup_files(path)
    assert len(copies) == 1 and f".v{version}-" in copies[0].name
    assert notices[0].path == copies[0]
    copy = sqlite3.connect(copies[0])
    assert schema.user_version(copy) == version
    assert copy.execute("SELECT count(*) FROM practices").fetchone()[0] == len(V1_ROWS)
    copy.close()
    assert len(original) > 0


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "log.sqlite3"
    build_v1(path)
    real_step = schema.MIGRATIONS[1]

    def half_then_fail(conn: sqlite3.Connection) -> None:
        real_step(conn)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, 1, half_then_fail)
    with pytest.raises(LogUnavailable, match="can't be updated"):
        open_log(path, clock, [])
    conn = sqlite3.connect(path)
    assert schema.user_version(conn) == 1
    titles = {t for (t,) in conn.execute("SELECT title FROM practices")}
    assert titles == {"Box breathing", "Body scan", "Silent sit"}
    conn.close()
    monkeypatch.setitem(schema.MIGRATIONS, 1, real_step)
    log, _ = open_log(path, clock, [])
    assert log.count() == 3
    log.close()


def test_a_fresh_log_makes_no_copy(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "log.sqlite3"
    log, notices = open_log(path, clock, [])
    log.close()
    assert notices == [] and backup_files(path) == []


def test_migrated_days_follow_the_local_zone_of_this_computer(
    tmp_path: Path, clock: FakeClock, zone: Callable[[str], None]
) -> None:
    zone("America/New_York")
    path = tmp_path / "log.sqlite3"
    build_v1(path)
    log, _ = open_log(path, clock, [])
    scan = {p.title: p for p in log.practices()}["Body scan"]
    day = log.connection.execute(
        "SELECT local_day FROM practices WHERE uuid = ?", (scan.uuid,)
    ).fetchone()[0]
    log.close()
    # 22:30 UTC on 30 June is 18:30 in New York (UTC-4 in summer): still 30 June there.
    assert scan.started_at.utcoffset() == timedelta(hours=-4)
    assert scan.started_at.hour == 18
    assert day == (datetime(2025, 6, 30).date() - datetime(1970, 1, 1).date()).days
