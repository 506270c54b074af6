"""The log's schema and its migrations, versioned by `PRAGMA user_version`.

Migrations are history: once released, a step is never edited, only followed by a
new one. A fresh file runs every step from 0, so a new log and an upgraded one go
through the same code. The caller copies the file before migrating (see `opening`).

- v1: practices with ISO-8601 UTC text times.
- v2: integer UTC times plus the local offset and local day (fast charts without
  loading rows into Python), feelings before and after, indexes for the history.
- v3: `heart_records`, one row per practice that had a heart signal (see `log.heart`);
  a trigger removes a practice's heart row with the practice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

CURRENT_VERSION = 3

_V1 = """
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
"""

_V2_TABLE = """
CREATE TABLE practices_v2 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    session TEXT NOT NULL,
    title TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    utc_offset_s INTEGER NOT NULL DEFAULT 0,
    local_day INTEGER NOT NULL,
    ended_at INTEGER,
    last_seen_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    planned_s REAL NOT NULL,
    practised_s REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL
        CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
    owner_pid INTEGER,
    owner_start TEXT NOT NULL DEFAULT '',
    mood_before INTEGER CHECK (mood_before BETWEEN 1 AND 5),
    mood_after INTEGER CHECK (mood_after BETWEEN 1 AND 5),
    feelings_before TEXT NOT NULL DEFAULT '[]',
    feelings_after TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
)
"""

_V2_INDEXES = (
    "CREATE INDEX practices_by_start ON practices(started_at)",
    # Covers every chart query: day totals, minutes, moods, without touching the table.
    "CREATE INDEX practices_by_day ON practices(local_day, practised_s, mood_before, mood_after)",
    "CREATE INDEX practices_running ON practices(status) WHERE status = 'running'",
)


def _v1_time(text: str | None) -> int | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def _local_offset_at(epoch_s: int) -> int:
    """v1 did not store the offset: the best guess is this computer's zone at that moment."""
    offset = datetime.fromtimestamp(epoch_s, UTC).astimezone().utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _to_v1(conn: sqlite3.Connection) -> None:
    # Not executescript: it would commit the migration's transaction halfway.
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _to_v2(conn: sqlite3.Connection) -> None:
    conn.execute(_V2_TABLE)
    rows = conn.execute(
        "SELECT id, uuid, session, title, sha256, started_at, ended_at, saved_at, planned_s,"
        " practised_s, status, owner_pid, owner_start, mood_before, mood_after, note"
        " FROM practices ORDER BY id"
    )
    for row in rows.fetchall():
        (pid, uuid, session, title, sha, started, ended, saved, planned, practised,
         status, owner_pid, owner_start, mood_before, mood_after, note) = row  # fmt: skip
        started_s = _v1_time(started)
        assert started_s is not None
        offset = _local_offset_at(started_s)
        saved_s = _v1_time(saved) or started_s
        if status not in ("running", "completed", "stopped", "interrupted"):
            status = "stopped"
        conn.execute(
            "INSERT INTO practices_v2 (id, uuid, session, title, sha256, started_at,"
            " utc_offset_s, local_day, ended_at, last_seen_at, updated_at, planned_s,"
            " practised_s, status, owner_pid, owner_start, mood_before, mood_after, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pid, uuid, session, title, sha or "", started_s, offset,
                (started_s + offset) // 86400, _v1_time(ended), saved_s, saved_s, planned,
                practised, status, owner_pid, owner_start or "",
                mood_before if mood_before in (1, 2, 3, 4, 5) else None,
                mood_after if mood_after in (1, 2, 3, 4, 5) else None,
                note or "",
            ),
        )  # fmt: skip
    conn.execute("DROP TABLE practices")
    conn.execute("ALTER TABLE practices_v2 RENAME TO practices")
    for statement in _V2_INDEXES:
        conn.execute(statement)


_V3 = (
    """
    CREATE TABLE heart_records (
        practice_uuid TEXT PRIMARY KEY,
        source TEXT NOT NULL DEFAULT '',
        signal_s REAL NOT NULL DEFAULT 0,
        beats INTEGER NOT NULL DEFAULT 0,
        mean_hr_bpm REAL,
        rmssd_ms REAL,
        mean_swing_bpm REAL,
        first_beat_s REAL,
        rr_ms TEXT NOT NULL DEFAULT '',
        assessment TEXT,
        chosen_per_min REAL,
        saved_at INTEGER NOT NULL
    )
    """,
    # Keyed by uuid like exports and rescue files; SQLite's foreign keys are off by
    # default, so a trigger keeps "delete everything" deleting everything.
    """
    CREATE TRIGGER heart_records_follow_practices AFTER DELETE ON practices
    BEGIN DELETE FROM heart_records WHERE practice_uuid = OLD.uuid; END
    """,
)


def _to_v3(conn: sqlite3.Connection) -> None:
    for statement in _V3:
        conn.execute(statement)


KNOWN_TABLES = frozenset({"practices", "heart_records"})
"""Every table this version makes; a log holding others was written by a newer Anapana."""


# MIGRATIONS[n] turns a version-n file into version n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _to_v1, 1: _to_v2, 2: _to_v3}


def user_version(conn: sqlite3.Connection) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return int(version)


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Bring the file up to `CURRENT_VERSION`, one transaction per step.

    Returns the versions stepped through. A failing step rolls back and leaves the
    file at the version before it.
    """
    steps: list[int] = []
    version = user_version(conn)
    while version < CURRENT_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another instance may have migrated while we waited for the lock.
            version = user_version(conn)
            if version >= CURRENT_VERSION:
                conn.execute("COMMIT")
                break
            MIGRATIONS[version](conn)
            # PRAGMA takes no parameters; the value is our own integer.
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        steps.append(version)
        version += 1
    return steps
