"""The practice log on disk: one SQLite file, opened safely, read and written with care.

`PracticeLog.open(path, clock)` does everything that must happen before the first
write: it creates the folder and the file privately (0700/0600), turns on WAL and a
busy timeout so a second app instance waits instead of failing, sets a damaged file
aside and starts a fresh one, copies the file before each schema migration, and marks
practices whose process died (SIGKILL, power loss) as `interrupted`. What the user
should hear about comes back as `Notice`s; the CLI prints them, the app shows them.

The connection belongs to the `PracticeLog` that is given it; nothing here is global.
Every statement is parameterized.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from anapana.log import files, schema, wal
from anapana.log.clock import Clock, SystemClock
from anapana.log.owner import ProcessIdentity, is_alive
from anapana.log.practice import Practice, Status
from anapana.log.row import decode_text, practice_from_row

BUSY_TIMEOUT_MS = 3000
_CORRUPT_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)

_COLUMNS = (
    "uuid, session, title, sha256, started_at, utc_offset_s, local_day, ended_at,"
    " last_seen_at, updated_at, planned_s, practised_s, status, owner_pid, owner_start,"
    " mood_before, mood_after, feelings_before, feelings_after, note"
)
_UPSERT = (
    f"INSERT INTO practices ({_COLUMNS})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(uuid) DO UPDATE SET session = excluded.session, title = excluded.title,"
    " sha256 = excluded.sha256, started_at = excluded.started_at,"
    " utc_offset_s = excluded.utc_offset_s, local_day = excluded.local_day,"
    " ended_at = excluded.ended_at, last_seen_at = excluded.last_seen_at,"
    " updated_at = excluded.updated_at, planned_s = excluded.planned_s,"
    " practised_s = excluded.practised_s, status = excluded.status,"
    " owner_pid = excluded.owner_pid, owner_start = excluded.owner_start,"
    " mood_before = excluded.mood_before, mood_after = excluded.mood_after,"
    " feelings_before = excluded.feelings_before, feelings_after = excluded.feelings_after,"
    " note = excluded.note"
)


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should be told about their log, in plain words."""

    # "log-replaced", "log-upgraded", "practices-interrupted", "log-read-only",
    # "writes-recovered", "rescue-unreadable", "rescue-waiting", "wal-kept"
    kind: str
    message: str
    path: Path | None = None


class LogUnavailable(Exception):
    """The log cannot be opened at all; `str()` is a message for the user."""


def is_disk_full(error: BaseException) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or (
        isinstance(error, OSError) and error.errno == 28
    )


