"""A damaged `-wal` is copied aside (with the log) before SQLite's recovery can drop it.

The WAL here is real: practices are committed with checkpoints turned off, the log and
its WAL are copied while the writer is open (as a crash would leave them), and then
bytes are flipped where a bad disk would flip them.
"""

from __future__ import annotations

import io
import shutil
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import Practice, wal
from anapana.log.commands import history_command
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
COMMITTED = 6


def practice(n: int) -> Practice:
    start = NOW + timedelta(hours=n)
    return Practice(
        uuid=f"00000000-0000-4000-8000-{n:012d}",
        session="box",
        title=f"Box {n}",
        sha256="",
        started_at=start,
        planned_s=300.0,
        last_seen_at=start,
        updated_at=start,
        practised_s=120.0,
        status="completed",
        note=f"Note {n}",
    )


def crashed_log(tmp_path: Path) -> UserPaths:
    """A log whose last `COMMITTED - 1` practices live only in its WAL."""
    work = tmp_path / "work" / "log.sqlite3"
    log, _ = open_log(work, FakeClock(NOW), [])
    log.save_practice(practice(0))
    log.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.connection.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(1, COMMITTED):
        log.save_practice(practice(n))
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "c", logs=tmp_path / "l")
    paths.data.mkdir(mode=0o700)
    shutil.copyfile(work, paths.log_db)
    shutil.copyfile(work.with_name("log.sqlite3-wal"), paths.log_db.with_name("log.sqlite3-wal"))
    log.close()
    return paths


def wal_of(paths: UserPaths) -> Path:
    return paths.log_db.with_name("log.sqlite3-wal")


def frame_size(journal: Path) -> int:
    return 24 + struct.unpack(">I", journal.read_bytes()[8:12])[0]


def flip(journal: Path, offset: int) -> None:
    data = bytearray(journal.read_bytes())
    data[offset] ^= 0x5A
    journal.write_bytes(bytes(data))


def open_and_count(paths: UserPaths) -> tuple[int, list[str], list[Path]]:
    log, notices = open_log(paths.log_db, FakeClock(NOW), [])
    try:
        count = log.count()
    finally:
        log.close()
    copies = sorted(paths.data.glob("log.sqlite3.wal-damaged-*"))
    return count, [n.kind for n in notices], copies


def test_an_intact_wal_from_a_crash_is_recovered_whole_and_quietly(tmp_path: Path) -> None:
    paths = crashed_log(tmp_path)
    assert wal.problem(paths.log_db) is None
    count, kinds, copies = open_and_count(paths)
    assert count == COMMITTED and "wal-kept" not in kinds and copies == []


@pytest.mark.parametrize("where", ["second frame", "header"])
def test_a_damaged_wal_is_copied_aside_with_the_log_before_opening(
    where: str, tmp_path: Path
) -> None:
    paths = crashed_log(tmp_path)
    journal = wal_of(paths)
    flip(journal, 32 + frame_size(journal) + 100 if where == "second frame" else 20)
    db_before, wal_before = paths.log_db.read_bytes(), journal.read_bytes()
    assert wal.problem(paths.log_db) is not None

    err = io.StringIO()
    assert history_command(paths, "json", None, io.StringIO(), err, FakeClock(NOW)) == 0
    assert "journal" in err.getvalue() and "copy" in err.getvalue()
    copies = sorted(paths.data.glob("log.sqlite3.wal-damaged-*"))
    assert [c.name.endswith("-wal") for c in copies] == [False, True]
    assert copies[0].read_bytes() == db_before  # the log as it was before SQLite's recovery
    assert copies[1].read_bytes() == wal_before  # every frame, the dropped ones too
    assert all(c.stat().st_mode & 0o077 == 0 for c in copies)

    count, kinds, again = open_and_count(paths)
    assert 1 <= count < COMMITTED  # what SQLite could recover is there
    assert "wal-kept" not in kinds and again == copies  # told once, copied once


def test_only_an_unfinished_transaction_at_the_end_is_not_an_alarm(tmp_path: Path) -> None:
    paths = crashed_log(tmp_path)
    journal = wal_of(paths)
    data = journal.read_bytes()
    size = frame_size(journal)
    last = data[-size:]
    # A torn frame of a transaction that never committed: this run's salts, no commit mark.
    torn = last[:4] + b"\0\0\0\0" + last[8:16] + b"\xff" * 8 + last[24:]
    journal.write_bytes(data + torn)
    assert wal.problem(paths.log_db) is None
    count, kinds, copies = open_and_count(paths)
    assert count == COMMITTED and "wal-kept" not in kinds and copies == []


def test_a_wal_another_process_has_open_is_left_to_sqlite(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "data" / "log.sqlite3"
    log, _ = open_log(path, FakeClock(NOW), [])
    log.save_practice(practice(1))
    log.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
         " c.execute('SELECT count(*) FROM practices').fetchall(); print('open', flush=True);"
         " sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert wal.in_use(path)
    finally:
        holder.communicate("", timeout=30)
    assert not wal.in_use(path)
