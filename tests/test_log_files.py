"""A newer log is left exactly as it is; modes are set without ever following a link.

Every check here looks at the real files: bytes, modes and the folder's listing before
and after opening.
"""

from __future__ import annotations

import io
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import LogUnavailable, Practice
from anapana.log.commands import history_command
from anapana.log.opening import open_log
from anapana.log.owner import ProcessIdentity
from anapana.paths import UserPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")


def practice(n: int, **changes: object) -> Practice:
    start = NOW + timedelta(hours=n)
    fields: dict[str, object] = {
        "uuid": f"00000000-0000-4000-8000-{n:012d}",
        "session": "box",
        "title": f"Box {n}",
        "sha256": "",
        "started_at": start,
        "planned_s": 300.0,
        "last_seen_at": start,
        "updated_at": start,
        "practised_s": 120.0,
        "status": "completed",
    }
    fields.update(changes)
    return Practice(**fields)  # type: ignore[arg-type]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        item.name: (item.read_bytes(), stat.S_IMODE(item.lstat().st_mode))
        for item in sorted(folder.iterdir())
        if item.is_file()
    }


def raw(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def newer_by_version(path: Path) -> None:
    log, _ = open_log(path, FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.close()
    raw(path, "PRAGMA journal_mode = DELETE", "PRAGMA user_version = 99")


def newer_in_wal_mode(path: Path) -> None:
    log, _ = open_log(path, FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.connection.execute("PRAGMA user_version = 99")
    log.close()


def newer_by_tables(path: Path) -> None:
    # Format 2 as far as the number goes, but with a table this version doesn't know, and
    # a practice whose process is gone: opening it for writing would mark it interrupted.
    log, _ = open_log(path, FakeClock(NOW), [])
    gone = ProcessIdentity(2**31 - 3, "")
    log.save_practice(practice(1, status="running", owner=gone))
    log.close()
    raw(path, "PRAGMA journal_mode = DELETE", "CREATE TABLE practice_tags (uuid TEXT, tag TEXT)")


def newer_without_practices(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw(path, "CREATE TABLE sittings (id INTEGER PRIMARY KEY)", "PRAGMA user_version = 5")


@posix_only
@pytest.mark.parametrize(
    "make", [newer_by_version, newer_in_wal_mode, newer_by_tables, newer_without_practices]
)
def test_a_newer_log_is_neither_changed_nor_moved(make: object, tmp_path: Path) -> None:
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "c", logs=tmp_path / "l")
    make(paths.log_db)  # type: ignore[operator]
    paths.log_db.chmod(0o644)
    before = snapshot(paths.data)
    with pytest.raises(LogUnavailable, match="newer Anapana") as caught:
        open_log(paths.log_db, FakeClock(NOW), [])
    assert "not been changed" in str(caught.value)
    err = io.StringIO()
    assert history_command(paths, "text", None, io.StringIO(), err, FakeClock(NOW)) == 1
    assert "newer Anapana" in err.getvalue()
    assert snapshot(paths.data) == before


@posix_only
def test_a_log_link_out_of_the_data_folder_is_refused_with_the_reason(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    log, _ = open_log(tmp_path / "first" / "log.sqlite3", FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.close()
    (tmp_path / "first" / "log.sqlite3").rename(elsewhere)
    elsewhere.chmod(0o644)
    before = elsewhere.read_bytes()
    data = tmp_path / "data"
    data.mkdir()
    (data / "log.sqlite3").symlink_to(elsewhere)
    with pytest.raises(LogUnavailable, match="outside the data folder"):
        open_log(data / "log.sqlite3", FakeClock(NOW), [])
    assert elsewhere.read_bytes() == before
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "elsewhere.sqlite3", "first"]


@posix_only
def test_a_log_link_inside_the_data_folder_is_followed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    (data / "log.sqlite3").symlink_to(data / "logs" / "mine.sqlite3")
    log, _ = open_log(data / "log.sqlite3", FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.close()
    assert (data / "log.sqlite3").is_symlink()
    assert stat.S_IMODE((data / "logs" / "mine.sqlite3").stat().st_mode) == 0o600


@posix_only
@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_a_planted_journal_link_is_never_chmodded_or_written_through(
    suffix: str, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "log.sqlite3"
    log, _ = open_log(path, FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.close()
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file\n")
    victim.chmod(0o644)
    path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.with_name(path.name + suffix).symlink_to(victim)
    with pytest.raises(LogUnavailable, match="link"):
        open_log(path, FakeClock(NOW), [])
    assert victim.read_text() == "someone else's file\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644


@posix_only
def test_the_data_folder_and_the_log_are_made_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    path = data / "log.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o644)
    log, _ = open_log(path, FakeClock(NOW), [])
    log.save_practice(practice(1))
    for item in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item
    log.close()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


@pytest.mark.parametrize("mode", [0o1777, 0o777], ids=["sticky", "open-to-all"])
def test_a_log_in_a_shared_folder_leaves_the_folder_open(tmp_path: Path, mode: int) -> None:
    """A log kept in a folder like /tmp must not close that folder to everyone else."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(mode)
    log, _ = open_log(shared / "log.sqlite3", FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.close()
    assert stat.S_IMODE(shared.stat().st_mode) == mode
    assert stat.S_IMODE((shared / "log.sqlite3").stat().st_mode) == 0o600


def test_an_old_log_with_a_row_the_upgrade_cannot_read_is_left_as_it_was(
    tmp_path: Path,
) -> None:
    from anapana.log import schema

    path = tmp_path / "data" / "log.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path, isolation_level=None)
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO practices (uuid, session, title, sha256, started_at, saved_at,"
        " planned_s, status) VALUES ('u-1', 's', 't', '', 'not a time', 'x', 60, 'completed')"
    )
    conn.close()

    def content() -> tuple[object, ...]:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("SELECT * FROM practices").fetchall()
            return (conn.execute("PRAGMA user_version").fetchone()[0], rows)
        finally:
            conn.close()

    before = content()
    with pytest.raises(LogUnavailable, match="can't be updated"):
        open_log(path, FakeClock(NOW), [])
    assert content() == before  # still format 1, every row as it was