def describe_write_error(error: BaseException) -> str:
    """A calm sentence for a failed write; the data itself is still held in memory."""
    code = getattr(error, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    if is_disk_full(error):
        return "The disk is full, so the practice log can't be saved just now."
    if base == sqlite3.SQLITE_READONLY:
        return "The practice log is read-only, so it can't be saved just now."
    if base in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return "Another Anapana window is writing to the log; saving again shortly."
    return f"The practice log can't be saved just now ({error})."


def _is_corrupt(error: sqlite3.DatabaseError) -> bool:
    if isinstance(error, _Damaged | _NotALog):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CORRUPT_CODES


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _private_file(path: Path) -> None:
    """Create the file owner-only; tighten an existing one. SQLite gives -wal/-shm the same mode.

    Never through a link: a -wal or -shm link would make SQLite write through it, so one
    is refused like a link in the log's own place.
    """
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.is_symlink():
            raise files.LinkRefused(40, "is a symbolic link", str(extra))
    files.private_file(path)
    for suffix in ("-wal", "-shm"):
        files.tighten_if_present(path.with_name(path.name + suffix))


def backup_files(log_path: Path) -> list[Path]:
    """Copies made before migrations and damaged files set aside: they hold user data too."""
    return sorted(log_path.parent.glob(f"{log_path.name}.*.bak*"))


def _epoch(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp() // 1)


def _offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def local_day(moment: datetime) -> int:
    """Days since 1970-01-01 on the calendar of the moment's own offset."""
    return (int(moment.timestamp() // 1) + _offset_s(moment)) // 86400


def practice_row(practice: Practice) -> tuple[Any, ...]:
    """The parameters for `_UPSERT`, in `_COLUMNS` order."""
    started = practice.started_at
    owner = practice.owner
    return (
        practice.uuid,
        practice.session,
        practice.title,
        practice.sha256,
        _epoch(started),
        _offset_s(started),
        local_day(started),
        _epoch(practice.ended_at),
        _epoch(practice.last_seen_at),
        _epoch(practice.updated_at),
        float(practice.planned_s),
        float(practice.practised_s),
        practice.status,
        owner.pid if owner is not None and practice.status == "running" else None,
        owner.start if owner is not None and practice.status == "running" else "",
        practice.before.mood,
        practice.after.mood,
        json.dumps(list(practice.before.feelings), ensure_ascii=False),
        json.dumps(list(practice.after.feelings), ensure_ascii=False),
        practice.note,
    )


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_clause(search: str) -> tuple[str, list[Any]]:
    """Every word must appear in the title, session, note or feelings."""
    clauses: list[str] = []
    params: list[Any] = []
    for word in search.split():
        clauses.append(
            "(title LIKE ? ESCAPE '\\' OR session LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\'"
            " OR feelings_before LIKE ? ESCAPE '\\' OR feelings_after LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(word)] * 5)
    return " AND ".join(clauses), params


class PracticeLog:
    """The practice log over one open SQLite connection (given, never global)."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None = None, *, read_only: bool = False
    ) -> None:
        self._conn = connection
        self.path = path
        self.read_only = read_only
        """Opened for reading only (full or read-only disk): every write raises."""

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        clock: Clock | None = None,
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        rescue_folders: Sequence[Path] | None = None,
    ) -> tuple[PracticeLog, list[Notice]]:
        """Open (creating, repairing or upgrading as needed) the log file at `path`.

        Writes kept aside when the disk failed last time (`anapana.log.rescue`) are
        added from `rescue_folders`; by default the folders `Recorder.rescue` tries for
        this log under the user's folders (`ANAPANA_HOME` or the platform's).

        When the disk is full or read-only the log is opened for reading only
        (`read_only`, with a "log-read-only" notice): the history still shows, and the
        recorder keeps new practices until they can be written.

        Raises `LogUnavailable` when the file can't be opened at all: no such folder can
        be made, the path is a link out of the data folder, or the log comes from a
        newer Anapana (such a file is neither changed nor moved).
        """
        clock = clock or SystemClock()
        notices: list[Notice] = []
        try:
            files.private_folder(path.parent)
        except OSError as error:
            raise LogUnavailable(
                f"The folder for the practice log can't be made: {error}"
            ) from error
        path = _checked_path(path)
        newer = _newer_format(path)
        if newer is not None:
            raise LogUnavailable(
                f"The practice log {path} was written by a newer Anapana ({newer});"
                " please update Anapana to keep using it. It has not been changed, and"
                " nothing new is written to it."
            )
        kept, wal_notices = _keep_damaged_wal(path, clock)
        notices.extend(wal_notices)
        read_only = False
        try:
            if kept is False:  # no room to copy a damaged WAL: don't let SQLite drop it
                raise _CannotWrite("no room to keep a copy of the damaged journal")
            conn = cls._connect_checked(path, busy_timeout_ms)
        except sqlite3.DatabaseError as error:
            if _cannot_write(error) and path.exists():
                conn = cls._connect_read_only(path, busy_timeout_ms, error, immutable=kept is False)
                read_only = True
                notices.append(Notice("log-read-only", _read_only_message(error, path), path))
            elif not _is_corrupt(error):
                raise LogUnavailable(f"The practice log can't be opened: {error}") from error
            else:
                conn = cls._replace_damaged(path, clock, busy_timeout_ms, notices)
        log = cls(conn, path, read_only=read_only)
        version = schema.user_version(conn)
        if version > schema.CURRENT_VERSION:
            conn.close()
            raise LogUnavailable(
                f"The practice log {path} was written by a newer Anapana (format {version});"
                " please update Anapana to keep using it. It has not been changed."
            )
        if read_only:
            if version < schema.CURRENT_VERSION:
                conn.close()
                raise LogUnavailable(
                    f"The practice log {path} needs updating to this Anapana's format, and"
                    " it can't be written just now (the disk is full or read-only)."
                    " It has not been changed."
                )
            return log, notices
        if 0 < version < schema.CURRENT_VERSION:
            copy = path.with_name(f"{path.name}.v{version}-{_stamp(clock.now())}.bak")
            log._copy_to(copy)
            notices.append(
                Notice(
                    "log-upgraded",
                    f"Your practice log was updated to a newer format; the old file is kept"
                    f" as {copy.name}.",
                    copy,
                )
            )
        try:
            try:
                schema.migrate(conn)
            except (ValueError, TypeError, OverflowError, sqlite3.IntegrityError) as error:
                # A row an old version stored that the upgrade can't carry over: the step
                # rolled back, the file and its copy are as they were.
                conn.close()
                raise LogUnavailable(
                    f"The practice log {path} can't be updated to this version's format"
                    f" ({error}); it has not been changed."
                ) from error
            # Before marking: a rescued practice left running by a quit app is closed too.
            notices.extend(_replay_rescued(log, path, rescue_folders))
            interrupted = log.mark_interrupted()
        except sqlite3.OperationalError as error:
            if schema.user_version(conn) < schema.CURRENT_VERSION:
                conn.close()
                raise LogUnavailable(f"The practice log can't be updated: {error}") from error
            interrupted = 0
            notices.append(Notice("log-read-only", describe_write_error(error), path))
        if interrupted:
            what = "practice" if interrupted == 1 else "practices"
            notices.append(
                Notice(
                    "practices-interrupted",
                    f"{interrupted} {what} ended unexpectedly; the time practised was kept"
                    " and marked as interrupted.",
                )
            )
        return log, notices

    @classmethod
    def _replace_damaged(
        cls, path: Path, clock: Clock, busy_timeout_ms: int, notices: list[Notice]
    ) -> sqlite3.Connection:
        try:
            aside = cls._set_aside(path, clock)
        except OSError as error:
            raise LogUnavailable(
                f"The practice log {path} could not be read, and it can't be kept aside"
                f" just now ({error.strerror or error}); it has not been changed."
            ) from error
        rescued = cls._rescue(aside, path, busy_timeout_ms)
        try:
            conn = cls._connect_checked(path, busy_timeout_ms)
        except sqlite3.DatabaseError as error:
            raise LogUnavailable(
                f"The practice log could not be read, so it was kept aside as {aside.name};"
                f" a fresh log can't be started just now ({error})."
            ) from error
        saved = f" {rescued} practices were rescued from it." if rescued else ""
        notices.append(
            Notice(
                "log-replaced",
                "Your practice log could not be read, so it was kept aside as"
                f" {aside.name} and a fresh log was started.{saved} Nothing was deleted.",
                aside,
            )
        )
        return conn

    @staticmethod
    def _connect_checked(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
        """Connect for writing and prove the file is a readable Anapana log.

        Raises `_CannotWrite` when the file can't be opened for writing, and
        DatabaseError when it is not a readable log.
        """
        try:
            _private_file(path)
        except files.LinkRefused as error:
            raise LogUnavailable(
                f"{error.filename} is a link; Anapana doesn't write to the practice log"
                " through links. Remove the link to go on."
            ) from error
        except OSError as error:
            if error.errno in _CANNOT_WRITE_ERRNOS:
                raise _CannotWrite(str(error)) from error
            raise sqlite3.OperationalError(str(error)) from error
        conn = _connect(str(path), False, busy_timeout_ms)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL survives a killed process; notes ask for FULL (see save_practice).
            conn.execute("PRAGMA synchronous = NORMAL")
            _prove_log(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _connect_read_only(
        path: Path, busy_timeout_ms: int, why: BaseException, *, immutable: bool = False
    ) -> sqlite3.Connection:
        """Open for reading only; `immutable` when even SQLite's shared index can't be made."""
        uri = path.resolve().as_uri()
        tries = ["immutable=1"] if immutable else ["mode=ro", "immutable=1"]
        for query in tries:
            conn = _connect(f"{uri}?{query}", True, busy_timeout_ms)
            try:
                _prove_log(conn)
            except sqlite3.DatabaseError:
                conn.close()
                continue
            return conn
        raise LogUnavailable(f"The practice log can't be opened, even to read it: {why}")

    @staticmethod
    def _set_aside(path: Path, clock: Clock) -> Path:
        aside = path.with_name(f"{path.name}.unreadable-{_stamp(clock.now())}.bak")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.unreadable-{_stamp(clock.now())}-{n}.bak")
        for suffix in ("-wal", "-shm"):  # a WAL belongs to its file; move them together
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + suffix))
        path.replace(aside)
        return aside

    @staticmethod
    def _rescue(aside: Path, path: Path, busy_timeout_ms: int) -> int:
        """Best effort: copy the rows still readable from a damaged current-format log."""
        rows: list[tuple[Any, ...]] = []
        try:
            damaged = sqlite3.connect(f"{aside.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            return 0
        damaged.text_factory = decode_text
        try:
            if schema.user_version(damaged) != schema.CURRENT_VERSION:
                return 0
            # Row by row: a batch would be lost whole at the first damaged page.
            for row in damaged.execute(f"SELECT {_COLUMNS} FROM practices"):
                rows.append(row)
        except sqlite3.Error:
            pass  # keep what was read before the damage
        finally:
            damaged.close()
        if not rows:
            return 0
        conn = PracticeLog._connect_checked(path, busy_timeout_ms)
        try:
            schema.migrate(conn)
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(_UPSERT.replace("INSERT", "INSERT OR IGNORE", 1), rows)
            conn.execute("COMMIT")
            # Count what landed, not what was read: a damaged page can yield a row twice.
            return int(conn.execute("SELECT COUNT(*) FROM practices").fetchone()[0])
        except sqlite3.Error:
            return 0
        finally:
            conn.close()

    def _copy_to(self, target: Path) -> None:
        _private_file(target)
        copy = sqlite3.connect(target)
        try:
            self._conn.backup(copy)
        finally:
            copy.close()

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """For read-only aggregate queries (see `anapana.log.history`)."""
        return self._conn

    # -- writing -------------------------------------------------------------------------

    def save_practice(self, practice: Practice, *, durable: bool = False) -> None:
        """Insert or update one practice by its uuid. `durable` waits for the disk (notes)."""
        row = practice_row(practice)
        if not durable:
            self._conn.execute(_UPSERT, row)
            return
        self._conn.execute("PRAGMA synchronous = FULL")
        try:
            self._conn.execute(_UPSERT, row)
        finally:
            self._conn.execute("PRAGMA synchronous = NORMAL")

    def save_many(self, practices: Sequence[Practice]) -> None:
        """Insert or update many practices in one transaction."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany(_UPSERT, [practice_row(p) for p in practices])
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def set_note(self, uuid: str, text: str, now: datetime) -> bool:
        """Replace a practice's journal note; False if no such practice."""
        self._conn.execute("PRAGMA synchronous = FULL")
        try:
            cursor = self._conn.execute(
                "UPDATE practices SET note = ?, updated_at = ? WHERE uuid = ?",
                (text, _epoch(now), uuid),
            )
        finally:
            self._conn.execute("PRAGMA synchronous = NORMAL")
        return cursor.rowcount == 1

    def mark_interrupted(self) -> int:
        """Close the `running` practices whose process is gone; returns how many."""
        running = self._conn.execute(
            "SELECT id, owner_pid, owner_start FROM practices WHERE status = 'running'"
        ).fetchall()
        dead = [
            (row_id,)
            for row_id, pid, start in running
            if not isinstance(pid, int)
            or not is_alive(ProcessIdentity(pid, start if isinstance(start, str) else ""))
        ]
        if dead:
            self._conn.executemany(
                "UPDATE practices SET status = 'interrupted', ended_at = last_seen_at,"
                " owner_pid = NULL, owner_start = '' WHERE id = ? AND status = 'running'",
                dead,
            )
        return len(dead)

    def delete_everything(self) -> int:
        """Erase every practice and note, leaving no readable trace in the file."""
        self._conn.execute("PRAGMA secure_delete = ON")
        count = self._conn.execute("DELETE FROM practices").rowcount
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)

    # -- reading -------------------------------------------------------------------------

    def get(self, uuid: str) -> Practice | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM practices WHERE uuid = ?", (uuid,)
        ).fetchone()
        return None if row is None else practice_from_row(row)

    def practices(
        self, *, since_day: int | None = None, search: str = "", newest_first: bool = False
    ) -> Iterator[Practice]:
        """Practices in start order, streamed (a 100,000-row export never sits in memory)."""
        for _key, practice in self._keyed(since_day, search, newest_first, None, None):
            yield practice

    def page(
        self, search: str = "", after: tuple[Any, int] | None = None, limit: int = 200
    ) -> tuple[list[Practice], tuple[Any, int] | None]:
        """One page of the newest-first list, and the key that asks for the next page."""
        keyed = list(self._keyed(None, search, True, after, limit))
        next_key = keyed[-1][0] if len(keyed) == limit else None
        return [practice for _key, practice in keyed], next_key

    def _keyed(
        self,
        since_day: int | None,
        search: str,
        newest_first: bool,
        before: tuple[Any, int] | None,
        limit: int | None,
    ) -> Iterator[tuple[tuple[Any, int], Practice]]:
        where, params = _search_clause(search)
        clauses = [where] if where else []
        if since_day is not None:
            clauses.append("local_day >= ?")
            params.append(since_day)
        if before is not None:
            clauses.append("(started_at, id) < (?, ?)")
            params.extend(before)
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS}, id FROM practices"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY started_at {order}, id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        cursor = self._conn.execute(sql, params)
        while batch := cursor.fetchmany(500):
            for row in batch:
                # The raw stored start, whatever its type: the next page compares against it.
                yield (row[4], int(row[-1])), practice_from_row(row[:-1])

    def count(self, search: str = "") -> int:
        where, params = _search_clause(search)
        sql = "SELECT count(*) FROM practices" + (f" WHERE {where}" if where else "")
        return int(self._conn.execute(sql, params).fetchone()[0])

    def status_counts(self) -> dict[Status, int]:
        return {
            status: count
            for status, count in self._conn.execute(
                "SELECT status, count(*) FROM practices GROUP BY status"
            )
        }


def _replay_rescued(log: PracticeLog, path: Path, folders: Sequence[Path] | None) -> list[Notice]:
    """Add the writes `Recorder.rescue` kept aside; never raises (see `rescue.replay`)."""
    # Imported here: the rescue module builds on this one.
    from anapana.log import rescue

    if folders is None:
        from anapana.paths import UserPaths

        try:
            config: Path | None = UserPaths.from_environment().config
        except Exception:  # no config folder known: the other folders are still looked in
            config = None
        folders = rescue.standard_folders(path, config)
    return rescue.replay(log, path, folders).notices()


_CANNOT_WRITE_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT)
_CANNOT_WRITE_CODES = (
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_PERM,
)
_KNOWN_TABLES = schema.KNOWN_TABLES
_ROW_RULES = ("CHECK constraint failed", "NULL value in ")


class _CannotWrite(sqlite3.OperationalError):
    """The file is there but can't be opened for writing (read-only or full disk)."""


def _cannot_write(error: sqlite3.DatabaseError) -> bool:
    if isinstance(error, _CannotWrite):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CANNOT_WRITE_CODES


def _disk_full_at(folder: Path) -> bool:
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _read_only_message(error: BaseException, path: Path) -> str:
    cause = error.__cause__ if error.__cause__ is not None else error
    # SQLite often says only "disk I/O error" when the -shm file can't grow: ask the disk.
    if is_disk_full(cause) or is_disk_full(error) or _disk_full_at(path.parent):
        why = "The disk is full"
    else:
        why = "The practice log can't be written just now"
    return (
        f"{why}, so your practice log is open for reading only: your history is shown,"
        " and new practices and notes are kept safe until they can be written."
    )


def _connect(target: str, uri: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    conn = sqlite3.connect(
        target,
        uri=uri,
        timeout=busy_timeout_ms / 1000,
        # Autocommit; an explicit BEGIN where several statements belong together.
        isolation_level=None,
    )
    # One row of text that is not UTF-8 must not stop the history (see `row`).
    conn.text_factory = decode_text
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms):d}")
    except BaseException:
        conn.close()
        raise
    return conn


def _prove_log(conn: sqlite3.Connection) -> None:
    """Raise `_NotALog` or `_Damaged` unless this is a readable Anapana log."""
    version = schema.user_version(conn)
    tables = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if (version == 0 and tables) or (version > 0 and "practices" not in tables):
        raise _NotALog("this file is not an Anapana practice log")
    # A row breaking a CHECK or NOT NULL rule is a damaged row, shown as such (see
    # `row`), not a damaged file: only damage to the file's structure sets it aside.
    problems = [
        str(message)
        for (message,) in conn.execute("PRAGMA quick_check(20)")
        if message != "ok" and not str(message).startswith(_ROW_RULES)
    ]
    if problems:
        raise _Damaged(f"quick_check: {problems[0]}")


def _checked_path(path: Path) -> Path:
    """The log's real path; a link out of the data folder is refused (it isn't ours)."""
    if not path.is_symlink():
        return path
    folder = path.parent.resolve()
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError) as error:
        raise LogUnavailable(
            f"The practice log {path} is a link that can't be followed."
        ) from error
    if not files.is_inside(target, folder):
        raise LogUnavailable(
            f"The practice log {path} is a link to {target}, outside the data folder"
            f" {folder}. Anapana only keeps your log inside its own folder, so it neither"
            " reads nor changes that file; move it into the folder (or remove the link)."
        )
    return target


def _newer_format(path: Path) -> str | None:
    """Why the log looks written by a newer Anapana, asked without changing anything."""
    if not path.is_file():
        return None
    try:
        # immutable: no lock, no -wal or -shm made beside a file that may not be ours to touch.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.text_factory = decode_text
        version = schema.user_version(conn)
        tables = {
            str(name)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error:
        return None  # unreadable: the damaged-file path decides
    finally:
        conn.close()
    if version > schema.CURRENT_VERSION:
        return f"format {version}"
    unknown = sorted(t for t in tables - _KNOWN_TABLES if not t.startswith("sqlite_"))
    if version > 0 and unknown:
        return f"it holds tables this version doesn't know: {', '.join(unknown[:5])}"
    return None


def _keep_damaged_wal(path: Path, clock: Clock) -> tuple[bool | None, list[Notice]]:
    """Copy the log and its WAL aside when SQLite would drop committed frames from it.

    Returns (None, []) when the WAL is fine, (True, [notice]) once copies are kept, and
    (False, [notice]) when no copy could be made: then the log must not be opened for
    writing, or SQLite's recovery would drop those frames for good.
    """
    if not path.is_file() or wal.in_use(path):
        return None, []
    reason = wal.problem(path)
    if reason is None:
        return None, []
    journal = path.with_name(path.name + "-wal")
    copy = path.with_name(f"{path.name}.wal-damaged-{_stamp(clock.now())}.bak")
    n = 1
    while copy.exists() or copy.with_name(copy.name + "-wal").exists():
        n += 1
        copy = path.with_name(f"{path.name}.wal-damaged-{_stamp(clock.now())}-{n}.bak")
    try:
        _copy_private(path, copy)
        _copy_private(journal, copy.with_name(copy.name + "-wal"))
    except OSError as error:
        for made in (copy, copy.with_name(copy.name + "-wal")):
            with contextlib.suppress(OSError):
                made.unlink()
        return False, [
            Notice(
                "wal-kept",
                f"Part of your practice log's journal ({journal.name}) looks damaged"
                f" ({reason}), and there is no room to keep a copy of it"
                f" ({error.strerror or error}). The log is open for reading only, so"
                " nothing in it is lost; new practices are kept safe meanwhile.",
                journal,
            )
        ]
    return True, [
        Notice(
            "wal-kept",
            f"Part of your practice log's journal ({journal.name}) looks damaged ({reason})."
            f" A copy of the log and its journal was kept as {copy.name} before opening it,"
            " and everything that could be read was kept. Nothing was deleted.",
            copy,
        )
    ]


def _copy_private(source: Path, target: Path) -> None:
    """Copy a file byte for byte into a new owner-only file (never through a link)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with source.open("rb") as reader:
        fd = os.open(target, flags, 0o600)
        with os.fdopen(fd, "wb") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())


class _NotALog(sqlite3.DatabaseError):
    """A readable SQLite file that holds something else: set aside like a damaged one."""


class _Damaged(sqlite3.DatabaseError):
    """SQLite's own integrity check found damage."""
